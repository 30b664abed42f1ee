/**
 * Issue 14: Apple Wallet. A `.pkpass` signed with the certificate the operator configures; here a
 * self-signed test certificate made at run time with openssl. Without a certificate the feature
 * is off: GET /me/pass says so (the page hides the button) and the endpoint answers 404.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import { createPass, createTenant, createUser, loginResident } from './support/fixtures.ts';
import { createTestApp } from './support/test-app.ts';

/** The files in a zip archive (stored or deflated), read from its local headers. */
function unzip(archive: Buffer): Map<string, Buffer> {
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

const WALLET_VARIABLES = [
  'STADSPAS_WALLET_PASS_TYPE_ID',
  'STADSPAS_WALLET_TEAM_ID',
  'STADSPAS_WALLET_CERT',
  'STADSPAS_WALLET_KEY',
  'STADSPAS_WALLET_WWDR',
];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wallet-test-'));
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
});
afterAll(() => {
  for (const name of WALLET_VARIABLES) delete process.env[name];
  rmSync(dir, { recursive: true, force: true });
});

async function appWithResident(email: string) {
  const ctx = await createTestApp();
  await createTenant(ctx.database.db);
  const pass = await createPass(ctx.database.db, { category: 'low_income', email });
  await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
  return { ctx, pass, cookie: await loginResident(ctx.app, email) };
}

describe('Apple Wallet', () => {
  it('is hidden, not broken, without a certificate', async () => {
    for (const name of WALLET_VARIABLES) delete process.env[name];
    const { ctx, cookie } = await appWithResident('zonder@wallet.test');
    try {
      const me = await ctx.app.inject({ url: '/api/v1/me/pass', headers: { cookie } });
      expect(me.json()).toMatchObject({ appleWallet: false });
      const file = await ctx.app.inject({ url: '/api/v1/me/pass/apple-wallet', headers: { cookie } });
      expect(file.statusCode).toBe(404);
      expect((file.json() as { type: string }).type).toMatch(/apple-wallet-not-configured$/);
    } finally {
      await ctx.close();
    }
  });

  it('gives a signed .pkpass with the pass number in the barcode and nothing about the category', async () => {
    process.env.STADSPAS_WALLET_PASS_TYPE_ID = 'pass.nl.zaanstad.test';
    process.env.STADSPAS_WALLET_TEAM_ID = 'TEST123456';
    process.env.STADSPAS_WALLET_CERT = path.join(dir, 'cert.pem');
    process.env.STADSPAS_WALLET_KEY = path.join(dir, 'key.pem');
    process.env.STADSPAS_WALLET_WWDR = path.join(dir, 'cert.pem');
    const { ctx, pass, cookie } = await appWithResident('met@wallet.test');
    try {
      const me = await ctx.app.inject({ url: '/api/v1/me/pass', headers: { cookie } });
      expect(me.json()).toMatchObject({ appleWallet: true });
      const file = await ctx.app.inject({ url: '/api/v1/me/pass/apple-wallet', headers: { cookie } });
      expect(file.statusCode, file.body).toBe(200);
      expect(file.headers['content-type']).toContain('application/vnd.apple.pkpass');
      const files = unzip(file.rawPayload);
      expect([...files.keys()]).toEqual(
        expect.arrayContaining(['pass.json', 'manifest.json', 'signature', 'icon.png']),
      );
      expect(files.get('signature')!.length).toBeGreaterThan(100);
      const json = files.get('pass.json')!.toString('utf8');
      const passJson = JSON.parse(json) as {
        passTypeIdentifier: string;
        teamIdentifier: string;
        barcodes: { message: string; format: string }[];
      };
      expect(passJson.passTypeIdentifier).toBe('pass.nl.zaanstad.test');
      expect(passJson.teamIdentifier).toBe('TEST123456');
      expect(passJson.barcodes[0]).toMatchObject({ message: pass.number, format: 'PKBarcodeFormatQR' });
      expect(json).toContain(formatPassNumber(pass.number));
      expect(json).not.toMatch(/low_income|minima/i);

      // Not someone else's pass.
      const other = await createPass(ctx.database.db, {});
      const refused = await ctx.app.inject({
        url: `/api/v1/me/pass/apple-wallet?passNumber=${other.number}`,
        headers: { cookie },
      });
      expect(refused.statusCode).toBe(404);
    } finally {
      await ctx.close();
    }
  });
});
