import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { Redis } from 'ioredis';
import { startApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { signedWebhook, startGraphApiServer, waText, waWebhook, type GraphApiServer } from './graph-api-server.js';
import { startSmtpRelay, type SmtpRelay } from './smtp-relay.js';

/** PostgreSQL used by the integration tests (CI exports DATABASE_URL_TEST; trust auth locally). */
export const TEST_DATABASE_URL = process.env.DATABASE_URL_TEST ?? 'postgres://root@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.REDIS_URL_TEST ?? 'redis://127.0.0.1:6379';
export const TEST_APP_SECRET = 'test-whatsapp-app-secret';
export const TEST_VERIFY_TOKEN = 'test-verify-token';
export const TEST_INTAKE_ADDRESS = 'meldpunt@gemeente.example';

/** A whole service started for a test, with its fake outside world. */
export interface TestService {
  app: App;
  config: Config;
  graph: GraphApiServer;
  relay: SmtpRelay;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** Every log line the service wrote (JSON strings). */
  logLines: string[];
  stop(): Promise<void>;
}

/**
 * Start the real service (real PostgreSQL in a fresh schema, real Redis under a fresh prefix)
 * with a local Graph-API-shaped server for WhatsApp and a local SMTP relay for outgoing mail.
 * `stop()` closes everything and drops the schema and the Redis keys.
 */
export async function startTestService(
  overrides: Record<string, string> = {},
  opts: {
    /** Run as a second instance of that service: same schema, Redis prefix, Graph API and relay. */
    shareWith?: TestService;
    /** Clock for office hours, presence and the WhatsApp window. */
    now?: () => Date;
  } = {},
): Promise<TestService> {
  const id = randomBytes(5).toString('hex');
  const shared = opts.shareWith;
  const schema = shared?.config.DATABASE_SCHEMA ?? `t_${id}`;
  const prefix = shared?.config.REDIS_PREFIX ?? `test-${id}`;
  const graph = shared?.graph ?? (await startGraphApiServer());
  const relay = shared?.relay ?? (await startSmtpRelay());
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    SMTP_PORT: '0',
    SMTP_HOST: '127.0.0.1',
    ...serviceEnv({ schema, redisUrl: TEST_REDIS_URL, prefix, graph, relayPort: relay.port }),
    LOG_LEVEL: 'info',
    WORKER_CONCURRENCY: '4',
    ...overrides,
  });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL, sink), { now: opts.now });
  return {
    app,
    config,
    graph,
    relay,
    baseUrl: `http://127.0.0.1:${app.httpPort}`,
    logLines,
    async stop() {
      await app.stop();
      if (shared) return; // the first instance owns the schema, keys and fake servers
      await graph.close();
      await relay.close();
      await dropSchema(schema);
      await deleteRedisPrefix(prefix);
    },
  };
}

/**
 * The environment of a service wired to the test world: PostgreSQL schema, Redis URL and
 * prefix, the fake Graph API and the SMTP relay (ports and log level are the caller's).
 */
export function serviceEnv(p: { schema: string; redisUrl: string; prefix: string; graph: GraphApiServer; relayPort: number }): Record<string, string> {
  return {
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: p.schema,
    REDIS_URL: p.redisUrl,
    REDIS_PREFIX: p.prefix,
    APP_SECRET: 'test-secret-0123456789abcdef',
    WHATSAPP_APP_SECRET: TEST_APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: TEST_VERIFY_TOKEN,
    WHATSAPP_ACCESS_TOKEN: p.graph.accessToken,
    WHATSAPP_GRAPH_URL: p.graph.url,
    EMAIL_INTAKE_ADDRESS: TEST_INTAKE_ADDRESS,
    EMAIL_RELAY_HOST: '127.0.0.1',
    EMAIL_RELAY_PORT: String(p.relayPort),
    MUNICIPALITY_NAME: 'gemeente Voorbeeld',
  };
}

/**
 * Drop a schema and everything in it.
 * @param url the database it is in (default {@link TEST_DATABASE_URL})
 */
export async function dropSchema(schema: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Delete every Redis key under `{prefix}:` (SCAN, then DEL).
 * @param on a connected client to use (left open), or the URL of a server to connect to for it
 *   (default {@link TEST_REDIS_URL})
 */
export async function deleteRedisPrefix(prefix: string, on: string | Pick<Redis, 'scan' | 'del'> = TEST_REDIS_URL): Promise<void> {
  const client = typeof on === 'string' ? null : on;
  const redis = client ?? new Redis(on as string);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    if (!client) (redis as Redis).disconnect();
  }
}

/** Poll `fn` until it returns a truthy value; reject after `timeoutMs` with `what`. */
export async function eventually<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A resident's WhatsApp text from wa_id `from`, posted as a signed webhook to the service.
 * @throws Error when the service does not acknowledge it with 200
 */
export async function residentWrites(svc: Pick<TestService, 'baseUrl'>, from: string, text: string): Promise<void> {
  const signed = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from })] }));
  const res = await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}, not 200`);
}
