import type { Static } from '@sinclair/typebox';
import type { SchemeRow } from './schemes.repository.ts';
import type { AdminScheme, CheckResult, Scheme, SchemeReport, SchemeSummary } from './schemes.schemas.ts';
import type { SchemesRepository } from './schemes.repository.ts';
import { nextStepOf } from './schemes.service.ts';

type LifeEvents = Static<typeof Scheme>['lifeEvents'];
type ProviderKind = Static<typeof Scheme>['providerKind'];

export function presentSchemeSummary(s: SchemeRow): Static<typeof SchemeSummary> {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    audience: s.audience,
    providerKind: s.provider_kind as ProviderKind,
    providerName: s.provider_name,
    applyRoute: s.apply_route,
    lifeEvents: s.life_events as LifeEvents,
    themes: s.themes,
    grantsPass: s.grants_pass,
    passPriceCents: s.pass_price_cents,
  };
}

/** A published scheme: everything but the check's rules and who edited it. */
export function presentScheme(s: SchemeRow): Static<typeof Scheme> {
  return {
    ...presentSchemeSummary(s),
    bodyMarkdown: s.body_markdown,
    whoFor: s.who_for,
    criteria: s.criteria,
    amounts: s.amounts,
    applyUrl: s.apply_url,
    applyPerson: s.apply_person,
    applyWhere: s.apply_where,
    contact: s.contact,
    updatedAt: s.updated_at.toISOString(),
  };
}

export function presentAdminScheme(s: SchemeRow & { openReports: number }): Static<typeof AdminScheme> {
  return {
    ...presentScheme(s),
    status: s.status,
    eligibility: s.eligibility,
    publishedAt: s.published_at ? s.published_at.toISOString() : null,
    openReports: s.openReports,
  };
}

export function presentCheckResult(found: SchemeRow[]): Static<typeof CheckResult> {
  return {
    stored: false,
    matches: found.map((s) => ({ scheme: presentSchemeSummary(s), nextStep: nextStepOf(s) })),
  };
}

type ReportRow = Awaited<ReturnType<SchemesRepository['listReports']>>[number];

/** A problem report, for the pass organisation only (it may hold the reporter's contact). */
export function presentReport(r: ReportRow): Static<typeof SchemeReport> {
  return {
    id: r.id,
    schemeId: r.scheme_id,
    schemeTitle: r.scheme_title,
    reporterKind: r.reporter_kind,
    message: r.message,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    answer: r.answer,
    answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
    createdAt: r.created_at.toISOString(),
  };
}
