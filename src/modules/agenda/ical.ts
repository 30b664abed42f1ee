import ical from 'ical-generator';
import type { Static } from '@sinclair/typebox';
import type { EventOccurrence } from './agenda.schemas.ts';

/**
 * An iCal feed of agenda occurrences, for a phone calendar to subscribe to. Each occurrence is its
 * own VEVENT with a stable UID (event id + start), so a calendar updates instead of duplicating.
 */
export function agendaCalendar(
  occurrences: Static<typeof EventOccurrence>[],
  options: { name: string; publicUrl: string },
): string {
  const calendar = ical({
    name: options.name,
    timezone: 'Europe/Amsterdam',
    prodId: '//Stadspas//Agenda//NL',
    ttl: 3600,
  });
  for (const o of occurrences) {
    calendar.createEvent({
      id: `${o.eventId}-${o.start.replace(/[^0-9]/g, '').slice(0, 12)}@stadspas`,
      start: new Date(o.start),
      end: new Date(o.end),
      summary: o.title,
      description: o.description,
      location: [o.locationName, o.address].filter(Boolean).join(', '),
      url: o.offerId ? `${options.publicUrl}/aanbod/${o.offerId}` : `${options.publicUrl}/agenda`,
    });
  }
  return calendar.toString();
}
