import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type AdminScheme = ApiJson<'getAdminScheme'>;
export type SchemeInput = ApiBody<'createScheme'>;
export type SchemeReport = ApiItem<'listSchemeReports'>;
export type SchemeStatus = AdminScheme['status'];

export function useAdminSchemes() {
  return useQuery({
    queryKey: ['admin-schemes'],
    queryFn: ({ signal }) => ok(api.GET('/admin/schemes', { signal })),
  });
}

export function useAdminScheme(schemeId: string | undefined) {
  return useQuery({
    queryKey: ['admin-scheme', schemeId],
    enabled: Boolean(schemeId),
    queryFn: ({ signal }) =>
      ok(api.GET('/admin/schemes/{schemeId}', { params: { path: { schemeId: schemeId! } }, signal })),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['admin-schemes'] }),
      queryClient.invalidateQueries({ queryKey: ['admin-scheme'] }),
      queryClient.invalidateQueries({ queryKey: ['scheme-reports'] }),
      queryClient.invalidateQueries({ queryKey: ['schemes'] }),
    ]);
}

export function useSaveScheme(schemeId: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: SchemeInput) =>
      schemeId
        ? ok(api.PUT('/admin/schemes/{schemeId}', { params: { path: { schemeId } }, body }))
        : ok(api.POST('/admin/schemes', { body })),
    onSuccess: invalidate,
  });
}

export function useChangeStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { schemeId: string; status: SchemeStatus }) =>
      ok(
        api.POST('/admin/schemes/{schemeId}/status-changes', {
          params: { path: { schemeId: input.schemeId } },
          body: { status: input.status },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSchemeReports(schemeId: string | undefined) {
  return useQuery({
    queryKey: ['scheme-reports', schemeId ?? 'all'],
    queryFn: ({ signal }) =>
      ok(api.GET('/admin/scheme-reports', { params: { query: schemeId ? { schemeId } : {} }, signal })),
  });
}

export function useAnswerReport() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { reportId: string; answer: string }) =>
      ok(
        api.POST('/admin/scheme-reports/{reportId}/answers', {
          params: { path: { reportId: input.reportId } },
          body: { answer: input.answer },
        }),
      ),
    onSuccess: invalidate,
  });
}
