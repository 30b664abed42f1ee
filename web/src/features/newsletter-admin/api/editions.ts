import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type Edition = ApiJson<'getNewsletterEdition'>;
export type EditionInput = ApiBody<'composeNewsletterEdition'>;
export interface PreviewFor {
  wijk?: string;
  route?: string;
  language?: 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';
}

export function useEditions() {
  return useQuery({
    queryKey: ['newsletter-editions'],
    queryFn: ({ signal }) => ok(api.GET('/newsletter-editions', { signal })),
  });
}

/** Subscribers whose address bounced hard: they get no newsletter until they subscribe again. */
export function useBounces() {
  return useQuery({
    queryKey: ['newsletter-bounces'],
    queryFn: ({ signal }) => ok(api.GET('/newsletter-bounces', { signal })),
  });
}

export function useEdition(editionId: string) {
  return useQuery({
    queryKey: ['newsletter-edition', editionId],
    queryFn: ({ signal }) =>
      ok(api.GET('/newsletter-editions/{editionId}', { params: { path: { editionId } }, signal })),
    // While it is being sent, the figures move on.
    refetchInterval: (query) => (query.state.data?.status === 'sending' ? 2000 : false),
  });
}

export function usePreview(editionId: string, previewFor: PreviewFor) {
  return useQuery({
    queryKey: ['newsletter-preview', editionId, previewFor],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/newsletter-editions/{editionId}/preview', {
          params: { path: { editionId }, query: previewFor },
          signal,
        }),
      ),
  });
}

export function useCompose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EditionInput) => ok(api.POST('/newsletter-editions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['newsletter-editions'] }),
  });
}

export function useSend(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST('/newsletter-editions/{editionId}/sending', { params: { path: { editionId } } })),
    onSuccess: (edition) => queryClient.setQueryData(['newsletter-edition', editionId], edition),
  });
}
