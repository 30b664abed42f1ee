import { queryOptions, keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { PageAddress } from '../../../lib/feature.ts';
import { routesQuery, wijkenQuery } from '../../../lib/lookups.ts';
import { API_BASE, api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';
import type { operations } from '../../../lib/api/schema';

export type EventOccurrence = ApiItem<'listEvents'>;
export type Festival = ApiJson<'getFestival'>;
export type EventFilters = NonNullable<operations['listEvents']['parameters']['query']>;

const PERIODS = ['upcoming', 'week', 'weekend'] as const;
type Period = (typeof PERIODS)[number];

/** The agenda's filters in the page's address (Dutch words: ?periode=weekend&prijs=gratis). */
export function eventFiltersFromAddress(params: URLSearchParams): EventFilters {
  const period = params.get('periode');
  const price = params.get('prijs');
  return {
    ...(PERIODS.includes(period as Period) && period !== 'upcoming' && { period: period as Period }),
    ...(params.get('route') && { route: params.get('route')! }),
    ...(params.get('wijk') && { wijk: params.get('wijk')! }),
    ...(price === 'gratis' && { free: true }),
    ...(price === 'betaald' && { free: false }),
  };
}

const eventsQuery = (filters: EventFilters) =>
  queryOptions({
    queryKey: ['events', filters],
    queryFn: ({ signal }) => ok(api.GET('/events', { params: { query: filters }, signal })),
  });

const festivalsQuery = queryOptions({
  queryKey: ['festivals'],
  queryFn: ({ signal }) => ok(api.GET('/festivals', { signal })),
});

export function useEvents(filters: EventFilters, enabled = true) {
  return useQuery({ ...eventsQuery(filters), enabled, placeholderData: keepPreviousData });
}

export function useFestivals() {
  return useQuery(festivalsQuery);
}

/** What the agenda page asks for first: the events of its address, the festivals and the filters' lists. */
export function prefetchAgenda(queryClient: QueryClient, { search }: PageAddress) {
  void queryClient.prefetchQuery(eventsQuery(eventFiltersFromAddress(search)));
  void queryClient.prefetchQuery(festivalsQuery);
  void queryClient.prefetchQuery(routesQuery);
  void queryClient.prefetchQuery(wijkenQuery);
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
