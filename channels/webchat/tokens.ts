import { createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

/**
 * Direct Line tokens and stream tickets: JWTs signed HS256 with the app secret.
 *
 * A token carries `{ user: 'dl_<uuid>' | <accepted id>, conv: <conversation id>, name?, exp }`.
 * Web Chat decodes the token (without verifying it) and takes its `user` claim as the user id
 * (botframework-webchat-core connectSaga `rectifyUserID`). The audience keeps the three kinds of
 * JWT that share APP_SECRET apart: a Direct Line token is no stream ticket and no agent session.
 */

const keys = new Map<string, KeyObject>();

/**
 * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries it as a PEM key
 * and builds a secret key from the thrown error, on every sign and verify (a hot path).
 */
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

export const TOKEN_AUDIENCE = 'aan-tafel:directline';
export const TICKET_AUDIENCE = 'aan-tafel:directline-stream';

export interface TokenClaims {
  /** Direct Line user id; `dl_…` ids are minted by us and embedded in the token. */
  user: string;
  /** Direct Line conversation id (the `externalId` of the conversation). */
  conv: string;
  /** Display name given to tokens/generate, if any. */
  name?: string;
}

export interface TicketClaims {
  conv: string;
  user: string;
  /** Watermark (seq) after which the stream replays history; 0 for everything. */
  wm: number;
  /** Ticket id: a ticket opens one socket only. */
  jti: string;
}

/** A fresh conversation id: base64url of 16 random bytes (22 characters). */
export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

/** A fresh Direct Line user id, `dl_<uuid>` (the `dl_` prefix marks ids embedded in a token). */
export function newUserId(): string {
  return `dl_${randomUUID()}`;
}

/** Why a token or ticket was refused. */
export class TokenError extends Error {
  constructor(
    readonly reason: 'missing' | 'invalid' | 'expired',
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

/**
 * Sign a Direct Line token.
 * @param ttlSeconds lifetime in seconds (Direct Line's default is 1800)
 */
export function signToken(secret: string, claims: TokenClaims, ttlSeconds: number): string {
  const payload: Record<string, unknown> = { user: claims.user, conv: claims.conv };
  if (claims.name) payload.name = claims.name;
  return jwt.sign(payload, keyOf(secret), { algorithm: 'HS256', expiresIn: ttlSeconds, audience: TOKEN_AUDIENCE });
}

/**
 * Verify a Direct Line token.
 * @throws TokenError `missing` (no token), `expired`, or `invalid` (bad signature, audience or shape)
 */
export function verifyToken(secret: string, token: string | undefined): TokenClaims {
  const payload = verify(secret, token, TOKEN_AUDIENCE);
  const { user, conv, name } = payload as Record<string, unknown>;
  if (typeof user !== 'string' || typeof conv !== 'string' || !user || !conv) {
    throw new TokenError('invalid', 'The token is not a Direct Line token.');
  }
  return { user, conv, ...(typeof name === 'string' && name ? { name } : {}) };
}

/** Sign a stream ticket (short-lived, single use, for the WebSocket URL's query string). */
export function signTicket(secret: string, claims: Omit<TicketClaims, 'jti'>, ttlSeconds: number): string {
  return jwt.sign({ ...claims, jti: randomUUID() }, keyOf(secret), {
    algorithm: 'HS256',
    expiresIn: ttlSeconds,
    audience: TICKET_AUDIENCE,
  });
}

/**
 * Verify a stream ticket.
 * @throws TokenError as {@link verifyToken}
 */
export function verifyTicket(secret: string, ticket: string | undefined): TicketClaims {
  const payload = verify(secret, ticket, TICKET_AUDIENCE) as Record<string, unknown>;
  const { conv, user, wm, jti } = payload;
  if (typeof conv !== 'string' || typeof user !== 'string' || typeof wm !== 'number' || typeof jti !== 'string') {
    throw new TokenError('invalid', 'The stream ticket is not valid.');
  }
  return { conv, user, wm, jti };
}

function verify(secret: string, token: string | undefined, audience: string): jwt.JwtPayload {
  if (!token) throw new TokenError('missing', 'A token is required.');
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'], audience });
    if (typeof payload === 'string') throw new TokenError('invalid', 'The token is not valid.');
    return payload;
  } catch (err) {
    if (err instanceof TokenError) throw err;
    if (err instanceof jwt.TokenExpiredError) throw new TokenError('expired', 'The token has expired.');
    throw new TokenError('invalid', 'The token is not valid.');
  }
}
