import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisLock } from '../../src/queues/lock.js';
import { TurnProcessor } from '../../src/turns.js';
import { deleteRedisPrefix, TEST_REDIS_URL } from '../support/service.js';

/**
 * A holder whose lock ran out while its turn was still running (slow turn, DB stall) gets
 * `false` from its release, even when a job asked for the lock while it was still held: that
 * job's message is then left for the recovery sweep. Before 30c504d the holder queried
 * hasPendingInbound after release and ran it.
 */
describe('turns: an ask recorded while the lock was held survives the holder outliving its ttl', function () {
  this.timeout(20_000);
  const prefix = `test-lockstale-${randomBytes(4).toString('hex')}`;
  let redis: Redis;
  before(() => { redis = new Redis(TEST_REDIS_URL); });
  after(async () => { redis.disconnect(); await deleteRedisPrefix(prefix); });

  it('the second message is processed by the holder (not left for the sweep)', async () => {
    const conv = { id: 'c1', channel: 'webchat', control: 'agent', lang: 'nl' };
    const pending: Array<{ id: string; activity: object; text: string }> = [{ id: 'm1', activity: {}, text: 'een' }];
    const processed: string[] = [];
    const store = {
      pendingTurn: async () => ({ conversation: conv, messages: [...pending] }),
      getConversation: async () => conv,
      markProcessed: async (_db: unknown, id: string) => {
        if (id === 'm1') await new Promise((r) => setTimeout(r, 500)); // slow turn: longer than the ttl
        processed.push(id);
        const i = pending.findIndex((m) => m.id === id);
        if (i >= 0) pending.splice(i, 1);
      },
    };
    const noop = () => undefined;
    const turns = new TurnProcessor({
      db: {}, store, lock: new RedisLock(redis, `${prefix}:lock:`, 200),
      isCrisis: () => false,
      events: { conversationChanged: noop },
      logger: { debug: noop, info: noop, warn: noop, error: noop },
    } as never);

    const holder = turns.processConversation('c1');
    await new Promise((r) => setTimeout(r, 100));
    // m2 is stored and its job runs while m1's turn holds the lock: it asks and returns.
    pending.push({ id: 'm2', activity: {}, text: 'twee' });
    expect(await turns.processConversation('c1')).to.equal(0, 'the lock is held: the job returns');
    const n = await holder;
    expect(processed).to.deep.equal(['m1', 'm2'], `holder processed ${n}; m2 left pending for the 15 s sweep`);
  });
});
