import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { OfferSummary } from '../api/catalogue.ts';
import { translated } from '../lib/translated.ts';
import { OfferPrice } from './OfferPrice.tsx';
import { ValidHoursLabel } from './ValidHoursLabel.tsx';

export function OfferList({ offers }: { offers: OfferSummary[] }) {
  const { t, i18n } = useTranslation('catalogue');
  return (
    <ul className="sp-offer-list">
      {offers.map((offer) => {
        const title = translated(offer, 'title', i18n.language);
        const summary = translated(offer, 'summary', i18n.language);
        return (
          <li key={offer.id} className="sp-offer-card">
            <Heading level={2} appearance="utrecht-heading-3">
              <RouterLink to={`/aanbod/${offer.id}`}>
                <span lang={title.lang}>{title.text}</span>
              </RouterLink>
            </Heading>
            <Paragraph className="sp-offer-card__provider">{offer.provider.name}</Paragraph>
            {offer.provider.stilleKracht && (
              <Paragraph className="sp-offer-card__highlight">{t('catalogue.stilleKracht')}</Paragraph>
            )}
            {summary.text && <Paragraph lang={summary.lang}>{summary.text}</Paragraph>}
            <Paragraph>
              <OfferPrice regularPriceCents={offer.regularPriceCents} passPriceCents={offer.passPriceCents} />
            </Paragraph>
            {offer.wijken.length > 0 && (
              <Paragraph className="sp-meta">
                {t('catalogue.wijkLabel')}: {offer.wijken.map((w) => w.name).join(', ')}
              </Paragraph>
            )}
            {offer.routes.length > 0 && (
              <Paragraph className="sp-meta">
                {t('catalogue.routesLabel')}: {offer.routes.map((r) => r.name).join(', ')}
              </Paragraph>
            )}
            <ValidHoursLabel offer={offer} />
            {offer.validUntil && (
              <Paragraph className="sp-meta">
                {t('catalogue.validUntil', { date: formatDate(offer.validUntil, i18n.language) })}
              </Paragraph>
            )}
          </li>
        );
      })}
    </ul>
  );
}
