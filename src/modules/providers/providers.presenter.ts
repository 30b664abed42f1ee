import type { Static } from '@sinclair/typebox';
import type { ApiToken, BankAccount, NewApiToken, Provider, TillSettings } from './providers.schemas.ts';
import { rdToWgs84 } from '../areas/locate.ts';
import type { ProviderKind } from './providers.tables.ts';

type ProviderRow = {
  id: string;
  name: string;
  kind: ProviderKind;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  locations: {
    id: string;
    name: string;
    street: string;
    postcode: string;
    city: string;
    wijk_code: string;
    wijk_name: string;
    buurt_code: string | null;
    buurt_name: string | null;
    opening_hours: string;
    accessibility: string;
    x_rd: number | null;
    y_rd: number | null;
  }[];
  status: 'active' | 'suspended';
};

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function positionOf(x: number | null, y: number | null) {
  if (x === null || y === null) return null;
  const { latitude, longitude } = rdToWgs84({ x, y });
  return { latitude: round(latitude), longitude: round(longitude) };
}

type LocationRow = ProviderRow['locations'][number];

/** A location with its derived wijk and buurt, and its position as latitude and longitude. */
export function presentLocation(l: LocationRow): Static<typeof Provider>['locations'][number] {
  return {
    id: l.id,
    name: l.name,
    street: l.street,
    postcode: l.postcode,
    city: l.city,
    wijk: { code: l.wijk_code, name: l.wijk_name },
    buurt: l.buurt_code && l.buurt_name ? { code: l.buurt_code, name: l.buurt_name } : null,
    openingHours: l.opening_hours,
    accessibility: l.accessibility,
    position: positionOf(l.x_rd, l.y_rd),
  };
}

export function presentProvider(provider: ProviderRow): Static<typeof Provider> {
  return {
    id: provider.id,
    name: provider.name,
    kind: provider.kind,
    description: provider.description,
    website: provider.website,
    email: provider.email,
    phone: provider.phone,
    status: provider.status,
    locations: provider.locations.map(presentLocation),
  };
}

/** Where a provider is paid. Only for its admins and the pass organisation. */
export function presentBankAccount(account: {
  iban: string | null;
  bic: string | null;
  account_holder_name: string | null;
  bank_account_updated_at: Date | null;
}): Static<typeof BankAccount> {
  return {
    iban: account.iban ? account.iban.replace(/(.{4})(?=.)/g, '$1 ') : null,
    bic: account.bic,
    accountHolderName: account.account_holder_name,
    updatedAt: account.bank_account_updated_at ? account.bank_account_updated_at.toISOString() : null,
  };
}

/** A token as listed: never the secret nor its hash. */
export function presentApiToken(token: {
  id: string;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
}): Static<typeof ApiToken> {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.created_at.toISOString(),
    revokedAt: token.revoked_at ? token.revoked_at.toISOString() : null,
  };
}

/** Right after creation: the one and only time the secret leaves the server. */
export function presentNewApiToken(token: {
  id: string;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
  secret: string;
}): Static<typeof NewApiToken> {
  return { ...presentApiToken(token), token: token.secret };
}

export function presentTillSettings(s: { accepts_typed_pass_numbers: boolean }): Static<typeof TillSettings> {
  return { acceptsTypedPassNumbers: s.accepts_typed_pass_numbers };
}
