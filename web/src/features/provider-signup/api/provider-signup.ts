import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem } from '../../../lib/api/client.ts';

export type NewApplication = ApiBody<'createProviderApplication'>;
export type Application = ApiItem<'listProviderApplications'>;
export type ApplicationStatus = Application['status'];

export function useSignUp() {
  // No retry: a second POST would be a second sign-up.
  return useMutation({ mutationFn: (body: NewApplication) => ok(api.POST('/provider-applications', { body })) });
}

export function useApplications(status: ApplicationStatus | '', page: number) {
  return useQuery({
    queryKey: ['provider-applications', status, page],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/provider-applications', {
          params: { query: { page, pageSize: 20, ...(status ? { status } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

type Decision = { id: string } & (
  { kind: 'approval' } | { kind: 'declination' } | { kind: 'questions'; message: string }
);

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) => {
      const params = { path: { applicationId: decision.id } };
      if (decision.kind === 'approval')
        return ok(api.POST('/provider-applications/{applicationId}/approval', { params }));
      if (decision.kind === 'declination')
        return ok(api.POST('/provider-applications/{applicationId}/declination', { params }));
      return ok(
        api.POST('/provider-applications/{applicationId}/questions', { params, body: { message: decision.message } }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['provider-applications'] }),
  });
}
