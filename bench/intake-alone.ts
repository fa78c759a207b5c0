/**
 * `npm run bench:intake-alone [-- --runs N] [--duration S]`: the service's WhatsApp intake
 * against the same intake code in a process of its own (bench/intake-only-server.ts), under the
 * load of `npm run bench`'s intake run (signed webhooks, 2 000 residents, 50 connections,
 * autocannon), alternating, `--runs` times each (default 2) for `--duration` s (default 8) after
 * a 3 s warm-up, each run on a fresh schema with only that process running.
 *
 * Per run: acknowledgements a second, ack p99, CPU ms per acknowledgement of the process (user
 * + system, /proc), PostgreSQL commits per acknowledgement (`pg_stat_database.xact_commit` of the
 * database, so other work on it counts too) and Redis commands per acknowledgement (`INFO
 * stats`, commands run by scripts included). It tells how much of the gap to the insert-only
 * baseline is the intake code and how much is the rest of the service (bot turns, deliveries,
 * console events, a larger heap) sharing its thread. Not a test; numbers depend on the machine.
 * A process that dies during a run is reported (exit status 1) when that run's load ends.
 *
 * Needs PostgreSQL (`DATABASE_URL_TEST`, `DATABASE_URL`, else the test default) and Redis
 * (`REDIS_URL_TEST`, `REDIS_URL`); fresh schemas and Redis prefixes, removed at the end and on
 * Ctrl-C. Linux only (/proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { z } from 'zod';
import { build, DIST_ENTRY } from '../scripts/build.mjs';
import { openDb } from '../src/store/db.js';
import { startGraphApiServer } from '../test/support/graph-api-server.js';
import { deleteRedisPrefix, dropSchema } from '../test/support/service.js';
import { parseCommandLine, usageError } from './cli.js';
import { processCpuMs } from './cpu.js';
import { benchServiceEnv, closedLoop, freePort, waIdOf, waitHealthy, whatsappRequest, type BenchRequest } from './load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATABASE_URL = process.env.DATABASE_URL_TEST ?? process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL_TEST ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'bench-intake-alone-secret';
const CONNECTIONS = 50;
const RESIDENTS = 2000;

const TOOL = 'bench:intake-alone';
const { values: opts } = parseCommandLine(TOOL, () =>
  parseArgs({ options: { runs: { type: 'string' }, duration: { type: 'string' } }, strict: true, allowPositionals: false }),
);
const whole = (max: number) => z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().min(1).max(max));
/** `--name` as a whole number from 1 to `max`, or `fallback` when absent; a bad value stops the tool. */
function option(name: 'runs' | 'duration', max: number, fallback: number): number {
  if (opts[name] === undefined) return fallback;
  const r = whole(max).safeParse(opts[name]);
  if (!r.success) usageError(TOOL, `--${name}: ${r.error.issues[0]?.message ?? 'invalid'}; got '${opts[name]}'`);
  return r.data;
}
const RUNS = option('runs', 20, 2);
const DURATION_S = option('duration', 600, 8);

interface Target {
  name: 'service' | 'intake alone';
  child: ChildProcess;
  url: string;
  schema: string;
  prefix: string;
  logFile: string;
  /** True once the process has exited (by itself, a signal or {@link stop}). */
  exited: () => boolean;
}


async function start(name: Target['name'], graph: { url: string; accessToken: string }, logDir: string): Promise<Target> {
  const schema = `bench_alone_${randomUUID().slice(0, 8)}`;
  const prefix = `bench-alone-${randomUUID().slice(0, 8)}`;
  // Migrate the schema first, so both processes start on a ready database.
  await (await openDb({ url: DATABASE_URL, pgliteDir: '', schema })).close();
  const port = await freePort();
  const args =
    name === 'service'
      ? ['--max-old-space-size=256', DIST_ENTRY]
      : ['--max-old-space-size=256', '--import', 'tsx', path.join(ROOT, 'bench/intake-only-server.ts')];
  const logFile = path.join(logDir, `${name.replace(' ', '-')}.log`);
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      ...benchServiceEnv({ databaseUrl: DATABASE_URL, schema, redisUrl: REDIS_URL, prefix, whatsappAppSecret: SECRET, graph }),
      PORT: String(port),
      LOG_LEVEL: 'info',
    },
  });
  // The 'exit' event, not exitCode: a process killed by a signal keeps exitCode null.
  let gone = false;
  child.once('exit', () => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  const target: Target = { name, child, url, schema, prefix, logFile, exited: () => gone };
  try {
    await waitHealthy(url, target.exited, name, logFile);
  } catch (err) {
    child.kill('SIGKILL');
    throw Object.assign(err as Error, { target });
  }
  return target;
}

async function stop(t: Target, redis: Redis): Promise<void> {
  if (!t.exited()) {
    const exited = new Promise((r) => t.child.once('exit', r));
    t.child.kill('SIGTERM');
    const kill = setTimeout(() => t.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(kill);
  }
  await deleteRedisPrefix(t.prefix, redis);
  await dropSchema(t.schema, DATABASE_URL);
}

async function main(): Promise<void> {
  if (!build({ quiet: true })) throw new Error('TypeScript is not installed; run npm ci');
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'aan-tafel-intake-alone-'));
  const graph = await startGraphApiServer();
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  const targets: Target[] = [];
  let i = 0;
  const next = (): BenchRequest => whatsappRequest(SECRET, i, waIdOf(i++ % RESIDENTS));
  const counters = async (t: Target) => ({
    commits: Number((await admin.query<{ c: string }>(`SELECT xact_commit AS c FROM pg_stat_database WHERE datname = current_database()`)).rows[0]!.c),
    redisCommands: Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1] ?? 0),
    cpuMs: processCpuMs(t.child.pid!),
  });
  const rows: string[] = [];
  let cleaned: Promise<void> | null = null;
  const cleanup = (): Promise<void> =>
    (cleaned ??= (async () => {
      for (const t of targets.splice(0)) await stop(t, redis);
      await graph.close();
      redis.disconnect();
      await admin.end();
    })());
  // Ctrl-C or SIGTERM: stop the process under test and remove its schema and Redis keys before leaving.
  // `on`, not `once`: a second Ctrl-C (npm passes one on too) must not kill the cleanup.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
  try {
    for (let run = 1; run <= RUNS; run++) {
      // One process at a time: the service keeps working on its turns after a run.
      for (const name of ['service', 'intake alone'] as const) {
        let t: Target;
        try {
          t = await start(name, graph, logDir);
        } catch (err) {
          const failed = (err as { target?: Target }).target;
          if (failed) targets.push(failed);
          throw err;
        }
        targets.push(t);
        await closedLoop({ baseUrl: t.url, connections: CONNECTIONS, durationS: 3, next });
        const a = await counters(t);
        const r = await closedLoop({ baseUrl: t.url, connections: CONNECTIONS, durationS: DURATION_S, next });
        const b = await counters(t);
        if (t.exited()) throw new Error(`${t.name} exited during the run; see ${t.logFile}`);
        if (!r.acked) throw new Error(`${t.name} acknowledged nothing (errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}); see ${t.logFile}`);
        const per = (x: number) => Math.round((x / r.acked) * 1000) / 1000;
        rows.push(`| ${t.name} | ${run} | ${r.ackPerSecond} | ${r.latencyMs.p99} | ${per(b.cpuMs - a.cpuMs)} | ${per(b.commits - a.commits)} | ${per(b.redisCommands - a.redisCommands)} | ${r.non2xx} / ${r.errors} / ${r.timeouts} |`);
        process.stderr.write(`${rows.at(-1)}\n`);
        targets.pop();
        await stop(t, redis);
      }
    }
  } finally {
    await cleanup();
  }
  console.log(`WhatsApp intake, ${CONNECTIONS} connections, ${DURATION_S} s a run, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; logs in ${logDir}`);
  console.log('| process | run | ack/s | ack p99 ms | CPU ms per ack (process) | PostgreSQL commits per ack | Redis commands per ack | non-2xx / errors / timeouts |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

main().catch((err) => {
  process.stderr.write(`${TOOL}: ${(err as Error).message ?? String(err)}\n`);
  process.exit(1);
});
