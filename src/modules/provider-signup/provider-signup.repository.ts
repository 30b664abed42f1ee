import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ApplicationStatus, ProviderApplicationsTable } from './provider-signup.tables.ts';

export type NewApplicationRow = Omit<Insertable<ProviderApplicationsTable>, 'tenant_id'>;

/** Queries of sign-ups. Every query filters by tenant. */
export class ProviderSignupRepository {
  constructor(private readonly db: Db) {}

  /**
   * Serialises sign-ups with the same KvK number until the transaction ends, so two at once
   * cannot both miss each other: the second sees the first and is flagged.
   */
  async lockKvkNumber(tenantId: string, kvkNumber: string) {
    await sql`select pg_advisory_xact_lock(hashtext(${`provider-signup:${tenantId}:${kvkNumber}`}))`.execute(this.db);
  }

  /** An earlier sign-up with this KvK number that did not end in "declined". */
  findOpenByKvk(tenantId: string, kvkNumber: string) {
    return this.db
      .selectFrom('provider_applications')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('kvk_number', '=', kvkNumber)
      .where('status', '<>', 'declined')
      .orderBy('created_at')
      .executeTakeFirst();
  }

  insert(tenantId: string, row: NewApplicationRow) {
    return this.db
      .insertInto('provider_applications')
      .values({ ...row, tenant_id: tenantId })
      .returning(['id', 'status'])
      .executeTakeFirstOrThrow();
  }

  private selectApplications() {
    return this.db
      .selectFrom('provider_applications as a')
      .leftJoin('providers as p', (join) =>
        join.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.kvk_known_provider_id'),
      )
      .selectAll('a')
      .select('p.name as kvk_known_provider_name');
  }

  async list(tenantId: string, status: ApplicationStatus | undefined, limit: number, offset: number) {
    let query = this.selectApplications().where('a.tenant_id', '=', tenantId);
    if (status) query = query.where('a.status', '=', status);
    const rows = await query.orderBy('a.created_at', 'desc').orderBy('a.id').limit(limit).offset(offset).execute();
    let count = this.db
      .selectFrom('provider_applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId);
    if (status) count = count.where('status', '=', status);
    const { n } = await count.executeTakeFirstOrThrow();
    return { rows, totalItems: Number(n) };
  }

  find(tenantId: string, id: string) {
    return this.selectApplications().where('a.tenant_id', '=', tenantId).where('a.id', '=', id).executeTakeFirst();
  }

  /** The application, locked until the transaction ends: one decision at a time. */
  findForUpdate(tenantId: string, id: string) {
    return this.db
      .selectFrom('provider_applications')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  }

  async decide(
    tenantId: string,
    id: string,
    change: { status: ApplicationStatus; questions?: string; providerId?: string; decidedBy: string },
  ) {
    await this.db
      .updateTable('provider_applications')
      .set({
        status: change.status,
        ...(change.questions !== undefined ? { questions: change.questions } : {}),
        ...(change.providerId !== undefined ? { provider_id: change.providerId } : {}),
        decided_by: change.decidedBy,
        decided_at: sql<Date>`now()`,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<ProviderSignupRepository['find']>>>;
