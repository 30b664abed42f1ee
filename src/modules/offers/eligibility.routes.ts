import { Type, type Static } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { notFound } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { PassCategory } from '../passes/passes.schemas.ts';
import { offersPolicy } from './offers.policy.ts';
import { OffersRepository } from './offers.repository.ts';

export const OfferEligibility = Type.Object({
  offerId: Uuid,
  passCategories: Type.Array(PassCategory, {
    uniqueItems: true,
    maxItems: 4,
    description:
      'Only passes of these categories may use the offer (carer: mantelzorgers, low_income: minima); empty: every pass. ' +
      'The till refuses it to anyone else with 409 offer-not-available, worded the same whatever the reason.',
  }),
});
const EligibilityInput = Type.Object(
  { passCategories: OfferEligibility.properties.passCategories },
  { additionalProperties: false },
);

/** Which passes may use an offer: the pass organisation's decision (a target group's own offer). */
export class EligibilityService {
  constructor(private readonly repo: OffersRepository) {}

  async set(principal: Principal, offerId: string, passCategories: string[]): Promise<Static<typeof OfferEligibility>> {
    offersPolicy.authorize(principal, 'offer.eligibility.manage');
    const row = await this.repo.setEligiblePassCategories(
      principal.tenantId,
      offerId,
      [...new Set(passCategories)].sort(),
    );
    if (!row) throw notFound('This offer');
    return { offerId: row.id, passCategories: row.eligible_pass_categories as Static<typeof PassCategory>[] };
  }
}

export async function eligibilityRoutes(app: App) {
  const service = new EligibilityService(new OffersRepository(app.deps.database.db));
  app.put(
    '/admin/offers/:offerId/eligibility',
    {
      schema: {
        tags: ['administration'],
        summary: 'Set which pass categories may use an offer (pass organisation only)',
        operationId: 'setOfferEligibility',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ offerId: Uuid }),
        body: EligibilityInput,
        response: { 200: OfferEligibility, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.set(request.principal, request.params.offerId, request.body.passCategories),
  );
}
