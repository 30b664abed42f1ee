import type { Static } from '@sinclair/typebox';
import type { ApiToken, BankAccount, NewApiToken, Provider, TillSettings } from './providers.schemas.ts';
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
  }[];
};

export function presentProvider(provider: ProviderRow): Static<typeof Provider> {
  return {
    id: provider.id,
    name: provider.name,
    kind: provider.kind,
    description: provider.description,
    website: provider.website,
    email: provider.email,
    phone: provider.phone,
    locations: provider.locations.map((l) => ({
      id: l.id,
      name: l.name,
      street: l.street,
      postcode: l.postcode,
      city: l.city,
      wijk: { code: l.wijk_code, name: l.wijk_name },
    })),
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
