import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useStaffLogin } from '../api/sessions.ts';

export default function StaffLoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('staffLogin.title'));
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useStaffLogin();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (session) =>
          navigate(
            session.permissions.includes('admin.read')
              ? '/beheer'
              : session.permissions.includes('sponsors.overview.read')
                ? '/mede-eigenaar'
                : '/kassa',
          ),
      },
    );
  };

  return (
    <>
      <Heading level={1}>{t('staffLogin.title')}</Heading>
      <Paragraph>{t('staffLogin.intro')}</Paragraph>
      <form onSubmit={submit} className="sp-form">
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="staff-email">{t('login.email')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Textbox
              id="staff-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="staff-password">{t('staffLogin.password')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Textbox
              id="staff-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={login.isPending} disabled={login.isPending}>
          {t('staffLogin.submit')}
        </Button>
      </form>
      {login.isError && <ErrorMessage error={login.error} />}
    </>
  );
}
