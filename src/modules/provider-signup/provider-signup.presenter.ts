import type { Static } from '@sinclair/typebox';
import type { ApplicationRow } from './provider-signup.repository.ts';
import type { ProviderApplication, ProviderApplicationReceipt } from './provider-signup.schemas.ts';
import type { ApplicationStatus } from './provider-signup.tables.ts';

export function presentReceipt(row: {
  id: string;
  status: ApplicationStatus;
}): Static<typeof ProviderApplicationReceipt> {
  return { id: row.id, status: row.status };
}

/** A sign-up for the pass organisation, with the flag when its KvK number was already known. */
export function presentApplication(row: ApplicationRow): Static<typeof ProviderApplication> {
  const known = row.kvk_known_provider_id !== null || row.kvk_known_application_id !== null;
  return {
    id: row.id,
    organisationName: row.organisation_name,
    kind: row.kind,
    kvkNumber: row.kvk_number,
    contactName: row.contact_name,
    email: row.email,
    phone: row.phone,
    website: row.website,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    description: row.description,
    iban: row.iban,
    accountHolderName: row.account_holder_name,
    kvkKnown: known
      ? {
          providerId: row.kvk_known_provider_id,
          providerName: row.kvk_known_provider_name,
          applicationId: row.kvk_known_application_id,
        }
      : null,
    status: row.status,
    questions: row.questions,
    providerId: row.provider_id,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
  };
}
