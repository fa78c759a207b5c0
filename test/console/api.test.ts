import { expect } from 'chai';
import { Client, makeAgent, seedConversation, startHarness, type Harness } from './helpers.js';

describe('console API', function () {
  this.timeout(60_000);
  let h: Harness;
  let ana: Client;
  let bram: Client;

  before(async () => {
    h = await startHarness();
    await Promise.all([
      makeAgent(h, 'ana', 'Ana de Vries'),
      makeAgent(h, 'bram', 'Bram Jansen'),
      makeAgent(h, 'cora', 'Cora Bakker'),
    ]);
    ana = new Client(h.base);
    bram = new Client(h.base);
    expect((await ana.login('ana')).status).to.equal(200);
    expect((await bram.login('bram')).status).to.equal(200);
  });
  after(async () => {
    await h?.close();
  });

  describe('sessions', () => {
    it('logs in with the right password and sets an httpOnly SameSite=Strict cookie', async () => {
      const c = new Client(h.base);
      const r = await c.login('cora');
      expect(r.status).to.equal(200);
      expect(r.json.agent).to.include({ username: 'cora', displayName: 'Cora Bakker', role: 'agent' });
      expect(r.json.csrfToken).to.be.a('string').with.length.greaterThan(20);
      const set = r.res.headers.getSetCookie().join('\n');
      expect(set).to.match(/HttpOnly/i).and.match(/SameSite=Strict/i);
      const me = await c.req('GET', '/api/agent/me');
      expect(me.status).to.equal(200);
      expect(me.json.csrfToken).to.equal(r.json.csrfToken);
      expect(me.json.outcomes).to.have.length(5);
    });

    it('refuses a wrong password with 401 and no cookie', async () => {
      const c = new Client(h.base);
      const r = await c.login('cora', 'wrong password!!');
      expect(r.status).to.equal(401);
      expect(r.json.error.code).to.equal('unauthorized');
      expect(c.cookie).to.equal('');
      expect((await c.login('nobody-here', 'whatever12345')).status).to.equal(401);
    });

    it('rate-limits login attempts per username and IP (429)', async () => {
      const c = new Client(h.base);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await c.login('bram', `wrong-${i}-password`)).status);
      expect(statuses.slice(0, 10).every((s) => s === 401)).to.equal(true);
      expect(statuses[10]).to.equal(429);
      // even the right password is refused while limited
      const r = await c.login('bram');
      expect(r.status).to.equal(429);
      expect(r.res.headers.get('retry-after')).to.match(/^\d+$/);
    });

    it('answers 401 when logged out, also after logout', async () => {
      const anon = new Client(h.base);
      expect((await anon.req('GET', '/api/agent/queue')).status).to.equal(401);
      expect((await anon.req('GET', '/api/agent/me')).json.error.code).to.equal('unauthorized');
      const c = new Client(h.base);
      await c.login('cora');
      const before = c.cookie;
      expect((await c.req('POST', '/api/agent/logout', {})).status).to.equal(200);
      c.cookie = before; // replaying the old cookie does not help
      expect((await c.req('GET', '/api/agent/queue')).status).to.equal(401);
    });

    it('requires the CSRF token on state-changing requests (403)', async () => {
      const id = await seedConversation(h);
      const c = new Client(h.base);
      await c.login('cora');
      const token = c.csrf;
      c.csrf = '';
      const r = await c.req('POST', `/api/agent/conversations/${id}/claim`, {});
      expect(r.status).to.equal(403);
      expect(r.json.error.code).to.equal('csrf');
      const wrong = await c.req('POST', `/api/agent/conversations/${id}/claim`, {}, { 'x-csrf-token': 'x'.repeat(43) });
      expect(wrong.status).to.equal(403);
      c.csrf = token;
      expect((await c.req('POST', `/api/agent/conversations/${id}/claim`, {})).status).to.equal(200);
    });
  });

  describe('queue', () => {
    it('orders crisis before hoog before normaal, then by waiting time', async () => {
      // clear the queue of earlier tests
      await h.db.query(`UPDATE conversations SET control = 'bot', queued_at = NULL, priority = 0 WHERE control = 'queued'`);
      const n1 = await seedConversation(h, { text: 'normaal eerst', cls: { urgency: 'normaal' } });
      const h1 = await seedConversation(h, { text: 'hoog eerst', cls: { urgency: 'hoog' } });
      const n2 = await seedConversation(h, { text: 'normaal later', cls: { urgency: 'normaal' } });
      const c1 = await seedConversation(h, { text: 'crisis later', cls: { urgency: 'crisis', kind: 'crisis' } });
      const h2 = await seedConversation(h, { text: 'hoog later', cls: { urgency: 'hoog' } });
      const r = await ana.req('GET', '/api/agent/queue');
      expect(r.status).to.equal(200);
      const ids = r.json.conversations.map((c: { id: string }) => c.id);
      expect(ids).to.deep.equal([c1, h1, h2, n1, n2]);
      const first = r.json.conversations[0];
      expect(first).to.include({ channel: 'whatsapp', team: 'wmo', urgency: 'crisis', handoffReason: 'crisis', preview: 'crisis later' });
      expect(first.classification).to.include({ kind: 'crisis', urgency: 'crisis', confidence: 0.82 });
      expect(first.classification.bodies).to.deep.equal(['gemeente-wmo']);
      expect(first.waitingMs).to.be.a('number').at.least(0);
    });

    it('truncates the preview to 140 characters', async () => {
      const id = await seedConversation(h, { text: 'woord '.repeat(60) });
      const r = await ana.req('GET', '/api/agent/queue');
      const item = r.json.conversations.find((c: { id: string }) => c.id === id);
      expect(item.preview).to.have.length(140);
      expect(item.preview.endsWith('…')).to.equal(true);
    });
  });

  describe('claim, reply, handback, close', () => {
    it('lets exactly one of two concurrent claims win; the other gets 409 with heldBy', async () => {
      const id = await seedConversation(h);
      const [a, b] = await Promise.all([
        ana.req('POST', `/api/agent/conversations/${id}/claim`, {}),
        bram.req('POST', `/api/agent/conversations/${id}/claim`, {}),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).to.deep.equal([200, 409]);
      const loser = a.status === 409 ? a : b;
      const winnerName = a.status === 200 ? 'Ana de Vries' : 'Bram Jansen';
      expect(loser.json.error.code).to.equal('conflict');
      expect(loser.json.error.heldBy).to.equal(winnerName);
      expect(loser.json.error.message).to.be.a('string');
      const winner = a.status === 200 ? a : b;
      expect(winner.json.conversation).to.include({ id, control: 'agent', assignedAgentName: winnerName });
    });

    it('only the holder may reply (403 otherwise); the reply is stored as an outbound agent message', async () => {
      const id = await seedConversation(h);
      expect((await ana.req('POST', `/api/agent/conversations/${id}/claim`, {})).status).to.equal(200);
      const refused = await bram.req('POST', `/api/agent/conversations/${id}/reply`, { text: 'Hallo' });
      expect(refused.status).to.equal(403);
      expect(refused.json.error.code).to.equal('forbidden');
      const ok = await ana.req('POST', `/api/agent/conversations/${id}/reply`, { text: 'Goedemiddag, ik kijk met u mee.', clientId: 'c-1' });
      expect(ok.status).to.equal(200);
      const again = await ana.req('POST', `/api/agent/conversations/${id}/reply`, { text: 'Goedemiddag, ik kijk met u mee.', clientId: 'c-1' });
      expect(again.json.messageId).to.equal(ok.json.messageId);
      const msg = await h.store.getMessage(ok.json.messageId);
      expect(msg).to.include({ direction: 'out', senderRole: 'agent', senderName: 'Ana', text: 'Goedemiddag, ik kijk met u mee.', status: 'queued' });
      expect(h.deliveries.calls.some((c) => c.messageIds.includes(ok.json.messageId))).to.equal(true);
      const mine = await ana.req('GET', '/api/agent/conversations/mine');
      expect(mine.json.conversations.map((c: { id: string }) => c.id)).to.include(id);
      const bramMine = await bram.req('GET', '/api/agent/conversations/mine');
      expect(bramMine.json.conversations.map((c: { id: string }) => c.id)).to.not.include(id);
    });

    it('hands back to the bot and closes with an outcome', async () => {
      const id = await seedConversation(h);
      await ana.req('POST', `/api/agent/conversations/${id}/claim`, {});
      expect((await bram.req('POST', `/api/agent/conversations/${id}/handback`, {})).status).to.equal(403);
      const hb = await ana.req('POST', `/api/agent/conversations/${id}/handback`, {});
      expect(hb.status).to.equal(200);
      expect((await h.store.getConversation(id))!.control).to.equal('bot');
      expect(h.resets).to.include(id);
      const recent = await ana.req('GET', '/api/agent/conversations/recent');
      expect(recent.json.conversations.map((c: { id: string }) => c.id)).to.include(id);
      // A web chat opened but never written in is not listed (every page view makes one).
      const empty = await h.store.storeInbound({
        channel: 'webchat', providerMessageId: `dl-empty-${Date.now()}`, externalId: `dl-empty-${Date.now()}`, address: 'dl-user-empty',
        activity: { type: 'conversationUpdate', membersAdded: [{ id: 'dl-user-empty' }] },
      } as never);
      const recentAgain = await ana.req('GET', '/api/agent/conversations/recent');
      expect(recentAgain.json.conversations.map((c: { id: string }) => c.id)).to.not.include(empty.conversationId);

      await ana.req('POST', `/api/agent/conversations/${id}/claim`, {});
      const bad = await ana.req('POST', `/api/agent/conversations/${id}/close`, { outcome: 'weg-ermee' });
      expect(bad.status).to.equal(400);
      const closed = await ana.req('POST', `/api/agent/conversations/${id}/close`, { outcome: 'opgelost-informeel', note: 'Taxi opnieuw geregeld.' });
      expect(closed.status).to.equal(200);
      const d = await ana.req('GET', `/api/agent/conversations/${id}`);
      expect(d.json.conversation).to.include({ control: 'closed', outcome: 'opgelost-informeel' });
      const types = d.json.conversation.events.map((e: { type: string }) => e.type);
      expect(types).to.include.members(['handoff.initiate', 'claimed', 'handed-back', 'closed']);
      const closeEvent = d.json.conversation.events.find((e: { type: string }) => e.type === 'closed');
      expect(closeEvent).to.include({ agentName: 'Ana de Vries' });
      expect(closeEvent.data).to.include({ outcome: 'opgelost-informeel', note: 'Taxi opnieuw geregeld.' });
    });
  });

  describe('detail and attachments', () => {
    it('shows the whole transcript with roles, status and attachments', async () => {
      const id = await seedConversation(h, {
        channel: 'email',
        text: 'Zie de brief in de bijlage.',
        attachments: [
          { contentType: 'application/pdf', name: 'brief.pdf', contentBase64: Buffer.from('%PDF-1.4 test').toString('base64') },
          { contentType: 'image/jpeg', name: 'foto.jpg', providerRef: 'media-123' },
        ],
      });
      await ana.req('POST', `/api/agent/conversations/${id}/claim`, {});
      const sent = await ana.req('POST', `/api/agent/conversations/${id}/reply`, { text: 'Dank u, ik lees de brief.' });
      await h.store.markAttemptFailed(sent.json.messageId, '550 mailbox unavailable', true);
      const r = await ana.req('GET', `/api/agent/conversations/${id}`);
      expect(r.status).to.equal(200);
      const c = r.json.conversation;
      expect(c).to.include({ id, channel: 'email', control: 'agent', preview: 'Zie de brief in de bijlage.' });
      const roles = c.messages.map((m: { senderRole: string }) => m.senderRole);
      expect(roles).to.deep.equal(['resident', 'system', 'agent']);
      const resident = c.messages[0];
      expect(resident).to.include({ direction: 'in', text: 'Zie de brief in de bijlage.' });
      expect(resident.attachments).to.have.length(2);
      const agentMsg = c.messages[2];
      expect(agentMsg).to.include({ status: 'failed', statusDetail: '550 mailbox unavailable', senderName: 'Ana' });

      const pdf = resident.attachments.find((a: { name: string }) => a.name === 'brief.pdf');
      expect(pdf.downloadable).to.equal(true);
      const dl = await ana.req('GET', `/api/agent/attachments/${pdf.id}`);
      expect(dl.status).to.equal(200);
      expect(dl.res.headers.get('content-type')).to.equal('application/pdf');
      expect(dl.res.headers.get('content-disposition')).to.match(/^attachment; filename="?brief\.pdf"?/);
      expect(Buffer.from(await dl.res.arrayBuffer()).toString()).to.equal('%PDF-1.4 test');
      const jpg = resident.attachments.find((a: { name: string }) => a.name === 'foto.jpg');
      expect(jpg.downloadable).to.equal(false);
      expect((await ana.req('GET', `/api/agent/attachments/${jpg.id}`)).status).to.equal(404);
    });

    it('answers 400 on bad input and 404 on unknown ids, as JSON without a stack', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const cases: Array<[string, string, unknown, number]> = [
        ['GET', `/api/agent/conversations/${unknown}`, undefined, 404],
        ['POST', `/api/agent/conversations/${unknown}/claim`, {}, 404],
        ['POST', `/api/agent/conversations/${unknown}/reply`, { text: 'x' }, 404],
        ['GET', `/api/agent/attachments/${unknown}`, undefined, 404],
        ['GET', '/api/agent/conversations/not-a-uuid', undefined, 400],
        ['POST', `/api/agent/conversations/${unknown}/reply`, { text: '' }, 400],
        ['POST', `/api/agent/conversations/${unknown}/reply`, { text: 'x'.repeat(4001) }, 400],
        ['POST', `/api/agent/conversations/${unknown}/close`, { outcome: 42 }, 400],
        ['POST', '/api/agent/login', { username: '' }, 400],
        ['POST', `/api/agent/conversations/${unknown}/reply`, '{"text": ', 400],
        ['GET', '/api/agent/nothing-here', undefined, 404],
      ];
      for (const [method, path, body, status] of cases) {
        const r = await ana.req(method, path, body);
        expect(r.status, `${method} ${path}`).to.equal(status);
        expect(r.json.error.code, `${method} ${path}`).to.be.a('string');
        expect(JSON.stringify(r.json)).to.not.match(/at .*\.ts:\d+/);
      }
    });
  });
});
