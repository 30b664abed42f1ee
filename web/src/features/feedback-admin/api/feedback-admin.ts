import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type AdminSurvey = ApiJson<'getSurvey'>;
export type SurveyInput = ApiBody<'createSurvey'>;
export type SurveyQuestion = AdminSurvey['questions'][number];
export type SurveyResults = ApiJson<'getSurveyResults'>;
export type Figure = SurveyResults['respondentsTotal'];
export type GroupBy = 'wijk' | 'age_band' | 'household';

export function useSurveys() {
  return useQuery({ queryKey: ['surveys'], queryFn: ({ signal }) => ok(api.GET('/admin/surveys', { signal })) });
}

export function useSurvey(surveyId: string) {
  return useQuery({
    queryKey: ['survey', surveyId],
    queryFn: ({ signal }) => ok(api.GET('/admin/surveys/{surveyId}', { params: { path: { surveyId } }, signal })),
  });
}

export function useCreateSurvey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput) => ok(api.POST('/admin/surveys', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['surveys'] }),
  });
}

export function useUpdateSurvey(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput) =>
      ok(api.PUT('/admin/surveys/{surveyId}', { params: { path: { surveyId } }, body })),
    onSuccess: (data) => client.setQueryData(['survey', surveyId], data),
  });
}

export function useSurveyStatus(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: 'open' | 'closed') =>
      ok(api.POST('/admin/surveys/{surveyId}/status-changes', { params: { path: { surveyId } }, body: { status } })),
    onSuccess: (data) => client.setQueryData(['survey', surveyId], data),
  });
}

export function useNextRound(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.POST('/admin/surveys/{surveyId}/next-rounds', { params: { path: { surveyId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['surveys'] }),
  });
}

export function useSurveyResults(surveyId: string, by: GroupBy, enabled: boolean) {
  return useQuery({
    queryKey: ['survey-results', surveyId, by],
    enabled,
    queryFn: ({ signal }) =>
      ok(api.GET('/admin/surveys/{surveyId}/results', { params: { path: { surveyId }, query: { by } }, signal })),
  });
}

export function useOpenAnswers(surveyId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['open-answers', surveyId],
    enabled,
    queryFn: ({ signal }) =>
      ok(api.GET('/admin/surveys/{surveyId}/open-answers', { params: { path: { surveyId } }, signal })),
  });
}

/** Who signed up for a follow-up interview: stored apart from the answers. */
export function useInterviewContacts(surveyId: string) {
  return useQuery({
    queryKey: ['interview-contacts', surveyId],
    queryFn: ({ signal }) =>
      ok(api.GET('/admin/surveys/{surveyId}/interview-contacts', { params: { path: { surveyId } }, signal })),
  });
}

export function useCode(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { responseId: string; questionId: string; needIds: string[] }) =>
      ok(
        api.PUT('/admin/survey-responses/{responseId}/codings/{questionId}', {
          params: { path: { responseId: v.responseId, questionId: v.questionId } },
          body: { needIds: v.needIds },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['open-answers', surveyId] }),
  });
}

export function useNeeds() {
  return useQuery({ queryKey: ['needs'], queryFn: ({ signal }) => ok(api.GET('/admin/needs', { signal })) });
}

export function useCreateNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'createNeed'>) => ok(api.POST('/admin/needs', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
}

/** Puts a need on the recruitment board; a second call gives back the same lead. */
export function useLeadFromNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (needId: string) =>
      ok(api.POST('/admin/needs/{needId}/recruitment-leads', { params: { path: { needId } }, body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
}

export function useInvitePanel(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'invitePanelSample'>) =>
      ok(api.POST('/admin/surveys/{surveyId}/panel-invitations', { params: { path: { surveyId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['panel-response', surveyId] }),
  });
}

export function usePanelResponse(surveyId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['panel-response', surveyId],
    enabled,
    queryFn: ({ signal }) =>
      ok(api.GET('/admin/surveys/{surveyId}/panel-response', { params: { path: { surveyId } }, signal })),
  });
}

export function usePendingRatings() {
  return useQuery({
    queryKey: ['ratings-to-moderate'],
    queryFn: ({ signal }) => ok(api.GET('/admin/offer-ratings', { signal })),
  });
}

export function useModerate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { ratingId: string; decision: 'approve' | 'reject' }) =>
      ok(
        api.POST('/admin/offer-ratings/{ratingId}/moderation', {
          params: { path: { ratingId: v.ratingId } },
          body: { decision: v.decision },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ratings-to-moderate'] }),
  });
}

export function useSuggestions() {
  return useQuery({
    queryKey: ['suggestions'],
    queryFn: ({ signal }) => ok(api.GET('/admin/suggestions', { signal })),
  });
}

export function usePanelQuestions() {
  return useQuery({
    queryKey: ['panel-questions'],
    queryFn: ({ signal }) => ok(api.GET('/admin/panel-questions', { signal })),
  });
}

export function useDecidePanelQuestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { questionId: string; decision: 'accept' | 'decline'; surveyId?: string }) =>
      ok(
        api.POST('/admin/panel-questions/{questionId}/decision', {
          params: { path: { questionId: v.questionId } },
          body: { decision: v.decision, ...(v.surveyId ? { surveyId: v.surveyId } : {}) },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['panel-questions'] }),
  });
}

export function useProviderRatings() {
  return useQuery({
    queryKey: ['provider-ratings'],
    queryFn: ({ signal }) => ok(api.GET('/offer-ratings', { signal })),
  });
}

export function useReply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { ratingId: string; reply: string }) =>
      ok(
        api.PUT('/offer-ratings/{ratingId}/reply', {
          params: { path: { ratingId: v.ratingId } },
          body: { reply: v.reply },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['provider-ratings'] }),
  });
}
