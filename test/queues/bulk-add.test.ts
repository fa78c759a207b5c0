import { expect } from 'chai';
import Bull from 'bull';
import { randomBytes } from 'node:crypto';
import { BulkAdder, MAX_JOBS_PER_ADD } from '../../src/queues/bulk.js';
import { deleteRedisPrefix, TEST_REDIS_URL } from '../support/service.js';

/** Turn jobs of messages stored together reach Redis in one round trip (real Redis, real bull). */
describe('queues: BulkAdder', function () {
  this.timeout(20_000);
  const prefix = `test-bulk-${randomBytes(4).toString('hex')}`;
  let q: Bull.Queue<{ conversationId: string }>;
  let bulks: number[];
  before(() => {
    q = new Bull('turn', { prefix, redis: TEST_REDIS_URL });
    const real = q.addBulk.bind(q);
    bulks = [];
    q.addBulk = (jobs) => { bulks.push(jobs.length); return real(jobs); };
  });
  after(async () => { await q.close(); await deleteRedisPrefix(prefix); });
  beforeEach(() => { bulks.length = 0; });

  const opts = (id: string): Bull.JobOptions => ({ jobId: `turn:${id}`, attempts: 5, backoff: { type: 'exponential', delay: 500 } });

  it('writes the jobs asked for in one turn of the event loop as one bulk add, each with its options', async () => {
    const adder = new BulkAdder(q);
    await Promise.all(Array.from({ length: 40 }, (_, i) => adder.add({ conversationId: `c${i}` }, opts(`a${i}`))));
    expect(bulks).to.deep.equal([40]);
    const job = await q.getJob('turn:a7');
    expect(job?.data).to.deep.equal({ conversationId: 'c7' });
    expect(job?.opts.attempts).to.equal(5);
    expect(await q.getWaitingCount()).to.equal(40);
  });

  it('a job id bull still holds is not added twice; jobs asked for later go in the next bulk', async () => {
    const adder = new BulkAdder(q);
    await adder.add({ conversationId: 'c1' }, opts('a1'));
    await adder.add({ conversationId: 'other' }, opts('b1'));
    expect(bulks).to.deep.equal([1, 1]);
    expect((await q.getJob('turn:a1'))?.data).to.deep.equal({ conversationId: 'c1' });
    expect(await q.getWaitingCount()).to.equal(41);
  });

  it(`a burst larger than ${MAX_JOBS_PER_ADD} is split, nothing lost`, async () => {
    const adder = new BulkAdder(q);
    const n = MAX_JOBS_PER_ADD + 15;
    await Promise.all(Array.from({ length: n }, (_, i) => adder.add({ conversationId: `d${i}` }, opts(`d${i}`))));
    expect(bulks).to.deep.equal([MAX_JOBS_PER_ADD, 15]);
    expect(await q.getWaitingCount()).to.equal(41 + n);
  });

  it('a job Redis refused inside the MULTI (bull returns it without an id) rejects its own promise only', async () => {
    const partial = {
      addBulk: async (jobs: Array<{ opts?: Bull.JobOptions }>) => jobs.map((j, i) => ({ id: i === 1 ? undefined : j.opts?.jobId })),
    } as unknown as Bull.Queue<{ conversationId: string }>;
    const adder = new BulkAdder(partial);
    const results = await Promise.allSettled(['p', 'q', 'r'].map((x) => adder.add({ conversationId: x }, opts(x))));
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).to.match(/turn:q/);
  });

  it('a bulk Redis refuses rejects the promise of every job in it', async () => {
    const refusing = { addBulk: () => Promise.reject(new Error('READONLY You can\'t write against a read only replica.')) } as unknown as Bull.Queue<{ conversationId: string }>;
    const adder = new BulkAdder(refusing);
    const results = await Promise.allSettled([adder.add({ conversationId: 'x' }, opts('x')), adder.add({ conversationId: 'y' }, opts('y'))]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.message).to.match(/READONLY/);
  });
});
