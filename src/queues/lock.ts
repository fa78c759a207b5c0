import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * KEYS[1] lock, KEYS[2] its "asked" flag; ARGV[1] token, ARGV[2] lock ttl, ARGV[3] flag ttl
 * (ms). Takes the lock, or, when it is held, records that someone asked for it, in one atomic
 * step: a holder that releases after this call sees the flag, one that released before it let
 * this call take the lock.
 */
const ACQUIRE = `if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
  redis.call('del', KEYS[2]) return 1
end
redis.call('set', KEYS[2], '1', 'PX', ARGV[3]) return 0`;

/**
 * KEYS as ACQUIRE, ARGV[1] token. Releases an owned lock and returns 1 when it was asked for
 * meanwhile. A holder whose lock ran out still learns of an ask: with the lock free it takes the
 * flag; with the lock taken by another it reads the flag and leaves it for that holder too (the
 * stale holder then looks again and, finding the lock held, asks once more: one extra round).
 */
const RELEASE = `local cur = redis.call('get', KEYS[1])
if cur == ARGV[1] then redis.call('del', KEYS[1]) return redis.call('del', KEYS[2]) end
if not cur then return redis.call('del', KEYS[2]) end
return redis.call('exists', KEYS[2])`;

/** Names of the scripts as commands of the connection (ioredis `defineCommand`). */
const ACQUIRE_COMMAND = 'aanTafelLockAcquire';
const RELEASE_COMMAND = 'aanTafelLockRelease';

/** The connection with the two commands defined: keys as ACQUIRE, then its ARGV; the script's reply. */
type LockCommands = Record<typeof ACQUIRE_COMMAND | typeof RELEASE_COMMAND, (...keysAndArgs: Array<string | number>) => Promise<unknown>>;

/**
 * Releases a lock taken by {@link RedisLock.tryAcquire}.
 * @returns true when another caller asked for the lock while it was held (and so went away
 *   without doing its work): the holder should look for that work before it stops
 */
export type LockRelease = () => Promise<boolean>;

/**
 * A per-key mutual exclusion lock in Redis (`SET NX PX`, released only by its owner), that
 * remembers whether it was asked for while held.
 * Used to run the turns of one conversation one at a time across processes and instances:
 * botbuilder state is last-writer-wins (channels.md §3), so order must come from here. A turn job
 * that finds the conversation locked returns at once; the holder learns it from the release and
 * runs the pending turns itself, so no database query is needed to look for them after each run.
 */
export class RedisLock {
  /**
   * @param redis command connection
   * @param prefix key prefix, e.g. `aan-tafel:lock:`
   * @param ttlMs lock lifetime in ms; a crashed holder frees it after this time (an ask lives
   *   4 × as long; one made of a crashed holder is found by the recovery sweep instead)
   */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs = 30_000,
  ) {
    // Sent as EVALSHA (the script's body only once per connection, when Redis asks for it with
    // NOSCRIPT) instead of EVAL with the whole script on every call.
    redis.defineCommand(ACQUIRE_COMMAND, { numberOfKeys: 2, lua: ACQUIRE });
    redis.defineCommand(RELEASE_COMMAND, { numberOfKeys: 2, lua: RELEASE });
  }

  /**
   * Take the lock, or note that it was asked for (one round trip).
   * @returns a release function, or null when someone else holds the lock
   * @throws the Redis error when Redis cannot be reached
   */
  async tryAcquire(key: string): Promise<LockRelease | null> {
    const token = randomUUID();
    const keys = [this.prefix + key, `${this.prefix}${key}:asked`] as const;
    // The ask outlives the lock (4 × ttl), so a holder that overran its ttl still hears of it.
    const redis = this.redis as unknown as LockCommands;
    const ok = await redis[ACQUIRE_COMMAND](keys[0], keys[1], token, this.ttlMs, this.ttlMs * 4);
    if (Number(ok) !== 1) return null;
    return async () => Number(await redis[RELEASE_COMMAND](keys[0], keys[1], token)) === 1;
  }
}
