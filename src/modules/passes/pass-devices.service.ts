import type { Config } from '../../config.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { deviceKeySecret, newQrKeyId } from './pass-identifier.ts';
import type { PassDevicesRepository } from './pass-devices.repository.ts';
import { passesPolicy } from './passes.policy.ts';
import type { PassesService } from './passes.service.ts';
import type { QrKeyLookup } from './qr-keys.ts';

/** Devices a holder may have at once: enough for a family's phones, few enough to notice a stranger's. */
export const MAX_DEVICES = 10;

export interface DeviceKey {
  passNumber: string;
  holderName: string;
  own: boolean;
  active: boolean;
  keyId: string;
  secret: Buffer;
}

/**
 * The resident's devices that show the pass's QR code, also offline: each gets one key per pass
 * it shows (the holder's current pass and their children's), and can be revoked (a lost phone).
 * See docs/decisions/0016-offline-qr-codes.md.
 */
export class PassDevicesService {
  constructor(
    private readonly repo: PassDevicesRepository,
    private readonly passes: PassesService,
    private readonly lookup: QrKeyLookup,
    private readonly config: Config,
  ) {}

  private resident(principal: Principal) {
    passesPolicy.authorize(principal, 'ownDevices.manage');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only pass holders have devices.');
    return principal;
  }

  list(principal: Principal) {
    const { tenantId, holderId } = this.resident(principal);
    return this.repo.listActive(tenantId, holderId);
  }

  /** A new device with its keys: the only moment, with `keys`, the secrets leave the server. */
  async register(principal: Principal, label: string) {
    const { tenantId, holderId } = this.resident(principal);
    // The passes first: someone without a pass gets pass-not-found, and no device.
    await this.passes.ownPass(principal);
    const active = await this.repo.listActive(tenantId, holderId);
    if (active.length >= MAX_DEVICES)
      throw new DomainError(
        'too-many-devices',
        `You have ${MAX_DEVICES} devices with your pass. Remove one you no longer use, then try again.`,
      );
    const device = await this.repo.insertDevice(tenantId, holderId, label.trim());
    return { device, keys: await this.keysFor(principal, device.id) };
  }

  /**
   * The keys of a device for the passes it should show now: a new child pass, or a replacement
   * pass, gets a key; keys of passes already keyed stay the same. A revoked device gets
   * `device-not-found`: it must be added again, on purpose.
   */
  async keys(principal: Principal, deviceId: string) {
    const { tenantId, holderId } = this.resident(principal);
    const device = await this.repo.findActive(tenantId, holderId, deviceId);
    if (!device) throw new DomainError('device-not-found', 'This device is not (or no longer) linked to your pass.');
    return { device, keys: await this.keysFor(principal, deviceId) };
  }

  async revoke(principal: Principal, deviceId: string): Promise<void> {
    const { tenantId, holderId } = this.resident(principal);
    if (!(await this.repo.revoke(tenantId, holderId, deviceId, new Date())))
      throw new DomainError('device-not-found', 'This device is not (or no longer) linked to your pass.');
    this.lookup.forgetAll();
  }

  private async keysFor(principal: Principal, deviceId: string): Promise<DeviceKey[]> {
    const { tenantId } = this.resident(principal);
    const { pass, children } = await this.passes.ownPass(principal);
    const shown = [
      { id: pass.id, number: pass.number, holderName: pass.holder_name, status: pass.status, own: true },
      ...children.map((c) => ({ id: c.id, number: c.number, holderName: c.holder_name, status: c.status, own: false })),
    ];
    const existing = new Map((await this.repo.keysOf(tenantId, deviceId)).map((k) => [k.pass_id, k.key_id]));
    const missing = shown.filter((p) => !existing.has(p.id)).map((p) => ({ keyId: newQrKeyId(), passId: p.id }));
    if (missing.length > 0) {
      // Read back: a second request for this device at the same moment may have keyed a pass first.
      await this.repo.insertKeys(tenantId, deviceId, missing);
      for (const k of await this.repo.keysOf(tenantId, deviceId)) existing.set(k.pass_id, k.key_id);
    }
    return shown.map((p) => {
      const keyId = existing.get(p.id)!;
      return {
        passNumber: p.number,
        holderName: p.holderName,
        own: p.own,
        active: p.status === 'active',
        keyId,
        secret: deviceKeySecret(this.config.qrSecret, keyId),
      };
    });
  }
}
