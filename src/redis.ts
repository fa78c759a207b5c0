import { Redis, type RedisOptions } from 'ioredis';
import { withTimeout } from './util/sanitize.js';

/**
 * Connect to Redis and make sure it answers.
 * @param url `redis://host:port[/db]`
 * @param opts extra ioredis options (bull's subscriber/blocking clients need
 *   `maxRetriesPerRequest: null, enableReadyCheck: false`)
 * @throws Error naming REDIS_URL when Redis does not answer within `timeoutMs` (default 3000 ms)
 */
export async function connectRedis(url: string, opts: RedisOptions = {}, timeoutMs = 3000): Promise<Redis> {
  // Commands fail after 5 s instead of waiting for Redis forever: request handlers answer
  // (503/500) rather than hang while Redis is away.
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, commandTimeout: 5000, ...opts });
  let lastError: Error | null = null;
  // Reconnects are ioredis' job; readiness is checked by /readyz.
  client.on('error', (err: Error) => {
    lastError = err;
  });
  try {
    await withTimeout(client.connect().then(() => client.ping()), timeoutMs, 'connecting to Redis');
  } catch (err) {
    client.disconnect();
    const reason = (lastError as Error | null)?.message ?? (err as Error).message;
    throw new Error(`Redis is not reachable at REDIS_URL=${redactUrl(url)} (${reason}). Start Redis or set REDIS_URL.`);
  }
  return client;
}

/** How long closing a Redis connection waits for Redis to answer its QUIT (ms). */
export const REDIS_QUIT_WAIT_MS = 1000;

/**
 * Close a connection politely (QUIT, after the commands sent before it), but wait at most
 * `timeoutMs` (default {@link REDIS_QUIT_WAIT_MS}) for a Redis that does not answer (stopped
 * with SIGSTOP, a network partition): then the socket is dropped. Never rejects.
 */
export async function closeRedis(client: Pick<Redis, 'quit' | 'disconnect'>, timeoutMs = REDIS_QUIT_WAIT_MS): Promise<void> {
  try {
    await withTimeout(client.quit(), timeoutMs, 'closing a Redis connection');
  } catch {
    client.disconnect();
  }
}

/** Hide a password in a connection URL for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
