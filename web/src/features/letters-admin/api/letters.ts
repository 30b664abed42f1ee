import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type MessageTemplate = ApiJson<'listMessageTemplates'>['items'][number];
export type TemplateText = ApiBody<'putMessageTemplate'>;

const TEMPLATES = ['message-templates'];

export function useLetterBatches() {
  return useQuery({
    queryKey: ['letter-batches'],
    queryFn: ({ signal }) => ok(api.GET('/letter-batches', { signal })),
  });
}

export function useMessageTemplates() {
  return useQuery({ queryKey: TEMPLATES, queryFn: ({ signal }) => ok(api.GET('/message-templates', { signal })) });
}

export function useSaveTemplate(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TemplateText) => ok(api.PUT('/message-templates/{key}', { params: { path: { key } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TEMPLATES }),
  });
}

export function useResetTemplate(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.DELETE('/message-templates/{key}', { params: { path: { key } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TEMPLATES }),
  });
}

export function usePreviewTemplate(key: string) {
  return useMutation({
    mutationFn: (body: TemplateText) =>
      ok(api.POST('/message-templates/{key}/preview', { params: { path: { key } }, body })),
  });
}
