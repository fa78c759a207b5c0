/**
 * Stopping the service while bot turns are still running (a deploy during a peak): the queue
 * workers finish their running turns before the channel senders close, so those turns' replies
 * are sent before `stop()` resolves instead of failing against a closed sender (and waiting for
 * DELIVERY_STATUS_WAIT_MS, two minutes by default, before a new try after the restart).
 *
 * The TurnGate makes the timing certain: with INTAKE_PEAK_RATE 1 every message is a peak, so the
 * turn jobs that bull has already handed to this process wait at the gate, one starting every
 * TURN_GAP_UNDER_LOAD_MS, and are still running when `stop()` is called.
 */
import { expect } from 'chai';
import pg from 'pg';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { QUEUE_CLOSE_WAIT_MS } from '../../src/queues/bull.js';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { eventually, startTestService, TEST_APP_SECRET, TEST_DATABASE_URL, type TestService } from '../support/service.js';

/** One resident's WhatsApp text from `from`, acknowledged 200. */
async function residentWrites(svc: TestService, from: string, text: string): Promise<void> {
  const signed = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from })] }));
  const res = await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
  expect(res.status).to.equal(200);
}

describe('shutdown during a peak: running turns still send their replies', function () {
  this.timeout(60_000);
  let svc: TestService;
  after(async () => {
    await svc?.stop();
  });

  it('every reply stored before stop() resolved was accepted by the Graph API, none failed against a closed sender', async () => {
    svc = await startTestService({ INTAKE_PEAK_RATE: '1', TURN_GAP_UNDER_LOAD_MS: '300', TURNS_UNDER_LOAD: '1', TURN_CONCURRENCY: '4' });
    const residents = ['31600000701', '31600000702', '31600000703', '31600000704', '31600000705'];
    for (const from of residents) await residentWrites(svc, from, 'Mijn huishoudelijke hulp komt al drie weken niet meer, wie kan mij helpen?');
    // Wait until the first turn has answered: the others are then held at the gate.
    await eventually(async () => svc.graph.received.some((r) => r.status === 200), 'a first reply', 20_000);

    await svc.app.stop();

    const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query<{ status: string; n: string }>(
        `SELECT status, count(*) AS n FROM ${svc.config.DATABASE_SCHEMA}.messages WHERE direction = 'out' AND channel = 'whatsapp' GROUP BY status`,
      );
      const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
      const accepted = svc.graph.received.filter((r) => r.status === 200 && r.body?.type !== undefined).length;
      const stored = Object.values(byStatus).reduce((a, b) => a + b, 0);
      expect(stored, 'turns that ran during stop() stored their replies').to.be.at.least(2);
      expect(byStatus, 'every stored reply was sent').to.deep.equal({ sent: stored });
      expect(accepted, 'each accepted once by the Graph API').to.equal(stored);
    } finally {
      await db.end();
    }
  });
});

describe('shutdown with Redis gone while turns run', function () {
  this.timeout(90_000);
  let svc: TestService | undefined;
  let redis: PrivateRedis | undefined;
  after(async () => {
    redis?.start();
    await svc?.stop();
    redis?.close();
  });

  it('stop() ends within the queues close wait instead of hanging until the forced exit', async () => {
    redis = await startPrivateRedis();
    // Every message is a peak: the turns bull already handed over wait at the gate (5 s apart).
    svc = await startTestService({ REDIS_URL: redis.url, INTAKE_PEAK_RATE: '1', TURN_GAP_UNDER_LOAD_MS: '5000', TURNS_UNDER_LOAD: '1', TURN_CONCURRENCY: '4' });
    for (const from of ['31600000711', '31600000712', '31600000713']) await residentWrites(svc, from, 'Ik wacht al maanden op een beslissing over mijn rolstoel.');
    await eventually(async () => svc!.graph.received.some((r) => r.status === 200), 'a first reply', 20_000);
    redis.stop();
    const t0 = performance.now();
    await svc.app.stop();
    const took = performance.now() - t0;
    expect(took, 'ms').to.be.below(QUEUE_CLOSE_WAIT_MS + 5_000);
  });
});
