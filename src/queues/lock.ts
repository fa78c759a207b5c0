import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A per-key mutual exclusion lock in Redis (`SET NX PX`, released only by its owner).
 * Used to run the turns of one conversation one at a time across processes and instances:
 * botbuilder state is last-writer-wins (channels.md §3), so order must come from here.
 */
export class RedisLock {
  /**
   * @param redis command connection
   * @param prefix key prefix, e.g. `aan-tafel:lock:`
   * @param ttlMs lock lifetime in ms; a crashed holder frees it after this time
   */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs = 30_000,
  ) {}

  /** @returns a release function, or null when someone else holds the lock */
  async tryAcquire(key: string): Promise<(() => Promise<void>) | null> {
    const token = randomUUID();
    const ok = await this.redis.set(this.prefix + key, token, 'PX', this.ttlMs, 'NX');
    if (ok !== 'OK') return null;
    return async () => {
      await this.redis.eval(RELEASE, 1, this.prefix + key, token);
    };
  }
}
