/**
 * `npm run bench [-- --duration S] [--rate R] [--capacity-rates R,R|none] [--cpu-prof]`: the service's cost under load.
 *
 * Starts the real service in its own process (compiled, as `npm start` runs it) against real
 * Redis and PostgreSQL (fresh schema, fresh Redis prefix) with the Graph-API-shaped test server
 * for WhatsApp, and two baselines in their own processes (bench/baseline.ts). Then:
 *
 * 1. intake at 50 connections (autocannon, closed loop): signed WhatsApp webhooks and Direct
 *    Line activities, against bare express, insert-only express and the service;
 * 2. at a fixed rate (open loop, default 200 messages/s): webhook → bot reply arriving at the
 *    Graph API server, and webhook → the conversation in `conversations:changed` on an agent's console socket;
 *    then the same at lower rates (`--capacity-rates`, default 50,100,150; 10 s each): at which
 *    rates the reply target held on this machine (the targets are judged on the main rate only);
 * 3. peak RSS (VmHWM) of every process; checks against the database: nothing lost, nothing
 *    stored twice, every inbound processed, every reply sent.
 *
 * Writes bench/results.json and prints a summary (the README table is filled from it).
 * Not a test: numbers depend on the machine and on what else runs on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import pg from 'pg';
import { io as ioClient } from 'socket.io-client';
import { AgentStore } from '../src/console/agents.js';
import { openDb } from '../src/store/db.js';
import { AgentClient } from '../test/support/agent-client.js';
import { startGraphApiServer, type GraphApiServer } from '../test/support/graph-api-server.js';
import { deleteRedisPrefix, dropSchema } from '../test/support/service.js';
import { parseCommandLine, usageError } from './cli.js';
import { benchServiceEnv, closedLoop, freePort, pacedLoad, percentiles, redeliver, waIdOf, waitHealthy, whatsappRequest, type BenchRequest, type ClosedLoopResult } from './load.js';
import { BackendCpuTracker, cpuPerMessage, cpuSnapshot, processCpuMs } from './cpu.js';
import { residentText } from './messages.js';
import { monotonicUs, summariseProfile, type ProfileSummary } from './profile.js';
import { build, DIST_ENTRY } from '../scripts/build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATABASE_URL = process.env.DATABASE_URL_TEST ?? process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL_TEST ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const WA_SECRET = 'bench-whatsapp-app-secret';
const CONNECTIONS = 50;

/**
 * The command line (node's own parser: `--name V` and `--name=V`). An unknown option, a missing
 * value or a stray argument stops the bench with one line (`usageError` in bench/cli.ts): a mistyped
 * option must not start a run of several minutes that overwrites bench/results.json.
 */
const { values: opts } = parseCommandLine('bench', () => parseArgs({
  strict: true,
  allowPositionals: false,
  options: {
    duration: { type: 'string' },
    rate: { type: 'string' },
    'paced-duration': { type: 'string' },
    'capacity-rates': { type: 'string' },
    'capacity-duration': { type: 'string' },
    'cpu-prof': { type: 'boolean' },
    only: { type: 'string' },
  },
}));
/** A plain decimal number (no sign, exponent or hex) above 0 and at most `max`. */
const positive = (max: number) =>
  z.string().regex(/^\d+(\.\d+)?$/, 'expected a plain decimal number').transform(Number).pipe(z.number().positive().max(max));
/**
 * The option `name` parsed by `schema`, or `fallback` when absent. A missing or bad value stops
 * the bench (`usageError` in bench/cli.ts) with a line naming the option and what was wrong with it.
 */
function option<T>(name: Exclude<keyof typeof opts, 'cpu-prof'>, schema: z.ZodType<T>, fallback: T): T {
  const v = opts[name];
  if (v === undefined) return fallback;
  const r = schema.safeParse(v);
  if (!r.success) usageError('bench', `--${name}: ${r.error.issues[0]?.message ?? 'invalid'}; got '${v}'`);
  return r.data;
}
/** Most messages a second the open-loop sender is asked for: beyond it the bench, not the service, is measured. */
const MAX_RATE = 5000;
const DURATION_S = option('duration', positive(3600), 10);
const RATE = option('rate', positive(MAX_RATE), 200);
const PACED_S = option('paced-duration', positive(3600), 15);
const CAPACITY_S = option('capacity-duration', positive(3600), 10);
/**
 * `--capacity-rates 50,100,150` (default; `none` to skip): after the run at `--rate`, the same
 * open-loop load at these lower rates for `--capacity-duration` s each (default 10), so that the
 * report says at which rates the reply target held on the machine at hand. A rate that is not a
 * number above 0 and below `--rate`, is given twice, or would send no message in
 * `--capacity-duration` s stops the bench (`usageError`).
 */
const CAPACITY_RATES = option(
  'capacity-rates',
  z.union([
    z.literal('none').transform((): number[] => []),
    z
      .string()
      .transform((v) => v.split(','))
      .pipe(z.array(positive(MAX_RATE)))
      .refine((rates) => rates.every((x) => x < RATE), `expected rates below --rate (${RATE})`)
      .refine((rates) => new Set(rates).size === rates.length, 'expected each rate once')
      .refine((rates) => rates.every((x) => Math.round(x * CAPACITY_S) >= 1), `expected at least one message in --capacity-duration (${CAPACITY_S} s)`),
  ]),
  [50, 100, 150],
);
const CPU_PROF = opts['cpu-prof'] === true;
if (opts.only !== undefined && opts.only !== 'paced') usageError('bench', `--only: the one value is 'paced'; got '${String(opts.only)}'`);
/** `--only paced`: skip the baselines and the intake runs (for a quick look at the turn path). */
const ONLY_PACED = opts.only === 'paced';

const log = (...a: unknown[]) => process.stderr.write(`[bench] ${a.join(' ')}\n`);

/** CPU ms per acknowledgement of a baseline: its process, its PostgreSQL backends, both. */
interface BaselineCpu { process: number; postgres: number; total: number }

/** A Node process started by the bench, with its log file and peak RSS. */
interface Proc {
  child: ChildProcess;
  port: number;
  url: string;
  logFile: string;
  /** VmHWM (peak resident set) in MB, read from /proc. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function vmHwmMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Node's flags in package.json's `start` script (`node --max-old-space-size=256 scripts/start.mjs`), so the bench runs the service as `npm start` does. */
function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.split(/\s+/).filter((t) => t.startsWith('--'));
}

async function startProc(name: string, script: string, env: Record<string, string>, workDir: string, nodeArgs: string[] = []): Promise<Proc> {
  const port = await freePort();
  const logFile = path.join(workDir, `${name}.log`);
  const fd = openSync(logFile, 'w');
  // TypeScript sources run through tsx; compiled JavaScript (the service, as `npm start` runs it) as is.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', fd, fd],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, () => exited, name, logFile);
  let peak = 0;
  return {
    child,
    port,
    url,
    logFile,
    peakRssMb: () => (peak = Math.max(peak, exited ? 0 : vmHwmMb(child.pid!))),
    async stop() {
      if (!exited) {
        peak = Math.max(peak, vmHwmMb(child.pid!));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exit;
        clearTimeout(t);
      }
    },
  };
}

// ---------------------------------------------------------------- request builders


interface DlConversation {
  conversationId: string;
  token: string;
}

function directLineRequest(i: number, conv: DlConversation): BenchRequest {
  const cid = randomBytes(12).toString('base64url');
  const body = JSON.stringify({ type: 'message', text: residentText(i + 1), locale: 'nl-NL', from: { id: 'bench' }, channelData: { clientActivityID: cid } });
  return {
    key: `${conv.conversationId}.${cid}`,
    path: `/v3/directline/conversations/${conv.conversationId}/activities`,
    body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${conv.token}` },
  };
}

async function startDirectLineConversations(baseUrl: string, n: number): Promise<DlConversation[]> {
  const out: DlConversation[] = [];
  for (let i = 0; i < n; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, async () => {
        const res = await fetch(`${baseUrl}/v3/directline/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ locale: 'nl-NL' }),
        });
        if (res.status !== 201) throw new Error(`Direct Line start: ${res.status}`);
        return (await res.json()) as DlConversation;
      }),
    );
    out.push(...batch);
  }
  return out;
}

/** Fake conversations for the baselines (they check nothing). */
const fakeDl = (n: number): DlConversation[] => Array.from({ length: n }, () => ({ conversationId: randomBytes(16).toString('base64url'), token: 'x' }));

// ---------------------------------------------------------------- phases

interface IntakeRun {
  whatsapp: Omit<ClosedLoopResult, 'ackedKeys' | 'unacked'>;
  directLine: Omit<ClosedLoopResult, 'ackedKeys' | 'unacked'>;
}

const brief = (r: ClosedLoopResult) => {
  const { ackedKeys: _a, unacked: _u, ...rest } = r;
  return { ...rest, unacked: r.unacked.length };
};

let msgCounter = 0;

/** What `--only paced` reports for the skipped intake runs. */
function emptyIntake(): { wa: ClosedLoopResult; dl: ClosedLoopResult } {
  const none = (): ClosedLoopResult => ({
    connections: 0, durationS: 0, acked: 0, ackPerSecond: 0,
    latencyMs: percentiles([]), non2xx: 0, errors: 0, timeouts: 0, ackedKeys: [], unacked: [],
  });
  return { wa: none(), dl: none() };
}

async function intakeRun(baseUrl: string, dl: DlConversation[], spread: number) {
  const wa = await closedLoop({
    baseUrl,
    connections: CONNECTIONS,
    durationS: DURATION_S,
    next: () => {
      const i = msgCounter++;
      return whatsappRequest(WA_SECRET, i, waIdOf(i % spread));
    },
  });
  log(`  whatsapp: ${wa.ackPerSecond} ack/s, p50 ${wa.latencyMs.p50} ms, p99 ${wa.latencyMs.p99} ms, non2xx ${wa.non2xx}, unacked ${wa.unacked.length}`);
  let k = 0;
  const dlr = await closedLoop({
    baseUrl,
    connections: CONNECTIONS,
    durationS: DURATION_S,
    next: () => directLineRequest(msgCounter++, dl[k++ % dl.length]!),
  });
  log(`  directline: ${dlr.ackPerSecond} ack/s, p50 ${dlr.latencyMs.p50} ms, p99 ${dlr.latencyMs.p99} ms, non2xx ${dlr.non2xx}, unacked ${dlr.unacked.length}`);
  return { wa, dl: dlr };
}

async function waitDrained(q: pg.Pool, timeoutMs: number): Promise<{ drainedAfterMs: number; pendingIn: number; queuedOut: number }> {
  const start = Date.now();
  for (;;) {
    const r = await q.query<{ pending_in: string; queued_out: string }>(
      `SELECT count(*) FILTER (WHERE direction = 'in' AND processed_at IS NULL) AS pending_in,
              count(*) FILTER (WHERE direction = 'out' AND status = 'queued') AS queued_out FROM messages`,
    );
    const pendingIn = Number(r.rows[0]!.pending_in);
    const queuedOut = Number(r.rows[0]!.queued_out);
    if ((pendingIn === 0 && queuedOut === 0) || Date.now() - start > timeoutMs) {
      return { drainedAfterMs: Date.now() - start, pendingIn, queuedOut };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const id = randomBytes(4).toString('hex');
  const schema = `bench_${id}`;
  const baseSchema = `bench_${id}_ins`;
  const prefix = `bench-${id}`;
  const workDir = path.join(os.tmpdir(), `aan-tafel-bench-${id}`);
  const profDir = path.join(workDir, 'profile');
  mkdirSync(profDir, { recursive: true });
  const capacityText = CAPACITY_RATES.length ? `, then ${CAPACITY_RATES.join(', ')} msg/s for ${CAPACITY_S} s each` : '';
  log(`run ${id}: ${ONLY_PACED ? 'no intake runs (--only paced)' : `${DURATION_S} s per intake run at ${CONNECTIONS} connections`}, ${RATE} msg/s for ${PACED_S} s${capacityText}; logs in ${workDir}`);
  const graph: GraphApiServer = await startGraphApiServer();
  const fake = fakeDl(300);

  // ---- baselines
  // Their CPU per acknowledgement too (process and its PostgreSQL backends, by application_name):
  // the machine's speed swings from run to run, so the service's CPU per message is also given as
  // a multiple of the insert-only baseline's CPU per acknowledgement in the same run.
  const baselines: Record<string, IntakeRun & { peakRssMb: number; cpuMsPerAck: BaselineCpu }> = {};
  const statsPool = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  for (const mode of ONLY_PACED ? [] : (['bare', 'insert'] as const)) {
    log(`baseline ${mode}`);
    const baseApp = `aan-tafel-bench-base-${mode}-${id}`.slice(0, 63);
    const tracker = new BackendCpuTracker((sql, params) => statsPool.query(sql, params), baseApp);
    const p = await startProc(`baseline-${mode}`, 'bench/baseline.ts', { BENCH_MODE: mode, DATABASE_URL, DATABASE_SCHEMA: baseSchema, PGAPPNAME: baseApp }, workDir);
    try {
      tracker.start();
      const before = { process: processCpuMs(p.child.pid!), postgres: await tracker.totalMs() };
      const r = await intakeRun(p.url, fake, 2000);
      const acks = Math.max(1, r.wa.acked + r.dl.acked);
      const per = (ms: number) => Math.round((ms / acks) * 1000) / 1000;
      const cpu = { process: per(processCpuMs(p.child.pid!) - before.process), postgres: per((await tracker.totalMs()) - before.postgres), total: 0 };
      cpu.total = Math.round((cpu.process + cpu.postgres) * 1000) / 1000;
      baselines[mode] = { whatsapp: brief(r.wa), directLine: brief(r.dl), peakRssMb: p.peakRssMb(), cpuMsPerAck: cpu };
      log(`  CPU ms per acknowledgement: ${JSON.stringify(cpu)}`);
    } finally {
      tracker.stop();
      await p.stop();
    }
  }
  await statsPool.end();
  await dropSchema(baseSchema, DATABASE_URL);

  // ---- the service
  const setupDb = await openDb({ url: DATABASE_URL, pgliteDir: '', schema });
  await new AgentStore(setupDb).create({ username: 'bench', displayName: 'Bench Agent', password: 'bench-password-123', role: 'agent' });
  await setupDb.close();
  const q = new pg.Pool({ connectionString: DATABASE_URL, max: 2, options: `-c search_path=${schema}` });

  log('service');
  const appName = `aan-tafel-bench-${prefix.replace(/\W/g, '')}`.slice(0, 63);
  const backends = new BackendCpuTracker((sql, params) => q.query(sql, params), appName);
  // The service runs as `npm start` runs it: compiled to dist/ (scripts/build.mjs).
  if (!build({ quiet: true })) throw new Error('bench: TypeScript is not installed; run npm ci');
  const svc = await startProc(
    'service',
    path.relative(ROOT, DIST_ENTRY),
    {
      ...benchServiceEnv({ databaseUrl: DATABASE_URL, schema, redisUrl: REDIS_URL, prefix, whatsappAppSecret: WA_SECRET, graph }),
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      // node-postgres names the connections with it, so the bench counts only these backends.
      PGAPPNAME: appName,
    },
    workDir,
    [...startFlags(), ...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [])],
  );
  let service: Record<string, unknown> = {};
  let checks: Record<string, unknown> = {};
  try {
    // Agent console socket.
    const agent = new AgentClient(svc.url);
    await agent.login('bench', 'bench-password-123');
    const cookie = (agent as unknown as { cookie: string }).cookie;
    const firstEvent = new Map<string, number>();
    const socket = ioClient(svc.url, { path: '/agent/socket.io', transports: ['websocket'], extraHeaders: { cookie }, auth: { events: 'batched' }, reconnection: true });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    socket.on('conversations:changed', (e: { changes: Array<{ conversationId: string }> }) => {
      const at = Date.now();
      for (const c of e.changes) if (!firstEvent.has(c.conversationId)) firstEvent.set(c.conversationId, at);
    });

    const dl = await startDirectLineConversations(svc.url, 300);
    await waitDrained(q, 60_000);
    graph.reset();

    // 1. intake throughput
    if (!ONLY_PACED) log('service intake');
    backends.start();
    const cpu0 = await cpuSnapshot(svc.child.pid!, backends);
    const intakeFromUs = monotonicUs();
    const r = ONLY_PACED ? emptyIntake() : await intakeRun(svc.url, dl, 2000);
    // The two intake runs alone, before the drain: what acknowledging costs while turns yield.
    const intakeWindow = { fromUs: intakeFromUs, toUs: monotonicUs() };
    const windowCpu = cpuPerMessage(cpu0, await cpuSnapshot(svc.child.pid!, backends), r.wa.acked + r.dl.acked);
    const retried = [...(await redeliver(svc.url, r.wa.unacked)), ...(await redeliver(svc.url, r.dl.unacked))];
    const intakeDrain = await waitDrained(q, 180_000);
    const intakeCpu = cpuPerMessage(cpu0, await cpuSnapshot(svc.child.pid!, backends), r.wa.acked + r.dl.acked);
    if (!ONLY_PACED) {
      log(`  drained after ${intakeDrain.drainedAfterMs} ms (pending in ${intakeDrain.pendingIn}, queued out ${intakeDrain.queuedOut})`);
      log(`  CPU ms per message: ${JSON.stringify(intakeCpu)}; during the intake runs alone: ${JSON.stringify(windowCpu)}`);
    }

    // 2. fixed rate: a new resident per message, so the first reply to that wa_id is the answer.
    let paced = 0;
    const pacedPhase = async (rate: number, durationS: number) => {
      log(`service at ${rate} msg/s for ${durationS} s`);
      const graphBefore = graph.received.length;
      const from = new Map<string, string>();
      const cpu1 = await cpuSnapshot(svc.child.pid!, backends);
      const pr = await pacedLoad({
        baseUrl: svc.url,
        rate,
        durationS,
        next: () => {
          const wa = `3170${String(paced++).padStart(7, '0')}`;
          const req = whatsappRequest(WA_SECRET, paced * 4 + (paced % 3), wa);
          from.set(req.key, wa);
          return req;
        },
      });
      const retriedKeys = await redeliver(svc.url, pr.unacked);
      const drain = await waitDrained(q, 180_000);
      const cpu = cpuPerMessage(cpu1, await cpuSnapshot(svc.child.pid!, backends), pr.sent);
      log(`  CPU ms per message: ${JSON.stringify(cpu)}`);
      await new Promise((res) => setTimeout(res, 500));
      const firstReply = new Map<string, number>();
      for (const g of graph.received.slice(graphBefore)) {
        const to = g.body?.to as string | undefined;
        if (to && g.status === 200 && !firstReply.has(to)) firstReply.set(to, g.at.getTime());
      }
      const replyMs: number[] = [];
      for (const [key, t0] of pr.sentAt) {
        const t = firstReply.get(from.get(key)!);
        if (t !== undefined) replyMs.push(t - t0);
      }
      const convOf = await q.query<{ provider_message_id: string; conversation_id: string }>(
        `SELECT provider_message_id, conversation_id FROM messages WHERE channel = 'whatsapp' AND direction = 'in' AND provider_message_id = ANY($1)`,
        [[...pr.sentAt.keys()]],
      );
      const consoleMs: number[] = [];
      for (const row of convOf.rows) {
        const t = firstEvent.get(row.conversation_id);
        if (t !== undefined) consoleMs.push(t - pr.sentAt.get(row.provider_message_id)!);
      }
      const summary = {
        rate,
        actualRate: pr.actualRate,
        durationS,
        sent: pr.sent,
        ackLatencyMs: pr.latencyMs,
        inboundToReplyMs: percentiles(replyMs),
        inboundToConsoleEventMs: percentiles(consoleMs),
        drain,
        cpuMsPerMessage: cpu,
      };
      return { pr, retriedKeys, answered: replyMs.length, consoleEvents: consoleMs.length, summary };
    };
    const main = await pacedPhase(RATE, PACED_S);
    // 2b. the same at lower rates: the highest rate at which the reply target holds on this machine.
    const capacity: Array<Awaited<ReturnType<typeof pacedPhase>>> = [];
    for (const rate of CAPACITY_RATES) capacity.push(await pacedPhase(rate, CAPACITY_S));
    const pacedPhases = [main, ...capacity];
    const pacedRetried = pacedPhases.flatMap((x) => x.retriedKeys);
    socket.close();

    // 3. checks against the database
    const ackedWa = new Set([...r.wa.ackedKeys, ...pacedPhases.flatMap((x) => x.pr.ackedKeys), ...retried.filter((k) => k.startsWith('wamid.')), ...pacedRetried]);
    const ackedDl = new Set([...r.dl.ackedKeys, ...retried.filter((k) => !k.startsWith('wamid.'))]);
    const inbound = await q.query<{ channel: string; provider_message_id: string; n: string; unprocessed: string }>(
      `SELECT channel, provider_message_id, count(*) AS n, count(*) FILTER (WHERE processed_at IS NULL) AS unprocessed
         FROM messages WHERE direction = 'in' GROUP BY channel, provider_message_id`,
    );
    let storedWa = 0;
    let storedDl = 0;
    let duplicates = 0;
    let unprocessed = 0;
    const storedKeys = new Set<string>();
    for (const row of inbound.rows) {
      if (Number(row.n) > 1) duplicates += Number(row.n) - 1;
      unprocessed += Number(row.unprocessed);
      storedKeys.add(row.provider_message_id);
      if (row.channel === 'whatsapp') storedWa++;
      else if (!row.provider_message_id.endsWith('.start')) storedDl++;
    }
    const lost = [...ackedWa, ...ackedDl].filter((k) => !storedKeys.has(k)).length;
    const out = await q.query<{ channel: string; status: string; n: string }>(
      `SELECT channel, status, count(*) AS n FROM messages WHERE direction = 'out' GROUP BY channel, status ORDER BY 1, 2`,
    );
    const replyDupes = await q.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT idempotency_key FROM messages GROUP BY idempotency_key HAVING count(*) > 1) d`,
    );
    const waSent = out.rows.filter((x) => x.channel === 'whatsapp' && x.status === 'sent').reduce((a, x) => a + Number(x.n), 0);
    const graphAccepted = graph.received.filter((g) => g.status === 200 && g.body?.status !== 'read').length;
    // Every paced resident (all rates) got a reply and reached an agent's console.
    const pacedReplies = {
      residents: pacedPhases.reduce((a, x) => a + x.pr.sent, 0),
      answered: pacedPhases.reduce((a, x) => a + x.answered, 0),
      consoleEvents: pacedPhases.reduce((a, x) => a + x.consoleEvents, 0),
    };
    checks = {
      acknowledged: { whatsapp: ackedWa.size, directLine: ackedDl.size, afterRedelivery: retried.length + pacedRetried.length },
      stored: { whatsapp: storedWa, directLine: storedDl },
      storedEqualsAcknowledged: storedWa === ackedWa.size && storedDl === ackedDl.size,
      lost,
      duplicateInbound: duplicates,
      duplicateIdempotencyKeys: Number(replyDupes.rows[0]!.n),
      unprocessedInbound: unprocessed,
      outbound: Object.fromEntries(out.rows.map((x) => [`${x.channel}:${x.status}`, Number(x.n)])),
      whatsappSentVsGraphAccepted: { sent: waSent, graphAccepted },
      repliesPerPacedMessage: pacedReplies,
      pass:
        lost === 0 &&
        duplicates === 0 &&
        unprocessed === 0 &&
        storedWa === ackedWa.size &&
        storedDl === ackedDl.size &&
        Number(replyDupes.rows[0]!.n) === 0 &&
        waSent === graphAccepted &&
        pacedReplies.answered === pacedReplies.residents &&
        pacedReplies.consoleEvents === pacedReplies.residents,
    };
    service = {
      intake: { whatsapp: brief(r.wa), directLine: brief(r.dl), drain: intakeDrain, cpuMsPerMessage: intakeCpu, cpuMsPerMessageDuringRuns: windowCpu, window: intakeWindow },
      paced: main.summary,
      capacity: capacity.map((x) => x.summary),
      peakRssMb: svc.peakRssMb(),
    };
  } finally {
    backends.stop();
    await svc.stop();
    await q.end();
    await graph.close();
  }
  (service as { peakRssMb: number }).peakRssMb = Math.max((service as { peakRssMb?: number }).peakRssMb ?? 0, svc.peakRssMb());

  let profile: ProfileSummary | null = null;
  if (CPU_PROF) {
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) {
      profile = summariseProfile(path.join(profDir, file), 25);
      const w = (service as { intake?: { window?: { fromUs: number; toUs: number } } }).intake?.window;
      if (w && !ONLY_PACED) profile.intakeRuns = summariseProfile(path.join(profDir, file), 25, w);
    }
  }
  await dropSchema(schema, DATABASE_URL);
  await deleteRedisPrefix(prefix, REDIS_URL);

  if (ONLY_PACED) {
    // Not a full run: nothing to compare with, so results.json stays as it is.
    const file = path.join(workDir, 'paced.json');
    writeFileSync(file, JSON.stringify({ service, checks }, null, 2) + '\n');
    process.stdout.write(`${JSON.stringify((service as { paced: unknown }).paced, null, 2)}\n${capacityRows(service).join('\n')}\nchecks pass: ${(checks as { pass: boolean }).pass}; written to ${file}\n`);
    process.exit(0);
  }
  const results = buildResults(baselines, service, checks, profile);
  writeFileSync(path.join(ROOT, 'bench', CPU_PROF ? 'results.profile.json' : 'results.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(renderSummary(results));
  process.exit(0);
}

function buildResults(baselines: Record<string, any>, service: any, checks: any, profile: ProfileSummary | null) {
  const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : 0);
  const si = service.intake;
  const targets = {
    whatsappIntakeVsBare: { value: ratio(si.whatsapp.ackPerSecond, baselines.bare.whatsapp.ackPerSecond), target: '>= 0.5' },
    whatsappIntakeVsInsert: { value: ratio(si.whatsapp.ackPerSecond, baselines.insert.whatsapp.ackPerSecond), target: '>= 0.8' },
    directLineIntakeVsBare: { value: ratio(si.directLine.ackPerSecond, baselines.bare.directLine.ackPerSecond), target: '>= 0.5' },
    directLineIntakeVsInsert: { value: ratio(si.directLine.ackPerSecond, baselines.insert.directLine.ackPerSecond), target: '>= 0.8' },
    ackP99Ms: { value: Math.max(si.whatsapp.latencyMs.p99, si.directLine.latencyMs.p99), target: '< 100' },
    inboundToReplyP95Ms: { value: service.paced.inboundToReplyMs.p95, target: '< 150' },
    consoleEventP95Ms: { value: service.paced.inboundToConsoleEventMs.p95, target: '< 100' },
    nothingLostOrDuplicated: { value: checks.pass, target: 'true' },
    peakRssMb: { value: service.peakRssMb, target: '< 300' },
  };
  const met: Record<string, boolean> = {
    whatsappIntakeVsBare: targets.whatsappIntakeVsBare.value >= 0.5,
    whatsappIntakeVsInsert: targets.whatsappIntakeVsInsert.value >= 0.8,
    directLineIntakeVsBare: targets.directLineIntakeVsBare.value >= 0.5,
    directLineIntakeVsInsert: targets.directLineIntakeVsInsert.value >= 0.8,
    ackP99Ms: targets.ackP99Ms.value < 100,
    inboundToReplyP95Ms: replyTargetMet(service.paced),
    consoleEventP95Ms: targets.consoleEventP95Ms.value < 100 && service.paced.inboundToConsoleEventMs.n > 0,
    nothingLostOrDuplicated: checks.pass === true,
    peakRssMb: service.peakRssMb > 0 && service.peakRssMb < 300,
  };
  return {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    settings: { connections: CONNECTIONS, intakeDurationS: DURATION_S, pacedRate: RATE, pacedDurationS: PACED_S, capacityRates: CAPACITY_RATES, capacityDurationS: CAPACITY_S, logLevel: process.env.BENCH_LOG_LEVEL ?? 'info', cpuProfile: CPU_PROF },
    baselines,
    service,
    // The service's CPU per message (service, its PostgreSQL backends, Redis; not the load
    // generator) as a multiple of the insert-only baseline's CPU per acknowledgement of this run:
    // comparable across runs on a machine whose speed swings (see README).
    cpuInInserts: cpuInInserts(baselines.insert?.cpuMsPerAck?.total, service),
    checks,
    targets: Object.fromEntries(Object.entries(targets).map(([k, v]) => [k, { ...v, met: met[k] }])),
    ...(profile ? { profile } : {}),
  };
}

function cpuInInserts(insertMs: number | undefined, service: any): { intake: number | null; paced: number | null } {
  const own = (c: any) => (c ? c.service + c.postgres + c.redis : 0);
  const of = (c: any) => (insertMs && own(c) ? Math.round((own(c) / insertMs) * 10) / 10 : null);
  return { intake: of(service.intake?.cpuMsPerMessage), paced: of(service.paced?.cpuMsPerMessage) };
}

/** A paced run met the reply target: every resident answered (n = sent > 0) and p95 < 150 ms. */
function replyTargetMet(x: any): boolean {
  return x.sent > 0 && x.inboundToReplyMs.n === x.sent && x.inboundToReplyMs.p95 < 150;
}

/**
 * The paced runs by rate (the main one and the `--capacity-rates` ones), as a table, plus the
 * rates at which inbound → reply p95 met its target (< 150 ms); [] when there is only one run.
 */

function capacityRows(s: any): string[] {
  const phases = [s.paced, ...(s.capacity ?? [])].sort((a: any, b: any) => a.rate - b.rate);
  if (phases.length < 2) return [];
  const rows = ['| capacity: open loop, a new resident per message | sent | ack p95 ms | reply p50 / p95 / p99 ms | console p95 ms | CPU ms per message (service / PostgreSQL / total) |', '|---|---|---|---|---|---|'];
  for (const x of phases) {
    const c = x.cpuMsPerMessage;
    rows.push(`| ${x.rate} messages/s${x === s.paced ? ' (the main run)' : ''} | ${x.sent} | ${x.ackLatencyMs.p95} | ${x.inboundToReplyMs.p50} / ${x.inboundToReplyMs.p95} / ${x.inboundToReplyMs.p99} | ${x.inboundToConsoleEventMs.p95} | ${c.service} / ${c.postgres} / ${c.total} |`);
  }
  const ok = phases.filter(replyTargetMet).map((x: any) => x.rate);
  let upTo: number | null = null;
  for (const x of phases) {
    if (!replyTargetMet(x)) break;
    upTo = x.rate;
  }
  const held = ok.length ? `${ok.join(', ')} messages/s (every rate up to ${upTo === null ? 'none' : `${upTo} messages/s`})` : 'none of these rates';
  rows.push('', `reply p95 < 150 ms held at: ${held}`, '');
  return rows;
}

function renderSummary(r: any): string {
  const rows: string[] = [];
  const b = r.baselines;
  const s = r.service;
  rows.push(`\naan-tafel bench — ${r.date} — ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}\n`);
  rows.push('| intake at 50 connections | bare express | insert-only | service | vs bare | vs insert |');
  rows.push('|---|---|---|---|---|---|');
  for (const [name, k] of [['WhatsApp webhooks', 'whatsapp'], ['Direct Line activities', 'directLine']] as const) {
    rows.push(
      `| ${name}: ack/s | ${b.bare[k].ackPerSecond} | ${b.insert[k].ackPerSecond} | ${s.intake[k].ackPerSecond} | ${r.targets[`${k}IntakeVsBare`].value} | ${r.targets[`${k}IntakeVsInsert`].value} |`,
    );
    rows.push(
      `| ${name}: ack p50 / p95 / p99 ms | ${b.bare[k].latencyMs.p50} / ${b.bare[k].latencyMs.p95} / ${b.bare[k].latencyMs.p99} | ${b.insert[k].latencyMs.p50} / ${b.insert[k].latencyMs.p95} / ${b.insert[k].latencyMs.p99} | ${s.intake[k].latencyMs.p50} / ${s.intake[k].latencyMs.p95} / ${s.intake[k].latencyMs.p99} | | |`,
    );
  }
  rows.push(`| peak RSS MB | ${b.bare.peakRssMb} | ${b.insert.peakRssMb} | ${s.peakRssMb} | | |`);
  rows.push('');
  rows.push(`| at ${s.paced.rate} messages/s (achieved ${s.paced.actualRate}/s, ${s.paced.sent} residents) | p50 ms | p95 ms | p99 ms |`);
  rows.push('|---|---|---|---|');
  rows.push(`| webhook acknowledged | ${s.paced.ackLatencyMs.p50} | ${s.paced.ackLatencyMs.p95} | ${s.paced.ackLatencyMs.p99} |`);
  rows.push(`| webhook → bot reply at the Graph API | ${s.paced.inboundToReplyMs.p50} | ${s.paced.inboundToReplyMs.p95} | ${s.paced.inboundToReplyMs.p99} |`);
  rows.push(`| webhook → console \`conversations:changed\` | ${s.paced.inboundToConsoleEventMs.p50} | ${s.paced.inboundToConsoleEventMs.p95} | ${s.paced.inboundToConsoleEventMs.p99} |`);
  rows.push('');
  rows.push(...capacityRows(s));
  rows.push('| CPU ms per message (incl. drain) | service | PostgreSQL | Redis | bench (load + Graph API) | total |');
  rows.push('|---|---|---|---|---|---|');
  for (const [name, c] of [
    ['intake at 50 connections', s.intake.cpuMsPerMessage],
    ['intake at 50 connections, the runs alone (turns yield; no drain)', s.intake.cpuMsPerMessageDuringRuns],
    [`at ${s.paced.rate} messages/s`, s.paced.cpuMsPerMessage],
  ] as const) {
    if (!c) continue;
    rows.push(`| ${name} | ${c.service} | ${c.postgres} | ${c.redis} | ${c.bench} | ${c.total} |`);
  }
  const ins = b.insert?.cpuMsPerAck as BaselineCpu | undefined;
  if (ins?.total) {
    rows.push(`| insert-only baseline, per acknowledgement (process, its PostgreSQL) | ${ins.process} | ${ins.postgres} | | | ${ins.total} |`);
    rows.push('');
    rows.push(`| service CPU per message (service + its PostgreSQL + Redis) in insert-only acknowledgements of the same run | intake at 50 connections | at ${s.paced.rate} messages/s |`);
    rows.push('|---|---|---|');
    rows.push(`| | ${r.cpuInInserts.intake} | ${r.cpuInInserts.paced} |`);
  }
  rows.push('');
  rows.push('| target | value | met |');
  rows.push('|---|---|---|');
  for (const [k, v] of Object.entries(r.targets) as Array<[string, any]>) rows.push(`| ${k} ${v.target} | ${v.value} | ${v.met ? 'yes' : 'NO'} |`);
  rows.push('');
  rows.push(`checks: ${JSON.stringify(r.checks)}`);
  if (r.profile) {
    for (const [title, prof] of [['the whole run', r.profile], ['the intake runs alone', r.profile.intakeRuns]] as const) {
      if (!prof) continue;
      rows.push(`\nCPU profile of the service, ${title} (${prof.totalMs} ms, idle ${prof.idleMs} ms), top self time:`);
      for (const f of prof.topFunctions.slice(0, 20)) rows.push(`  ${f.selfPct.toFixed(1).padStart(5)} %  ${f.name}  ${f.where}`);
      rows.push('\nby package:');
      for (const p of prof.byPackage.slice(0, 15)) rows.push(`  ${p.selfPct.toFixed(1).padStart(5)} %  ${p.name}`);
    }
  }
  return rows.join('\n') + '\n';
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
