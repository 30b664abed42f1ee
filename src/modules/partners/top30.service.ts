import { Type, type Static } from '@sinclair/typebox';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PeriodicJob } from '../../http/module-manifest.ts';
import { Uuid } from '../../http/schemas.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { discloseCount } from '../insight/disclosure.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { partnersPolicy } from './partners.policy.ts';
import { PartnersRepository } from './partners.repository.ts';
import { DisclosedCount } from './partners.schemas.ts';
import { PartnersService } from './partners.service.ts';

/**
 * The top 30 of volunteer activities, made with Zaankanters voor Elkaar: partners nominate
 * activities (also ones not on the pass yet); each is ranked on reach (unique holders who used it
 * on the pass in the last twelve months) and impact (a jury score of the pass organisation and a
 * score of the volunteer organisation's staff), with weights the pass organisation sets. The
 * ranking is recomputed monthly by a job and is public.
 */

export const NewNomination = Type.Object(
  {
    title: Type.String({ minLength: 2, maxLength: 200 }),
    description: Type.String({ minLength: 10, maxLength: 2000 }),
    wijkCode: Type.String({ minLength: 1, maxLength: 20 }),
    offerId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export const NominationScore = Type.Object(
  { score: Type.Integer({ minimum: 0, maximum: 10 }) },
  { additionalProperties: false },
);
export const Top30Weights = Type.Object(
  {
    reach: Type.Integer({ minimum: 0, maximum: 100 }),
    jury: Type.Integer({ minimum: 0, maximum: 100 }),
    volunteerOrganisation: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  { additionalProperties: false, $id: 'Top30Weights' },
);
export const Top30 = Type.Object(
  {
    month: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}$' }), Type.Null()]),
    weights: Top30Weights,
    items: Type.Array(
      Type.Object({
        rank: Type.Integer(),
        nominationId: Uuid,
        title: Type.String(),
        description: Type.String(),
        partnerName: Type.String(),
        wijk: Type.Object({ code: Type.String(), name: Type.String() }),
        onThePass: Type.Boolean(),
        reach: DisclosedCount,
        score: Type.Number({ description: '0 to 100' }),
      }),
    ),
  },
  { $id: 'Top30' },
);

const DEFAULT_WEIGHTS = { reach: 40, jury: 30, volunteer_org: 30 };

async function weightsOf(db: Kysely<DB>, tenantId: string) {
  const row = await db.selectFrom('top30_weights').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  return row ?? { tenant_id: tenantId, ...DEFAULT_WEIGHTS };
}

/** Ranks every nomination of the tenant for `month` and stores the best 30 (replacing that month's). */
export async function recomputeTop30(db: Kysely<DB>, tenantId: string, month: string) {
  return db.transaction().execute((tx) => rankTop30(tx, tenantId, month));
}

/** The same, in the caller's transaction (the demo seed ranks its nominations this way). */
export async function rankTop30(tx: Kysely<DB>, tenantId: string, month: string) {
  const w = await weightsOf(tx, tenantId);
  const { rows } = await sql<{ id: string; reach: number | string; jury: number | null; org: number | null }>`
      select n.id, n.jury_score as jury, n.volunteer_org_score as org,
             (select count(distinct ps.holder_id) from redemptions r
                join passes ps on ps.tenant_id = r.tenant_id and ps.id = r.pass_id
               where r.tenant_id = n.tenant_id and r.offer_id = n.offer_id and r.cancelled_at is null
                 and r.created_at > now() - interval '12 months') as reach
        from top30_nominations n where n.tenant_id = ${tenantId}`.execute(tx);
  const maxReach = Math.max(1, ...rows.map((r) => Number(r.reach)));
  const total = w.reach + w.jury + w.volunteer_org;
  const scored = rows
    .map((r) => ({
      id: r.id,
      reach: Number(r.reach),
      score:
        (100 *
          (w.reach * (Number(r.reach) / maxReach) +
            w.jury * ((r.jury ?? 0) / 10) +
            w.volunteer_org * ((r.org ?? 0) / 10))) /
        total,
    }))
    .sort((a, b) => b.score - a.score || b.reach - a.reach || a.id.localeCompare(b.id))
    .slice(0, 30);
  await tx.deleteFrom('top30_rankings').where('tenant_id', '=', tenantId).where('month', '=', month).execute();
  if (scored.length > 0)
    await tx
      .insertInto('top30_rankings')
      .values(
        scored.map((s, i) => ({
          tenant_id: tenantId,
          month,
          rank: i + 1,
          nomination_id: s.id,
          reach: s.reach,
          score: Math.round(s.score * 10) / 10,
        })),
      )
      .execute();
  return scored.length;
}

/** Monthly: ranks each municipality's nominations once per month (at start-up and daily checks). */
export const top30MonthlyJob: PeriodicJob = {
  name: 'Top 30 of volunteer activities recomputed',
  intervalMs: 24 * 3_600_000,
  run: async ({ database }) => {
    const month = todayInNetherlands().slice(0, 7);
    const due = await database.db
      .selectFrom('top30_nominations as n')
      .select('n.tenant_id')
      .distinct()
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('top30_rankings as k')
              .select('k.rank')
              .whereRef('k.tenant_id', '=', 'n.tenant_id')
              .where('k.month', '=', month),
          ),
        ),
      )
      .execute();
    for (const { tenant_id } of due) await recomputeTop30(database.db, tenant_id, month);
    return due.length > 0 ? { month, municipalities: due.length } : undefined;
  },
};

export class Top30Service {
  constructor(private readonly db: Kysely<DB>) {}

  async nominate(principal: Principal, input: Static<typeof NewNomination>) {
    const partner = await new PartnersService(this.db).ownPartner(principal);
    if (partner.status !== 'approved')
      throw new DomainError('partner-not-approved', 'Your organisation is not approved yet.');
    if (!(await new PartnersRepository(this.db).wijk(principal.tenantId, input.wijkCode)))
      throw new DomainError('invalid-input', 'This nomination cannot be taken; see invalidParams.', [
        { name: 'body.wijkCode', code: 'unknown-wijk', reason: `there is no wijk ${input.wijkCode}` },
      ]);
    if (input.offerId) {
      const offer = await this.db
        .selectFrom('offers')
        .select('id')
        .where('tenant_id', '=', principal.tenantId)
        .where('id', '=', input.offerId)
        .executeTakeFirst();
      if (!offer)
        throw new DomainError('invalid-input', 'This nomination cannot be taken; see invalidParams.', [
          { name: 'body.offerId', code: 'unknown-offer', reason: `there is no offer ${input.offerId}` },
        ]);
    }
    return this.db
      .insertInto('top30_nominations')
      .values({
        tenant_id: principal.tenantId,
        partner_id: partner.id,
        title: input.title.trim(),
        description: input.description.trim(),
        wijk_code: input.wijkCode,
        offer_id: input.offerId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  /** The pass organisation gives the jury score; staff of a volunteer organisation (Zaankanters voor Elkaar) theirs. */
  async score(principal: Principal, nominationId: string, score: number) {
    const column = partnersPolicy.can(principal, 'partner.manage')
      ? 'jury_score'
      : (await new PartnersService(this.db).ownPartner(principal)).kind === 'volunteer_organisation'
        ? 'volunteer_org_score'
        : null;
    if (!column) throw new DomainError('forbidden', 'Only the pass organisation and volunteer organisations score.');
    const updated = await this.db
      .updateTable('top30_nominations')
      .set({ [column]: score })
      .where('tenant_id', '=', principal.tenantId)
      .where('id', '=', nominationId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw new DomainError('top30-nomination-not-found', `There is no nomination ${nominationId}.`);
  }

  async setWeights(principal: Principal, weights: Static<typeof Top30Weights>) {
    partnersPolicy.authorize(principal, 'partner.manage');
    if (weights.reach + weights.jury + weights.volunteerOrganisation === 0)
      throw new DomainError('invalid-input', 'The weights cannot all be zero; see invalidParams.', [
        { name: 'body.reach', code: 'all-zero', reason: 'at least one weight must be more than zero' },
      ]);
    const values = { reach: weights.reach, jury: weights.jury, volunteer_org: weights.volunteerOrganisation };
    await this.db
      .insertInto('top30_weights')
      .values({ tenant_id: principal.tenantId, ...values })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
      .execute();
  }

  async recompute(principal: Principal) {
    partnersPolicy.authorize(principal, 'partner.manage');
    await recomputeTop30(this.db, principal.tenantId, todayInNetherlands().slice(0, 7));
    return this.top30(principal);
  }

  /** Public: the latest month's ranking. Reach below 10 holders shows as "fewer than 10". */
  async top30(principal: Principal): Promise<Static<typeof Top30>> {
    partnersPolicy.authorize(principal, 'supportRounds.read');
    const tenantId = principal.tenantId;
    const w = await weightsOf(this.db, tenantId);
    const latest = await this.db
      .selectFrom('top30_rankings')
      .select((eb) => eb.fn.max('month').as('month'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    const month = latest?.month ?? null;
    const rows = month
      ? await this.db
          .selectFrom('top30_rankings as k')
          .innerJoin('top30_nominations as n', (j) =>
            j.onRef('n.tenant_id', '=', 'k.tenant_id').onRef('n.id', '=', 'k.nomination_id'),
          )
          .innerJoin('partners as p', (j) =>
            j.onRef('p.tenant_id', '=', 'n.tenant_id').onRef('p.id', '=', 'n.partner_id'),
          )
          .innerJoin('wijken as wk', (j) =>
            j.onRef('wk.tenant_id', '=', 'n.tenant_id').onRef('wk.code', '=', 'n.wijk_code'),
          )
          .select([
            'k.rank',
            'k.reach',
            'k.score',
            'n.id',
            'n.title',
            'n.description',
            'n.offer_id',
            'n.wijk_code',
            'wk.name as wijk_name',
            'p.name as partner_name',
          ])
          .where('k.tenant_id', '=', tenantId)
          .where('k.month', '=', month)
          .orderBy('k.rank')
          .execute()
      : [];
    return {
      month,
      weights: { reach: w.reach, jury: w.jury, volunteerOrganisation: w.volunteer_org },
      items: rows.map((r) => ({
        rank: r.rank,
        nominationId: r.id,
        title: r.title,
        description: r.description,
        partnerName: r.partner_name,
        wijk: { code: r.wijk_code, name: r.wijk_name },
        onThePass: r.offer_id !== null,
        reach: discloseCount(r.reach),
        score: Number(r.score),
      })),
    };
  }
}
