import { readFileSync } from 'node:fs';

/**
 * The Apple Wallet settings the operator configures. Without all of them the feature is off.
 *
 * - STADSPAS_WALLET_PASS_TYPE_ID: the Pass Type ID from the Apple Developer account (pass.nl.gemeente.stadspas)
 * - STADSPAS_WALLET_TEAM_ID: the Apple Developer team id
 * - STADSPAS_WALLET_CERT, STADSPAS_WALLET_KEY: paths to the Pass Type ID certificate and its private key (PEM)
 * - STADSPAS_WALLET_KEY_PASSPHRASE: the key's passphrase, when it has one
 * - STADSPAS_WALLET_WWDR: path to Apple's WWDR intermediate certificate (PEM)
 *
 * Read once, with the rest of the configuration (`loadConfig`), so a test can hand the app its own.
 */
export interface WalletConfig {
  passTypeIdentifier: string;
  teamIdentifier: string;
  certificates: { signerCert: Buffer; signerKey: Buffer; signerKeyPassphrase?: string; wwdr: Buffer };
}

/** Reads the wallet settings; null (feature off) when one is missing or a file cannot be read. */
export function loadWalletConfig(env: NodeJS.ProcessEnv = process.env): WalletConfig | null {
  const {
    STADSPAS_WALLET_PASS_TYPE_ID: passTypeIdentifier,
    STADSPAS_WALLET_TEAM_ID: teamIdentifier,
    STADSPAS_WALLET_CERT: cert,
    STADSPAS_WALLET_KEY: key,
    STADSPAS_WALLET_WWDR: wwdr,
    STADSPAS_WALLET_KEY_PASSPHRASE: passphrase,
  } = env;
  if (!passTypeIdentifier || !teamIdentifier || !cert || !key || !wwdr) return null;
  try {
    return {
      passTypeIdentifier,
      teamIdentifier,
      certificates: {
        signerCert: readFileSync(cert),
        signerKey: readFileSync(key),
        wwdr: readFileSync(wwdr),
        ...(passphrase ? { signerKeyPassphrase: passphrase } : {}),
      },
    };
  } catch {
    return null;
  }
}
