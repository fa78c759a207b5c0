import http from 'node:http';
import { expect } from 'chai';
import express from 'express';
import { io as connect, type Socket } from 'socket.io-client';
import { createLogger } from '../../src/logger.js';
import { createConsole } from '../../src/console/server.js';
import { Client, makeAgent, REDIS_URL, seedConversation, startHarness, type Harness } from './helpers.js';

function open(base: string, cookie?: string, batched = true): Socket {
  return connect(base, {
    path: '/agent/socket.io',
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    auth: batched ? { events: 'batched' } : {},
    reconnection: false,
    timeout: 5000,
  });
}

/** The payload of `conversations:changed`. */
type Changes = { changes: Array<{ conversationId: string; what: string }> };

function waitFor<T>(socket: Socket, event: string, match: (v: T) => boolean = () => true, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    const on = (v: T) => {
      if (!match(v)) return;
      clearTimeout(t);
      socket.off(event, on);
      resolve(v);
    };
    socket.on(event, on);
  });
}

describe('console live events (socket.io)', function () {
  this.timeout(30_000);
  let h: Harness;
  let ana: Client;
  const sockets: Socket[] = [];

  before(async () => {
    h = await startHarness();
    await makeAgent(h, 'ana', 'Ana de Vries');
    ana = new Client(h.base);
    await ana.login('ana');
  });
  after(async () => {
    for (const s of sockets) s.disconnect();
    await h?.close();
  });

  it('a logged-in socket receives conversations:changed after a claim', async () => {
    const s = open(h.base, ana.cookie);
    sockets.push(s);
    await waitFor(s, 'connect');
    const id = await seedConversation(h);
    const got = waitFor<Changes>(s, 'conversations:changed', (v) => v.changes.some((c) => c.conversationId === id));
    expect((await ana.req('POST', `/api/agent/conversations/${id}/claim`, {})).status).to.equal(200);
    expect((await got).changes.find((c) => c.conversationId === id)).to.deep.equal({ conversationId: id, what: 'control' });
  });

  it('changes to many conversations within a batch arrive as one event', async () => {
    const s = open(h.base, ana.cookie);
    sockets.push(s);
    await waitFor(s, 'connect');
    const ids = Array.from({ length: 30 }, (_, i) => `batch-${i}`);
    const events: Changes[] = [];
    s.on('conversations:changed', (v: Changes) => { if (v.changes.some((c) => c.conversationId.startsWith('batch-'))) events.push(v); });
    // changes raised in one turn of the event loop (a burst of webhooks read together)
    for (const id of ids) h.console.events.conversationChanged(id, 'message', { immediate: true });
    h.console.events.conversationChanged('batch-3', 'control');
    await new Promise((r) => setTimeout(r, 400));
    const seen = events.flatMap((e) => e.changes);
    expect(seen.map((c) => c.conversationId).filter((x, i, a) => a.indexOf(x) === i).sort()).to.deep.equal([...ids].sort());
    expect(events.length).to.be.at.most(2);
    // batch-3 changed twice: the control change is not lost (folded or trailing)
    expect(seen.some((c) => c.conversationId === 'batch-3' && c.what === 'control')).to.equal(true);
  });

  it('a page from before the batched event (no events: batched) still gets one conversation:changed per change', async () => {
    const old = open(h.base, ana.cookie, false);
    const now = open(h.base, ana.cookie);
    sockets.push(old, now);
    await Promise.all([waitFor(old, 'connect'), waitFor(now, 'connect')]);
    const legacy: Array<{ conversationId: string; what: string }> = [];
    const batchedOnOld: unknown[] = [];
    old.on('conversation:changed', (v: { conversationId: string; what: string }) => { if (v.conversationId.startsWith('legacy-')) legacy.push(v); });
    old.on('conversations:changed', (v: unknown) => batchedOnOld.push(v));
    const got = waitFor<Changes>(now, 'conversations:changed', (v) => v.changes.some((c) => c.conversationId === 'legacy-b'));
    h.console.events.conversationChanged('legacy-a', 'message', { immediate: true });
    h.console.events.conversationChanged('legacy-b', 'control', { immediate: true });
    await got;
    await new Promise((r) => setTimeout(r, 100));
    expect(legacy).to.deep.equal([{ conversationId: 'legacy-a', what: 'message' }, { conversationId: 'legacy-b', what: 'control' }]);
    expect(batchedOnOld).to.deep.equal([]);
  });

  it('refuses a socket without a valid session', async () => {
    for (const cookie of [undefined, 'aan-tafel-agent=' + 'A'.repeat(43)]) {
      const s = open(h.base, cookie);
      sockets.push(s);
      const err = await waitFor<Error>(s, 'connect_error');
      expect(err.message).to.equal('unauthorized');
      expect(s.connected).to.equal(false);
    }
  });

  it('delivers events raised on another instance (Redis adapter), to new and legacy pages', async () => {
    const other = createConsole({
      db: h.db,
      store: h.store,
      handoff: h.handoff,
      agents: h.agents,
      redis: h.redis,
      redisUrl: REDIS_URL,
      prefix: h.prefix,
      secret: 'test-secret-0123456789',
      logger: createLogger('silent'),
      secureCookies: false,
    });
    const app = express();
    app.use(other.router);
    const server = http.createServer(app);
    other.attach(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const s = open(h.base, ana.cookie);
      // A page from before the batched event, on this instance too (a break-tester found it
      // deaf to changes raised on another instance).
      const old = open(h.base, ana.cookie, false);
      sockets.push(s, old);
      await Promise.all([waitFor(s, 'connect'), waitFor(old, 'connect')]);
      await new Promise((r) => setTimeout(r, 300)); // let the second adapter subscribe
      const got = waitFor<Changes>(s, 'conversations:changed', (v) => v.changes.some((c) => c.conversationId === 'from-b'));
      const legacy = waitFor<{ conversationId: string; what: string }>(old, 'conversation:changed', (v) => v.conversationId === 'from-b');
      other.events.conversationChanged('from-b', 'message');
      expect((await got).changes).to.deep.equal([{ conversationId: 'from-b', what: 'message' }]);
      expect(await legacy).to.deep.equal({ conversationId: 'from-b', what: 'message' });
    } finally {
      await other.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('refuses events emitted by a client (actions go through the role-checked API) and disconnects it', async () => {
    const s = open(h.base, ana.cookie);
    sockets.push(s);
    await waitFor(s, 'connect');
    const gone = waitFor<string>(s, 'disconnect');
    s.emit('conversation:claim', { conversationId: '00000000-0000-4000-8000-000000000000' });
    expect(await gone).to.equal('io server disconnect');
  });

  it('disconnects the sockets of a session at logout', async () => {
    const c = new Client(h.base);
    await c.login('ana');
    const s = open(h.base, c.cookie);
    sockets.push(s);
    await waitFor(s, 'connect');
    const gone = waitFor(s, 'disconnect');
    await c.req('POST', '/api/agent/logout', {});
    await gone;
  });
});
