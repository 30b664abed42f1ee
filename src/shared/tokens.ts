import { hash, randomBytes } from 'node:crypto';

/** A fresh secret for a cookie, link or API token. Only its hash is ever stored. */
export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');
export const hashSecret = (secret: string) => hash('sha256', secret, 'hex');
