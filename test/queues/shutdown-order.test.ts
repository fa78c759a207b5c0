/**
 * Stopping the service while bot turns are still running (a deploy during a peak): the queue
 * workers finish their running turns before the channel senders close, so those turns' replies
 * are sent before `stop()` resolves instead of failing against a closed sender (and waiting for
 * DELIVERY_STATUS_WAIT_MS, two minutes by default, before a new try after the restart).
 *
 * The TurnGate makes the timing certain: with INTAKE_PEAK_RATE 1 every message is a peak, so the
 * turns wait at the gate, one starting every TURN_GAP_UNDER_LOAD_MS, and are still running when
 * `stop()` is called. Both kinds of turn: direct turns (the default; those still waiting go to
 * the queue) and turn jobs that bull has already handed to this process (TURN_DIRECT_MAX=0).
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startGraphApiServer } from '../support/graph-api-server.js';
import { startSmtpRelay } from '../support/smtp-relay.js';
import { QUEUE_CLOSE_WAIT_MS } from '../../src/queues/bull.js';
import { freePort, startPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { dropSchema, eventually, residentWrites, serviceEnv, startTestService, TEST_DATABASE_URL, type TestService } from '../support/service.js';


describe('shutdown during a peak: running turns still send their replies', function () {
  this.timeout(60_000);
  let svc: TestService | undefined;
  afterEach(async () => {
    await svc?.stop();
    svc = undefined;
  });

  for (const [kind, env] of [['direct turns', {}], ['turn jobs', { TURN_DIRECT_MAX: '0' }]] as const) {
    it(`${kind}: every reply stored before stop() resolved was accepted by the Graph API, none failed against a closed sender`, async () => {
      const s = (svc = await startTestService({ INTAKE_PEAK_RATE: '1', TURN_GAP_UNDER_LOAD_MS: '300', TURNS_UNDER_LOAD: '1', TURN_CONCURRENCY: '4', ...env }));
      const residents = ['31600000701', '31600000702', '31600000703', '31600000704', '31600000705'];
      for (const from of residents) await residentWrites(s, from, 'Mijn huishoudelijke hulp komt al drie weken niet meer, wie kan mij helpen?');
      // Wait until the first turn has answered: the others are then held at the gate.
      await eventually(async () => s.graph.received.some((r) => r.status === 200), 'a first reply', 20_000);

      await s.app.stop();

      const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await db.connect();
      try {
        const { rows } = await db.query<{ status: string; n: string }>(
          `SELECT status, count(*) AS n FROM ${s.config.DATABASE_SCHEMA}.messages WHERE direction = 'out' AND channel = 'whatsapp' GROUP BY status`,
        );
        const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
        const accepted = s.graph.received.filter((r) => r.status === 200 && r.body?.type !== undefined).length;
        const stored = Object.values(byStatus).reduce((a, b) => a + b, 0);
        expect(stored, 'turns that ran during stop() stored their replies').to.be.at.least(2);
        expect(byStatus, 'every stored reply was sent').to.deep.equal({ sent: stored });
        expect(accepted, 'each accepted once by the Graph API').to.equal(stored);
      } finally {
        await db.end();
      }
    });
  }
});

describe('shutdown with Redis gone while turns run', function () {
  this.timeout(90_000);
  let svc: TestService | undefined;
  let redis: PrivateRedis | undefined;
  afterEach(async () => {
    redis?.start();
    await svc?.stop();
    redis?.close();
    svc = undefined;
    redis = undefined;
  });

  // Turn jobs: those bull already handed over wait at the gate, and bull's close waits for them.
  // Direct turns: those waiting go to the queue, which cannot take them (the sweep will).
  for (const [kind, env] of [['direct turns', {}], ['turn jobs', { TURN_DIRECT_MAX: '0' }]] as const) {
    it(`${kind}: stop() ends within the queues close wait instead of hanging until the forced exit`, async () => {
      const r = (redis = await startPrivateRedis());
      // Every message is a peak: the turns wait at the gate (5 s apart).
      const s = (svc = await startTestService({ REDIS_URL: r.url, INTAKE_PEAK_RATE: '1', TURN_GAP_UNDER_LOAD_MS: '5000', TURNS_UNDER_LOAD: '1', TURN_CONCURRENCY: '4', ...env }));
      for (const from of ['31600000711', '31600000712', '31600000713']) await residentWrites(s, from, 'Ik wacht al maanden op een beslissing over mijn rolstoel.');
      await eventually(async () => s.graph.received.some((x) => x.status === 200), 'a first reply', 20_000);
      r.stop();
      const t0 = performance.now();
      await s.app.stop();
      const took = performance.now() - t0;
      expect(took, 'ms').to.be.below(QUEUE_CLOSE_WAIT_MS + 5_000);
    });
  }
});

describe('shutdown with Redis frozen or a turn held up by PostgreSQL', function () {
  this.timeout(90_000);
  let svc: TestService | undefined;
  let redis: PrivateRedis | undefined;
  let blocker: pg.Client | undefined;
  afterEach(async () => {
    redis?.thaw();
    await blocker?.query('ROLLBACK').catch(() => undefined);
    await blocker?.end();
    await svc?.stop();
    redis?.close();
    svc = undefined;
    redis = undefined;
    blocker = undefined;
  });

  // src/index.ts ends a stop that takes 20 s by force, with exit status 1.
  const FORCED_EXIT_MS = 20_000;

  it('Redis frozen (SIGSTOP, a partition) after turns were asked for: stop() ends before the forced exit', async () => {
    const r = (redis = await startPrivateRedis());
    const s = (svc = await startTestService({ REDIS_URL: r.url }));
    await residentWrites(s, '31600000741', 'Ik wacht al maanden op een beslissing over mijn rolstoel.');
    await eventually(async () => s.graph.received.some((x) => x.status === 200), 'a first reply', 20_000);
    await Promise.all(['31600000742', '31600000743'].map((from) => residentWrites(s, from, 'Mijn pgb is nog steeds niet betaald.')));
    r.freeze();
    const t0 = performance.now();
    await s.app.stop();
    expect(performance.now() - t0, 'ms').to.be.below(FORCED_EXIT_MS - 1_000);
  });

  it('a turn held up by a lock in PostgreSQL: stop() ends before the forced exit, the pool does not wait for it', async () => {
    const s = (svc = await startTestService());
    await residentWrites(s, '31600000751', 'Ik wacht al maanden op een beslissing over mijn rolstoel.');
    await eventually(async () => s.graph.received.some((x) => x.status === 200), 'a first reply', 20_000);
    // Another session holds the cases table: the next new resident's handoff turn waits for it.
    blocker = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`LOCK TABLE ${s.config.DATABASE_SCHEMA}.cases IN ACCESS EXCLUSIVE MODE`);
    await residentWrites(s, '31600000752', 'Mijn pgb is nog steeds niet betaald.');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const t0 = performance.now();
    await s.app.stop();
    expect(performance.now() - t0, 'ms').to.be.below(FORCED_EXIT_MS - 1_000);
  });
});

describe('the entry point (npm start) with Redis frozen: SIGTERM still ends with status 0', function () {
  this.timeout(150_000);

  it('commands left on the frozen connections do not end the stop half-way (an unhandled rejection, status 1)', async () => {
    const redis = await startPrivateRedis();
    const graph = await startGraphApiServer();
    const relay = await startSmtpRelay();
    const id = randomBytes(5).toString('hex');
    const schema = `t_${id}`;
    const port = await freePort();
    const env = { ...process.env, ...serviceEnv({ schema, redisUrl: redis.url, prefix: `test-${id}`, graph, relayPort: relay.port }), NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), SMTP_PORT: '0', LOG_LEVEL: 'warn' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const svc = { baseUrl: `http://127.0.0.1:${port}` };
      await eventually(async () => (await fetch(`${svc.baseUrl}/healthz`).catch(() => null))?.ok, 'the service started', 90_000);
      const residents = Array.from({ length: 20 }, (_, i) => `316000008${String(i).padStart(2, '0')}`);
      await Promise.all(residents.map((from) => residentWrites(svc, from, 'Ik wacht al maanden op een beslissing over mijn rolstoel.')));
      redis.freeze();
      await Promise.all(residents.slice(0, 10).map((from) => residentWrites(svc, from, 'Mijn pgb is nog steeds niet betaald.')));
      const t0 = performance.now();
      child.kill('SIGTERM');
      const code = await exited;
      expect(code, out.slice(-2000)).to.equal(0);
      expect(performance.now() - t0, 'ms').to.be.below(20_000);
    } finally {
      child.kill('SIGKILL');
      redis.close();
      await graph.close();
      await relay.close();
      await dropSchema(schema);
    }
  });
});
