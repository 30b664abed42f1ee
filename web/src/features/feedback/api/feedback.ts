import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type PublicSurvey = ApiJson<'getPublicSurvey'>;
export type SurveyQuestion = PublicSurvey['questions'][number];
export type SurveyAnswer = ApiBody<'answerSurvey'>;

export function usePublicSurvey(surveyId: string) {
  return useQuery({
    queryKey: ['public-survey', surveyId],
    queryFn: ({ signal }) => ok(api.GET('/surveys/{surveyId}', { params: { path: { surveyId } }, signal })),
  });
}

export function useAnswerSurvey(surveyId: string) {
  return useMutation({
    mutationFn: (body: SurveyAnswer) =>
      ok(api.POST('/surveys/{surveyId}/responses', { params: { path: { surveyId } }, body })),
  });
}

export function useMyVisits() {
  return useQuery({
    queryKey: ['my-visits'],
    queryFn: ({ signal }) => ok(api.GET('/me/offer-ratings', { signal })),
  });
}

export function useRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'rateOffer'>) => ok(api.POST('/me/offer-ratings', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-visits'] }),
  });
}

export function usePanelMembership() {
  return useQuery({
    queryKey: ['panel-membership'],
    queryFn: ({ signal }) => ok(api.GET('/me/panel-membership', { signal })),
  });
}

export function useJoinPanel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (consentVersion: number) =>
      ok(api.PUT('/me/panel-membership', { body: { consent: true, consentVersion } })),
    onSuccess: (data) => client.setQueryData(['panel-membership'], data),
  });
}

export function useLeavePanel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.DELETE('/me/panel-membership', {})),
    onSuccess: () => client.invalidateQueries({ queryKey: ['panel-membership'] }),
  });
}

export function useSuggest() {
  return useMutation({ mutationFn: (body: ApiBody<'createSuggestion'>) => ok(api.POST('/suggestions', { body })) });
}

/** A random token this browser keeps per survey: only a guard against answering twice, never tied to a person. */
export function guardToken(surveyId: string): string {
  const key = `stadspas-survey-${surveyId}`;
  try {
    const stored = localStorage.getItem(key);
    if (stored) return stored;
  } catch {
    // Storage blocked: a token for this page only.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    localStorage.setItem(key, token);
  } catch {
    // ignore
  }
  return token;
}
