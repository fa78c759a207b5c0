import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisLock } from '../../src/queues/lock.js';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { deleteRedisPrefix, eventually, startTestService, TEST_APP_SECRET, TEST_REDIS_URL, type TestService } from '../support/service.js';

describe('conversation lock (real Redis)', function () {
  this.timeout(60_000);
  const prefix = `test-lock-${randomBytes(4).toString('hex')}`;
  let redis: Redis;
  before(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  after(async () => {
    redis.disconnect();
    await deleteRedisPrefix(prefix);
  });

  it('is held by one caller at a time, and tells the holder whether someone asked meanwhile', async () => {
    const lock = new RedisLock(redis, `${prefix}:lock:`);
    const release = await lock.tryAcquire('conv:a');
    expect(release).to.be.a('function');
    expect(await lock.tryAcquire('conv:a')).to.equal(null);
    expect(await lock.tryAcquire('conv:b')).to.be.a('function', 'another key is free');
    expect(await release!()).to.equal(true, 'asked for while held');

    const again = await lock.tryAcquire('conv:a');
    expect(again).to.be.a('function', 'free after release');
    expect(await again!()).to.equal(false, 'nobody asked this time: the earlier ask does not linger');
  });

  it('a holder whose lock ran out does not free the next holder’s lock, and still hears of an ask', async () => {
    const lock = new RedisLock(redis, `${prefix}:lock:`, 100);
    const stale = await lock.tryAcquire('conv:c');
    await new Promise((r) => setTimeout(r, 200));
    const next = await lock.tryAcquire('conv:c');
    expect(next).to.be.a('function', 'a crashed holder frees the lock after its ttl');
    expect(await lock.tryAcquire('conv:c')).to.equal(null);
    expect(await stale!()).to.equal(true, 'an ask is reported to the stale holder too, which then looks again');
    expect(await lock.tryAcquire('conv:c')).to.equal(null, 'still held by the next holder');
    expect(await next!()).to.equal(true, 'the stale release left the ask for the real holder');

    // Ran out with nobody taking the lock after it: the ask goes to the stale holder.
    const alone = await lock.tryAcquire('conv:d');
    expect(await lock.tryAcquire('conv:d')).to.equal(null);
    await new Promise((r) => setTimeout(r, 200));
    expect(await alone!()).to.equal(true);
  });

  it('sends its scripts as EVALSHA, not their whole text with every EVAL', async () => {
    const own = new Redis(TEST_REDIS_URL);
    try {
      const sent: string[] = [];
      const send = own.sendCommand.bind(own);
      own.sendCommand = ((cmd: { name: string }, ...rest: never[]) => {
        sent.push(cmd.name);
        return send(cmd as never, ...rest);
      }) as typeof own.sendCommand;
      const lock = new RedisLock(own, `${prefix}:lock:`);
      for (let i = 0; i < 3; i++) {
        const release = await lock.tryAcquire('conv:sha');
        expect(release).to.be.a('function');
        expect(await lock.tryAcquire('conv:sha')).to.equal(null);
        expect(await release!()).to.equal(true);
      }
      // At least one per call (the first may pass twice: queued while the connection opened).
      expect(sent.filter((c) => c === 'evalsha').length).to.be.at.least(9);
      // EVAL only when Redis did not know a script yet (ioredis falls back once per script).
      expect(sent.filter((c) => c === 'eval').length).to.be.at.most(2);
    } finally {
      own.disconnect();
    }
  });
});

describe('turns and direct sends (real Redis, PostgreSQL, local Graph API)', function () {
  this.timeout(120_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService({ TURN_CONCURRENCY: '4' });
  });
  after(async () => svc?.stop());

  it('every message of a burst is processed at once by whoever holds the conversation, not left for the recovery sweep', async () => {
    const from = '31612340077';
    const texts = Array.from({ length: 12 }, (_, i) => `Bericht ${i + 1}: de thuiszorg is vandaag weer niet gekomen`);
    const t0 = Date.now();
    // Sent at once: while one job runs a turn, the jobs of the next messages find the conversation
    // locked and return; the holder must run their turns before it lets go.
    const res = await Promise.all(texts.map((text) => {
      const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from })] }));
      return fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers });
    }));
    expect(res.map((r) => r.status)).to.deep.equal(texts.map(() => 200));
    // The sweep only looks at turns pending for 15 s, every 15 s: 10 s proves no turn waited for it.
    await eventually(async () => {
      const r = await svc.app.db.query<{ n: string; pending: string }>(
        `SELECT count(*) AS n, count(*) FILTER (WHERE m.processed_at IS NULL) AS pending
           FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.channel = 'whatsapp' AND c.address = $1 AND m.direction = 'in'`,
        [from],
      );
      return Number(r.rows[0]!.n) === texts.length && Number(r.rows[0]!.pending) === 0;
    }, 'every turn of the burst processed', 10_000);
    expect(Date.now() - t0).to.be.below(15_000);
  });

  it('a reply whose direct send fails (Graph 503) reaches the resident through the queue, once', async () => {
    const from = '31612340078';
    svc.graph.failNext(1, { status: 503, code: 2, message: 'Service temporarily unavailable' });
    const before = svc.graph.received.length;
    const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText('Mijn pgb is niet uitbetaald', { from })] }));
    expect((await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers })).status).to.equal(200);
    await svc.graph.waitFor((r) => r.slice(before).filter((x) => x.body.to === from).length >= 2, 15_000);
    const tries = svc.graph.received.slice(before).filter((x) => x.body.to === from);
    expect(tries).to.have.length.of.at.least(2, 'the failed direct send and the retry from the queue');
    const rows = await eventually(async () => {
      const r = await svc.app.db.query<{ status: string; attempts: number }>(
        `SELECT m.status, m.attempts FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.address = $1 AND m.direction = 'out' ORDER BY m.seq`,
        [from],
      );
      return r.rows.length && r.rows.every((x) => x.status !== 'queued') ? r.rows : null;
    }, 'replies settled');
    expect(rows.map((x) => x.status)).to.deep.equal(rows.map(() => 'sent'));
    expect(svc.graph.accepted().filter((x) => x.body.to === from)).to.have.length(rows.length, 'each reply accepted once');
    expect(rows[0]!.attempts).to.equal(2, 'the direct attempt and the queued one');
  });
});
