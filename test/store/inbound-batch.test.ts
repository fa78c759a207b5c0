/**
 * Group commit of inbound messages (InboundBatcher behind MessageStore.storeInbound), against
 * real PostgreSQL: messages handed in together are stored by one statement, with the same
 * outcome as one statement each — known and new conversations mixed, seq gap-free in order of
 * arrival, duplicates inside a batch and against stored messages, a closed conversation
 * reopened, channel state merged in order — and a batch that a concurrent writer gets in the
 * way of is undone and its messages stored one by one, nothing lost or stored twice.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import pg from 'pg';
import { ConversationNotFound, type InboundMessage } from '../../channels/contract.js';
import { openDb, type Db } from '../../src/store/db.js';
import { MessageStore } from '../../src/store/messages.js';
import { dropSchema, TEST_DATABASE_URL } from '../support/service.js';

describe('store: inbound messages stored in batches (group commit, real PostgreSQL)', function () {
  this.timeout(60_000);
  const schema = `t_inbatch_${randomUUID().slice(0, 8)}`;
  let db: Db;
  let store: MessageStore;
  before(async () => {
    db = await openDb({ url: TEST_DATABASE_URL, pgliteDir: '', schema, poolSize: 8 });
    store = new MessageStore(db);
  });
  after(async () => {
    await db?.close();
    await dropSchema(schema);
  });

  const wa = (from: string, wamid: string, extra: Partial<InboundMessage> = {}): InboundMessage => ({
    channel: 'whatsapp',
    externalId: from,
    address: from,
    providerMessageId: wamid,
    displayName: 'Inwoner',
    activity: { type: 'message', text: `bericht ${wamid}` },
    ...extra,
  });

  /** How many statements the pool ran: the batches are fewer than the messages. */
  async function statementsOf<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
    let statements = 0;
    const query = db.query.bind(db);
    db.query = ((sql: string, params?: unknown[]) => {
      statements++;
      return query(sql, params);
    }) as Db['query'];
    try {
      return { result: await fn(), statements };
    } finally {
      db.query = query;
    }
  }

  async function stored(address: string) {
    const r = await db.query<{ id: string; seq: string; provider_message_id: string; conversation_id: string; text: string }>(
      `SELECT m.id, m.seq, m.provider_message_id, m.conversation_id, m.text FROM messages m
         JOIN conversations c ON c.id = m.conversation_id WHERE c.address = $1 ORDER BY m.seq`,
      [address],
    );
    return r.rows;
  }

  it('known and new conversations in one batch: each message once, seq 1…n per conversation in order of arrival, one resident each', async () => {
    await store.storeInbound(wa('31640000001', 'wamid.b1.known.0'));
    await store.storeInbound(wa('31640000002', 'wamid.b1.known2.0'));
    // 3 residents × 4 messages, interleaved: two known conversations and a new one.
    const order = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2].map((r, i) => ({ from: `3164000000${r + 1}`, wamid: `wamid.b1.${r}.${i}` }));
    const { result: receipts, statements } = await statementsOf(() => Promise.all(order.map((o) => store.storeInbound(wa(o.from, o.wamid)))));
    expect(statements, 'one statement for the twelve messages').to.equal(1);
    expect(receipts.every((r) => !r.duplicate)).to.equal(true);
    for (const [r, from] of ['31640000001', '31640000002', '31640000003'].entries()) {
      const rows = await stored(from);
      const expected = order.filter((o) => o.from === from).map((o) => o.wamid);
      const known = r < 2;
      expect(rows.map((x) => x.provider_message_id)).to.deep.equal(known ? [`wamid.b1.known${r === 0 ? '' : '2'}.0`, ...expected] : expected);
      expect(rows.map((x) => Number(x.seq))).to.deep.equal(known ? [1, 2, 3, 4, 5] : [1, 2, 3, 4]);
      // Every receipt names its own row.
      for (const o of order.filter((x) => x.from === from)) {
        const receipt = receipts[order.indexOf(o)]!;
        const row = rows.find((x) => x.provider_message_id === o.wamid)!;
        expect(receipt).to.deep.equal({ messageId: row.id, conversationId: row.conversation_id, seq: Number(row.seq), duplicate: false });
      }
      const conv = await db.query<{ last_seq: string }>(`SELECT last_seq FROM conversations WHERE address = $1`, [from]);
      expect(conv.rows.map((c) => Number(c.last_seq))).to.deep.equal([known ? 5 : 4]);
      const residents = await db.query(`SELECT resident_id FROM resident_addresses WHERE channel = 'whatsapp' AND address = $1`, [from]);
      expect(residents.rows).to.have.length(1);
    }
  });

  it('duplicates inside a batch and against stored messages come back as such, with the stored id', async () => {
    const first = await store.storeInbound(wa('31640000011', 'wamid.b2.0'));
    const batch = await Promise.all([
      store.storeInbound(wa('31640000011', 'wamid.b2.0')), // stored before
      store.storeInbound(wa('31640000011', 'wamid.b2.1')),
      store.storeInbound(wa('31640000011', 'wamid.b2.1')), // twice in this batch
      store.storeInbound(wa('31640000012', 'wamid.b2.new')), // a new resident …
      store.storeInbound(wa('31640000012', 'wamid.b2.new')), // … twice
    ]);
    expect(batch[0]).to.deep.equal({ ...first, duplicate: true });
    expect(batch[1]!.duplicate).to.equal(false);
    expect(batch[2]).to.deep.equal({ ...batch[1], duplicate: true });
    expect(batch[1]!.seq).to.equal(2);
    expect(batch[3]).to.include({ duplicate: false, seq: 1 });
    expect(batch[4]).to.deep.equal({ ...batch[3], duplicate: true });
    expect((await stored('31640000011')).map((x) => x.provider_message_id)).to.deep.equal(['wamid.b2.0', 'wamid.b2.1']);
    expect((await stored('31640000012')).map((x) => x.provider_message_id)).to.deep.equal(['wamid.b2.new']);
  });

  it('a closed conversation reopens under the bot; newest inbound time and channel state (later messages win) as one by one', async () => {
    const from = '31640000021';
    const r0 = await store.storeInbound(wa(from, 'wamid.b3.0', { channelState: { phone_number_id: 'PN-1', keep: 'x' } }));
    await db.query(`UPDATE conversations SET control = 'closed' WHERE id = $1`, [r0.conversationId]);
    const t = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, s));
    await Promise.all([
      store.storeInbound(wa(from, 'wamid.b3.1', { sentAt: t(30), channelState: { phone_number_id: 'PN-2' } })),
      store.storeInbound(wa(from, 'wamid.b3.2', { sentAt: t(10), channelState: { phone_number_id: 'PN-3', display_phone_number: '+31 6 4000 0000' } })),
    ]);
    const c = await db.query<{ control: string; assigned_agent_id: string | null; channel_state: Record<string, string>; last_inbound_at: Date }>(
      `SELECT control, assigned_agent_id, channel_state, last_inbound_at FROM conversations WHERE id = $1`,
      [r0.conversationId],
    );
    expect(c.rows[0]!.control).to.equal('bot');
    expect(c.rows[0]!.channel_state).to.deep.equal({ phone_number_id: 'PN-3', keep: 'x', display_phone_number: '+31 6 4000 0000' });
    // The first message had no sent time (now), which is newer than both.
    expect(c.rows[0]!.last_inbound_at.getTime()).to.be.greaterThan(t(30).getTime());
  });

  it('a conversation created by a concurrent writer during the batch: the batch is undone and its messages stored one by one', async () => {
    const from = '31640000031';
    // Another writer (a second instance) creates the same conversation and has not committed.
    const other = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema},public` });
    await other.connect();
    try {
      const residentId = randomUUID();
      const conversationId = randomUUID();
      await other.query('BEGIN');
      await other.query(`INSERT INTO residents (id, display_name) VALUES ($1, 'Inwoner')`, [residentId]);
      await other.query(`INSERT INTO resident_addresses (channel, address, resident_id) VALUES ('whatsapp', $1, $2)`, [from, residentId]);
      await other.query(
        `INSERT INTO conversations (id, channel, external_id, resident_id, address, last_seq) VALUES ($1, 'whatsapp', $2, $3, $2, 0)`,
        [conversationId, from, residentId],
      );
      // A known resident's message in the same batch must be stored as well.
      await store.storeInbound(wa('31640000032', 'wamid.b4.known.0'));
      const pending = Promise.all([
        store.storeInbound(wa(from, 'wamid.b4.0')),
        store.storeInbound(wa('31640000032', 'wamid.b4.known.1')),
        store.storeInbound(wa(from, 'wamid.b4.1')),
      ]);
      // The batch now waits for the other writer's unique key; let it commit.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query('COMMIT');
      const receipts = await pending;
      expect(receipts.every((r) => !r.duplicate)).to.equal(true);
      expect(receipts[0]!.conversationId).to.equal(conversationId);
      expect(receipts[2]!.conversationId).to.equal(conversationId);
      expect((await stored(from)).map((x) => [x.provider_message_id, Number(x.seq)])).to.deep.equal([['wamid.b4.0', 1], ['wamid.b4.1', 2]]);
      expect((await stored('31640000032')).map((x) => [x.provider_message_id, Number(x.seq)])).to.deep.equal([['wamid.b4.known.0', 1], ['wamid.b4.known.1', 2]]);
      const residents = await db.query(`SELECT resident_id FROM resident_addresses WHERE channel = 'whatsapp' AND address = $1`, [from]);
      expect(residents.rows).to.deep.equal([{ resident_id: residentId }]);
    } finally {
      await other.end();
    }
  });

  it('two processes storing batches for the same conversations at once lose nothing and do not deadlock (locks are taken in id order)', async () => {
    const second = new MessageStore(db);
    const froms = Array.from({ length: 6 }, (_, i) => `3164000005${i}`);
    for (const from of froms) await store.storeInbound(wa(from, `wamid.b5.${from}.start`));
    const deadlocks = async () => Number((await db.query<{ d: string }>(`SELECT deadlocks AS d FROM pg_stat_database WHERE datname = current_database()`)).rows[0]!.d);
    const before = await deadlocks();
    const all: Array<Promise<unknown>> = [];
    for (let round = 0; round < 30; round++) {
      froms.forEach((from, i) => all.push(store.storeInbound(wa(from, `wamid.b5.${from}.a${round}.${i}`))));
      [...froms].reverse().forEach((from, i) => all.push(second.storeInbound(wa(from, `wamid.b5.${from}.b${round}.${i}`))));
      if (round % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(all);
    for (const from of froms) {
      const rows = await stored(from);
      expect(rows).to.have.length(61);
      expect(rows.map((x) => Number(x.seq))).to.deep.equal(Array.from({ length: 61 }, (_, i) => i + 1));
    }
    expect(await deadlocks()).to.equal(before);
  });

  it('a message that may only continue a conversation (Direct Line): stored into one that exists, refused with nothing stored without one, batched and alone', async () => {
    for (const [mode, s] of [['batched', store], ['alone', new MessageStore(db, { inboundBatchMax: 1 })]] as const) {
      const dl = (conv: string, id: string): InboundMessage => ({
        channel: 'webchat', externalId: conv, address: `user-${conv}`, providerMessageId: id,
        activity: { type: 'message', text: 'hallo' }, existingConversationOnly: true,
      });
      const started = await s.storeInbound({ ...dl(`started-${mode}`, `started-${mode}.start`), existingConversationOnly: undefined });
      const outcome = await Promise.allSettled([
        s.storeInbound(dl(`started-${mode}`, `started-${mode}|1`)),
        s.storeInbound(dl(`never-${mode}`, `never-${mode}|1`)),
        s.storeInbound(dl(`started-${mode}`, `started-${mode}|2`)),
      ]);
      expect(outcome.map((o) => o.status), mode).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
      expect((outcome[1] as PromiseRejectedResult).reason).to.be.instanceOf(ConversationNotFound);
      const [first, , second] = outcome as Array<PromiseFulfilledResult<{ seq: number; conversationId: string }>>;
      expect([first!.value.conversationId, second!.value.conversationId], mode).to.deep.equal([started.conversationId, started.conversationId]);
      // One batch numbers its messages in order of arrival; stored alone, two concurrent
      // messages of one conversation take their seq in the order their statements commit.
      if (mode === 'batched') expect([first!.value.seq, second!.value.seq], mode).to.deep.equal([2, 3]);
      else expect([first!.value.seq, second!.value.seq].sort(), mode).to.deep.equal([2, 3]);
      expect((await db.query(`SELECT 1 FROM conversations WHERE external_id = $1`, [`never-${mode}`])).rows, mode).to.have.length(0);
      expect((await db.query(`SELECT 1 FROM resident_addresses WHERE address = $1`, [`user-never-${mode}`])).rows, mode).to.have.length(0);
      expect((await db.query(`SELECT 1 FROM messages WHERE provider_message_id = $1`, [`never-${mode}|1`])).rows, mode).to.have.length(0);
    }
  });

  it('a conversation\'s start message and its first activity in one batch, in either order: the start creates it, both are stored', async () => {
    for (const first of ['start', 'activity'] as const) {
      const conv = `racing-start-${first}`;
      const start: InboundMessage = {
        channel: 'webchat', externalId: conv, address: `user-${conv}`, providerMessageId: `${conv}.start`,
        activity: { type: 'conversationUpdate' },
      };
      const activity: InboundMessage = { ...start, providerMessageId: `${conv}|1`, activity: { type: 'message', text: 'hallo' }, existingConversationOnly: true };
      const order = first === 'start' ? [start, activity] : [activity, start];
      const { result, statements } = await statementsOf(() => Promise.allSettled(order.map((m) => store.storeInbound(m))));
      expect(statements, first).to.equal(1);
      expect(result.map((r) => r.status), first).to.deep.equal(['fulfilled', 'fulfilled']);
      const rows = await stored(`user-${conv}`);
      expect(rows.map((x) => [x.provider_message_id, Number(x.seq)]), first).to.deep.equal(order.map((m, i) => [m.providerMessageId, i + 1]));
    }
  });

  it('stored one by one after the batch was undone, an activity that came before its conversation\'s start is stored after it, not refused', async () => {
    const conv = 'undone-activity-first';
    const start: InboundMessage = { channel: 'webchat', externalId: conv, address: `user-${conv}`, providerMessageId: `${conv}.start`, activity: { type: 'conversationUpdate' } };
    const activity: InboundMessage = { ...start, providerMessageId: `${conv}|1`, activity: { type: 'message', text: 'hallo' }, existingConversationOnly: true };
    // Another resident's message PostgreSQL refuses undoes the batch.
    const bad = { ...wa('31640000091', 'wamid.b9.bad'), sentAt: new Date('-200000-01-01T00:00:00Z') };
    const outcome = await Promise.allSettled([store.storeInbound(activity), store.storeInbound(start), store.storeInbound(bad)]);
    expect(outcome.map((o) => o.status)).to.deep.equal(['fulfilled', 'fulfilled', 'rejected']);
    expect((await stored(`user-${conv}`)).map((x) => [x.provider_message_id, Number(x.seq)])).to.deep.equal([[`${conv}.start`, 1], [`${conv}|1`, 2]]);
  });

  it('a message PostgreSQL refuses (a date out of range) fails alone; the other messages of its batch are stored', async () => {
    const bad = { ...wa('31640000081', 'wamid.b8.bad'), sentAt: new Date('-200000-01-01T00:00:00Z') };
    const outcome = await Promise.allSettled([
      store.storeInbound(wa('31640000081', 'wamid.b8.0')),
      store.storeInbound(bad),
      store.storeInbound(wa('31640000082', 'wamid.b8.1')),
    ]);
    expect(outcome.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect((await stored('31640000081')).map((x) => x.provider_message_id)).to.deep.equal(['wamid.b8.0']);
    expect((await stored('31640000082')).map((x) => x.provider_message_id)).to.deep.equal(['wamid.b8.1']);
  });

  it('a message that arrives alone goes by the one-message statement, not the batch statement', async () => {
    const texts: string[] = [];
    const query = db.query.bind(db);
    db.query = ((sql: string, params?: unknown[]) => (texts.push(sql), query(sql, params))) as Db['query'];
    try {
      const lone = await store.storeInbound(wa('31640000071', 'wamid.b7.0'));
      expect(lone).to.include({ seq: 1, duplicate: false });
      await Promise.all([1, 2].map((i) => store.storeInbound(wa('31640000071', `wamid.b7.${i}`))));
    } finally {
      db.query = query;
    }
    const batch = (sql: string) => sql.includes('jsonb_to_recordset');
    expect(texts.map(batch), 'the lone message: one statement, not the batch one; then two together: the batch one').to.deep.equal([false, true]);
    expect((await stored('31640000071')).map((x) => Number(x.seq))).to.deep.equal([1, 2, 3]);
  });

  it('with batching off (inboundBatchMax 1) each message is stored by its own statement', async () => {
    const single = new MessageStore(db, { inboundBatchMax: 1 });
    const { result, statements } = await statementsOf(() => Promise.all([0, 1, 2].map((i) => single.storeInbound(wa('31640000061', `wamid.b6.${i}`)))));
    expect(statements).to.be.at.least(3);
    expect(result.map((r) => r.duplicate)).to.deep.equal([false, false, false]);
    expect((await stored('31640000061')).map((x) => Number(x.seq))).to.deep.equal([1, 2, 3]);
  });
});
