import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { matches, type CheckAnswers } from './eligibility.ts';
import { checkEmail, type CheckEmailLanguage } from './check-email.ts';
import { SchemesRepository, type SchemeFilter, type SchemeRow, type SchemeValues } from './schemes.repository.ts';
import { schemesPolicy } from './schemes.policy.ts';
import type { NewSchemeReport, SchemeInput } from './schemes.schemas.ts';

export type SchemeInputBody = Static<typeof SchemeInput>;

const invalid = (problems: InvalidParam[], what: string) => {
  if (problems.length > 0) throw new DomainError('invalid-input', `${what}; see invalidParams.`, problems);
};

/** The rules between fields that a schema cannot say; every problem is named, nothing is saved. */
export function schemeProblems(input: SchemeInputBody): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const field = (name: string, code: string, reason: string) => problems.push({ name: `body.${name}`, code, reason });
  if (input.title.trim() === '') field('title', 'empty', 'give the scheme a title');
  if (input.summary.trim() === '') field('summary', 'empty', 'write a short summary');
  if (input.applyRoute === 'online_form') {
    const url = input.applyUrl?.trim() ?? '';
    if (!/^(https:\/\/[^\s]+|\/[^\s/][^\s]*)$/.test(url))
      field(
        'applyUrl',
        'required',
        'an online form needs its address: https://... or a path on this site such as /gratis-pas/aanvragen',
      );
  } else if (!input.applyPerson?.trim()) {
    field(
      'applyPerson',
      'required',
      input.applyRoute === 'through_person'
        ? 'say through whom residents apply (the wijkmanager, the wijkteam...)'
        : 'say who decides (no application is needed)',
    );
  }
  if (input.grantsPass && input.passPriceCents === undefined)
    field(
      'passPriceCents',
      'required',
      'a scheme that grants the pass says its price: 0 for free, or the reduced price',
    );
  if (!input.grantsPass && input.passPriceCents !== undefined)
    field('passPriceCents', 'not-allowed', 'only a scheme that grants the pass has a pass price');
  input.eligibility?.anyOf.forEach((c, i) => {
    if (c.minAge !== undefined && c.maxAge !== undefined && c.minAge > c.maxAge)
      field(`eligibility.anyOf.${i}.maxAge`, 'range', 'maxAge is below minAge');
    if (c.childAgeFrom !== undefined && c.childAgeTo !== undefined && c.childAgeFrom > c.childAgeTo)
      field(`eligibility.anyOf.${i}.childAgeTo`, 'range', 'childAgeTo is below childAgeFrom');
  });
  return problems;
}

export function toSchemeValues(input: SchemeInputBody, by: string): SchemeValues {
  const trimOrNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);
  return {
    slug: input.slug,
    title: input.title.trim(),
    summary: input.summary.trim(),
    body_markdown: input.bodyMarkdown,
    who_for: input.whoFor.trim(),
    criteria: input.criteria,
    amounts: input.amounts.trim(),
    apply_route: input.applyRoute,
    apply_url: input.applyRoute === 'online_form' ? trimOrNull(input.applyUrl) : null,
    apply_person: trimOrNull(input.applyPerson),
    apply_where: input.applyWhere.trim(),
    contact: input.contact.trim(),
    provider_kind: input.providerKind,
    provider_name: input.providerName.trim(),
    audience: input.audience,
    life_events: [...input.lifeEvents],
    themes: [...input.themes],
    grants_pass: input.grantsPass,
    pass_price_cents: input.grantsPass ? (input.passPriceCents ?? null) : null,
    eligibility: JSON.stringify(input.eligibility ?? { anyOf: [] }),
    updated_by: by,
  };
}

/** The next step a resident takes for a scheme, as the check and the detail page show it. */
export const nextStepOf = (s: SchemeRow) => ({
  route: s.apply_route,
  url: s.apply_url,
  person: s.apply_person,
  where: s.apply_where,
  contact: s.contact,
});

/**
 * The schemes guide: everybody reads what is published; the pass organisation writes drafts,
 * publishes and archives. The eligibility check reads the published schemes' rules and stores
 * nothing: its answers live only in the request (and, when asked, in one outbox e-mail).
 */
/**
 * The published schemes that grant the pass, with the price each grants (0: free), cheapest first:
 * how the applications module learns under which scheme, and at what price, a resident applies.
 */
export async function passGrantingSchemes(db: Kysely<DB>, tenantId: string) {
  const rows = await new SchemesRepository(db).passSchemes(tenantId);
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, passPriceCents: r.pass_price_cents ?? 0 }));
}

export class SchemesService {
  private readonly repo: SchemesRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly publicUrl: string,
  ) {
    this.repo = new SchemesRepository(db);
  }

  list(principal: Principal, filter: Omit<SchemeFilter, 'status'>) {
    schemesPolicy.authorize(principal, 'schemes.read');
    return this.repo.list(principal.tenantId, { ...filter, status: 'published' });
  }

  async getPublished(principal: Principal, slug: string) {
    schemesPolicy.authorize(principal, 'schemes.read');
    const scheme = await this.repo.findBySlug(principal.tenantId, slug);
    if (!scheme || scheme.status !== 'published')
      throw new DomainError('scheme-not-found', `There is no published scheme "${slug}".`);
    return scheme;
  }

  async adminList(principal: Principal) {
    schemesPolicy.authorize(principal, 'schemes.manage');
    const rows = await this.repo.list(principal.tenantId, {});
    const open = new Map((await this.repo.openReportCounts(principal.tenantId)).map((r) => [r.scheme_id, Number(r.n)]));
    return rows.map((row) => ({ ...row, openReports: open.get(row.id) ?? 0 }));
  }

  async adminGet(principal: Principal, id: string) {
    schemesPolicy.authorize(principal, 'schemes.manage');
    const scheme = await this.repo.findById(principal.tenantId, id);
    if (!scheme) throw new DomainError('scheme-not-found', `There is no scheme with id ${id}.`);
    const open = (await this.repo.openReportCounts(principal.tenantId)).find((r) => r.scheme_id === id);
    return { ...scheme, openReports: Number(open?.n ?? 0) };
  }

  /** A new scheme is a draft until it is published. */
  async create(principal: Principal, input: SchemeInputBody) {
    schemesPolicy.authorize(principal, 'schemes.manage');
    invalid(schemeProblems(input), 'This scheme cannot be saved');
    const inserted = await this.repo.insert(principal.tenantId, toSchemeValues(input, actorId(principal)));
    if (!inserted) throw slugTaken(input.slug);
    return this.adminGet(principal, inserted.id);
  }

  async update(principal: Principal, id: string, input: SchemeInputBody) {
    schemesPolicy.authorize(principal, 'schemes.manage');
    invalid(schemeProblems(input), 'This scheme cannot be saved');
    const owner = await this.repo.slugOwner(principal.tenantId, input.slug);
    if (owner && owner.id !== id) throw slugTaken(input.slug);
    const updated = await this.repo.update(principal.tenantId, id, toSchemeValues(input, actorId(principal)));
    if (!updated) throw new DomainError('scheme-not-found', `There is no scheme with id ${id}.`);
    return this.adminGet(principal, id);
  }

  async setStatus(principal: Principal, id: string, status: 'draft' | 'published' | 'archived') {
    schemesPolicy.authorize(principal, 'schemes.manage');
    const updated = await this.repo.setStatus(principal.tenantId, id, status, actorId(principal));
    if (!updated) throw new DomainError('scheme-not-found', `There is no scheme with id ${id}.`);
    return this.adminGet(principal, id);
  }

  /** The published schemes for residents whose rules match: the free pass first. Stores nothing. */
  async check(principal: Principal, answers: CheckAnswers) {
    schemesPolicy.authorize(principal, 'schemes.check');
    const problems: InvalidParam[] = [];
    if (answers.household.endsWith('children') || answers.household === 'single_parent') {
      if (answers.childrenAges.length === 0)
        problems.push({ name: 'body.childrenAges', code: 'required', reason: 'give the age of each child' });
    }
    invalid(problems, 'The check cannot be done');
    const published = await this.repo.list(principal.tenantId, { status: 'published', audience: 'residents' });
    return published
      .filter((s) => matches(s.eligibility, answers))
      .sort((a, b) => Number(b.grants_pass) - Number(a.grants_pass) || a.title.localeCompare(b.title, 'nl'));
  }

  /** Sends the check's result to the address given: the address lives only in that outbox message. */
  async emailCheck(principal: Principal, answers: CheckAnswers, email: string, language: CheckEmailLanguage) {
    const found = await this.check(principal, answers);
    await enqueueMessage(this.db, {
      tenantId: principal.tenantId,
      to: email.trim(),
      ...checkEmail(found, language, this.publicUrl),
    });
    return found.length;
  }

  /** A resident or partner reports where a published scheme fails them. */
  async report(principal: Principal, slug: string, input: Static<typeof NewSchemeReport>) {
    schemesPolicy.authorize(principal, 'schemes.report');
    const scheme = await this.getPublished(principal, slug);
    const message = input.message.trim();
    if (message === '')
      invalid([{ name: 'body.message', code: 'empty', reason: 'say where the scheme fails you' }], 'Nothing to report');
    return this.repo.insertReport(principal.tenantId, {
      schemeId: scheme.id,
      reporterKind: input.reporterKind,
      message,
      contactName: input.contactName?.trim() || null,
      contactEmail: input.contactEmail?.trim() || null,
    });
  }

  listReports(principal: Principal, schemeId?: string) {
    schemesPolicy.authorize(principal, 'schemes.manage');
    return this.repo.listReports(principal.tenantId, schemeId);
  }

  async answerReport(principal: Principal, reportId: string, answer: string) {
    schemesPolicy.authorize(principal, 'schemes.manage');
    if (answer.trim() === '')
      invalid([{ name: 'body.answer', code: 'empty', reason: 'write an answer' }], 'The answer is empty');
    // The answer and its e-mail to a reporter who left an address go together, or not at all.
    await this.db.transaction().execute(async (tx) => {
      const repo = new SchemesRepository(tx);
      const done = await repo.answerReport(principal.tenantId, reportId, answer.trim(), actorId(principal));
      if (!done) throw new DomainError('scheme-report-not-found', `There is no report with id ${reportId}.`);
      const report = (await repo.findReport(principal.tenantId, reportId))!;
      if (report.contact_email)
        await enqueueMessage(tx, {
          tenantId: principal.tenantId,
          to: report.contact_email,
          subject: `Antwoord op uw melding over ${report.scheme_title}`,
          bodyText: [
            `Beste ${report.contact_name ?? 'inwoner'},`,
            '',
            `U meldde een probleem met de regeling ${report.scheme_title}:`,
            '',
            `> ${report.message.replace(/\n/g, '\n> ')}`,
            '',
            'Ons antwoord:',
            '',
            answer.trim(),
            '',
            'Met vriendelijke groet,',
            'De Zaanse Pas',
          ].join('\n'),
        });
    });
    return (await this.repo.findReport(principal.tenantId, reportId))!;
  }
}

const slugTaken = (slug: string) =>
  new DomainError('scheme-slug-taken', `Another scheme already has the address "${slug}".`, [
    { name: 'body.slug', code: 'taken', reason: `another scheme already has the address ${slug}` },
  ]);
