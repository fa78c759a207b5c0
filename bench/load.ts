/**
 * Load generators for `npm run bench`: autocannon (closed loop, N connections, as fast as the
 * server answers) for intake throughput, and an open-loop paced sender (one request every
 * 1/rate s, whatever the server does, so slow answers cannot hide queueing) for latency at a
 * fixed rate.
 */
import http from 'node:http';
import net from 'node:net';
import autocannon from 'autocannon';
import { newWamid, signedWebhook, waText, waWebhook } from '../test/support/graph-api-server.js';
import { residentText } from './messages.js';

/** A TCP port free on 127.0.0.1 now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Wait until `GET {url}/healthz` answers 2xx, polling every 200 ms.
 * @throws Error naming `what` and `logFile` when `exited()` turns true or after `timeoutMs` (default 90 000 ms)
 */
export async function waitHealthy(url: string, exited: () => boolean, what: string, logFile: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error(`${what} exited during start; see ${logFile}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not start; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One request of a load run; `key` identifies it (the provider message id). */
export interface BenchRequest {
  key: string;
  path: string;
  body: string;
  headers: Record<string, string>;
}

/** Percentiles of a sample (nearest rank); zeros for an empty sample. */
export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  if (!values.length) return { p50: 0, p95: 0, p99: 0, max: 0, n: 0 };
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(s[s.length - 1]!), n: s.length };
}

/** What a closed-loop run measured. */
export interface ClosedLoopResult {
  connections: number;
  durationS: number;
  /** 2xx answers. */
  acked: number;
  /** Acknowledged requests per second. */
  ackPerSecond: number;
  /** Latency of 2xx answers in ms. */
  latencyMs: { p50: number; p95: number; p99: number; max: number; n: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Keys of every acknowledged request. */
  ackedKeys: string[];
  /** Requests sent but not acknowledged (cut at the end, timed out, or refused). */
  unacked: BenchRequest[];
}

/**
 * Drive `baseUrl` with autocannon: `connections` keep-alive connections, one request in flight
 * on each, for `durationS` seconds; every request is a fresh one from `next()`.
 */
export async function closedLoop(opts: {
  baseUrl: string;
  connections: number;
  durationS: number;
  next: () => BenchRequest;
}): Promise<ClosedLoopResult> {
  const pending = new Map<string, BenchRequest>();
  const ackedKeys: string[] = [];
  const latencies: number[] = [];
  type Ctx = { key?: string };
  let finish: (r: autocannon.Result) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon({
    url: opts.baseUrl,
    connections: opts.connections,
    pipelining: 1,
    duration: opts.durationS,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const r = opts.next();
          (context as Ctx).key = r.key;
          pending.set(r.key, r);
          return { ...req, method: 'POST', path: r.path, body: r.body, headers: r.headers };
        },
        onResponse: (status, _body, context) => {
          const key = (context as Ctx).key;
          if (key && status >= 200 && status < 300) {
            pending.delete(key);
            ackedKeys.push(key);
          }
        },
      },
    ],
  }, (err, result) => (err ? fail(err) : finish(result)));
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (status >= 200 && status < 300) latencies.push(responseTime);
  });
  const result = await done;
  return {
    connections: opts.connections,
    durationS: result.duration,
    acked: ackedKeys.length,
    ackPerSecond: Math.round(ackedKeys.length / result.duration),
    latencyMs: percentiles(latencies),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ackedKeys,
    unacked: [...pending.values()],
  };
}

/** What an open-loop run measured. */
export interface PacedResult {
  rate: number;
  durationS: number;
  sent: number;
  acked: number;
  /** Achieved send rate (requests per second). */
  actualRate: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; n: number };
  /** Wall-clock send time (ms since epoch) per key. */
  sentAt: Map<string, number>;
  ackedKeys: string[];
  unacked: BenchRequest[];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POST one request; resolves with the status (0 on a network error). */
export function post(baseUrl: string, r: BenchRequest): Promise<number> {
  const url = new URL(r.path, baseUrl);
  return new Promise((resolve) => {
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(r.body);
  });
}

/**
 * Open loop: send request i at `start + i / rate` seconds, never waiting for answers (no
 * coordinated omission), for `durationS` seconds; then wait for every answer.
 */
export async function pacedLoad(opts: { baseUrl: string; rate: number; durationS: number; next: () => BenchRequest }): Promise<PacedResult> {
  const total = Math.round(opts.rate * opts.durationS);
  const interval = 1000 / opts.rate;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const ackedKeys: string[] = [];
  const unacked: BenchRequest[] = [];
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  let i = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (i < total && now >= start + i * interval) {
        const r = opts.next();
        const t0 = performance.now();
        sentAt.set(r.key, Date.now());
        inFlight.push(
          post(opts.baseUrl, r).then((status) => {
            if (status >= 200 && status < 300) {
              latencies.push(performance.now() - t0);
              ackedKeys.push(r.key);
            } else unacked.push(r);
          }),
        );
        i++;
      }
      if (i >= total) resolve();
      else setTimeout(tick, Math.max(0, Math.min(interval, start + i * interval - performance.now())));
    };
    tick();
  });
  const sendSeconds = (performance.now() - start) / 1000;
  await Promise.all(inFlight);
  return {
    rate: opts.rate,
    durationS: opts.durationS,
    sent: total,
    acked: ackedKeys.length,
    actualRate: Math.round(total / sendSeconds),
    latencyMs: percentiles(latencies),
    sentAt,
    ackedKeys,
    unacked,
  };
}

/**
 * Deliver requests that were not acknowledged again, as a provider does (Meta retries a webhook
 * without a 200; Web Chat resends with the same clientActivityID), until each gets a 2xx.
 * @returns keys acknowledged on a retry
 */
export async function redeliver(baseUrl: string, requests: BenchRequest[], attempts = 5): Promise<string[]> {
  const done: string[] = [];
  let left = requests;
  for (let a = 0; a < attempts && left.length; a++) {
    const statuses = await Promise.all(left.map((r) => post(baseUrl, r)));
    const next: BenchRequest[] = [];
    statuses.forEach((s, k) => (s >= 200 && s < 300 ? done.push(left[k]!.key) : next.push(left[k]!)));
    left = next;
    if (left.length) await new Promise((r) => setTimeout(r, 500 * (a + 1)));
  }
  return done;
}

/**
 * The environment the bench starts the service with (besides PORT and the caller's extras):
 * production mode, loopback only, no SMTP port of its own, the Graph-API-shaped server for
 * WhatsApp and an e-mail relay that refuses (port 9), a fresh schema and Redis prefix.
 */
export function benchServiceEnv(o: {
  databaseUrl: string;
  schema: string;
  redisUrl: string;
  prefix: string;
  whatsappAppSecret: string;
  graph: { url: string; accessToken: string };
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: '0',
    DATABASE_URL: o.databaseUrl,
    DATABASE_SCHEMA: o.schema,
    REDIS_URL: o.redisUrl,
    REDIS_PREFIX: o.prefix,
    APP_SECRET: 'bench-app-secret-0123456789abcdef',
    WHATSAPP_APP_SECRET: o.whatsappAppSecret,
    WHATSAPP_VERIFY_TOKEN: 'bench-verify-token',
    WHATSAPP_ACCESS_TOKEN: o.graph.accessToken,
    WHATSAPP_GRAPH_URL: o.graph.url,
    EMAIL_RELAY_HOST: '127.0.0.1',
    EMAIL_RELAY_PORT: '9',
    MUNICIPALITY_NAME: 'gemeente Voorbeeld',
  };
}

/**
 * A signed WhatsApp webhook as the bench sends it: one text message (`residentText(i)`) from
 * wa_id `from` with a fresh wamid (the request's `key`), signed with `appSecret` as Meta does.
 */
export function whatsappRequest(appSecret: string, i: number, from: string): BenchRequest {
  const id = newWamid();
  const payload = waWebhook({ messages: [waText(residentText(i), { from, id })], profileName: 'Bench Inwoner' });
  const { body, headers } = signedWebhook(appSecret, payload);
  return { key: id, path: '/api/whatsapp/webhook', body, headers };
}

/** The wa_id of the `n`-th bench resident (`3169` and seven digits; invented numbers). */
export const waIdOf = (n: number): string => `3169${String(n).padStart(7, '0')}`;
