import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useRequestLoginLink } from '../api/sessions.ts';

export default function ResidentLoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.title'));
  const [email, setEmail] = useState('');
  const request = useRequestLoginLink();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email.trim());
  };

  return (
    <>
      <Heading level={1}>{t('login.title')}</Heading>
      <Paragraph>{t('login.intro')}</Paragraph>
      <form onSubmit={submit} className="sp-form" noValidate={false}>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="login-email">{t('login.email')}</FormLabel>
          </div>
          <FormFieldDescription id="login-email-hint">{t('login.emailHint')}</FormFieldDescription>
          <div className="utrecht-form-field__input">
            <Textbox
              id="login-email"
              name="email"
              type="email"
              autoComplete="email"
              required
              value={email}
              aria-describedby="login-email-hint"
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={request.isPending} disabled={request.isPending}>
          {t('login.send')}
        </Button>
      </form>
      {request.isError && <ErrorMessage error={request.error} />}
      {request.isSuccess && (
        <Alert type="ok" role="status">
          <Heading level={2}>{t('login.sentTitle')}</Heading>
          <Paragraph>{t('login.sentText')}</Paragraph>
          <Paragraph>
            {t('login.devHint')} <RouterLink to="/ontwikkeling/postvak">{t('nav.outbox')}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      <Paragraph className="sp-aside">
        {t('login.staffQuestion')} <RouterLink to="/medewerkers/inloggen">{t('nav.staffLogin')}</RouterLink>
      </Paragraph>
    </>
  );
}
