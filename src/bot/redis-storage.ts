import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

/**
 * botbuilder `Storage` on Redis (ioredis): bot conversation state lives in Redis so the web
 * process stays stateless (DESIGN §2). Reads use MGET, writes one MULTI. botbuilder always
 * writes with eTag '*' (last writer wins, botbuilder-js#705), so the service serialises the
 * turns of one conversation instead of relying on eTags.
 */
export class RedisStorage implements Storage {
  /**
   * @param redis command connection
   * @param prefix key prefix, e.g. `aan-tafel:botstate:`
   * @param ttlSeconds expiry of each state item (default 90 days)
   */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds = 90 * 24 * 3600,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const values = await this.redis.mget(...keys.map((k) => this.prefix + k));
    const out: StoreItems = {};
    keys.forEach((k, i) => {
      const v = values[i];
      if (v != null) out[k] = JSON.parse(v);
    });
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const multi = this.redis.multi();
    for (const [k, v] of entries) multi.set(this.prefix + k, JSON.stringify(v), 'EX', this.ttlSeconds);
    await multi.exec();
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.del(...keys.map((k) => this.prefix + k));
  }
}
