import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCategories } from '../../../lib/lookups.ts';
import { ImageGallery } from '../../../components/ResponsiveImage.tsx';
import { useImages } from '../../../lib/images.ts';
import { useOffer } from '../api/catalogue.ts';
import { categoryName } from '../components/CategoryName.ts';
import { ValidHoursLabel } from '../components/ValidHoursLabel.tsx';
import { translated } from '../lib/translated.ts';

export default function OfferDetailPage() {
  const { offerId = '' } = useParams();
  const { t, i18n } = useTranslation('catalogue');
  const language = i18n.language;
  const offer = useOffer(offerId);
  const categories = useCategories();
  const images = useImages('offer', offerId);
  usePageTitle(offer.data?.title ?? t('offer.title'));

  if (offer.isPending)
    return (
      <>
        <Heading level={1}>{t('offer.title')}</Heading>
        <Loading />
      </>
    );
  if (offer.isError) {
    return (
      <>
        <Heading level={1}>{t('offer.title')}</Heading>
        <ErrorMessage error={offer.error} />
        <Paragraph>
          <RouterLink to="/">{t('offer.back')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  const o = offer.data;
  const title = translated(o, 'title', language);
  const summary = translated(o, 'summary', language);
  const description = translated(o, 'description', language);
  const kind = o.provider.kind ? t(`providerKind.${o.provider.kind}`, { defaultValue: o.provider.kind }) : '';
  return (
    <article className="sp-offer">
      <Paragraph>
        <RouterLink to="/">{t('offer.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>
        <span lang={title.lang}>{title.text}</span>
      </Heading>
      <ImageGallery images={images.data?.items} label={t('offer.pictures')} />
      {summary.text && (
        <Paragraph appearance="lead" lang={summary.lang}>
          {summary.text}
        </Paragraph>
      )}
      {description.text && <Paragraph lang={description.lang}>{description.text}</Paragraph>}

      <Heading level={2}>{t('offer.price')}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>{t('catalogue.regularPrice')}</DataListKey>
          <DataListValue>
            {o.regularPriceCents === null ? t('offer.noRegularPrice') : formatMoney(o.regularPriceCents, language)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('catalogue.passPrice')}</DataListKey>
          <DataListValue>
            {o.passPriceCents === null
              ? '-'
              : o.passPriceCents === 0
                ? t('offer.free')
                : formatMoney(o.passPriceCents, language)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('offer.validity')}</DataListKey>
          <DataListValue>
            {t('offer.validFromUntil', {
              from: formatDate(o.validFrom, language),
              until: formatDate(o.validUntil, language),
            })}
            <ValidHoursLabel offer={o} />
          </DataListValue>
        </DataListItem>
        {o.limit && (
          <DataListItem>
            <DataListKey>{t('offer.limit')}</DataListKey>
            <DataListValue>
              {t(`offer.limitPeriod.${o.limit.period}`, {
                count: o.limit.perPass,
                defaultValue: `${o.limit.perPass} / ${o.limit.period}`,
              })}
            </DataListValue>
          </DataListItem>
        )}
      </DataList>

      <Heading level={2}>{t('offer.provider')}</Heading>
      <Paragraph>
        {o.provider.name}
        {kind && ` (${kind})`}
      </Paragraph>
      {o.provider.website && (
        <Paragraph>
          <Link href={o.provider.website} external rel="noopener noreferrer">
            {t('offer.website')}
          </Link>
        </Paragraph>
      )}

      <Heading level={2}>{t('offer.locations')}</Heading>
      {o.locations.length === 0 ? (
        <Paragraph>{t('offer.noLocations')}</Paragraph>
      ) : (
        <UnorderedList>
          {o.locations.map((l) => (
            <UnorderedListItem key={l.id}>
              <strong>{l.name}</strong>, {l.street}, {l.postcode} {l.city}
              {l.wijk && (
                <>
                  {' '}
                  &middot; {t('catalogue.wijkLabel')}: {l.wijk.name}
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      <Heading level={2}>{t('offer.routes')}</Heading>
      {o.routes.length === 0 ? (
        <Paragraph>{t('offer.noRoutes')}</Paragraph>
      ) : (
        <UnorderedList>
          {o.routes.map((r) => (
            <UnorderedListItem key={r.slug}>
              <RouterLink to={`/?route=${encodeURIComponent(r.slug)}`}>{r.name}</RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      {o.categories.length > 0 && (
        <>
          <Heading level={2}>{t('offer.categories')}</Heading>
          <Paragraph>{o.categories.map((c) => categoryName(c, categories.data?.items, language)).join(', ')}</Paragraph>
        </>
      )}

      {o.targetGroups.length > 0 && (
        <>
          <Heading level={2}>{t('offer.targetGroups')}</Heading>
          <Paragraph>{o.targetGroups.map((g) => t(`targetGroup.${g}`, { defaultValue: g })).join(', ')}</Paragraph>
        </>
      )}

      <Heading level={2}>{t('offer.conditions')}</Heading>
      <Paragraph>{o.conditions || t('offer.noConditions')}</Paragraph>
    </article>
  );
}
