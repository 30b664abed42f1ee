import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound, type InvalidParam } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { agendaPolicy } from './agenda.policy.ts';
import { presentFestival, presentOccurrence } from './agenda.presenter.ts';
import { AgendaRepository, type EventFilter } from './agenda.repository.ts';
import type { EventsQuery } from './agenda.schemas.ts';
import { addDays, occurrencesBetween, periodDays, startOfDay } from './occurrences.ts';

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

/** The agenda for another module (the newsletter reads the coming events). */
export const agendaServiceFor = (db: Db) => new AgendaService(new AgendaRepository(db));
