/**
 * Provider statuses that arrive before the send recorded the provider id (early_statuses), with
 * the real DeliveryService.process and a channel sender that lets a status in before it returns.
 * Real PostgreSQL. Written by a break-tester: the first test failed with a markSent that looked
 * for kept statuses in its own statement (0075748, reverted); the e-mail test failed before
 * early statuses kept their recipient (migration 9).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { DeliveryService } from '../../src/deliveries.js';
import { openDb, type Db } from '../../src/store/db.js';
import { MessageStore } from '../../src/store/messages.js';
import type { ChannelId, DeliveryStatusUpdate } from '../../channels/contract.js';
import { dropSchema, TEST_DATABASE_URL } from '../support/service.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('deliveries: early provider statuses (real PostgreSQL)', function () {
  this.timeout(60_000);
  const schema = `t_early_${randomUUID().slice(0, 8)}`;
  let db: Db;
  let other: Db; // a second connection pool for locks
  let store: MessageStore;
  const changed: string[] = [];
  /** what the fake sender does before it returns the provider id */
  let beforeReturn: (() => Promise<void>) | null = null;
  let nextId = '';
  const noop = () => undefined;
  const logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger } as never;
  const sender = (channel: ChannelId) => ({
    channel,
    async send() {
      const id = nextId;
      if (beforeReturn) { const f = beforeReturn; beforeReturn = null; await f(); }
      return { providerMessageId: id };
    },
  });
  let deliveries: DeliveryService;

  before(async () => {
    db = await openDb({ url: TEST_DATABASE_URL, pgliteDir: '', schema });
    other = await openDb({ url: TEST_DATABASE_URL, pgliteDir: '', schema });
    store = new MessageStore(db);
    deliveries = new DeliveryService({
      queue: {} as never, store,
      senders: { whatsapp: sender('whatsapp') as never, email: sender('email') as never },
      events: { conversationChanged: (id) => { changed.push(id); } },
      logger,
    });
  });
  after(async () => { await other?.close(); await db?.close(); await dropSchema(schema); });

  async function queuedReply(channel: 'whatsapp' | 'email', from: string) {
    const inbound = await store.storeInbound({
      channel, externalId: from, address: from, providerMessageId: `in.${randomUUID()}`,
      displayName: 'Inwoner', activity: { type: 'message', text: 'De thuiszorg kwam niet.' },
    } as never);
    const [id] = await db.transaction((tx) => store.appendOutbound(tx, inbound.conversationId, [
      { senderRole: 'bot', senderName: 'Gemeente', activity: { type: 'message', text: 'Dank u.' }, idempotencyKey: `r:${inbound.messageId}` },
    ]));
    return { id: id!, conversationId: inbound.conversationId };
  }
  const st = (channel: ChannelId, providerMessageId: string, status: DeliveryStatusUpdate['status'], extra: Partial<DeliveryStatusUpdate> = {}): DeliveryStatusUpdate =>
    ({ channel, providerMessageId, status, at: new Date(), ...extra });
  const job = (conversationId: string, id: string) => ({ data: { conversationId, messageIds: [id] }, attemptsMade: 0 }) as never;

  it('a status kept while markSent waits for the row (lock) is applied once both the send and the status handler are done', async () => {
    const r = await queuedReply('whatsapp', '31600019001');
    const wamid = `wamid.race.${randomUUID()}`;
    nextId = wamid;
    let release!: () => void;
    const released = new Promise<void>((res) => { release = res; });
    let locked!: () => void;
    const isLocked = new Promise<void>((res) => { locked = res; });
    // Another transaction holds the message row (any concurrent UPDATE of it would do) while the
    // send returns: markSent's UPDATE waits for it; its RETURNING EXISTS uses the snapshot taken
    // when the statement began.
    const holder = other.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM messages WHERE id = $1 FOR UPDATE`, [r.id]);
      locked();
      await released;
    });
    beforeReturn = async () => { await isLocked; };
    const sending = deliveries.process(job(r.conversationId, r.id));
    // wait until markSent is blocked on the lock
    for (let i = 0; i < 200; i++) {
      const w = await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE messages SET provider_message_id%'`);
      if (Number(w.rows[0]!.n) > 0) break;
      await sleep(10);
    }
    // Meta's 'delivered' webhook arrives now (the wamid is not recorded yet): kept; second look too early.
    await deliveries.updateStatus(st('whatsapp', wamid, 'delivered', { recipient: '31600019001' }));
    release();
    await holder;
    await sending;
    const m = (await store.getMessage(r.id))!;
    const kept = await db.query(`SELECT status FROM early_statuses WHERE provider_message_id = $1`, [wamid]);
    expect({ status: m.status, kept: kept.rows.length }).to.deep.equal({ status: 'delivered', kept: 0 });
  });

  it('an e-mail status (DSN) that came before markSent is applied (it names the right recipient)', async () => {
    const addr = `inwoner-${randomUUID().slice(0, 6)}@example.org`;
    const r = await queuedReply('email', addr);
    const msgId = `<${randomUUID()}@gemeente.example>`;
    nextId = msgId;
    beforeReturn = async () => {
      await deliveries.updateStatus(st('email', msgId, 'failed', { recipient: addr, detail: '5.1.1' }));
    };
    await deliveries.process(job(r.conversationId, r.id));
    const m = (await store.getMessage(r.id))!;
    expect(m.status, 'a bounce for the conversation address').to.equal('failed');
  });

  it('statuses out of order before the send, one more after: never a downgrade, nothing left kept', async () => {
    const r = await queuedReply('whatsapp', '31600019003');
    const wamid = `wamid.ooo.${randomUUID()}`;
    nextId = wamid;
    beforeReturn = async () => {
      await deliveries.updateStatus(st('whatsapp', wamid, 'read'));
      await deliveries.updateStatus(st('whatsapp', wamid, 'delivered'));
      await deliveries.updateStatus(st('whatsapp', wamid, 'sent'));
    };
    await deliveries.process(job(r.conversationId, r.id));
    await deliveries.updateStatus(st('whatsapp', wamid, 'delivered'));
    expect((await store.getMessage(r.id))!.status).to.equal('read');
    expect((await db.query(`SELECT 1 FROM early_statuses WHERE provider_message_id = $1`, [wamid])).rows).to.have.length(0);
  });

  it('an early failed status wins over sent and a later delivered', async () => {
    const r = await queuedReply('whatsapp', '31600019004');
    const wamid = `wamid.fail.${randomUUID()}`;
    nextId = wamid;
    beforeReturn = async () => { await deliveries.updateStatus(st('whatsapp', wamid, 'failed', { detail: '131047 Re-engagement message' })); };
    await deliveries.process(job(r.conversationId, r.id));
    await deliveries.updateStatus(st('whatsapp', wamid, 'delivered'));
    const m = (await store.getMessage(r.id))!;
    expect(m.status).to.equal('failed');
    expect(m.statusDetail).to.match(/131047/);
  });

  it('a status for an id nobody sent stays kept (until pruned)', async () => {
    await deliveries.updateStatus(st('whatsapp', 'wamid.nobody', 'read'));
    expect((await db.query(`SELECT 1 FROM early_statuses WHERE provider_message_id = 'wamid.nobody'`)).rows).to.have.length(1);
  });
});
