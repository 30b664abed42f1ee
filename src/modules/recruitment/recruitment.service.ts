import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, isWijkmanager, type Principal } from '../access/principal.ts';
import { locatePoint, rdToWgs84, wgs84ToRd } from '../areas/locate.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { submitProviderApplicationTx } from '../provider-signup/provider-signup.service.ts';
import type { ProviderKind } from '../providers/providers.tables.ts';
import { parseLeadCsv } from './lead-csv.ts';
import { recruitmentPolicy } from './recruitment.policy.ts';
import { RecruitmentRepository } from './recruitment.repository.ts';
import type { LeadsQuery, LeadUpdate, NewLead, StageChange, WijkAssignmentBody } from './recruitment.schemas.ts';
import type { LeadStage } from './recruitment.tables.ts';

/** What another module hands in as a lead (the supportgroep, the needs scan...), with its source. */
export interface LeadInput {
  name: string;
  /** Who handed it in, e.g. `support_group`, `needs_scan` (lower case and underscores). */
  source: string;
  /** The name of who handed it in, shown as the lead's source (a supportgroep member's name). */
  sourceName?: string | undefined;
  kind?: ProviderKind | undefined;
  contactName?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  street?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
  kvkNumber?: string | null | undefined;
  routeId?: string | null | undefined;
  wijkCode?: string | null | undefined;
  ownerUserId?: string | null | undefined;
  stage?: Exclude<LeadStage, 'joined'> | undefined;
  nextStepOn?: string | null | undefined;
  notes?: string | undefined;
  position?: { latitude: number; longitude: number } | null | undefined;
  /**
   * What the lead was made from in the module that hands it in (`need:<id>`). With a reference,
   * handing in again gives back the lead made the first time (one lead per source and reference).
   */
  sourceRef?: string | undefined;
  /** `user:<id>` or a module's name; shown in the lead's history. */
  createdBy?: string | undefined;
  createdByName?: string | undefined;
}

const SOURCE = /^[a-z_]{1,40}$/;
const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Adds a lead to the recruitment board in the caller's transaction, for any module: the
 * supportgroep passes on a tip, the needs scan finds a missing offer. The route and wijk are
 * checked; a position gives the wijk when none is named. Returns the lead's id.
 */
export async function addLead(tx: Db, tenantId: string, input: LeadInput): Promise<{ id: string; created: boolean }> {
  const repo = new RecruitmentRepository(tx);
  const problems: InvalidParam[] = [];
  const name = input.name.trim();
  if (!name)
    problems.push({ name: 'body.name', code: 'required', reason: 'give the name of the business or organisation' });
  if (!SOURCE.test(input.source))
    problems.push({ name: 'body.source', code: 'pattern', reason: 'a source is lower case letters and underscores' });
  const kvk = blank(input.kvkNumber);
  if (kvk && !/^[0-9]{8}$/.test(kvk))
    problems.push({ name: 'body.kvkNumber', code: 'pattern', reason: 'a KvK number has 8 digits' });
  const place = await resolvePlace(repo, tx, tenantId, input, problems);
  if (input.ownerUserId) {
    const owner = await repo.findUser(tenantId, input.ownerUserId);
    if (!owner || (owner.role !== 'org_admin' && owner.role !== 'wijkmanager'))
      problems.push({
        name: 'body.ownerUserId',
        code: 'unknown',
        reason: 'the owner is someone of the pass organisation or a wijkmanager',
      });
  }
  if (problems.length > 0)
    throw new DomainError('invalid-input', 'This lead cannot be saved; see invalidParams.', problems);
  const stage = input.stage ?? 'lead';
  const values = {
    tenant_id: tenantId,
    name,
    kind: input.kind ?? 'business',
    contact_name: input.contactName?.trim() ?? '',
    email: input.email?.trim().toLowerCase() ?? '',
    phone: input.phone?.trim() ?? '',
    street: input.street?.trim() ?? '',
    postcode: input.postcode?.trim().toUpperCase() ?? '',
    city: input.city?.trim() ?? '',
    kvk_number: kvk,
    route_id: input.routeId ?? null,
    wijk_code: place.wijkCode,
    owner_user_id: input.ownerUserId ?? null,
    stage,
    next_step_on: input.nextStepOn ?? null,
    notes: input.notes?.trim() ?? '',
    source: input.source,
    source_name: input.sourceName?.trim() || null,
    x_rd: place.x,
    y_rd: place.y,
    created_by: input.createdBy ?? null,
  };
  let id: string;
  if (input.sourceRef) {
    // Two hand-ins of the same thing at once: the unique index lets one insert, the other reads it.
    const inserted = await repo.insertLeadOnce({ ...values, source_ref: input.sourceRef });
    if (!inserted) {
      const [existing] = await repo.leadsBySourceRef(tenantId, input.source, [input.sourceRef]);
      return { id: existing!.id, created: false };
    }
    id = inserted.id;
  } else {
    id = (await repo.insertLead(values)).id;
  }
  await repo.insertEvent({
    tenantId,
    leadId: id,
    actor: input.createdBy ?? input.source,
    actorName: input.createdByName ?? input.source,
    fromStage: null,
    toStage: stage,
    comment: null,
  });
  return { id, created: true };
}

/** The leads another module handed in from `source` with these references (`need:<id>`), by reference. */
export async function leadsHandedIn(db: Db, tenantId: string, source: string, refs: string[]) {
  const rows = await new RecruitmentRepository(db).leadsBySourceRef(tenantId, source, refs);
  return new Map(rows.map((r) => [r.source_ref!, r.id]));
}

async function resolvePlace(
  repo: RecruitmentRepository,
  db: Db,
  tenantId: string,
  input: Pick<LeadInput, 'routeId' | 'wijkCode' | 'position'>,
  problems: InvalidParam[],
): Promise<{ wijkCode: string | null; x: number | null; y: number | null }> {
  if (input.routeId && !(await repo.routeById(tenantId, input.routeId)))
    problems.push({ name: 'body.routeId', code: 'unknown', reason: 'there is no such route' });
  let wijkCode = input.wijkCode ?? null;
  if (wijkCode && !(await repo.wijkByCode(tenantId, wijkCode))) {
    problems.push({ name: 'body.wijkCode', code: 'unknown', reason: 'there is no such wijk' });
    wijkCode = null;
  }
  if (!input.position) return { wijkCode, x: null, y: null };
  const point = wgs84ToRd(input.position.latitude, input.position.longitude);
  const located = await locatePoint(db, tenantId, point);
  if (!located) {
    problems.push({
      name: 'body.position',
      code: 'outside-municipality',
      reason: 'this position lies in none of the wijken',
    });
    return { wijkCode, x: null, y: null };
  }
  if (wijkCode && located.wijkCode !== wijkCode)
    problems.push({ name: 'body.position', code: 'other-wijk', reason: 'this position lies in another wijk' });
  return { wijkCode: wijkCode ?? located.wijkCode, x: point.x, y: point.y };
}

export const positionOf = (row: { x_rd: number | null; y_rd: number | null }) =>
  row.x_rd === null || row.y_rd === null ? null : rdToWgs84({ x: row.x_rd, y: row.y_rd });

/**
 * The recruitment board: leads along the routes and the wijkkaarten, their stages and the gap
 * matrix. A wijkmanager reads and adds leads for their own wijken only. Moving a lead's stage
 * compares the version the mover looked at: of two people moving the same lead at once, the
 * second gets `recruitment-lead-version-conflict`. A lead that joins becomes a provider sign-up.
 */
export class RecruitmentService {
  constructor(
    private readonly db: Db,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  /** The wijken a wijkmanager looks after; undefined for the pass organisation (all). */
  private async scope(principal: Principal): Promise<string[] | undefined> {
    if (principal.kind === 'staff' && isWijkmanager(principal))
      return new RecruitmentRepository(this.db).wijkCodesOf(principal.tenantId, principal.userId);
    return undefined;
  }

  async context(principal: Principal) {
    recruitmentPolicy.authorize(principal, 'recruitment.read');
    const repo = new RecruitmentRepository(this.db);
    const { tenantId } = principal;
    const [routes, wijken, owners, own] = await Promise.all([
      repo.routes(tenantId),
      repo.wijken(tenantId),
      repo.listOwners(tenantId),
      this.scope(principal),
    ]);
    return {
      routes: routes.map((r) => ({ id: r.id, slug: r.slug, name: r.name })),
      wijken,
      owners: owners.map((o) => ({ id: o.id, name: o.name })),
      ownWijkCodes: own ?? null,
    };
  }

  async list(principal: Principal, query: Static<typeof LeadsQuery>) {
    recruitmentPolicy.authorize(principal, 'recruitment.read');
    const own = await this.scope(principal);
    const wijkCodes = own
      ? query.wijkCode
        ? own.filter((c) => c === query.wijkCode)
        : own
      : query.wijkCode
        ? [query.wijkCode]
        : undefined;
    return new RecruitmentRepository(this.db).listLeads(principal.tenantId, {
      stage: query.stage,
      routeId: query.routeId,
      wijkCodes,
      q: query.q?.trim() || undefined,
    });
  }

  async get(principal: Principal, id: string) {
    recruitmentPolicy.authorize(principal, 'recruitment.read');
    const lead = await new RecruitmentRepository(this.db).findLead(principal.tenantId, id);
    const own = await this.scope(principal);
    if (!lead || (own && !own.includes(lead.wijk_code ?? '')))
      throw new DomainError('recruitment-lead-not-found', `There is no lead with id ${id}.`);
    return lead;
  }

  async create(principal: Principal, body: Static<typeof NewLead>) {
    recruitmentPolicy.authorize(principal, 'recruitment.addLead');
    const own = await this.scope(principal);
    const { tenantId } = principal;
    const id = await this.db.transaction().execute(async (tx) => {
      const { id } = await addLead(tx, tenantId, {
        ...body,
        source: body.source ?? (own ? 'wijkmanager' : 'board'),
        createdBy: actorId(principal),
        createdByName: principal.kind === 'staff' ? principal.name : undefined,
      });
      if (own) {
        const lead = await new RecruitmentRepository(tx).findLead(tenantId, id);
        if (!lead?.wijk_code || !own.includes(lead.wijk_code))
          throw new DomainError('recruitment-wijk-not-yours', 'A wijkmanager adds leads for their own wijk only.', [
            { name: 'body.wijkCode', code: 'not-yours', reason: 'choose one of your own wijken' },
          ]);
      }
      return id;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, body: Static<typeof LeadUpdate>) {
    recruitmentPolicy.authorize(principal, 'recruitment.manage');
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new RecruitmentRepository(tx);
      const lead = await repo.lockLead(tenantId, id);
      if (!lead) throw new DomainError('recruitment-lead-not-found', `There is no lead with id ${id}.`);
      const problems: InvalidParam[] = [];
      const place = await resolvePlace(repo, tx, tenantId, body, problems);
      if (body.ownerUserId) {
        const owner = await repo.findUser(tenantId, body.ownerUserId);
        if (!owner || (owner.role !== 'org_admin' && owner.role !== 'wijkmanager'))
          problems.push({
            name: 'body.ownerUserId',
            code: 'unknown',
            reason: 'the owner is someone of the pass organisation or a wijkmanager',
          });
      }
      if (problems.length > 0)
        throw new DomainError('invalid-input', 'This lead cannot be saved; see invalidParams.', problems);
      if (lead.version !== body.version) throw versionConflict();
      const updated = await repo.updateLead(tenantId, id, body.version, {
        name: body.name.trim(),
        kind: body.kind ?? lead.kind,
        contact_name: body.contactName?.trim() ?? lead.contact_name,
        email: body.email?.trim().toLowerCase() ?? lead.email,
        phone: body.phone?.trim() ?? lead.phone,
        street: body.street?.trim() ?? lead.street,
        postcode: body.postcode?.trim().toUpperCase() ?? lead.postcode,
        city: body.city?.trim() ?? lead.city,
        kvk_number: body.kvkNumber === undefined ? lead.kvk_number : blank(body.kvkNumber),
        route_id: body.routeId === undefined ? lead.route_id : body.routeId,
        wijk_code: body.wijkCode === undefined && !body.position ? lead.wijk_code : place.wijkCode,
        owner_user_id: body.ownerUserId === undefined ? lead.owner_user_id : body.ownerUserId,
        next_step_on: body.nextStepOn === undefined ? lead.next_step_on : body.nextStepOn,
        notes: body.notes?.trim() ?? lead.notes,
        ...(body.position === undefined ? {} : { x_rd: place.x, y_rd: place.y }),
      });
      if (!updated) throw versionConflict();
    });
    return this.get(principal, id);
  }

  /**
   * Moves a lead to another stage. To `joined`, the lead becomes a provider sign-up with its
   * details filled in (the provider-signup module checks the IBAN and the terms, as for the form),
   * in the same transaction; the pass organisation approves it at /beheer/aanmeldingen.
   */
  async changeStage(principal: Principal, id: string, body: Static<typeof StageChange>) {
    recruitmentPolicy.authorize(principal, 'recruitment.manage');
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new RecruitmentRepository(tx);
      const lead = await repo.lockLead(tenantId, id);
      if (!lead) throw new DomainError('recruitment-lead-not-found', `There is no lead with id ${id}.`);
      if (lead.version !== body.version) throw versionConflict();
      if (lead.stage === 'joined')
        throw new DomainError(
          'recruitment-lead-already-joined',
          'This lead has joined; its sign-up is with the pass organisation.',
        );
      let applicationId: string | null = null;
      if (body.stage === 'joined') {
        if (!body.signUp)
          throw new DomainError('invalid-input', 'A lead that joins becomes a sign-up: give its details.', [
            {
              name: 'body.signUp',
              code: 'required',
              reason: 'give the contact, IBAN and terms of the organisation that joins',
            },
          ]);
        const kvk = blank(body.signUp.kvkNumber) ?? lead.kvk_number;
        const application = await submitProviderApplicationTx(tx, tenantId, {
          organisationName: lead.name,
          kind: lead.kind,
          ...(kvk ? { kvkNumber: kvk } : {}),
          contactName: body.signUp.contactName,
          email: body.signUp.email,
          phone: lead.phone,
          ...(body.signUp.website ? { website: body.signUp.website } : {}),
          street: lead.street,
          postcode: lead.postcode,
          city: lead.city,
          description: body.signUp.description?.trim() || lead.notes.slice(0, 2000),
          iban: body.signUp.iban,
          accountHolderName: body.signUp.accountHolderName,
          termsAccepted: body.signUp.termsAccepted,
        }).catch((error: unknown) => {
          // The sign-up's fields are under body.signUp here.
          if (error instanceof DomainError && error.invalidParams)
            throw new DomainError(
              error.code,
              error.message,
              error.invalidParams.map((p) => ({ ...p, name: p.name.replace(/^body\./, 'body.signUp.') })),
            );
          throw error;
        });
        applicationId = application.id;
      }
      const updated = await repo.updateLead(tenantId, id, body.version, {
        stage: body.stage,
        ...(body.nextStepOn === undefined ? {} : { next_step_on: body.nextStepOn }),
        ...(applicationId ? { application_id: applicationId, joined_at: new Date() } : {}),
      });
      if (!updated) throw versionConflict();
      await repo.insertEvent({
        tenantId,
        leadId: id,
        actor: actorId(principal),
        actorName: principal.kind === 'staff' ? principal.name : actorId(principal),
        fromStage: lead.stage,
        toStage: body.stage,
        comment: body.comment?.trim() || null,
      });
    });
    return this.get(principal, id);
  }

  async events(principal: Principal, id: string) {
    await this.get(principal, id);
    return new RecruitmentRepository(this.db).listEvents(principal.tenantId, id);
  }

  /**
   * Imports leads from a CSV file (Dutch Excel: semicolons, Windows-1252 or UTF-8 with a BOM).
   * A dry run lists every problem and stores nothing; a real run stores all rows in one
   * transaction, or none when any row has a problem.
   */
  async importCsv(principal: Principal, bytes: Uint8Array, dryRun: boolean) {
    recruitmentPolicy.authorize(principal, 'recruitment.manage');
    const { tenantId } = principal;
    const repo = new RecruitmentRepository(this.db);
    const { rows, problems } = parseLeadCsv(bytes);
    const [routes, wijken] = await Promise.all([repo.routes(tenantId), repo.wijken(tenantId)]);
    const norm = (v: string) => v.trim().toLowerCase();
    const resolved = rows.map((row) => {
      const route = row.route
        ? routes.find((r) => norm(r.name) === norm(row.route!) || r.slug === norm(row.route!))
        : undefined;
      if (row.route && !route)
        problems.push({ line: row.line, field: 'route', reason: `unknown route "${row.route}"` });
      const wijk = row.wijk
        ? wijken.find((w) => norm(w.name) === norm(row.wijk!) || w.code.toLowerCase() === norm(row.wijk!))
        : undefined;
      if (row.wijk && !wijk) problems.push({ line: row.line, field: 'wijk', reason: `unknown wijk "${row.wijk}"` });
      return { row, route, wijk };
    });
    problems.sort((a, b) => a.line - b.line);
    const preview = resolved.slice(0, 50).map(({ row, route, wijk }) => ({
      line: row.line,
      name: row.name,
      route: route?.name ?? null,
      wijk: wijk?.name ?? null,
      stage: row.stage,
    }));
    if (dryRun || problems.length > 0) {
      if (!dryRun)
        throw new DomainError(
          'invalid-input',
          'The file has problems; nothing was imported. See invalidParams.',
          problems
            .slice(0, 100)
            .map((p) => ({ name: `body[line ${p.line}].${p.field}`, code: 'invalid', reason: p.reason })),
        );
      return { dryRun: true, rows: rows.length, imported: 0, problems, preview };
    }
    await this.db.transaction().execute(async (tx) => {
      for (const { row, route, wijk } of resolved)
        await addLead(tx, tenantId, {
          name: row.name,
          kind: row.kind,
          contactName: row.contactName,
          email: row.email,
          phone: row.phone,
          street: row.street,
          postcode: row.postcode,
          city: row.city,
          kvkNumber: row.kvkNumber,
          routeId: route?.id ?? null,
          wijkCode: wijk?.code ?? null,
          stage: row.stage === 'joined' ? 'lead' : row.stage,
          nextStepOn: row.nextStepOn,
          notes: row.notes,
          source: row.source,
          createdBy: actorId(principal),
          createdByName: principal.kind === 'staff' ? principal.name : undefined,
        });
    });
    return { dryRun: false, rows: rows.length, imported: rows.length, problems: [], preview };
  }

  /** Leads with a position, for the wijk map (a wijkmanager's own wijken only). */
  async map(principal: Principal, wijkCode: string | undefined) {
    const leads = await this.list(principal, wijkCode ? { wijkCode } : {});
    return leads.filter((l) => l.x_rd !== null && l.y_rd !== null && l.wijk_code !== null);
  }

  async assignments(principal: Principal) {
    recruitmentPolicy.authorize(principal, 'recruitment.manage');
    const rows = await new RecruitmentRepository(this.db).listAssignments(principal.tenantId);
    const byUser = new Map<string, { userId: string; name: string; email: string; wijkCodes: string[] }>();
    for (const row of rows) {
      const entry = byUser.get(row.id) ?? { userId: row.id, name: row.name, email: row.email, wijkCodes: [] };
      if (row.wijk_code) entry.wijkCodes.push(row.wijk_code);
      byUser.set(row.id, entry);
    }
    return [...byUser.values()];
  }

  async assign(principal: Principal, userId: string, body: Static<typeof WijkAssignmentBody>) {
    recruitmentPolicy.authorize(principal, 'recruitment.manage');
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new RecruitmentRepository(tx);
      const user = await repo.findUser(tenantId, userId);
      if (!user || user.role !== 'wijkmanager')
        throw new DomainError('not-found', 'There is no wijkmanager with this id.');
      const known = new Set((await repo.wijken(tenantId)).map((w) => w.code));
      const unknown = body.wijkCodes.filter((c) => !known.has(c));
      if (unknown.length > 0)
        throw new DomainError('invalid-input', 'Unknown wijk codes; see invalidParams.', [
          { name: 'body.wijkCodes', code: 'unknown', reason: `unknown: ${unknown.join(', ')}` },
        ]);
      await repo.replaceAssignments(tenantId, userId, body.wijkCodes);
    });
    return (await this.assignments(principal)).find((a) => a.userId === userId)!;
  }

  /**
   * The route × wijk gap matrix from the live offer: published offers valid today per route, at a
   * location in each wijk. A cell without offers is a gap; open leads show who is being asked.
   */
  async gapMatrix(principal: Principal) {
    recruitmentPolicy.authorize(principal, 'recruitment.read');
    const { tenantId } = principal;
    const repo = new RecruitmentRepository(this.db);
    const today = this.today();
    const [routes, wijken, counts, leads, own] = await Promise.all([
      repo.routes(tenantId),
      repo.wijken(tenantId),
      repo.liveOfferCounts(tenantId, today),
      repo.openLeadCounts(tenantId),
      this.scope(principal),
    ]);
    const activeRoutes = routes.filter((r) => r.is_active);
    const shownWijken = own ? wijken.filter((w) => own.includes(w.code)) : wijken;
    const offers = new Map(counts.map((c) => [`${c.route_id}|${c.wijk_code}`, c.offers]));
    const open = new Map(leads.map((c) => [`${c.route_id}|${c.wijk_code}`, c.leads]));
    const cells = activeRoutes.flatMap((route) =>
      shownWijken.map((wijk) => {
        const n = offers.get(`${route.id}|${wijk.code}`) ?? 0;
        return {
          routeId: route.id,
          wijkCode: wijk.code,
          offers: n,
          openLeads: open.get(`${route.id}|${wijk.code}`) ?? 0,
          gap: n === 0,
        };
      }),
    );
    return {
      routes: activeRoutes.map((r) => ({ id: r.id, slug: r.slug, name: r.name })),
      wijken: shownWijken,
      cells,
      gaps: cells.filter((c) => c.gap).length,
      today,
    };
  }
}

const versionConflict = () =>
  new DomainError(
    'recruitment-lead-version-conflict',
    'Someone else changed this lead since you looked; read it again.',
  );
