/**
 * The statements of a resident's turn must find their rows through indexes. Found by the load
 * bench: `completeTurn` joined its replies (from jsonb_to_recordset, which the planner guesses
 * at 100 rows) to `messages` by hashing a full scan of the table, once per turn, for as long as
 * the table was small enough (thousands of messages) for that plan to look cheaper: 1,012 full
 * scans reading 1.1 million rows in a 20 s run.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { openDb, type Db } from '../../src/store/db.js';
import { MessageStore } from '../../src/store/messages.js';
import { dropSchema } from '../support/service.js';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

describe('store: query plans of the turn path', function () {
  this.timeout(60_000);
  const schema = `t_plans_${randomUUID().slice(0, 8)}`;
  let db: Db;
  let store: MessageStore;

  before(async () => {
    db = await openDb({ url: PG_URL, pgliteDir: '', schema, poolSize: 2 });
    store = new MessageStore(db);
    // 3,000 stored messages in 300 conversations (a small deployment's first days), and statistics that are fresh for them
    // (ANALYZE), so the planner knows the table is large.
    await db.query(`INSERT INTO residents (id) SELECT gen_random_uuid() FROM generate_series(1, 1)`);
    await db.query(
      `INSERT INTO conversations (id, channel, external_id, resident_id, address, last_seq)
       SELECT gen_random_uuid(), 'webchat', 'bulk-' || g, (SELECT id FROM residents LIMIT 1), 'bulk-' || g, 10
         FROM generate_series(1, 300) g`,
    );
    await db.query(
      `INSERT INTO messages (id, conversation_id, seq, direction, sender_role, channel, idempotency_key, text, activity, status, processed_at)
       SELECT gen_random_uuid(), c.id, s, CASE WHEN s % 2 = 1 THEN 'in' ELSE 'out' END, CASE WHEN s % 2 = 1 THEN 'resident' ELSE 'bot' END,
              'webchat', c.external_id || ':' || s, 'bericht ' || s, '{"type":"message"}'::jsonb,
              CASE WHEN s % 2 = 1 THEN 'processed' ELSE 'sent' END, now()
         FROM conversations c, generate_series(1, 10) s`,
    );
    await db.query(`ANALYZE messages`);
    await db.query(`ANALYZE conversations`);
  });

  after(async () => {
    await db?.close();
    await dropSchema(schema);
  });

  async function seqScansOfMessages(): Promise<number> {
    // The statistics collector reports with a delay; force this backend's counters out.
    await db.query(`SELECT pg_stat_force_next_flush()`).catch(() => undefined);
    const r = await db.query<{ seq_scan: string }>(
      `SELECT seq_scan FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = 'messages'`,
      [schema],
    );
    return Number(r.rows[0]?.seq_scan ?? 0);
  }

  it('a bot turn (completeTurn with several replies) does not scan every message', async () => {
    const receipt = await store.storeInbound({
      channel: 'webchat',
      externalId: 'plan-check',
      address: 'plan-check',
      providerMessageId: 'plan-check:1',
      activity: { type: 'message', text: 'Mijn hulp komt niet meer.' },
    });
    const before = await seqScansOfMessages();
    const ids = await store.completeTurn(
      receipt.conversationId,
      receipt.messageId,
      [0, 1, 2].map((i) => ({
        senderRole: 'bot' as const,
        senderName: 'Digitale assistent',
        activity: { type: 'message', text: `antwoord ${i}` },
        idempotencyKey: `bot:${receipt.messageId}:${i}`,
        replyToId: receipt.messageId,
      })),
      { classification: '{}', lang: 'nl', urgency: 'normaal' },
    );
    expect(ids).to.have.length(3);
    // Run again: the idempotency check finds all three and stores nothing new.
    const again = await store.completeTurn(receipt.conversationId, receipt.messageId, [0, 1, 2].map((i) => ({
      senderRole: 'bot' as const,
      senderName: 'Digitale assistent',
      activity: { type: 'message', text: `antwoord ${i}` },
      idempotencyKey: `bot:${receipt.messageId}:${i}`,
      replyToId: receipt.messageId,
    })), null);
    expect(again).to.deep.equal(ids);
    expect(await seqScansOfMessages()).to.equal(before, 'completeTurn scanned the whole messages table');
  });

  it('the turn path keeps using indexes once its statements are prepared and PostgreSQL may pick a generic plan', async () => {
    // Statements are prepared per connection (PgDb names them); after five executions
    // PostgreSQL's plan cache may switch to a generic plan, which must not be a full scan either.
    const before = await seqScansOfMessages();
    for (let i = 0; i < 12; i++) {
      const receipt = await store.storeInbound({
        channel: 'webchat',
        externalId: `generic-${i % 3}`,
        address: `generic-${i % 3}`,
        providerMessageId: `generic:${i}`,
        activity: { type: 'message', text: `Bericht ${i}` },
      });
      const pending = await store.pendingTurn(receipt.conversationId);
      expect(pending.messages.map((m) => m.id)).to.include(receipt.messageId);
      const ids = await store.completeTurn(receipt.conversationId, receipt.messageId, [{
        senderRole: 'bot' as const,
        senderName: 'Digitale assistent',
        activity: { type: 'message', text: `antwoord ${i}` },
        idempotencyKey: `bot:${receipt.messageId}:0`,
        replyToId: receipt.messageId,
      }], { classification: '{}', lang: 'nl', urgency: 'normaal' });
      expect(ids).to.have.length(1);
      expect((await store.pendingTurn(receipt.conversationId)).messages).to.have.length(0);
    }
    expect(await seqScansOfMessages()).to.equal(before, 'a prepared statement of the turn path scanned the whole messages table');
  });

  it('the turn read carries what the case checks need: a follow-up awaiting an answer, the newest case that may go formal', async () => {
    const receipt = await store.storeInbound({
      channel: 'webchat',
      externalId: 'cases-hints',
      address: 'cases-hints',
      providerMessageId: 'cases-hints:1',
      activity: { type: 'message', text: 'nee' },
    });
    const conv = receipt.conversationId;
    expect((await store.pendingTurn(conv)).cases).to.deep.equal({ awaitsFollowUp: false, openCaseId: null });
    const mk = async (ref: string, status: string, created: string, followUp: boolean): Promise<string> => {
      const id = randomUUID();
      await db.query(
        `INSERT INTO cases (id, reference, kind, status, channel, received_at, created_at, follow_up_asked_at, follow_up_conversation_id)
         SELECT $1, $2, 'klacht', $3, 'webchat', now(), $4::timestamptz, CASE WHEN $5 THEN now() END, CASE WHEN $5 THEN $6::uuid END`,
        [id, ref, status, created, followUp, conv],
      );
      await db.query(`INSERT INTO case_conversations (case_id, conversation_id, linked_by) VALUES ($1, $2, 'handoff')`, [id, conv]);
      return id;
    };
    const older = await mk('K-2026-900001', 'informeel', '2026-01-01', false);
    const newest = await mk('K-2026-900002', 'opgelost', '2026-02-01', true);
    await mk('K-2026-900003', 'formeel', '2026-03-01', false);
    expect((await store.pendingTurn(conv)).cases).to.deep.equal({ awaitsFollowUp: true, openCaseId: newest });
    await db.query(`UPDATE cases SET follow_up_result = 'opgelost', status = 'afgehandeld' WHERE id = $1`, [newest]);
    expect((await store.pendingTurn(conv)).cases, 'a formal case cannot go formal again').to.deep.equal({ awaitsFollowUp: false, openCaseId: older });
  });
});
