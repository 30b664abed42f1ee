import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody } from '../../../lib/api/client.ts';

export type ReplacementReason = ApiBody<'replaceMyPass'>['reason'];

/** Blocks my pass (or my child's) and gives a new one; everything on "Mijn pas" is read again. */
export function useReplaceMyPass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiBody<'replaceMyPass'>) => ok(api.POST('/me/pass/replacement', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
