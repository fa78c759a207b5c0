/**
 * The case of a bot handoff is one statement (CaseService.onHandoffInTx → createInTx): the open
 * case of the conversation, or a new one whose reference goes with the bot's queued reply. Each
 * branch the separate statements had: a new case told in the reply (in every language, the
 * bilingual text naming the reference twice), told on its own without a reply, the open case
 * kept (and given the team it lacked), nothing for a handoff that is no case.
 */
import { expect } from 'chai';
import type { HandoffContext } from '../../dialogs/ports.js';
import { formatReference } from '../../src/cases/records.js';
import { caseTextsFor } from '../../src/cases/texts.js';
import type { ConversationRecord } from '../../src/store/records.js';
import { startTestService, type TestService } from '../support/service.js';

describe('cases: the case of a bot handoff in one statement (real PostgreSQL)', function () {
  this.timeout(60_000);
  let svc: TestService;
  let n = 0;
  before(async () => {
    svc = await startTestService();
  });
  after(async () => svc?.stop());

  async function conversation(lang: string | null, botReply: string | null): Promise<ConversationRecord> {
    n += 1;
    const r = await svc.app.store.storeInbound({
      channel: 'whatsapp',
      externalId: `31699990${n}`,
      address: `31699990${n}`,
      providerMessageId: `wamid.handoff-case.${n}`,
      activity: { type: 'message', text: 'Ik heb een klacht over de thuiszorg.' },
    });
    await svc.app.db.query(`UPDATE conversations SET lang = $2 WHERE id = $1`, [r.conversationId, lang]);
    if (botReply) {
      await svc.app.db.transaction((tx) =>
        svc.app.store.appendOutbound(tx, r.conversationId, [
          { senderRole: 'bot', senderName: 'Digitale assistent', activity: { type: 'message', text: botReply }, idempotencyKey: `bot:handoff-case:${n}` },
        ]),
      );
    }
    return (await svc.app.store.getConversation(r.conversationId))!;
  }

  function ctx(kind: string | null, lang = 'nl'): HandoffContext {
    return {
      reason: 'resident-asked',
      classification: kind ? ({ kind, bodies: ['zorgaanbieder'], law: [], urgency: 'normaal' } as never) : null,
      team: { id: 'wmo', name: 'Wmo' },
      summary: 'thuiszorg komt niet',
      lang,
    } as HandoffContext;
  }

  const handoff = (conv: ConversationRecord, c: HandoffContext) => svc.app.db.transaction((tx) => svc.app.cases.onHandoffInTx(tx, conv, c));
  const outbound = async (conv: ConversationRecord) =>
    (await svc.app.db.query<{ text: string; activity: { text: string }; sender_role: string }>(
      `SELECT text, activity, sender_role FROM messages WHERE conversation_id = $1 AND direction = 'out' ORDER BY seq`,
      [conv.id],
    )).rows;
  const casesOf = async (conv: ConversationRecord) => svc.app.cases.forConversation(conv.id);

  it('a new case: numbered in order, linked, recorded, and its reference added to the bot reply (text and activity)', async () => {
    const conv = await conversation('nl', 'Ik geef u door aan een medewerker.');
    expect(await handoff(conv, ctx('klacht'))).to.deep.equal({ messageIds: [] });
    const [c] = await casesOf(conv);
    const year = Number(svc.app.cases.today().slice(0, 4));
    expect(c!.reference).to.equal(formatReference(year, 1));
    expect(c).to.include({ kind: 'klacht', status: 'ontvangen', team: 'wmo', channel: 'whatsapp', lang: 'nl', summary: 'thuiszorg komt niet' });
    const out = await outbound(conv);
    const want = `Ik geef u door aan een medewerker.\n\n${caseTextsFor('nl').caseOpened(c!.reference)}`;
    expect(out.map((m) => [m.text, m.activity.text])).to.deep.equal([[want, want]]);
    const ev = await svc.app.db.query<{ type: string; data: Record<string, unknown>; actor: string }>(`SELECT type, data, actor FROM case_events WHERE case_id = $1`, [c!.id]);
    expect(ev.rows).to.deep.equal([
      { type: 'created', actor: 'system', data: { reference: c!.reference, kind: 'klacht', conversationId: conv.id, channel: 'whatsapp' } },
    ]);

    const second = await conversation('nl', 'Ik geef u door.');
    await handoff(second, ctx('signaal'));
    expect((await casesOf(second))[0]!.reference).to.equal(formatReference(year, 2));

    // As formatReference: six digits at least, never cut.
    await svc.app.db.query(`UPDATE case_reference_counters SET last = 999999 WHERE year = $1`, [year]);
    const many = await conversation('nl', 'Ik geef u door.');
    await handoff(many, ctx('klacht'));
    expect((await casesOf(many))[0]!.reference).to.equal(formatReference(year, 1_000_000));
    await svc.app.db.query(`UPDATE case_reference_counters SET last = 2 WHERE year = $1`, [year]);
  });

  it('the bilingual text names the reference twice; without a bot reply the reference is a message of its own', async () => {
    const tr = await conversation('tr', 'Bir çalışana aktarıyorum.');
    await handoff(tr, ctx('klacht', 'tr'));
    const [c] = await casesOf(tr);
    const told = caseTextsFor('tr').caseOpened(c!.reference);
    expect(told.split(c!.reference)).to.have.length(3);
    expect((await outbound(tr)).map((m) => m.text)).to.deep.equal([`Bir çalışana aktarıyorum.\n\n${told}`]);

    const silent = await conversation('nl', null);
    const r = await handoff(silent, ctx('bezwaar'));
    expect(r!.messageIds).to.have.length(1);
    const [b] = await casesOf(silent);
    expect((await outbound(silent)).map((m) => [m.sender_role, m.text])).to.deep.equal([['system', caseTextsFor('nl').caseOpened(b!.reference)]]);
  });

  it('an open case is kept (and gets the team it lacked); a handoff that is no case creates nothing', async () => {
    const conv = await conversation('nl', 'Ik geef u door.');
    await handoff(conv, ctx('klacht'));
    const [c] = await casesOf(conv);
    await svc.app.db.query(`UPDATE cases SET team = NULL WHERE id = $1`, [c!.id]);
    const counter = async () => Number((await svc.app.db.query<{ last: number }>(`SELECT max(last) AS last FROM case_reference_counters`)).rows[0]!.last);
    const before = await counter();
    expect(await handoff(conv, ctx('klacht'))).to.deep.equal({ messageIds: [] });
    expect(await handoff(conv, ctx(null))).to.deep.equal({ messageIds: [] }, 'an open case counts even without a case kind');
    const after = await casesOf(conv);
    expect(after.map((x) => [x.id, x.team])).to.deep.equal([[c!.id, 'wmo']]);
    expect(await counter()).to.equal(before, 'no number taken');

    const plain = await conversation('nl', 'Ik geef u door.');
    expect(await handoff(plain, ctx(null))).to.equal(null);
    expect(await casesOf(plain)).to.have.length(0);
    expect(await counter()).to.equal(before);
  });

  it('after the commit a new klacht needs no read and no jobs; a bezwaar with a decision date is scheduled as before', async () => {
    const statements: string[] = [];
    const db = svc.app.db as { query: (sql: string, params?: unknown[]) => Promise<unknown> };
    const query = db.query.bind(db);
    const counting = async (fn: () => Promise<void>) => {
      statements.length = 0;
      db.query = (sql, params) => (statements.push(sql), query(sql, params));
      try {
        await fn();
      } finally {
        db.query = query;
      }
      return [...statements];
    };
    const klacht = await conversation('nl', 'Ik geef u door.');
    await handoff(klacht, ctx('klacht'));
    expect(await counting(() => svc.app.cases.afterHandoff(klacht.id))).to.deep.equal([]);

    const bezwaar = await conversation('nl', 'Ik geef u door.');
    const decisionDate = svc.app.cases.today();
    await handoff(bezwaar, { ...ctx('bezwaar'), bezwaar: { decisionDate, deadline: null } });
    const [c] = await casesOf(bezwaar);
    expect(c!.bezwaarDeadline).to.be.a('string');
    const read = await counting(() => svc.app.cases.afterHandoff(bezwaar.id));
    expect(read.some((q) => q.includes('FROM case_job_runs')), 'its reminders are scheduled').to.equal(true);
  });
});
