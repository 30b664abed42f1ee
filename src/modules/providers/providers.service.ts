import { notFound } from '../../shared/errors.ts';
import { hashSecret, newSecret } from '../../shared/tokens.ts';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import type { ProvidersRepository } from './providers.repository.ts';

/** Prefix of every provider API token, so a leaked one is easy to recognise (secret scanners). */
export const API_TOKEN_PREFIX = 'sp_';

export class ProvidersService {
  /** `onTokenRevoked` lets the identity module forget a cached token at once. */
  constructor(private readonly repo: ProvidersRepository, private readonly onTokenRevoked: (tokenId: string) => void = () => {}) {}

  /** The provider's profile with its locations: for its own staff and for the pass organisation. */
  async getProvider(principal: Principal, providerId: string) {
    authorize(principal, 'provider.read', { providerId });
    const provider = await this.repo.findProvider(principal.tenantId, providerId);
    if (!provider) throw notFound('Provider');
    const locations = await this.repo.listLocations(principal.tenantId, providerId);
    return { ...provider, locations };
  }

  async listApiTokens(principal: Principal, providerId: string, page: number, pageSize: number) {
    authorize(principal, 'provider.tokens.manage', { providerId });
    const { rows, totalItems } = await this.repo.listApiTokens(principal.tenantId, providerId, page, pageSize);
    return { rows, page, pageSize, totalItems };
  }

  /** Creates a token for a till system. The secret is returned this once; only its hash is stored. */
  async createApiToken(principal: Principal, providerId: string, name: string) {
    authorize(principal, 'provider.tokens.manage', { providerId });
    const secret = newSecret(API_TOKEN_PREFIX);
    const token = await this.repo.insertApiToken(principal.tenantId, providerId, name.trim(), hashSecret(secret));
    return { ...token, secret };
  }

  /** Revokes a token: from now on a till system calling with it is refused. Revoking twice is fine. */
  async revokeApiToken(principal: Principal, providerId: string, tokenId: string) {
    authorize(principal, 'provider.tokens.manage', { providerId });
    const token = await this.repo.revokeApiToken(principal.tenantId, providerId, tokenId);
    if (!token) throw notFound('API token');
    this.onTokenRevoked(tokenId);
  }
}
