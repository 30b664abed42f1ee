import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { API_BASE, api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';
import type { operations } from '../../../lib/api/schema';

export type EventOccurrence = ApiItem<'listEvents'>;
export type Festival = ApiJson<'getFestival'>;
export type EventFilters = NonNullable<operations['listEvents']['parameters']['query']>;

export function useEvents(filters: EventFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['events', filters],
    queryFn: ({ signal }) => ok(api.GET('/events', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useFestivals() {
  return useQuery({
    queryKey: ['festivals'],
    queryFn: ({ signal }) => ok(api.GET('/festivals', { signal })),
  });
}

export function useFestival(slug: string) {
  return useQuery({
    queryKey: ['festival', slug],
    queryFn: ({ signal }) => ok(api.GET('/festivals/{slug}', { params: { path: { slug } }, signal })),
  });
}

/** The iCal feed of the same filters, as an absolute address a phone calendar can subscribe to. */
export function calendarUrl(filters: EventFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const search = query.toString();
  return `${window.location.origin}${API_BASE}/events/calendar.ics${search ? `?${search}` : ''}`;
}
