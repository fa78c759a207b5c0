/**
 * A console page from before the batched event (a socket without auth {events:'batched'}) joins
 * 'agents-legacy'. It must still hear `conversation:changed` for a change raised on another
 * instance. Written by a break-tester: it failed while only the instance that raised a change
 * sent the legacy event (3806f30); each instance now sends a batch to its own legacy pages.
 */
import http from 'node:http';
import { expect } from 'chai';
import express from 'express';
import { io as connect, type Socket } from 'socket.io-client';
import { createLogger } from '../../src/logger.js';
import { createConsole } from '../../src/console/server.js';
import { Client, makeAgent, REDIS_URL, startHarness, type Harness } from './helpers.js';

function open(base: string, cookie: string, batched: boolean): Socket {
  return connect(base, {
    path: '/agent/socket.io', transports: ['websocket'], extraHeaders: { cookie },
    auth: batched ? { events: 'batched' } : {}, reconnection: false, timeout: 5000,
  });
}
const connected = (s: Socket) => new Promise<void>((res, rej) => { s.once('connect', () => res()); s.once('connect_error', rej); });

describe('console: a page from before the batched event, and a change raised on another instance', function () {
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
  after(async () => { for (const s of sockets) s.disconnect(); await h?.close(); });

  it('a legacy socket on instance A hears conversation:changed for a change raised on instance B', async () => {
    const other = createConsole({
      db: h.db, store: h.store, handoff: h.handoff, agents: h.agents, redis: h.redis, redisUrl: REDIS_URL,
      prefix: h.prefix, secret: 'test-secret-0123456789', logger: createLogger('silent'), secureCookies: false,
    });
    const app = express();
    app.use(other.router);
    const server = http.createServer(app);
    other.attach(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const cookie = (ana as unknown as { cookie: string }).cookie;
      const legacy = open(h.base, cookie, false);
      const batched = open(h.base, cookie, true);
      sockets.push(legacy, batched);
      await Promise.all([connected(legacy), connected(batched)]);
      await new Promise((r) => setTimeout(r, 300)); // let the second adapter subscribe
      const legacySeen: unknown[] = [];
      const batchedSeen: unknown[] = [];
      legacy.on('conversation:changed', (v: { conversationId: string }) => { if (v.conversationId === 'from-b') legacySeen.push(v); });
      batched.on('conversations:changed', (v: { changes: Array<{ conversationId: string }> }) => { if (v.changes.some((c) => c.conversationId === 'from-b')) batchedSeen.push(v); });
      other.events.conversationChanged('from-b', 'message', { immediate: true });
      await new Promise((r) => setTimeout(r, 1000));
      expect(batchedSeen, 'the batched socket on A hears it (control)').to.have.length(1);
      expect(legacySeen, 'the legacy socket on A hears it too').to.deep.equal([{ conversationId: 'from-b', what: 'message' }]);
    } finally {
      await other.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
