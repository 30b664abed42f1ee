/**
 * Apple Wallet in tests: a self-made signing certificate (openssl, at run time), and a small zip
 * reader for the `.pkpass` that comes back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { loadWalletConfig, type WalletConfig } from '../../src/modules/passes/wallet-config.ts';

/**
 * A self-signed certificate standing in for the Pass Type ID certificate (and for Apple's WWDR),
 * read as the operator's STADSPAS_WALLET_* settings are. `remove` deletes its files.
 */
export function makeTestWalletConfig(): { config: WalletConfig; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wallet-test-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=Pass Type ID: pass.nl.zaanstad.test/O=Stadspas test',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const config = loadWalletConfig({
    STADSPAS_WALLET_PASS_TYPE_ID: 'pass.nl.zaanstad.test',
    STADSPAS_WALLET_TEAM_ID: 'TEST123456',
    STADSPAS_WALLET_CERT: path.join(dir, 'cert.pem'),
    STADSPAS_WALLET_KEY: path.join(dir, 'key.pem'),
    STADSPAS_WALLET_WWDR: path.join(dir, 'cert.pem'),
  });
  if (!config) throw new Error('the test wallet certificate could not be read');
  return { config, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The files in a zip archive (stored or deflated), read from its local headers. */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (at + 30 <= archive.length && archive.readUInt32LE(at) === 0x04034b50) {
    const method = archive.readUInt16LE(at + 8);
    const size = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const extraLength = archive.readUInt16LE(at + 28);
    const name = archive.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    const data = archive.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at = start + size;
  }
  return files;
}
