import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Activity } from 'botbuilder';
import express from 'express';
import { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import {
  ConversationNotFound,
  type ChannelId,
  type ChannelSender,
  type InboundMessage,
  type IntakeReceipt,
  type IntakeSink,
  type TranscriptEntry,
  type TranscriptReader,
} from '../../channels/contract.js';
import { createDirectLineRouter, type DirectLineServer } from '../../channels/webchat/directline.js';
import { createWebChatPageRouter } from '../../channels/webchat/page.js';
import { createWebChatSender } from '../../channels/webchat/sender.js';
import { createLogger } from '../../src/logger.js';

export const SECRET = 'test-secret-for-webchat-0123456789';

interface Conv {
  conversationId: string;
  address: string;
  entries: TranscriptEntry[];
}

/**
 * In-memory stand-in for the service's intake and store: idempotent on providerMessageId,
 * assigns a per-conversation seq, and lets a test act as the bot through `onReceive`.
 */
export class MemoryStore implements IntakeSink, TranscriptReader {
  readonly received: InboundMessage[] = [];
  readonly convs = new Map<string, Conv>();
  private readonly seen = new Map<string, IntakeReceipt>();
  onReceive?: (msg: InboundMessage, receipt: IntakeReceipt) => void | Promise<void>;
  failNext = false;

  async receive(msg: InboundMessage): Promise<IntakeReceipt> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('store down');
    }
    // As MessageStore.storeInbound: such a message never starts a conversation.
    if (msg.existingConversationOnly && !this.convs.has(msg.externalId!)) throw new ConversationNotFound();
    this.received.push(msg);
    const key = `${msg.channel}:${msg.providerMessageId}`;
    const prior = this.seen.get(key);
    if (prior) return { ...prior, duplicate: true };
    const ext = msg.externalId!;
    let conv = this.convs.get(ext);
    if (!conv) {
      conv = { conversationId: randomUUID(), address: msg.address, entries: [] };
      this.convs.set(ext, conv);
    }
    const entry: TranscriptEntry = {
      id: randomUUID(),
      seq: conv.entries.length + 1,
      direction: 'in',
      senderRole: 'resident',
      senderName: msg.displayName ?? null,
      providerMessageId: msg.providerMessageId,
      activity: msg.activity,
      createdAt: new Date(),
    };
    conv.entries.push(entry);
    const receipt = { messageId: entry.id, conversationId: conv.conversationId, seq: entry.seq, duplicate: false };
    this.seen.set(key, receipt);
    if (this.onReceive) setImmediate(() => void this.onReceive!(msg, receipt));
    return receipt;
  }

  async read(channel: ChannelId, externalId: string, afterSeq: number, limit: number) {
    if (channel !== 'webchat') return null;
    const conv = this.convs.get(externalId);
    if (!conv) return null;
    return {
      conversationId: conv.conversationId,
      entries: conv.entries.filter((e) => e.seq > afterSeq).slice(0, limit),
    };
  }

  /** Store an outbound message (as the deliver job would find it) and hand it to the sender. */
  async reply(
    sender: ChannelSender,
    externalId: string,
    activity: Partial<Activity>,
    who: { role?: 'bot' | 'agent'; name?: string } = {},
  ): Promise<TranscriptEntry> {
    const conv = this.convs.get(externalId);
    if (!conv) throw new Error('no such conversation');
    const entry: TranscriptEntry = {
      id: randomUUID(),
      seq: conv.entries.length + 1,
      direction: 'out',
      senderRole: who.role ?? 'bot',
      senderName: who.name ?? 'Digitale assistent',
      providerMessageId: null,
      activity,
      createdAt: new Date(),
    };
    conv.entries.push(entry);
    await sender.send(
      { conversationId: conv.conversationId, address: conv.address, externalId, channelState: {}, lastInboundAt: null },
      {
        id: entry.id,
        seq: entry.seq,
        senderRole: entry.senderRole as 'bot',
        senderName: entry.senderName!,
        activity,
        createdAt: entry.createdAt,
      },
    );
    return entry;
  }
}

export interface TestServer {
  url: string;
  server: Server;
  dl: DirectLineServer;
  sender: ChannelSender;
  close(): Promise<void>;
}

/** Redis connections and a unique prefix for one test run. */
export function redisForTest() {
  const prefix = `test:webchat:${randomUUID()}`;
  const publisher = new Redis('redis://127.0.0.1:6379', { lazyConnect: false });
  const subscriber = new Redis('redis://127.0.0.1:6379', { lazyConnect: false });
  return {
    prefix,
    publisher,
    subscriber,
    async quit() {
      const keys = await publisher.keys(`${prefix}:*`);
      if (keys.length) await publisher.del(...keys);
      await Promise.all([publisher.quit(), subscriber.quit()]);
    },
  };
}

/** One service instance: express app with the Direct Line router (+ page), on a random port. */
export async function startServer(
  store: MemoryStore,
  redis: ReturnType<typeof redisForTest>,
  opts: {
    page?: boolean;
    tokenTtlSeconds?: number;
    keepaliveSeconds?: number;
    publicUrl?: () => string;
    logLines?: string[];
  } = {},
): Promise<TestServer> {
  const logger = opts.logLines
    ? createLogger('debug', new Writable({ write: (chunk, _enc, cb) => (opts.logLines!.push(String(chunk)), cb()) }))
    : createLogger('silent');
  // Every instance has its own subscriber connection in production; tests share the publisher.
  const subscriber = redis.subscriber.duplicate();
  const dl = createDirectLineRouter({
    secret: SECRET,
    intake: store,
    transcripts: store,
    redis: { publisher: redis.publisher, subscriber },
    prefix: redis.prefix,
    logger,
    tokenTtlSeconds: opts.tokenTtlSeconds,
    keepaliveSeconds: opts.keepaliveSeconds,
    publicUrl: opts.publicUrl,
  });
  const app = express();
  app.use('/v3/directline', dl.router);
  if (opts.page) app.use(createWebChatPageRouter({ municipalityName: 'Gemeente Testdorp' }));
  const server = createServer(app);
  dl.attachWebSocket(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    dl,
    sender: createWebChatSender({ publisher: redis.publisher, prefix: redis.prefix }),
    async close() {
      await dl.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await subscriber.quit();
    },
  };
}

/** fetch JSON helper: returns status and parsed body. */
export async function call(
  url: string,
  init: { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.rawBody !== undefined) {
    body = init.rawBody;
    headers['Content-Type'] ??= 'application/json';
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** A WebSocket client that collects ActivitySets. */
export class StreamClient {
  readonly frames: { activities: any[]; watermark: string }[] = [];
  readonly empty: number[] = [];
  closeCode: number | null = null;
  private waiters: (() => void)[] = [];
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const s = data.toString();
      if (!s) this.empty.push(Date.now());
      else this.frames.push(JSON.parse(s));
      this.wake();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
  }
  static open(url: string): Promise<StreamClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const client = new StreamClient(ws);
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }
  get activities(): any[] {
    return this.frames.flatMap((f) => f.activities);
  }
  private wake() {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }
  /** Wait until `pred` holds (checked on every frame), or fail after `ms`. */
  async until(pred: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
  close() {
    this.ws.close();
  }
}

export function decodeJwt(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

export async function waitFor(pred: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
