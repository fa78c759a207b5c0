import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signedWebhook, waStatus, waText, waWebhook } from '../support/graph-api-server.js';
import { AgentClient } from '../support/agent-client.js';
import { eventually, startTestService, TEST_APP_SECRET, TEST_DATABASE_URL, type TestService } from '../support/service.js';
import { zonedTime } from '../../src/office-hours.js';

const PASSWORD = 'correct horse battery';
const ams = (date: string, time: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedTime({ year, month, day }, time, 'Europe/Amsterdam');
};

async function postWebhook(svc: TestService, payload: unknown) {
  const signed = signedWebhook(TEST_APP_SECRET, payload);
  const res = await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
  expect(res.status).to.equal(200);
}

const textsTo = (svc: TestService, to: string) =>
  svc.graph.received.filter((r) => r.body.to === to).map((r) => String(r.body.text?.body ?? r.body.interactive?.body?.text ?? r.body.type));

describe('handling: teams, availability, claim, transfer, window, statuses, corrections (real service)', function () {
  this.timeout(90_000);
  let svc: TestService;
  let clock: Date | null = null;
  const agents: Record<string, AgentClient> = {};

  async function convOf(wamid: string): Promise<string> {
    return eventually(async () => {
      const r = await svc.app.db.query<{ conversation_id: string }>(`SELECT conversation_id FROM messages WHERE provider_message_id = $1`, [wamid]);
      return r.rows[0]?.conversation_id;
    }, 'stored inbound');
  }
  async function queued(id: string): Promise<void> {
    await eventually(async () => (await agents.ana!.queue()).some((c) => c.id === id), 'conversation queued', 20_000);
  }

  before(async () => {
    svc = await startTestService({}, { now: () => clock ?? new Date() });
    for (const [u, name, team, role] of [
      ['ana', 'Ana de Vries', 'wmo', 'agent'],
      ['bram', 'Bram Jansen', 'jeugd', 'agent'],
      ['cor', 'Cor Bakker', 'wmo', 'agent'],
      ['dina', 'Dina Smit', 'wmo', 'agent'],
      ['eva', 'Eva Visser', 'wmo', 'agent'],
      ['kees', 'Kees Coördinator', 'klachten', 'coordinator'],
    ] as const) {
      await svc.app.agents.create({ username: u, displayName: name, password: PASSWORD, role, team });
      agents[u] = new AgentClient(svc.baseUrl);
      await agents[u].login(u, PASSWORD);
    }
  });
  after(async () => {
    await svc?.stop();
  });

  it('outside office hours the resident hears when a person answers, is offered a call back, and a number (never a BSN) is recorded', async () => {
    // The clock lies in the (recent) past so WhatsApp timestamps and the 24-hour window agree with it.
    clock = ams('2026-11-28', '11:30'); // Saturday
    const first = waText('Ik wil graag een medewerker spreken over mijn Wmo-taxi die steeds te laat is.', { from: '31600001001', timestamp: clock });
    await postWebhook(svc, waWebhook({ messages: [first] }));
    const id = await convOf(first.id);
    await queued(id);
    // The queue change and the notice are written by one statement: both events, in this order.
    const ev = await svc.app.db.query<{ type: string; data: Record<string, unknown> }>(
      `SELECT type, data FROM conversation_events WHERE conversation_id = $1 AND type IN ('handoff.initiate', 'availability.notice') ORDER BY id`,
      [id],
    );
    expect(ev.rows.map((r) => r.type)).to.deep.equal(['handoff.initiate', 'availability.notice']);
    expect(ev.rows[1]!.data).to.include({ open: false, onlineAgents: 0, team: ev.rows[0]!.data.team });
    expect(new Date(String(ev.rows[1]!.data.nextOpening)).getTime()).to.be.above(clock.getTime());
    const sent = await svc.graph.waitFor((r) => textsTo(svc, '31600001001').some((t) => t.includes('maandag vanaf 9.00 uur')), 15_000);
    const notice = sent.find((r) => JSON.stringify(r.body).includes('maandag vanaf 9.00 uur'))!;
    expect(notice.body.type).to.equal('interactive');
    expect(notice.body.interactive.body.text).to.contain('telefoonnummer').and.not.contain('112');
    expect(notice.body.interactive.action.buttons.map((b: any) => b.reply.title)).to.deep.equal(['Bel mij terug', 'Ik wacht hier']);

    await postWebhook(svc, waWebhook({ messages: [waText('mijn bsn is 111222333', { from: '31600001001', timestamp: clock })] }));
    await new Promise((r) => setTimeout(r, 800));
    expect(textsTo(svc, '31600001001').join('\n')).not.to.match(/bellen u terug|eindigt op/); // relayed to agents only
    expect((await svc.app.db.query(`SELECT 1 FROM callback_requests WHERE conversation_id = $1`, [id])).rows).to.have.length(0);
    await postWebhook(svc, waWebhook({ messages: [waText('Bel me maar op 06-12345678, liefst na 14 uur', { from: '31600001001', timestamp: clock })] }));
    await svc.graph.waitFor(() => textsTo(svc, '31600001001').some((t) => t.includes('eindigt op 78')), 15_000);
    const cb = await svc.app.db.query<{ phone: string }>(`SELECT phone FROM callback_requests WHERE conversation_id = $1`, [id]);
    expect(cb.rows.map((r) => r.phone)).to.deep.equal(['+31612345678']);
    const ctx = (await agents.ana!.call('GET', `/api/agent/conversations/${id}/context`)).body;
    expect(ctx.callbacks).to.have.length(1);
    expect((await agents.ana!.detail(id)).control).to.equal('queued');
  });

  it('a crisis outside office hours always gets the safety numbers with the honest waiting time', async () => {
    clock = ams('2026-11-29', '22:00'); // Sunday night (holidays: see office-hours.test.ts)
    const msg = waText('ik wil niet meer leven, het heeft allemaal geen zin meer', { from: '31600001002', timestamp: clock });
    await postWebhook(svc, waWebhook({ messages: [msg] }));
    await svc.graph.waitFor(() => textsTo(svc, '31600001002').some((t) => t.includes('morgen vanaf 9.00 uur')), 15_000);
    const all = textsTo(svc, '31600001002').join('\n');
    expect(all).to.contain('112').and.contain('0800-0113').and.contain('0800-2000');
    expect(all.split('0800-0113').length - 1, 'the numbers once, not repeated by the waiting notice').to.equal(1);
    const q = await agents.ana!.queue();
    expect(q[0].urgency).to.equal('crisis');
  });

  it('during office hours with someone online no waiting notice is sent; the queue is crisis first, then urgency, then waiting time, per team', async () => {
    clock = ams('2026-11-25', '10:00'); // Wednesday
    expect((await agents.ana!.call('PUT', '/api/agent/presence', { status: 'online' })).status).to.equal(200);
    const teams = (await agents.ana!.call('GET', '/api/agent/teams')).body;
    expect(teams.teams.find((t: any) => t.id === 'wmo')).to.include({ open: true, onlineAgents: 1 });
    expect(teams.agents.find((a: any) => a.displayName === 'Ana de Vries').presence).to.equal('online');
    const msg = waText('Ik wil een medewerker spreken, mijn huishoudelijke hulp komt niet meer.', { from: '31600001003', timestamp: clock });
    await postWebhook(svc, waWebhook({ messages: [msg] }));
    const id = await convOf(msg.id);
    await queued(id);
    await new Promise((r) => setTimeout(r, 500));
    expect(textsTo(svc, '31600001003').join('\n')).not.to.contain('geen medewerker beschikbaar');
    // A notice is recorded only when nobody of the conversation's team is online (one statement
    // counts them and writes the events).
    const ev = await svc.app.db.query<{ type: string; data: Record<string, unknown> }>(
      `SELECT type, data FROM conversation_events WHERE conversation_id = $1 AND type IN ('handoff.initiate', 'availability.notice') ORDER BY id`,
      [id],
    );
    const team = (await agents.ana!.call('GET', '/api/agent/teams')).body.teams.find((t: any) => t.id === ev.rows[0]!.data.team);
    expect(ev.rows.map((r) => r.type)).to.deep.equal(team.onlineAgents > 0 ? ['handoff.initiate'] : ['handoff.initiate', 'availability.notice']);
    // The same statement for a team with Ana online: counted, and no notice.
    const check = { teamId: 'wmo', at: clock, open: true, nextOpening: null, presenceTtlMs: 180_000 };
    const ctx = { reason: 'resident-asked', classification: null, team: { id: 'wmo', name: 'Wmo' }, summary: 'test', lang: 'nl' } as never;
    expect(await svc.app.db.transaction((tx) => svc.app.handoff.queueInTx(tx, id, ctx, check))).to.equal(1);
    const after = await svc.app.db.query<{ type: string }>(`SELECT type FROM conversation_events WHERE conversation_id = $1 ORDER BY id DESC LIMIT 1`, [id]);
    expect(after.rows[0]!.type).to.equal('handoff.initiate');
    const wmo = (await agents.ana!.call('GET', '/api/agent/queue?team=wmo')).body.conversations;
    expect(wmo.every((c: any) => c.team === 'wmo')).to.equal(true);
    const all = await agents.ana!.queue();
    const prio = all.map((c) => c.priority);
    expect(prio).to.deep.equal([...prio].sort((a, b) => b - a));
    expect(all[0].urgency).to.equal('crisis');
  });

  let held: string;
  it('claiming is atomic: six agents claim at once, exactly one wins and the others are told who', async () => {
    const q = await agents.ana!.queue();
    held = q.find((c) => c.urgency !== 'crisis')!.id;
    const names = ['ana', 'cor', 'dina', 'eva', 'kees', 'bram'];
    const results = await Promise.all(names.map((n) => agents[n]!.claim(held)));
    const ok = results.filter((r) => r.status === 200);
    expect(ok).to.have.length(1);
    const winner = (await agents.ana!.detail(held)).assignedAgentName;
    for (const r of results.filter((x) => x.status !== 200)) {
      expect(r.status).to.equal(409);
      expect(r.body.error.heldBy).to.equal(winner);
    }
    const ev = await svc.app.db.query(`SELECT 1 FROM conversation_events WHERE conversation_id = $1 AND type = 'claimed'`, [held]);
    expect(ev.rows).to.have.length(1);
  });

  it('transfer to another team sends the resident one short message; the new agent sees the note and the whole transcript', async () => {
    const holder = (await agents.ana!.detail(held)).assignedAgentName as string;
    const who = Object.keys(agents).find((u) => holder.toLowerCase().startsWith(u))!;
    const to = await svc.app.db.query<{ address: string }>(`SELECT address FROM conversations WHERE id = $1`, [held]);
    const addr = to.rows[0]!.address;
    const before = textsTo(svc, addr).length;
    const bad = await agents[who]!.call('POST', `/api/agent/conversations/${held}/transfer`, { team: 'jeugd', note: '  ' });
    expect(bad.status).to.equal(400);
    const other = who === 'bram' ? 'ana' : 'bram';
    expect((await agents[other]!.call('POST', `/api/agent/conversations/${held}/transfer`, { team: 'jeugd', note: 'x' })).status).to.equal(403);
    const r = await agents[who]!.call('POST', `/api/agent/conversations/${held}/transfer`, {
      team: 'jeugd',
      note: 'Moeder van twee; gaat eigenlijk over jeugdhulp. Ik heb nog niets toegezegd.',
    });
    expect(r.status).to.equal(200);
    await svc.graph.waitFor(() => textsTo(svc, addr).length === before + 1, 10_000);
    await new Promise((res) => setTimeout(res, 500));
    const newOnes = textsTo(svc, addr).slice(before);
    expect(newOnes).to.have.length(1);
    expect(newOnes[0]).to.contain('collega').and.contain('niet opnieuw');
    const d = await agents.bram!.detail(held);
    expect(d).to.include({ control: 'queued', team: 'jeugd' });
    expect(d.messages.filter((m: any) => m.senderRole === 'resident').length).to.be.at.least(1);
    const ctx = (await agents.bram!.call('GET', `/api/agent/conversations/${held}/context`)).body;
    expect(ctx.transfer.note).to.contain('Moeder van twee');
    expect(ctx.transfer.toTeam).to.equal('jeugd');
    expect((await agents.bram!.claim(held)).status).to.equal(200);
    // and straight to one agent
    const eva = (await svc.app.agents.list()).find((a) => a.username === 'eva')!;
    expect((await agents.bram!.call('POST', `/api/agent/conversations/${held}/transfer`, { agentId: eva.id, note: 'Jij kent deze familie.' })).status).to.equal(200);
    expect(await agents.eva!.detail(held)).to.include({ control: 'agent', assignedAgentName: 'Eva Visser' });
  });

  it('a status that arrives before the send recorded the wamid is kept and applied', async () => {
    clock = new Date((await svc.app.store.getConversation(held))!.lastInboundAt!.getTime() + 3600_000);
    svc.graph.beforeNextAccept(async (wamid) => {
      await postWebhook(svc, waWebhook({ statuses: [waStatus(wamid, 'delivered', { recipientId: '31600001003' })] }));
    });
    const r = await agents.eva!.reply(held, 'Goedemorgen, ik ben Eva. Ik bel u vandaag.');
    expect(r.status).to.equal(200);
    await eventually(async () => (await svc.app.store.getMessage(r.body.messageId))!.status === 'delivered', 'early delivered status applied', 10_000);
    const left = await svc.app.db.query(`SELECT 1 FROM early_statuses`);
    expect(left.rows).to.have.length(0);
  });

  it('outside the 24-hour window a free-text reply is refused before queueing; template and e-mail are offered and work', async () => {
    const last = (await svc.app.store.getConversation(held))!.lastInboundAt!;
    clock = new Date(last.getTime() + 25 * 3600_000);
    const ctx = (await agents.eva!.call('GET', `/api/agent/conversations/${held}/context`)).body;
    expect(ctx.window).to.include({ applies: true, open: false });
    expect(new Date(ctx.window.endsAt).getTime()).to.equal(last.getTime() + 24 * 3600_000 - 120_000);
    expect(ctx.email).to.equal(null);
    const count = async () => Number((await svc.app.db.query<{ n: string }>(`SELECT count(*) AS n FROM messages WHERE conversation_id = $1`, [held])).rows[0]!.n);
    const before = await count();
    const refused = await agents.eva!.reply(held, 'Bent u er nog?');
    expect(refused.status).to.equal(409);
    expect(refused.body.error.code).to.equal('window_closed');
    expect(await count()).to.equal(before);

    const n = svc.graph.received.length;
    const t = await agents.eva!.call('POST', `/api/agent/conversations/${held}/template`, {});
    expect(t.status).to.equal(200);
    const got = await svc.graph.waitFor((r) => r.length > n, 10_000);
    expect(got.at(-1)!.body).to.deep.include({ type: 'template' });
    expect(got.at(-1)!.body.template.name).to.equal(svc.config.WHATSAPP_TEMPLATE_NAME);
    await eventually(async () => (await svc.app.store.getMessage(t.body.messageId))!.status === 'sent', 'template sent');

    expect((await agents.eva!.call('POST', `/api/agent/conversations/${held}/email`, { text: 'Hallo' })).status).to.equal(400);
    expect((await agents.eva!.call('POST', `/api/agent/conversations/${held}/link`, { channel: 'email', address: 'Moeder@Example.org' })).status).to.equal(200);
    const m = await agents.eva!.call('POST', `/api/agent/conversations/${held}/email`, { text: 'Ik heb uw vraag over jeugdhulp uitgezocht. Bel gerust.' });
    expect(m.status).to.equal(200);
    const mails = await svc.relay.waitFor((x) => x.parsed.text?.includes('uitgezocht') ?? false, 15_000);
    expect(mails[0]!.envelope.rcptTo.map((x: any) => x.address)).to.deep.equal(['moeder@example.org']);
    expect((await agents.eva!.call('GET', `/api/agent/conversations/${held}/context`)).body.email).to.equal('moeder@example.org');
    clock = null;
  });

  it('a delivery that the window refused is marked failed with a visible reason, never "sent"', async () => {
    const last = (await svc.app.store.getConversation(held))!.lastInboundAt!;
    clock = new Date(last.getTime() + 23.5 * 3600_000);
    const r = await agents.eva!.reply(held, 'Nog één ding.');
    expect(r.status).to.equal(200);
    clock = new Date(last.getTime() + 25 * 3600_000); // closes before the worker sends? (usually sent already)
    const msg = await eventually(async () => {
      const m = await svc.app.store.getMessage(r.body.messageId);
      return m && m.status !== 'queued' ? m : null;
    }, 'delivery settled');
    expect(['sent', 'failed']).to.include(msg.status);
    if (msg.status === 'failed') expect(msg.statusDetail).to.match(/window_closed/);
    clock = null;
  });

  it('an agent corrects the classification; it is stored with who and when and exported for training', async () => {
    const before = (await agents.eva!.detail(held)).classification;
    const bad = await agents.eva!.call('POST', `/api/agent/conversations/${held}/classification`, { bodies: ['niet-bestaand'], kind: 'klacht', urgency: 'normaal' });
    expect(bad.status).to.equal(400);
    const r = await agents.eva!.call('POST', `/api/agent/conversations/${held}/classification`, { bodies: ['gemeente-jeugd', 'wijkteam'], kind: 'klacht', urgency: 'hoog' });
    expect(r.status).to.equal(200);
    const d = await agents.eva!.detail(held);
    expect(d.classification).to.include({ kind: 'klacht', urgency: 'hoog', confidence: 1 });
    expect(d.classification.bodies).to.deep.equal(['gemeente-jeugd', 'wijkteam']);
    const ctx = (await agents.eva!.call('GET', `/api/agent/conversations/${held}/context`)).body;
    expect(ctx.corrections).to.have.length(1);
    expect(ctx.corrections[0]).to.include({ agentName: 'Eva Visser' });
    expect(ctx.corrections[0].original?.bodies ?? null).to.deep.equal(before?.bodies ?? null);

    const out = join(mkdtempSync(join(tmpdir(), 'corr-')), 'corrections.jsonl');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/corrections-export.ts', out], {
      env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: svc.config.DATABASE_SCHEMA, LOG_LEVEL: 'silent' },
    });
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({ who: 'eva', kind: 'klacht', urgency: 'hoog', id: r.body.correctionId });
    expect(lines[0].bodies).to.deep.equal(['gemeente-jeugd', 'wijkteam']);
    expect(lines[0].text).to.contain('huishoudelijke hulp');
    expect(new Date(lines[0].when).toISOString()).to.equal(lines[0].when);
  });

  it('an agent who marks a conversation the bot still has as a crisis puts it at the top of the queue', async () => {
    const wamid = 'wamid.crisis-correction.1';
    await postWebhook(svc, waWebhook({ messages: [waText('hallo', { from: '31600001099', id: wamid })] }));
    const id = await convOf(wamid);
    await eventually(async () => (await svc.app.store.getConversation(id))?.control === 'bot' && (await svc.app.db.query(`SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'in' AND processed_at IS NULL`, [id])).rows.length === 0, 'bot turn done', 20_000);
    const r = await agents.ana!.call('POST', `/api/agent/conversations/${id}/classification`, { bodies: ['veilig-thuis'], kind: 'crisis', urgency: 'crisis' });
    expect(r.status).to.equal(200);
    const conv = (await svc.app.store.getConversation(id))!;
    expect(conv.control).to.equal('queued');
    const q = await agents.ana!.queue();
    const at = q.findIndex((x) => x.id === id);
    expect(at, 'in the queue').to.be.at.least(0);
    expect(q[at].urgency).to.equal('crisis');
    const firstOther = q.findIndex((x) => x.urgency !== 'crisis');
    expect(firstOther === -1 || at < firstOther, 'ahead of everything that is not a crisis').to.equal(true);
  });

  it('canned answers: everyone reads them, only coordinators change them', async () => {
    const list = (await agents.ana!.call('GET', '/api/agent/canned')).body.answers;
    expect(list.map((a: any) => a.title)).to.include('Begroeting');
    expect((await agents.ana!.call('POST', '/api/agent/canned', { title: 'X', body: 'Y' })).status).to.equal(403);
    const c = await agents.kees!.call('POST', '/api/agent/canned', { title: 'Bezwaar uitleggen', body: 'U kunt binnen 6 weken bezwaar maken. Ik help u daarbij.', team: 'wmo' });
    expect(c.status).to.equal(201);
    expect((await agents.ana!.call('GET', '/api/agent/canned')).body.answers.map((a: any) => a.title)).to.include('Bezwaar uitleggen');
    expect((await agents.bram!.call('GET', '/api/agent/canned')).body.answers.map((a: any) => a.title)).not.to.include('Bezwaar uitleggen');
    expect((await agents.kees!.call('DELETE', `/api/agent/canned/${c.body.id}`)).status).to.equal(200);
  });

  it("the agent sees the resident's earlier conversations on linked channels", async () => {
    const ctx = (await agents.eva!.call('GET', `/api/agent/conversations/${held}/context`)).body;
    expect(ctx.earlier.map((e: any) => e.channel)).to.include('email');
    expect(ctx.addresses.map((a: any) => a.channel).sort()).to.deep.equal(['email', 'whatsapp']);
  });
});
