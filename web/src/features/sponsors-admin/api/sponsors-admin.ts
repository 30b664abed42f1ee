import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

/** The pass organisation's sponsors screen: pledges with what was received, receipts, website. */
export type Pledge = ApiJson<'listSponsorPledges'>['items'][number];

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
