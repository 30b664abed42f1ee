import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { slugify } from '../maps/reproject.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { brandFor, priceText, renderOfferCard, renderPoster, renderWindowSticker } from './promotion-pdf.ts';
import { recruitmentPolicy } from './recruitment.policy.ts';
import { RecruitmentRepository } from './recruitment.repository.ts';

const notFound = (what: string) => new DomainError('recruitment-promotion-not-found', `There is no ${what} to print.`);

/**
 * Promotion material as print-ready PDFs from the live offer: posters and flyers per route and
 * per wijk (the pass organisation), window stickers and offer cards (also a provider's admins, for
 * their own). QR codes lead to the public pages at the configured public address.
 */
export class PromotionService {
  constructor(
    private readonly db: Db,
    private readonly publicUrl: string,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  private async brand(tenantId: string) {
    return brandFor(await new RecruitmentRepository(this.db).tenant(tenantId));
  }

  private offers(
    tenantId: string,
    filter: { routeId?: string; wijkCode?: string; providerId?: string; offerId?: string },
  ) {
    return new RecruitmentRepository(this.db).liveOffers(tenantId, this.today(), filter);
  }

  async routePoster(principal: Principal, routeId: string, size: 'A3' | 'A5') {
    recruitmentPolicy.authorize(principal, 'promotion.print');
    const { tenantId } = principal;
    const route = await new RecruitmentRepository(this.db).routeById(tenantId, routeId);
    if (!route) throw notFound('route');
    const [brand, offers] = await Promise.all([this.brand(tenantId), this.offers(tenantId, { routeId })]);
    return {
      fileName: `${size === 'A3' ? 'poster' : 'flyer'}-route-${route.slug}.pdf`,
      pdf: await renderPoster({
        brand,
        size,
        heading: route.name,
        intro: route.description || `Met de ${brand.passName} op pad langs de ${route.name}.`,
        offers: offers.map((o) => ({ title: o.title, providerName: o.provider_name, priceText: priceText(o) })),
        url: `${this.publicUrl}/routes/${route.slug}`,
      }),
    };
  }

  async wijkPoster(principal: Principal, wijkCode: string, size: 'A3' | 'A5') {
    recruitmentPolicy.authorize(principal, 'promotion.print');
    const { tenantId } = principal;
    const wijk = await new RecruitmentRepository(this.db).wijkByCode(tenantId, wijkCode);
    if (!wijk) throw notFound('wijk');
    const [brand, offers] = await Promise.all([this.brand(tenantId), this.offers(tenantId, { wijkCode })]);
    return {
      fileName: `${size === 'A3' ? 'poster' : 'flyer'}-wijk-${slugify(wijk.name)}.pdf`,
      pdf: await renderPoster({
        brand,
        size,
        heading: `${brand.passName} in ${wijk.name}`,
        intro: `Hier in ${wijk.name} krijgt u korting met de ${brand.passName}.`,
        offers: offers.map((o) => ({ title: o.title, providerName: o.provider_name, priceText: priceText(o) })),
        url: `${this.publicUrl}/wijken/${slugify(wijk.name)}`,
      }),
    };
  }

  async windowSticker(principal: Principal, providerId: string) {
    recruitmentPolicy.authorize(principal, 'promotion.printOwn', { providerId });
    const { tenantId } = principal;
    const provider = await new RecruitmentRepository(this.db).provider(tenantId, providerId);
    if (!provider) throw notFound('provider');
    return {
      fileName: `raamsticker-${slugify(provider.name)}.pdf`,
      pdf: await renderWindowSticker({
        brand: await this.brand(tenantId),
        providerName: provider.name,
        url: `${this.publicUrl}/?q=${encodeURIComponent(provider.name)}`,
      }),
    };
  }

  async offerCard(principal: Principal, offerId: string) {
    const { tenantId } = principal;
    const owner = await new RecruitmentRepository(this.db).offerProvider(tenantId, offerId);
    recruitmentPolicy.authorize(principal, 'promotion.printOwn', { providerId: owner?.provider_id ?? '' });
    const [offer] = owner ? await this.offers(tenantId, { offerId }) : [];
    if (!offer) throw notFound('live offer');
    return {
      fileName: `aanbodkaart-${slugify(offer.title)}.pdf`,
      pdf: await renderOfferCard({
        brand: await this.brand(tenantId),
        providerName: offer.provider_name,
        offer: {
          title: offer.title,
          providerName: offer.provider_name,
          priceText: priceText(offer),
          validUntil: offer.valid_until,
          summary: offer.summary,
        },
        url: `${this.publicUrl}/aanbod/${offer.id}`,
      }),
    };
  }
}
