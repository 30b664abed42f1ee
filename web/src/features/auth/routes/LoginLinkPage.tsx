import { useEffect, useRef } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { takeAfterLogin } from '../../../lib/after-login.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useLoginWithLink } from '../api/sessions.ts';

/** Landing page of the e-mail link: exchanges the one-time token for a session, then opens "Mijn pas" (residents) or "Mijn organisatie" (invited staff). */
export default function LoginLinkPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const login = useLoginWithLink();
  const sent = useRef(false);
  const failed = login.isError || !token;
  usePageTitle(failed ? t('loginLink.failedTitle') : t('loginLink.title'));

  useEffect(() => {
    // The token works once: never send it twice (React may run effects twice in development).
    if (!token || sent.current) return;
    sent.current = true;
    // Residents go to their pass; a provider's staff invited by e-mail to their organisation.
    login.mutate(token, {
      onSuccess: (session) =>
        navigate(session.kind === 'staff' ? '/aanbieder' : (takeAfterLogin() ?? '/mijn-pas'), { replace: true }),
    });
  }, [token, login, navigate]);

  if (failed) {
    return (
      <>
        <Heading level={1}>{t('loginLink.failedTitle')}</Heading>
        {login.isError ? <ErrorMessage error={login.error} /> : <Paragraph>{t('loginLink.noToken')}</Paragraph>}
        <Paragraph>
          <RouterLink to="/inloggen">{t('loginLink.newLink')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{t('loginLink.title')}</Heading>
      <Loading label={t('loginLink.busy')} />
    </>
  );
}
