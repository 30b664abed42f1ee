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
import { useTranslation } from 'react-i18next';
import type { Provider } from '../api/provider.ts';

/** The provider's details and its locations, each with its wijk. */
export function ProviderProfile({ provider }: { provider: Provider }) {
  const { t } = useTranslation('provider');
  const notGiven = t('provider.notGiven');
  return (
    <>
      <section aria-labelledby="provider-details-heading">
        <Heading level={2} id="provider-details-heading">
          {t('provider.details')}
        </Heading>
        <DataList>
          <DataListItem>
            <DataListKey>{t('provider.name')}</DataListKey>
            <DataListValue>{provider.name}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('provider.kind')}</DataListKey>
            <DataListValue>{t(`providerKind.${provider.kind}`, { defaultValue: provider.kind })}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('provider.description')}</DataListKey>
            <DataListValue>{provider.description || notGiven}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('provider.website')}</DataListKey>
            <DataListValue>
              {provider.website ? (
                <Link href={provider.website} external rel="noopener noreferrer">
                  {provider.website}
                </Link>
              ) : (
                notGiven
              )}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('provider.email')}</DataListKey>
            <DataListValue>
              {provider.email ? <Link href={`mailto:${provider.email}`}>{provider.email}</Link> : notGiven}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('provider.phone')}</DataListKey>
            <DataListValue>
              {provider.phone ? (
                <Link href={`tel:${provider.phone.replace(/\s+/g, '')}`}>{provider.phone}</Link>
              ) : (
                notGiven
              )}
            </DataListValue>
          </DataListItem>
        </DataList>
        <Paragraph>{t('provider.changeDetails')}</Paragraph>
      </section>

      <section aria-labelledby="provider-locations-heading">
        <Heading level={2} id="provider-locations-heading">
          {t('provider.locations')}
        </Heading>
        {provider.locations.length === 0 ? (
          <Paragraph>{t('provider.noLocations')}</Paragraph>
        ) : (
          <UnorderedList className="sp-provider-locations">
            {provider.locations.map((l) => (
              <UnorderedListItem key={l.id}>
                <strong>{l.name}</strong>, {l.street}, {l.postcode} {l.city} &middot; {t('provider.wijk')}:{' '}
                {l.wijk.name}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}
