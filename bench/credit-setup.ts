import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { CreditRepository } from '../src/modules/credit/credit.repository.ts';
import { fundSchemeTx, loadCreditTx } from '../src/modules/credit/credit.service.ts';

/**
 * Load-test data: one credit scheme per tenant, funded, with `amountCents` on every active pass;
 * every offer takes credit and, with `reimburseFromFund`, has its discount reimbursed by that scheme's fund.
 */
export async function giveEveryPassCredit(
  db: Kysely<DB>,
  amountCents: number,
  options: { reimburseFromFund?: boolean } = {},
) {
  await db.transaction().execute(async (tx) => {
    const credit = new CreditRepository(tx);
    const tenants = await tx.selectFrom('tenants').select('id').execute();
    for (const { id: tenantId } of tenants) {
      const passes = await tx
        .selectFrom('passes')
        .select(['id', 'number'])
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'active')
        .execute();
      const { id } = await credit.insertScheme(tenantId, {
        name: 'Benchmark tegoed',
        description: '',
        amountPerPassCents: amountCents,
        eligiblePassCategories: [],
        spendableOfferCategories: [],
        validUntil: '2099-12-31',
      });
      const scheme = (await credit.findScheme(tenantId, id))!;
      await fundSchemeTx(tx, {
        tenantId,
        scheme,
        amountCents: amountCents * Math.max(1, passes.length),
        reference: 'benchmark',
      });
      for (const pass of passes)
        await loadCreditTx(tx, { tenantId, scheme, pass, amountCents, loadReference: 'benchmark' });
      await tx
        .updateTable('offers')
        .set(
          options.reimburseFromFund
            ? { payable_from_credit: true, discount_borne_by: 'scheme', discount_scheme_id: id }
            : { payable_from_credit: true },
        )
        .where('tenant_id', '=', tenantId)
        .execute();
    }
  });
}

/** One Bearer API token per provider with offers valid today: the tills of a load test. */
export async function createTillTokens(
  db: Kysely<DB>,
  makeSecret: () => string,
  hash: (secret: string) => string,
): Promise<string[]> {
  const providers = await db
    .selectFrom('providers as p')
    .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.provider_id', '=', 'p.id'))
    .select(['p.tenant_id', 'p.id'])
    .distinct()
    .where('o.status', '=', 'published')
    .where('o.valid_from', '<=', new Date().toISOString().slice(0, 10))
    .where('o.valid_until', '>=', new Date().toISOString().slice(0, 10))
    .execute();
  const tokens: string[] = [];
  for (const provider of providers) {
    const secret = makeSecret();
    await db
      .insertInto('api_tokens')
      .values({ tenant_id: provider.tenant_id, provider_id: provider.id, name: 'Load test', token_hash: hash(secret) })
      .execute();
    tokens.push(secret);
  }
  return tokens;
}
