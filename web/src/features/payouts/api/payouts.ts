import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  API_BASE,
  api,
  apiHeaders,
  networkError,
  ok,
  problemError,
  type ApiBody,
  type ApiItem,
  type ApiJson,
} from '../../../lib/api/client.ts';

export type Run = ApiJson<'getSettlementRun'>;
export type RunSummary = ApiItem<'listSettlementRuns'>;
export type Settlement = Run['settlements'][number];
export type SettlementStatus = Settlement['status'];
export type StatementResult = ApiJson<'uploadSettlementBankStatement'>;

export const RUNS_PAGE_SIZE = 20;
const runsKey = ['settlement-runs'] as const;

export const sepaFileUrl = (runId: string) =>
  `${API_BASE}/settlement-runs/${encodeURIComponent(runId)}/sepa-credit-transfer`;
export const statementUrl = (settlementId: string) =>
  `${API_BASE}/settlements/${encodeURIComponent(settlementId)}/statement.pdf`;

export function useSettlementRuns(page: number) {
  return useQuery({
    queryKey: [...runsKey, 'list', page],
    queryFn: ({ signal }) =>
      ok(api.GET('/settlement-runs', { params: { query: { page, pageSize: RUNS_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useSettlementRun(runId: string) {
  return useQuery({
    queryKey: [...runsKey, 'run', runId],
    queryFn: ({ signal }) => ok(api.GET('/settlement-runs/{runId}', { params: { path: { runId } }, signal })),
    staleTime: 0,
  });
}

export function useCreateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: ApiBody<'createSettlementRun'> | null) =>
      ok(api.POST('/settlement-runs', { body: period ?? {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runsKey }),
  });
}

export function useConfirmPayment(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { settlementId: string; paidOn?: string; reference?: string }) =>
      ok(
        api.POST('/settlements/{settlementId}/payment-confirmation', {
          params: { path: { settlementId: input.settlementId } },
          body: {
            ...(input.paidOn ? { paidOn: input.paidOn } : {}),
            ...(input.reference ? { reference: input.reference } : {}),
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...runsKey, 'run', runId] }),
  });
}

/** The camt.053 file goes up as XML, as it is: a plain fetch, since the typed client sends JSON. */
async function uploadStatement(runId: string, xml: string): Promise<StatementResult> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/settlement-runs/${encodeURIComponent(runId)}/bank-statements`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...apiHeaders(), 'Content-Type': 'application/xml' },
      body: xml,
    });
  } catch {
    throw networkError();
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemError(response, data);
  return data as StatementResult;
}

export function useUploadStatement(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (xml: string) => uploadStatement(runId, xml),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...runsKey, 'run', runId] }),
  });
}

/** The last calendar month before today, as the server takes it without a body. */
export function lastMonth(today = new Date()): { periodStart: string; periodEnd: string } {
  const y = today.getFullYear();
  const m = today.getMonth(); // this month, 0-based
  const start = new Date(Date.UTC(y, m - 1, 1));
  const end = new Date(Date.UTC(y, m, 0));
  return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
}
