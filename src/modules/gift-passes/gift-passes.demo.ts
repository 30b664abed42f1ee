import type { DemoContext } from '../../http/module-manifest.ts';
import { hashSecret } from '../../shared/tokens.ts';
import { GiftPassesRepository } from './gift-passes.repository.ts';

/**
 * Two gift orders in the demo: an employer's year-end gift on invoice, still waiting for the
 * transfer (the pass organisation can confirm it in Beheer), and a paid order whose codes are
 * listed (booked as a pass sale, as a real payment would be, through the ledger).
 */
export async function giftPassesDemo({ tx, tenantId }: DemoContext) {
  const repo = new GiftPassesRepository(tx);
  const price = await repo.adultPrice(tenantId);
  if (!price) return;
  await repo.insertOrder({
    tenantId,
    companyName: 'Verkade Zaandam',
    contactName: 'Petra Jonker',
    contactEmail: 'hr@verkade.demo',
    quantity: 40,
    unitPriceCents: price.price_cents,
    shareCents: price.action_budget_share_cents,
    paymentMethod: 'invoice',
    purchaseOrderReference: 'PO-2026-118',
    // The demo buyer's link uses the secret "demo-verkade".
    accessTokenHash: hashSecret('demo-verkade'),
    createdBy: 'demo',
  });
}
