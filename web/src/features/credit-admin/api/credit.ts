import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, ApiError, apiRequest, queryString, type InvalidParam, type Paged } from '../../../lib/api-client.ts';

export type PassCategory = 'regular' | 'low_income' | 'carer' | 'child';
export const PASS_CATEGORIES: PassCategory[] = ['regular', 'low_income', 'carer', 'child'];

export interface CreditScheme {
  id: string;
  name: string;
  description: string;
  amountPerPassCents: number;
  eligiblePassCategories: PassCategory[];
  spendableOfferCategories: string[];
  validUntil: string;
  fundBalanceCents: number;
  outstandingCreditCents: number;
  passesWithCredit: number;
  createdAt: string;
}

export interface NewCreditScheme {
  name: string;
  description?: string;
  amountPerPassCents: number;
  eligiblePassCategories: PassCategory[];
  spendableOfferCategories: string[];
  validUntil: string;
  budgetCents?: number;
}

export interface Booking {
  entryId: string;
  created: boolean;
  amountCents: number;
}
export interface Funding extends Booking {
  fundBalanceCents: number;
}
export interface Load extends Booking {
  passNumber: string;
  balanceCents: number;
}
export interface Expiry {
  schemeId: string;
  expiredPassCount: number;
  expiredCents: number;
}

export interface RowError {
  row: number;
  column: string | null;
  code: string;
  reason: string;
}

export interface BulkLoadReport {
  dryRun: boolean;
  reference: string;
  rowCount: number;
  validRowCount: number;
  totalCents: number;
  alreadyBookedCount: number;
  bookedCount: number;
  errors: RowError[];
}

export const SCHEMES_PAGE_SIZE = 20;
const schemesKey = ['credit-schemes'] as const;

export function useCreditSchemes(page: number) {
  return useQuery({
    queryKey: [...schemesKey, 'list', page],
    queryFn: ({ signal }) =>
      apiRequest<Paged<CreditScheme>>(`/credit-schemes${queryString({ page, pageSize: SCHEMES_PAGE_SIZE })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCreditScheme(schemeId: string) {
  return useQuery({
    queryKey: [...schemesKey, 'one', schemeId],
    queryFn: ({ signal }) => apiRequest<CreditScheme>(`/credit-schemes/${encodeURIComponent(schemeId)}`, { signal }),
    staleTime: 0,
  });
}

/** After any booking the totals of every scheme may have changed. */
function useRefreshSchemes() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: schemesKey });
}

export function useCreateScheme() {
  const refresh = useRefreshSchemes();
  return useMutation({
    mutationFn: (scheme: NewCreditScheme) =>
      apiRequest<CreditScheme>('/credit-schemes', { method: 'POST', body: scheme }),
    onSuccess: refresh,
  });
}

export function useFundScheme(schemeId: string) {
  const refresh = useRefreshSchemes();
  return useMutation({
    mutationFn: (input: { amountCents: number; reference: string }) =>
      apiRequest<Funding>(`/credit-schemes/${encodeURIComponent(schemeId)}/fundings`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}

export function useLoadCredit(schemeId: string) {
  const refresh = useRefreshSchemes();
  return useMutation({
    mutationFn: (input: { passNumber: string; amountCents?: number; reference: string }) =>
      apiRequest<Load>(`/credit-schemes/${encodeURIComponent(schemeId)}/loads`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}

export function useExpireScheme() {
  const refresh = useRefreshSchemes();
  return useMutation({
    mutationFn: (schemeId: string) =>
      apiRequest<Expiry>(`/credit-schemes/${encodeURIComponent(schemeId)}/expiry`, { method: 'POST' }),
    onSuccess: refresh,
  });
}

export function useRefreshAfterBulkLoad() {
  return useRefreshSchemes();
}

/**
 * Sends the CSV file with XMLHttpRequest, because fetch cannot report upload progress.
 * `onUploadProgress` gets (sent, total) while the file goes up; `onUploaded` once all of it is
 * sent and the server is checking or booking. Errors are ApiError, like apiRequest's.
 */
export function sendBulkLoad(
  schemeId: string,
  file: Blob,
  options: {
    dryRun: boolean;
    reference?: string;
    onUploadProgress?: (sent: number, total: number) => void;
    onUploaded?: () => void;
    signal?: AbortSignal;
  },
): Promise<BulkLoadReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = `${API_BASE}/credit-schemes/${encodeURIComponent(schemeId)}/bulk-loads${queryString({ dryRun: String(options.dryRun), reference: options.reference })}`;
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onUploadProgress?.(event.loaded, event.total);
    };
    xhr.upload.onload = () => options.onUploaded?.();
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as BulkLoadReport);
      else {
        const problem = (data ?? {}) as {
          type?: string;
          title?: string;
          detail?: string;
          invalidParams?: InvalidParam[];
        };
        reject(new ApiError({ status: xhr.status, ...problem }));
      }
    };
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/** The whole ledger, for the municipality's books (see docs/ledger.md). */
export const ledgerExportUrl = (format: 'csv' | 'json' | 'settlements-csv') =>
  `${API_BASE}/admin/ledger-export${queryString({ format })}`;

/** Today in the Netherlands, 'YYYY-MM-DD': credit can be spent on its last day, and expires after it. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const hasEnded = (scheme: { validUntil: string }, today = todayInNetherlands()) => today > scheme.validUntil;
