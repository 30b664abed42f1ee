import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_BOUNCE_SECRET, DEVELOPMENT_QR_SECRET, loadConfig } from './config.ts';
import { productionProblems, productionRefusal } from './config-checks.ts';

const SECRET = 'kQ3v8n1Zp0Yw5rT2xL9mB7cH4dF6gJ8sA1eU0iO3';

const problemsFor = (env: NodeJS.ProcessEnv) => productionProblems(loadConfig(env), env);

describe('production refuses development secrets', () => {
  it('lets development and tests start with the development defaults', () => {
    expect(problemsFor({})).toEqual([]);
    expect(problemsFor({ NODE_ENV: 'test' })).toEqual([]);
    expect(loadConfig({}).qrSecret).toBe(DEVELOPMENT_QR_SECRET);
  });

  it('names every variable to set, in one message', () => {
    const message = productionRefusal(loadConfig({ NODE_ENV: 'production' }), { NODE_ENV: 'production' });
    expect(message).toMatch(/^Stadspas does not start in production/);
    expect(message).toContain('STADSPAS_QR_SECRET');
    expect(message).toContain('openssl rand -base64 48');
    expect(message).toContain('STADSPAS_SEED_DEMO');
  });

  it('refuses the development QR secret (which also seals the till quotes), an empty one and a short one', () => {
    for (const secret of [undefined, '', DEVELOPMENT_QR_SECRET, 'geheim', 'x'.repeat(31)]) {
      const problems = problemsFor({ NODE_ENV: 'production', STADSPAS_SEED_DEMO: 'false', STADSPAS_QR_SECRET: secret });
      expect(problems, String(secret)).toHaveLength(1);
      expect(problems[0]).toMatch(/^STADSPAS_QR_SECRET: /);
    }
  });

  it('asks for an explicit choice about the demo, whose passwords are public', () => {
    expect(problemsFor({ NODE_ENV: 'production', STADSPAS_QR_SECRET: SECRET })).toEqual([
      expect.stringMatching(/^STADSPAS_SEED_DEMO: /),
    ]);
    expect(problemsFor({ NODE_ENV: 'production', STADSPAS_QR_SECRET: SECRET, STADSPAS_SEED_DEMO: 'true' })).toEqual([]);
  });

  it('starts with a secret of its own and the demo switched off', () => {
    const env = { NODE_ENV: 'production', STADSPAS_QR_SECRET: SECRET, STADSPAS_SEED_DEMO: 'false' };
    expect(productionRefusal(loadConfig(env), env)).toBeUndefined();
  });

  it('refuses bounce reports unless a secret is set, and refuses to start with the development one or a short one', () => {
    const base = { NODE_ENV: 'production', STADSPAS_QR_SECRET: SECRET, STADSPAS_SEED_DEMO: 'false' };
    expect(loadConfig(base).bounceSecret).toBeUndefined();
    expect(loadConfig({}).bounceSecret).toBe(DEVELOPMENT_BOUNCE_SECRET);
    expect(problemsFor(base)).toEqual([]);
    for (const secret of [DEVELOPMENT_BOUNCE_SECRET, 'kort'])
      expect(problemsFor({ ...base, STADSPAS_BOUNCE_SECRET: secret }), secret).toEqual([
        expect.stringMatching(/^STADSPAS_BOUNCE_SECRET: /),
      ]);
    expect(problemsFor({ ...base, STADSPAS_BOUNCE_SECRET: SECRET })).toEqual([]);
  });
});
