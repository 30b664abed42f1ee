import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound, type InvalidParam } from '../../shared/errors.ts';
import { isProviderAdmin, providerOf, type Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { agendaPolicy } from './agenda.policy.ts';
import { presentEditableEvent, presentFestival, presentOccurrence } from './agenda.presenter.ts';
import { AgendaRepository, type EventFilter } from './agenda.repository.ts';
import type { EventInput, EventsQuery, FestivalInput } from './agenda.schemas.ts';
import {
  addDays,
  fromFloating,
  isValidRule,
  lastDay,
  MAX_OCCURRENCES,
  occurrencesBetween,
  periodDays,
  startOfDay,
} from './occurrences.ts';

type EventBody = Static<typeof EventInput>;
type FestivalBody = Static<typeof FestivalInput>;
const invalid = (problems: InvalidParam[]) =>
  new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);

/** An Amsterdam wall-clock minute ('YYYY-MM-DDTHH:MM') as an instant; undefined if there is no such time. */
export function instantOf(local: string): Date | undefined {
  const floating = new Date(`${local}:00Z`);
  if (Number.isNaN(floating.getTime()) || floating.toISOString().slice(0, 16) !== local) return undefined;
  return fromFloating(floating);
}

const MAX_DAYS = 366;
const MAX_ITEMS = 1000;

/** The days asked for: a period ("this weekend") or from/to; the answer names every invalid field. */
export function resolveDays(query: Static<typeof EventsQuery>, today: string): { from: string; toExclusive: string } {
  if (!query.from && !query.to) {
    const days = periodDays(query.period ?? 'upcoming', today);
    return { from: days.from, toExclusive: days.to };
  }
  const problems: InvalidParam[] = [];
  if (query.period)
    problems.push({
      name: 'querystring.period',
      code: 'not-allowed',
      reason: 'Give either a period or from/to, not both.',
    });
  const from = query.from ?? today;
  const to = query.to ?? addDays(from, 30);
  if (to < from) problems.push({ name: 'querystring.to', code: 'before-from', reason: 'to is before from.' });
  else if (to > addDays(from, MAX_DAYS - 1))
    problems.push({ name: 'querystring.to', code: 'too-long', reason: `At most ${MAX_DAYS} days at once.` });
  if (problems.length > 0)
    throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
  return { from, toExclusive: addDays(to, 1) };
}

/** The agenda: public; events and their repetitions in a period, filtered, in time order. */
export class AgendaService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly today: () => string = () => todayInNetherlands(),
    private readonly db: Db = repo.database,
  ) {}

  async listEvents(principal: Principal, query: Static<typeof EventsQuery>) {
    agendaPolicy.authorize(principal, 'agenda.read');
    const { from, toExclusive } = resolveDays(query, this.today());
    const items = await this.occurrences(principal.tenantId, from, toExclusive, query);
    return { from, to: addDays(toExclusive, -1), items };
  }

  async listFestivals(principal: Principal) {
    agendaPolicy.authorize(principal, 'agenda.read');
    return (await this.repo.listFestivals(principal.tenantId, this.today())).map(presentFestival);
  }

  async getFestival(principal: Principal, slug: string) {
    agendaPolicy.authorize(principal, 'agenda.read');
    const festival = await this.repo.findFestival(principal.tenantId, slug);
    if (!festival) throw notFound(`Festival ${slug}`);
    const from = String(festival.starts_on);
    const toExclusive = addDays(String(festival.ends_on), 1);
    const events = await this.occurrences(principal.tenantId, from, toExclusive, { festival: slug });
    return { ...presentFestival(festival), events };
  }

  /** Events that have not ended, to edit: all of them for the pass organisation. */
  async listEditable(principal: Principal) {
    agendaPolicy.authorize(principal, 'agenda.manage');
    const rows = await this.repo.listEditable(principal.tenantId, this.today(), null);
    return { items: rows.map(presentEditableEvent) };
  }

  /** A provider's events that have not ended (its admins and the pass organisation). */
  async listProviderEvents(principal: Principal, providerId: string) {
    agendaPolicy.authorize(principal, 'agenda.events.manage', { providerId });
    const rows = await this.repo.listEditable(principal.tenantId, this.today(), providerId);
    return { items: rows.map(presentEditableEvent) };
  }

  /** One event as stored. Another provider's event is not found, as if it did not exist. */
  async getEditable(principal: Principal, eventId: string) {
    requireEditor(principal);
    const row = await this.repo.findEditable(principal.tenantId, eventId);
    if (!row || !agendaPolicy.can(principal, 'agenda.events.manage', { providerId: row.provider_id }))
      throw notFound('Event');
    return presentEditableEvent(row);
  }

  async createEvent(principal: Principal, input: EventBody) {
    requireEditor(principal);
    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new AgendaRepository(tx);
      const values = await this.checkEvent(repo, principal, input);
      const { id } = await repo.insertEvent({ tenant_id: principal.tenantId, ...values });
      return id;
    });
    return this.getEditable(principal, id);
  }

  /** Replaces an event; a provider may only move it to another of its own offers. */
  async updateEvent(principal: Principal, eventId: string, input: EventBody) {
    requireEditor(principal);
    await this.db.transaction().execute(async (tx) => {
      const repo = new AgendaRepository(tx);
      await this.lockOwnEvent(repo, principal, eventId);
      const values = await this.checkEvent(repo, principal, input);
      await repo.updateEvent(principal.tenantId, eventId, values);
    });
    return this.getEditable(principal, eventId);
  }

  /** Takes an event off the agenda, with all its repetitions. */
  async deleteEvent(principal: Principal, eventId: string) {
    requireEditor(principal);
    await this.db.transaction().execute(async (tx) => {
      const repo = new AgendaRepository(tx);
      await this.lockOwnEvent(repo, principal, eventId);
      await repo.deleteEvent(principal.tenantId, eventId);
    });
  }

  async createFestival(principal: Principal, input: FestivalBody) {
    agendaPolicy.authorize(principal, 'agenda.manage');
    await this.db.transaction().execute(async (tx) => {
      const repo = new AgendaRepository(tx);
      const problems = festivalProblems(input);
      if (await repo.findFestival(principal.tenantId, input.slug))
        problems.push({ name: 'body.slug', code: 'taken', reason: 'Another festival has this address.' });
      if (problems.length > 0) throw invalid(problems);
      await repo.insertFestival({
        tenant_id: principal.tenantId,
        slug: input.slug,
        name: input.name.trim(),
        description: input.description.trim(),
        starts_on: input.startsOn,
        ends_on: input.endsOn,
      });
    });
    return presentFestival((await this.repo.findFestival(principal.tenantId, input.slug))!);
  }

  /** Changes a festival, its address (slug) too. */
  async updateFestival(principal: Principal, slug: string, input: FestivalBody) {
    agendaPolicy.authorize(principal, 'agenda.manage');
    await this.db.transaction().execute(async (tx) => {
      const repo = new AgendaRepository(tx);
      if (!(await repo.findFestival(principal.tenantId, slug))) throw notFound(`Festival ${slug}`);
      const problems = festivalProblems(input);
      if (input.slug !== slug && (await repo.findFestival(principal.tenantId, input.slug)))
        problems.push({ name: 'body.slug', code: 'taken', reason: 'Another festival has this address.' });
      if (problems.length > 0) throw invalid(problems);
      await repo.updateFestival(principal.tenantId, slug, {
        slug: input.slug,
        name: input.name.trim(),
        description: input.description.trim(),
        starts_on: input.startsOn,
        ends_on: input.endsOn,
      });
    });
    return presentFestival((await this.repo.findFestival(principal.tenantId, input.slug))!);
  }

  /** The event, locked; not found when it does not exist or the principal may not change it. */
  private async lockOwnEvent(repo: AgendaRepository, principal: Principal, eventId: string) {
    const event = await repo.lockEvent(principal.tenantId, eventId);
    if (!event || !agendaPolicy.can(principal, 'agenda.events.manage', { providerId: event.provider_id }))
      throw notFound('Event');
  }

  /**
   * The columns of an event from the input, after checking every field (all problems at once).
   * The provider is that of the offer; a provider must tie its events to one of its own offers.
   */
  private async checkEvent(repo: AgendaRepository, principal: Principal, input: EventBody) {
    const { tenantId } = principal;
    const problems: InvalidParam[] = [];
    const add = (name: string, code: string, reason: string) => problems.push({ name: `body.${name}`, code, reason });
    if (!input.title.trim()) add('title', 'required', 'Give a title.');
    const startsAt = instantOf(input.startsAt);
    const endsAt = instantOf(input.endsAt);
    if (!startsAt) add('startsAt', 'invalid-date', 'There is no such day or time.');
    if (!endsAt) add('endsAt', 'invalid-date', 'There is no such day or time.');
    if (startsAt && endsAt && endsAt <= startsAt) add('endsAt', 'before-start', 'The end must be after the start.');
    let lastOn: string | null = null;
    if (input.rrule !== null && !isValidRule(input.rrule))
      add('rrule', 'invalid-rule', 'Not a repeat rule (RFC 5545 RRULE without DTSTART).');
    else if (startsAt && endsAt && endsAt > startsAt) {
      const last = lastDay({ startsAt, endsAt, rrule: input.rrule });
      if (last === undefined)
        add('rrule', 'no-occurrences', `The rule gives no date, or more than ${MAX_OCCURRENCES}; check its end.`);
      else lastOn = last;
    }
    if (input.isFree && input.priceCents !== null) add('priceCents', 'not-with-free', 'A free event has no price.');
    const [wijk, offer, route, festival] = await Promise.all([
      input.wijkCode ? repo.wijkExists(tenantId, input.wijkCode) : null,
      input.offerId ? repo.offer(tenantId, input.offerId) : null,
      input.routeSlug ? repo.routeId(tenantId, input.routeSlug) : null,
      input.festivalSlug ? repo.findFestival(tenantId, input.festivalSlug) : null,
    ]);
    if (input.wijkCode && !wijk) add('wijkCode', 'unknown', 'There is no wijk with this code.');
    if (input.routeSlug && !route) add('routeSlug', 'unknown', 'There is no route with this address.');
    if (input.festivalSlug && !festival) add('festivalSlug', 'unknown', 'There is no festival with this address.');
    const manager = agendaPolicy.can(principal, 'agenda.manage');
    // A provider's admin sees only its own offers: another provider's offer is as unknown as none.
    const visibleOffer = offer && (manager || offer.provider_id === providerOf(principal)) ? offer : undefined;
    if (input.offerId && !visibleOffer) add('offerId', 'unknown', 'There is no such offer of yours.');
    else if (!input.offerId && !manager) add('offerId', 'required', 'Choose one of your offers.');
    if (problems.length > 0) throw invalid(problems);
    const providerId = visibleOffer?.provider_id ?? null;
    agendaPolicy.authorize(principal, 'agenda.events.manage', { providerId });
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      kind: input.kind,
      starts_at: startsAt!,
      ends_at: endsAt!,
      rrule: input.rrule,
      last_on: lastOn,
      location_name: input.locationName.trim(),
      address: input.address.trim(),
      wijk_code: input.wijkCode,
      offer_id: input.offerId,
      provider_id: providerId,
      route_id: route?.id ?? null,
      festival_id: festival?.id ?? null,
      is_free: input.isFree,
      price_cents: input.isFree ? null : input.priceCents,
    };
  }

  async passName(principal: Principal) {
    return (await this.repo.passName(principal.tenantId))?.pass_name ?? 'Stadspas';
  }

  private async occurrences(tenantId: string, from: string, toExclusive: string, filter: EventFilter) {
    const start = startOfDay(from);
    const end = startOfDay(toExclusive);
    const rows = await this.repo.candidates(tenantId, from, end, filter);
    return rows
      .flatMap((row) =>
        occurrencesBetween({ startsAt: row.starts_at, endsAt: row.ends_at, rrule: row.rrule }, start, end).map(
          (occurrence) => presentOccurrence(row, occurrence),
        ),
      )
      .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title))
      .slice(0, MAX_ITEMS);
  }
}

/** Only the pass organisation and providers' admins edit the agenda; others are refused outright. */
function requireEditor(principal: Principal) {
  if (!isProviderAdmin(principal)) agendaPolicy.authorize(principal, 'agenda.manage');
}

function festivalProblems(input: FestivalBody): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (!input.name.trim()) problems.push({ name: 'body.name', code: 'required', reason: 'Give a name.' });
  if (input.endsOn < input.startsOn)
    problems.push({ name: 'body.endsOn', code: 'before-start', reason: 'The last day is before the first.' });
  return problems;
}

/** The agenda for another module (the newsletter reads the coming events). */
export const agendaServiceFor = (db: Db) => new AgendaService(new AgendaRepository(db));
