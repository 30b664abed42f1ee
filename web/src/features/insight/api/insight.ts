import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

export type Dashboard = ApiJson<'getDashboard'>;
export type Indicator = Dashboard['indicators'][number];
export type Breakdown = Dashboard['byWijk'];
export type Kansenkaart = ApiJson<'getKansenkaart'>;
export type BuurtReach = ApiJson<'getKansenkaartBuurten'>;
export type Condition = Dashboard['condition'];
export type DashboardBuurten = ApiJson<'getDashboardBuurten'>;

/** The six success conditions of the game plan, in its order. */
export const CONDITIONS: readonly Condition[] = [
  'rich-offer',
  'used-and-valued',
  'businesses',
  'feedback',
  'community-centres',
  'civil-servants',
];

export function usePolicyGoals() {
  return useQuery({
    queryKey: ['policy-goals'],
    queryFn: ({ signal }) => ok(api.GET('/policy-goals', { signal })),
  });
}

export function useDashboard(condition: Condition, year: number) {
  return useQuery({
    queryKey: ['dashboard', condition, year],
    queryFn: ({ signal }) =>
      ok(api.GET('/dashboards/{condition}', { params: { path: { condition }, query: { year } }, signal })),
  });
}

/** A dashboard's wijk breakdown per buurt of one wijk (only asked when a wijk is chosen). */
export function useDashboardBuurten(condition: Condition, wijkCode: string | undefined, year: number) {
  return useQuery({
    enabled: wijkCode !== undefined,
    queryKey: ['dashboard-buurten', condition, wijkCode, year],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/dashboards/{condition}/wijken/{wijkCode}/buurten', {
          params: { path: { condition, wijkCode: wijkCode! }, query: { year } },
          signal,
        }),
      ),
  });
}

export function useKansenkaart(goalId: string, year: number) {
  return useQuery({
    queryKey: ['kansenkaart', goalId, year],
    queryFn: ({ signal }) =>
      ok(api.GET('/policy-goals/{goalId}/kansenkaart', { params: { path: { goalId }, query: { year } }, signal })),
  });
}

export function useBuurtReach(goalId: string, wijkCode: string | undefined, year: number) {
  return useQuery({
    enabled: wijkCode !== undefined,
    queryKey: ['kansenkaart-buurten', goalId, wijkCode, year],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/policy-goals/{goalId}/kansenkaart/wijken/{wijkCode}', {
          params: { path: { goalId, wijkCode: wijkCode! }, query: { year } },
          signal,
        }),
      ),
  });
}
