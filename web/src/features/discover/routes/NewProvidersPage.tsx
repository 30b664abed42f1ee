import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useNewProviders } from '../api/discover.ts';

/** "Nieuw op de pas": providers that joined recently, to give them a start. */
export default function NewProvidersPage() {
  const { t, i18n } = useTranslation('discover');
  usePageTitle(t('new.title'));
  const providers = useNewProviders();
  return (
    <>
      <Heading level={1}>{t('new.title')}</Heading>
      <Paragraph appearance="lead">{t('new.intro')}</Paragraph>
      {providers.isPending && <Loading />}
      {providers.isError && <ErrorMessage error={providers.error} />}
      {providers.data && providers.data.items.length === 0 && <Paragraph>{t('new.none')}</Paragraph>}
      <ul className="sp-offer-list">
        {providers.data?.items.map((p) => (
          <li key={p.id} className="sp-offer-card">
            <Heading level={2} appearance="utrecht-heading-3">
              <RouterLink to={`/aanbieders/${p.id}`}>{p.name}</RouterLink>
            </Heading>
            {p.story && <Paragraph>{p.story}</Paragraph>}
            <Paragraph className="sp-meta">
              {t('profile.since', { date: formatDate(p.onThePassSince, i18n.language) })} ·{' '}
              {t('new.offers', { count: p.offerCount })}
            </Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
