import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import pg from 'pg';

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

/**
 * Where the slow calls were: the calls over `thresholdMs`, counted per window of `windowMs` (by
 * when they ended), the `top` windows with the most, busiest first. A stall (autovacuum, a
 * checkpoint, a pause) shows as a few windows holding most of them; a slow machine as many
 * windows with a few each. Call i ended at `endedAt[i]` (ms since the epoch) and took `ms[i]`:
 * two arrays of numbers, so the tills keep no object per call.
 */
export function slowWindows(endedAt: number[], ms: number[], thresholdMs: number, windowMs: number, top = 5) {
  const perWindow = new Map<number, number>();
  let slow = 0;
  for (let i = 0; i < ms.length; i++) {
    if (ms[i]! <= thresholdMs) continue;
    slow++;
    const start = Math.floor(endedAt[i]! / windowMs) * windowMs;
    perWindow.set(start, (perWindow.get(start) ?? 0) + 1);
  }
  const windows = [...perWindow]
    .map(([start, count]) => ({ start, count }))
    .sort((a, b) => b.count - a.count || a.start - b.start)
    .slice(0, top);
  return { slow, windows };
}

/**
 * A PostgreSQL server: DATABASE_URL if given, else a throwaway one from scripts/pg-temp-server.sh.
 * `postmasterPid`, `crash` and `restart` only for the throwaway one: a server at DATABASE_URL may be
 * on another machine, and is not ours to crash. `crash` stops it at once, losing the WAL it had not
 * yet written; `restart` starts it again, with crash recovery.
 */
export function startPostgres(): {
  url: string;
  postmasterPid?: number;
  stop(): void;
  crash?: () => void;
  restart?: () => void;
} {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => {} };
  const out = execFileSync('bash', ['scripts/pg-temp-server.sh'], { encoding: 'utf8' });
  const dir = /PG_TEMP_DIR=(.*)/.exec(out)![1]!;
  const url = /DATABASE_URL=(.*)/.exec(out)![1]!;
  const postmasterPid = Number(readFileSync(`${dir}/data/postmaster.pid`, 'utf8').split('\n')[0]);
  const script = (command: string) => () => {
    execFileSync('bash', ['scripts/pg-temp-server.sh', command, dir]);
  };
  return { url, postmasterPid, stop: script('stop'), crash: script('crash'), restart: script('start') };
}

export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return databaseUrlNamed(serverUrl, name);
}

/** The address of database `name` on the server at `serverUrl`. */
export function databaseUrlNamed(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A production server refuses the development QR secret: one random secret per run, the same after a restart. */
const SERVER_QR_SECRET = randomBytes(36).toString('base64url');

export function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'src/main.ts'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        STADSPAS_SEED_DEMO: 'false',
        STADSPAS_QR_SECRET: SERVER_QR_SECRET,
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = () => {
      const req = http.get(`http://127.0.0.1:${env.PORT}/api/v1/sessions/current`, (res) => {
        res.resume();
        resolve(child);
      });
      req.on('error', () =>
        Date.now() > deadline ? reject(new Error('server did not start')) : setTimeout(poll, 200),
      );
    };
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    poll();
  });
}

/**
 * The tills' HTTP client: one keep-alive HTTP/1.1 connection per till, one request at a time
 * (as a till sends them), written and read on a bare socket. It does only what the benchmark
 * needs: a response with Content-Length (Fastify's), JSON or empty. The tills share the machine
 * with the server and PostgreSQL, so their CPU is CPU the figures lose to the harness (pgbench's
 * own client is C): per sale this takes about two thirds of the CPU that undici's pool took
 * (0.19 against 0.29 ms in the till benchmark).
 */
export class TillConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting:
    { resolve: (response: TillResponse) => void; reject: (error: Error) => void; started: number } | undefined;
  private failure: Error | undefined;

  private constructor(private readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.answer();
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      this.waiting?.reject(error);
      this.waiting = undefined;
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the server closed the connection')));
  }

  static open(port: number): Promise<TillConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.off('error', reject);
        resolve(new TillConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Sends one request and resolves with its status, parsed JSON body and latency. */
  request(
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<TillResponse> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiting) return Promise.reject(new Error('one request at a time per connection'));
    let head = `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n`;
    for (const name in headers) head += `${name}: ${headers[name]}\r\n`;
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    if (payload) head += `content-type: application/json\r\ncontent-length: ${payload.length}\r\n`;
    head += '\r\n';
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject, started: performance.now() };
      this.socket.write(payload ? Buffer.concat([Buffer.from(head, 'latin1'), payload]) : head, 'latin1');
    });
  }

  close(): Promise<void> {
    if (this.socket.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.end();
    });
  }

  /** Resolves the waiting request once its whole response is in the buffer. */
  private answer() {
    const response = parseResponse(this.buffer);
    if (!response || !this.waiting) return;
    if ('error' in response) {
      this.failure = new Error(response.error);
      this.waiting.reject(this.failure);
      this.waiting = undefined;
      this.socket.destroy();
      return;
    }
    this.buffer = this.buffer.subarray(response.length);
    const { resolve, started } = this.waiting;
    this.waiting = undefined;
    resolve({
      status: response.status,
      json: response.body.length > 0 ? JSON.parse(response.body.toString('utf8')) : null,
      ms: performance.now() - started,
    });
  }
}

export interface TillResponse {
  status: number;
  json: unknown;
  ms: number;
}

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * One HTTP/1.1 response from the start of `data`: undefined while it is not all there yet; an
 * error for what this client does not read (no Content-Length, chunked).
 */
export function parseResponse(
  data: Buffer,
): { status: number; body: Buffer; length: number } | { error: string } | undefined {
  const headEnd = data.indexOf(HEAD_END);
  if (headEnd < 0) return undefined;
  const head = data.toString('latin1', 0, headEnd);
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  if (!status) return { error: `not an HTTP/1.1 response: ${JSON.stringify(head.slice(0, 40))}` };
  const code = Number(status[1]);
  // 204 and 304 have no body, whatever their headers say.
  const contentLength = code === 204 || code === 304 ? ['', '0'] : /\r\ncontent-length: *(\d+)/i.exec(head);
  if (!contentLength) return { error: 'a response without Content-Length (this client reads no chunked bodies)' };
  const length = headEnd + HEAD_END.length + Number(contentLength[1]);
  if (data.length < length) return undefined;
  return { status: code, body: data.subarray(headEnd + HEAD_END.length, length), length };
}

const connections = new Set<TillConnection>();

/** Opens a till's connection to the server on `port`; `closeClients` closes them all. */
export async function openTillConnection(port: number): Promise<TillConnection> {
  const connection = await TillConnection.open(port);
  connections.add(connection);
  return connection;
}

/** Closes the tills' connections, so the command can end. */
export async function closeClients() {
  await Promise.all([...connections].map((connection) => connection.close()));
  connections.clear();
}

/** pgbench's TPC-B-like transaction on the same server: the physical limit for a transaction of that shape. */
export function pgbenchTps(serverUrl: string, clients: number, seconds: number): number {
  const url = new URL(serverUrl);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    PGPASSWORD: decodeURIComponent(url.password),
  };
  const db = 'stadspas_pgbench';
  execFileSync(
    'psql',
    [
      '-q',
      '-d',
      url.pathname.slice(1) || 'postgres',
      '-c',
      `drop database if exists ${db}`,
      '-c',
      `create database ${db}`,
    ],
    { env, stdio: 'ignore' },
  );
  execFileSync('pgbench', ['-i', '-q', '-s', '10', db], { env, stdio: 'ignore' });
  const out = execFileSync('pgbench', ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), db], {
    env,
    encoding: 'utf8',
  });
  const match = /tps = ([\d.]+)/.exec(out);
  execFileSync('psql', ['-q', '-d', url.pathname.slice(1) || 'postgres', '-c', `drop database if exists ${db}`], {
    env,
    stdio: 'ignore',
  });
  return match ? Number(match[1]) : Number.NaN;
}
