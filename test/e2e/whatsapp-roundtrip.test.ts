import { expect } from 'chai';
import {
  signedWebhook,
  waText,
  waListReply,
  waVoiceNote,
  waWebhook,
  waStatus,
  TEST_WA_ID,
} from '../support/graph-api-server.js';
import { AgentClient } from '../support/agent-client.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

async function postWebhook(svc: TestService, payload: unknown, headers: Record<string, string> = {}) {
  const signed = signedWebhook(TEST_APP_SECRET, payload);
  return fetch(`${svc.baseUrl}/api/whatsapp/webhook`, {
    method: 'POST',
    headers: { ...signed.headers, ...headers },
    body: signed.body,
  });
}

describe('e2e: WhatsApp resident ⇄ bot ⇄ agent (real Redis, PostgreSQL, local Graph API)', function () {
  this.timeout(60_000);
  let svc: TestService;
  let agent: AgentClient;

  before(async () => {
    svc = await startTestService();
    await svc.app.agents.create({ username: 'ana', displayName: 'Ana de Vries', password: 'correct horse battery', role: 'agent' });
    agent = new AgentClient(svc.baseUrl);
    await agent.login('ana', 'correct horse battery');
  });
  after(async () => {
    await svc?.stop();
  });

  it('when a resident writes, the bot answers through the Graph API and the agent reply reaches the resident', async () => {
    const first = waText('De thuiszorg is al twee weken niet gekomen bij mijn vader, hij kan zich niet meer zelf wassen en niemand belt terug.', { from: '31600000101' });
    const res = await postWebhook(svc, waWebhook({ messages: [first] }));
    expect(res.status).to.equal(200);

    const sent = await svc.graph.waitFor((r) => r.some((x) => x.body.to === '31600000101'), 15_000);
    const botReply = sent.find((x) => x.body.to === '31600000101')!;
    const botText: string = botReply.body.text?.body ?? botReply.body.interactive?.body?.text;
    expect(botText).to.match(/digitale assistent/i);
    expect(botText).to.match(/medewerker/);
    expect(botText).not.to.match(/moet u bij|neem contact op met/i);

        // When the bot is unsure it asks at most two questions with a WhatsApp list; answer them.
    for (let i = 0; i < 2; i++) {
      const last = svc.graph.received.filter((x) => x.body.to === '31600000101').at(-1)!;
      if (last.body.type !== 'interactive') break;
      const n = svc.graph.received.length;
      const rows = last.body.interactive.action.sections?.[0]?.rows ?? last.body.interactive.action.buttons.map((b: any) => b.reply);
      // Buttons after a handoff (a call back) are not a clarifying question.
      if (!rows.map((r: any) => r.title).includes('hulp in huis')) break;
      await postWebhook(svc, waWebhook({ messages: [waListReply('hulp in huis', 'hulp in huis', undefined, { from: '31600000101' })] }));
      await svc.graph.waitFor((r) => r.length > n, 15_000);
    }
    const convId = (await svc.app.db.query<{ conversation_id: string }>(
      `SELECT conversation_id FROM messages WHERE provider_message_id = $1`,
      [first.id],
    )).rows[0]!.conversation_id;
    const queued = await eventually(async () => (await agent.queue()).find((c) => c.id === convId), 'conversation in the queue');
    expect(queued.channel).to.equal('whatsapp');
    expect(queued.classification.bodies).to.include('zorgaanbieder');

    const claim = await agent.claim(queued.id);
    expect(claim.status).to.equal(200);
    const reply = await agent.reply(queued.id, 'Goedemiddag, ik ben Ana van de gemeente. Ik bel vandaag de thuiszorg voor u.');
    expect(reply.status).to.equal(200);

    const withAgent = await svc.graph.waitFor(
      (r) => r.some((x) => x.body.to === '31600000101' && JSON.stringify(x.body).includes('Ik bel vandaag de thuiszorg')),
      15_000,
    );
    const agentMsg = withAgent.find((x) => JSON.stringify(x.body).includes('Ik bel vandaag de thuiszorg'))!;
    expect(agentMsg.body.type).to.equal('text');
    expect(agentMsg.body.text.body).to.contain('Ana');

    // While the agent holds the conversation the bot stays silent: a new resident message reaches the agent only.
    const before = svc.graph.received.length;
    await postWebhook(svc, waWebhook({ messages: [waText('Dank u, hij wacht nog steeds.', { from: '31600000101' })] }));
    const detail = await eventually(async () => {
      const d = await agent.detail(queued.id);
      return d.messages.some((m: any) => m.text === 'Dank u, hij wacht nog steeds.') ? d : null;
    }, 'resident message in the transcript');
    await new Promise((r) => setTimeout(r, 500));
    expect(svc.graph.received.length).to.equal(before);
    expect(detail.control).to.equal('agent');
    const roles = detail.messages.map((m: any) => m.senderRole);
    expect(roles).to.include.members(['resident', 'bot', 'system', 'agent']);

    // Delivery states come back from WhatsApp status callbacks.
    const agentRow = detail.messages.find((m: any) => m.senderRole === 'agent');
    const wamid = agentMsg.response?.messages?.[0]?.id ?? (await svc.app.store.getMessage(agentRow.id))!.providerMessageId!;
    await postWebhook(svc, waWebhook({ statuses: [waStatus(wamid, 'read', { recipientId: '31600000101' })] }));
    await eventually(async () => (await svc.app.store.getMessage(agentRow.id))!.status === 'read', 'read status');
  });

  it('a webhook delivered twice is stored once and answered once', async () => {
    const msg = waText('Mijn bijstandsuitkering is deze maand niet op mijn rekening gekomen.', { from: '31600000202' });
    const payload = waWebhook({ messages: [msg] });
    const [a, b] = await Promise.all([postWebhook(svc, payload), postWebhook(svc, payload)]);
    expect([a.status, b.status]).to.deep.equal([200, 200]);
    expect((await postWebhook(svc, payload)).status).to.equal(200);
    await svc.graph.waitFor((r) => r.some((x) => x.body.to === '31600000202'), 15_000);
    await new Promise((r) => setTimeout(r, 1500));
    const rows = await svc.app.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM messages WHERE provider_message_id = $1`,
      [msg.id],
    );
    expect(Number(rows.rows[0]!.n)).to.equal(1);
    // Answered once: no message body reaches the resident twice (after the bot's reply the
    // service may add other messages, e.g. when a person will answer or a case reference).
    const bodies = svc.graph.received.filter((x) => x.body.to === '31600000202').map((x) => JSON.stringify(x.body.text ?? x.body.interactive ?? x.body.template));
    expect(bodies.length).to.be.at.least(1);
    expect(new Set(bodies).size, 'no message sent twice').to.equal(bodies.length);
  });

  it('a bad signature is refused with 401 and nothing is stored', async () => {
    const msg = waText('Dit bericht heeft een valse handtekening.', { from: '31600000303' });
    const res = await postWebhook(svc, waWebhook({ messages: [msg] }), { 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) });
    expect(res.status).to.equal(401);
    const body = await res.json();
    expect(body.error.code).to.be.a('string');
    const rows = await svc.app.db.query(`SELECT 1 FROM messages WHERE provider_message_id = $1`, [msg.id]);
    expect(rows.rows).to.have.length(0);
  });

  it('a voice note is stored, answered politely and passed to a person at once, never dropped', async () => {
    const voice = waVoiceNote({ from: '31600000404' });
    expect((await postWebhook(svc, waWebhook({ messages: [voice] }))).status).to.equal(200);
    const sent = await svc.graph.waitFor((r) => r.some((x) => x.body.to === '31600000404'), 15_000);
    const text = JSON.stringify(sent.find((x) => x.body.to === '31600000404')!.body);
    expect(text).to.match(/spraakbericht/);
    const rows = await svc.app.db.query<{ content_type: string }>(
      `SELECT a.content_type FROM attachments a JOIN messages m ON m.id = a.message_id WHERE m.provider_message_id = $1`,
      [voice.id],
    );
    expect(rows.rows[0]?.content_type).to.match(/^audio\//);
    // The bot cannot listen to it; a person can: the conversation waits in the queue.
    const conv = await svc.app.db.query<{ control: string; handoff_reason: string }>(
      `SELECT c.control, c.handoff_reason FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE m.provider_message_id = $1`,
      [voice.id],
    );
    expect(conv.rows[0]).to.deep.equal({ control: 'queued', handoff_reason: 'attachment' });
  });

  it('a crisis message while a person holds the conversation still gets the safety numbers and tops the queue', async () => {
    const from = '31600000606';
    const first = waText('Ik wil bezwaar maken tegen de beslissing over mijn bijstand, die is gestopt.', { from });
    await postWebhook(svc, waWebhook({ messages: [first] }));
    await svc.graph.waitFor((r) => r.some((x) => x.body.to === from), 15_000);
    const convId = (await svc.app.db.query<{ conversation_id: string }>(
      `SELECT conversation_id FROM messages WHERE provider_message_id = $1`,
      [first.id],
    )).rows[0]!.conversation_id;
    await eventually(async () => (await svc.app.store.getConversation(convId))!.control !== 'bot' || null, 'handed off', 15_000).catch(async () => {
      // The bot asked a question: ask for a person instead.
      await postWebhook(svc, waWebhook({ messages: [waText('ik wil een medewerker spreken', { from })] }));
      await eventually(async () => (await svc.app.store.getConversation(convId))!.control !== 'bot' || null, 'handed off');
    });
    expect((await agent.claim(convId)).status).to.equal(200);
    const n = svc.graph.received.filter((x) => x.body.to === from).length;
    await postWebhook(svc, waWebhook({ messages: [waText('ik kan niet meer, ik wil er een einde aan maken', { from })] }));
    const sent = await svc.graph.waitFor((r) => r.filter((x) => x.body.to === from).length > n + 0 && r.some((x) => x.body.to === from && JSON.stringify(x.body).includes('0800-0113')), 15_000);
    expect(JSON.stringify(sent.filter((x) => x.body.to === from).at(-1)!.body)).to.contain('112');
    const conv = await svc.app.store.getConversation(convId);
    expect(conv!.urgency).to.equal('crisis');
    expect(conv!.control).to.equal('agent');
  });

  it('text PostgreSQL cannot hold (NUL, a lone surrogate) is repaired and stored, not refused forever', async () => {
    const msg = waText('Mijn pgb is niet betaald \u0000 en nu? \ud83d', { from: '31600000707' });
    const res = await postWebhook(svc, waWebhook({ messages: [msg] }));
    expect(res.status).to.equal(200);
    const row = (await svc.app.db.query<{ text: string }>(`SELECT text FROM messages WHERE provider_message_id = $1`, [msg.id])).rows[0];
    expect(row?.text).to.equal('Mijn pgb is niet betaald  en nu? \uFFFD');
    await svc.graph.waitFor((r) => r.some((x) => x.body.to === '31600000707'), 15_000);
  });

  it('a long crisis message with an emoji at the summary cut still gets crisis handling', async () => {
    const head = 'Mijn uitkering is gestopt en ik kan de huur niet betalen. Ik wil niet meer leven, ik zie het niet meer zitten. ';
    const text = head + 'x'.repeat(276 - head.length) + '😀' + ' en verder weet ik het niet meer.'.repeat(2);
    await postWebhook(svc, waWebhook({ messages: [waText(text, { from: '31600000808' })] }));
    const sent = await svc.graph.waitFor((r) => r.some((x) => x.body.to === '31600000808'), 15_000);
    expect(JSON.stringify(sent.find((x) => x.body.to === '31600000808')!.body)).to.contain('0800-0113');
    const conv = (await svc.app.db.query<{ urgency: string; priority: number }>(
      `SELECT c.urgency, c.priority FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE m.text LIKE 'Mijn uitkering is gestopt%' AND m.channel = 'whatsapp'`,
    )).rows[0];
    expect(conv?.urgency).to.equal('crisis');
    expect(Number(conv?.priority)).to.equal(1000);
  });

  it('a crisis message gets the safety numbers at once and goes to the top of the queue', async () => {
    await postWebhook(svc, waWebhook({ messages: [waText('ik wil niet meer leven, ik zie geen uitweg meer met al die schulden', { from: '31600000505' })] }));
    const sent = await svc.graph.waitFor((r) => r.some((x) => x.body.to === '31600000505'), 15_000);
    const text = JSON.stringify(sent.find((x) => x.body.to === '31600000505')!.body);
    expect(text).to.contain('112').and.to.contain('0800-0113').and.to.contain('0800-2000');
    const queue = await eventually(async () => {
      const q = await agent.queue();
      return q.some((c) => c.urgency === 'crisis') ? q : null;
    }, 'crisis in queue');
    expect(queue[0].urgency).to.equal('crisis');
    void TEST_WA_ID;
  });

  it('a crisis told over several messages (during the clarifying questions) still gets the safety numbers', async () => {
    const from = '31600000506';
    const sentTo = async (n: number) => svc.graph.waitFor((r) => r.filter((x) => x.body.to === from).length >= n, 15_000);
    await postWebhook(svc, waWebhook({ messages: [waText('Het gaat niet goed met ons.', { from })] }));
    await sentTo(1);
    await postWebhook(svc, waWebhook({ messages: [waText('Mijn man', { from })] }));
    await sentTo(2);
    await postWebhook(svc, waWebhook({ messages: [waText('slaat me weer', { from })] }));
    const all = (await sentTo(3)).filter((x) => x.body.to === from);
    const last = JSON.stringify(all[all.length - 1]!.body);
    expect(last).to.contain('112').and.to.contain('0800-2000');
    const queue = await eventually(async () => {
      const q = await agent.queue();
      return q.some((c) => c.urgency === 'crisis' && c.handoffReason === 'crisis') ? q : null;
    }, 'crisis handoff in queue');
    expect(queue.find((c) => c.handoffReason === 'crisis')).to.not.equal(undefined);
  });
});
