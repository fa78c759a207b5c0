import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import { WebSocket } from 'ws';
import type Bull from 'bull';
import { DeliveryService, LeaseBusyError } from '../../src/deliveries.js';
import { createLogger } from '../../src/logger.js';
import { AgentClient } from '../support/agent-client.js';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

const PASSWORD = 'correct horse battery';

async function postWebhook(svc: TestService, from: string, text: string, id?: string): Promise<Response> {
  const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from, ...(id ? { id } : {}) })] }));
  return fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers });
}

async function convOf(svc: TestService, channel: string, address: string): Promise<string> {
  return eventually(async () => {
    const r = await svc.app.db.query<{ id: string }>(`SELECT id FROM conversations WHERE channel = $1 AND address = $2`, [channel, address]);
    return r.rows[0]?.id;
  }, 'conversation');
}

async function firstSentReply(svc: TestService, convId: string): Promise<string> {
  return eventually(async () => {
    const r = await svc.app.db.query<{ id: string }>(
      `SELECT id FROM messages WHERE conversation_id = $1 AND direction = 'out' AND status <> 'queued' ORDER BY seq LIMIT 1`,
      [convId],
    );
    return r.rows[0]?.id;
  }, 'first bot reply sent', 30_000);
}

async function startWebChat(svc: TestService, body?: unknown): Promise<{ conversationId: string; token: string; streamUrl: string }> {
  const res = await fetch(`${svc.baseUrl}/v3/directline/conversations`, {
    method: 'POST',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.status).to.equal(201);
  return (await res.json()) as { conversationId: string; token: string; streamUrl: string };
}

describe('robustness: defects A–G', function () {
  this.timeout(120_000);
  let svc: TestService;
  let agent: AgentClient;

  before(async () => {
    svc = await startTestService();
    await svc.app.agents.create({ username: 'ana', displayName: 'Ana de Vries', password: PASSWORD, role: 'agent' });
    agent = new AgentClient(svc.baseUrl);
    await agent.login('ana', PASSWORD);
  });
  after(async () => {
    for (const l of svc?.logLines ?? []) if (/"level":50/.test(l)) console.log(l.slice(0, 600));
    await svc?.stop();
  });

  it('A: a busy delivery lease makes the job retry instead of completing unsent', async () => {
    const from = '31600001001';
    expect((await postWebhook(svc, from, 'Mijn pgb is al twee maanden niet betaald')).status).to.equal(200);
    const convId = await convOf(svc, 'whatsapp', from);
    const reply = await firstSentReply(svc, convId);
    // As after a SIGKILL mid-send: the message is queued again with a lease that is still held.
    await svc.app.db.query(`UPDATE messages SET status = 'queued', lease_until = now() + interval '30 seconds' WHERE id = $1`, [reply]);
    const sent: string[] = [];
    const deliveries = new DeliveryService({
      queue: null as unknown as Bull.Queue<{ conversationId: string; messageIds: string[] }>,
      store: svc.app.store,
      senders: { whatsapp: { channel: 'whatsapp', send: async (_t, m) => (sent.push(m.id), { providerMessageId: `wamid.test.${m.id}` }) } },
      events: { conversationChanged: () => undefined },
      logger: createLogger('silent'),
    });
    const job = { data: { conversationId: convId, messageIds: [reply] }, attemptsMade: 0 } as unknown as Bull.Job<{ conversationId: string; messageIds: string[] }>;
    let thrown: unknown;
    await deliveries.process(job).catch((e: unknown) => (thrown = e));
    expect(thrown, 'busy lease must fail the attempt (retryable)').to.be.instanceOf(LeaseBusyError);
    expect(sent).to.deep.equal([]);
    // The lease runs out: the retry sends it, once.
    await svc.app.db.query(`UPDATE messages SET lease_until = now() - interval '1 second' WHERE id = $1`, [reply]);
    await deliveries.process(job);
    await deliveries.process(job);
    expect(sent).to.deep.equal([reply]);
  });

  it('A: the recovery sweep re-queues a stuck reply although its first job is retained as completed', async () => {
    const from = '31600001002';
    expect((await postWebhook(svc, from, 'De huishoudelijke hulp komt niet meer')).status).to.equal(200);
    const convId = await convOf(svc, 'whatsapp', from);
    const reply = await firstSentReply(svc, convId);
    await eventually(async () => {
      const r = await svc.app.db.query(`SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'out' AND status = 'queued'`, [convId]);
      return r.rows.length === 0;
    }, 'every reply sent', 30_000);
    const before = svc.graph.accepted().filter((r) => r.body?.to === from).length;
    // Stuck as the tester found it: queued, lease expired, created long ago, job `deliver:<id>` completed.
    await svc.app.db.query(
      `UPDATE messages SET status = 'queued', provider_message_id = NULL, lease_until = now() + interval '2 seconds', created_at = now() - interval '5 minutes' WHERE id = $1`,
      [reply],
    );
    await eventually(async () => {
      const r = await svc.app.db.query<{ status: string }>(`SELECT status FROM messages WHERE id = $1`, [reply]);
      return r.rows[0]?.status === 'sent' || r.rows[0]?.status === 'delivered';
    }, 'the sweep to send the stuck reply', 60_000);
    expect(svc.graph.accepted().filter((r) => r.body?.to === from).length).to.equal(before + 1);
  });

  it('B: a caller cannot attach a web chat conversation to an existing resident by naming a user id', async () => {
    const from = '31600001003';
    const gen = await fetch(`${svc.baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: from } }),
    });
    const { token } = (await gen.json()) as { token: string };
    expect((jwt.decode(token) as { user: string }).user).to.not.equal(from);
    const started = await startWebChat(svc, { user: { id: 'someone-else' } });
    expect((jwt.decode(started.token) as { user: string }).user).to.match(/^dl_/);
  });

  it('C: the holder claiming again does not greet the resident again', async () => {
    const from = '31600001004';
    await postWebhook(svc, from, 'Ik wil graag iemand spreken over mijn bijstand');
    const convId = await convOf(svc, 'whatsapp', from);
    for (let i = 0; i < 3; i++) expect((await agent.claim(convId)).status).to.equal(200);
    const both = await Promise.all([agent.claim(convId), agent.claim(convId)]);
    expect(both.map((r) => r.status)).to.deep.equal([200, 200]);
    const r = await svc.app.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM messages WHERE conversation_id = $1 AND sender_role = 'system' AND idempotency_key LIKE 'system:claim:%'`,
      [convId],
    );
    expect(Number(r.rows[0]!.n)).to.equal(1);
  });

  it('D: two streams opened at the same moment do not both get closed', async () => {
    for (let round = 0; round < 5; round++) {
      const c = await startWebChat(svc);
      const again = await fetch(`${svc.baseUrl}/v3/directline/conversations/${c.conversationId}`, { headers: { authorization: `Bearer ${c.token}` } });
      const { streamUrl } = (await again.json()) as { streamUrl: string };
      const sockets = [new WebSocket(c.streamUrl), new WebSocket(streamUrl)];
      await Promise.all(sockets.map((ws) => new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)))));
      await new Promise((r) => setTimeout(r, 500));
      const open = sockets.filter((ws) => ws.readyState === WebSocket.OPEN).length;
      for (const ws of sockets) ws.close();
      expect(open, `round ${round}: exactly one stream stays open`).to.equal(1);
    }
  });

  it('E: a clientActivityID with dots or over 64 characters stays idempotent', async () => {
    const c = await startWebChat(svc);
    for (const cid of ['abc.def.1', 'x'.repeat(100)]) {
      const post = () =>
        fetch(`${svc.baseUrl}/v3/directline/conversations/${c.conversationId}/activities`, {
          method: 'POST',
          headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: `Hallo ${cid.length}`, channelData: { clientActivityID: cid } }),
        });
      const a = (await (await post()).json()) as { id: string };
      const b = (await (await post()).json()) as { id: string };
      expect(a.id).to.equal(b.id);
      expect(a.id).to.match(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{1,64}$/);
    }
    const r = await svc.app.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.external_id = $1 AND m.direction = 'in' AND m.text LIKE 'Hallo %'`,
      [c.conversationId],
    );
    expect(Number(r.rows[0]!.n)).to.equal(2);
  });

  it('F: closing a closed conversation is 409; a wrong method is 405 JSON', async () => {
    const from = '31600001005';
    await postWebhook(svc, from, 'Vraag over de eigen bijdrage');
    const convId = await convOf(svc, 'whatsapp', from);
    expect((await agent.claim(convId)).status).to.equal(200);
    const outcome = (await agent.call('GET', '/api/agent/me')).body.outcomes[0].value as string;
    expect((await agent.close(convId, outcome)).status).to.equal(200);
    const again = await agent.close(convId, outcome);
    expect(again.status).to.equal(409);
    expect(again.body.error.code).to.equal('conflict');
    const back = await agent.call('POST', `/api/agent/conversations/${convId}/handback`);
    expect(back.status).to.equal(409);
    for (const [method, path] of [
      ['PUT', '/api/whatsapp/webhook'],
      ['DELETE', '/v3/directline/conversations'],
      ['DELETE', '/healthz'],
    ] as const) {
      const res = await fetch(`${svc.baseUrl}${path}`, { method });
      expect(res.status, `${method} ${path}`).to.equal(405);
      expect(res.headers.get('content-type')).to.match(/json/);
      expect(((await res.json()) as { error: unknown }).error).to.be.an('object');
    }
    const get = await agent.call('GET', `/api/agent/conversations/${convId}/claim`);
    expect(get.status).to.equal(405);
    expect((await fetch(`${svc.baseUrl}/no/such/thing`)).status).to.equal(404);
  });
});

describe('robustness: G — no request hangs while Redis is away', function () {
  this.timeout(120_000);
  let redis: PrivateRedis;
  let svc: TestService;

  before(async () => {
    redis = await startPrivateRedis();
    svc = await startTestService({ REDIS_URL: redis.url });
  });
  after(async () => {
    redis?.start();
    await svc?.stop().catch(() => undefined);
    redis?.close();
  });

  it('answers webhooks and Direct Line posts within seconds, stores them, and answers them once Redis is back', async () => {
    const chat = await startWebChat(svc);
    redis.stop();
    const timed = async (what: string, p: Promise<Response>) => {
      const t0 = Date.now();
      const res = await p;
      const ms = Date.now() - t0;
      expect(ms, `${what} took ${ms} ms`).to.be.below(8000);
      return res;
    };
    const from = '31600002001';
    const wa = await timed('webhook', postWebhook(svc, from, 'Mijn rolstoel is al weken kapot'));
    expect(wa.status).to.equal(200);
    const dl = await timed(
      'activity',
      fetch(`${svc.baseUrl}/v3/directline/conversations/${chat.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'De taxi kwam niet', channelData: { clientActivityID: 'g1' } }),
      }),
    );
    expect(dl.status).to.equal(200);
    const login = await timed(
      'login',
      fetch(`${svc.baseUrl}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'x', password: 'y' }) }),
    );
    expect(login.status).to.be.within(400, 599);
    expect(await login.text()).to.not.match(/at \w+ \(/); // no stack trace
    const stored = await svc.app.db.query(`SELECT 1 FROM messages WHERE direction = 'in' AND text IN ('Mijn rolstoel is al weken kapot', 'De taxi kwam niet')`);
    expect(stored.rows.length).to.equal(2);
    redis.start();
    const convId = await convOf(svc, 'whatsapp', from);
    await eventually(async () => {
      const r = await svc.app.db.query(`SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'out' AND status IN ('sent', 'delivered')`, [convId]);
      return r.rows.length > 0;
    }, 'the bot reply after Redis came back', 90_000);
  });
});
