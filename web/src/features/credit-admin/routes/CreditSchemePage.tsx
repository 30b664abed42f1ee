import { useRef, useState } from 'react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCategories } from '../../../lib/lookups.ts';
import { hasEnded, useCreditScheme, type CreditScheme } from '../api/credit.ts';
import { BulkLoad } from '../components/BulkLoad.tsx';
import { ExpireScheme } from '../components/ExpireScheme.tsx';
import { FundForm } from '../components/FundForm.tsx';
import { LoadOneForm } from '../components/LoadOneForm.tsx';
import '../credit-admin.css';

function SchemeDetails({ scheme }: { scheme: CreditScheme }) {
  const { t, i18n } = useTranslation('credit-admin');
  const categories = useCategories();
  const language = i18n.language;
  const categoryName = (slug: string) => {
    const category = categories.data?.items.find((c) => c.slug === slug);
    return category ? (language === 'en' ? category.nameEn : category.nameNl) : slug;
  };
  return (
    <DataList>
      <DataListItem>
        <DataListKey>{t('creditAdmin.list.amountPerPass')}</DataListKey>
        <DataListValue>{formatMoney(scheme.amountPerPassCents, language)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('creditAdmin.list.validUntil')}</DataListKey>
        <DataListValue>{formatDate(scheme.validUntil, language)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('creditAdmin.detail.spendable')}</DataListKey>
        <DataListValue>
          {scheme.spendableOfferCategories.length === 0
            ? t('creditAdmin.detail.allOffers')
            : scheme.spendableOfferCategories.map(categoryName).join(', ')}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('creditAdmin.detail.eligible')}</DataListKey>
        <DataListValue>
          {scheme.eligiblePassCategories.length === 0
            ? t('creditAdmin.detail.allPasses')
            : scheme.eligiblePassCategories.map((c) => t(`passCategory.${c}`)).join(', ')}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('creditAdmin.list.fund')}</DataListKey>
        <DataListValue>{formatMoney(scheme.fundBalanceCents, language)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('creditAdmin.list.outstanding')}</DataListKey>
        <DataListValue>
          {t('creditAdmin.list.onPasses', {
            amount: formatMoney(scheme.outstandingCreditCents, language),
            count: scheme.passesWithCredit,
          })}
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}

/** /beheer/tegoed/:schemeId: one scheme, its budget, and loading credit on one pass or from a CSV file. */
export default function CreditSchemePage() {
  const { t } = useTranslation('credit-admin');
  const { schemeId = '' } = useParams();
  const location = useLocation();
  const scheme = useCreditScheme(schemeId);
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [announcement, setAnnouncement] = useState('');
  const expiryHeading = useRef<HTMLHeadingElement>(null);
  const expired = (message: string) => {
    setAnnouncement(message);
    requestAnimationFrame(() => expiryHeading.current?.focus());
  };
  usePageTitle(scheme.data ? `${t('creditAdmin.detail.title', { name: scheme.data.name })}` : t('creditAdmin.title'));

  return (
    <div className="sp-credit-admin">
      <Paragraph>
        <RouterLink to="/beheer/tegoed">{t('creditAdmin.detail.back')}</RouterLink>
      </Paragraph>
      {scheme.isPending && (
        <>
          <Heading level={1}>{t('creditAdmin.title')}</Heading>
          <Loading />
        </>
      )}
      {scheme.isError && (
        <>
          <Heading level={1}>{t('creditAdmin.title')}</Heading>
          <ErrorMessage error={scheme.error} />
        </>
      )}
      {scheme.data && (
        <>
          <Heading level={1}>{t('creditAdmin.detail.title', { name: scheme.data.name })}</Heading>
          {created && <Paragraph>{t('creditAdmin.detail.created', { name: scheme.data.name })}</Paragraph>}
          {scheme.data.description && <Paragraph appearance="lead">{scheme.data.description}</Paragraph>}
          <section aria-labelledby="scheme-details-heading">
            <Heading level={2} id="scheme-details-heading">
              {t('creditAdmin.detail.details')}
            </Heading>
            <SchemeDetails scheme={scheme.data} />
          </section>
          {hasEnded(scheme.data) ? (
            <section aria-labelledby="scheme-expiry-heading">
              <Heading level={2} id="scheme-expiry-heading" tabIndex={-1} ref={expiryHeading}>
                {t('creditAdmin.expire.title')}
              </Heading>
              <Paragraph>{t('creditAdmin.expire.intro')}</Paragraph>
              <div role="status" aria-live="polite" className="sp-credit-status">
                {announcement}
              </div>
              {scheme.data.outstandingCreditCents > 0 ? (
                <ExpireScheme scheme={scheme.data} onDone={expired} />
              ) : (
                <Paragraph>{t('creditAdmin.expire.nothingLeft')}</Paragraph>
              )}
            </section>
          ) : (
            <>
              <section aria-labelledby="fund-heading">
                <Heading level={2} id="fund-heading">
                  {t('creditAdmin.fund.title')}
                </Heading>
                <Paragraph>{t('creditAdmin.fund.intro')}</Paragraph>
                <FundForm scheme={scheme.data} />
              </section>
              <section aria-labelledby="load-one-heading">
                <Heading level={2} id="load-one-heading">
                  {t('creditAdmin.loadOne.title')}
                </Heading>
                <LoadOneForm scheme={scheme.data} />
              </section>
              <section aria-labelledby="bulk-heading">
                <Heading level={2} id="bulk-heading">
                  {t('creditAdmin.bulk.title')}
                </Heading>
                <BulkLoad scheme={scheme.data} />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
