/**
 * A provider status that arrives before `markSent` recorded the provider id is kept
 * (early_statuses). markSent says in its own statement whether one is kept; a status kept while
 * markSent ran, whose own second look also came too early, is applied by the sweep.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { DeliveryService } from '../../src/deliveries.js';
import { openDb, type Db } from '../../src/store/db.js';
import { MessageStore } from '../../src/store/messages.js';
import { dropSchema, TEST_DATABASE_URL } from '../support/service.js';

describe('store: early delivery statuses (real PostgreSQL)', function () {
  this.timeout(60_000);
  const schema = `t_early_${randomUUID().slice(0, 8)}`;
  let db: Db;
  let store: MessageStore;
  let deliveries: DeliveryService;
  const changed: string[] = [];
  before(async () => {
    db = await openDb({ url: TEST_DATABASE_URL, pgliteDir: '', schema });
    store = new MessageStore(db);
    const noop = () => undefined;
    deliveries = new DeliveryService({
      queue: {} as never,
      store,
      senders: {},
      events: { conversationChanged: (id) => { changed.push(id); } },
      logger: { debug: noop, info: noop, warn: noop, error: noop, child: () => ({ debug: noop, info: noop, warn: noop, error: noop }) } as never,
    });
  });
  after(async () => {
    await db?.close();
    await dropSchema(schema);
  });

  /** A resident's conversation with one queued bot reply; returns the reply's id and the conversation's. */
  async function queuedReply(from: string): Promise<{ id: string; conversationId: string }> {
    const inbound = await store.storeInbound({
      channel: 'whatsapp', externalId: from, address: from, providerMessageId: `wamid.in.${randomUUID()}`,
      displayName: 'Inwoner', activity: { type: 'message', text: 'De thuiszorg kwam niet.' },
    });
    const [id] = await db.transaction((tx) => store.appendOutbound(tx, inbound.conversationId, [
      { senderRole: 'bot', senderName: 'Gemeente', activity: { type: 'message', text: 'Dank u, we zoeken het uit.' }, idempotencyKey: `r:${inbound.messageId}` },
    ]));
    return { id: id!, conversationId: inbound.conversationId };
  }

  const status = (wamid: string, s: 'sent' | 'delivered' | 'read' | 'failed') => ({ channel: 'whatsapp' as const, providerMessageId: wamid, status: s, at: new Date() });

  it('markSent tells whether a status for the provider id was kept before it', async () => {
    const a = await queuedReply('31600009001');
    expect(await store.markSent(a.id, 'wamid.out.a')).to.deep.equal({ early: false });
    const b = await queuedReply('31600009002');
    await store.keepEarlyStatus(status('wamid.out.b', 'delivered'));
    expect(await store.markSent(b.id, 'wamid.out.b')).to.deep.equal({ early: true });
    expect(await store.applyEarlyStatuses('whatsapp', 'wamid.out.b')).to.equal(b.conversationId);
    expect((await store.getMessage(b.id))!.status).to.equal('delivered');
  });

  it('a kept status both looks missed (kept while markSent ran) is applied by the sweep, once', async () => {
    const c = await queuedReply('31600009003');
    await store.markSent(c.id, 'wamid.out.c');
    // As if the status handler kept it while markSent's statement ran, and its second look came
    // before markSent committed: kept, and the message already has the provider id.
    await store.keepEarlyStatus(status('wamid.out.c', 'read'));
    const unrelated = 'wamid.out.never-sent';
    await store.keepEarlyStatus(status(unrelated, 'delivered'));
    expect(await store.knownEarlyStatuses()).to.deep.equal([{ channel: 'whatsapp', providerMessageId: 'wamid.out.c' }]);
    changed.length = 0;
    expect(await deliveries.applyKnownEarlyStatuses()).to.equal(1);
    expect((await store.getMessage(c.id))!.status).to.equal('read');
    expect(changed).to.deep.equal([c.conversationId]);
    const left = await db.query<{ provider_message_id: string }>(`SELECT provider_message_id FROM early_statuses`);
    expect(left.rows.map((x) => x.provider_message_id)).to.deep.equal([unrelated]);
    expect(await deliveries.applyKnownEarlyStatuses()).to.equal(0);
  });
});
