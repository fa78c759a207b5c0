import type http from 'node:http';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Redis } from 'ioredis';
import { closeRedis } from '../redis.js';
import { Server as SocketServer } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { z } from 'zod';
import { CLOSE_OUTCOMES, HandoffError, type AgentRef, type ConsoleEvents, type HandoffService } from '../handoff.js';
import type { Logger } from '../logger.js';
import { methodNotAllowed } from '../http/methods.js';
import type { Db } from '../store/db.js';
import type { MessageStore } from '../store/messages.js';
import type { Agent, AgentStore } from './agents.js';
import { ChangeBatcher, ChangeCoalescer } from './coalesce.js';
import { ConsoleQueries, isUuid } from './queries.js';
import { parseCookies, SessionStore, SESSION_TTL_SECONDS, tokensEqual, type SessionData } from './sessions.js';

/** Room of console sockets that did not ask for the batched `conversations:changed` (pages from before it). */
const LEGACY_ROOM = 'agents-legacy';
/** Server-side event (between instances, through the Redis adapter) carrying a batch for legacy pages. */
const LEGACY_BATCH = 'aan-tafel:legacy-changes';

/** What the console needs from the composition root. */
export interface ConsoleDeps {
  db: Db;
  store: MessageStore;
  handoff: HandoffService;
  agents: AgentStore;
  /** Redis client for commands (sessions, login rate limit). */
  redis: Redis;
  /** Redis URL for the socket.io adapter's own pub/sub connections. */
  redisUrl: string;
  /** Prefix for every Redis key and channel of this service (REDIS_PREFIX). */
  prefix: string;
  /** APP_SECRET; reserved for signing (sessions are random ids in Redis). */
  secret: string;
  logger: Logger;
  /** Mark the session cookie `Secure` (and use the `__Host-` prefix); true behind HTTPS. */
  secureCookies: boolean;
  /**
   * Modules that add API routes and pages (cases): `api` is the authenticated `/api/agent`
   * router (CSRF checked), `router` serves pages; called before the API's 404 handler.
   */
  plugins?: Array<(ext: ConsoleExtension) => void>;
  /** Audit log (issue 6): every case view and action is recorded, ids only. */
  audit?: (entry: { agentId: string; role: string; action: string; targetType?: string; targetId?: string }) => Promise<void>;
  /**
   * Window in ms within which changes to one conversation are folded into one trailing
   * change ({@link ChangeCoalescer}); default 250, 0 passes every change on.
   */
  eventWindowMs?: number;
  /**
   * Batch within which the changes of all conversations go out as one `conversations:changed`
   * event ({@link ChangeBatcher}): default 0, until the event loop's ready callbacks have run;
   * > 0 a batch of that many ms; < 0 each change on its own.
   */
  eventBatchMs?: number;
}

/** What a console plugin gets (see `ConsoleDeps.plugins`). */
export interface ConsoleExtension {
  api: express.Router;
  router: express.Router;
  /** The logged-in agent of an `api` request. */
  agentOf(res: Response): Agent;
  /** The agent of a page request's session cookie, or null. */
  agentOfCookie(cookieHeader: string | undefined): Promise<Agent | null>;
  /** Record an audit entry for the request's agent (ids only). */
  audit(res: Response, action: string, targetType: string, targetId: string): Promise<void>;
  /** Security headers of console pages (CSP `script-src 'self'`). */
  pageHeaders(req: Request, res: Response, next: NextFunction): void;
}

/** The agent console: an Express router, a socket.io attachment and the live event sink. */
export interface AgentConsole {
  /**
   * Routes with absolute paths: `GET /agent` (page), `/agent/app.js`, `/agent/app.css`, and the
   * JSON API under `/api/agent/*`. Mount at the root: `app.use(console.router)`.
   */
  router: express.Router;
  /** Attach socket.io (path `/agent/socket.io`, Redis adapter) to the HTTP server. Call once. */
  attach(httpServer: http.Server): void;
  /**
   * Live notifications: emits `conversations:changed {changes: [{conversationId, what}]}` to
   * every logged-in agent on every instance (folded per conversation, batched across them).
   * Before `attach` it is a no-op. Give it to `HandoffService` (through a forwarding object,
   * since the service is created first).
   */
  events: ConsoleEvents;
  /** Disconnect sockets and close the adapter's Redis connections (not the HTTP server). */
  close(): Promise<void>;
}

/** Dutch-labelled close outcomes, in the order the console offers them. */
export const OUTCOME_LABELS: Record<(typeof CLOSE_OUTCOMES)[number], string> = {
  'opgelost-informeel': 'Informeel opgelost',
  'formele-procedure': 'Naar formele klachtprocedure',
  ingetrokken: 'Ingetrokken',
  'warm-overgedragen': 'Warm overgedragen (gemeente blijft verantwoordelijk)',
  'geen-actie-nodig': 'Geen actie nodig',
};

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** An API error answered as `{error:{code,message}}` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const HANDOFF_STATUS: Record<HandoffError['code'], number> = { not_found: 404, conflict: 409, forbidden: 403, invalid: 400, window_closed: 409 };

const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
const replyBody = z.object({
  text: z.string().trim().min(1).max(4000),
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});
const closeBody = z.object({
  outcome: z.enum(CLOSE_OUTCOMES as [string, ...string[]]),
  note: z.string().max(2000).optional(),
});
const emptyBody = z.object({}).passthrough();

type Authed = { agent: Agent; session: SessionData; sid: string };

/**
 * Build the agent console (see {@link AgentConsole}).
 *
 * Sessions: a random id in an httpOnly, SameSite=Strict cookie; data in Redis with an 8-hour
 * sliding TTL. State-changing requests need `X-CSRF-Token` (from `/api/agent/me` or `/login`).
 * Errors: 400 bad input, 401 logged out, 403 CSRF or not allowed, 404 unknown, 409 conflict,
 * 429 too many logins; body `{error:{code,message}}`, never a stack trace.
 */
export function createConsole(deps: ConsoleDeps): AgentConsole {
  const log = deps.logger.child({ module: 'console' });
  const sessions = new SessionStore(deps.redis, deps.prefix);
  const queries = new ConsoleQueries(deps.db);
  const cookieName = deps.secureCookies ? '__Host-aan-tafel-agent' : 'aan-tafel-agent';
  let io: SocketServer | null = null;
  let pub: Redis | null = null;
  let sub: Redis | null = null;

  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.secureCookies,
    path: '/',
    maxAge: SESSION_TTL_SECONDS * 1000,
  };

  async function authenticate(cookieHeader: string | undefined): Promise<Authed | null> {
    const sid = parseCookies(cookieHeader)[cookieName];
    const session = await sessions.touch(sid);
    if (!session || !sid) return null;
    const agent = await deps.agents.get(session.agentId);
    if (!agent || agent.disabled) {
      await sessions.destroy(sid);
      return null;
    }
    return { agent, session, sid };
  }

  const authed = (res: Response): Authed => res.locals.auth as Authed;
  const audit = async (res: Response, action: string, targetType: string, targetId: string): Promise<void> => {
    const a = authed(res).agent;
    await deps.audit?.({ agentId: a.id, role: a.role, action, targetType, targetId });
  };
  const ref = (a: Agent): AgentRef => ({ id: a.id, displayName: a.displayName, role: a.role });
  const meView = (a: Agent, csrf: string) => ({
    agent: { id: a.id, username: a.username, displayName: a.displayName, role: a.role, team: a.team },
    csrfToken: csrf,
    outcomes: CLOSE_OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] })),
  });
  const conversationId = (req: Request): string => {
    const id = String(req.params.id ?? '');
    if (!isUuid(id)) throw new ApiError(400, 'invalid', 'conversation id must be a uuid');
    return id;
  };
  const parse = <T>(schema: z.ZodType<T>, value: unknown): T => {
    const r = schema.safeParse(value ?? {});
    if (!r.success) {
      const first = r.error.issues[0];
      throw new ApiError(400, 'invalid', first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'invalid input');
    }
    return r.data;
  };

  const router = express.Router();

  // --- page and static files -------------------------------------------------------------
  const pageHeaders = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
  router.get(['/agent', '/agent/'], pageHeaders, (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile('index.html', { root: PUBLIC_DIR });
  });
  router.use('/agent', pageHeaders, express.static(PUBLIC_DIR, { index: false, maxAge: 0, fallthrough: true }));

  // --- API -------------------------------------------------------------------------------
  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  api.use(express.json({ limit: '64kb' }));

  api.post('/login', async (req, res) => {
    const body = parse(loginBody, req.body);
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const gate = await sessions.allowLogin(body.username, ip);
    if (!gate.allowed) {
      res.setHeader('Retry-After', String(gate.retryAfterSeconds));
      throw new ApiError(429, 'rate_limited', 'too many login attempts, try again later');
    }
    const agent = await deps.agents.verify(body.username, body.password);
    if (!agent) {
      log.info({ event: 'console.login.failed' }, 'agent login failed');
      throw new ApiError(401, 'unauthorized', 'wrong username or password');
    }
    await sessions.resetLogin(body.username, ip);
    const old = parseCookies(req.headers.cookie)[cookieName];
    if (old) await sessions.destroy(old);
    const { sid, data } = await sessions.create(agent.id);
    res.cookie(cookieName, sid, cookieOptions);
    log.info({ event: 'console.login', agentId: agent.id }, 'agent logged in');
    res.json(meView(agent, data.csrf));
  });

  // Everything below needs a session.
  api.use(async (req, res, next) => {
    const auth = await authenticate(req.headers.cookie);
    if (!auth) {
      res.clearCookie(cookieName, { ...cookieOptions, maxAge: undefined });
      throw new ApiError(401, 'unauthorized', 'log in first');
    }
    res.locals.auth = auth;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      if (!tokensEqual(req.get('x-csrf-token'), auth.session.csrf)) {
        throw new ApiError(403, 'csrf', 'missing or wrong X-CSRF-Token');
      }
    }
    next();
  });

  api.get('/me', (_req, res) => {
    const { agent, session } = authed(res);
    res.json(meView(agent, session.csrf));
  });

  api.post('/logout', async (_req, res) => {
    const { sid, agent } = authed(res);
    await sessions.destroy(sid);
    res.clearCookie(cookieName, { ...cookieOptions, maxAge: undefined });
    io?.to(`session:${SessionStore.idHash(sid)}`).disconnectSockets(true);
    log.info({ event: 'console.logout', agentId: agent.id }, 'agent logged out');
    res.json({ ok: true });
  });

  api.get('/queue', async (req, res) => {
    const team = typeof req.query.team === 'string' && /^[a-z][a-z0-9-]{0,31}$/.test(req.query.team) ? req.query.team : undefined;
    res.json({ conversations: await queries.queue(200, team) });
  });
  api.get('/conversations/mine', async (_req, res) => {
    res.json({ conversations: await queries.active(authed(res).agent.id) });
  });
  api.get('/conversations/recent', async (_req, res) => {
    res.json({ conversations: await queries.recent() });
  });
  const lookupQuery = z.object({
    channel: z.enum(['whatsapp', 'webchat', 'email']),
    providerMessageId: z.string().min(1).max(1000),
  });
  api.get('/conversations/lookup', async (req, res) => {
    const q = parse(lookupQuery, req.query);
    const id = await queries.conversationOfProviderMessage(q.channel, q.providerMessageId);
    const detail = id ? await queries.detail(id) : null;
    if (!detail) throw new ApiError(404, 'not_found', 'no conversation holds that provider message');
    log.info({ event: 'console.view', agentId: authed(res).agent.id, conversationId: id }, 'conversation viewed');
    await audit(res, 'conversation.view', 'conversation', id!);
    res.json({ conversation: detail });
  });
  api.get('/conversations/:id', async (req, res) => {
    const id = conversationId(req);
    const detail = await queries.detail(id);
    if (!detail) throw new ApiError(404, 'not_found', 'conversation not found');
    // Audit trail of who looked at which conversation (DESIGN §6); ids only.
    log.info({ event: 'console.view', agentId: authed(res).agent.id, conversationId: id }, 'conversation viewed');
    await audit(res, 'conversation.view', 'conversation', id);
    res.json({ conversation: detail });
  });
  api.post('/conversations/:id/claim', async (req, res) => {
    const id = conversationId(req);
    parse(emptyBody, req.body);
    await deps.handoff.claim(id, ref(authed(res).agent));
    await audit(res, 'conversation.claim', 'conversation', id);
    res.json({ conversation: await queries.detail(id) });
  });
  api.post('/conversations/:id/reply', async (req, res) => {
    const id = conversationId(req);
    const body = parse(replyBody, req.body);
    const messageId = await deps.handoff.reply(id, ref(authed(res).agent), body.text, body.clientId);
    await audit(res, 'conversation.reply', 'conversation', id);
    res.json({ messageId });
  });
  api.post('/conversations/:id/handback', async (req, res) => {
    const id = conversationId(req);
    parse(emptyBody, req.body);
    await deps.handoff.handBack(id, ref(authed(res).agent));
    await audit(res, 'conversation.handback', 'conversation', id);
    res.json({ ok: true });
  });
  api.post('/conversations/:id/close', async (req, res) => {
    const id = conversationId(req);
    const body = parse(closeBody, req.body);
    await deps.handoff.close(id, ref(authed(res).agent), body.outcome as (typeof CLOSE_OUTCOMES)[number], body.note);
    await audit(res, 'conversation.close', 'conversation', id);
    res.json({ ok: true });
  });
  api.get('/attachments/:id', async (req, res) => {
    const id = String(req.params.id ?? '');
    if (!isUuid(id)) throw new ApiError(400, 'invalid', 'attachment id must be a uuid');
    const a = await queries.attachment(id);
    if (!a) throw new ApiError(404, 'not_found', 'attachment not found');
    if (!a.content) throw new ApiError(404, 'not_stored', 'only a provider reference is stored for this attachment');
    log.info({ event: 'console.attachment', agentId: authed(res).agent.id, attachmentId: id }, 'attachment downloaded');
    await audit(res, 'attachment.download', 'attachment', id);
    const safeType = /^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(a.contentType) ? a.contentType : 'application/octet-stream';
    res.setHeader('Content-Type', safeType);
    res.setHeader('Content-Length', String(a.content.length));
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.attachment(a.name ?? `bijlage-${id.slice(0, 8)}`);
    res.end(a.content);
  });

  for (const plugin of deps.plugins ?? []) plugin({
    api,
    router,
    agentOf: (res) => authed(res).agent,
    audit: (res, action, targetType, targetId) => audit(res, action, targetType, targetId),
    agentOfCookie: async (cookie) => (await authenticate(cookie))?.agent ?? null,
    pageHeaders,
  });

  api.use(methodNotAllowed(() => api.stack));
  api.use((_req, _res) => {
    throw new ApiError(404, 'not_found', 'no such endpoint');
  });
  api.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    let status = 500;
    let body: Record<string, unknown> = { code: 'internal', message: 'something went wrong' };
    if (err instanceof ApiError) {
      status = err.status;
      body = { code: err.code, message: err.message, ...err.extra };
    } else if (err instanceof HandoffError) {
      status = HANDOFF_STATUS[err.code];
      body = { code: err.code, message: err.message };
      if (err.code === 'conflict') body.heldBy = err.heldBy ?? null;
    } else if (typeof err === 'object' && err && 'type' in err && typeof (err as { status?: unknown }).status === 'number') {
      // body-parser errors: malformed JSON, too large, wrong charset
      const e = err as { status: number; type: string };
      status = e.status >= 400 && e.status < 500 ? e.status : 400;
      body = { code: e.type === 'entity.too.large' ? 'too_large' : 'invalid', message: 'unreadable request body' };
    } else {
      log.error({ err }, 'console request failed');
    }
    res.status(status).json({ error: body });
  });
  router.use('/api/agent', api);

  // --- live events -----------------------------------------------------------------------
  // Per conversation, a burst is folded (ChangeCoalescer); across conversations, what changed
  // within a short batch goes out as one event (ChangeBatcher).
  const batcher = new ChangeBatcher((changes) => {
    if (!io) return;
    io.to('agents').emit('conversations:changed', { changes });
    // Console pages loaded before the batched event existed (open across an upgrade) listen for
    // one `conversation:changed` per change. Each instance sends those to its own such pages:
    // this one now, the others when the batch reaches them (one server-side message per batch,
    // not one publish per change). Remove after the next release.
    toLegacyPages(changes);
    io.serverSideEmit(LEGACY_BATCH, changes);
  }, deps.eventBatchMs ?? 0);
  function toLegacyPages(changes: unknown): void {
    if (!io || !Array.isArray(changes) || !io.of('/').adapter.rooms.get(LEGACY_ROOM)?.size) return;
    for (const c of changes as Array<{ conversationId?: unknown; what?: unknown }>) {
      if (typeof c?.conversationId === 'string' && typeof c.what === 'string') {
        io.local.to(LEGACY_ROOM).emit('conversation:changed', { conversationId: c.conversationId, what: c.what });
      }
    }
  }
  const coalescer = new ChangeCoalescer((conversationId, what) => batcher.add(conversationId, what), deps.eventWindowMs ?? 250);
  const events: ConsoleEvents = {
    conversationChanged(conversationId, what, opts) {
      if (!io) return;
      coalescer.changed(conversationId, what, opts?.immediate ?? false);
    },
  };

  function attach(httpServer: http.Server): void {
    if (io) throw new Error('console already attached');
    pub = new Redis(deps.redisUrl, { lazyConnect: false });
    sub = pub.duplicate();
    pub.on('error', (err) => log.warn({ err: err.message }, 'socket.io redis (pub) error'));
    sub.on('error', (err) => log.warn({ err: err.message }, 'socket.io redis (sub) error'));
    io = new SocketServer(httpServer, {
      path: '/agent/socket.io',
      // Other upgrades on this server (the Direct Line stream) are not ours to end.
      destroyUpgrade: false,
      serveClient: true,
      adapter: createAdapter(pub, sub, { key: `${deps.prefix}:socket.io` }),
      allowRequest: (req, cb) => {
        // Refuse cross-site handshakes (cookies are SameSite=Strict anyway).
        const origin = req.headers.origin;
        if (!origin) return cb(null, true);
        try {
          const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '');
          cb(null, new URL(origin).host === host.split(',')[0]!.trim());
        } catch {
          cb(null, false);
        }
      },
    });
    io.use((socket, next) => {
      authenticate(socket.request.headers.cookie).then(
        (auth) => {
          if (!auth) return next(new Error('unauthorized'));
          socket.data.agentId = auth.agent.id;
          socket.data.sessionRoom = `session:${SessionStore.idHash(auth.sid)}`;
          next();
        },
        (err: unknown) => {
          log.error({ err }, 'socket authentication failed');
          next(new Error('unavailable'));
        },
      );
    });
    // A batch raised on another instance, for this instance's legacy pages (see the batcher).
    io.on(LEGACY_BATCH, (changes: unknown) => toLegacyPages(changes));
    io.on('connection', (socket) => {
      // A page that reads `conversations:changed` says so when it connects (app.js); an older one does not.
      const batched = (socket.handshake.auth as { events?: unknown } | undefined)?.events === 'batched';
      void socket.join([batched ? 'agents' : LEGACY_ROOM, `agent:${socket.data.agentId as string}`, socket.data.sessionRoom as string]);
      // The socket only carries server events (ids, for every role that may see the queue);
      // every action goes through the REST API, where roles and CSRF are checked. An event a
      // client emits is refused and ends the connection.
      socket.use((packet, next) => {
        log.warn({ agentId: socket.data.agentId as string, event: String(packet[0]).slice(0, 40) }, 'socket event from a client refused');
        next(new Error('forbidden'));
      });
      socket.on('error', () => socket.disconnect(true));
    });
  }

  async function close(): Promise<void> {
    const server = io;
    io = null;
    coalescer.close();
    batcher.close();
    if (server) {
      server.local.disconnectSockets(true);
      await Promise.resolve(server.of('/').adapter.close?.());
      server.engine.close();
    }
    await Promise.all([pub && closeRedis(pub), sub && closeRedis(sub)]);
    pub = sub = null;
  }

  return { router, attach, events, close };
}
