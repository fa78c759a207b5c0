import { createHmac, randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { DEFAULT_MAX_BODY_BYTES } from '../../channels/whatsapp/webhook.js';
import { AgentClient } from '../support/agent-client.js';
import { startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

/**
 * Bad input on every public endpoint (issue 6, point 3): malformed JSON 400, too large 413,
 * bad signature or token 401/403, unknown conversation 404 — always a JSON error body, never a
 * stack trace.
 */
describe('robustness: bad input gets the right status and a JSON error', function () {
  this.timeout(60_000);
  let svc: TestService;
  let agent: AgentClient;
  let dl: { conversationId: string; token: string };
  let other: { conversationId: string; token: string };
  let unstarted: { conversationId: string; token: string };

  before(async () => {
    svc = await startTestService();
    await svc.app.agents.create({ username: 'ana', displayName: 'Ana', password: 'correct horse battery', role: 'agent' });
    agent = new AgentClient(svc.baseUrl);
    await agent.login('ana', 'correct horse battery');
    const start = async () => (await (await fetch(`${svc.baseUrl}/v3/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    dl = await start();
    other = await start();
    unstarted = (await (await fetch(`${svc.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { conversationId: string; token: string };
  });
  after(async () => {
    await svc?.stop();
  });

  const sign = (body: string | Buffer) => `sha256=${createHmac('sha256', TEST_APP_SECRET).update(body).digest('hex')}`;
  const big = 'x'.repeat(DEFAULT_MAX_BODY_BYTES + 1);

  const cases: Array<[string, number, () => { path: string; init: RequestInit }]> = [
    ['webhook: malformed JSON', 400, () => ({ path: '/api/whatsapp/webhook', init: { method: 'POST', body: '{"object":', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign('{"object":') } } })],
    ['webhook: wrong shape', 400, () => { const b = JSON.stringify({ object: 'whatsapp_business_account', entry: 'x' }); return { path: '/api/whatsapp/webhook', init: { method: 'POST', body: b, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(b) } } }; }],
    ['webhook: bad signature', 401, () => ({ path: '/api/whatsapp/webhook', init: { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' } } })],
    ['webhook: no signature', 401, () => ({ path: '/api/whatsapp/webhook', init: { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } } })],
    ['webhook: too large', 413, () => ({ path: '/api/whatsapp/webhook', init: { method: 'POST', body: big, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(big) } } })],
    ['webhook verify: wrong token', 403, () => ({ path: '/api/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1', init: {} })],
    ['directline: malformed JSON', 400, () => ({ path: `/v3/directline/conversations/${dl.conversationId}/activities`, init: { method: 'POST', body: '{"type":', headers: { authorization: `Bearer ${dl.token}`, 'content-type': 'application/json' } } })],
    ['directline: invalid activity', 400, () => ({ path: `/v3/directline/conversations/${dl.conversationId}/activities`, init: { method: 'POST', body: JSON.stringify({ type: 'message', text: 42 }), headers: { authorization: `Bearer ${dl.token}`, 'content-type': 'application/json' } } })],
    ['directline: too large', 413, () => ({ path: `/v3/directline/conversations/${dl.conversationId}/activities`, init: { method: 'POST', body: JSON.stringify({ type: 'message', text: big }), headers: { authorization: `Bearer ${dl.token}`, 'content-type': 'application/json' } } })],
    ['directline: no token', 401, () => ({ path: `/v3/directline/conversations/${dl.conversationId}/activities`, init: { method: 'GET' } })],
    ['directline: forged token', 401, () => ({ path: `/v3/directline/conversations/${dl.conversationId}/activities`, init: { headers: { authorization: `Bearer ${dl.token.slice(0, -4)}AAAA` } } })],
    ['directline: token of another conversation (read)', 403, () => ({ path: `/v3/directline/conversations/${dl.conversationId}/activities`, init: { headers: { authorization: `Bearer ${other.token}` } } })],
    ['directline: token of another conversation (write)', 403, () => ({ path: `/v3/directline/conversations/${dl.conversationId}/activities`, init: { method: 'POST', body: JSON.stringify({ type: 'message', text: 'hoi' }), headers: { authorization: `Bearer ${other.token}`, 'content-type': 'application/json' } } })],
    ['directline: unknown conversation', 404, () => ({ path: `/v3/directline/conversations/${unstarted.conversationId}`, init: { headers: { authorization: `Bearer ${unstarted.token}` } } })],
    ['console: malformed JSON', 400, () => ({ path: '/api/agent/login', init: { method: 'POST', body: '{"username":', headers: { 'content-type': 'application/json' } } })],
    ['console: too large', 413, () => ({ path: '/api/agent/login', init: { method: 'POST', body: JSON.stringify({ username: big }), headers: { 'content-type': 'application/json' } } })],
    ['console: not logged in', 401, () => ({ path: '/api/agent/queue', init: {} })],
  ];

  for (const [name, status, make] of cases) {
    it(`${name} → ${status}`, async () => {
      const { path, init } = make();
      const res = await fetch(`${svc.baseUrl}${path}`, init);
      const text = await res.text();
      expect(res.status, text.slice(0, 200)).to.equal(status);
      expect(res.headers.get('content-type')).to.match(/application\/json/);
      expect((JSON.parse(text) as { error: unknown }).error).to.be.an('object');
      expect(text).to.not.match(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+/);
    });
  }

  it('console: unknown conversation → 404, CSRF missing → 403', async () => {
    const r = await agent.call('GET', `/api/agent/conversations/${randomUUID()}`);
    expect(r.status).to.equal(404);
    expect(r.body.error.code).to.equal('not_found');
    const res = await fetch(`${svc.baseUrl}/api/agent/conversations/${randomUUID()}/claim`, { method: 'POST', headers: { cookie: (agent as unknown as { cookie: string }).cookie } });
    expect(res.status).to.equal(403);
  });
});
