import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { hasPermission, isLoggedIn, useSession } from '../lib/session.ts';
import type { LoginKind } from '../lib/feature.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { Loading } from './Loading.tsx';
import { RouterLink } from './RouterLink.tsx';

/**
 * Shows the page only to a session with `permission` (a policy action the server listed in the
 * session's `permissions`); otherwise a short explanation with the right login link.
 */
export function RequireAccess({
  permission,
  login,
  children,
}: {
  permission: string;
  login: LoginKind;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = hasPermission(session.data, permission);
  const blocked = !session.isPending && !allowed;
  const loggedIn = isLoggedIn(session.data);
  // Logged in with the wrong account: "Geen toegang", not "Log eerst in".
  const title = loggedIn ? t('access.noAccessTitle') : t('access.title');
  usePageTitle(blocked ? title : null);
  if (session.isPending) return <Loading />;
  if (allowed) return <>{children}</>;
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{loggedIn ? t('access.wrongRole') : t('access.loginFirst')}</Paragraph>
      <Paragraph>
        <RouterLink to={login === 'resident' ? '/inloggen' : '/medewerkers/inloggen'}>
          {login === 'resident' ? t('nav.login') : t('nav.staffLogin')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
