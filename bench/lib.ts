import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import pg from 'pg';
import { Pool } from 'undici';

/** Small helpers for the benchmark commands. Benchmarks print figures; they assert nothing. */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarize(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  return `${name.padEnd(28)} n=${String(samples.length).padStart(7)}  p50=${f(percentile(sorted, 50))} ms  p95=${f(percentile(sorted, 95))} ms  p99=${f(percentile(sorted, 99))} ms`;
}

/** A PostgreSQL server: DATABASE_URL if given, else a throwaway one from scripts/pg-temp-server.sh. */
export function startPostgres(): { url: string; stop(): void } {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => {} };
  const out = execFileSync('bash', ['scripts/pg-temp-server.sh'], { encoding: 'utf8' });
  const dir = /PG_TEMP_DIR=(.*)/.exec(out)![1]!;
  const url = /DATABASE_URL=(.*)/.exec(out)![1]!;
  return { url, stop: () => execFileSync('bash', ['scripts/pg-temp-server.sh', 'stop', dir]) };
}

export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', STADSPAS_SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = () => {
      const req = http.get(`http://127.0.0.1:${env.PORT}/api/v1/sessions/current`, (res) => { res.resume(); resolve(child); });
      req.on('error', () => (Date.now() > deadline ? reject(new Error('server did not start')) : setTimeout(poll, 200)));
    };
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    poll();
  });
}

/**
 * The tills' HTTP client: undici's keep-alive pool, one connection per till. It takes about half
 * the CPU of node:http per request; on a machine the server and PostgreSQL share with the client,
 * that is CPU the figures should not lose to the harness (pgbench's own client is C).
 */
const pools = new Map<number, Pool>();

export async function request(port: number, method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: unknown; ms: number }> {
  let pool = pools.get(port);
  if (!pool) pools.set(port, pool = new Pool(`http://127.0.0.1:${port}`, { connections: 256 }));
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  const response = await pool.request({ method, path, headers: payload ? { ...headers, 'content-type': 'application/json' } : headers, body: payload });
  const text = await response.body.text();
  return { status: response.statusCode, json: text ? JSON.parse(text) : null, ms: performance.now() - started };
}

/** Closes the tills' connections, so the command can end. */
export async function closeClients() {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
  pools.clear();
}

/** pgbench's TPC-B-like transaction on the same server: the physical limit for a transaction of that shape. */
export function pgbenchTps(serverUrl: string, clients: number, seconds: number): number {
  const url = new URL(serverUrl);
  const env = { ...process.env, PGHOST: url.hostname, PGPORT: url.port || '5432', PGUSER: decodeURIComponent(url.username || 'postgres'), PGPASSWORD: decodeURIComponent(url.password) };
  const db = 'stadspas_pgbench';
  execFileSync('psql', ['-q', '-d', url.pathname.slice(1) || 'postgres', '-c', `drop database if exists ${db}`, '-c', `create database ${db}`], { env, stdio: 'ignore' });
  execFileSync('pgbench', ['-i', '-q', '-s', '10', db], { env, stdio: 'ignore' });
  const out = execFileSync('pgbench', ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), db], { env, encoding: 'utf8' });
  const match = /tps = ([\d.]+)/.exec(out);
  execFileSync('psql', ['-q', '-d', url.pathname.slice(1) || 'postgres', '-c', `drop database if exists ${db}`], { env, stdio: 'ignore' });
  return match ? Number(match[1]) : Number.NaN;
}
