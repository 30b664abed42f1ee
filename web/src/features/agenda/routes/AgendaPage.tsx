import { FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useRoutes, useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { eventFiltersFromAddress, useEvents, useFestivals } from '../api/agenda.ts';
import { CalendarLink } from '../components/CalendarLink.tsx';
import { EventList } from '../components/EventList.tsx';
import '../agenda.css';

/** The agenda: events and festivals, filtered by period, route, wijk and price; subscribable as iCal. */
export default function AgendaPage() {
  const { t } = useTranslation('agenda');
  usePageTitle(t('agenda.title'));
  const [params, choose] = useSearchParamSetter();
  const filters = eventFiltersFromAddress(params);
  const events = useEvents(filters);
  const festivals = useFestivals();
  const routes = useRoutes();
  const wijken = useWijken();
  const price = filters.free === true ? 'gratis' : filters.free === false ? 'betaald' : '';

  return (
    <>
      <Heading level={1}>{t('agenda.title')}</Heading>
      <Paragraph appearance="lead">{t('agenda.intro')}</Paragraph>
      <form aria-label={t('agenda.filters')} className="sp-search__filters" onSubmit={(e) => e.preventDefault()}>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="agenda-period">{t('agenda.period')}</FormLabel>
          </div>
          <Select id="agenda-period" value={filters.period ?? ''} onChange={(e) => choose('periode', e.target.value)}>
            <SelectOption value="">{t('agenda.periods.upcoming')}</SelectOption>
            <SelectOption value="week">{t('agenda.periods.week')}</SelectOption>
            <SelectOption value="weekend">{t('agenda.periods.weekend')}</SelectOption>
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="agenda-route">{t('agenda.route')}</FormLabel>
          </div>
          <Select id="agenda-route" value={filters.route ?? ''} onChange={(e) => choose('route', e.target.value)}>
            <SelectOption value="">{t('agenda.allRoutes')}</SelectOption>
            {routes.data?.items.map((r) => (
              <SelectOption key={r.slug} value={r.slug}>
                {r.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="agenda-wijk">{t('agenda.wijk')}</FormLabel>
          </div>
          <Select id="agenda-wijk" value={filters.wijk ?? ''} onChange={(e) => choose('wijk', e.target.value)}>
            <SelectOption value="">{t('agenda.allWijken')}</SelectOption>
            {wijken.data?.items.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="agenda-price">{t('agenda.price')}</FormLabel>
          </div>
          <Select id="agenda-price" value={price} onChange={(e) => choose('prijs', e.target.value)}>
            <SelectOption value="">{t('agenda.prices.all')}</SelectOption>
            <SelectOption value="gratis">{t('agenda.prices.free')}</SelectOption>
            <SelectOption value="betaald">{t('agenda.prices.paid')}</SelectOption>
          </Select>
        </FormField>
      </form>

      <section aria-labelledby="agenda-results-heading">
        <Heading level={2} id="agenda-results-heading">
          {t(`agenda.periods.${filters.period ?? 'upcoming'}`)}
        </Heading>
        <Paragraph role="status" aria-live="polite">
          {events.data ? t('agenda.found', { count: events.data.items.length }) : ''}
        </Paragraph>
        {events.isPending && <Loading />}
        {events.isError && <ErrorMessage error={events.error} />}
        {events.data && <EventList events={events.data.items} headingLevel={3} />}
      </section>

      <section aria-labelledby="agenda-subscribe-heading">
        <Heading level={2} id="agenda-subscribe-heading">
          {t('subscribe.title')}
        </Heading>
        <Paragraph>{t('subscribe.intro')}</Paragraph>
        <CalendarLink filters={filters} />
      </section>

      <section aria-labelledby="agenda-festivals-heading">
        <Heading level={2} id="agenda-festivals-heading">
          {t('agenda.festivals')}
        </Heading>
        {festivals.data && festivals.data.items.length === 0 && <Paragraph>{t('agenda.noFestivals')}</Paragraph>}
        <ul>
          {festivals.data?.items.map((f) => (
            <li key={f.id}>
              <RouterLink to={`/agenda/festivals/${f.slug}`}>{f.name}</RouterLink>
            </li>
          ))}
        </ul>
        <Paragraph>
          <RouterLink to="/agenda/festivalgids">{t('festivalGuide.link')}</RouterLink>
        </Paragraph>
      </section>
    </>
  );
}
