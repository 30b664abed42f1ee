import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useRoutes } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import '../routes.css';

/** All active routes, each with its picture, a short text and how many offers it has. */
export default function RoutesPage() {
  const { t } = useTranslation('routes');
  usePageTitle(t('overview.title'));
  const routes = useRoutes();
  return (
    <>
      <Heading level={1}>{t('overview.title')}</Heading>
      <Paragraph appearance="lead">{t('overview.intro')}</Paragraph>
      {routes.isPending && <Loading />}
      {routes.isError && <ErrorMessage error={routes.error} />}
      {routes.data && (
        <ul className="sp-route-cards">
          {routes.data.items.map((route) => (
            <li key={route.id} className="sp-route-card">
              <img src={route.pictureUrl} alt="" width="320" height="160" loading="lazy" decoding="async" />
              <Heading level={2} appearance="utrecht-heading-3">
                <RouterLink to={`/routes/${route.slug}`}>{route.name}</RouterLink>
              </Heading>
              <Paragraph>{route.description}</Paragraph>
              <Paragraph className="sp-meta">{t('overview.offerCount', { count: route.offerCount })}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
