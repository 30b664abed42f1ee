import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSignUpPartner, type PartnerSignUp } from '../api/partners.ts';
import { TextField } from '../components/TextField.tsx';
import '../partners.css';

const KINDS = [
  'community_centre',
  'volunteer_organisation',
  'sport_club',
  'informal_group',
  'co_owner',
  'other',
] as const;
type Kind = (typeof KINDS)[number];

/** /partner-worden: a buurthuis, volunteer organisation or club signs up; the pass organisation approves it. */
export default function PartnerSignUpPage() {
  const { t } = useTranslation('partners');
  usePageTitle(t('signUp.title'));
  const wijken = useWijken();
  const signUp = useSignUpPartner();
  const [form, setForm] = useState({
    name: '',
    kind: 'community_centre' as Kind,
    wijkCode: '',
    description: '',
    email: '',
    phone: '',
    contactName: '',
    contactEmail: '',
    password: '',
  });
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: PartnerSignUp = {
      organisation: {
        name: form.name.trim(),
        kind: form.kind,
        wijkCode: form.wijkCode,
        description: form.description.trim(),
        email: form.email.trim(),
        ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
      },
      contact: { name: form.contactName.trim(), email: form.contactEmail.trim(), password: form.password },
    };
    signUp.mutate(body);
  };

  if (signUp.isSuccess)
    return (
      <div className="sp-partners">
        <Heading level={1}>{t('signUp.title')}</Heading>
        <Alert type="ok" role="status">
          <Paragraph>{t('signUp.done', { name: signUp.data.name })}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to="/medewerkers/inloggen">{t('signUp.login')}</RouterLink>
        </Paragraph>
      </div>
    );

  return (
    <div className="sp-partners">
      <Heading level={1}>{t('signUp.title')}</Heading>
      <Paragraph appearance="lead">{t('signUp.intro')}</Paragraph>
      <Paragraph>
        {t('signUp.budgets')} <RouterLink to="/regelingen?doelgroep=initiatieven">{t('signUp.budgetsLink')}</RouterLink>
      </Paragraph>
      <form onSubmit={submit} className="sp-form" noValidate>
        <Heading level={2}>{t('signUp.organisation')}</Heading>
        <TextField id="partner-name" label={t('signUp.name')} value={form.name} onChange={set('name')} required />
        <Field id="partner-kind" label={t('signUp.kind')}>
          <Select id="partner-kind" value={form.kind} onChange={(e) => set('kind')(e.target.value)}>
            {KINDS.map((k) => (
              <SelectOption key={k} value={k}>
                {t(`kinds.${k}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="partner-wijk" label={t('signUp.wijk')}>
          <Select id="partner-wijk" required value={form.wijkCode} onChange={(e) => set('wijkCode')(e.target.value)}>
            <SelectOption value="">{t('signUp.chooseWijk')}</SelectOption>
            {(wijken.data?.items ?? []).map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <TextField
          id="partner-description"
          label={t('signUp.description')}
          hint={t('signUp.descriptionHint')}
          value={form.description}
          onChange={set('description')}
          multiline
        />
        <TextField
          id="partner-email"
          label={t('signUp.email')}
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          required
        />
        <TextField id="partner-phone" label={t('signUp.phone')} type="tel" value={form.phone} onChange={set('phone')} />
        <Heading level={2}>{t('signUp.contact')}</Heading>
        <Paragraph>{t('signUp.contactIntro')}</Paragraph>
        <TextField
          id="contact-name"
          label={t('signUp.contactName')}
          autoComplete="name"
          value={form.contactName}
          onChange={set('contactName')}
          required
        />
        <TextField
          id="contact-email"
          label={t('signUp.contactEmail')}
          type="email"
          autoComplete="email"
          value={form.contactEmail}
          onChange={set('contactEmail')}
          required
        />
        <TextField
          id="contact-password"
          label={t('signUp.password')}
          hint={t('signUp.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={signUp.isPending} disabled={signUp.isPending}>
          {t('signUp.submit')}
        </Button>
        {signUp.isError && <ErrorMessage error={signUp.error} />}
      </form>
    </div>
  );
}
