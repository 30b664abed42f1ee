import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ProviderKind } from './providers.tables.ts';

export class ProvidersRepository {
  constructor(private readonly db: Db) {}

  /** For reading other modules' data through their exported functions (the areas' geometry). */
  get database(): Db {
    return this.db;
  }

  findProvider(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'name', 'kind', 'description', 'website', 'email', 'phone', 'status'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
  }

  listLocations(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('locations as l')
      .innerJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'l.tenant_id').onRef('w.code', '=', 'l.wijk_code'),
      )
      .leftJoin('buurten as b', (join) =>
        join.onRef('b.tenant_id', '=', 'l.tenant_id').onRef('b.code', '=', 'l.buurt_code'),
      )
      .select(['l.id', 'l.name', 'l.street', 'l.postcode', 'l.city', 'w.code as wijk_code', 'w.name as wijk_name'])
      .select(['l.buurt_code', 'b.name as buurt_name', 'l.opening_hours', 'l.accessibility', 'l.x_rd', 'l.y_rd'])
      .where('l.tenant_id', '=', tenantId)
      .where('l.provider_id', '=', providerId)
      .orderBy('l.name')
      .orderBy('l.id')
      .execute();
  }

  /** Where the provider is paid (payouts). */
  findBankAccount(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'iban', 'bic', 'account_holder_name', 'bank_account_updated_at'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
  }

  setBankAccount(
    tenantId: string,
    providerId: string,
    account: { iban: string; bic: string | null; accountHolderName: string },
  ) {
    return this.db
      .updateTable('providers')
      .set({
        iban: account.iban,
        bic: account.bic,
        account_holder_name: account.accountHolderName,
        bank_account_updated_at: sql<Date>`now()`,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .returning(['id', 'iban', 'bic', 'account_holder_name', 'bank_account_updated_at'])
      .executeTakeFirst();
  }

  /** The provider's API tokens, active ones first, newest first. Never the hash. */
  async listApiTokens(tenantId: string, providerId: string, page: number, pageSize: number) {
    const base = this.db
      .selectFrom('api_tokens')
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId);
    const [rows, total] = await Promise.all([
      base
        .select(['id', 'name', 'created_at', 'revoked_at'])
        .orderBy(sql`revoked_at is null`, 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(total.count) };
  }

  insertApiToken(tenantId: string, providerId: string, name: string, tokenHash: string) {
    return this.db
      .insertInto('api_tokens')
      .values({ tenant_id: tenantId, provider_id: providerId, name, token_hash: tokenHash })
      .returning(['id', 'name', 'created_at', 'revoked_at'])
      .executeTakeFirstOrThrow();
  }

  /** Sets revoked_at once; revoking again keeps the first moment. Returns the token, or undefined. */
  async revokeApiToken(tenantId: string, providerId: string, tokenId: string) {
    const revoked = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('id', '=', tokenId)
      .where('revoked_at', 'is', null)
      .returning(['id'])
      .executeTakeFirst();
    if (revoked) return revoked;
    return this.db
      .selectFrom('api_tokens')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('id', '=', tokenId)
      .executeTakeFirst();
  }

  findTillSettings(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'accepts_typed_pass_numbers'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
  }

  setTillSettings(tenantId: string, providerId: string, acceptsTypedPassNumbers: boolean) {
    return this.db
      .updateTable('providers')
      .set({ accepts_typed_pass_numbers: acceptsTypedPassNumbers })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .returning(['id', 'accepts_typed_pass_numbers'])
      .executeTakeFirst();
  }

  /** A new provider (approved sign-up). The unique index on the KvK number refuses a second one. */
  insertProvider(tenantId: string, provider: NewProvider) {
    return this.db
      .insertInto('providers')
      .values({
        tenant_id: tenantId,
        name: provider.name,
        kind: provider.kind,
        kvk_number: provider.kvkNumber,
        description: provider.description,
        website: provider.website,
        email: provider.email,
        phone: provider.phone,
        iban: provider.iban,
        account_holder_name: provider.accountHolderName,
        bank_account_updated_at: sql<Date>`now()`,
      })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
  }

  findByKvk(tenantId: string, kvkNumber: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('kvk_number', '=', kvkNumber)
      .executeTakeFirst();
  }

  /** Marks the provider suspended; the row lock makes an approval under way finish first. */
  suspend(tenantId: string, providerId: string) {
    return this.db
      .updateTable('providers')
      .set({ status: 'suspended' })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .returning(['id'])
      .executeTakeFirst();
  }

  insertLocation(tenantId: string, providerId: string, location: LocationValues) {
    return this.db
      .insertInto('locations')
      .values({ tenant_id: tenantId, provider_id: providerId, ...location })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  updateLocation(tenantId: string, providerId: string, locationId: string, location: LocationValues) {
    return this.db
      .updateTable('locations')
      .set(location)
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('id', '=', locationId)
      .returning(['id'])
      .executeTakeFirst();
  }
}

export interface LocationValues {
  name: string;
  street: string;
  postcode: string;
  city: string;
  opening_hours: string;
  accessibility: string;
  wijk_code: string;
  buurt_code: string | null;
  x_rd: number;
  y_rd: number;
}

export interface NewProvider {
  name: string;
  kind: ProviderKind;
  kvkNumber: string | null;
  description: string;
  website: string | null;
  email: string;
  phone: string | null;
  iban: string;
  accountHolderName: string;
}
