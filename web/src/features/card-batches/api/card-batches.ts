import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type CardBatchList = ApiJson<'listCardBatches'>;
export type NewCardBatch = ApiBody<'createCardBatch'>;

const KEY = ['card-batches'];

export function useCardBatches() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => ok(api.GET('/card-batches', { signal })) });
}

export function useCreateCardBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCardBatch) => ok(api.POST('/card-batches', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMarkSent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) =>
      ok(api.POST('/card-batches/{batchId}/dispatch', { params: { path: { batchId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
