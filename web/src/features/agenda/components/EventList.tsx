import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { dayInNetherlands, formatMoney, formatTime, formatWeekdayDate } from '../../../lib/format.ts';
import type { EventOccurrence } from '../api/agenda.ts';

/** Events grouped by day, each with its time, place, price and what it belongs to. */
export function EventList({ events, headingLevel = 2 }: { events: EventOccurrence[]; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('agenda');
  const language = i18n.language;
  if (events.length === 0) return <Paragraph>{t('list.none')}</Paragraph>;
  const days = new Map<string, EventOccurrence[]>();
  for (const event of events) {
    const key = dayInNetherlands(new Date(event.start));
    days.set(key, [...(days.get(key) ?? []), event]);
  }
  return (
    <div className="sp-agenda">
      {[...days.entries()].map(([key, list]) => (
        <section key={key} aria-labelledby={`day-${key}`}>
          <Heading level={headingLevel} id={`day-${key}`} appearance="utrecht-heading-3">
            {formatWeekdayDate(list[0]!.start, language)}
          </Heading>
          <ul className="sp-agenda__list">
            {list.map((event) => (
              <li key={`${event.eventId}-${event.start}`} className="sp-agenda__item">
                <Paragraph className="sp-agenda__time">
                  {t('list.time', { from: formatTime(event.start, language), to: formatTime(event.end, language) })}
                </Paragraph>
                <div>
                  <Paragraph>
                    <strong>
                      {event.offerId ? (
                        <RouterLink to={`/aanbod/${event.offerId}`}>{event.title}</RouterLink>
                      ) : (
                        event.title
                      )}
                    </strong>
                  </Paragraph>
                  {(event.locationName || event.address) && (
                    <Paragraph className="sp-meta">
                      {[event.locationName, event.address].filter(Boolean).join(', ')}
                    </Paragraph>
                  )}
                  <Paragraph className="sp-meta">
                    {event.isFree
                      ? t('list.free')
                      : event.priceCents === null
                        ? t('list.paid')
                        : t('list.price', { price: formatMoney(event.priceCents, language) })}
                    {event.repeats && ` · ${t('list.repeats')}`}
                    {event.wijk && ` · ${event.wijk.name}`}
                  </Paragraph>
                  {event.festival && (
                    <Paragraph className="sp-meta">
                      <RouterLink to={`/agenda/festivals/${event.festival.slug}`}>{event.festival.name}</RouterLink>
                    </Paragraph>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
