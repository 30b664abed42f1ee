import type { Static } from '@sinclair/typebox';
import type { Device, DeviceWithKeys, OwnPass, OwnRedemption, PassRef, PassReplacement } from './passes.schemas.ts';
import type { DeviceKey } from './pass-devices.service.ts';
import type { PassStatus } from './passes.tables.ts';
import { formatPassNumber } from './pass-number.ts';

/**
 * What a resident sees of their own pass. The category (low income, carer, ...) is not shown:
 * the holder knows it, and a screen shown at a till must not reveal it.
 */
export function presentOwnPass(input: {
  pass: {
    number: string;
    status: PassStatus;
    valid_from: string;
    valid_until: string;
    holder_name: string;
    pass_name: string;
  };
  children: { number: string; status: PassStatus; valid_until: string; holder_name: string }[];
  appleWallet: boolean;
}): Static<typeof OwnPass> {
  const { pass, children } = input;
  return {
    number: formatPassNumber(pass.number),
    holderName: pass.holder_name,
    status: pass.status,
    validFrom: pass.valid_from,
    validUntil: pass.valid_until,
    passName: pass.pass_name,
    appleWallet: input.appleWallet,
    children: children.map((child) => ({
      number: formatPassNumber(child.number),
      holderName: child.holder_name,
      status: child.status,
      validUntil: child.valid_until,
    })),
  };
}

export function presentDevice(d: { id: string; label: string; created_at: Date }): Static<typeof Device> {
  return { id: d.id, label: d.label, createdAt: d.created_at.toISOString() };
}

export function presentDeviceWithKeys(input: {
  device: { id: string; label: string; created_at: Date };
  keys: DeviceKey[];
}): Static<typeof DeviceWithKeys> {
  return {
    device: presentDevice(input.device),
    keys: input.keys.map((k) => ({
      passNumber: formatPassNumber(k.passNumber),
      holderName: k.holderName,
      own: k.own,
      active: k.active,
      keyId: k.keyId,
      secret: k.secret.toString('base64url'),
    })),
  };
}

export function presentOwnRedemption(row: {
  id: string;
  offer_title: string;
  provider_name: string;
  pass_number: string;
  price_cents: number;
  created_at: Date;
  cancelled_at: Date | null;
}): Static<typeof OwnRedemption> {
  return {
    id: row.id,
    offerTitle: row.offer_title,
    providerName: row.provider_name,
    passNumber: formatPassNumber(row.pass_number),
    priceCents: row.price_cents,
    redeemedAt: row.created_at.toISOString(),
    status: row.cancelled_at ? 'cancelled' : 'redeemed',
  };
}

export function presentReplacement(r: {
  oldPass: { number: string };
  newPass: { number: string };
  movedRedemptions: number;
  movedCreditCents: number;
  revokedDevices: number;
}): Static<typeof PassReplacement> {
  return {
    oldPassNumber: formatPassNumber(r.oldPass.number),
    newPassNumber: formatPassNumber(r.newPass.number),
    movedRedemptions: r.movedRedemptions,
    movedCreditCents: r.movedCreditCents,
    removedDevices: r.revokedDevices,
  };
}

export function presentPassRef(p: { id: string; number: string }): Static<typeof PassRef> {
  return { id: p.id, number: formatPassNumber(p.number) };
}
