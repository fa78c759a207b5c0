/**
 * Direct turns: a conversation's turn runs in the process that stored its message, without a
 * trip through the bull turn queue; the queue takes what this process does not (beyond
 * TURN_DIRECT_MAX, a failed turn, the turns still here at shutdown).
 *
 * Unit part: DirectTurns with the real TurnGate, a turn function the test holds open, and the
 * queue recorded. Service part: the real service (PostgreSQL, Redis, the Graph API test server):
 * a resident's message is answered with no turn job in bull, and with TURN_DIRECT_MAX=0 through one.
 */
import { expect } from 'chai';
import Bull from 'bull';
import { DirectTurns, TURN_RETRY_DELAY_MS } from '../../src/queues/direct-turns.js';
import { TurnGate } from '../../src/queues/turn-gate.js';
import { createLogger } from '../../src/logger.js';
import { eventually, residentWrites, startTestService, TEST_REDIS_URL, type TestService } from '../support/service.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));
const silent = createLogger('silent');

/** A turn function whose runs the test ends one by one, and the queue the turns fall back to. */
function world(opts: { max?: number; gateMax?: number } = {}) {
  const runs: Array<{ conversationId: string; end: (err?: Error) => void }> = [];
  const queued: Array<{ conversationIds: string[]; delayMs: number }> = [];
  const gate = new TurnGate({ max: opts.gateMax ?? 1, underLoad: 1, busyAt: 1000, gapMs: 0 });
  const direct = new DirectTurns({
    gate,
    run: (conversationId) =>
      new Promise<void>((resolve, reject) => {
        runs.push({ conversationId, end: (err) => (err ? reject(err) : resolve()) });
      }),
    toQueue: async (conversationIds, delayMs) => {
      queued.push({ conversationIds, delayMs });
    },
    max: opts.max ?? 100,
    logger: silent,
  });
  return { runs, queued, gate, direct };
}

describe('queues: DirectTurns (turns without a trip through the turn queue)', () => {
  it('runs a conversation once for all the messages stored while its turn waits for a place', async () => {
    const { runs, direct } = world();
    expect(direct.schedule('a')).to.equal(true);
    await tick();
    // The gate's one place is taken by a's turn: b's waits, and b's next two messages add nothing.
    expect(direct.schedule('b')).to.equal(true);
    expect(direct.schedule('b')).to.equal(true);
    expect(direct.schedule('b')).to.equal(true);
    await tick();
    expect(runs.map((r) => r.conversationId)).to.deep.equal(['a']);
    runs[0]!.end();
    await tick();
    expect(runs.map((r) => r.conversationId)).to.deep.equal(['a', 'b']);
    runs[1]!.end();
    await tick();
    expect(runs).to.have.length(2);
    expect(direct.size).to.equal(0);
  });

  it('a message stored while the turn runs makes it run once more afterwards (the turn may have read the pending ones already)', async () => {
    const { runs, direct } = world();
    direct.schedule('a');
    await tick();
    direct.schedule('a');
    direct.schedule('a');
    runs[0]!.end();
    await tick();
    await tick();
    expect(runs.map((r) => r.conversationId), 'once more, not twice').to.deep.equal(['a', 'a']);
    runs[1]!.end();
    await tick();
    expect(runs).to.have.length(2);
    expect(direct.size).to.equal(0);
  });

  it('declines beyond max conversations (the intake then queues a job) and takes new ones when one is done', async () => {
    const { runs, direct } = world({ max: 2, gateMax: 4 });
    expect(direct.schedule('a')).to.equal(true);
    expect(direct.schedule('b')).to.equal(true);
    expect(direct.schedule('c'), 'a third conversation').to.equal(false);
    expect(direct.schedule('a'), 'one it has').to.equal(true);
    await tick();
    runs.find((r) => r.conversationId === 'b')!.end();
    await tick();
    expect(direct.schedule('c')).to.equal(true);
  });

  it('a failed turn goes to the queue with its first backoff, and its place is freed', async () => {
    const { runs, queued, direct } = world();
    direct.schedule('a');
    await tick();
    runs[0]!.end(new Error('database away'));
    await tick();
    await tick();
    expect(queued).to.deep.equal([{ conversationIds: ['a'], delayMs: TURN_RETRY_DELAY_MS }]);
    expect(direct.size).to.equal(0);
    // A next message starts a direct turn again (the queued one and it meet at the conversation lock).
    expect(direct.schedule('a')).to.equal(true);
    await tick();
    expect(runs).to.have.length(2);
  });

  it('close: waits for the running turn, hands the waiting ones to the queue at once, and takes nothing more', async () => {
    const { runs, queued, direct } = world();
    direct.schedule('a');
    await tick();
    direct.schedule('b');
    direct.schedule('c');
    direct.schedule('a'); // asked again while running
    let closed = false;
    const closing = direct.close().then(() => (closed = true));
    await tick();
    expect(direct.schedule('d'), 'closing').to.equal(false);
    expect(closed, 'waits for the running turn').to.equal(false);
    runs[0]!.end();
    await closing;
    expect(runs.map((r) => r.conversationId), 'no new turn started while closing').to.deep.equal(['a']);
    expect(queued).to.have.length(1);
    expect(queued[0]!.delayMs).to.equal(0);
    expect([...queued[0]!.conversationIds].sort(), 'the waiting ones and the one asked again').to.deep.equal(['a', 'b', 'c']);
    expect(direct.size).to.equal(0);
  });

  it('stopStarting (a shutdown began): a turn that gets its place does not start, and close hands it to the queue', async () => {
    const { runs, queued, direct } = world();
    direct.schedule('a');
    await tick();
    direct.schedule('b');
    direct.stopStarting();
    expect(direct.schedule('c')).to.equal(false);
    runs[0]!.end();
    await tick();
    await tick();
    expect(runs.map((r) => r.conversationId), 'b got the place but did not start').to.deep.equal(['a']);
    await direct.close();
    expect(queued).to.deep.equal([{ conversationIds: ['b'], delayMs: 0 }]);
  });

  it('close does not wait for turns that wait for a place', async () => {
    const { queued, gate, direct } = world();
    // Another turn (a queued job's) holds the gate's only place and does not end.
    const held = await gate.acquire();
    direct.schedule('a');
    await tick();
    const t0 = performance.now();
    await direct.close();
    expect(performance.now() - t0, 'ms').to.be.below(500);
    expect(queued).to.deep.equal([{ conversationIds: ['a'], delayMs: 0 }]);
    held();
  });
});

/** Jobs bull holds for the service's turn queue, whatever their state. */
async function turnJobs(svc: TestService): Promise<number> {
  const q = new Bull('turn', { prefix: `${svc.config.REDIS_PREFIX}:bull`, redis: TEST_REDIS_URL } as Bull.QueueOptions);
  try {
    const c = await q.getJobCounts();
    return c.waiting + c.active + c.completed + c.failed + c.delayed;
  } finally {
    await q.close();
  }
}


describe('service: direct turns against the turn queue', function () {
  this.timeout(60_000);
  let svc: TestService | undefined;
  afterEach(async () => {
    await svc?.stop();
    svc = undefined;
  });

  it('a resident is answered by a direct turn: no turn job in bull', async () => {
    svc = await startTestService();
    await residentWrites(svc, '31600000721', 'Mijn huishoudelijke hulp komt al drie weken niet, wat kan ik doen?');
    await eventually(async () => svc!.graph.received.some((r) => r.status === 200 && r.body?.to === '31600000721'), 'the reply at the Graph API', 20_000);
    expect(await turnJobs(svc)).to.equal(0);
  });

  it('with TURN_DIRECT_MAX=0 the same resident is answered through a turn job', async () => {
    svc = await startTestService({ TURN_DIRECT_MAX: '0' });
    await residentWrites(svc, '31600000722', 'Mijn huishoudelijke hulp komt al drie weken niet, wat kan ik doen?');
    await eventually(async () => svc!.graph.received.some((r) => r.status === 200 && r.body?.to === '31600000722'), 'the reply at the Graph API', 20_000);
    expect(await turnJobs(svc)).to.equal(1);
  });

  it('turns still waiting at shutdown go to the queue, one job per conversation, and the next start answers them once', async () => {
    // A peak (INTAKE_PEAK_RATE 1, kept up by a fourth resident writing every 200 ms): turns start
    // 5 s apart, so when the first resident has the answer the others' turns still wait.
    svc = await startTestService({ INTAKE_PEAK_RATE: '1', TURN_GAP_UNDER_LOAD_MS: '5000', TURNS_UNDER_LOAD: '1' });
    const residents = ['31600000731', '31600000732', '31600000733'];
    const keepsWriting = '31600000734';
    const answered = (who: string) => svc!.graph.received.some((r) => r.status === 200 && r.body?.to === who);
    for (const from of residents) await residentWrites(svc, from, 'Ik wacht al maanden op een beslissing over mijn rolstoel.');
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await residentWrites(svc!, keepsWriting, `Bericht ${i}: mijn pgb is nog steeds niet betaald.`);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    await eventually(async () => answered(residents[0]!), 'the first resident answered', 20_000);
    writing = false;
    await writer;
    await svc.app.stop();
    // (The queue's worker may have run some of them before the queues closed.)
    expect(await turnJobs(svc), 'the three waiting conversations, one job each').to.equal(3);
    // The next start (same database, Redis and Graph API), without the peak settings.
    const next = await startTestService({}, { shareWith: svc });
    try {
      await eventually(async () => residents.every(answered) && answered(keepsWriting), 'every resident answered', 20_000);
    } finally {
      await next.stop();
    }
    const replies = svc.graph.received.filter((r) => r.status === 200 && residents.includes(String(r.body?.to)));
    expect(replies, 'one reply each').to.have.length(3);
  });
});
