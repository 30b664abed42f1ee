import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type RenewalOption = ApiItem<'listMyRenewalOptions'>;
export type Household = ApiJson<'getMyHousehold'>;

/** Can my pass (and my children's) be renewed now, for what, until when. */
export function useRenewalOptions() {
  return useQuery({
    queryKey: ['me', 'renewal-options'],
    queryFn: ({ signal }) => ok(api.GET('/me/pass/renewal-options', { signal })),
  });
}

/** Starts paying a renewal; the page then goes to the payment provider. */
export function useStartRenewal() {
  return useMutation({
    mutationFn: (passNumber: string | undefined) =>
      ok(api.POST('/me/pass/renewals', { body: passNumber ? { passNumber } : {} })),
  });
}

/** The renewal the resident comes back from (after paying); the pass is read again once it is paid. */
export function useRenewal(renewalId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['me', 'renewal', renewalId],
    enabled: renewalId !== null,
    queryFn: async ({ signal }) => {
      const renewal = await ok(
        api.GET('/me/pass/renewals/{renewalId}', { params: { path: { renewalId: renewalId! } }, signal }),
      );
      if (renewal.status === 'paid') {
        void queryClient.invalidateQueries({ queryKey: ['me', 'pass'] });
        void queryClient.invalidateQueries({ queryKey: ['me', 'renewal-options'] });
      }
      return renewal;
    },
    // While the payment is open, ask again now and then: the provider's webhook may come later.
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 3000 : false),
  });
}

export function useHousehold() {
  return useQuery({
    queryKey: ['me', 'household'],
    queryFn: ({ signal }) => ok(api.GET('/me/household', { signal })),
  });
}

export function useInvitePartner() {
  return useMutation({
    mutationFn: (passNumber: string) => ok(api.POST('/me/household/partner-invitations', { body: { passNumber } })),
  });
}

/** Accept (true) or decline/end (false) a partner link; the household and the pass are read again. */
export function usePartnerLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId, accept }: { linkId: string; accept: boolean }) =>
      accept
        ? ok(api.PUT('/me/household/partner-links/{linkId}/acceptance', { params: { path: { linkId } } }))
        : ok(api.DELETE('/me/household/partner-links/{linkId}', { params: { path: { linkId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
