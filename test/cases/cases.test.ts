import { expect } from 'chai';
import Bull from 'bull';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { AgentClient } from '../support/agent-client.js';
import { eventually, startTestService, TEST_APP_SECRET, TEST_INTAKE_ADDRESS, TEST_REDIS_URL, type TestService } from '../support/service.js';
import { sendMail } from '../support/smtp-relay.js';
import { TestClock } from '../../src/cases/deadlines.js';

async function postWebhook(svc: TestService, payload: unknown) {
  const signed = signedWebhook(TEST_APP_SECRET, payload);
  const res = await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
  expect(res.status).to.equal(200);
}
const textsTo = (svc: TestService, to: string): string[] =>
  svc.graph.received.filter((x) => x.body.to === to).map((x) => JSON.stringify(x.body));

describe('cases: dossier across channels, formal procedure, deadlines, follow-up (real PostgreSQL, Redis, bull; controllable clock)', function () {
  this.timeout(120_000);
  const clock = new TestClock('2026-11-20T09:00:00Z'); // Friday 20 November 2026
  let svc: TestService;
  let ana: AgentClient;
  let cora: AgentClient;
  let caseId = '';
  let reference = '';
  let waConv = '';
  let anaId = '';
  let coraId = '';

  before(async () => {
    svc = await startTestService({ CASE_REMINDER_WORKING_DAYS: '10,2', CASE_FOLLOWUP_DAYS: '14', OMBUDSMAN_NAME: 'de Nationale ombudsman', OMBUDSMAN_CONTACT: '0800-33 55 555' }, { now: () => clock.now() });
    anaId = (await svc.app.agents.create({ username: 'ana', displayName: 'Ana de Vries', password: 'correct horse battery', role: 'agent' })).id;
    coraId = (await svc.app.agents.create({ username: 'cora', displayName: 'Cora Coördinator', password: 'correct horse battery', role: 'coordinator' })).id;
    ana = new AgentClient(svc.baseUrl);
    await ana.login('ana', 'correct horse battery');
    cora = new AgentClient(svc.baseUrl);
    await cora.login('cora', 'correct horse battery');
  });
  after(async () => {
    if (process.env.DEBUG_CASES) {
      const r = await svc.app.db.query(`SELECT m.channel, m.sender_role, m.status, m.status_detail, left(m.text, 60) AS t FROM messages m WHERE m.direction = 'out' ORDER BY m.created_at`);
      console.log(r.rows);
      console.log(svc.relay.received.map((x) => [x.envelope.rcptTo.map((r) => r.address), x.parsed.subject]));
      const ev = await svc.app.db.query(`SELECT type, data FROM case_events ORDER BY id`);
      console.log(ev.rows.map((x: any) => x.type + ' ' + JSON.stringify(x.data).slice(0, 100)));
    }
    if (process.env.DEBUG_CASES) for (const l of svc?.logLines ?? []) if (/"level":(50|40)/.test(l)) console.log(l.slice(0, 600));
    await svc?.stop();
  });

  /** A WhatsApp resident tells a story; answer clarifying questions until a person has it. */
  async function waStory(from: string, text: string): Promise<string> {
    const msg = waText(text, { from });
    await postWebhook(svc, waWebhook({ messages: [msg] }));
    const convId = await eventually(async () => {
      const r = await svc.app.db.query<{ conversation_id: string }>(`SELECT conversation_id FROM messages WHERE provider_message_id = $1`, [msg.id]);
      return r.rows[0]?.conversation_id;
    }, 'stored message');
    await eventually(async () => (await ana.queue()).some((c) => c.id === convId), 'conversation queued', 20_000);
    return convId;
  }

  it('a klacht handed to a person gets a case with a reference the resident is told', async () => {
    waConv = await waStory('31600000701', 'Ik heb een klacht over de thuiszorg: de zorgaanbieder komt al twee weken niet opdagen en niemand belt terug. Ik wil een medewerker spreken.');
    const r = await ana.call('GET', `/api/agent/conversations/${waConv}/cases`);
    expect(r.status).to.equal(200);
    expect(r.body.cases).to.have.length(1);
    const c = r.body.cases[0];
    caseId = c.id;
    reference = c.reference;
    expect(reference).to.equal('K-2026-000001');
    expect(c.status).to.equal('ontvangen');
    expect(c.kind).to.equal('klacht');
    expect(c.bodies).to.include('zorgaanbieder');
    expect(c.events[0]).to.include({ type: 'created', to: 'ontvangen', actor: 'system' });
    await svc.graph.waitFor(() => textsTo(svc, '31600000701').some((t) => t.includes(reference)), 15_000);
    // claiming makes it informal, handled by the agent; recorded with who and when
    expect((await ana.claim(waConv)).status).to.equal(200);
    const after = (await ana.call('GET', `/api/agent/cases/${caseId}`)).body.case;
    expect(after.status).to.equal('informeel');
    expect(after.handlerName).to.equal('Ana de Vries');
    const st = after.events.find((e: any) => e.type === 'status' && e.to === 'informeel');
    expect(st).to.include({ from: 'ontvangen', actor: 'agent', agentName: 'Ana de Vries' });
    expect(st.at).to.equal('2026-11-20T09:00:00.000Z');
  });

  it('the reference in a later e-mail links that e-mail to the same case; an unknown reference links nothing', async () => {
    await sendMail(svc.app.smtpPort, {
      from: 'A. Inwoner <a.inwoner@example.org>',
      to: TEST_INTAKE_ADDRESS,
      subject: `Aanvulling ${reference}`,
      messageId: '<case-ref-1@example.org>',
      text: `Goedemiddag,\n\nOver mijn melding ${reference.toLowerCase()}: vandaag kwam er weer niemand.\n\nGroet,\nA. Inwoner\n`,
    });
    const mailConv = await eventually(async () => {
      const r = await svc.app.db.query<{ conversation_id: string }>(`SELECT conversation_id FROM messages WHERE provider_message_id = '<case-ref-1@example.org>'`);
      return r.rows[0]?.conversation_id;
    }, 'stored mail');
    const c = await eventually(async () => {
      const d = (await ana.call('GET', `/api/agent/cases/${caseId}`)).body.case;
      return d.conversations.length === 2 ? d : null;
    }, 'e-mail linked to the case');
    expect(c.conversations.map((x: any) => x.channel).sort()).to.deep.equal(['email', 'whatsapp']);
    expect(c.conversations.find((x: any) => x.channel === 'email').linkedBy).to.equal('reference');
    expect(c.events.some((e: any) => e.type === 'conversation.linked' && e.actor === 'resident')).to.equal(true);
    // the e-mail goes straight to the case's team, with a reply that names the case
    await eventually(async () => (await ana.queue()).some((q) => q.id === mailConv), 'e-mail queued');
    const mail = await svc.relay.waitFor((m) => m.envelope.rcptTo.some((r) => r.address === 'a.inwoner@example.org') && (m.parsed.text ?? '').includes('dossier'), 15_000);
    expect(mail.map((m) => m.parsed.text ?? '').join('\n')).to.contain(`dossier ${reference}`);

    await sendMail(svc.app.smtpPort, {
      from: 'B. Ander <b.ander@example.org>',
      to: TEST_INTAKE_ADDRESS,
      subject: 'Vraag',
      messageId: '<case-ref-2@example.org>',
      text: 'Hoe zit het met K-2026-000999? Ik hoor niets over mijn aanvraag voor huishoudelijke hulp.\n',
    });
    const other = await eventually(async () => {
      const r = await svc.app.db.query<{ conversation_id: string }>(`SELECT conversation_id FROM messages WHERE provider_message_id = '<case-ref-2@example.org>'`);
      return r.rows[0]?.conversation_id;
    }, 'stored second mail');
    await eventually(async () => (await svc.app.store.pendingInbound(other)).length === 0, 'second mail processed');
    const links = await svc.app.db.query(`SELECT 1 FROM case_conversations WHERE conversation_id = $1`, [other]);
    expect(links.rows).to.have.length(0);
  });

  it('"ik wil een officiële klacht indienen" while an agent holds it: formal, receipt with reference and dates on WhatsApp and by e-mail, jobs scheduled', async () => {
    const before = svc.relay.received.length;
    await postWebhook(svc, waWebhook({ messages: [waText('Dit schiet niet op. Ik wil een officiële klacht indienen.', { from: '31600000701' })] }));
    const c = await eventually(async () => {
      const d = (await ana.call('GET', `/api/agent/cases/${caseId}`)).body.case;
      return d.status === 'formeel' ? d : null;
    }, 'case formal');
    expect(c.formalReceivedOn).to.equal('2026-11-20');
    // Awb 9:11: six weeks end on Nieuwjaarsdag 2027 → Monday 4 January 2027 (Atw art. 1)
    expect(c.decisionDeadline).to.equal('2027-01-04');
    expect(c.noticeDeadline).to.equal('2026-12-18');
    expect(c.events.find((e: any) => e.to === 'formeel').actor).to.equal('resident');
    const receipt = await svc.graph.waitFor(() => textsTo(svc, '31600000701').some((t) => t.includes('Bevestiging van uw klacht')), 15_000);
    const text = receipt.map((x) => JSON.stringify(x.body)).find((t) => t.includes('Bevestiging van uw klacht'))!;
    expect(text).to.contain(reference).and.to.contain('20 november 2026').and.to.contain('maandag 4 januari 2027');
    // Awb 9:6 in writing: the linked e-mail address gets the same confirmation
    // (into the resident's e-mail thread of this case, stored in its transcript like every message)
    const mails = await svc.relay.waitFor((m) => m.envelope.rcptTo.some((r) => r.address === 'a.inwoner@example.org') && (m.parsed.text ?? '').includes('Bevestiging van uw klacht'), 15_000);
    expect(svc.relay.received.length).to.be.greaterThan(before);
    expect(mails[0]!.parsed.text).to.contain('maandag 4 januari 2027');

    // Delayed bull jobs with deterministic ids, computed from the clock
    const q = new Bull('cases', { prefix: `${svc.config.REDIS_PREFIX}:bull`, redis: TEST_REDIS_URL });
    try {
      const job = await q.getJob(`case:${caseId}:reminder:decision:2027-01-04:2`);
      expect(job, 'reminder job').to.not.equal(null);
      expect(await job!.isDelayed()).to.equal(true);
      // due 30 Dec 2026 08:00 Dutch time (two working days before 4 Jan: 1 Jan and the weekend skipped)
      expect(job!.opts.delay).to.equal(Date.parse('2026-12-30T07:00:00Z') - clock.now().getTime());
      expect(await q.getJob(`case:${caseId}:deadline:decision:2027-01-04`)).to.not.equal(null);
    } finally {
      await q.close();
    }
  });

  it('jobs survive a restart: a second instance sees them, and the sweep re-creates a lost one', async () => {
    const second = await startTestService({}, { shareWith: svc, now: () => clock.now() });
    await second.stop();
    const q = new Bull('cases', { prefix: `${svc.config.REDIS_PREFIX}:bull`, redis: TEST_REDIS_URL });
    try {
      const id = `case:${caseId}:reminder:decision:2027-01-04:10`;
      const job = await q.getJob(id);
      expect(job, 'still there after the other instance stopped').to.not.equal(null);
      await job!.remove();
      expect(await q.getJob(id)).to.equal(null);
      await svc.app.cases.sweep();
      const again = await q.getJob(id);
      expect(again).to.not.equal(null);
      expect(await again!.isDelayed()).to.equal(true);
    } finally {
      await q.close();
    }
  });

  it('reminders reach the handler and the coordinator when the clock reaches them', async () => {
    clock.set('2026-12-30T07:00:01Z');
    await svc.app.cases.sweep();
    const r = await eventually(async () => {
      const list = (await cora.call('GET', '/api/agent/cases/reminders')).body.reminders as any[];
      return list.find((x) => x.workingDaysBefore === 2 && x.deadline === 'decision') ?? null;
    }, 'reminder for the coordinator');
    expect(r).to.include({ reference, date: '2027-01-04' });
    const mine = (await ana.call('GET', '/api/agent/cases/reminders')).body.reminders as any[];
    expect(mine.some((x) => x.reference === reference && x.workingDaysBefore === 10)).to.equal(true);
    // run twice: still one reminder event each
    await svc.app.cases.sweep();
    await new Promise((res) => setTimeout(res, 500));
    const n = await svc.app.db.query(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'reminder'`, [caseId]);
    expect(Number((n.rows[0] as any).n)).to.equal(4); // 10 and 2 working days before 4 Jan and before the Awb 9:8 date 18 Dec
  });

  it('the deadline can be extended once by four weeks (Awb 9:11 lid 2) with a message to the resident', async () => {
    const r = await ana.call('POST', `/api/agent/cases/${caseId}/extend`, { reason: 'wij wachten op het verslag van de zorgaanbieder' });
    expect(r.status).to.equal(200);
    expect(r.body.case.decisionDeadline).to.equal('2027-01-29');
    expect((await ana.call('POST', `/api/agent/cases/${caseId}/extend`, { reason: 'nog eens' })).status).to.equal(409);
    // On the resident's channel (outside WhatsApp's 24-hour window by the clock the sender sends the
    // approved template and the letter stays in the transcript) and in writing by e-mail.
    const d = await ana.detail(waConv);
    expect(d.messages.some((m: any) => m.senderRole === 'system' && /meer tijd nodig/.test(m.text) && /vrijdag 29 januari 2027/.test(m.text))).to.equal(true);
    await svc.relay.waitFor((m) => (m.parsed.text ?? '').includes('meer tijd nodig') && (m.parsed.text ?? '').includes('vrijdag 29 januari 2027'), 15_000);
  });

  it('a passed deadline marks the case overdue for the coordinator', async () => {
    clock.set('2027-01-30T00:00:00Z');
    await svc.app.cases.sweep();
    await eventually(async () => {
      const n = await svc.app.db.query(`SELECT 1 FROM case_events WHERE case_id = $1 AND type = 'deadline.passed'`, [caseId]);
      return n.rows.length === 1;
    }, 'deadline job ran');
    const s = await cora.call('GET', '/api/agent/coordinator/stats?from=2026-01-01&to=2027-12-31');
    expect(s.status).to.equal(200);
    expect(s.body.overdue.map((c: any) => c.reference)).to.include(reference);
    expect(s.body.stats.deadlines.openOverdue).to.equal(1);
    expect((await ana.call('GET', '/api/agent/coordinator/stats')).status).to.equal(403);
  });

  it('hearing and outcome letter: findings, judgment, conclusions, the ombudsman and the one-year term', async () => {
    expect((await ana.call('POST', `/api/agent/cases/${caseId}/hearing`, { heldOn: '2027-01-12', report: 'Inwoner en zorgaanbieder gehoord. Rooster was niet doorgegeven.' })).status).to.equal(200);
    const r = await ana.call('POST', `/api/agent/cases/${caseId}/outcome`, {
      findings: 'De zorgaanbieder kwam op 6 dagen niet. Niemand heeft u gebeld.',
      judgment: 'terecht',
      conclusions: 'De zorgaanbieder belt voortaan als de hulp niet kan komen. Wij controleren dit elke maand.',
    });
    expect(r.status).to.equal(200);
    expect(r.body.case.status).to.equal('afgehandeld');
    const [mail] = await svc.relay.waitFor((m) => (m.parsed.text ?? '').includes('Antwoord op uw klacht'), 15_000);
    const letter = mail!.parsed.text!;
    const d = await ana.detail(waConv);
    expect(d.messages.some((m: any) => m.senderRole === 'system' && /^Antwoord op uw klacht/.test(m.text) && m.text.includes('één jaar'))).to.equal(true);
    expect(letter).to.contain('Wij vinden uw klacht terecht').and.to.contain('de Nationale ombudsman').and.to.contain('0800-33 55 555').and.to.contain('één jaar');
    const status = r.body.case.events.filter((e: any) => e.type === 'status').map((e: any) => `${e.from}→${e.to}`);
    expect(status).to.deep.equal(['ontvangen→informeel', 'informeel→formeel', 'formeel→afgehandeld']);
    const decided = r.body.case.events.find((e: any) => e.to === 'afgehandeld');
    expect(decided.data.onTime).to.equal(false);
  });

  it('reopen path: solved informally, asked after 14 days (template outside the window), "nee" reopens and queues it', async () => {
    clock.set('2027-02-01T09:00:00Z');
    const conv = await waStory('31600000702', 'De thuiszorg komt steeds te laat en de hulp is onbeleefd tegen mijn moeder. Ik wil daar een klacht over indienen, kan ik een medewerker spreken?');
    const c0 = (await ana.call('GET', `/api/agent/conversations/${conv}/cases`)).body.cases[0];
    expect(c0.reference).to.equal('K-2027-000001'); // a new year starts a new series
    expect((await ana.claim(conv)).status).to.equal(200);
    expect((await ana.close(conv, 'opgelost-informeel')).status).to.equal(200);
    const solved = (await ana.call('GET', `/api/agent/cases/${c0.id}`)).body.case;
    expect(solved.status).to.equal('opgelost');
    expect(solved.followUpDue).to.equal('2027-02-15T09:00:00.000Z');

    clock.set('2027-02-15T09:00:01Z');
    await svc.app.cases.sweep();
    const asked = await svc.graph.waitFor(() => svc.graph.received.some((x) => x.body.to === '31600000702' && x.body.type === 'template' && x.body.template.name === 'nazorg_vraag'), 15_000);
    const tpl = asked.find((x) => x.body.to === '31600000702' && x.body.type === 'template')!;
    expect(tpl.body.template.components[0].parameters[0].text).to.equal('K-2027-000001');

    await postWebhook(svc, waWebhook({ messages: [waText('Nee, het is nog steeds niet opgelost.', { from: '31600000702' })] }));
    const reopened = await eventually(async () => {
      const d = (await ana.call('GET', `/api/agent/cases/${c0.id}`)).body.case;
      return d.status === 'informeel' ? d : null;
    }, 'case reopened');
    expect(reopened.reopenCount).to.equal(1);
    expect(reopened.followUpResult).to.equal('niet-opgelost');
    expect(reopened.events.some((e: any) => e.type === 'reopened' && e.actor === 'resident')).to.equal(true);
    await eventually(async () => (await ana.queue()).some((q) => q.id === conv), 'back in the queue');
    const s = (await cora.call('GET', '/api/agent/coordinator/stats?from=2026-01-01&to=2027-12-31')).body.stats;
    expect(s.reopen).to.deep.equal({ reopened: 1, solved: 1, rate: 1 });
  });

  it('export for the annual report (Awb 9:12a): CSV and JSON', async () => {
    const j = await cora.call('GET', '/api/agent/coordinator/export.json?from=2026-01-01&to=2027-12-31');
    expect(j.status).to.equal(200);
    expect(j.body.numberOfCases).to.equal(2);
    expect(j.body.numberOfFormalComplaints).to.equal(1);
    const row = j.body.cases.find((x: any) => x.reference === reference);
    expect(row).to.include({ decisionDeadline: '2027-01-29', onTime: 'nee', judgment: 'terecht', channels: 'email+whatsapp', extended: true });
    const res = await fetch(`${svc.baseUrl}/api/agent/coordinator/export.csv?from=2026-01-01&to=2027-12-31`, { headers: { cookie: (cora as any).cookie } });
    expect(res.headers.get('content-type')).to.match(/text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // BOM for spreadsheet programs
    const csv = bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).to.match(/^\uFEFFreference;received;kind;status/);
    expect(csv).to.contain(`${reference};2026-11-20;klacht;afgehandeld`);
    void anaId;
    void coraId;
  });
});
