import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { capabilities, useSession } from '../lib/session.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { Loading } from './Loading.tsx';
import { RouterLink } from './RouterLink.tsx';

/** Shows the page only to a role that may use it; otherwise a short explanation with the right login link. */
export function RequireAccess({
  need,
  children,
}: {
  need: 'myPass' | 'till' | 'admin' | 'provider' | 'providerAdmin';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = capabilities(session.data)[need];
  const blocked = !session.isPending && !allowed;
  const loggedIn = capabilities(session.data).loggedIn;
  // Logged in with the wrong account: "Geen toegang", not "Log eerst in".
  const title = loggedIn ? t('access.noAccessTitle') : t('access.title');
  usePageTitle(blocked ? title : null);
  if (session.isPending) return <Loading />;
  if (allowed) return <>{children}</>;
  const loginPath = need === 'myPass' ? '/inloggen' : '/medewerkers/inloggen';
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{loggedIn ? t('access.wrongRole') : t('access.loginFirst')}</Paragraph>
      <Paragraph>
        <RouterLink to={loginPath}>{need === 'myPass' ? t('nav.login') : t('nav.staffLogin')}</RouterLink>
      </Paragraph>
    </>
  );
}
