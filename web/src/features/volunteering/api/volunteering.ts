import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type InfoPageSummary = ApiItem<'listVolunteerInfoPages'>;
export type Vacancy = ApiItem<'listVolunteerVacancies'>;
export type HelpRequest = ApiItem<'listHelpRequests'>;
export type OwnHelpRequest = ApiItem<'listMyHelpRequests'>;
export type Match = ApiItem<'listVolunteerMatches'>;
export type Suggestions = ApiJson<'getMyVolunteerSuggestions'>;
export type ProfileInput = ApiBody<'saveMyVolunteerProfile'>;
export type NewHelpRequest = ApiBody<'createHelpRequest'>;
export type VacancyFilters = { wijk?: string | undefined; audience?: Vacancy['audiences'][number] | undefined };
export type TimeSlot = Vacancy['times'][number];

export const TIME_SLOTS: TimeSlot[] = ['weekday_daytime', 'weekday_evening', 'weekend'];
export const AUDIENCES: Vacancy['audiences'][number][] = ['young', 'mbo', 'hbo', 'short_project'];

const key = ['volunteering'] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useInfoPages() {
  return useQuery({
    queryKey: [...key, 'info'],
    queryFn: ({ signal }) => ok(api.GET('/volunteer-info-pages', { signal })),
  });
}

export function useInfoPage(slug: string) {
  return useQuery({
    queryKey: [...key, 'info', slug],
    queryFn: ({ signal }) => ok(api.GET('/volunteer-info-pages/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useVacancies(filters: VacancyFilters) {
  return useQuery({
    queryKey: [...key, 'vacancies', filters],
    queryFn: ({ signal }) => ok(api.GET('/volunteer-vacancies', { params: { query: filters }, signal })),
    placeholderData: (previous) => previous,
  });
}

export function useHelpRequests() {
  return useQuery({
    queryKey: [...key, 'help'],
    queryFn: ({ signal }) => ok(api.GET('/help-requests', { signal })),
  });
}

export function useMyHelpRequests(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'help', 'mine'],
    queryFn: ({ signal }) => ok(api.GET('/help-requests/mine', { signal })),
    enabled,
    staleTime: 0,
  });
}

export function useAskForHelp() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewHelpRequest) => ok(api.POST('/help-requests', { body })),
    onSuccess: refresh,
  });
}

export function useMyProfile() {
  return useQuery({
    queryKey: [...key, 'profile'],
    queryFn: ({ signal }) => ok(api.GET('/me/volunteer-profile', { signal })),
    staleTime: 0,
  });
}

export function useSaveProfile() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ProfileInput) => ok(api.PUT('/me/volunteer-profile', { body })),
    onSuccess: refresh,
  });
}

export function useMySuggestions(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'suggestions'],
    queryFn: ({ signal }) => ok(api.GET('/me/volunteer-suggestions', { signal })),
    enabled,
    staleTime: 0,
  });
}

export function useMatches(enabled = true) {
  return useQuery({
    queryKey: [...key, 'matches'],
    queryFn: ({ signal }) => ok(api.GET('/volunteer-matches', { signal })),
    enabled,
    staleTime: 0,
  });
}

export function usePropose() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'proposeVolunteerMatch'>) => ok(api.POST('/volunteer-matches', { body })),
    onSuccess: refresh,
  });
}

export function useMatchActions(matchId: string) {
  const refresh = useRefresh();
  const path = { params: { path: { matchId } } };
  return {
    decide: useMutation({
      mutationFn: (accept: boolean) =>
        ok(api.POST('/volunteer-matches/{matchId}/decision', { ...path, body: { accept } })),
      onSuccess: refresh,
    }),
    message: useMutation({
      mutationFn: (body: string) => ok(api.POST('/volunteer-matches/{matchId}/messages', { ...path, body: { body } })),
      onSuccess: refresh,
    }),
    share: useMutation({
      mutationFn: () => ok(api.POST('/volunteer-matches/{matchId}/contact-consent', path)),
      onSuccess: refresh,
    }),
  };
}
