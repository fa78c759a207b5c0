import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import { WebSocket, WebSocketServer } from 'ws';
import { z } from 'zod';
import { ConversationNotFound, type InboundMessage, type IntakeSink, type TranscriptReader } from '../contract.js';
import type { Logger } from '../../src/logger.js';
import { methodNotAllowed } from '../../src/http/methods.js';
import { toActivitySet, type DirectLineContext } from './activities.js';
import { streamChannel, type StreamNotification } from './sender.js';
import {
  TokenError,
  newConversationId,
  newUserId,
  signTicket,
  signToken,
  verifyTicket,
  verifyToken,
  type TokenClaims,
} from './tokens.js';

/** Where the Direct Line router is mounted; Web Chat's `domain` is `origin + DIRECT_LINE_PATH`. */
export const DIRECT_LINE_PATH = '/v3/directline';

/** Longest resident message, in characters (UTF-16 code units). */
export const MAX_TEXT_LENGTH = 10_000;
/** Largest accepted JSON body on the Direct Line routes (express `limit` syntax). */
export const MAX_BODY = '128kb';

const PAGE_SIZE = 100;
const TICKET_TTL_SECONDS = 60;
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CLIENT_ACTIVITY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface DirectLineDeps {
  /** APP_SECRET: signs tokens and stream tickets (HS256). */
  secret: string;
  intake: IntakeSink;
  transcripts: TranscriptReader;
  /** `publisher` publishes notifications and keeps single-use tickets; `subscriber` is put in subscriber mode. */
  redis: { publisher: Redis; subscriber: Redis };
  /** REDIS_PREFIX of the service. */
  prefix: string;
  /** Public base URL (PUBLIC_URL, e.g. `https://chat.example.org`); otherwise derived from the request. */
  publicUrl?: () => string;
  logger: Logger;
  /** Lifetime of a Direct Line token in seconds; default 1800 (as Azure's Direct Line). */
  tokenTtlSeconds?: number;
  /** Interval of keepalive frames, pings and catch-up reads on open streams, in seconds; default 20. */
  keepaliveSeconds?: number;
  /**
   * Accept `user.id` from the body of tokens/generate (ids starting with `dl_` are always replaced
   * by a minted one). Default true. tokens/generate needs no login, so such an id is only a
   * claim by the caller: set false where the web chat user id is trusted as an identity.
   */
  acceptUserIdFromBody?: boolean;
}

export interface DirectLineServer {
  /** Mount at {@link DIRECT_LINE_PATH}, before any app-wide body parser. */
  router: express.Router;
  /** Serve `GET ${DIRECT_LINE_PATH}/conversations/:id/stream?t=…` upgrades on this HTTP server. */
  attachWebSocket(server: Server): void;
  /** Close every stream, leave the Redis channels, detach from the HTTP server. Leaves Redis connections open. */
  close(): Promise<void>;
}

/** An error answered as `{ error: { code, message } }` (Direct Line 3.0 ErrorResponse). */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const userSchema = z
  .object({ id: z.string().min(1).max(128).optional(), name: z.string().max(100).optional() })
  .optional();

const generateSchema = z.object({ user: userSchema }).optional();

const startSchema = z
  .object({ user: userSchema, locale: z.string().max(35).optional() })
  .optional();

const activitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`).optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    value: z.unknown().optional(),
    name: z.string().max(256).optional(),
    locale: z
      .string()
      .max(35)
      .regex(/^[A-Za-z0-9-]+$/)
      .optional(),
    attachments: z.array(z.unknown()).max(0, 'attachments are not supported yet').optional(),
    channelData: z
      .object({ clientActivityID: z.string().max(128).optional() })
      .loose()
      .nullable()
      .optional(),
  })
  .refine((a) => a.type !== 'message' || (a.text !== undefined && a.text.trim() !== '') || a.value !== undefined, {
    message: 'a message needs text or value',
  });

interface StreamSocket {
  id: string;
  conv: string;
  user: string;
  ws: WebSocket;
  lastSeq: number;
  busy: boolean;
  again: boolean;
  alive: boolean;
  /** When it opened (ms since epoch); with `id` it orders sockets across instances. */
  openedAt: number;
}

/**
 * The activity id for a client's `clientActivityID`: the id itself when it is safe
 * (`[A-Za-z0-9_-]{1,64}`), otherwise a hash of it, so a client retry with the same id is still
 * recognised (idempotent) whatever characters the client uses.
 */
export function activityIdFor(conv: string, clientActivityId: string | undefined): string {
  if (!clientActivityId) return `${conv}.${randomUUID()}`;
  if (CLIENT_ACTIVITY_ID.test(clientActivityId)) return `${conv}.${clientActivityId}`;
  return `${conv}.h_${createHash('sha256').update(clientActivityId).digest('base64url').slice(0, 43)}`;
}

/**
 * A self-hosted Direct Line 3.0 endpoint for Bot Framework Web Chat 4.18 (botframework-directlinejs
 * 0.15): tokens, conversations, activities (POST, and GET for polling) and the WebSocket stream.
 *
 * Routes, under {@link DIRECT_LINE_PATH} (Direct Line 3.0 REST reference; DirectLineJS directLine.ts):
 * - `POST /tokens/generate` → 200 `{conversationId, token, expires_in}`. A new conversation id and
 *   user id (`dl_<uuid>`, or `user.id` from the optional body `{user:{id,name}}` unless it starts
 *   with `dl_`). Nothing is stored yet. Public: residents do not log in (rate-limit it in front).
 * - `POST /tokens/refresh` (Bearer token) → 200 `{conversationId, token, expires_in}`; 404 when the
 *   conversation was never started or no longer exists. DirectLineJS calls it every 15 minutes.
 * - `POST /conversations` → 201 `{conversationId, token, expires_in, streamUrl}`. With a token from
 *   tokens/generate it starts THAT conversation; without an Authorization header at all it mints a
 *   new conversation and user (generate + start in one). Starting hands the intake one
 *   `conversationUpdate` (membersAdded = the user, providerMessageId `${conv}.start`, idempotent)
 *   so the bot's welcome runs; the client never sees it.
 * - `GET /conversations/:id?watermark=W` → 200 `{conversationId, token, expires_in, streamUrl}`:
 *   reconnect (DirectLineJS does this after every socket close) or resume; the stream replays
 *   after W. 404 when the conversation does not exist (DirectLineJS: "ended").
 * - `POST /conversations/:id/activities` → 200 `{id}` after `intake.receive` resolved (500 when it
 *   threw). Types message and event go to the intake; typing is acknowledged and dropped. Text
 *   ≤ {@link MAX_TEXT_LENGTH} characters, body ≤ {@link MAX_BODY}. The id is
 *   `${conv}.${clientActivityID}` (idempotent on client retries) or `${conv}.${uuid}`.
 * - `GET /conversations/:id/activities?watermark=W` → 200 ActivitySet `{activities, watermark}`.
 * - `POST /conversations/:id/upload` → 501 (attachments are not supported in this version).
 * - stream: `streamUrl` is `ws(s)://host/v3/directline/conversations/:id/stream?t=<ticket>`; the
 *   ticket is a 60-second, single-use JWT (browsers cannot set headers on a WebSocket).
 *
 * Errors are JSON `{error:{code,message}}`: 400 BadArgument (malformed JSON, invalid activity or
 * watermark), 401 MissingToken / InvalidToken / TokenExpired, 403 Forbidden (token of another
 * conversation), 404 NotFound, 413 PayloadTooLarge, 500 ServiceError, 501 NotImplemented.
 *
 * Streams: one socket per conversation (a new one closes the older, on any instance, code 4001).
 * Frames are ActivitySets read from the transcript (watermark = `seq`); an empty frame, a ping
 * and a catch-up read are sent every `keepaliveSeconds`; client frames (`""` keepalives) are
 * ignored. Fan-out between instances: a notification on `${prefix}:dl:${conv}` (see
 * createWebChatSender) makes every instance with a socket for `conv` read and push what is new.
 *
 * Logs hold conversation ids and error codes, never text or user ids.
 */
export function createDirectLineRouter(deps: DirectLineDeps): DirectLineServer {
  const { secret, intake, transcripts, prefix } = deps;
  const log = deps.logger.child({ module: 'webchat' });
  const ttl = deps.tokenTtlSeconds ?? 1800;
  const keepaliveMs = (deps.keepaliveSeconds ?? 20) * 1000;
  const acceptUserId = deps.acceptUserIdFromBody ?? true;
  const channelPrefix = streamChannel(prefix, '');

  const router = express.Router();
  const json = express.json({ limit: MAX_BODY });

  // CORS: bearer tokens, no cookies, so any origin may call (DirectLineJS sends x-ms-bot-agent).
  router.use((req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Max-Age', '600');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });

  const optionalJson = (req: Request, res: Response, next: NextFunction) => {
    // tokens/generate and POST /conversations may come with no body or a non-JSON content type.
    if (req.is('application/json')) return json(req, res, next);
    next();
  };

  router.post('/tokens/generate', optionalJson, (req, res) => {
    const body = parse(generateSchema, req.body);
    const conv = newConversationId();
    const claims: TokenClaims = { conv, user: pickUserId(body?.user?.id), ...nameClaim(body?.user?.name) };
    res.json({ conversationId: conv, token: signToken(secret, claims, ttl), expires_in: ttl });
  });

  router.post('/tokens/refresh', async (req, res) => {
    const claims = authenticate(req);
    await mustExist(claims.conv);
    res.json({ conversationId: claims.conv, token: signToken(secret, claims, ttl), expires_in: ttl });
  });

  router.post('/conversations', optionalJson, async (req, res) => {
    const body = parse(startSchema, req.body);
    let claims: TokenClaims;
    if (req.headers.authorization === undefined) {
      claims = { conv: newConversationId(), user: pickUserId(body?.user?.id), ...nameClaim(body?.user?.name) };
    } else {
      claims = authenticate(req);
    }
    await intake.receive({
      channel: 'webchat',
      providerMessageId: `${claims.conv}.start`,
      address: claims.user,
      ...(claims.name ? { displayName: claims.name } : {}),
      externalId: claims.conv,
      activity: {
        type: 'conversationUpdate',
        membersAdded: [{ id: claims.user, ...(claims.name ? { name: claims.name } : {}) } as never],
        ...(body?.locale ? { locale: body.locale } : {}),
      },
      sentAt: new Date(),
    });
    log.info({ conv: claims.conv }, 'webchat conversation started');
    res.status(201).json({
      conversationId: claims.conv,
      token: signToken(secret, claims, ttl),
      expires_in: ttl,
      streamUrl: streamUrl(req, claims, 0),
    });
  });

  router.get('/conversations/:id', async (req, res) => {
    const claims = authorize(req);
    const wm = watermarkOf(req);
    await mustExist(claims.conv);
    res.json({
      conversationId: claims.conv,
      token: signToken(secret, claims, ttl),
      expires_in: ttl,
      streamUrl: streamUrl(req, claims, wm),
    });
  });

  router.post(
    '/conversations/:id/activities',
    (req, res, next) => {
      res.locals.claims = authorize(req); // refuse strangers before reading their body
      next();
    },
    json,
    async (req, res) => {
      const claims = res.locals.claims as TokenClaims;
      const act = parse(activitySchema, req.body);
      if (!act) throw new HttpError(400, 'BadArgument', 'The body must be a JSON activity.');
      const cid = act.channelData?.clientActivityID;
      const id = activityIdFor(claims.conv, cid);
      if (act.type === 'typing') {
        // Ephemeral: not a resident message, so not stored and not handed to the bot.
        res.json({ id });
        return;
      }
      const msg: InboundMessage = {
        channel: 'webchat',
        providerMessageId: id,
        address: claims.user,
        ...(claims.name ? { displayName: claims.name } : {}),
        externalId: claims.conv,
        activity: {
          type: act.type,
          ...(act.text !== undefined ? { text: act.text } : {}),
          ...(act.textFormat ? { textFormat: act.textFormat } : {}),
          ...(act.value !== undefined ? { value: act.value } : {}),
          ...(act.type === 'event' && act.name ? { name: act.name } : {}),
          ...(act.locale ? { locale: act.locale } : {}),
          ...(act.attachments ? { attachments: [] } : {}),
          channelData: cid ? { clientActivityID: cid } : {},
        },
        sentAt: new Date(),
        // Only a conversation started earlier (POST /conversations) takes messages: the store
        // checks that in the statement that stores the message.
        existingConversationOnly: true,
      };
      let receipt;
      try {
        receipt = await intake.receive(msg);
      } catch (err) {
        throw err instanceof ConversationNotFound ? notFound() : err;
      }
      log.debug({ conv: claims.conv, seq: receipt.seq, duplicate: receipt.duplicate }, 'webchat activity stored');
      res.json({ id });
      // A wake-up only (the message is stored): never keep the client waiting for Redis.
      void notify(claims.conv);
    },
  );

  router.get('/conversations/:id/activities', async (req, res) => {
    const claims = authorize(req);
    const wm = watermarkOf(req);
    const page = await transcripts.read('webchat', claims.conv, wm, PAGE_SIZE);
    if (!page) throw notFound();
    res.json(toActivitySet(page.entries, ctxOf(claims), wm));
  });

  router.post('/conversations/:id/upload', (req) => {
    authorize(req);
    throw new HttpError(501, 'NotImplemented', 'Uploading files is not supported in this version.');
  });

  router.use(methodNotAllowed(() => router.stack, (res, allow) => {
    res.status(405).json({ error: { code: 'MethodNotAllowed', message: `Use ${allow.join(', ')}.` } });
  }));
  router.use((_req, _res, next) => next(new HttpError(404, 'NotFound', 'No such Direct Line route.')));

  router.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const e = toHttpError(err);
    if (e.status >= 500 && e.status !== 501) {
      // req.params is empty in this router-level handler: the id comes from the path.
      const conv = safeConv(req.params?.id ?? /^\/conversations\/([^/]+)/.exec(req.path)?.[1]);
      log.error({ err, conv, route: req.route?.path }, 'webchat request failed');
    }
    if (res.headersSent) return;
    res.status(e.status).json({ error: { code: e.code, message: e.message } });
  });

  // ---- helpers (closures over deps) ----

  function pickUserId(id: string | undefined): string {
    return acceptUserId && id && !/^dl_/i.test(id) ? id : newUserId();
  }

  function authenticate(req: Request): TokenClaims {
    const header = req.headers.authorization;
    const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    try {
      return verifyToken(secret, m?.[1] ?? (header ? 'malformed' : undefined));
    } catch (err) {
      if (err instanceof TokenError) {
        const code = err.reason === 'missing' ? 'MissingToken' : err.reason === 'expired' ? 'TokenExpired' : 'InvalidToken';
        throw new HttpError(401, code, err.message);
      }
      throw err;
    }
  }

  /** Authenticate and check that the token is for the conversation in the path. */
  function authorize(req: Request): TokenClaims {
    const claims = authenticate(req);
    if (req.params.id !== claims.conv) {
      throw new HttpError(403, 'Forbidden', 'This token is for another conversation.');
    }
    return claims;
  }

  async function mustExist(conv: string): Promise<void> {
    const page = await transcripts.read('webchat', conv, Number.MAX_SAFE_INTEGER, 1);
    if (!page) throw notFound();
  }

  function streamUrl(req: Request, claims: TokenClaims, wm: number): string {
    const base = deps.publicUrl
      ? deps.publicUrl().replace(/\/+$/, '').replace(/^http/i, 'ws')
      : `${req.protocol === 'https' ? 'wss' : 'ws'}://${req.get('host')}`;
    const ticket = signTicket(secret, { conv: claims.conv, user: claims.user, wm }, TICKET_TTL_SECONDS);
    return `${base}${DIRECT_LINE_PATH}/conversations/${encodeURIComponent(claims.conv)}/stream?t=${ticket}`;
  }

  async function notify(conv: string, takeover?: StreamSocket): Promise<void> {
    const note: StreamNotification = { conversationId: conv, ...(takeover ? { takeover: takeover.id, openedAt: takeover.openedAt } : {}) };
    try {
      await deps.redis.publisher.publish(streamChannel(prefix, conv), JSON.stringify(note));
    } catch (err) {
      // The message is stored; open streams catch up on their next keepalive tick.
      log.warn({ err, conv }, 'webchat notification not published');
    }
  }

  // ---- WebSocket stream ----

  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 });
  const sockets = new Map<string, StreamSocket>();
  /** Ids of sockets opened on this instance (kept a while after they close): their takeover
   * notices come back to us too, and a local replacement is already handled locally. */
  const localIds = new Set<string>();
  const streamPath = new RegExp(`^${DIRECT_LINE_PATH.replace(/\//g, '\\/')}/conversations/([^/]+)/stream$`);
  const servers = new Set<Server>();
  let closed = false;

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return;
    }
    const m = streamPath.exec(url.pathname);
    if (!m) return; // not ours: leave it to other upgrade handlers
    if (closed) return refuse(socket, 503, 'Service Unavailable');
    let ticket;
    try {
      ticket = verifyTicket(secret, url.searchParams.get('t') ?? undefined);
    } catch {
      return refuse(socket, 401, 'Unauthorized');
    }
    if (safeDecode(m[1]!) !== ticket.conv) return refuse(socket, 403, 'Forbidden');
    const claim = `${prefix}:dl:ticket:${ticket.jti}`;
    deps.redis.publisher.set(claim, '1', 'EX', TICKET_TTL_SECONDS * 2, 'NX').then(
      (ok) => {
        if (ok !== 'OK') return refuse(socket, 401, 'Unauthorized'); // ticket used before
        wss.handleUpgrade(req, socket, head, (ws) => {
          void openStream(ws, ticket.conv, ticket.user, ticket.wm);
        });
      },
      (err) => {
        log.warn({ err, conv: ticket.conv }, 'webchat stream ticket not checked');
        refuse(socket, 503, 'Service Unavailable');
      },
    );
  };

  async function openStream(ws: WebSocket, conv: string, user: string, wm: number): Promise<void> {
    const s: StreamSocket = { id: randomUUID(), conv, user, ws, lastSeq: wm, busy: false, again: false, alive: true, openedAt: Date.now() };
    localIds.add(s.id);
    const older = sockets.get(conv);
    sockets.set(conv, s);
    if (older) older.ws.close(4001, 'Replaced by a newer connection');
    ws.on('message', () => undefined); // client keepalives ("") and anything else: ignored
    ws.on('pong', () => {
      s.alive = true;
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      setTimeout(() => localIds.delete(s.id), 60_000).unref();
      if (sockets.get(conv) !== s) return;
      sockets.delete(conv);
      deps.redis.subscriber.unsubscribe(streamChannel(prefix, conv)).catch(() => undefined);
    });
    try {
      if (!older) await deps.redis.subscriber.subscribe(streamChannel(prefix, conv));
    } catch (err) {
      log.warn({ err, conv }, 'webchat stream not subscribed');
    }
    await notify(conv, s); // other instances close an older socket for this conversation
    log.debug({ conv }, 'webchat stream open');
    await pump(s);
  }

  /** Push everything after the socket's watermark; coalesces concurrent wake-ups. */
  async function pump(s: StreamSocket): Promise<void> {
    if (s.busy) {
      s.again = true;
      return;
    }
    s.busy = true;
    try {
      do {
        s.again = false;
        for (;;) {
          if (s.ws.readyState !== WebSocket.OPEN) return;
          const page = await transcripts.read('webchat', s.conv, s.lastSeq, PAGE_SIZE);
          if (!page) {
            s.ws.close(4004, 'Conversation not found');
            return;
          }
          if (page.entries.length === 0) break;
          const set = toActivitySet(page.entries, { conversationId: s.conv, userId: s.user }, s.lastSeq);
          if (s.ws.readyState !== WebSocket.OPEN) return;
          if (set.activities.length) s.ws.send(JSON.stringify(set));
          s.lastSeq = Number(set.watermark);
          if (page.entries.length < PAGE_SIZE) break;
        }
      } while (s.again);
    } catch (err) {
      log.warn({ err, conv: s.conv }, 'webchat stream read failed'); // retried on the next tick
    } finally {
      s.busy = false;
    }
  }

  const onMessage = (channel: string, message: string) => {
    if (!channel.startsWith(channelPrefix)) return;
    const s = sockets.get(channel.slice(channelPrefix.length));
    if (!s) return;
    let note: Partial<StreamNotification> = {};
    try {
      note = JSON.parse(message) as StreamNotification;
    } catch {
      /* a wake-up all the same */
    }
    if (note.takeover && note.takeover !== s.id && !localIds.has(note.takeover) && isNewer(note, s)) {
      // Only a newer socket on another instance replaces ours: two sockets opened at the same
      // moment must not close each other (the newest wins on every instance).
      s.ws.close(4001, 'Replaced by a newer connection');
      return;
    }
    void pump(s);
  };
  const onReady = () => {
    // After a Redis reconnect notifications may have been lost: catch up every stream.
    for (const s of sockets.values()) void pump(s);
  };
  deps.redis.subscriber.on('message', onMessage);
  deps.redis.subscriber.on('ready', onReady);

  const timer = setInterval(() => {
    for (const s of sockets.values()) {
      if (!s.alive) {
        s.ws.terminate();
        continue;
      }
      s.alive = false;
      try {
        s.ws.ping();
        s.ws.send('');
      } catch {
        /* closing */
      }
      void pump(s);
    }
  }, keepaliveMs);
  timer.unref();

  return {
    router,
    attachWebSocket(server: Server) {
      if (servers.has(server)) return;
      servers.add(server);
      server.on('upgrade', onUpgrade);
    },
    async close() {
      closed = true;
      clearInterval(timer);
      for (const server of servers) server.off('upgrade', onUpgrade);
      servers.clear();
      deps.redis.subscriber.off('message', onMessage);
      deps.redis.subscriber.off('ready', onReady);
      const convs = [...sockets.keys()];
      for (const s of sockets.values()) s.ws.close(1001, 'Server shutting down');
      sockets.clear();
      if (convs.length) {
        await deps.redis.subscriber.unsubscribe(...convs.map((c) => streamChannel(prefix, c))).catch(() => undefined);
      }
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const r = schema.safeParse(body);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    throw new HttpError(400, 'BadArgument', `${where}${first?.message ?? 'invalid body'}`);
  }
  return r.data;
}

function isNewer(note: Partial<StreamNotification>, s: StreamSocket): boolean {
  const at = typeof note.openedAt === 'number' ? note.openedAt : Number.MAX_SAFE_INTEGER;
  return at !== s.openedAt ? at > s.openedAt : String(note.takeover) > s.id;
}

function nameClaim(name: string | undefined): { name?: string } {
  return name && name.trim() ? { name: name.trim() } : {};
}

function ctxOf(claims: TokenClaims): DirectLineContext {
  return { conversationId: claims.conv, userId: claims.user };
}

function watermarkOf(req: Request): number {
  const raw = req.query.watermark;
  if (raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
    throw new HttpError(400, 'BadArgument', 'watermark must be a non-negative integer.');
  }
  return Number(raw);
}

function notFound(): HttpError {
  return new HttpError(404, 'NotFound', 'Conversation not found.');
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  const e = err as { type?: string; status?: number };
  if (e?.type === 'entity.too.large') return new HttpError(413, 'PayloadTooLarge', `The body is larger than ${MAX_BODY}.`);
  if (e?.type === 'entity.parse.failed') return new HttpError(400, 'BadArgument', 'The body is not valid JSON.');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new HttpError(e.status, 'BadArgument', 'The request could not be read.');
  }
  return new HttpError(500, 'ServiceError', 'Something went wrong on our side. Please try again.');
}

function refuse(socket: Duplex, status: number, text: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function safeConv(id: unknown): string | undefined {
  return typeof id === 'string' && CONVERSATION_ID.test(id) ? id : undefined;
}
