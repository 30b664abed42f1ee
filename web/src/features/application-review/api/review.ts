import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type ReviewApplication = ApiJson<'getApplication'>;
export type ApplicationSummary = ApiItem<'listApplications'>;
export type ReviewFilter = {
  status?: ApplicationSummary['status'] | '';
  ground?: ApplicationSummary['ground'] | '';
  assignedTo?: string;
};

const queueKey = ['applications'] as const;

export function useReviewQueue(filter: ReviewFilter, page: number) {
  return useQuery({
    queryKey: [...queueKey, filter, page],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/applications', {
          params: {
            query: {
              page,
              pageSize: 20,
              ...(filter.status ? { status: filter.status } : {}),
              ...(filter.ground ? { ground: filter.ground } : {}),
              ...(filter.assignedTo ? { assignedTo: filter.assignedTo } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useApplication(applicationId: string) {
  return useQuery({
    queryKey: [...queueKey, 'one', applicationId],
    queryFn: ({ signal }) =>
      ok(api.GET('/applications/{applicationId}', { params: { path: { applicationId } }, signal })),
    staleTime: 0,
  });
}

export function useReviewers() {
  return useQuery({
    queryKey: ['application-reviewers'],
    queryFn: ({ signal }) => ok(api.GET('/application-reviewers', { signal })),
  });
}

function useReviewMutation<T>(applicationId: string, call: (input: T) => Promise<ReviewApplication>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (application) => queryClient.setQueryData([...queueKey, 'one', applicationId], application),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKey }),
  });
}

const path = (applicationId: string) => ({ params: { path: { applicationId } } });

export const useAssign = (applicationId: string) =>
  useReviewMutation(applicationId, (reviewerId: string | null) =>
    ok(api.PUT('/applications/{applicationId}/assignment', { ...path(applicationId), body: { reviewerId } })),
  );

export const useAskInformation = (applicationId: string) =>
  useReviewMutation(applicationId, (message: string) =>
    ok(api.POST('/applications/{applicationId}/information-requests', { ...path(applicationId), body: { message } })),
  );

export const useDecide = (applicationId: string) =>
  useReviewMutation(applicationId, (body: ApiBody<'decideApplication'>) =>
    ok(api.POST('/applications/{applicationId}/decision', { ...path(applicationId), body })),
  );

export const evidenceUrl = (applicationId: string, evidenceId: string) =>
  `${API_BASE}/applications/${encodeURIComponent(applicationId)}/evidence/${encodeURIComponent(evidenceId)}`;
