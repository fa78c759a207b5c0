import { expect } from 'chai';
import { verifySignature } from '../../channels/whatsapp/webhook.js';
import {
  metaJson,
  signedWebhook,
  startGraphApiServer,
  TEST_PHONE_NUMBER_ID,
  validateSendBody,
  waText,
  waWebhook,
  type GraphApiServer,
} from '../support/graph-api-server.js';

/** The test double other suites rely on must itself behave as documented. */
describe('test support: fake Graph API and webhook builders', () => {
  let graph: GraphApiServer;
  before(async () => {
    graph = await startGraphApiServer();
  });
  after(async () => {
    await graph.close();
  });
  beforeEach(() => graph.reset());

  const send = (body: unknown, token = graph.accessToken) =>
    fetch(`${graph.url}/v21.0/${TEST_PHONE_NUMBER_ID}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const text = { messaging_product: 'whatsapp', to: '31600000001', type: 'text', text: { body: 'x' } };

  it('answers a valid send with contacts and a wamid, and records it', async () => {
    const res = await send(text);
    expect(res.status).to.equal(200);
    const json = (await res.json()) as any;
    expect(json.contacts).to.deep.equal([{ input: '31600000001', wa_id: '31600000001' }]);
    expect(json.messages[0].id).to.match(/^wamid\./);
    expect(graph.received[0]).to.include({ phoneNumberId: TEST_PHONE_NUMBER_ID, status: 200, wamid: json.messages[0].id });
  });

  it('refuses a wrong token with a Graph 190 error', async () => {
    const res = await send(text, 'wrong');
    expect(res.status).to.equal(401);
    expect(((await res.json()) as any).error.code).to.equal(190);
  });

  it('failNext fails exactly the next n requests', async () => {
    graph.failNext(2, { status: 503, code: 131000 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(text)).status);
    expect(statuses).to.deep.equal([503, 503, 200]);
  });

  it('waitFor resolves once the predicate holds and rejects on timeout', async () => {
    const waiting = graph.waitFor((r) => r.length >= 2, 1000);
    await send(text);
    await send(text);
    expect(await waiting).to.have.length(2);
    let error: Error | undefined;
    await graph.waitFor((r) => r.length >= 5, 50).catch((e: Error) => (error = e));
    expect(error?.message).to.match(/within 50 ms \(2 requests received\)/);
  });

  it('validates Cloud API limits', () => {
    const buttons = (titles: string[]) => ({
      ...text,
      type: 'interactive',
      interactive: { type: 'button', body: { text: 'x' }, action: { buttons: titles.map((t, i) => ({ type: 'reply', reply: { id: `b${i}`, title: t } })) } },
    });
    expect(validateSendBody(buttons(['a', 'b', 'c']))).to.equal(null);
    expect(validateSendBody(buttons(['a'.repeat(21)]))).to.match(/Max length: 20/);
    expect(validateSendBody(buttons(['a', 'a']))).to.match(/unique/);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Rij ${i}` }));
    const list = (n: number) => ({ ...text, type: 'interactive', interactive: { type: 'list', body: { text: 'x' }, action: { button: 'Kies', sections: [{ rows: rows(n) }] } } });
    expect(validateSendBody(list(10))).to.equal(null);
    expect(validateSendBody(list(11))).to.match(/10 rows/);
    expect(validateSendBody({ ...text, text: { body: 'x'.repeat(4097) } })).to.match(/4096/);
  });

  it('signedWebhook signs the exact Meta-style bytes', () => {
    const payload = waWebhook({ messages: [waText('é @ /')] });
    const { body, headers } = signedWebhook('s3cret', payload);
    expect(body).to.equal(metaJson(payload));
    expect(JSON.parse(body)).to.deep.equal(payload);
    expect(verifySignature('s3cret', Buffer.from(body), headers['x-hub-signature-256'])).to.equal(true);
    expect(verifySignature('other', Buffer.from(body), headers['x-hub-signature-256'])).to.equal(false);
  });
});
