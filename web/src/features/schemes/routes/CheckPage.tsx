import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { LIFE_EVENTS, useCheck, useEmailCheck, type CheckAnswers, type CheckResult } from '../api/schemes.ts';
import { CheckResultList } from '../components/CheckResultList.tsx';
import '../schemes.css';

const HOUSEHOLDS = ['single', 'single_parent', 'couple', 'couple_with_children'] as const;
const INCOME_BANDS = ['up_to_100', 'up_to_110', 'up_to_120', 'up_to_130', 'above_130', 'unknown'] as const;
const EMAIL_LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
const emailLanguage = (language: string) => EMAIL_LANGUAGES.find((l) => l === language) ?? 'nl';
const withChildren = (household: string) => household === 'single_parent' || household === 'couple_with_children';

function Radios<T extends string>(props: {
  name: string;
  legend: string;
  hint?: string;
  values: readonly T[];
  value: T | '';
  label: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <Fieldset>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.hint && <FormFieldDescription>{props.hint}</FormFieldDescription>}
      {props.values.map((value) => (
        <FormField key={value} type="radio">
          <RadioButton
            id={`${props.name}-${value}`}
            name={props.name}
            value={value}
            required
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <FormLabel htmlFor={`${props.name}-${value}`} type="radio">
            {props.label(value)}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

/** "Doe de check": six plain questions; the answer is the schemes that may suit you. Nothing is stored. */
export default function CheckPage() {
  const { t, i18n } = useTranslation('schemes');
  usePageTitle(t('check.title'));
  const check = useCheck();
  const email = useEmailCheck();
  const [household, setHousehold] = useState<(typeof HOUSEHOLDS)[number] | ''>('');
  const [incomeBand, setIncomeBand] = useState<(typeof INCOME_BANDS)[number] | ''>('');
  const [children, setChildren] = useState('');
  const [caring, setCaring] = useState<'yes' | 'no' | ''>('');
  const [age, setAge] = useState('');
  const [lifeEvent, setLifeEvent] = useState<CheckAnswers['lifeEvent']>('none');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [answers, setAnswers] = useState<CheckAnswers | null>(null);
  const [address, setAddress] = useState('');
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (check.data) resultHeading.current?.focus();
  }, [check.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const ages = children
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    if (!household) problems.household = t('check.errors.choose');
    if (!incomeBand) problems.incomeBand = t('check.errors.choose');
    if (!caring) problems.caring = t('check.errors.choose');
    if (withChildren(household) && (ages.length === 0 || ages.some((a) => !Number.isInteger(a) || a < 0 || a > 25)))
      problems.children = t('check.errors.children');
    const years = Number(age);
    if (!Number.isInteger(years) || years < 15 || years > 120) problems.age = t('check.errors.age');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !household || !incomeBand) {
      const first = Object.keys(problems)[0];
      document
        .getElementById(
          first === 'household' || first === 'incomeBand' || first === 'caring' ? `${first}-legend` : `check-${first}`,
        )
        ?.focus();
      return;
    }
    const next: CheckAnswers = {
      household,
      incomeBand,
      childrenAges: withChildren(household) ? ages : [],
      caring: caring === 'yes',
      age: years,
      lifeEvent,
    };
    setAnswers(next);
    email.reset();
    check.mutate(next);
  };

  return (
    <div className="sp-schemes sp-check">
      <Heading level={1}>{t('check.title')}</Heading>
      <Paragraph appearance="lead">{t('check.intro')}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('check.nothingStored')}</Paragraph>
      </Alert>
      <form onSubmit={submit} noValidate className="sp-form sp-no-print">
        <div id="household-legend" tabIndex={-1}>
          <Radios
            name="household"
            legend={t('check.household')}
            values={HOUSEHOLDS}
            value={household}
            label={(v) => t(`household.${v}`)}
            onChange={setHousehold}
          />
          {errors.household && <FormFieldErrorMessage>{errors.household}</FormFieldErrorMessage>}
        </div>
        {withChildren(household) && (
          <Field id="check-children" label={t('check.children')} hint={t('check.childrenHint')} error={errors.children}>
            <Textbox
              id="check-children"
              inputMode="numeric"
              value={children}
              invalid={!!errors.children}
              aria-describedby={describedBy('check-children', true, errors.children)}
              onChange={(e) => setChildren(e.target.value)}
            />
          </Field>
        )}
        <div id="incomeBand-legend" tabIndex={-1}>
          <Radios
            name="incomeBand"
            legend={t('check.income')}
            hint={t('check.incomeHint')}
            values={INCOME_BANDS}
            value={incomeBand}
            label={(v) => t(`incomeBand.${v}`)}
            onChange={setIncomeBand}
          />
          {errors.incomeBand && <FormFieldErrorMessage>{errors.incomeBand}</FormFieldErrorMessage>}
        </div>
        <div id="caring-legend" tabIndex={-1}>
          <Radios
            name="caring"
            legend={t('check.caring')}
            hint={t('check.caringHint')}
            values={['yes', 'no'] as const}
            value={caring}
            label={(v) => t(`check.${v}`)}
            onChange={setCaring}
          />
          {errors.caring && <FormFieldErrorMessage>{errors.caring}</FormFieldErrorMessage>}
        </div>
        <Field id="check-age" label={t('check.age')} error={errors.age}>
          <Textbox
            id="check-age"
            inputMode="numeric"
            value={age}
            invalid={!!errors.age}
            aria-describedby={describedBy('check-age', false, errors.age)}
            onChange={(e) => setAge(e.target.value)}
          />
        </Field>
        <Field id="check-life-event" label={t('check.lifeEvent')}>
          <Select
            id="check-life-event"
            value={lifeEvent}
            onChange={(e) => setLifeEvent(e.target.value as CheckAnswers['lifeEvent'])}
          >
            <SelectOption value="none">{t('check.noLifeEvent')}</SelectOption>
            {LIFE_EVENTS.map((event) => (
              <SelectOption key={event} value={event}>
                {t(`lifeEvent.${event}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={check.isPending} disabled={check.isPending}>
          {t('check.submit')}
        </Button>
        {check.isError && <ErrorMessage error={check.error} />}
      </form>

      {check.data && answers && (
        <section aria-labelledby="check-result">
          <Heading level={2} id="check-result" ref={resultHeading} tabIndex={-1}>
            {t('check.resultTitle')}
          </Heading>
          <Result result={check.data} />
          <ButtonGroup className="sp-no-print">
            <Button appearance="secondary-action-button" onClick={() => window.print()}>
              {t('check.print')}
            </Button>
          </ButtonGroup>
          <form
            className="sp-form sp-no-print"
            onSubmit={(event) => {
              event.preventDefault();
              email.mutate({ answers, email: address.trim(), language: emailLanguage(i18n.language) });
            }}
          >
            <Field id="check-email" label={t('check.emailLabel')} hint={t('check.emailHint')}>
              <Textbox
                id="check-email"
                type="email"
                autoComplete="email"
                required
                value={address}
                aria-describedby="check-email-hint"
                onChange={(e) => setAddress(e.target.value)}
              />
            </Field>
            <Button
              type="submit"
              appearance="secondary-action-button"
              busy={email.isPending}
              disabled={email.isPending}
            >
              {t('check.emailSend')}
            </Button>
            {email.isSuccess && (
              <Alert type="ok" role="status">
                <Paragraph>{t('check.emailSent')}</Paragraph>
              </Alert>
            )}
            {email.isError && <ErrorMessage error={email.error} />}
          </form>
        </section>
      )}
    </div>
  );
}

function Result({ result }: { result: CheckResult }) {
  const { t } = useTranslation('schemes');
  if (result.matches.length === 0) return <Paragraph>{t('check.noResult')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('check.resultIntro', { count: result.matches.length })}</Paragraph>
      <CheckResultList result={result} />
    </>
  );
}
