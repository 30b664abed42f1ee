import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { todayInNetherlands } from '../../../lib/format.ts';
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

export type CreditScheme = ApiJson<'getCreditScheme'>;
export type NewCreditScheme = ApiBody<'createCreditScheme'>;
export type PassCategory = CreditScheme['eligiblePassCategories'][number];
export const PASS_CATEGORIES: PassCategory[] = ['regular', 'low_income', 'carer', 'child'];
export type Funding = ApiJson<'fundCreditScheme'>;
export type Load = ApiJson<'loadCredit'>;
export type Expiry = ApiJson<'expireCredit'>;
export type BulkLoadReport = ApiJson<'bulkLoadCredit'>;
export type RowError = BulkLoadReport['errors'][number];

export const SCHEMES_PAGE_SIZE = 20;
const schemesKey = ['credit-schemes'] as const;

export function useCreditSchemes(page: number) {
  return useQuery({
    queryKey: [...schemesKey, 'list', page],
    queryFn: ({ signal }) =>
      ok(api.GET('/credit-schemes', { params: { query: { page, pageSize: SCHEMES_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCreditScheme(schemeId: string) {
  return useQuery({
    queryKey: [...schemesKey, 'one', schemeId],
    queryFn: ({ signal }) => ok(api.GET('/credit-schemes/{schemeId}', { params: { path: { schemeId } }, signal })),
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
    mutationFn: (scheme: NewCreditScheme) => ok(api.POST('/credit-schemes', { body: scheme })),
    onSuccess: refresh,
  });
}

export function useFundScheme(schemeId: string) {
  const refresh = useRefreshSchemes();
  return useMutation({
    mutationFn: (input: ApiBody<'fundCreditScheme'>) =>
      ok(api.POST('/credit-schemes/{schemeId}/fundings', { params: { path: { schemeId } }, body: input })),
    onSuccess: refresh,
  });
}

export function useLoadCredit(schemeId: string) {
  const refresh = useRefreshSchemes();
  return useMutation({
    mutationFn: (input: ApiBody<'loadCredit'>) =>
      ok(api.POST('/credit-schemes/{schemeId}/loads', { params: { path: { schemeId } }, body: input })),
    onSuccess: refresh,
  });
}

export function useExpireScheme() {
  const refresh = useRefreshSchemes();
  return useMutation({
    mutationFn: (schemeId: string) =>
      ok(api.POST('/credit-schemes/{schemeId}/expiry', { params: { path: { schemeId } } })),
    onSuccess: refresh,
  });
}

export function useRefreshAfterBulkLoad() {
  return useRefreshSchemes();
}

/**
 * Sends the CSV file with XMLHttpRequest, because fetch cannot report upload progress.
 * `onUploadProgress` gets (sent, total) while the file goes up; `onUploaded` once all of it is
 * sent and the server is checking or booking. Errors are ApiError, like the typed client's.
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
    const query = new URLSearchParams({ dryRun: String(options.dryRun) });
    if (options.reference) query.set('reference', options.reference);
    xhr.open('POST', `${API_BASE}/credit-schemes/${encodeURIComponent(schemeId)}/bulk-loads?${query.toString()}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'text/csv');
    for (const [name, value] of Object.entries(apiHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onUploadProgress?.(event.loaded, event.total);
    };
    xhr.upload.onload = () => options.onUploaded?.();
    xhr.onerror = () => reject(networkError());
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
        const headers = new Headers();
        const language = xhr.getResponseHeader('Content-Language');
        if (language) headers.set('Content-Language', language);
        reject(problemError(new Response(null, { status: xhr.status, headers }), data));
      }
    };
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/** The whole ledger, for the municipality's books (see docs/ledger.md). */
export const ledgerExportUrl = (format: 'csv' | 'json' | 'settlements-csv') =>
  `${API_BASE}/admin/ledger-export?format=${format}`;

/** Credit can be spent on its last day (in the Netherlands), and expires after it. */
export { todayInNetherlands };

export const hasEnded = (scheme: { validUntil: string }, today = todayInNetherlands()) => today > scheme.validUntil;
