import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem } from '../../../lib/api/client.ts';

export type PortalOffer = ApiItem<'listProviderOffers'>;
export type OfferInput = ApiBody<'createProviderOffer'>;
export type StatusChange = ApiBody<'changeProviderOfferStatus'>['status'];

export function useProviderOffers(providerId: string) {
  return useQuery({
    queryKey: ['provider', providerId, 'offers'],
    queryFn: ({ signal }) =>
      ok(api.GET('/providers/{providerId}/offers', { params: { path: { providerId } }, signal })),
    enabled: !!providerId,
  });
}

export function useCatalogueChoices() {
  const routes = useQuery({ queryKey: ['routes'], queryFn: ({ signal }) => ok(api.GET('/routes', { signal })) });
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: ({ signal }) => ok(api.GET('/categories', { signal })),
  });
  return { routes: routes.data?.items ?? [], categories: categories.data?.items ?? [] };
}

export function useOfferMutations(providerId: string) {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: ['provider', providerId, 'offers'] });
  const path = (offerId: string) => ({ params: { path: { providerId, offerId } } });
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id: string | null; body: OfferInput }) =>
        id === null
          ? ok(api.POST('/providers/{providerId}/offers', { params: { path: { providerId } }, body }))
          : ok(api.PUT('/providers/{providerId}/offers/{offerId}', { ...path(id), body })),
      onSettled,
    }),
    status: useMutation({
      mutationFn: ({ id, status }: { id: string; status: StatusChange }) =>
        ok(api.POST('/providers/{providerId}/offers/{offerId}/status-changes', { ...path(id), body: { status } })),
      onSettled,
    }),
    stock: useMutation({
      mutationFn: ({ id, stockRemaining }: { id: string; stockRemaining: number | null }) =>
        ok(api.PUT('/providers/{providerId}/offers/{offerId}/stock', { ...path(id), body: { stockRemaining } })),
      onSettled,
    }),
  };
}
