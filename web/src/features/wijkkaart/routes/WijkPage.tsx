import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useNamespaces } from '../../../lib/use-namespaces.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { EventsSection } from '../../agenda/components/EventsSection.tsx';
import { useOfferLocations, useWijkPage } from '../api/maps.ts';
import { LocationList } from '../components/LocationList.tsx';
import { ShowWhenLoaded } from '../../../components/ShowWhenLoaded.tsx';
import { MapView } from '../components/MapView.tsx';
import { RelatedStories } from '../../stories/components/RelatedStories.tsx';

/**
 * One wijk: its map, its offers, its buurthuizen, what the actiebudget paid for there, and its
 * buurten. The offers and the events ask for their own data, so an answer that arrives redraws
 * its section, not the page.
 */
export default function WijkPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('wijkkaart');
  // The texts of the agenda's list load with the page's own.
  useNamespaces(['agenda']);
  const wijk = useWijkPage(slug);
  const code = wijk.data?.code;
  usePageTitle(wijk.data?.name ?? t('wijk.title'));

  if (wijk.isPending)
    return (
      <>
        <Heading level={1}>{t('wijk.title')}</Heading>
        <Loading />
      </>
    );
  if (wijk.isError)
    return (
      <>
        <Heading level={1}>{t('wijk.title')}</Heading>
        <ErrorMessage error={wijk.error} />
        <Paragraph>
          <RouterLink to="/kaart">{t('wijk.back')}</RouterLink>
        </Paragraph>
      </>
    );
  const w = wijk.data;
  return (
    <article>
      <Paragraph>
        <RouterLink to="/kaart">{t('wijk.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{w.name}</Heading>
      <Paragraph appearance="lead">
        {w.population === null ? t('wijk.fewResidents') : t('wijk.population', { count: w.population })}
      </Paragraph>
      <ShowWhenLoaded>
        <WijkOffers code={w.code} name={w.name} bbox={w.bbox} />

        <section aria-labelledby="wijk-centres-heading">
          <Heading level={2} id="wijk-centres-heading">
            {t('wijk.communityCentres')}
          </Heading>
          {w.communityCentres.length === 0 ? (
            <Paragraph>{t('wijk.noCommunityCentres')}</Paragraph>
          ) : (
            <UnorderedList>
              {w.communityCentres.map((c) => (
                <UnorderedListItem key={`${c.providerId}-${c.name}`}>
                  <strong>{c.name}</strong>, {c.address}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>

        <EventsSection id="wijk-events-heading" heading={t('wijk.events')} filters={{ wijk: w.code }} />

        <section aria-labelledby="wijk-budget-heading">
          <Heading level={2} id="wijk-budget-heading">
            {t('wijk.actionBudget')}
          </Heading>
          {w.actionBudget.length === 0 ? (
            <Paragraph>{t('wijk.noActionBudget')}</Paragraph>
          ) : (
            <UnorderedList>
              {w.actionBudget.map((a) => (
                <UnorderedListItem key={`${a.activityName}-${a.grantedOn}`}>
                  {a.activityName}: {formatMoney(a.amountCents, i18n.language)} (
                  {formatDate(a.grantedOn, i18n.language)})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Paragraph>
            <RouterLink to="/actiebudget">{t('wijk.actionBudgetMore')}</RouterLink>
          </Paragraph>
        </section>

        <section aria-labelledby="wijk-buurten-heading">
          <Heading level={2} id="wijk-buurten-heading">
            {t('wijk.buurten')}
          </Heading>
          <ul className="sp-wijk-list">
            {w.buurten.map((b) => (
              <li key={b.code}>{b.name}</li>
            ))}
          </ul>
        </section>
        {code && <RelatedStories filter={{ wijk: code }} />}
      </ShowWhenLoaded>
    </article>
  );
}

function WijkOffers({ code, name, bbox }: { code: string; name: string; bbox: number[] }) {
  const { t } = useTranslation('wijkkaart');
  const locations = useOfferLocations({ wijk: code });
  return (
    <section aria-labelledby="wijk-offers-heading">
      <Heading level={2} id="wijk-offers-heading">
        {t('wijk.offers')}
      </Heading>
      {locations.isPending && <Loading />}
      {locations.isError && <ErrorMessage error={locations.error} />}
      {locations.data && <LocationList locations={locations.data} />}
      {/* The map below the list it shows: on a phone the offers come first, and the map's code
        loads when the visitor scrolls to it. */}
      {locations.data && (
        <MapView locations={locations.data} bounds={bbox} highlightWijk={code} label={t('wijk.mapLabel', { name })} />
      )}
    </section>
  );
}
