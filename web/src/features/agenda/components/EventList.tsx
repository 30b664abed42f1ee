import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { dayInNetherlands, formatMoney, formatTime, formatWeekdayDate } from '../../../lib/format.ts';
import type { EventOccurrence } from '../api/agenda.ts';

/** How many events are drawn at first, and per "show more": a month of events at once is a long task on a cheap phone. */
export const EVENTS_SHOWN_AT_ONCE = 20;

/** The events grouped by their day in the Netherlands, in the order given. */
function groupByDay(events: EventOccurrence[]) {
  const days = new Map<string, EventOccurrence[]>();
  for (const event of events) {
    const key = dayInNetherlands(new Date(event.start));
    days.set(key, [...(days.get(key) ?? []), event]);
  }
  return [...days.entries()];
}

/**
 * Events grouped by day, each with its time, place, price and what it belongs to. Whole days are
 * drawn until about EVENTS_SHOWN_AT_ONCE events are shown; a button shows the next ones and
 * moves the focus to the first day it added.
 */
export function EventList({ events, headingLevel = 2 }: { events: EventOccurrence[]; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('agenda');
  const language = i18n.language;
  const [wanted, setWanted] = useState(EVENTS_SHOWN_AT_ONCE);
  const firstAdded = useRef<string | null>(null);
  useEffect(() => {
    if (firstAdded.current) document.getElementById(`day-${firstAdded.current}`)?.focus();
    firstAdded.current = null;
  }, [wanted]);
  if (events.length === 0) return <Paragraph>{t('list.none')}</Paragraph>;
  const days = groupByDay(events);
  const shownDays: typeof days = [];
  let shown = 0;
  for (const day of days) {
    if (shown >= wanted) break;
    shownDays.push(day);
    shown += day[1].length;
  }
  const showMore = () => {
    firstAdded.current = days[shownDays.length]?.[0] ?? null;
    setWanted(shown + EVENTS_SHOWN_AT_ONCE);
  };
  return (
    <div className="sp-agenda">
      {shownDays.map(([key, list]) => (
        <section key={key} aria-labelledby={`day-${key}`}>
          <Heading level={headingLevel} id={`day-${key}`} tabIndex={-1} appearance="utrecht-heading-3">
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
      {shown < events.length && (
        <Button appearance="secondary-action-button" onClick={showMore}>
          {t('list.more', { count: events.length - shown })}
        </Button>
      )}
    </div>
  );
}
