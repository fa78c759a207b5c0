/**
 * `npm run bench:intake-parts [-- N]` (N from 2 000, default 20 000): what the service does for one WhatsApp acknowledgement
 * beyond the insert-only baseline of `npm run bench`, part by part, in CPU µs per message.
 *
 * Each part runs N times (default 20 000; the database and Redis parts in batches of 50, as the
 * intake's group commit and bulk add do at 50 connections) in this one process, without an HTTP
 * server, and reads `process.cpuUsage()` (this process: user + system) and, for the database
 * and Redis parts, the CPU of the PostgreSQL backend and of `redis-server` from /proc. Parts run
 * alone and warm, so the figures are a floor for what they cost in the service under load.
 *
 * Why it exists: the bench's target of 0.8 × the insert-only baseline's throughput leaves the
 * service's one thread ≈ 0.35–0.41 ms per acknowledgement on the 2-core machine; this shows how
 * much of that the required parts (signature, validation, idempotent store with conversation,
 * durable turn job) take by themselves (README, Load benchmark).
 *
 * Needs PostgreSQL (`DATABASE_URL_TEST`, `DATABASE_URL`, else the test default) and Redis
 * (`REDIS_URL_TEST`, `REDIS_URL`, else redis://127.0.0.1:6379); uses a fresh schema and Redis
 * prefix and removes them, also on Ctrl-C. Linux only (reads /proc).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import Bull from 'bull';
import { Redis } from 'ioredis';
import pg from 'pg';
import { normaliseMessage } from '../channels/whatsapp/normalise.js';
import { messagesValueSchema, webhookEnvelopeSchema } from '../channels/whatsapp/payload.js';
import { verifySignature } from '../channels/whatsapp/webhook.js';
import { BulkAdder } from '../src/queues/bulk.js';
import { openDb } from '../src/store/db.js';
import { MessageStore } from '../src/store/messages.js';
import { sanitizeDeep } from '../src/util/sanitize.js';
import { newWamid } from '../test/support/graph-api-server.js';
import { deleteRedisPrefix, dropSchema } from '../test/support/service.js';
import { BackendCpuTracker, commandCpuMs } from './cpu.js';
import { waIdOf, whatsappRequest } from './load.js';
import { parseCommandLine, usageError } from './cli.js';

const DATABASE_URL = process.env.DATABASE_URL_TEST ?? process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL_TEST ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TOOL = 'bench:intake-parts';
const BATCH = 50;
/** Messages used to warm up each database and Redis part (never measured). */
const WARM_UP = BATCH * 4;
/** Fewest messages a run takes: /proc counts CPU in 10 ms ticks, so fewer measure nothing. */
const MIN_N = 2000;
const SECRET = 'bench-intake-parts-secret';
const { positionals } = parseCommandLine(TOOL, () => parseArgs({ options: {}, strict: true, allowPositionals: true }));
if (positionals.length > 1) usageError(TOOL, `one argument at most (N); got ${positionals.length}`);
const parsedN = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform(Number)
  .pipe(z.number().min(MIN_N).max(1_000_000))
  .safeParse(positionals[0] ?? '20000');
if (!parsedN.success) usageError(TOOL, `N: ${parsedN.error.issues[0]?.message ?? 'invalid'}; got '${positionals[0]}'`);
const N = parsedN.data;

/** A signed webhook of the bench's shape (one text message from a resident): raw body and signature. */
function webhook(i: number): { body: Buffer; signature: string } {
  const r = whatsappRequest(SECRET, i, waIdOf(i % 2000));
  return { body: Buffer.from(r.body), signature: r.headers['x-hub-signature-256']! };
}

function cpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

interface Row {
  part: string;
  serviceUs: number;
  postgresUs?: number;
  redisUs?: number;
}

async function main(): Promise<void> {
  // Both services first, so a run that cannot finish stops before the CPU parts.
  // Redis failing fast: bull's own clients would retry an unreachable server forever.
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  let redisError = '';
  redis.on('error', (err: Error) => (redisError ||= err.message));
  try {
    await redis.connect();
  } catch (err) {
    const from = process.env.REDIS_URL_TEST ? 'REDIS_URL_TEST' : 'REDIS_URL';
    throw new Error(`Redis at ${from} (${REDIS_URL}) is unreachable: ${redisError || (err as Error).message}`);
  }
  const schema = `bench_parts_${randomUUID().slice(0, 8)}`;
  // node-postgres names its connections with PGAPPNAME: the tracker finds every backend of the
  // pool by it, also one the pool opens or closes (idle) while a part runs.
  const appName = `aan-tafel-${schema}`;
  process.env.PGAPPNAME = appName;
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1, application_name: 'aan-tafel-bench-admin' });
  const backends = new BackendCpuTracker((sql, params) => admin.query(sql, params), appName, 100);
  let db;
  try {
    db = await openDb({ url: DATABASE_URL, pgliteDir: '', schema, poolSize: 2 });
  } catch (err) {
    redis.disconnect();
    await admin.end();
    throw err;
  }
  const prefix = `bench-parts-${randomUUID().slice(0, 8)}`;
  const queue = new Bull<{ conversationId: string }>('turns', { redis: REDIS_URL, prefix });
  let cleaned: Promise<void> | null = null;
  const cleanup = (): Promise<void> =>
    (cleaned ??= (async () => {
      backends.stop();
      await queue.close().catch(() => undefined);
      await deleteRedisPrefix(prefix, redis);
      redis.disconnect();
      await db.close();
      await dropSchema(schema, DATABASE_URL);
      await admin.end();
    })());
  // Ctrl-C or SIGTERM: remove the schema and the Redis keys before leaving.
  // `on`, not `once`: a second Ctrl-C (npm passes one on too) must not kill the cleanup.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
  const rows: Row[] = [];
  try {
    const hooks = Array.from({ length: N }, (_, i) => webhook(i));

    function sync(part: string, fn: (i: number) => unknown): void {
      for (let i = 0; i < Math.min(N, 2000); i++) fn(i); // warm up
      const c0 = cpuUs();
      for (let i = 0; i < N; i++) fn(i);
      rows.push({ part, serviceUs: Math.round(((cpuUs() - c0) / N) * 10) / 10 });
    }

    sync('X-Hub-Signature-256 check (HMAC-SHA256 of the raw body)', (i) => {
      if (!verifySignature(SECRET, hooks[i]!.body, hooks[i]!.signature)) throw new Error('signature');
    });
    sync('JSON.parse of the body (the insert-only baseline does this too)', (i) => JSON.parse(hooks[i]!.body.toString('utf8')));
    const parsed = hooks.map((h) => JSON.parse(h.body.toString('utf8')));
    sync('shape check (zod: envelope and messages value)', (i) => {
      const env = webhookEnvelopeSchema.parse(parsed[i]);
      return messagesValueSchema.parse(env.entry[0]!.changes[0]!.value);
    });
    const values = parsed.map((p) => messagesValueSchema.parse(webhookEnvelopeSchema.parse(p).entry[0]!.changes[0]!.value));
    sync('normalise to an InboundMessage and repair text (sanitizeDeep)', (i) => sanitizeDeep(normaliseMessage(values[i]!, values[i]!.messages![0]!)));

    // Database: the intake's store (group commit, batches of 50) against one plain INSERT a message.
    const store = new MessageStore(db);
    backends.start();
    const pgCpuMs = () => backends.totalMs();
    const inputs = values.map((v) => sanitizeDeep(normaliseMessage(v, v.messages![0]!)));

    async function batched(part: string, fn: (i: number) => Promise<unknown>, counts: { postgres?: boolean; redis?: boolean }): Promise<void> {
      for (let i = 0; i < WARM_UP; i += BATCH) await Promise.all(Array.from({ length: BATCH }, (_, k) => fn(N - 1 - i - k))); // warm up
      const c0 = cpuUs();
      const p0 = counts.postgres ? await pgCpuMs() : 0;
      const r0 = counts.redis ? commandCpuMs('redis-server') : 0;
      const n = N - WARM_UP;
      for (let i = 0; i < n; i += BATCH) await Promise.all(Array.from({ length: Math.min(BATCH, n - i) }, (_, k) => fn(i + k)));
      rows.push({
        part,
        serviceUs: Math.round(((cpuUs() - c0) / n) * 10) / 10,
        ...(counts.postgres ? { postgresUs: Math.round((((await pgCpuMs()) - p0) * 1000) / n) } : {}),
        ...(counts.redis ? { redisUs: Math.round(((commandCpuMs('redis-server') - r0) * 1000) / n) } : {}),
      });
    }

    // The baseline's statement, into one conversation (as bench/baseline.ts).
    const residentId = randomUUID();
    const conversationId = randomUUID();
    await db.query(`INSERT INTO residents (id) VALUES ($1)`, [residentId]);
    await db.query(`INSERT INTO conversations (id, channel, external_id, resident_id, address) VALUES ($1, 'whatsapp', 'parts', $2, 'parts')`, [conversationId, residentId]);
    let seq = 0;
    // bench/baseline.ts's statement and parameters; wamids of its own, so the store's part below
    // finds none of its messages stored already.
    await batched('plain INSERT of the message (the insert-only baseline\'s statement)', (i) => {
      const wamid = newWamid();
      const text = inputs[i]!.activity.text ?? null;
      return db.query(
        `INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, channel,
                               idempotency_key, provider_message_id, text, activity, status)
         VALUES ($1, $2, $3, 'in', 'resident', NULL, $4, $5, $6, $7, $8::jsonb, 'received')
         ON CONFLICT (idempotency_key) DO NOTHING`,
        [randomUUID(), conversationId, ++seq, 'whatsapp', `whatsapp:${wamid}`, wamid, text, JSON.stringify({ type: 'message', text })],
      );
    }, { postgres: true });
    await batched('idempotent store with its conversation (storeInbound, group commit)', (i) => store.storeInbound(inputs[i]!), { postgres: true });
    const jobs = new BulkAdder(queue);
    await batched('durable turn job (bull, one addBulk for the batch, the intake\'s options)', (i) =>
      jobs.add({ conversationId }, { jobId: `turn:${i}:${randomUUID()}`, attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: { age: 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } }),
      { redis: true },
    );
  } finally {
    await cleanup();
  }

  console.log(`intake parts, CPU µs per message (N = ${N}, database and Redis in batches of ${BATCH}), Node ${process.version}`);
  console.log('| part | this process | PostgreSQL backends | redis-server |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.part} | ${r.serviceUs} | ${r.postgresUs ?? ''} | ${r.redisUs ?? ''} |`);
}

main().catch((err) => {
  process.stderr.write(`${TOOL}: ${(err as Error).message ?? String(err)}\n`);
  process.exit(1);
});
