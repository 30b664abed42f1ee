import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, isOrgAdmin, isPartnerStaff, type Principal } from '../access/principal.ts';
import { discloseCount } from '../insight/disclosure.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { subjectKey } from './matching.ts';
import { DepotRepository } from './depot.repository.ts';
import { volunteeringPolicy } from './volunteering.policy.ts';
import { VolunteeringRepository } from './volunteering.repository.ts';
import type {
  DepotItem,
  DepotReservation,
  NewDepotItem,
  NewDepotReservation,
  NewSharedNeed,
  NewSpace,
  Space,
} from './volunteering.schemas.ts';
import { VolunteeringService } from './volunteering.service.ts';

/**
 * The materials depot (Materialendepot Zaanstad, Krommenie), spaces for activities, the expertise
 * bank and shared needs. A reservation locks its item and is refused when another reservation
 * holds one of its days, so two partners never get the same tent on the same day, also when
 * they ask at the same moment. Every ask is recorded, the refused ones too: the depot sees what
 * is asked for often, and what it lacks (wishes).
 */

const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const MAX_RESERVATION_DAYS = 14;

export class DepotService {
  private readonly repo: DepotRepository;
  private readonly volunteering: VolunteeringService;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {
    this.repo = new DepotRepository(db);
    this.volunteering = new VolunteeringService(db, today);
  }

  async items(principal: Principal): Promise<{ items: Static<typeof DepotItem>[] }> {
    volunteeringPolicy.authorize(principal, 'depot.read');
    const [items, booked] = await Promise.all([
      this.repo.items(principal.tenantId),
      this.repo.bookedFrom(principal.tenantId, this.today()),
    ]);
    return {
      items: items.map((i) => ({
        id: i.id,
        name: i.name,
        category: i.category,
        description: i.description,
        booked: booked
          .filter((b) => b.item_id === i.id)
          .map((b) => ({ startsOn: day(b.starts_on), endsOn: day(b.ends_on) })),
      })),
    };
  }

  async addItem(principal: Principal, input: Static<typeof NewDepotItem>) {
    volunteeringPolicy.authorize(principal, 'depot.manage');
    const i = await this.repo.insertItem(principal.tenantId, {
      name: input.name.trim(),
      category: input.category?.trim() ?? '',
      description: input.description?.trim() ?? '',
    });
    return { id: i.id, name: i.name, category: i.category, description: i.description, booked: [] };
  }

  async reserve(principal: Principal, input: Static<typeof NewDepotReservation>) {
    volunteeringPolicy.authorize(principal, 'depot.reserve');
    const partner = await this.volunteering.partnerOf(principal);
    const tenantId = principal.tenantId;
    const problems: InvalidParam[] = [];
    if (input.startsOn < this.today())
      problems.push({ name: 'body.startsOn', code: 'in-the-past', reason: 'the first day has passed' });
    if (input.endsOn < input.startsOn)
      problems.push({ name: 'body.endsOn', code: 'before-start', reason: 'the last day is before the first' });
    else if ((Date.parse(input.endsOn) - Date.parse(input.startsOn)) / 86_400_000 >= MAX_RESERVATION_DAYS)
      problems.push({ name: 'body.endsOn', code: 'too-long', reason: `at most ${MAX_RESERVATION_DAYS} days` });
    if (problems.length > 0) throw new DomainError('invalid-input', 'This reservation cannot be taken.', problems);
    const outcome = await this.db.transaction().execute(async (tx) => {
      const repo = new DepotRepository(tx);
      const item = await repo.lockItem(tenantId, input.itemId);
      if (!item || !item.active) return { kind: 'missing' as const };
      if (await repo.overlapping(tenantId, item.id, input.startsOn, input.endsOn)) {
        await repo.insertRequest(tenantId, {
          partnerId: partner.id,
          itemId: item.id,
          wish: null,
          outcome: 'refused_booked',
        });
        return { kind: 'booked' as const };
      }
      const { id } = await repo.insertReservation(tenantId, {
        itemId: item.id,
        partnerId: partner.id,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        purpose: input.purpose?.trim() ?? '',
        createdBy: actorId(principal),
      });
      await repo.insertRequest(tenantId, { partnerId: partner.id, itemId: item.id, wish: null, outcome: 'reserved' });
      return { kind: 'reserved' as const, id };
    });
    if (outcome.kind === 'missing') throw new DomainError('depot-item-not-found', `There is no item ${input.itemId}.`);
    if (outcome.kind === 'booked')
      throw new DomainError('depot-item-booked', 'This item is already reserved on one of these days.');
    return this.reservation(principal, outcome.id);
  }

  async wish(principal: Principal, wish: string) {
    volunteeringPolicy.authorize(principal, 'depot.reserve');
    const partner = await this.volunteering.partnerOf(principal);
    await this.repo.insertRequest(principal.tenantId, {
      partnerId: partner.id,
      itemId: null,
      wish: wish.trim(),
      outcome: 'wish',
    });
  }

  private async partnerFilter(principal: Principal) {
    if (isOrgAdmin(principal)) return null;
    return (await this.volunteering.partnerOf(principal)).id;
  }

  async reservations(principal: Principal): Promise<{ items: Static<typeof DepotReservation>[] }> {
    volunteeringPolicy.authorize(principal, 'depot.read');
    const rows = await this.repo.reservations(principal.tenantId, await this.partnerFilter(principal));
    return {
      items: rows.map((r) => ({
        id: r.id,
        item: { id: r.item_id, name: r.item_name },
        partner: { id: r.partner_id, name: r.partner_name },
        startsOn: day(r.starts_on),
        endsOn: day(r.ends_on),
        purpose: r.purpose,
        status: r.status,
        returnNote: r.return_note,
      })),
    };
  }

  private async reservation(principal: Principal, id: string) {
    const found = (await this.reservations(principal)).items.find((r) => r.id === id);
    if (!found) throw new DomainError('depot-reservation-not-found', `There is no reservation ${id}.`);
    return found;
  }

  /** The depot hands out (from reserved) or takes back (from handed out); the partner or the depot cancels a reservation. */
  async move(principal: Principal, id: string, step: 'hand_out' | 'return' | 'cancel', note?: string) {
    const tenantId = principal.tenantId;
    const r = await this.repo.reservation(tenantId, id);
    if (step === 'cancel') {
      volunteeringPolicy.authorize(principal, 'depot.read');
      const mine = await this.partnerFilter(principal);
      if (!r || (mine !== null && r.partner_id !== mine))
        throw new DomainError('depot-reservation-not-found', `There is no reservation ${id}.`);
    } else {
      volunteeringPolicy.authorize(principal, 'depot.manage');
      if (!r) throw new DomainError('depot-reservation-not-found', `There is no reservation ${id}.`);
    }
    const moved =
      step === 'hand_out'
        ? await this.repo.moveReservation(tenantId, id, ['reserved'], 'handed_out')
        : step === 'return'
          ? await this.repo.moveReservation(tenantId, id, ['handed_out'], 'returned', note?.trim() || null)
          : await this.repo.moveReservation(tenantId, id, ['reserved'], 'cancelled');
    if (!moved) throw new DomainError('depot-reservation-wrong-status', `The reservation is ${r.status}.`);
    return this.reservation(principal, id);
  }

  async demand(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'depot.manage');
    const rows = await this.repo.demand(principal.tenantId);
    return {
      items: rows.map((r) => ({ what: r.what, itemId: r.item_id, asked: Number(r.asked), refused: Number(r.refused) })),
    };
  }

  // ── spaces ──

  async spaces(principal: Principal): Promise<{ items: Static<typeof Space>[] }> {
    volunteeringPolicy.authorize(principal, 'spaces.use');
    const tenantId = principal.tenantId;
    const partnerId = isPartnerStaff(principal) ? (await this.volunteering.partnerOf(principal)).id : null;
    const rows = await this.repo.spaces(tenantId);
    const wijken = await new VolunteeringRepository(this.db).wijkNames(
      tenantId,
      rows.map((r) => r.wijk_code),
    );
    const offers = rows.filter((r) => r.kind === 'offer');
    return {
      items: rows.map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        description: s.description,
        wijk: { code: s.wijk_code, name: wijken.get(s.wijk_code) ?? s.wijk_code },
        capacity: s.capacity,
        ownerName: s.owner_name,
        availability: s.availability,
        mine: isOrgAdmin(principal) ? s.partner_id === null : s.partner_id === partnerId,
        status: s.status,
        matches:
          s.kind === 'request'
            ? offers.filter((o) => o.wijk_code === s.wijk_code && o.capacity >= s.capacity).map((o) => o.id)
            : [],
      })),
    };
  }

  /**
   * A partner offers its own room or asks for one; the pass organisation posts the rooms of the
   * housing corporations (Parteon, Rochdale, Zaandams Volkshuisvesting) under their name.
   */
  async postSpace(principal: Principal, input: Static<typeof NewSpace>) {
    volunteeringPolicy.authorize(principal, 'spaces.use');
    const tenantId = principal.tenantId;
    const partner = isPartnerStaff(principal) ? await this.volunteering.partnerOf(principal) : null;
    const problems: InvalidParam[] = [];
    const wijken = await new VolunteeringRepository(this.db).wijkNames(tenantId, [input.wijkCode]);
    if (!wijken.has(input.wijkCode))
      problems.push({ name: 'body.wijkCode', code: 'unknown-wijk', reason: `there is no wijk ${input.wijkCode}` });
    if (!partner && !input.ownerName)
      problems.push({ name: 'body.ownerName', code: 'required', reason: 'say whose space it is' });
    if (!partner && input.kind === 'request')
      problems.push({ name: 'body.kind', code: 'offers-only', reason: 'the pass organisation posts offers' });
    if (problems.length > 0) throw new DomainError('invalid-input', 'This space cannot be posted.', problems);
    const { id } = await this.repo.insertSpace(tenantId, {
      kind: input.kind,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      wijkCode: input.wijkCode,
      capacity: input.capacity,
      ownerName: partner?.name ?? input.ownerName!.trim(),
      partnerId: partner?.id ?? null,
      availability: input.availability?.trim() ?? '',
      createdBy: actorId(principal),
    });
    return (await this.spaces(principal)).items.find((s) => s.id === id)!;
  }

  async closeSpace(principal: Principal, id: string) {
    volunteeringPolicy.authorize(principal, 'spaces.use');
    const s = await this.repo.space(principal.tenantId, id);
    const partnerId = isPartnerStaff(principal) ? (await this.volunteering.partnerOf(principal)).id : null;
    if (!s || (!isOrgAdmin(principal) && s.partner_id !== partnerId))
      throw new DomainError('space-not-found', `There is no space ${id} of yours.`);
    await this.repo.closeSpace(principal.tenantId, id);
  }

  // ── expertise bank and shared needs ──

  /** The volunteers' skills; how many have each only from 10 on. */
  async expertiseBank(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'sharedNeeds.read');
    const rows = await new VolunteeringRepository(this.db).skills(principal.tenantId);
    return { skills: rows.map((r) => ({ skill: r.skill, volunteers: discloseCount(Number(r.volunteers)) })) };
  }

  async sharedNeeds(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'sharedNeeds.read');
    const tenantId = principal.tenantId;
    const mine = isPartnerStaff(principal)
      ? await this.repo.sharedNeedsOf(tenantId, (await this.volunteering.partnerOf(principal)).id)
      : [];
    return { mine, signals: await this.repo.sharedNeedSignals(tenantId) };
  }

  async addSharedNeed(principal: Principal, input: Static<typeof NewSharedNeed>) {
    volunteeringPolicy.authorize(principal, 'sharedNeeds.post');
    const partner = await this.volunteering.partnerOf(principal);
    await this.repo.insertSharedNeed(principal.tenantId, {
      partnerId: partner.id,
      kind: input.kind,
      subject: input.subject.trim(),
      subjectKey: subjectKey(input.subject),
      note: input.note?.trim() ?? '',
    });
    return this.sharedNeeds(principal);
  }
}
