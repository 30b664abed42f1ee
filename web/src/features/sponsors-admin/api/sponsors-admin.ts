import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

/** The pass organisation's sponsors screen: pledges with what was received, receipts, website. */
export type Pledge = ApiJson<'listSponsorPledges'>['items'][number];
export type Renewal = ApiJson<'listSponsorRenewals'>['items'][number];

const key = ['sponsors-admin'] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['action-budget'] });
    void queryClient.invalidateQueries({ queryKey: ['sponsor-publicity'] });
  };
}

export function usePledges() {
  return useQuery({
    queryKey: [...key, 'pledges'],
    queryFn: ({ signal }) => ok(api.GET('/sponsor-pledges', { params: { query: { page: 1, pageSize: 100 } }, signal })),
    staleTime: 0,
  });
}

export function useCreatePledge() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'createSponsorPledge'>) => ok(api.POST('/sponsor-pledges', { body })),
    onSuccess: refresh,
  });
}

export function useReceipt(pledgeId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'receiveSponsorContribution'>) =>
      ok(api.POST('/sponsor-pledges/{pledgeId}/receipts', { params: { path: { pledgeId } }, body })),
    onSuccess: refresh,
  });
}

export function useUpdateSponsor(sponsorId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'updateSponsor'>) =>
      ok(api.PATCH('/sponsors/{sponsorId}', { params: { path: { sponsorId } }, body })),
    onSuccess: refresh,
  });
}

/** Yearly pledges whose contribution for this year or next is not confirmed yet. */
export function useRenewals() {
  return useQuery({
    queryKey: [...key, 'renewals'],
    queryFn: ({ signal }) => ok(api.GET('/sponsor-renewals', { signal })),
    staleTime: 0,
  });
}

/** Confirms (renews) one year of a yearly pledge; twice records it once. */
export function useConfirmYear(pledgeId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'confirmSponsorPledgeYear'>) =>
      ok(api.POST('/sponsor-pledges/{pledgeId}/years', { params: { path: { pledgeId } }, body })),
    onSuccess: refresh,
  });
}

/** Stops (or starts again) the yearly recurrence of a pledge. */
export function useChangePledge(pledgeId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'updateSponsorPledge'>) =>
      ok(api.PATCH('/sponsor-pledges/{pledgeId}', { params: { path: { pledgeId } }, body })),
    onSuccess: refresh,
  });
}

/** Approved partner initiatives a business can adopt. */
export function useInitiatives() {
  return useQuery({
    queryKey: [...key, 'initiatives'],
    queryFn: async ({ signal }) => {
      const { items } = await ok(api.GET('/partners', { signal }));
      return items.filter((p) => p.status === 'approved');
    },
    staleTime: 60_000,
  });
}

/** Per sponsor: promised, received, earmarked apart (a co-owner: only its own members). */
export function useSponsorOverview() {
  return useQuery({
    queryKey: [...key, 'overview'],
    queryFn: ({ signal }) => ok(api.GET('/sponsor-overview', { signal })),
  });
}

/** The campaign calendar of this year, read-only. */
export function useCampaignCalendar() {
  return useQuery({
    queryKey: ['co-owner', 'campaigns'],
    queryFn: ({ signal }) => ok(api.GET('/campaigns', { signal })),
  });
}

/** The game plan board, read-only. */
export function useGamePlanBoard() {
  return useQuery({
    queryKey: ['co-owner', 'game-plan'],
    queryFn: ({ signal }) => ok(api.GET('/game-plan-actions', { signal })),
  });
}
