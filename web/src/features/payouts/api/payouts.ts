import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, ApiError, apiRequest, queryString, type InvalidParam, type Paged } from '../../../lib/api-client.ts';

export type SettlementStatus = 'pending' | 'paid';

export interface Settlement {
  id: string;
  runId: string;
  provider: { id: string; name: string };
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  creditorName: string;
  creditorIban: string;
  status: SettlementStatus;
  paidOn: string | null;
  paymentSource: 'bank_statement' | 'manual' | null;
  createdAt: string;
}

export interface RunSummary {
  id: string;
  periodStart: string;
  periodEnd: string;
  createdAt: string;
}

export interface Run extends RunSummary {
  debtorName: string;
  debtorIban: string | null;
  settlementCount: number;
  totalCents: number;
  paidCount: number;
  settlements: Settlement[];
  blockedProviders: { provider: { id: string; name: string }; amountCents: number; reason: string }[];
}

export interface ProviderSettlement {
  id: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  creditorIban: string;
  status: SettlementStatus;
  paidOn: string | null;
  createdAt: string;
}

export interface BankAccount {
  iban: string | null;
  bic: string | null;
  accountHolderName: string | null;
  updatedAt: string | null;
}

export interface StatementResult {
  paid: { settlementId: string; amountCents: number }[];
  alreadyPaid: { settlementId: string; amountCents: number }[];
  unmatched: { endToEndId: string | null; amountCents: number | null; reason: string }[];
}

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
      apiRequest<Paged<RunSummary>>(`/settlement-runs${queryString({ page, pageSize: RUNS_PAGE_SIZE })}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useSettlementRun(runId: string) {
  return useQuery({
    queryKey: [...runsKey, 'run', runId],
    queryFn: ({ signal }) => apiRequest<Run>(`/settlement-runs/${encodeURIComponent(runId)}`, { signal }),
    staleTime: 0,
  });
}

export function useCreateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: { periodStart: string; periodEnd: string } | null) =>
      apiRequest<Run>('/settlement-runs', { method: 'POST', body: period ?? {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runsKey }),
  });
}

export function useConfirmPayment(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { settlementId: string; paidOn?: string; reference?: string }) =>
      apiRequest<Settlement>(`/settlements/${encodeURIComponent(input.settlementId)}/payment-confirmation`, {
        method: 'POST',
        body: {
          ...(input.paidOn ? { paidOn: input.paidOn } : {}),
          ...(input.reference ? { reference: input.reference } : {}),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...runsKey, 'run', runId] }),
  });
}

/** The camt.053 file goes up as XML, as it is. */
async function uploadStatement(runId: string, xml: string): Promise<StatementResult> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/settlement-runs/${encodeURIComponent(runId)}/bank-statements`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/xml', 'Accept': 'application/json, application/problem+json' },
      body: xml,
    });
  } catch {
    throw new ApiError({ status: 0, title: 'Network error' });
  }
  const data = (await response.json().catch(() => ({}))) as StatementResult & {
    type?: string;
    title?: string;
    detail?: string;
    invalidParams?: InvalidParam[];
  };
  if (!response.ok) throw new ApiError({ status: response.status, ...data });
  return data;
}

export function useUploadStatement(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (xml: string) => uploadStatement(runId, xml),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...runsKey, 'run', runId] }),
  });
}

const providerPath = (providerId: string) => `/providers/${encodeURIComponent(providerId)}`;

export function useBankAccount(providerId: string) {
  return useQuery({
    queryKey: ['provider', providerId, 'bank-account'],
    queryFn: ({ signal }) => apiRequest<BankAccount>(`${providerPath(providerId)}/bank-account`, { signal }),
    staleTime: 0,
  });
}

export function useSaveBankAccount(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { iban: string; bic?: string; accountHolderName: string }) =>
      apiRequest<BankAccount>(`${providerPath(providerId)}/bank-account`, { method: 'PUT', body: input }),
    onSuccess: (data) => queryClient.setQueryData(['provider', providerId, 'bank-account'], data),
  });
}

export function useProviderSettlements(providerId: string, page: number) {
  return useQuery({
    queryKey: ['provider', providerId, 'settlements', page],
    queryFn: ({ signal }) =>
      apiRequest<Paged<ProviderSettlement>>(
        `${providerPath(providerId)}/settlements${queryString({ page, pageSize: 20 })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
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
