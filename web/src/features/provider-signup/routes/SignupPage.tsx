import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSignUp, type NewApplication } from '../api/provider-signup.ts';
import '../provider-signup.css';

const KINDS = ['business', 'non_profit', 'community_centre', 'volunteer_initiative', 'stille_kracht'] as const;
type Kind = (typeof KINDS)[number];

const TEXT_FIELDS = [
  { name: 'organisationName', autoComplete: 'organization', max: 200, required: true },
  { name: 'kvkNumber', autoComplete: 'off', max: 8, required: false, inputMode: 'numeric' },
  { name: 'contactName', autoComplete: 'name', max: 200, required: true },
  { name: 'email', autoComplete: 'email', max: 200, required: true, type: 'email' },
  { name: 'phone', autoComplete: 'tel', max: 40, required: false, type: 'tel' },
  { name: 'website', autoComplete: 'url', max: 300, required: false },
  { name: 'street', autoComplete: 'street-address', max: 200, required: false },
  { name: 'postcode', autoComplete: 'postal-code', max: 10, required: false },
  { name: 'city', autoComplete: 'address-level2', max: 100, required: false },
  { name: 'description', autoComplete: 'off', max: 2000, required: false },
  { name: 'iban', autoComplete: 'off', max: 50, required: true },
  { name: 'accountHolderName', autoComplete: 'organization', max: 200, required: true },
] as const;
type TextName = (typeof TEXT_FIELDS)[number]['name'];
type Errors = Partial<Record<TextName | 'termsAccepted' | 'kind', string>>;

/**
 * "Aanbieder worden": a business, non-profit, buurthuis, volunteer initiative or Stille Kracht
 * signs up. The server checks the KvK number and the IBAN; its answers appear at the fields.
 * Public, in six languages.
 */
export default function SignupPage() {
  const { t } = useTranslation('provider-signup');
  usePageTitle(t('signup.title'));
  const signUp = useSignUp();
  const [kind, setKind] = useState<Kind>('business');
  const [values, setValues] = useState<Record<TextName, string>>(
    () => Object.fromEntries(TEXT_FIELDS.map((f) => [f.name, ''])) as Record<TextName, string>,
  );
  const [terms, setTerms] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    for (const field of TEXT_FIELDS)
      if (field.required && !values[field.name].trim()) next[field.name] = t('signup.errors.required');
    if (kind === 'business' && !values.kvkNumber.trim()) next.kvkNumber = t('signup.errors.kvkRequired');
    if (values.kvkNumber.trim() && !/^[0-9]{8}$/.test(values.kvkNumber.trim()))
      next.kvkNumber = t('signup.errors.kvkFormat');
    if (!terms) next.termsAccepted = t('signup.errors.terms');
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstError();
      return;
    }
    const body: NewApplication = {
      organisationName: values.organisationName.trim(),
      kind,
      contactName: values.contactName.trim(),
      email: values.email.trim(),
      iban: values.iban.trim(),
      accountHolderName: values.accountHolderName.trim(),
      termsAccepted: true,
    };
    for (const name of ['kvkNumber', 'phone', 'website', 'street', 'postcode', 'city', 'description'] as const)
      if (values[name].trim()) body[name] = values[name].trim();
    signUp.mutate(body, {
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const fromServer: Errors = {};
        for (const p of error.invalidParams) {
          const name = p.name.replace(/^body\./, '') as keyof Errors;
          if (!fromServer[name])
            fromServer[name] =
              name === 'iban'
                ? t('signup.errors.iban')
                : name === 'kvkNumber'
                  ? t('signup.errors.kvkFormat')
                  : p.reason;
        }
        if (Object.keys(fromServer).length > 0) {
          setErrors(fromServer);
          focusFirstError();
        }
      },
    });
  };

  if (signUp.isSuccess) {
    return (
      <div className="sp-signup">
        <Heading level={1}>{t('signup.thanksTitle')}</Heading>
        <Paragraph role="status">{t('signup.thanks', { name: values.organisationName.trim() })}</Paragraph>
      </div>
    );
  }

  const fieldErrorShown = Object.keys(errors).length > 0;
  return (
    <div className="sp-signup">
      <Heading level={1}>{t('signup.title')}</Heading>
      <Paragraph appearance="lead">{t('signup.intro')}</Paragraph>
      <Paragraph>{t('signup.stilleKracht')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="sp-form">
        <Fieldset>
          <FieldsetLegend>{t('signup.kind')}</FieldsetLegend>
          {KINDS.map((value) => (
            <FormField key={value} type="radio">
              <RadioButton
                id={`kind-${value}`}
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <FormLabel htmlFor={`kind-${value}`} type="radio">
                {t(`signup.kinds.${value}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        {TEXT_FIELDS.map((field) => {
          const id = `signup-${field.name}`;
          const error = errors[field.name];
          const hint = t(`signup.hints.${field.name}`, { defaultValue: '' });
          return (
            <Field
              key={field.name}
              id={id}
              label={t(`signup.fields.${field.name}`) + (field.required ? '' : ` ${t('signup.optional')}`)}
              {...(hint ? { hint } : {})}
              error={error}
            >
              <Textbox
                id={id}
                name={field.name}
                type={'type' in field ? field.type : 'text'}
                autoComplete={field.autoComplete}
                {...('inputMode' in field ? { inputMode: field.inputMode } : {})}
                maxLength={field.max}
                required={field.required}
                value={values[field.name]}
                invalid={!!error}
                aria-describedby={describedBy(id, !!hint, error)}
                onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
              />
            </Field>
          );
        })}
        <FormField type="checkbox" invalid={!!errors.termsAccepted}>
          {errors.termsAccepted && (
            <FormFieldErrorMessage id="signup-terms-error">{errors.termsAccepted}</FormFieldErrorMessage>
          )}
          <Checkbox
            id="signup-terms"
            name="termsAccepted"
            checked={terms}
            invalid={!!errors.termsAccepted}
            aria-describedby={errors.termsAccepted ? 'signup-terms-error' : undefined}
            onChange={(e) => setTerms(e.target.checked)}
          />
          <FormLabel htmlFor="signup-terms" type="checkbox">
            {t('signup.terms')}
          </FormLabel>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={signUp.isPending} disabled={signUp.isPending}>
          {t('signup.submit')}
        </Button>
      </form>
      {signUp.isError && !fieldErrorShown && <ErrorMessage error={signUp.error} />}
    </div>
  );
}
