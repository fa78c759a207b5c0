/**
 * Retention, export and erasure, the audit log and admin-only routes (issue 6, points 5 and 7),
 * on a real service.
 */
import { expect } from 'chai';
import { AgentClient } from '../support/agent-client.js';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

const PASSWORD = 'correct horse battery';

describe('privacy: retention, export, erasure, audit log', function () {
  this.timeout(120_000);
  let svc: TestService;
  const clients: Record<string, AgentClient> = {};

  async function resident(from: string, text: string): Promise<string> {
    const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from })], profileName: 'Test Inwoner' }));
    expect((await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers })).status).to.equal(200);
    return eventually(async () => {
      const r = await svc.app.db.query<{ id: string }>(
        `SELECT c.id FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE c.address = $1 AND m.text = $2 AND m.processed_at IS NOT NULL`,
        [from, text],
      );
      return r.rows[0]?.id;
    }, 'message processed', 30_000);
  }

  before(async () => {
    svc = await startTestService();
    for (const role of ['agent', 'coordinator', 'admin'] as const) {
      await svc.app.agents.create({ username: role, displayName: `Test ${role}`, password: PASSWORD, role });
      clients[role] = new AgentClient(svc.baseUrl);
      await clients[role]!.login(role, PASSWORD);
    }
  });
  after(async () => {
    await svc?.stop();
  });

  it('audits every view and action, and shows the log to admins only', async () => {
    const conv = await resident('31600003001', 'Mijn wmo-indicatie is ingetrokken zonder gesprek');
    expect((await clients.agent!.call('GET', `/api/agent/conversations/${conv}`)).status).to.equal(200);
    expect((await clients.agent!.claim(conv)).status).to.equal(200);
    expect((await clients.agent!.reply(conv, 'Ik kijk het voor u na.')).status).to.equal(200);
    for (const role of ['agent', 'coordinator']) {
      const r = await clients[role]!.call('GET', '/api/agent/admin/audit');
      expect(r.status, role).to.equal(403);
      expect(r.body.error.code).to.equal('forbidden');
    }
    expect((await fetch(`${svc.baseUrl}/api/agent/admin/audit`)).status).to.equal(401);
    const log = await clients.admin!.call('GET', `/api/agent/admin/audit?targetId=${conv}`);
    expect(log.status).to.equal(200);
    const actions = (log.body.entries as Array<{ action: string; username: string; role: string }>).map((e) => `${e.username}:${e.role}:${e.action}`);
    expect(actions).to.include.members(['agent:agent:conversation.view', 'agent:agent:conversation.claim', 'agent:agent:conversation.reply']);
    expect(JSON.stringify(log.body)).to.not.include('ingetrokken'); // ids, never text

    // Case views and actions are audited too (issue 6 point 5: "every case view and action").
    let cases = await clients.agent!.call('GET', `/api/agent/conversations/${conv}/cases`);
    if (!(cases.body.cases as unknown[]).length) {
      expect((await clients.agent!.call('POST', `/api/agent/conversations/${conv}/cases`, { kind: 'klacht' })).status).to.equal(200);
      cases = await clients.agent!.call('GET', `/api/agent/conversations/${conv}/cases`);
    }
    const caseId = (cases.body.cases as Array<{ id: string }>)[0]!.id;
    expect((await clients.agent!.call('GET', `/api/agent/cases/${caseId}`)).status).to.equal(200);
    expect((await clients.agent!.call('POST', `/api/agent/cases/${caseId}/notes`, { text: 'Gebeld met de aanbieder.' })).status).to.equal(200);
    const caseLog = await clients.admin!.call('GET', `/api/agent/admin/audit?targetId=${caseId}`);
    const caseActions = (caseLog.body.entries as Array<{ action: string; username: string }>).map((e) => `${e.username}:${e.action}`);
    expect(caseActions).to.include.members(['agent:case.view', 'agent:case.notes']);
    expect(JSON.stringify(caseLog.body)).to.not.include('Gebeld'); // the note's text stays out of the log
  });

  it('enforces roles: only the holder replies; coordinators may hand back what another holds, agents may not', async () => {
    const conv = await resident('31600003004', 'Mijn zoon krijgt geen leerlingenvervoer meer');
    await svc.app.agents.create({ username: 'bram', displayName: 'Bram', password: PASSWORD, role: 'agent' });
    const bram = new AgentClient(svc.baseUrl);
    await bram.login('bram', PASSWORD);
    expect((await clients.agent!.claim(conv)).status).to.equal(200);
    expect((await bram.claim(conv)).status).to.equal(409);
    expect((await bram.reply(conv, 'Ik neem het over')).status).to.equal(403);
    expect((await bram.call('POST', `/api/agent/conversations/${conv}/handback`)).status).to.equal(403);
    expect((await clients.coordinator!.reply(conv, 'Ik neem het over')).status).to.equal(403);
    expect((await clients.coordinator!.call('POST', `/api/agent/conversations/${conv}/handback`)).status).to.equal(200);
  });

  it('anonymises message text after the retention term and keeps the statistics', async () => {
    const conv = await resident('31600003002', 'Mijn schuldhulptraject is gestopt en ik heb drie kinderen');
    const before = await svc.app.db.query<{ n: number; cls: unknown }>(
      `SELECT (SELECT count(*)::int FROM messages WHERE conversation_id = $1) AS n, (SELECT classification FROM conversations WHERE id = $1) AS cls`,
      [conv],
    );
    // Not yet due: nothing happens.
    let run = await clients.admin!.call('POST', '/api/agent/admin/retention/run');
    expect(run.status).to.equal(200);
    expect((await svc.app.db.query(`SELECT 1 FROM messages WHERE conversation_id = $1 AND text LIKE '%schuldhulp%'`, [conv])).rows).to.have.length(1);
    await svc.app.db.query(`UPDATE conversations SET control = 'closed', updated_at = now() - interval '400 days', last_inbound_at = now() - interval '400 days' WHERE id = $1`, [conv]);
    expect((await clients.agent!.call('POST', '/api/agent/admin/retention/run')).status).to.equal(403);
    run = await clients.admin!.call('POST', '/api/agent/admin/retention/run');
    expect(run.body.messagesAnonymised).to.be.at.least(2);
    expect(run.body.conversationsAnonymised).to.equal(1);
    const after = await svc.app.db.query<{ n: number; cls: unknown; texts: string[]; address: string }>(
      `SELECT (SELECT count(*)::int FROM messages WHERE conversation_id = $1) AS n, c.classification AS cls, c.address,
              (SELECT array_agg(DISTINCT coalesce(text, '')) FROM messages WHERE conversation_id = $1) AS texts
         FROM conversations c WHERE c.id = $1`,
      [conv],
    );
    expect(after.rows[0]!.n).to.equal(before.rows[0]!.n);
    expect(after.rows[0]!.cls).to.deep.equal(before.rows[0]!.cls);
    expect(after.rows[0]!.texts.filter((t) => t && t !== '[geanonimiseerd]')).to.deep.equal([]);
    expect(after.rows[0]!.address).to.not.include('31600003002');
    // Idempotent.
    run = await clients.admin!.call('POST', '/api/agent/admin/retention/run');
    expect(run.body.messagesAnonymised).to.equal(0);
  });

  it('exports a resident as JSON and erases them on an admin request, audited', async () => {
    const from = '31600003003';
    const conv = await resident(from, 'Ik heb een BSN-brief van de gemeente gekregen over mijn bijstand');
    const ref = { channel: 'whatsapp', address: from };
    expect((await clients.coordinator!.call('POST', '/api/agent/admin/residents/export', ref)).status).to.equal(403);
    expect((await clients.admin!.call('POST', '/api/agent/admin/residents/export', { channel: 'whatsapp', address: '31699999999' })).status).to.equal(404);
    expect((await clients.admin!.call('POST', '/api/agent/admin/residents/export', { channel: 'fax', address: from })).status).to.equal(400);
    const exp = await clients.admin!.call('POST', '/api/agent/admin/residents/export', ref);
    expect(exp.status).to.equal(200);
    expect(exp.body.conversations).to.have.length(1);
    expect(exp.body.conversations[0].id).to.equal(conv);
    expect(exp.body.conversations[0].messages.map((m: { text: string }) => m.text)).to.include('Ik heb een BSN-brief van de gemeente gekregen over mijn bijstand');

    expect((await clients.admin!.call('POST', '/api/agent/admin/residents/erase', ref)).status, 'needs confirm').to.equal(400);
    expect((await clients.agent!.call('POST', '/api/agent/admin/residents/erase', { ...ref, confirm: true })).status).to.equal(403);
    const erased = await clients.admin!.call('POST', '/api/agent/admin/residents/erase', { ...ref, confirm: true });
    expect(erased.status).to.equal(200);
    expect(erased.body.conversations).to.equal(1);
    const left = await svc.app.db.query(
      `SELECT 1 FROM messages WHERE text LIKE '%BSN-brief%' OR activity::text LIKE '%BSN-brief%' UNION ALL SELECT 1 FROM conversations WHERE address = $1 OR external_id = $1 UNION ALL SELECT 1 FROM resident_addresses WHERE address = $1
       UNION ALL SELECT 1 FROM conversation_events WHERE data::text LIKE '%BSN-brief%' UNION ALL SELECT 1 FROM cases WHERE summary LIKE '%BSN-brief%'`,
      [from],
    );
    expect(left.rows).to.have.length(0);
    expect((await clients.admin!.call('POST', '/api/agent/admin/residents/export', ref)).status).to.equal(404);
    // A new message from the same number starts a new record, not linked to the erased one.
    const fresh = await resident(from, 'Nieuwe vraag na het wissen');
    expect(fresh).to.not.equal(conv);
    const audit = await clients.admin!.call('GET', '/api/agent/admin/audit?limit=50');
    const actions = (audit.body.entries as Array<{ action: string }>).map((e) => e.action);
    expect(actions).to.include.members(['resident.export', 'resident.erase', 'retention.run']);
  });
});
