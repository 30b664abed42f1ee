import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound, type InvalidParam } from '../../shared/errors.ts';
import { isValidBic, validateIban } from '../payouts/iban.ts';
import { hashSecret, newSecret } from '../../shared/tokens.ts';
import type { Principal } from '../access/principal.ts';
import { ProvidersRepository, type NewProvider } from './providers.repository.ts';
import { providersPolicy } from './providers.policy.ts';
import type { BankAccountInput, LocationInput } from './providers.schemas.ts';
import { locatePoint, wgs84ToRd } from '../areas/locate.ts';
import { suspendOffersOfProviderTx } from '../offers/offer-portal.service.ts';
import { inviteStaffMember, listProviderStaff, removeProviderStaff } from '../identity/identity.service.ts';
import type { Config } from '../../config.ts';

/** Prefix of every provider API token, so a leaked one is easy to recognise (secret scanners). */
export const API_TOKEN_PREFIX = 'sp_';

export class ProvidersService {
  /** `onTokenRevoked` lets the identity module forget a cached token at once. */
  constructor(
    private readonly repo: ProvidersRepository,
    private readonly onTokenRevoked: (tokenId: string) => void = () => {},
    /** Lets the till's lookup of the settings (till-settings.ts) forget them at once. */
    private readonly onTillSettingsChanged: (tenantId: string, providerId: string) => void = () => {},
  ) {}

  /** The provider's profile with its locations: for its own staff and for the pass organisation. */
  async getProvider(principal: Principal, providerId: string) {
    providersPolicy.authorize(principal, 'provider.read', { providerId });
    const provider = await this.repo.findProvider(principal.tenantId, providerId);
    if (!provider) throw notFound('Provider');
    const locations = await this.repo.listLocations(principal.tenantId, providerId);
    return { ...provider, locations };
  }

  /**
   * Adds or changes a location. The wijk and buurt come from the position (point-in-polygon on
   * the CBS geometry), never from what is typed; a position outside the municipality is refused.
   */
  async saveLocation(
    principal: Principal,
    providerId: string,
    locationId: string | null,
    input: Static<typeof LocationInput>,
  ) {
    providersPolicy.authorize(principal, 'provider.locations.manage', { providerId });
    const { tenantId } = principal;
    if (!(await this.repo.findProvider(tenantId, providerId))) throw notFound('Provider');
    const point = wgs84ToRd(input.position.latitude, input.position.longitude);
    const area = await locatePoint(this.repo.database, tenantId, point);
    if (!area)
      throw new DomainError('invalid-input', 'This position lies outside the municipality.', [
        { name: 'body.position', code: 'outside-municipality', reason: 'the position is in none of the wijken' },
      ]);
    const postcode = input.postcode.replace(/\s+/g, '').toUpperCase();
    const values = {
      name: input.name.trim(),
      street: input.street.trim(),
      postcode: `${postcode.slice(0, 4)} ${postcode.slice(4)}`,
      city: input.city.trim(),
      opening_hours: input.openingHours?.trim() ?? '',
      accessibility: input.accessibility?.trim() ?? '',
      wijk_code: area.wijkCode,
      buurt_code: area.buurtCode,
      x_rd: point.x,
      y_rd: point.y,
    };
    const saved =
      locationId === null
        ? await this.repo.insertLocation(tenantId, providerId, values)
        : await this.repo.updateLocation(tenantId, providerId, locationId, values);
    if (!saved) throw notFound('Location');
    const provider = await this.getProvider(principal, providerId);
    return provider.locations.find((l) => l.id === saved.id)!;
  }

  /**
   * Suspends a provider and, in the same transaction, every offer it has that is not ended.
   * An approval of one of its offers that runs at the same moment holds a share lock on the
   * provider's row: whichever comes second sees the other's result, so no offer stays published.
   */
  async suspend(principal: Principal, providerId: string, reason: string, db: Db) {
    providersPolicy.authorize(principal, 'provider.suspend');
    return db.transaction().execute(async (tx) => {
      const provider = await new ProvidersRepository(tx).suspend(principal.tenantId, providerId);
      if (!provider) throw notFound('Provider');
      const offersSuspended = await suspendOffersOfProviderTx(tx, principal, providerId, reason.trim());
      return { offersSuspended };
    });
  }

  listStaff(principal: Principal, providerId: string, db: Db) {
    providersPolicy.authorize(principal, 'provider.staff.manage', { providerId });
    return listProviderStaff(db, principal.tenantId, providerId);
  }

  /** Invites a staff member by e-mail (till staff or admin): an account and a login link that works a week. */
  async inviteStaff(
    principal: Principal,
    providerId: string,
    invite: { name: string; email: string; role: 'till_staff' | 'provider_admin' },
    db: Db,
    config: Pick<Config, 'publicUrl'>,
  ) {
    providersPolicy.authorize(principal, 'provider.staff.manage', { providerId });
    const provider = await this.repo.findProvider(principal.tenantId, providerId);
    if (!provider) throw notFound('Provider');
    await db.transaction().execute((tx) =>
      inviteStaffMember(tx, config, principal.tenantId, {
        providerId,
        providerName: provider.name,
        role: invite.role,
        name: invite.name.trim(),
        email: invite.email,
      }),
    );
    return listProviderStaff(db, principal.tenantId, providerId);
  }

  /** Removes a staff member; an admin cannot remove themselves (the provider would keep no admin by accident). */
  async removeStaff(principal: Principal, providerId: string, userId: string, db: Db) {
    providersPolicy.authorize(principal, 'provider.staff.manage', { providerId });
    if (principal.kind === 'staff' && principal.userId === userId)
      throw new DomainError('conflict', 'You cannot remove yourself; ask another admin.');
    const removed = await removeProviderStaff(db, principal.tenantId, providerId, userId);
    if (!removed) throw notFound('Staff member');
  }

  /** Where the provider is paid: its admins and the pass organisation. */
  async getBankAccount(principal: Principal, providerId: string) {
    providersPolicy.authorize(principal, 'provider.bankAccount.manage', { providerId });
    const account = await this.repo.findBankAccount(principal.tenantId, providerId);
    if (!account) throw notFound('Provider');
    return account;
  }

  /** Sets the IBAN payouts go to; a wrong IBAN (ISO 13616 mod-97) or BIC is refused and nothing changes. */
  async setBankAccount(principal: Principal, providerId: string, input: Static<typeof BankAccountInput>) {
    providersPolicy.authorize(principal, 'provider.bankAccount.manage', { providerId });
    const problems: InvalidParam[] = [];
    const iban = validateIban(input.iban);
    if (!iban.ok) problems.push({ name: 'body.iban', code: iban.code, reason: iban.reason });
    const bic = input.bic?.replace(/\s+/g, '').toUpperCase() || null;
    if (bic !== null && !isValidBic(bic))
      problems.push({
        name: 'body.bic',
        code: 'bic-format',
        reason: 'a BIC has 8 or 11 letters and digits, e.g. INGBNL2A',
      });
    const accountHolderName = input.accountHolderName.trim();
    if (accountHolderName.length === 0)
      problems.push({
        name: 'body.accountHolderName',
        code: 'required',
        reason: 'the name on the account is needed for a SEPA transfer',
      });
    if (problems.length > 0 || !iban.ok)
      throw new DomainError('invalid-input', 'This bank account cannot be used; see invalidParams.', problems);
    const account = await this.repo.setBankAccount(principal.tenantId, providerId, {
      iban: iban.iban,
      bic,
      accountHolderName,
    });
    if (!account) throw notFound('Provider');
    return account;
  }

  async listApiTokens(principal: Principal, providerId: string, page: number, pageSize: number) {
    providersPolicy.authorize(principal, 'provider.tokens.manage', { providerId });
    const { rows, totalItems } = await this.repo.listApiTokens(principal.tenantId, providerId, page, pageSize);
    return { rows, page, pageSize, totalItems };
  }

  /** Creates a token for a till system. The secret is returned this once; only its hash is stored. */
  async createApiToken(principal: Principal, providerId: string, name: string) {
    providersPolicy.authorize(principal, 'provider.tokens.manage', { providerId });
    const secret = newSecret(API_TOKEN_PREFIX);
    const token = await this.repo.insertApiToken(principal.tenantId, providerId, name.trim(), hashSecret(secret));
    return { ...token, secret };
  }

  /** Revokes a token: from now on a till system calling with it is refused. Revoking twice is fine. */
  async revokeApiToken(principal: Principal, providerId: string, tokenId: string) {
    providersPolicy.authorize(principal, 'provider.tokens.manage', { providerId });
    const token = await this.repo.revokeApiToken(principal.tenantId, providerId, tokenId);
    if (!token) throw notFound('API token');
    this.onTokenRevoked(tokenId);
  }

  /** How the provider's tills identify a pass: typed numbers too, or QR codes only. */
  async getTillSettings(principal: Principal, providerId: string) {
    providersPolicy.authorize(principal, 'provider.tillSettings.manage', { providerId });
    const settings = await this.repo.findTillSettings(principal.tenantId, providerId);
    if (!settings) throw notFound('Provider');
    return settings;
  }

  async setTillSettings(principal: Principal, providerId: string, acceptsTypedPassNumbers: boolean) {
    providersPolicy.authorize(principal, 'provider.tillSettings.manage', { providerId });
    const settings = await this.repo.setTillSettings(principal.tenantId, providerId, acceptsTypedPassNumbers);
    if (!settings) throw notFound('Provider');
    this.onTillSettingsChanged(principal.tenantId, providerId);
    return settings;
  }
}

/**
 * Creates a provider in the caller's transaction (an approved sign-up). A KvK number that a
 * provider already has is refused: there is never a second provider with the same number.
 */
export async function createProviderTx(tx: Db, tenantId: string, provider: NewProvider) {
  const repo = new ProvidersRepository(tx);
  if (provider.kvkNumber !== null && (await repo.findByKvk(tenantId, provider.kvkNumber)))
    throw new DomainError('provider-kvk-known', `A provider with KvK number ${provider.kvkNumber} already exists.`);
  return repo.insertProvider(tenantId, provider);
}

/** The provider that has this KvK number, if any (to flag a sign-up). */
export function findProviderByKvk(db: Db, tenantId: string, kvkNumber: string) {
  return new ProvidersRepository(db).findByKvk(tenantId, kvkNumber);
}
