import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Button, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading.tsx';
import { RouterLink } from '../components/RouterLink.tsx';
import { isLoggedIn, useLogout, useSession } from '../lib/session.ts';
import { useNavEntries } from '../lib/nav-entries.ts';
import { LANGUAGES, setLanguage } from '../i18n/i18n.ts';

function MainNavigation() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const logout = useLogout();
  const loggedIn = isLoggedIn(session.data);
  const items = useNavEntries('menu');
  // The longest matching item is the current one: /aanbieder/koppelingen is not also "Mijn organisatie".
  const matches = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));
  const current = items.filter((item) => matches(item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const isCurrent = (to: string) => to === current;

  return (
    <nav aria-label={t('nav.label')} className="sp-nav">
      <ul className="sp-nav__list">
        {items.map((item) => (
          <li key={item.to} className="sp-nav__item">
            <RouterLink to={item.to} aria-current={isCurrent(item.to) ? 'page' : undefined}>
              {item.label}
            </RouterLink>
          </li>
        ))}
        {loggedIn && (
          <li className="sp-nav__item">
            <Button
              appearance="subtle-button"
              busy={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/') })}
            >
              {t('nav.logout')}
            </Button>
          </li>
        )}
      </ul>
      {session.data?.name && loggedIn && (
        <Paragraph className="sp-nav__user">{t('nav.loggedInAs', { name: session.data.name })}</Paragraph>
      )}
    </nav>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('language.label')} className="sp-language">
      {LANGUAGES.map((language) => (
        <Button
          key={language.code}
          appearance="subtle-button"
          lang={language.code}
          pressed={i18n.language === language.code}
          onClick={() => setLanguage(language.code)}
        >
          {language.name}
        </Button>
      ))}
    </div>
  );
}

/** Moves focus to the main content after navigating, so screen readers start at the new page. */
function useFocusMainOnNavigate(target: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    target.current?.focus({ preventScroll: false });
  }, [pathname, target]);
}

export function Layout() {
  const { t } = useTranslation();
  const footerLinks = useNavEntries('footer');
  const main = useRef<HTMLElement>(null);
  const session = useSession();
  useFocusMainOnNavigate(main);
  // The menu depends on the session (what a visitor may do, logged in or not). Shown before the
  // session is known, it would be drawn twice and move the page under the reader's eyes. So the
  // page is built but not shown until then: its code, texts and data load meanwhile.
  return (
    <div className="utrecht-page sp-page" style={session.isPending ? { display: 'none' } : undefined}>
      <SkipLink href="#main">{t('layout.skipLink')}</SkipLink>
      <PageHeader className="sp-header">
        <div className="sp-header__inner">
          <RouterLink to="/" className="sp-logo">
            {t('app.name')}
          </RouterLink>
          <LanguageSwitch />
        </div>
        <MainNavigation />
      </PageHeader>
      <PageContent className="sp-content">
        <main id="main" tabIndex={-1} ref={main} className="utrecht-page-content__main">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </PageContent>
      <PageFooter className="sp-footer">
        <div className="sp-footer__inner">
          <Paragraph>{t('layout.footer')}</Paragraph>
          {footerLinks.map((link) => (
            <Paragraph key={link.to}>
              <RouterLink to={link.to}>{link.label}</RouterLink>
            </Paragraph>
          ))}
        </div>
      </PageFooter>
    </div>
  );
}
