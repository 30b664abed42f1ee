import { useMutation } from '@tanstack/react-query';
import { api, ok } from '../../../lib/api/client.ts';

/** Is this pass valid today? The answer is yes or no, nothing more. */
export function useCheckMembership() {
  return useMutation({
    mutationFn: (passIdentifier: string) => ok(api.POST('/membership-checks', { body: { passIdentifier } })),
  });
}
