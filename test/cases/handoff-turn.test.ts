/**
 * A bot handoff's turn is one statement without BEGIN/COMMIT (TurnProcessor → completeTurnWith
 * with HandoffService.queuePart and CaseService.handoffPart): the same rows as the transaction
 * (queueInTx, completeTurn, onHandoffInTx); new residents handing off at once get distinct
 * reference numbers, each told once in its own reply, and every event once and in order;
 * messages arriving meanwhile on the same conversation keep `seq` gap-free and are processed
 * once; a reply stored already, or a conversation changed by a concurrent writer after the
 * statement's snapshot (an agent's transaction that made a case), undoes the statement whole (the
 * turn then takes the transaction).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import pg from 'pg';
import { formatReference } from '../../src/cases/records.js';
import { classificationColumns } from '../../src/handoff.js';
import { isDivisionByZero } from '../../src/store/db.js';
import { eventually, startTestService, type TestService } from '../support/service.js';
import { botReply, HANDOFF_CTX, handoffHelpers, KLACHT } from './handoff-fixtures.js';


describe('cases: a bot handoff turn in one statement (real PostgreSQL, Redis)', function () {
  this.timeout(120_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService();
  });
  after(async () => svc?.stop());

  const { post, q, pendingConversation } = handoffHelpers(() => svc, '31698830');
  const convOf = async (wamid: string) =>
    eventually(async () => (await q<{ conversation_id: string }>(`SELECT conversation_id FROM messages WHERE provider_message_id = $1`, [wamid]))[0]?.conversation_id, 'stored');
  const allProcessed = (conv: string) =>
    eventually(async () => (await q(`SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'in' AND processed_at IS NULL`, [conv])).length === 0, 'processed', 30_000);

  it('eight new residents handing off at once: distinct references, each once in its own reply, every event once and in order, no transaction', async () => {
    const db = svc.app.db as { transaction: (fn: unknown) => Promise<unknown> };
    const transaction = db.transaction.bind(db);
    let transactions = 0;
    db.transaction = (fn) => ((transactions += 1), transaction(fn));
    const from = [...Array(8).keys()].map((i) => `3169881000${i}`);
    let convs: string[];
    try {
      const wamids = await Promise.all(from.map((f) => post(f, KLACHT)));
      convs = await Promise.all(wamids.map(convOf));
      await Promise.all(convs.map(allProcessed));
      await svc.graph.waitFor((rs) => from.every((f) => rs.some((x) => x.body.to === f)), 30_000);
    } finally {
      db.transaction = transaction;
    }
    expect(transactions, 'intake, turn, handoff and case without BEGIN/COMMIT').to.equal(0);

    const cases = await q<{ id: string; reference: string; conversation_id: string }>(
      `SELECT cs.id, cs.reference, cc.conversation_id FROM cases cs JOIN case_conversations cc ON cc.case_id = cs.id`,
    );
    const year = Number(svc.app.cases.today().slice(0, 4));
    expect(cases.map((c) => c.reference).sort()).to.deep.equal([...Array(8).keys()].map((i) => formatReference(year, i + 1)));
    expect(new Set(cases.map((c) => c.conversation_id))).to.deep.equal(new Set(convs));
    for (const [i, conv] of convs.entries()) {
      const ref = cases.find((c) => c.conversation_id === conv)!.reference;
      const out = await q<{ seq: number; sender_role: string; text: string; activity: { text: string }; status: string }>(
        `SELECT seq, sender_role, text, activity, status FROM messages WHERE conversation_id = $1 AND direction = 'out' ORDER BY seq`,
        [conv],
      );
      expect(out.map((m) => [Number(m.seq), m.sender_role]), 'one reply: the reference and the notice folded in').to.deep.equal([[2, 'bot']]);
      expect(out[0]!.text.split(ref)).to.have.length(2);
      expect(out[0]!.activity.text).to.equal(out[0]!.text);
      for (const other of cases.filter((c) => c.conversation_id !== conv)) expect(out[0]!.text).not.to.contain(other.reference);
      const sent = svc.graph.received.filter((x) => x.body.to === from[i]).map((x) => JSON.stringify(x.body));
      expect(sent.filter((t) => t.includes(ref))).to.have.length(1);
      const ev = await q<{ type: string }>(`SELECT type FROM conversation_events WHERE conversation_id = $1 ORDER BY id`, [conv]);
      expect(ev.map((e) => e.type)).to.deep.equal(['handoff.initiate', 'availability.notice'], 'nobody is online');
      const cev = await q<{ type: string }>(`SELECT type FROM case_events WHERE case_id = $1 ORDER BY id`, [cases.find((c) => c.conversation_id === conv)!.id]);
      expect(cev.map((e) => e.type)).to.deep.equal(['created']);
      const [c] = await q<{ control: string; last_seq: number; team: string | null; classification: unknown }>(`SELECT * FROM conversations WHERE id = $1`, [conv]);
      expect([c!.control, Number(c!.last_seq)]).to.deep.equal(['queued', 2]);
      expect(c!.team).to.be.a('string');
      expect(c!.classification).to.be.an('object');
    }
  });

  it('messages arriving during the handoff turn on the same conversation: seq gap-free, each processed once, one handoff and one case', async () => {
    const first = await post('31698820001', KLACHT);
    const more = await Promise.all(['Hallo? Is er al iemand die dit leest?', 'Het gaat om mijn vader, hij woont alleen.', 'Vandaag is het weer niet goed gegaan.'].map((t) => post('31698820001', t)));
    const conv = await convOf(first);
    for (const m of more) expect(await convOf(m)).to.equal(conv);
    await allProcessed(conv);
    await eventually(async () => (await q(`SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'out' AND status = 'queued'`, [conv])).length === 0, 'sent');
    const msgs = await q<{ seq: number; direction: string }>(`SELECT seq, direction FROM messages WHERE conversation_id = $1 ORDER BY seq`, [conv]);
    expect(msgs.map((m) => Number(m.seq))).to.deep.equal([...Array(msgs.length).keys()].map((i) => i + 1));
    expect(msgs.filter((m) => m.direction === 'in')).to.have.length(4);
    const [c] = await q<{ last_seq: number }>(`SELECT last_seq FROM conversations WHERE id = $1`, [conv]);
    expect(Number(c!.last_seq)).to.equal(msgs.length);
    const ev = await q<{ type: string }>(`SELECT type FROM conversation_events WHERE conversation_id = $1 AND type = 'handoff.initiate'`, [conv]);
    expect(ev).to.have.length(1);
    expect(await svc.app.cases.forConversation(conv)).to.have.length(1);
  });

  const ctx = HANDOFF_CTX;
  const classification = { kind: 'klacht', bodies: ['zorgaanbieder'], urgency: 'normaal', lang: 'nl' };
  const reply = botReply;

  it('the statement writes what the transaction wrote: conversation, reply with reference, events, case, link', async () => {
    const tx = await pendingConversation();
    await svc.app.db.transaction(async (t) => {
      await svc.app.handoff.queueInTx(t, tx.conv.id, ctx);
      await svc.app.store.completeTurn(tx.conv.id, tx.msgId, reply(tx.msgId), { ...classificationColumns(classification), urgency: 'hoog' }, t);
      await svc.app.cases.onHandoffInTx(t, tx.conv, ctx);
    });
    const one = await pendingConversation();
    const part = svc.app.cases.handoffPart(one.conv, ctx)!;
    expect(part.creates).to.equal(true);
    const r = await svc.app.store.completeTurnWith(one.conv.id, one.msgId, reply(one.msgId), { ...classificationColumns(classification), urgency: 'hoog' }, undefined, (p) => [
      svc.app.handoff.queuePart(p, one.conv.id, ctx),
      part.part(p),
    ]);
    part.settle(r.extra);
    expect(r.ids).to.have.length(1);

    const state = async (conv: string) => {
      const [c] = await q<Record<string, unknown>>(
        `SELECT control, priority, team, handoff_reason, urgency, lang, classification, last_seq, queued_at IS NOT NULL AS queued FROM conversations WHERE id = $1`,
        [conv],
      );
      const [cs] = await svc.app.cases.forConversation(conv);
      const msgs = await q<{ seq: number; text: string; activity: { text: string } }>(
        `SELECT seq, direction, sender_role, status, text, activity FROM messages WHERE conversation_id = $1 ORDER BY seq`,
        [conv],
      );
      const ev = await q(`SELECT type, agent_id, data FROM conversation_events WHERE conversation_id = $1 ORDER BY id`, [conv]);
      const cev = await q(`SELECT type, from_status, to_status, actor, data - 'reference' - 'conversationId' AS data FROM case_events WHERE case_id = $1 ORDER BY id`, [cs!.id]);
      const link = await q(`SELECT linked_by, agent_id FROM case_conversations WHERE conversation_id = $1`, [conv]);
      return {
        conversation: c,
        messages: msgs.map((m) => ({ ...m, text: m.text.replace(cs!.reference, 'REF'), activity: { ...m.activity, text: m.activity.text.replace(cs!.reference, 'REF') } })),
        events: ev,
        case: { kind: cs!.kind, status: cs!.status, team: cs!.team, bodies: cs!.bodies, lang: cs!.lang, summary: cs!.summary, channel: cs!.channel },
        caseEvents: cev,
        link,
      };
    };
    const a = await state(tx.conv.id);
    expect(a.messages[1]!.text).to.contain('REF');
    expect(a.conversation).to.include({ control: 'queued', priority: 100, urgency: 'hoog', handoff_reason: 'resident-asked', team: 'wmo' });
    expect(await state(one.conv.id)).to.deep.equal(a);
  });

  it('an agent made a case and held the conversation while the statement waited: the statement is undone, the transaction keeps that case', async () => {
    const one = await pendingConversation();
    // As createForConversation: the case and its link, then the conversation's row (appendOutbound), in one transaction.
    const agent = new pg.Client({ connectionString: svc.config.DATABASE_URL, options: `-c search_path=${svc.config.DATABASE_SCHEMA}` });
    await agent.connect();
    const caseId = randomUUID();
    try {
      await agent.query('BEGIN');
      await agent.query(
        `INSERT INTO cases (id, reference, kind, team, resident_id, channel, received_at) VALUES ($1, 'K-2000-000001', 'klacht', 'wmo', $2, 'whatsapp', now())`,
        [caseId, one.conv.residentId],
      );
      await agent.query(`INSERT INTO case_conversations (case_id, conversation_id, linked_by) VALUES ($1, $2, 'agent')`, [caseId, one.conv.id]);
      await agent.query(`UPDATE conversations SET updated_at = now() WHERE id = $1`, [one.conv.id]);
      const part = svc.app.cases.handoffPart(one.conv, ctx)!;
      const statement = svc.app.store
        .completeTurnWith(one.conv.id, one.msgId, reply(one.msgId), null, undefined, (p) => [svc.app.handoff.queuePart(p, one.conv.id, ctx), part.part(p)])
        .then(() => null, (e: unknown) => e);
      await new Promise((r) => setTimeout(r, 300)); // its snapshot taken, it waits for the row
      await agent.query('COMMIT');
      const err = await statement;
      expect(isDivisionByZero(err), String(err)).to.equal(true);
    } finally {
      await agent.end();
    }
    expect(await q(`SELECT 1 FROM conversation_events WHERE conversation_id = $1`, [one.conv.id])).to.have.length(0);
    await svc.app.db.transaction(async (t) => {
      await svc.app.handoff.queueInTx(t, one.conv.id, ctx);
      await svc.app.store.completeTurn(one.conv.id, one.msgId, reply(one.msgId), null, t);
      await svc.app.cases.onHandoffInTx(t, one.conv, ctx);
    });
    expect((await svc.app.cases.forConversation(one.conv.id)).map((c) => c.id)).to.deep.equal([caseId]);
  });

  it('a reply stored already: the statement is undone whole (no number taken, nothing queued)', async () => {
    const one = await pendingConversation();
    await svc.app.db.transaction((t) => svc.app.store.appendOutbound(t, one.conv.id, reply(one.msgId)));
    const counter = async () => (await q<{ last: number }>(`SELECT max(last) AS last FROM case_reference_counters`))[0]!.last;
    const before = await counter();
    const part = svc.app.cases.handoffPart(one.conv, ctx)!;
    const err = await svc.app.store
      .completeTurnWith(one.conv.id, one.msgId, reply(one.msgId), null, undefined, (p) => [svc.app.handoff.queuePart(p, one.conv.id, ctx), part.part(p)])
      .then(() => null, (e: unknown) => e);
    expect(isDivisionByZero(err), String(err)).to.equal(true);
    expect(await counter()).to.equal(before);
    const [c] = await q<{ control: string; last_seq: number }>(`SELECT control, last_seq FROM conversations WHERE id = $1`, [one.conv.id]);
    expect([c!.control, Number(c!.last_seq)]).to.deep.equal(['bot', 2]);
    expect(await q(`SELECT 1 FROM conversation_events WHERE conversation_id = $1`, [one.conv.id])).to.have.length(0);
    expect(await q(`SELECT 1 FROM messages WHERE id = $1 AND processed_at IS NULL`, [one.msgId])).to.have.length(1);
  });
});
