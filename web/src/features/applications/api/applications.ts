import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  API_BASE,
  api,
  apiHeaders,
  networkError,
  ok,
  problemError,
  type ApiBody,
  type ApiJson,
} from '../../../lib/api/client.ts';

export type Application = ApiJson<'getApplication'>;
export type NewApplication = ApiBody<'createApplication'>;
export type Evidence = ApiJson<'addApplicationEvidence'>;

/** Largest evidence file the server takes: 10 MB. Checked here too, so nobody waits for a refusal. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const myApplicationsKey = ['me', 'applications'] as const;

export function useMyApplications(enabled = true) {
  return useQuery({
    queryKey: myApplicationsKey,
    queryFn: ({ signal }) => ok(api.GET('/me/applications', { signal })),
    enabled,
    staleTime: 0,
  });
}

/** The published schemes that grant the pass, cheapest first: the application chooses one, which sets the price. */
export function usePassSchemes() {
  return useQuery({
    queryKey: ['schemes', 'pass-granting'],
    queryFn: async ({ signal }) => {
      const { items } = await ok(api.GET('/schemes', { params: { query: { audience: 'residents' } }, signal }));
      return items
        .filter((s) => s.grantsPass && s.passPriceCents !== null)
        .map((s) => ({ id: s.id, title: s.title, passPriceCents: s.passPriceCents ?? 0 }))
        .sort((a, b) => a.passPriceCents - b.passPriceCents || a.title.localeCompare(b.title));
    },
  });
}

/** Starts the payment of a reduced-price pass (the sales module's order) and goes to the checkout. */
export function usePayReducedPass() {
  return useMutation({
    mutationFn: (orderId: string) => ok(api.POST('/pass-orders/{orderId}/payments', { params: { path: { orderId } } })),
    onSuccess: (created) => window.location.assign(created.checkoutUrl),
  });
}

export function useRequestApplicantLink() {
  return useMutation({
    mutationFn: (body: ApiBody<'createApplicantAccount'>) => ok(api.POST('/applicant-accounts', { body })),
  });
}

/** The raw file goes up as the body; the server reads its real type from its first bytes. */
export async function uploadEvidence(applicationId: string, file: File): Promise<Evidence> {
  const url = `${API_BASE}/applications/${encodeURIComponent(applicationId)}/evidence?fileName=${encodeURIComponent(file.name)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...apiHeaders(), 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemError(response, body);
  return body as Evidence;
}

export const evidenceUrl = (applicationId: string, evidenceId: string) =>
  `${API_BASE}/applications/${encodeURIComponent(applicationId)}/evidence/${encodeURIComponent(evidenceId)}`;

/** Sends the application, then each file; the application exists even if a file is refused. */
export function useApply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ application, files }: { application: NewApplication; files: File[] }) => {
      const created = await ok(api.POST('/applications', { body: application }));
      for (const file of files) await uploadEvidence(created.id, file);
      return created;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: myApplicationsKey }),
  });
}

export function useAddEvidence(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadEvidence(applicationId, file),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myApplicationsKey }),
  });
}

export function useAnswer(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: string) =>
      ok(api.POST('/applications/{applicationId}/answers', { params: { path: { applicationId } }, body: { message } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myApplicationsKey }),
  });
}

export function useWithdraw(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST('/applications/{applicationId}/withdrawal', { params: { path: { applicationId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myApplicationsKey }),
  });
}
