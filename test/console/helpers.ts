import http from 'node:http';
import { randomBytes } from 'node:crypto';
import express from 'express';
import { Redis } from 'ioredis';
import type { InboundAttachment, InboundMessage } from '../../channels/contract.js';
import type { HandoffContext, StoryClassification } from '../../dialogs/ports.js';
import { classificationColumns, HandoffService, type ConsoleEvents, type DeliveryPort } from '../../src/handoff.js';
import { createLogger } from '../../src/logger.js';
import { openDb, type Db } from '../../src/store/db.js';
import { MessageStore } from '../../src/store/messages.js';
import { AgentStore, type Agent } from '../../src/console/agents.js';
import { createConsole, type AgentConsole } from '../../src/console/server.js';
import { handlingRoutes } from '../../src/console/routes-handling.js';
import { Availability } from '../../src/availability.js';
import { Corrections } from '../../src/corrections.js';
import { Outreach } from '../../src/outreach.js';
import { Teams } from '../../src/teams.js';
import { BODIES } from '../../nlp/types.js';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const PASSWORD = 'correct horse battery';

/** A delivery port that only records what would be sent. */
export class RecordingDelivery implements DeliveryPort {
  readonly calls: Array<{ conversationId: string; messageIds: string[] }> = [];
  async enqueue(conversationId: string, messageIds: string[]): Promise<void> {
    this.calls.push({ conversationId, messageIds });
  }
}

export interface Harness {
  db: Db;
  redis: Redis;
  schema: string;
  prefix: string;
  store: MessageStore;
  handoff: HandoffService;
  agents: AgentStore;
  console: AgentConsole;
  deliveries: RecordingDelivery;
  resets: string[];
  server: http.Server;
  base: string;
  close(): Promise<void>;
}

/** Fresh PostgreSQL schema + Redis prefix + console on an ephemeral port. */
export async function startHarness(): Promise<Harness> {
  const suffix = randomBytes(5).toString('hex');
  const schema = `test_console_${suffix}`;
  const prefix = `test-console-${suffix}`;
  const db = await openDb({ url: PG_URL, pgliteDir: '', schema, poolSize: 8 });
  const redis = new Redis(REDIS_URL);
  const store = new MessageStore(db);
  const deliveries = new RecordingDelivery();
  const resets: string[] = [];
  const logger = createLogger('silent');
  let consoleRef: AgentConsole | null = null;
  const events: ConsoleEvents = { conversationChanged: (id, what, opts) => consoleRef?.events.conversationChanged(id, what, opts) };
  const handoff = new HandoffService({
    db,
    store,
    deliveries,
    events,
    resetBotState: async (c) => {
      resets.push(c.id);
    },
    logger,
  });
  const agents = new AgentStore(db);
  const teams = new Teams();
  const agentConsole = createConsole({
    db,
    store,
    handoff,
    agents,
    redis,
    redisUrl: REDIS_URL,
    prefix,
    secret: 'test-secret-0123456789',
    logger,
    secureCookies: false,
    plugins: [
      handlingRoutes({
        db,
        handoff,
        teams,
        availability: new Availability({ db, teams }),
        outreach: new Outreach({ db, store, deliveries, events, templateName: 'gesprek_hervatten' }),
        corrections: new Corrections(db, events, new Set<string>(BODIES)),
        bodies: [...BODIES],
      }),
    ],
  });
  consoleRef = agentConsole;
  const app = express();
  app.use(agentConsole.router);
  const server = http.createServer(app);
  agentConsole.attach(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    db,
    redis,
    schema,
    prefix,
    store,
    handoff,
    agents,
    console: agentConsole,
    deliveries,
    resets,
    server,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await agentConsole.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
    },
  };
}

let seq = 0;

/** Invented classification. */
export function classification(over: Partial<StoryClassification> = {}): StoryClassification {
  return {
    bodies: ['gemeente-wmo'],
    kind: 'klacht',
    urgency: 'normaal',
    law: ['wmo'],
    lang: 'nl',
    confidence: 0.82,
    modelVersion: 'test',
    crisis: null,
    wantsHuman: false,
    wantsFormal: false,
    ...over,
  };
}

/**
 * A resident message through the real intake store, then (optionally) queued for an agent as the
 * turn processor would do it.
 */
export async function seedConversation(
  h: Harness,
  opts: {
    text?: string;
    channel?: InboundMessage['channel'];
    name?: string;
    queue?: boolean;
    cls?: Partial<StoryClassification>;
    attachments?: InboundAttachment[];
    reason?: HandoffContext['reason'];
  } = {},
): Promise<string> {
  const n = ++seq;
  const channel = opts.channel ?? 'whatsapp';
  const receipt = await h.store.storeInbound({
    channel,
    providerMessageId: `test-${Date.now()}-${n}-${Math.random()}`,
    address: channel === 'email' ? `bewoner${n}@example.org` : `3161234${String(n).padStart(4, '0')}`,
    displayName: opts.name ?? `Bewoner ${n}`,
    externalId: channel === 'email' ? undefined : `ext-${n}-${Math.random()}`,
    activity: { type: 'message', text: opts.text ?? 'De taxi kwam weer niet opdagen, ik heb mijn afspraak gemist.' },
    attachments: opts.attachments,
  });
  const cls = classification(opts.cls);
  if (opts.queue !== false) {
    await h.db.transaction(async (tx) => {
      // What a bot turn's completion stores about the conversation.
      const cols = classificationColumns({ ...cls });
      await tx.query(`UPDATE conversations SET classification = $2::jsonb, lang = COALESCE($3, lang), urgency = COALESCE($4, urgency) WHERE id = $1`, [
        receipt.conversationId, cols.classification, cols.lang, cols.urgency,
      ]);
      await h.handoff.queueInTx(tx, receipt.conversationId, {
        reason: opts.reason ?? (cls.urgency === 'crisis' ? 'crisis' : 'intake-complete'),
        classification: cls,
        team: { id: 'wmo', name: 'het team Wmo' },
        summary: (opts.text ?? 'taxi').slice(0, 80),
        lang: 'nl',
      });
    });
  }
  return receipt.conversationId;
}

/** A tiny HTTP client with a cookie jar and the CSRF token. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie();
    for (const c of set) {
      const [pair] = c.split(';');
      if (pair!.endsWith('=')) this.cookie = '';
      else this.cookie = pair!;
    }
    const type = res.headers.get('content-type') ?? '';
    const json = type.includes('json') ? ((await res.json()) as any) : null;
    return { status: res.status, json, res };
  }

  async login(username: string, password = PASSWORD) {
    const r = await this.req('POST', '/api/agent/login', { username, password });
    if (r.status === 200) this.csrf = r.json.csrfToken;
    return r;
  }
}

/** Create an agent with the standard test password. */
export async function makeAgent(h: Harness, username: string, displayName: string, role: Agent['role'] = 'agent') {
  return h.agents.create({ username, displayName, password: PASSWORD, role, team: 'wmo' });
}
