import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api, apiHeaders, networkError, ok, problemError, type ApiJson } from '../../../lib/api/client.ts';

export type ImportRun = ApiJson<'getIncomeImport'>;

/** Sends the export as it is (the server decodes Windows-1252 or UTF-8). */
export async function sendImport(file: File, dryRun: boolean): Promise<ImportRun> {
  const query = new URLSearchParams({ fileName: file.name, dryRun: String(dryRun) });
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/income-imports?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...apiHeaders(), 'Content-Type': 'text/csv' },
      body: file,
    });
  } catch {
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemError(response, body);
  return body as ImportRun;
}

export function useSendImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => sendImport(file, dryRun),
    onSuccess: (run) => queryClient.setQueryData(['income-imports', run.id], run),
  });
}

/** One run; while it runs, asked again every second for the progress bar. */
export function useImportRun(runId: string | null) {
  return useQuery({
    queryKey: ['income-imports', runId],
    queryFn: ({ signal }) => ok(api.GET('/income-imports/{runId}', { params: { path: { runId: runId! } }, signal })),
    enabled: runId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}
