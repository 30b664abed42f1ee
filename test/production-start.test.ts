import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The real entry point, started as a municipality would start it in production, without the secrets set. */
describe('starting in production with development secrets', () => {
  it('stops before opening anything, and says which variables to set', () => {
    const dataDir = path.join(os.tmpdir(), `stadspas-refused-${process.pid}`);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      STADSPAS_DATA_DIR: dataDir,
      PORT: '0',
    };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Stadspas does not start in production');
    expect(run.stderr).toContain('STADSPAS_QR_SECRET');
    expect(run.stderr).toContain('STADSPAS_SEED_DEMO');
    // Refused before the database was opened: no data folder was made.
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
