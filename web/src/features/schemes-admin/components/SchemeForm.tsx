import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { centsToEuroInput, parseEuros } from '../../../lib/euros.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import type { AdminScheme, SchemeInput } from '../api/schemes-admin.ts';
import { RulesSummary } from './RulesSummary.tsx';

const LIFE_EVENTS = ['moving', 'baby', 'divorce', 'job_loss', 'retirement', 'illness', 'death_of_partner'] as const;
const ROUTES = ['online_form', 'through_person', 'no_application'] as const;
const KINDS = [
  'municipality',
  'wijkteam',
  'sport',
  'energy_company',
  'stille_kracht',
  'sponsor',
  'crowdfunding',
  'other',
] as const;
type Texts = Record<
  | 'title'
  | 'slug'
  | 'summary'
  | 'bodyMarkdown'
  | 'whoFor'
  | 'criteria'
  | 'amounts'
  | 'applyUrl'
  | 'applyPerson'
  | 'applyWhere'
  | 'contact'
  | 'providerName'
  | 'themes'
  | 'passPrice'
  | 'eligibility',
  string
>;

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);

function initial(s: AdminScheme | undefined): Texts {
  return {
    title: s?.title ?? '',
    slug: s?.slug ?? '',
    summary: s?.summary ?? '',
    bodyMarkdown: s?.bodyMarkdown ?? '',
    whoFor: s?.whoFor ?? '',
    criteria: s?.criteria ?? '',
    amounts: s?.amounts ?? '',
    applyUrl: s?.applyUrl ?? '',
    applyPerson: s?.applyPerson ?? '',
    applyWhere: s?.applyWhere ?? '',
    contact: s?.contact ?? '',
    providerName: s?.providerName ?? '',
    themes: s?.themes.join(', ') ?? '',
    passPrice: s?.passPriceCents != null ? centsToEuroInput(s.passPriceCents) : '',
    eligibility: JSON.stringify(s?.eligibility ?? { anyOf: [] }, null, 2),
  };
}

/** The edit form of one scheme; errors from the server land on the field they name. */
export function SchemeForm(props: {
  scheme?: AdminScheme;
  saving: boolean;
  error: unknown;
  onSave: (input: SchemeInput) => void;
}) {
  const { t } = useTranslation('schemes-admin');
  const s = props.scheme;
  const [texts, setTexts] = useState<Texts>(() => initial(s));
  const [applyRoute, setApplyRoute] = useState<SchemeInput['applyRoute']>(s?.applyRoute ?? 'online_form');
  const [providerKind, setProviderKind] = useState<SchemeInput['providerKind']>(s?.providerKind ?? 'municipality');
  const [audience, setAudience] = useState<SchemeInput['audience']>(s?.audience ?? 'residents');
  const [lifeEvents, setLifeEvents] = useState<SchemeInput['lifeEvents']>(s?.lifeEvents ?? []);
  const [grantsPass, setGrantsPass] = useState(s?.grantsPass ?? false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const serverErrors: Record<string, string> = {};
  if (props.error instanceof ApiError)
    for (const p of props.error.invalidParams) {
      const field = p.name.replace(/^body\./, '').split('.')[0]!;
      serverErrors[field === 'passPriceCents' ? 'passPrice' : field] ??= p.reason;
    }
  const errors = { ...serverErrors, ...localErrors };
  const set = (key: keyof Texts) => (e: { target: { value: string } }) =>
    setTexts((old) => ({ ...old, [key]: e.target.value }));

  const text = (key: keyof Texts, options: { multiline?: boolean; required?: boolean; hint?: boolean } = {}) => {
    const id = `scheme-${key}`;
    const hint = options.hint ? t(`form.hints.${key}`) : undefined;
    const common = {
      id,
      'value': texts[key],
      'required': options.required,
      'invalid': !!errors[key],
      'aria-describedby': describedBy(id, !!hint, errors[key]),
      'onChange': set(key),
    };
    return (
      <Field id={id} label={t(`form.${key}`)} hint={hint} error={errors[key]}>
        {options.multiline ? <Textarea {...common} rows={key === 'eligibility' ? 8 : 5} /> : <Textbox {...common} />}
      </Field>
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    let eligibility: SchemeInput['eligibility'];
    try {
      eligibility = JSON.parse(texts.eligibility || '{"anyOf":[]}') as SchemeInput['eligibility'];
    } catch {
      problems.eligibility = t('form.errors.json');
    }
    let passPriceCents: number | undefined;
    if (grantsPass) {
      const trimmed = texts.passPrice.trim();
      const parsed = parseEuros(trimmed);
      if (/^0+(,0+)?$/.test(trimmed)) passPriceCents = 0;
      else if (parsed.ok) passPriceCents = parsed.cents;
      else problems.passPrice = t('form.errors.price');
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return;
    }
    const themes = texts.themes
      .split(',')
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean);
    props.onSave({
      slug: texts.slug.trim() || slugOf(texts.title),
      title: texts.title,
      summary: texts.summary,
      bodyMarkdown: texts.bodyMarkdown,
      whoFor: texts.whoFor,
      criteria: texts.criteria,
      amounts: texts.amounts,
      applyRoute,
      ...(texts.applyUrl.trim() && applyRoute === 'online_form' ? { applyUrl: texts.applyUrl.trim() } : {}),
      ...(texts.applyPerson.trim() ? { applyPerson: texts.applyPerson.trim() } : {}),
      applyWhere: texts.applyWhere,
      contact: texts.contact,
      providerKind,
      providerName: texts.providerName,
      audience,
      lifeEvents,
      themes: [...new Set(themes)],
      grantsPass,
      ...(grantsPass && passPriceCents !== undefined ? { passPriceCents } : {}),
      eligibility,
    });
  };

  const choice = <T extends string>(
    key: string,
    value: T,
    values: readonly T[],
    onChange: (v: T) => void,
    label: (v: T) => string,
  ) => (
    <Field id={`scheme-${key}`} label={t(`form.${key}`)} error={errors[key]}>
      <Select id={`scheme-${key}`} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {values.map((v) => (
          <SelectOption key={v} value={v}>
            {label(v)}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );

  return (
    <form ref={form} onSubmit={submit} noValidate className="sp-form">
      {text('title', { required: true })}
      {text('slug', { hint: true })}
      {text('summary', { required: true })}
      {text('bodyMarkdown', { multiline: true, hint: true })}
      {text('whoFor')}
      {text('criteria', { multiline: true })}
      {text('amounts')}
      {choice('applyRoute', applyRoute, ROUTES, setApplyRoute, (v) => t(`applyRoute.${v}`))}
      {applyRoute === 'online_form' && text('applyUrl', { hint: true })}
      {text('applyPerson', { hint: true })}
      {text('applyWhere')}
      {text('contact')}
      {choice('providerKind', providerKind, KINDS, setProviderKind, (v) => t(`providerKind.${v}`))}
      {text('providerName')}
      {choice('audience', audience, ['residents', 'initiatives'] as const, setAudience, (v) => t(`audience.${v}`))}
      <Fieldset>
        <FieldsetLegend>{t('form.lifeEvents')}</FieldsetLegend>
        {LIFE_EVENTS.map((event) => (
          <FormField key={event} type="checkbox">
            <Checkbox
              id={`scheme-life-${event}`}
              checked={lifeEvents.includes(event)}
              onChange={(e) =>
                setLifeEvents((old) => (e.target.checked ? [...old, event] : old.filter((x) => x !== event)))
              }
            />
            <FormLabel htmlFor={`scheme-life-${event}`} type="checkbox">
              {t(`lifeEvent.${event}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      {text('themes', { hint: true })}
      <FormField type="checkbox">
        <Checkbox id="scheme-grants-pass" checked={grantsPass} onChange={(e) => setGrantsPass(e.target.checked)} />
        <FormLabel htmlFor="scheme-grants-pass" type="checkbox">
          {t('form.grantsPass')}
        </FormLabel>
      </FormField>
      {grantsPass && text('passPrice', { hint: true })}
      {text('eligibility', { multiline: true, hint: true })}
      <RulesSummary json={texts.eligibility} />
      <Button type="submit" appearance="primary-action-button" busy={props.saving} disabled={props.saving}>
        {t('form.save')}
      </Button>
      {props.error != null && <ErrorMessage error={props.error} />}
    </form>
  );
}
