import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type Partner = ApiJson<'decidePartner'>;
export type SupportRound = ApiJson<'createSupportRound'>;
export type SupportApplication = ApiJson<'getSupportApplication'>;
export type PartnerSignUp = ApiBody<'signUpPartner'>;
export type NewApplication = ApiBody<'createSupportApplication'>;
export type NewRound = ApiBody<'createSupportRound'>;
export type Decision = ApiBody<'decideSupportApplication'>;
export type Report = ApiBody<'reportSupportApplication'>;

const key = ['partners'] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useSignUpPartner() {
  return useMutation({ mutationFn: (body: PartnerSignUp) => ok(api.POST('/partners', { body })) });
}

export function useSupportRounds() {
  return useQuery({
    queryKey: [...key, 'rounds'],
    queryFn: ({ signal }) => ok(api.GET('/support-rounds', { signal })),
  });
}

export function useCurrentPartner() {
  return useQuery({
    queryKey: [...key, 'current'],
    queryFn: ({ signal }) => ok(api.GET('/partners/current', { signal })),
    staleTime: 0,
  });
}

export function useApply() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewApplication) => ok(api.POST('/support-applications', { body })),
    onSuccess: refresh,
  });
}

export function useReport(applicationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Report) =>
      ok(api.POST('/support-applications/{applicationId}/report', { params: { path: { applicationId } }, body })),
    onSuccess: refresh,
  });
}

export function usePartners() {
  return useQuery({
    queryKey: [...key, 'all'],
    queryFn: ({ signal }) => ok(api.GET('/partners', { signal })),
    staleTime: 0,
  });
}

export function useDecidePartner() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ partnerId, approve }: { partnerId: string; approve: boolean }) =>
      ok(api.POST('/partners/{partnerId}/decision', { params: { path: { partnerId } }, body: { approve } })),
    onSuccess: refresh,
  });
}

export function useApplications() {
  return useQuery({
    queryKey: [...key, 'applications'],
    queryFn: ({ signal }) => ok(api.GET('/support-applications', { signal })),
    staleTime: 0,
  });
}

export function useDecideApplication(applicationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Decision) =>
      ok(api.POST('/support-applications/{applicationId}/decision', { params: { path: { applicationId } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateRound() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewRound) => ok(api.POST('/support-rounds', { body })),
    onSuccess: refresh,
  });
}

export type Pact = ApiJson<'getPact'>;

export function usePacts() {
  return useQuery({
    queryKey: [...key, 'pacts'],
    queryFn: ({ signal }) => ok(api.GET('/pacts', { signal })),
    staleTime: 0,
  });
}

export function useCreatePact() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'createPact'>) => ok(api.POST('/pacts', { body })),
    onSuccess: refresh,
  });
}

export function useRenewPact(pactId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'renewPact'>) =>
      ok(api.POST('/pacts/{pactId}/renewal', { params: { path: { pactId } }, body })),
    onSuccess: refresh,
  });
}

export function useEndPact(pactId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'endPact'>) =>
      ok(api.POST('/pacts/{pactId}/end', { params: { path: { pactId } }, body })),
    onSuccess: refresh,
  });
}

export type AppreciationQuota = ApiJson<'listAppreciationQuotas'>['items'][number];

export function useQuotas() {
  return useQuery({
    queryKey: [...key, 'quotas'],
    queryFn: ({ signal }) => ok(api.GET('/appreciation-quotas', { signal })),
    staleTime: 0,
  });
}

export function useCodes(quotaId: string) {
  return useQuery({
    queryKey: [...key, 'quotas', quotaId, 'codes'],
    queryFn: ({ signal }) =>
      ok(api.GET('/appreciation-quotas/{quotaId}/codes', { params: { path: { quotaId } }, signal })),
    staleTime: 0,
  });
}

export function useCreateQuota() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'createAppreciationQuota'>) => ok(api.POST('/appreciation-quotas', { body })),
    onSuccess: refresh,
  });
}

export function useMakeCode(quotaId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (label: string) =>
      ok(
        api.POST('/appreciation-quotas/{quotaId}/codes', {
          params: { path: { quotaId } },
          body: label ? { label } : {},
        }),
      ),
    onSuccess: refresh,
  });
}

export function useActivate() {
  return useMutation({
    mutationFn: (body: ApiBody<'activateAppreciationCode'>) => ok(api.POST('/appreciation-codes/activation', { body })),
  });
}

export function useTop30() {
  return useQuery({
    queryKey: [...key, 'top30'],
    queryFn: ({ signal }) => ok(api.GET('/top30', { signal })),
  });
}

export function useNominate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'nominateTop30'>) => ok(api.POST('/top30/nominations', { body })),
    onSuccess: refresh,
  });
}
