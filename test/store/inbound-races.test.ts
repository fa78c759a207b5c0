/**
 * storeInbound under concurrency, on a pool of several connections: a new resident's first
 * messages arriving at once (one conversation, one resident, seq gap-free), the same message
 * delivered several times at once (stored once, every delivery told the same id), and both for a
 * known conversation. Run with the intake's group commit (the default) and without it
 * (`inboundBatchMax: 1`, each message by its own statement).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { openDb, type Db } from '../../src/store/db.js';
import { MessageStore } from '../../src/store/messages.js';
import { dropSchema, TEST_DATABASE_URL } from '../support/service.js';

for (const [mode, inboundBatchMax] of [['batched', undefined], ['one statement each', 1]] as const) describe(`store: storeInbound races (real PostgreSQL, ${mode})`, function () {
  this.timeout(60_000);
  const schema = `t_inrace_${randomUUID().slice(0, 8)}`;
  let db: Db;
  let store: MessageStore;
  before(async () => {
    db = await openDb({ url: TEST_DATABASE_URL, pgliteDir: '', schema, poolSize: 8 });
    store = new MessageStore(db, { inboundBatchMax });
  });
  after(async () => {
    await db?.close();
    await dropSchema(schema);
  });

  const inbound = (from: string, wamid: string) => ({
    channel: 'whatsapp' as const,
    externalId: from,
    address: from,
    providerMessageId: wamid,
    displayName: 'Inwoner',
    activity: { type: 'message', text: `bericht ${wamid}` },
  });

  async function rows(from: string) {
    const r = await db.query<{ seq: number; provider_message_id: string; conversation_id: string }>(
      `SELECT m.seq, m.provider_message_id, m.conversation_id FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE c.address = $1 ORDER BY m.seq`,
      [from],
    );
    return r.rows;
  }

  it("a new resident's first messages at once: one resident, one conversation, every message once, seq 1…n", async () => {
    for (let round = 0; round < 5; round++) {
      const from = `3161111${round}000`;
      const receipts = await Promise.all(Array.from({ length: 8 }, (_, i) => store.storeInbound(inbound(from, `wamid.race.${round}.${i}`))));
      expect(receipts.every((r) => !r.duplicate)).to.equal(true);
      expect(new Set(receipts.map((r) => r.conversationId)).size).to.equal(1);
      const stored = await rows(from);
      expect(stored.map((x) => Number(x.seq))).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(new Set(stored.map((x) => x.provider_message_id)).size).to.equal(8);
      const residents = await db.query(`SELECT resident_id FROM resident_addresses WHERE channel = 'whatsapp' AND address = $1`, [from]);
      expect(residents.rows).to.have.length(1);
      expect((await db.query(`SELECT 1 FROM conversations WHERE address = $1`, [from])).rows).to.have.length(1);
    }
  });

  it('the same message delivered several times at once is stored once, new conversation or known', async () => {
    for (let round = 0; round < 5; round++) {
      const from = `3162222${round}000`;
      const first = await Promise.all(Array.from({ length: 6 }, () => store.storeInbound(inbound(from, `wamid.dup.${round}.a`))));
      expect(first.filter((r) => !r.duplicate)).to.have.length(1);
      expect(new Set(first.map((r) => r.messageId)).size).to.equal(1);
      expect(first.every((r) => r.seq === 1)).to.equal(true);
      const second = await Promise.all(Array.from({ length: 6 }, () => store.storeInbound(inbound(from, `wamid.dup.${round}.b`))));
      expect(second.filter((r) => !r.duplicate)).to.have.length(1);
      expect(new Set(second.map((r) => r.messageId)).size).to.equal(1);
      expect(second.every((r) => r.seq === 2)).to.equal(true);
      expect((await rows(from)).map((x) => Number(x.seq))).to.deep.equal([1, 2]);
    }
  });

  it('a known resident on a new conversation keeps one resident', async () => {
    const from = '31633330000';
    await store.storeInbound({ ...inbound(from, 'wamid.known.1'), externalId: `${from}:a` });
    const r = await store.storeInbound({ ...inbound(from, 'wamid.known.2'), externalId: `${from}:b` });
    expect(r).to.include({ seq: 1, duplicate: false });
    const res = await db.query<{ resident_id: string }>(`SELECT DISTINCT resident_id FROM conversations WHERE address = $1`, [from]);
    expect(res.rows).to.have.length(1);
  });
});
