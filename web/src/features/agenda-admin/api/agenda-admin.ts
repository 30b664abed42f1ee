import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem } from '../../../lib/api/client.ts';

export type EditableEvent = ApiItem<'listEditableEvents'>;
export type EventInput = ApiBody<'createEvent'>;
export type FestivalInput = ApiBody<'createFestival'>;
export type Festival = ApiItem<'listFestivals'>;

/** Every event that has not ended (the pass organisation), or those of one provider. */
export function useEditableEvents(providerId: string | null) {
  return useQuery({
    queryKey: ['agenda-admin', 'events', providerId ?? 'all'],
    queryFn: ({ signal }) =>
      providerId === null
        ? ok(api.GET('/admin/events', { signal }))
        : ok(api.GET('/providers/{providerId}/events', { params: { path: { providerId } }, signal })),
    enabled: providerId !== '',
  });
}

export function useEditableEvent(eventId: string | null) {
  return useQuery({
    queryKey: ['agenda-admin', 'event', eventId],
    queryFn: ({ signal }) => ok(api.GET('/events/{eventId}', { params: { path: { eventId: eventId! } }, signal })),
    enabled: eventId !== null,
  });
}

/** What an event can be tied to: wijken, routes, festivals; offers come from the page. */
export function useEventChoices() {
  const wijken = useQuery({ queryKey: ['wijken'], queryFn: ({ signal }) => ok(api.GET('/wijken', { signal })) });
  const routes = useQuery({ queryKey: ['routes'], queryFn: ({ signal }) => ok(api.GET('/routes', { signal })) });
  const festivals = useFestivals();
  return {
    wijken: wijken.data?.items ?? [],
    routes: routes.data?.items ?? [],
    festivals: festivals.data?.items ?? [],
  };
}

export function useFestivals() {
  return useQuery({ queryKey: ['festivals'], queryFn: ({ signal }) => ok(api.GET('/festivals', { signal })) });
}

/** How many catalogue offers the pass organisation sees to choose from at once. */
export const OFFER_CHOICES_SHOWN = 50;

/**
 * Offers to choose from: a provider's own, or (the pass organisation) the public catalogue's
 * first OFFER_CHOICES_SHOWN, or those a search by `search` finds.
 */
export function useOfferChoices(providerId: string | null, search = '') {
  return useQuery({
    queryKey: ['agenda-admin', 'offers', providerId ?? 'all', search],
    queryFn: async ({ signal }) => {
      if (providerId === null) {
        const query = { pageSize: OFFER_CHOICES_SHOWN, ...(search ? { q: search } : {}) };
        const page = await ok(api.GET('/offers', { params: { query }, signal }));
        return page.items.map((o) => ({ id: o.id, title: o.title }));
      }
      const own = await ok(api.GET('/providers/{providerId}/offers', { params: { path: { providerId } }, signal }));
      return own.items.filter((o) => o.status !== 'ended').map((o) => ({ id: o.id, title: o.title }));
    },
    enabled: providerId !== '',
    placeholderData: (previous) => previous,
  });
}

export function useEventMutations() {
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: ['agenda-admin'] });
    await queryClient.invalidateQueries({ queryKey: ['events'] });
  };
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id: string | null; body: EventInput }) =>
        id === null
          ? ok(api.POST('/events', { body }))
          : ok(api.PUT('/events/{eventId}', { params: { path: { eventId: id } }, body })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (eventId: string) => ok(api.DELETE('/events/{eventId}', { params: { path: { eventId } } })),
      onSuccess,
    }),
  };
}

export function useSaveFestival() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, body }: { slug: string | null; body: FestivalInput }) =>
      slug === null
        ? ok(api.POST('/festivals', { body }))
        : ok(api.PUT('/festivals/{slug}', { params: { path: { slug } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['festivals'] }),
  });
}
