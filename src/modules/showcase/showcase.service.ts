import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { ShowcaseRepository } from './showcase.repository.ts';
import { showcasePolicy } from './showcase.policy.ts';
import type { NewProvider, ProviderProfile, StarterOffer } from './showcase.schemas.ts';

/** How long a provider counts as "new on the pass". */
export const NEW_DAYS = 90;
const STARTER_COUNT = 5;
const NEW_COUNT = 12;

const day = (value: Date | string) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

/**
 * Promoting the business, not only the discount: a public profile per provider, the providers new
 * on the pass, and five offers to try first per wijk for the wegwijzer. No figure about holders.
 */
export class ShowcaseService {
  constructor(
    private readonly repo: ShowcaseRepository,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  /** A provider's profile; only providers with a current offer have a public one. */
  async profile(principal: Principal, providerId: string): Promise<Static<typeof ProviderProfile>> {
    showcasePolicy.authorize(principal, 'showcase.read');
    const { tenantId } = principal;
    const provider = await this.repo.findProvider(tenantId, providerId);
    const offers = provider ? await this.repo.offersOf(tenantId, providerId, this.today()) : [];
    if (!provider || offers.length === 0) throw notFound('This provider');
    const [locations, routes] = await Promise.all([
      this.repo.locationsOf(tenantId, providerId),
      this.repo.routesOf(
        tenantId,
        offers.map((o) => o.id),
      ),
    ]);
    return {
      id: provider.id,
      name: provider.name,
      kind: provider.kind,
      story: provider.description,
      website: provider.website,
      onThePassSince: day(provider.created_at),
      locations: locations.map((l) => ({
        id: l.id,
        name: l.name,
        address: `${l.street}, ${l.postcode} ${l.city}`,
        wijk: { code: l.wijk_code, name: l.wijk_name },
      })),
      routes,
      offers: offers.map((o) => ({ id: o.id, title: o.title, summary: o.summary, isFree: o.price_type === 'free' })),
    };
  }

  async newProviders(principal: Principal, now = new Date()): Promise<Static<typeof NewProvider>[]> {
    showcasePolicy.authorize(principal, 'showcase.read');
    const since = new Date(now.getTime() - NEW_DAYS * 86_400_000);
    const rows = await this.repo.newProviders(principal.tenantId, since, this.today(), NEW_COUNT);
    return rows
      .filter((r) => Number(r.offer_count ?? 0) > 0)
      .slice(0, NEW_COUNT)
      .map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        story: r.description,
        onThePassSince: day(r.created_at),
        offerCount: Number(r.offer_count),
      }));
  }

  async starterOffers(principal: Principal, wijkCode: string): Promise<Static<typeof StarterOffer>[]> {
    showcasePolicy.authorize(principal, 'showcase.read');
    const rows = await this.repo.starterOffers(principal.tenantId, wijkCode, this.today(), STARTER_COUNT);
    return rows.map((o) => ({
      id: o.id,
      title: o.title,
      summary: o.summary,
      isFree: o.price_type === 'free',
      provider: { id: o.provider_id, name: o.provider_name },
    }));
  }
}

/** The showcase for another module (the newsletter reads the providers new on the pass). */
export const showcaseServiceFor = (db: Db) => new ShowcaseService(new ShowcaseRepository(db));
