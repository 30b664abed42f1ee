import path from 'node:path';
import { DEFAULT_PIPELINE_CONNECTIONS } from './db/pipeline.ts';
import { loadWalletConfig, type WalletConfig } from './modules/passes/wallet-config.ts';

/** The QR secret of development and tests; production refuses it (config-checks.ts). */
export const DEVELOPMENT_QR_SECRET = 'development-only-qr-secret-change-me';
/** The bounce-report secret of development and tests; production refuses it (config-checks.ts). */
export const DEVELOPMENT_BOUNCE_SECRET = 'development-only-bounce-secret-change-me';

/** Runtime configuration, read once from the environment. Every variable is documented in README.md. */
export interface Config {
  port: number;
  host: string;
  /** When set, the `pg` driver talks to this PostgreSQL server; otherwise embedded PGlite is used. */
  databaseUrl: string | undefined;
  /** Folder for the embedded PGlite database. */
  dataDir: string;
  /** Tenant served to anonymous visitors (the public catalogue). */
  defaultTenant: string;
  /** Seed the Zaanstad demo when the database is empty. */
  seedDemo: boolean;
  /** Public base URL, used in e-mail links. */
  publicUrl: string;
  /** `development` shows the local mail outbox; `production` hides it. */
  environment: 'development' | 'production' | 'test';
  /** Secret for signing short-lived QR tokens. */
  qrSecret: string;
  logLevel: string;
  /** Connections in the `pg` pool (server PostgreSQL only), per worker. */
  poolSize: number;
  /** Connections in pipeline mode for the till's hot statements (server PostgreSQL only; 0: none). See docs/decisions/0003. */
  pipelineConnections: number;
  /** Worker processes (node:cluster) sharing the port; server PostgreSQL only. Default 1 (see docs/decisions/0002). */
  workers: number;
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address (rate limits per address):
   * Fastify's `trustProxy` (true, false, or addresses and ranges). By default proxies on this
   * machine or a private network.
   */
  trustProxy: boolean | string;
  /**
   * Raster tile URL template ({z}/{x}/{y}) of the maps' basemap, or null for none: the maps then
   * show only our own wijk and buurt polygons (tests, offline). Production defaults to PDOK's BRT
   * Achtergrondkaart (docs/decisions/0020); STADSPAS_BASEMAP_URL=none switches it off.
   */
  basemapUrl: string | null;
  /**
   * The secret the mail system posts bounce reports with (`POST /mail-bounces`, HTTP Basic
   * password; decision 0050). Undefined: bounce reports are refused (production without
   * STADSPAS_BOUNCE_SECRET). Development and tests use DEVELOPMENT_BOUNCE_SECRET.
   */
  bounceSecret: string | undefined;
  /** Days evidence of an application is kept after the decision (or withdrawal); then deleted. Default 91 (3 months). */
  evidenceRetentionDays: number;
  /** Apple Wallet's signing certificate and ids (STADSPAS_WALLET_*); null: no Wallet button, the endpoint answers 404. */
  appleWallet: WalletConfig | null;
}

/** The Dutch government's public basemap (PDOK BRT Achtergrondkaart, WMTS in Web Mercator). */
export const PDOK_BASEMAP_URL =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

function parseBasemapUrl(value: string | undefined, environment: Config['environment']): string | null {
  if (value === undefined || value.trim() === '') return environment === 'production' ? PDOK_BASEMAP_URL : null;
  if (value.trim() === 'none') return null;
  return value.trim();
}

/** Proxies on this machine or on a private network (proxy-addr's names for those ranges). */
export const DEFAULT_TRUSTED_PROXIES = 'loopback,linklocal,uniquelocal';

function parseTrustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value.trim() === '') return DEFAULT_TRUSTED_PROXIES;
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const environment = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.STADSPAS_DATA_DIR ?? './data'),
    defaultTenant: env.STADSPAS_TENANT ?? 'zaanstad',
    seedDemo: env.STADSPAS_SEED_DEMO !== 'false',
    publicUrl: env.STADSPAS_PUBLIC_URL ?? `http://localhost:${port}`,
    environment,
    qrSecret: env.STADSPAS_QR_SECRET || DEVELOPMENT_QR_SECRET,
    poolSize: Number(env.PG_POOL_SIZE ?? 20),
    pipelineConnections: Math.max(
      0,
      Math.floor(Number(env.PG_PIPELINE_CONNECTIONS ?? DEFAULT_PIPELINE_CONNECTIONS)) || 0,
    ),
    workers: Math.max(1, Math.floor(Number(env.STADSPAS_WORKERS ?? 1)) || 1),
    basemapUrl: parseBasemapUrl(env.STADSPAS_BASEMAP_URL, environment),
    logLevel: env.LOG_LEVEL ?? (environment === 'test' ? 'silent' : 'info'),
    trustProxy: parseTrustProxy(env.STADSPAS_TRUST_PROXY),
    bounceSecret:
      env.STADSPAS_BOUNCE_SECRET?.trim() || (environment === 'production' ? undefined : DEVELOPMENT_BOUNCE_SECRET),
    evidenceRetentionDays: Math.max(1, Math.floor(Number(env.STADSPAS_EVIDENCE_RETENTION_DAYS ?? 91)) || 91),
    appleWallet: loadWalletConfig(env),
  };
}
