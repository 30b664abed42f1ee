import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { rememberAfterLogin } from '../../../lib/after-login.ts';
import { useRequestApplicantLink } from '../api/applications.ts';

/** Step 1 for someone not logged in: name and e-mail, then the login link opens the form. */
export function ApplicantLinkForm() {
  const { t } = useTranslation('applications');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const request = useRequestApplicantLink();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    rememberAfterLogin('/gratis-pas/aanvragen');
    request.mutate({ name: name.trim(), email: email.trim() });
  };

  return (
    <section aria-labelledby="apply-login-heading">
      <Heading level={2} id="apply-login-heading">
        {t('apply.loginTitle')}
      </Heading>
      <Paragraph>{t('apply.loginIntro')}</Paragraph>
      <form onSubmit={submit} className="sp-form">
        <Field id="apply-name" label={t('apply.name')}>
          <Textbox
            id="apply-name"
            autoComplete="name"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field id="apply-email" label={t('apply.email')} hint={t('apply.emailHint')}>
          <Textbox
            id="apply-email"
            type="email"
            autoComplete="email"
            required
            maxLength={200}
            aria-describedby="apply-email-hint"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={request.isPending} disabled={request.isPending}>
          {t('apply.sendLink')}
        </Button>
      </form>
      {request.isError && <ErrorMessage error={request.error} />}
      {request.isSuccess && (
        <Alert type="ok" role="status">
          <Heading level={3}>{t('apply.linkSentTitle')}</Heading>
          <Paragraph>{t('apply.linkSentText')}</Paragraph>
          <Paragraph>
            {t('apply.devHint')} <RouterLink to="/ontwikkeling/postvak">{t('apply.outbox')}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      <Paragraph>
        {t('apply.haveAccount')} <RouterLink to="/inloggen">{t('apply.login')}</RouterLink>
      </Paragraph>
    </section>
  );
}
