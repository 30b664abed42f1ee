import type { Db } from '../../db/database.ts';

/** Queries of the resident's QR devices and their keys (pass_devices, pass_device_keys). */
export class PassDevicesRepository {
  constructor(private readonly db: Db) {}

  listActive(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('pass_devices')
      .select(['id', 'label', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  findActive(tenantId: string, holderId: string, deviceId: string) {
    return this.db
      .selectFrom('pass_devices')
      .select(['id', 'label', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('id', '=', deviceId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  insertDevice(tenantId: string, holderId: string, label: string) {
    return this.db
      .insertInto('pass_devices')
      .values({ tenant_id: tenantId, holder_id: holderId, label })
      .returning(['id', 'label', 'created_at'])
      .executeTakeFirstOrThrow();
  }

  async revoke(tenantId: string, holderId: string, deviceId: string, at: Date): Promise<boolean> {
    const row = await this.db
      .updateTable('pass_devices')
      .set({ revoked_at: at })
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('id', '=', deviceId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  keysOf(tenantId: string, deviceId: string) {
    return this.db
      .selectFrom('pass_device_keys')
      .select(['key_id', 'pass_id'])
      .where('tenant_id', '=', tenantId)
      .where('device_id', '=', deviceId)
      .execute();
  }

  async insertKeys(tenantId: string, deviceId: string, keys: { keyId: string; passId: string }[]) {
    if (keys.length === 0) return;
    await this.db
      .insertInto('pass_device_keys')
      .values(keys.map((k) => ({ tenant_id: tenantId, key_id: k.keyId, device_id: deviceId, pass_id: k.passId })))
      .onConflict((oc) => oc.columns(['tenant_id', 'device_id', 'pass_id']).doNothing())
      .execute();
  }

  /** The number of the pass a key of a device that is not revoked is for; undefined otherwise. */
  async passNumberOfKey(tenantId: string, keyId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('pass_device_keys as k')
      .innerJoin('pass_devices as d', (j) =>
        j.onRef('d.tenant_id', '=', 'k.tenant_id').onRef('d.id', '=', 'k.device_id'),
      )
      .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'k.tenant_id').onRef('p.id', '=', 'k.pass_id'))
      .select('p.number')
      .where('k.tenant_id', '=', tenantId)
      .where('k.key_id', '=', keyId)
      .where('d.revoked_at', 'is', null)
      .executeTakeFirst();
    return row?.number;
  }

  /** Every device of the holder (a lost phone: which one is unknown, so all). */
  async revokeAll(tenantId: string, holderId: string, at: Date): Promise<number> {
    const result = await this.db
      .updateTable('pass_devices')
      .set({ revoked_at: at })
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
