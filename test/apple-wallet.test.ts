/**
 * Issue 14: Apple Wallet. A `.pkpass` signed with the certificate the operator configures; here a
 * self-signed test certificate made at run time with openssl. Without a certificate the feature
 * is off: GET /me/pass says so (the page hides the button) and the endpoint answers 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import type { WalletConfig } from '../src/modules/passes/wallet-config.ts';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import { createPass, createTenant, createUser, loginResident } from './support/fixtures.ts';
import { createTestApp } from './support/test-app.ts';
import { makeTestWalletConfig, unzip } from './support/wallet.ts';

let wallet: { config: WalletConfig; remove: () => void };

beforeAll(() => {
  wallet = makeTestWalletConfig();
});
afterAll(() => {
  wallet.remove();
});

async function appWithResident(email: string, appleWallet: WalletConfig | null) {
  const ctx = await createTestApp({ appleWallet });
  await createTenant(ctx.database.db);
  const pass = await createPass(ctx.database.db, { category: 'low_income', email });
  await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
  return { ctx, pass, cookie: await loginResident(ctx.app, email) };
}

describe('Apple Wallet', () => {
  it('is hidden, not broken, without a certificate', async () => {
    // Without the STADSPAS_WALLET_* settings the configuration has no wallet.
    expect(loadConfig({ NODE_ENV: 'test' }).appleWallet).toBeNull();
    const { ctx, cookie } = await appWithResident('zonder@wallet.test', null);
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
    const { ctx, pass, cookie } = await appWithResident('met@wallet.test', wallet.config);
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
