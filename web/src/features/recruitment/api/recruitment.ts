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

export type Lead = ApiItem<'listRecruitmentLeads'>;
export type LeadStage = Lead['stage'];
export type NewLead = ApiBody<'createRecruitmentLead'>;
export type StageChange = ApiBody<'changeRecruitmentLeadStage'>;
export type GapMatrix = ApiJson<'getRecruitmentGapMatrix'>;
export type BoardContext = ApiJson<'getRecruitmentBoard'>;
export type ImportResult = ApiJson<'importRecruitmentLeads'>;
export type Campaign = ApiItem<'listCampaigns'>;
export type CampaignInput = ApiBody<'createCampaign'>;

export const STAGES: LeadStage[] = ['lead', 'first_conversation', 'follow_up', 'joined', 'not_now'];

export function useBoard() {
  return useQuery({
    queryKey: ['recruitment', 'board'],
    queryFn: ({ signal }) => ok(api.GET('/recruitment-board', { signal })),
  });
}

export function useLeads(filter: { stage?: LeadStage | undefined; wijkCode?: string | undefined }) {
  return useQuery({
    queryKey: ['recruitment', 'leads', filter],
    queryFn: ({ signal }) => ok(api.GET('/recruitment-leads', { params: { query: filter }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useGapMatrix() {
  return useQuery({
    queryKey: ['recruitment', 'gap-matrix'],
    queryFn: ({ signal }) => ok(api.GET('/recruitment-gap-matrix', { signal })),
  });
}

export function useLeadMap() {
  return useQuery({
    queryKey: ['recruitment', 'lead-map'],
    queryFn: ({ signal }) => ok(api.GET('/recruitment-lead-map', { signal })),
  });
}

export function useCreateLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewLead) => ok(api.POST('/recruitment-leads', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['recruitment'] }),
  });
}

export function useChangeStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ leadId, body }: { leadId: string; body: StageChange }) =>
      ok(api.POST('/recruitment-leads/{leadId}/stage-changes', { params: { path: { leadId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['recruitment'] }),
  });
}

/** Sends the CSV file as it is (the server decodes Windows-1252 or UTF-8). */
export async function sendLeadImport(file: File, dryRun: boolean): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/recruitment-lead-imports?dryRun=${String(dryRun)}`, {
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
  return body as ImportResult;
}

export function useLeadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => sendLeadImport(file, dryRun),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: ['recruitment'] });
    },
  });
}

export function useCampaigns(year: number) {
  return useQuery({
    queryKey: ['campaigns', year],
    queryFn: ({ signal }) => ok(api.GET('/campaigns', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignInput) => ok(api.POST('/campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}

export const posterUrl = (routeId: string, size: 'A3' | 'A5') =>
  `${API_BASE}/promotion-materials/routes/${routeId}/poster.pdf?size=${size}`;
export const wijkPosterUrl = (wijkCode: string, size: 'A3' | 'A5') =>
  `${API_BASE}/promotion-materials/wijken/${wijkCode}/poster.pdf?size=${size}`;

export type StilleKracht = ApiItem<'listStilleKrachten'>;
export type RelationshipNote = ApiItem<'listRelationshipNotes'>;
export type NewRelationshipNote = ApiBody<'addRelationshipNote'>;
export const NOTE_KINDS: RelationshipNote['kind'][] = ['contact', 'agreement', 'history'];

export function useStilleKrachten() {
  return useQuery({
    queryKey: ['stille-krachten'],
    queryFn: ({ signal }) => ok(api.GET('/stille-krachten', { signal })),
  });
}

export function useRelationshipNotes(providerId: string) {
  return useQuery({
    queryKey: ['stille-krachten', providerId, 'notes'],
    queryFn: ({ signal }) =>
      ok(api.GET('/providers/{providerId}/relationship-notes', { params: { path: { providerId } }, signal })),
  });
}

export function useAddRelationshipNote(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRelationshipNote) =>
      ok(api.POST('/providers/{providerId}/relationship-notes', { params: { path: { providerId } }, body })),
    onSuccess: (data) => {
      queryClient.setQueryData(['stille-krachten', providerId, 'notes'], data);
      void queryClient.invalidateQueries({ queryKey: ['stille-krachten'], exact: true });
    },
  });
}
