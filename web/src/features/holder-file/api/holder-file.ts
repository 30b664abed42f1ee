import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type HolderFile = ApiJson<'getHolderFile'>;
export type HolderCorrection = ApiBody<'correctHolderDetails'>;

const key = (holderId: string) => ['holder-file', holderId];

export function useHolderFile(holderId: string) {
  return useQuery({
    queryKey: key(holderId),
    queryFn: ({ signal }) => ok(api.GET('/holder-files/{holderId}', { params: { path: { holderId } }, signal })),
  });
}

export function useCorrectHolder(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HolderCorrection) =>
      ok(api.PATCH('/holder-files/{holderId}', { params: { path: { holderId } }, body })),
    onSuccess: (file) => {
      queryClient.setQueryData(key(holderId), file);
      return queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
}

export function useAddNote(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      ok(api.POST('/holder-files/{holderId}/notes', { params: { path: { holderId } }, body: { body } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(holderId) }),
  });
}

export function useEraseHolder(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST('/holder-files/{holderId}/erasure', { params: { path: { holderId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key(holderId) }),
        queryClient.invalidateQueries({ queryKey: ['admin'] }),
      ]),
  });
}

export type HolderRenewalInput = ApiBody<'renewHolderPass'>;

/** Renew a paid pass, paid by pin or cash at a sales point (booked as a desk sale there). */
export function useRenewPass(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HolderRenewalInput) =>
      ok(api.POST('/holder-files/{holderId}/renewals', { params: { path: { holderId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(holderId) }),
  });
}

export type BlockReason = ApiBody<'blockHolderPass'>['reason'];

/**
 * Block, replace or unblock one of the holder's passes through the file's endpoints: the passes
 * module's rule, written to the holder's audit.
 */
export function usePassAction(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      action,
      passId,
      reason,
    }: {
      action: 'block' | 'replace' | 'unblock';
      passId: string;
      reason: BlockReason;
    }): Promise<{ number?: string; newPassNumber?: string }> => {
      const params = { path: { holderId, passId } };
      if (action === 'block')
        return ok(api.PUT('/holder-files/{holderId}/passes/{passId}/block', { params, body: { reason } }));
      if (action === 'unblock') return ok(api.DELETE('/holder-files/{holderId}/passes/{passId}/block', { params }));
      return ok(api.POST('/holder-files/{holderId}/passes/{passId}/replacement', { params, body: { reason } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(holderId) }),
  });
}
