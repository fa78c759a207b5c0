import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Session lifetime in seconds; every authenticated request extends it (sliding). */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;
/** Failed-or-not login attempts allowed per username + IP within {@link LOGIN_WINDOW_SECONDS}. */
export const LOGIN_MAX_ATTEMPTS = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/** What a session holds (in Redis, as JSON). */
export interface SessionData {
  agentId: string;
  /** Token the console must echo in `X-CSRF-Token` on every state-changing request. */
  csrf: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Agent sessions in Redis. The cookie carries a random 256-bit id; Redis stores only its
 * SHA-256 (a copy of Redis does not hand out live sessions). Keys: `{prefix}:console:sess:{hash}`.
 */
export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds = SESSION_TTL_SECONDS,
  ) {}

  /** Hash of a session id, also used as the socket.io room of that session. */
  static idHash(sid: string): string {
    return sha256(sid);
  }

  private key(sid: string): string {
    return `${this.prefix}:console:sess:${sha256(sid)}`;
  }

  /** Start a session. @returns the session id (for the cookie) and its data */
  async create(agentId: string): Promise<{ sid: string; data: SessionData }> {
    const sid = randomBytes(32).toString('base64url');
    const data: SessionData = { agentId, csrf: randomBytes(32).toString('base64url'), createdAt: Date.now() };
    await this.redis.set(this.key(sid), JSON.stringify(data), 'EX', this.ttlSeconds);
    return { sid, data };
  }

  /**
   * Look a session up and extend its lifetime.
   * @returns null for an unknown, expired or malformed id
   */
  async touch(sid: string | undefined): Promise<SessionData | null> {
    if (!sid || !/^[A-Za-z0-9_-]{43}$/.test(sid)) return null;
    const key = this.key(sid);
    const raw = await this.redis.get(key);
    if (!raw) return null;
    await this.redis.expire(key, this.ttlSeconds);
    try {
      const d = JSON.parse(raw) as SessionData;
      return typeof d.agentId === 'string' && typeof d.csrf === 'string' ? d : null;
    } catch {
      return null;
    }
  }

  /** End a session (logout). */
  async destroy(sid: string): Promise<void> {
    await this.redis.del(this.key(sid));
  }

  /**
   * Count a login attempt for `username` from `ip`.
   * @returns false when the limit of {@link LOGIN_MAX_ATTEMPTS} per {@link LOGIN_WINDOW_SECONDS} is exceeded
   */
  async allowLogin(username: string, ip: string): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const key = this.loginKey(username, ip);
    const n = await this.redis.incr(key);
    if (n === 1) await this.redis.expire(key, LOGIN_WINDOW_SECONDS);
    if (n <= LOGIN_MAX_ATTEMPTS) return { allowed: true, retryAfterSeconds: 0 };
    const ttl = await this.redis.ttl(key);
    if (ttl < 0) await this.redis.expire(key, LOGIN_WINDOW_SECONDS);
    return { allowed: false, retryAfterSeconds: ttl > 0 ? ttl : LOGIN_WINDOW_SECONDS };
  }

  /** Forget the attempts of `username` from `ip` (after a successful login). */
  async resetLogin(username: string, ip: string): Promise<void> {
    await this.redis.del(this.loginKey(username, ip));
  }

  private loginKey(username: string, ip: string): string {
    return `${this.prefix}:console:login:${sha256(`${username.trim().toLowerCase()}|${ip}`)}`;
  }
}

/** Constant-time comparison of two tokens (false when lengths differ). */
export function tokensEqual(a: string | undefined, b: string): boolean {
  if (typeof a !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Parse a `Cookie` header into name → value (first occurrence wins). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!name || name in out) continue;
    let value = part.slice(i + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}
