import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem } from '../../../lib/api/client.ts';

export type Vacancy = ApiItem<'listMyVolunteerVacancies'>;
export type NewVacancy = ApiBody<'createVolunteerVacancy'>;
export type Match = ApiItem<'listVolunteerMatches'>;
export type InfoPageSummary = ApiItem<'listVolunteerInfoPages'>;
export type NewInfoPage = ApiBody<'createVolunteerInfoPage'>;
export type DepotItem = ApiItem<'listDepotItems'>;
export type Reservation = ApiItem<'listDepotReservations'>;
export type Space = ApiItem<'listSpaces'>;
export type NewSpace = ApiBody<'createSpace'>;
export type TimeSlot = Vacancy['times'][number];
export type Audience = Vacancy['audiences'][number];

export const TIME_SLOTS: TimeSlot[] = ['weekday_daytime', 'weekday_evening', 'weekend'];
export const AUDIENCES: Audience[] = ['young', 'mbo', 'hbo', 'short_project'];
export const TOPICS: NewInfoPage['topic'][] = [
  'insurance',
  'vog',
  'permits',
  'courses',
  'legal_forms',
  'finances',
  'wijkmanager',
  'other',
];

const key = ['volunteering'] as const;
const q = <T>(name: string, fn: (signal: AbortSignal) => Promise<T>, enabled = true) =>
  ({
    queryKey: [...key, 'staff', name],
    queryFn: ({ signal }: { signal: AbortSignal }) => fn(signal),
    staleTime: 0,
    enabled,
  }) as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

/** A mutation that refreshes every volunteering query when it succeeds. */
function useAction<I, O>(fn: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: fn, onSuccess: refresh });
}

export const useMyVacancies = () =>
  useQuery(q('vacancies', (signal) => ok(api.GET('/volunteer-vacancies/mine', { signal }))));
export const usePostVacancy = () => useAction((body: NewVacancy) => ok(api.POST('/volunteer-vacancies', { body })));
export const useCloseVacancy = () =>
  useAction((vacancyId: string) =>
    ok(api.POST('/volunteer-vacancies/{vacancyId}/closure', { params: { path: { vacancyId } } })),
  );
export const useVacancySuggestions = (vacancyId: string, enabled: boolean) =>
  useQuery(
    q(
      `suggestions-${vacancyId}`,
      (signal) =>
        ok(api.GET('/volunteer-vacancies/{vacancyId}/suggestions', { params: { path: { vacancyId } }, signal })),
      enabled,
    ),
  );
export const useInvite = () =>
  useAction((body: { vacancyId: string; profileId: string }) => ok(api.POST('/volunteer-matches', { body })));

export const useMatches = () => useQuery(q('matches', (signal) => ok(api.GET('/volunteer-matches', { signal }))));
export function useMatchActions(matchId: string) {
  const path = { params: { path: { matchId } } };
  return {
    decide: useAction((accept: boolean) =>
      ok(api.POST('/volunteer-matches/{matchId}/decision', { ...path, body: { accept } })),
    ),
    message: useAction((body: string) =>
      ok(api.POST('/volunteer-matches/{matchId}/messages', { ...path, body: { body } })),
    ),
    share: useAction(() => ok(api.POST('/volunteer-matches/{matchId}/contact-consent', path))),
  };
}

export const useInfoPages = () => useQuery(q('info', (signal) => ok(api.GET('/volunteer-info-pages', { signal }))));
export const useSaveInfoPage = () =>
  useAction(({ id, body }: { id: string | null; body: NewInfoPage }) =>
    id
      ? ok(api.PUT('/admin/volunteer-info-pages/{pageId}', { params: { path: { pageId: id } }, body }))
      : ok(api.POST('/volunteer-info-pages', { body })),
  );
export const loadInfoPage = (slug: string) =>
  ok(api.GET('/volunteer-info-pages/{slug}', { params: { path: { slug } } }));

export const useModerationQueue = () =>
  useQuery(q('moderation', (signal) => ok(api.GET('/help-requests/moderation-queue', { signal }))));
export const useModerate = () =>
  useAction(({ id, approve, reason }: { id: string; approve: boolean; reason?: string }) =>
    ok(
      api.POST('/help-requests/{helpRequestId}/moderation', {
        params: { path: { helpRequestId: id } },
        body: reason ? { approve, reason } : { approve },
      }),
    ),
  );

export const useDepotItems = () => useQuery(q('depot', (signal) => ok(api.GET('/depot-items', { signal }))));
export const useAddDepotItem = () =>
  useAction((body: ApiBody<'createDepotItem'>) => ok(api.POST('/depot-items', { body })));
export const useReservations = () =>
  useQuery(q('reservations', (signal) => ok(api.GET('/depot-reservations', { signal }))));
export const useReserve = () =>
  useAction((body: ApiBody<'createDepotReservation'>) => ok(api.POST('/depot-reservations', { body })));
export const useMoveReservation = () =>
  useAction(({ id, step }: { id: string; step: 'hand-out' | 'return' | 'cancellation' }) => {
    const params = { path: { reservationId: id } };
    if (step === 'hand-out') return ok(api.POST('/depot-reservations/{reservationId}/hand-out', { params }));
    if (step === 'return') return ok(api.POST('/depot-reservations/{reservationId}/return', { params, body: {} }));
    return ok(api.POST('/depot-reservations/{reservationId}/cancellation', { params }));
  });
export const useWish = () => useAction((wish: string) => ok(api.POST('/depot-wishes', { body: { wish } })));
export const useDemand = () => useQuery(q('demand', (signal) => ok(api.GET('/depot-demand', { signal }))));

export const useSpaces = () => useQuery(q('spaces', (signal) => ok(api.GET('/spaces', { signal }))));
export const usePostSpace = () => useAction((body: NewSpace) => ok(api.POST('/spaces', { body })));

export const useSharedNeeds = () => useQuery(q('needs', (signal) => ok(api.GET('/shared-needs', { signal }))));
export const useAddSharedNeed = () =>
  useAction((body: ApiBody<'createSharedNeed'>) => ok(api.POST('/shared-needs', { body })));
export const useExpertiseBank = () => useQuery(q('expertise', (signal) => ok(api.GET('/expertise-bank', { signal }))));
