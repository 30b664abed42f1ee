import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { discloseCount, discloseSeries } from '../insight/disclosure.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { providerFiguresPolicy } from './provider-figures.policy.ts';
import { ProviderFiguresRepository } from './provider-figures.repository.ts';
import type { ProviderFigures } from './provider-figures.schemas.ts';

const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

/**
 * A provider's own figures for a period (default: the last twelve months). Redemptions are the
 * provider's own transactions, which it already sees one by one; every figure about holders
 * (unique holders, reach per wijk and per route) goes through the rule of 10 (insight/disclosure.ts).
 */
export class ProviderFiguresService {
  constructor(private readonly db: Db) {}

  async figures(
    principal: Principal,
    providerId: string,
    period: { from?: string | undefined; to?: string | undefined },
  ): Promise<Static<typeof ProviderFigures>> {
    providerFiguresPolicy.authorize(principal, 'provider.figures.read', { providerId });
    const to = period.to ?? todayInNetherlands();
    const from = period.from ?? yearBefore(to);
    if (from > to)
      throw new DomainError('invalid-input', 'The period ends before it starts.', [
        { name: 'query.to', code: 'before-start', reason: 'to is before from' },
      ]);
    const repo = new ProviderFiguresRepository(this.db);
    const { tenantId } = principal;
    const [totals, weeks, months, wijken, routes] = await Promise.all([
      repo.totals(tenantId, providerId, from, to),
      repo.perPeriod(tenantId, providerId, from, to, 'week'),
      repo.perPeriod(tenantId, providerId, from, to, 'month'),
      repo.holdersPerWijk(tenantId, providerId, from, to),
      repo.holdersPerRoute(tenantId, providerId, from, to),
    ]);
    const wijkSeries = discloseSeries(
      wijken.map((w) => w.code),
      (code) => ({ people: wijken.find((w) => w.code === code)?.holders ?? 0 }),
    );
    // A holder can reach a provider along several routes: no total, so no complementary suppression needed.
    const routeSeries = discloseSeries(
      routes.map((r) => r.slug),
      (slug) => ({ people: routes.find((r) => r.slug === slug)?.holders ?? 0 }),
      { total: false },
    );
    return {
      from,
      to,
      redemptions: totals.redemptions,
      redemptionsPerWeek: weeks.map((w) => ({ weekStart: w.period, redemptions: w.redemptions })),
      redemptionsPerMonth: months.map((m) => ({ month: m.period, redemptions: m.redemptions })),
      uniqueHolders: discloseCount(totals.holders),
      reachByWijk: wijken.map((w) => ({
        wijkCode: w.code,
        wijkName: w.name,
        holders: wijkSeries.items[w.code]!.people,
      })),
      reachByRoute: routes.map((r) => ({
        routeSlug: r.slug,
        routeName: r.name,
        holders: routeSeries.items[r.slug]!.people,
      })),
      turnoverCents: totals.turnover_cents,
      reimbursedCents: totals.reimbursed_cents,
    };
  }
}
