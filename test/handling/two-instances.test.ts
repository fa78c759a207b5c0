import { expect } from 'chai';
import { io, type Socket } from 'socket.io-client';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { AgentClient } from '../support/agent-client.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

const PASSWORD = 'correct horse battery';

/**
 * Two service instances on different ports sharing Redis (prefix) and PostgreSQL (schema) work as
 * one (issue 4 §8): socket.io's Redis adapter fans console events out across instances, and
 * claiming stays atomic across them.
 */
describe('scale-out: two service instances, one Redis and one PostgreSQL', function () {
  this.timeout(90_000);
  let a: TestService;
  let b: TestService;
  let socket: Socket;

  before(async () => {
    a = await startTestService();
    b = await startTestService({}, { shareWith: a });
    expect(b.app.httpPort).to.not.equal(a.app.httpPort);
    for (const [u, name] of [
      ['ana', 'Ana de Vries'],
      ['bram', 'Bram Jansen'],
    ] as const) {
      await a.app.agents.create({ username: u, displayName: name, password: PASSWORD, role: 'agent', team: 'wmo' });
    }
  });
  after(async () => {
    socket?.disconnect();
    await b?.stop();
    await a?.stop();
  });

  it('a resident message arriving on instance A reaches a console connected to instance B within a second', async () => {
    const onB = new AgentClient(b.baseUrl);
    await onB.login('ana', PASSWORD);
    const cookie = await (async () => {
      const res = await fetch(`${b.baseUrl}/api/agent/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bram', password: PASSWORD }),
      });
      return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    })();
    socket = io(b.baseUrl, { path: '/agent/socket.io', transports: ['websocket'], extraHeaders: { cookie }, auth: { events: 'batched' } });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const seen: Array<{ conversationId: string; at: number }> = [];
    socket.on('conversations:changed', (ev: { changes: Array<{ conversationId: string }> }) => {
      for (const c of ev.changes) seen.push({ conversationId: c.conversationId, at: Date.now() });
    });

    const msg = waText('Mijn vader krijgt sinds maandag geen thuiszorg meer, wie kan helpen?', { from: '31600002001' });
    const signed = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [msg] }));
    const sentAt = Date.now();
    const res = await fetch(`${a.baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(res.status).to.equal(200);
    const conv = await eventually(async () => {
      const r = await a.app.db.query<{ conversation_id: string }>(`SELECT conversation_id FROM messages WHERE provider_message_id = $1`, [msg.id]);
      return r.rows[0]?.conversation_id;
    }, 'stored on A');
    const first = await eventually(async () => seen.find((s) => s.conversationId === conv), 'console event on B', 5000);
    expect(first.at - sentAt, 'ms from webhook on A to console event on B').to.be.below(1000);
    // and B's API reads the same conversation
    const d = await onB.detail(conv);
    expect(d.messages.some((m: any) => m.text?.includes('geen thuiszorg'))).to.equal(true);
  });

  it('two agents claiming the same conversation at the same moment on different instances: exactly one wins', async () => {
    const onA = new AgentClient(a.baseUrl);
    const onB = new AgentClient(b.baseUrl);
    await onA.login('ana', PASSWORD);
    await onB.login('bram', PASSWORD);
    for (let round = 0; round < 5; round++) {
      const msg = waText(`Ik wil een medewerker spreken over mijn Wmo-aanvraag (${round}).`, { from: `3160000210${round}` });
      const signed = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [msg] }));
      await fetch(`${(round % 2 ? a : b).baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
      const id = await eventually(async () => {
        const r = await a.app.db.query<{ id: string }>(
          `SELECT c.id FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE m.provider_message_id = $1 AND c.control = 'queued'`,
          [msg.id],
        );
        return r.rows[0]?.id;
      }, 'queued', 20_000);
      const [ra, rb] = await Promise.all([onA.claim(id), onB.claim(id)]);
      const statuses = [ra.status, rb.status].sort();
      expect(statuses, `round ${round}`).to.deep.equal([200, 409]);
      const loser = ra.status === 409 ? ra : rb;
      const holder = (await onA.detail(id)).assignedAgentName;
      expect(loser.body.error.heldBy).to.equal(holder);
      const claims = await a.app.db.query(`SELECT 1 FROM conversation_events WHERE conversation_id = $1 AND type = 'claimed'`, [id]);
      expect(claims.rows).to.have.length(1);
    }
  });
});
