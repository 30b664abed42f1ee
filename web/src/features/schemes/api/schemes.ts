import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type SchemeSummary = ApiItem<'listSchemes'>;
export type Scheme = ApiJson<'getScheme'>;
export type CheckAnswers = ApiBody<'checkSchemes'>;
export type CheckResult = ApiJson<'checkSchemes'>;
export type LifeEvent = Scheme['lifeEvents'][number];
export type NewSchemeReport = ApiBody<'reportSchemeProblem'>;

export interface SchemeFilters {
  q?: string;
  lifeEvent?: LifeEvent;
  theme?: string;
  audience?: 'residents' | 'initiatives';
}

export const LIFE_EVENTS: readonly LifeEvent[] = [
  'moving',
  'baby',
  'divorce',
  'job_loss',
  'retirement',
  'illness',
  'death_of_partner',
];
/** The themes the demo and the staff form use; a theme without a label shows its slug. */
export const THEMES = [
  'money',
  'work',
  'family',
  'sport-culture',
  'care',
  'housing-energy',
  'food',
  'debt',
  'volunteering',
  'neighbourhood',
] as const;

export function useSchemes(filters: SchemeFilters) {
  return useQuery({
    queryKey: ['schemes', filters],
    queryFn: ({ signal }) => ok(api.GET('/schemes', { params: { query: filters }, signal })),
  });
}

export function useScheme(slug: string) {
  return useQuery({
    queryKey: ['scheme', slug],
    queryFn: ({ signal }) => ok(api.GET('/schemes/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useCheck() {
  return useMutation({
    mutationFn: (answers: CheckAnswers) => ok(api.POST('/scheme-checks', { body: answers })),
  });
}

export function useEmailCheck() {
  return useMutation({
    mutationFn: (body: ApiBody<'emailSchemeCheck'>) => ok(api.POST('/scheme-check-emails', { body })),
  });
}

export function useReportProblem(slug: string) {
  return useMutation({
    mutationFn: (body: NewSchemeReport) =>
      ok(api.POST('/schemes/{slug}/reports', { params: { path: { slug } }, body })),
  });
}
