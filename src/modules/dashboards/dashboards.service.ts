import type { Db } from '../../db/database.ts';
import type { Principal } from '../access/principal.ts';
import { DomainError, notFound } from '../../shared/errors.ts';
import { feedbackYearFigures } from '../feedback/insight-figures.ts';
import { disclose, discloseCount, discloseSeries, type Disclosed } from '../insight/disclosure.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { socialContributionCount } from '../recruitment/relationships.service.ts';
import { dashboardsPolicy } from './dashboards.policy.ts';
import { DashboardsRepository } from './dashboards.repository.ts';
import { BUURT_CONDITIONS, type BuurtBreakdownBody, type Condition, type DashboardBody } from './dashboards.schemas.ts';
import { rollForward } from './rollup.ts';

type Unit = 'count' | 'percent' | 'cents' | 'ratio';
type Indicator = DashboardBody['indicators'][number];
type Breakdown = DashboardBody['byWijk'];

const CATEGORIES = ['low_income', 'carer', 'child', 'regular'] as const;
const CATEGORY_LABEL: Record<string, string> = {
  low_income: 'Minima',
  carer: 'Mantelzorgers',
  child: 'Kinderen',
  regular: 'Overige houders',
};

/** A figure not about people (offers, providers, euros of grants): shown as it is. */
const plain = (value: number): Disclosed => ({ value, suppressed: false });
const indicator = (key: string, unit: Unit, figure: Disclosed): Indicator => ({ key, unit, figure, available: true });
const round1 = (n: number) => Math.round(n * 10) / 10;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function monthsOf(year: number, now: Date): string[] {
  const last = now.getUTCFullYear() === year ? now.getUTCMonth() + 1 : now.getUTCFullYear() > year ? 12 : 0;
  return Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** People counts per key, disclosed as one series (with a total: the keys do not overlap). */
function peopleBreakdown(
  measure: string,
  keys: { key: string; label: string }[],
  people: (key: string) => number,
): Breakdown {
  const series = discloseSeries(
    keys.map((k) => k.key),
    (key) => ({ people: people(key) }),
  );
  return {
    measure,
    unit: 'count',
    items: keys.map((k) => ({ key: k.key, label: k.label, figure: series.items[k.key]!.people })),
  };
}

/** People per wijk for the dashboards whose wijk breakdown counts holders (one function, so a buurt drill-down discloses against the same figures). */
function peopleByWijk(condition: Condition, wijkKeys: { key: string; label: string }[], reach: ReachRow[]): Breakdown {
  const { measure, counts } = PEOPLE_BY_AREA[condition]!;
  const counted = reach.filter(counts);
  return peopleBreakdown(measure, wijkKeys, (code) =>
    sum(counted.filter((r) => r.wijkCode === code).map((r) => r.holders)),
  );
}

const plainBreakdown = (
  measure: string,
  unit: Unit,
  keys: { key: string; label: string }[],
  value: (key: string) => number,
): Breakdown => ({
  measure,
  unit,
  items: keys.map((k) => ({ key: k.key, label: k.label, figure: plain(value(k.key)) })),
});

const emptyBreakdown = (measure: string): Breakdown => ({ measure, unit: 'count', items: [] });

type ReachRow = { wijkCode: string; buurtCode: string; category: string; holders: number };

/** The holders a people breakdown per wijk counts: low-income holders reached, or all active holders. */
const PEOPLE_BY_AREA: Partial<Record<Condition, { measure: string; counts: (r: ReachRow) => boolean }>> = {
  'used-and-valued': { measure: 'lowIncomeHoldersReached', counts: (r) => r.category === 'low_income' },
  'feedback': { measure: 'activeHolders', counts: () => true },
};

/**
 * The rows of a breakdown per buurt of one wijk: its CBS buurten by name, then `unknown` ("Buurt
 * onbekend") for rows without a buurt or with a code the wijk's buurten do not have. For figures
 * about people the `unknown` row is always there, so that its mere presence says nothing (a row
 * shown only when someone is in it would tell that its hidden figure is not 0).
 */
const UNKNOWN_BUURT = 'unknown';
function buurtRows(buurten: { code: string; name: string }[], codesInData: string[], people: boolean) {
  const known = new Set(buurten.map((b) => b.code));
  const keyOf = (code: string | null) => (code && known.has(code) ? code : UNKNOWN_BUURT);
  const keys = buurten.map((b) => ({ key: b.code, label: b.name }));
  if (people || codesInData.some((c) => keyOf(c) === UNKNOWN_BUURT))
    keys.push({ key: UNKNOWN_BUURT, label: 'Buurt onbekend' });
  return { keys, keyOf };
}

/**
 * The dashboards of the game plan's six success conditions. Figures come from the roll-ups
 * (rolled forward from the watermark first, decision 0036); every figure about people goes
 * through insight/disclosure.ts.
 */
export class DashboardsService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async dashboard(principal: Principal, condition: Condition, year?: number): Promise<DashboardBody> {
    dashboardsPolicy.authorize(principal, 'dashboards.read');
    const now = this.clock();
    await rollForward(this.db, principal.tenantId, now);
    return this.build(principal.tenantId, condition, year ?? now.getUTCFullYear(), now);
  }

  /** The same without the policy check and roll-forward: for the bench and the Jaarplan. */
  async build(tenantId: string, condition: Condition, year: number, now: Date): Promise<DashboardBody> {
    const repo = new DashboardsRepository(this.db);
    const months = monthsOf(year, now);
    const [wijken, routes, until] = await Promise.all([
      repo.wijken(tenantId),
      repo.routes(tenantId),
      repo.watermark(tenantId),
    ]);
    const wijkKeys = wijken.map((w) => ({ key: w.code, label: w.name }));
    const routeKeys = routes.map((r) => ({ key: r.id, label: r.name }));
    const categoryKeys = CATEGORIES.map((c) => ({ key: c, label: CATEGORY_LABEL[c]! }));
    const base = {
      condition,
      year,
      figuresUntil: until.toISOString(),
      buurtBreakdown: BUURT_CONDITIONS.includes(condition),
    };

    const routeRedemptions = async (): Promise<Breakdown> => {
      const rows = await repo.redemptionsByRoute(tenantId, year);
      return {
        measure: 'redemptions',
        unit: 'count',
        items: routeKeys.map((k) => {
          const row = rows.find((r) => r.routeId === k.key);
          return { key: k.key, label: k.label, figure: disclose(row?.redemptions ?? 0, row?.minPeople ?? 0) };
        }),
      };
    };

    switch (condition) {
      case 'rich-offer': {
        const [offers, newProviders] = await Promise.all([
          repo.publishedOffers(tenantId),
          repo.newProviders(tenantId, year),
        ]);
        const population = sum(wijken.map((w) => w.population));
        const perWijk = (code: string) => offers.filter((o) => o.wijken.includes(code)).length;
        const gaps = sum(
          routes.map(
            (r) =>
              wijken.filter((w) => !offers.some((o) => o.routes.includes(r.id) && o.wijken.includes(w.code))).length,
          ),
        );
        const targetGroups = [...new Set(offers.flatMap((o) => o.targetGroups))].sort();
        return {
          ...base,
          indicators: [
            indicator('publishedOffers', 'count', plain(offers.length)),
            indicator('newProviders', 'count', plain(newProviders)),
            indicator('wijkenWithoutOffers', 'count', plain(wijken.filter((w) => perWijk(w.code) === 0).length)),
            indicator('routeWijkGaps', 'count', plain(gaps)),
            indicator(
              'offersPer1000',
              'ratio',
              plain(population > 0 ? round1((offers.length * 1000) / population) : 0),
            ),
          ],
          trend: {
            measure: 'newOffers',
            unit: 'count',
            months: months.map((m) => ({ month: m, figure: plain(offers.filter((o) => o.createdMonth === m).length) })),
          },
          byWijk: plainBreakdown('offers', 'count', wijkKeys, perWijk),
          byRoute: plainBreakdown(
            'offers',
            'count',
            routeKeys,
            (id) => offers.filter((o) => o.routes.includes(id)).length,
          ),
          byTargetGroup: plainBreakdown(
            'offers',
            'count',
            targetGroups.map((g) => ({ key: g, label: g })),
            (g) => offers.filter((o) => o.targetGroups.includes(g)).length,
          ),
        };
      }
      case 'used-and-valued': {
        const [usage, reach, estimates, byRoute, feedback] = await Promise.all([
          repo.usageByMonth(tenantId, year),
          repo.reachByArea(tenantId, year),
          repo.targetGroupEstimates(tenantId, 'low_income'),
          routeRedemptions(),
          feedbackYearFigures(this.db, tenantId, year),
        ]);
        const low = reach.filter((r) => r.category === 'low_income');
        const reached = sum(low.map((r) => r.holders));
        const estimate = sum(estimates.map((e) => e.size));
        const lowUsage = usage.filter((u) => u.category === 'low_income');
        const trend = discloseSeries(
          months,
          (m) => ({ people: sum(lowUsage.filter((u) => u.month === m).map((u) => u.holders)) }),
          { total: false },
        );
        return {
          ...base,
          indicators: [
            indicator('lowIncomeHoldersReached', 'count', discloseCount(reached)),
            indicator(
              'lowIncomeReachPercent',
              'percent',
              disclose(estimate > 0 ? round1((reached * 100) / estimate) : 0, estimate > 0 ? reached : 0),
            ),
            indicator('lowIncomeRedemptions', 'count', disclose(sum(lowUsage.map((u) => u.redemptions)), reached)),
            // Ratings are about the holders who gave them; ease of use about who answered.
            indicator('averageRating', 'ratio', disclose(feedback.averageStars ?? 0, feedback.raters)),
            indicator(
              'easeOfUse',
              'percent',
              disclose(
                feedback.easeOfUseAnswers > 0 ? round1((feedback.easeOfUseEasy * 100) / feedback.easeOfUseAnswers) : 0,
                // A share shows how many said it is easy, and how many not: both must be 10 or more.
                Math.min(feedback.easeOfUseEasy, feedback.easeOfUseAnswers - feedback.easeOfUseEasy),
              ),
            ),
          ],
          trend: {
            measure: 'activeLowIncomeHolders',
            unit: 'count',
            months: months.map((m) => ({ month: m, figure: trend.items[m]!.people })),
          },
          byWijk: peopleByWijk(condition, wijkKeys, reach),
          byRoute,
          byTargetGroup: peopleBreakdown('holdersReached', categoryKeys, (c) =>
            sum(reach.filter((r) => r.category === c).map((r) => r.holders)),
          ),
        };
      }
      case 'businesses': {
        const [providerMonths, providerWijken, usage, reach, byRoute, views, social] = await Promise.all([
          repo.providerMonths(tenantId, year - 1, year),
          repo.providerWijken(tenantId),
          repo.usageByMonth(tenantId, year),
          repo.reachByArea(tenantId, year),
          routeRedemptions(),
          repo.views(tenantId, year),
          socialContributionCount(this.db, tenantId, todayInNetherlands(now)),
        ]);
        const thisYear = providerMonths.filter((p) => p.month.startsWith(`${year}-`));
        const lastYear = new Set(
          providerMonths.filter((p) => p.month.startsWith(`${year - 1}-`)).map((p) => p.providerId),
        );
        const active = new Set(thisYear.map((p) => p.providerId));
        const retained = [...lastYear].filter((id) => active.has(id)).length;
        const holders = sum(reach.map((r) => r.holders));
        const redemptions = sum(thisYear.map((p) => p.redemptions));
        const categoryRedemptions = (c: string) => sum(usage.filter((u) => u.category === c).map((u) => u.redemptions));
        const categoryPeople = (c: string) => sum(reach.filter((r) => r.category === c).map((r) => r.holders));
        const categorySeries = discloseSeries(
          categoryKeys.map((k) => k.key),
          (c) => ({ people: categoryPeople(c), measures: { redemptions: categoryRedemptions(c) } }),
        );
        return {
          ...base,
          indicators: [
            indicator('activeProviders', 'count', plain(active.size)),
            indicator(
              'redemptionsPerActiveProvider',
              'ratio',
              disclose(active.size > 0 ? round1(redemptions / active.size) : 0, holders),
            ),
            indicator(
              'providerRetentionPercent',
              'percent',
              plain(lastYear.size > 0 ? round1((retained * 100) / lastYear.size) : 0),
            ),
            indicator('turnoverCents', 'cents', disclose(sum(usage.map((u) => u.turnover)), holders)),
            // Name recognition: page counters, not people.
            indicator('profileViews', 'count', plain(views.provider_profile)),
            indicator('offerViews', 'count', plain(views.offer)),
            // Providers with the social-credit mark (free or reduced offers, or sponsoring): not people.
            indicator('socialContribution', 'count', plain(social)),
          ],
          trend: {
            measure: 'activeProviders',
            unit: 'count',
            months: months.map((m) => ({
              month: m,
              figure: plain(new Set(thisYear.filter((p) => p.month === m).map((p) => p.providerId)).size),
            })),
          },
          byWijk: plainBreakdown(
            'activeProviders',
            'count',
            wijkKeys,
            (code) =>
              new Set(
                providerWijken
                  .filter((p) => p.wijk_code === code && active.has(p.provider_id))
                  .map((p) => p.provider_id),
              ).size,
          ),
          byRoute,
          byTargetGroup: {
            measure: 'redemptions',
            unit: 'count',
            items: categoryKeys.map((k) => ({
              key: k.key,
              label: k.label,
              figure: categorySeries.items[k.key].measures.redemptions,
            })),
          },
        };
      }
      case 'feedback': {
        const [usage, reach, byRoute, feedback, passHolders] = await Promise.all([
          repo.usageByMonth(tenantId, year),
          repo.reachByArea(tenantId, year),
          routeRedemptions(),
          feedbackYearFigures(this.db, tenantId, year),
          repo.passHolders(tenantId, year, now),
        ]);
        const holders = sum(reach.map((r) => r.holders));
        const redemptions = sum(usage.map((u) => u.redemptions));
        const trend = discloseSeries(
          months,
          (m) => ({ people: sum(usage.filter((u) => u.month === m).map((u) => u.holders)) }),
          { total: false },
        );
        return {
          ...base,
          indicators: [
            // Condition 4 is three things: residents have a pass, use it, and keep giving feedback.
            indicator('passHolders', 'count', discloseCount(passHolders)),
            indicator('activeHolders', 'count', discloseCount(holders)),
            indicator(
              'redemptionsPerActiveHolder',
              'ratio',
              disclose(holders > 0 ? round1(redemptions / holders) : 0, holders),
            ),
            // Answers are anonymous: each is counted as a person, so the count follows the rule of 10.
            indicator('surveysAnswered', 'count', discloseCount(feedback.surveysAnswered)),
            indicator('ratingsGiven', 'count', disclose(feedback.ratingsGiven, feedback.raters)),
            indicator(
              'panelResponsePercent',
              'percent',
              disclose(
                feedback.panelInvited > 0 ? round1((feedback.panelResponded * 100) / feedback.panelInvited) : 0,
                Math.min(feedback.panelResponded, feedback.panelInvited - feedback.panelResponded),
              ),
            ),
          ],
          trend: {
            measure: 'activeHolders',
            unit: 'count',
            months: months.map((m) => ({ month: m, figure: trend.items[m]!.people })),
          },
          byWijk: peopleByWijk(condition, wijkKeys, reach),
          byRoute,
          byTargetGroup: peopleBreakdown('activeHolders', categoryKeys, (c) =>
            sum(reach.filter((r) => r.category === c).map((r) => r.holders)),
          ),
        };
      }
      case 'community-centres': {
        const [grants, pacts] = await Promise.all([repo.grants(tenantId, year), repo.activePacts(tenantId, year)]);
        const participants = grants.flatMap((g) => (g.participants === null ? [] : [g.participants]));
        const groups = [...new Set(grants.map((g) => g.targetGroup))].sort();
        return {
          ...base,
          indicators: [
            indicator('grants', 'count', plain(grants.length)),
            indicator('grantedCents', 'cents', plain(sum(grants.map((g) => g.grantedCents)))),
            indicator('activePacts', 'count', plain(pacts)),
            indicator('activitiesOnPass', 'count', plain(grants.filter((g) => g.hasOffer).length)),
            indicator('participantsReported', 'count', discloseCount(sum(participants))),
          ],
          trend: {
            measure: 'grants',
            unit: 'count',
            months: months.map((m) => ({ month: m, figure: plain(grants.filter((g) => g.month === m).length) })),
          },
          byWijk: plainBreakdown('grantedCents', 'cents', wijkKeys, (code) =>
            sum(grants.filter((g) => g.wijkCode === code).map((g) => g.grantedCents)),
          ),
          byRoute: emptyBreakdown('grants'),
          byTargetGroup: plainBreakdown(
            'grants',
            'count',
            groups.map((g) => ({ key: g, label: g })),
            (g) => grants.filter((x) => x.targetGroup === g).length,
          ),
        };
      }
      case 'civil-servants': {
        const [opportunities, tagged, creditSchemes] = await Promise.all([
          repo.opportunities(tenantId),
          repo.taggedSubjects(tenantId),
          repo.creditSchemes(tenantId, year),
        ]);
        const goals = [...new Map(opportunities.map((o) => [o.goalSlug, o.goalName])).entries()].map(
          ([key, label]) => ({ key, label }),
        );
        return {
          ...base,
          indicators: [
            indicator('opportunities', 'count', plain(opportunities.length)),
            indicator(
              'opportunitiesRunning',
              'count',
              plain(opportunities.filter((o) => o.status === 'running' || o.status === 'evaluated').length),
            ),
            indicator('taggedSubjects', 'count', plain(sum(Object.values(tagged)))),
            indicator('taggedSchemes', 'count', plain(tagged.scheme ?? 0)),
            indicator('creditSchemes', 'count', plain(creditSchemes)),
          ],
          trend: {
            measure: 'newOpportunities',
            unit: 'count',
            months: months.map((m) => ({ month: m, figure: plain(opportunities.filter((o) => o.month === m).length) })),
          },
          byWijk: emptyBreakdown('opportunities'),
          byRoute: emptyBreakdown('opportunities'),
          byTargetGroup: plainBreakdown(
            'opportunities',
            'count',
            goals,
            (slug) => opportunities.filter((o) => o.goalSlug === slug).length,
          ),
        };
      }
    }
  }

  /** Reach of a target group per wijk in a year, with offers per 1,000 residents (for the kansenkaart). */
  async wijkReach(tenantId: string, targetGroup: string, year: number, now: Date) {
    await rollForward(this.db, tenantId, now);
    const repo = new DashboardsRepository(this.db);
    const [wijken, reach, estimates, offers] = await Promise.all([
      repo.wijken(tenantId),
      repo.reachByArea(tenantId, year),
      repo.targetGroupEstimates(tenantId, targetGroup),
      repo.publishedOffers(tenantId),
    ]);
    const group = reach.filter((r) => r.category === targetGroup);
    const people = (code: string) => sum(group.filter((r) => r.wijkCode === code).map((r) => r.holders));
    const series = discloseSeries(
      wijken.map((w) => w.code),
      (code) => ({ people: people(code) }),
    );
    return wijken.map((w) => {
      const estimate = estimates.find((e) => e.wijkCode === w.code);
      const reached = series.items[w.code]!.people;
      return {
        wijkCode: w.code,
        wijkName: w.name,
        population: w.population,
        estimatedGroupSize: estimate?.size ?? null,
        estimateSource: estimate?.source ?? null,
        holdersReached: reached,
        reachPercent:
          // Hidden as the reach is; without an estimate there is no share (the web shows the estimate is missing).
          reached.suppressed
            ? reached
            : !estimate || estimate.size === 0
              ? { value: null, suppressed: true }
              : plain(round1((reached.value * 100) / estimate.size)),
        offersPer1000:
          w.population > 0 ? round1((offers.filter((o) => o.wijken.includes(w.code)).length * 1000) / w.population) : 0,
      };
    });
  }

  /**
   * The wijk breakdown of a dashboard per CBS buurt of one wijk ("armoede vrije buurt", seed 003
   * §4.1). Figures about people go through the disclosure rules as one series whose total is the
   * wijk's figure as the dashboard shows it: a buurt under 10 is hidden, and so is another buurt
   * when the wijk figure minus the shown buurten would give it away. When the wijk figure itself is
   * hidden no buurt is shown, since the buurten would add up to it.
   */
  async buurtBreakdown(
    principal: Principal,
    condition: Condition,
    wijkCode: string,
    year?: number,
  ): Promise<BuurtBreakdownBody> {
    dashboardsPolicy.authorize(principal, 'dashboards.read');
    const now = this.clock();
    await rollForward(this.db, principal.tenantId, now);
    return this.buildBuurten(principal.tenantId, condition, year ?? now.getUTCFullYear(), wijkCode);
  }

  /** The same without the policy check and roll-forward. */
  async buildBuurten(
    tenantId: string,
    condition: Condition,
    year: number,
    wijkCode: string,
  ): Promise<BuurtBreakdownBody> {
    if (!BUURT_CONDITIONS.includes(condition))
      throw new DomainError('invalid-input', 'This dashboard has no breakdown per buurt; see invalidParams.', [
        { name: 'path.condition', code: 'no-buurten', reason: 'the figures of this dashboard have no buurt' },
      ]);
    const repo = new DashboardsRepository(this.db);
    const [wijken, buurten] = await Promise.all([repo.wijken(tenantId), repo.buurten(tenantId, wijkCode)]);
    const wijk = wijken.find((w) => w.code === wijkCode);
    if (!wijk) throw notFound(`Wijk ${wijkCode}`);
    const base = { condition, year, wijk: { code: wijk.code, name: wijk.name } };

    const people = PEOPLE_BY_AREA[condition];
    if (people) {
      const reach = await repo.reachByArea(tenantId, year);
      const wijkKeys = wijken.map((w) => ({ key: w.code, label: w.name }));
      const wijkFigure = peopleByWijk(condition, wijkKeys, reach).items.find((i) => i.key === wijkCode)!.figure;
      const inWijk = reach.filter((r) => people.counts(r) && r.wijkCode === wijkCode);
      const result = { ...base, measure: people.measure, unit: 'count' as const, wijkFigure };
      if (wijkFigure.suppressed) return { ...result, items: [] };
      const { keys, keyOf } = buurtRows(
        buurten,
        inWijk.map((r) => r.buurtCode),
        true,
      );
      const series = discloseSeries(
        keys.map((k) => k.key),
        (key) => ({ people: sum(inWijk.filter((r) => keyOf(r.buurtCode) === key).map((r) => r.holders)) }),
      );
      return { ...result, items: keys.map((k) => ({ ...k, figure: series.items[k.key]!.people })) };
    }

    // Offers and providers are no people: their figures are shown as they are.
    const distinctPer = (rows: { id: string; buurt: string }[], measure: string): BuurtBreakdownBody => {
      const { keys, keyOf } = buurtRows(
        buurten,
        rows.map((r) => r.buurt),
        false,
      );
      const count = (key: string) => new Set(rows.filter((r) => keyOf(r.buurt) === key).map((r) => r.id)).size;
      return {
        ...base,
        measure,
        unit: 'count',
        wijkFigure: plain(new Set(rows.map((r) => r.id)).size),
        items: keys.map((k) => ({ ...k, figure: plain(count(k.key)) })),
      };
    };
    if (condition === 'rich-offer') {
      const rows = await repo.offerBuurten(tenantId, wijkCode);
      return distinctPer(
        rows.map((r) => ({ id: r.offer_id, buurt: r.buurt_code })),
        'offers',
      );
    }
    const [rows, months] = await Promise.all([
      repo.providerBuurten(tenantId, wijkCode),
      repo.providerMonths(tenantId, year, year),
    ]);
    const active = new Set(months.map((m) => m.providerId));
    return distinctPer(
      rows.filter((r) => active.has(r.provider_id)).map((r) => ({ id: r.provider_id, buurt: r.buurt_code })),
      'activeProviders',
    );
  }

  /**
   * Reach of a target group per buurt of one wijk (the kansenkaart), under the same rules as the
   * dashboards' breakdown per buurt; undefined when the wijk's own figure is hidden.
   */
  async buurtReach(tenantId: string, targetGroup: string, year: number, wijkCode: string) {
    const repo = new DashboardsRepository(this.db);
    const [wijken, buurten, reach] = await Promise.all([
      repo.wijken(tenantId),
      repo.buurten(tenantId, wijkCode),
      repo.reachByArea(tenantId, year),
    ]);
    const group = reach.filter((r) => r.category === targetGroup);
    // The wijk figure as the kansenkaart shows it (wijkReach: one series over the wijken).
    const wijkSeries = discloseSeries(
      wijken.map((w) => w.code),
      (code) => ({ people: sum(group.filter((r) => r.wijkCode === code).map((r) => r.holders)) }),
    );
    if (!wijkSeries.items[wijkCode] || wijkSeries.items[wijkCode].people.suppressed) return undefined;
    const inWijk = group.filter((r) => r.wijkCode === wijkCode);
    const { keys, keyOf } = buurtRows(
      buurten,
      inWijk.map((r) => r.buurtCode),
      true,
    );
    const series = discloseSeries(
      keys.map((k) => k.key),
      (key) => ({ people: sum(inWijk.filter((r) => keyOf(r.buurtCode) === key).map((r) => r.holders)) }),
    );
    return keys.map((k) => ({ buurtCode: k.key, buurtName: k.label, holdersReached: series.items[k.key]!.people }));
  }
}
