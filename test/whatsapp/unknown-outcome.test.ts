/**
 * Issue 6, "no duplicate replies": a WhatsApp send whose outcome we never learned (the request
 * timed out, or the process died, after Meta may have accepted it) is settled by Meta's status
 * callback, which echoes our `biz_opaque_callback_data`, instead of being sent twice. Without a
 * callback it is sent again after DELIVERY_STATUS_WAIT_MS, so a reply is never lost.
 * Real service, real Redis and PostgreSQL, the local Graph-API-shaped server posting signed
 * status webhooks back as Meta does.
 */
import { expect } from 'chai';
import { formatSendRef } from '../../channels/contract.js';
import { signedWebhook, waStatus, waText, waWebhook, type GraphRequest } from '../support/graph-api-server.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

const STATUS_WAIT_MS = 3000;

describe('whatsapp: a send with an unknown outcome is settled by the status callback, not sent twice', function () {
  this.timeout(60_000);
  let svc: TestService;

  before(async () => {
    svc = await startTestService({ WHATSAPP_SEND_TIMEOUT_MS: '300', DELIVERY_STATUS_WAIT_MS: String(STATUS_WAIT_MS) });
  });
  after(async () => {
    await svc?.stop();
  });

  /** A resident writes; returns the ids of the bot's outbound messages once none is queued. */
  async function residentWrites(from: string, text: string): Promise<Array<{ id: string; provider_message_id: string; status: string }>> {
    if (text) {
      const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from })] }));
      expect((await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers })).status).to.equal(200);
    }
    return eventually(async () => {
      const r = await svc.app.db.query<{ id: string; provider_message_id: string; status: string }>(
        `SELECT m.id, m.provider_message_id, m.status FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.address = $1 AND m.direction = 'out' ORDER BY m.seq`,
        [from],
      );
      return r.rows.length > 0 && r.rows.every((x) => x.status !== 'queued') ? r.rows : null;
    }, 'every reply sent', 40_000);
  }
  const sendsOf = (id: string): GraphRequest[] =>
    svc.graph.accepted().filter((r) => r.body?.biz_opaque_callback_data === formatSendRef({ messageId: id, part: 0, parts: 1 }));

  it('Meta accepted it but the answer timed out: the status callback records it and it goes out once', async () => {
    svc.graph.sendStatusesTo({ url: `${svc.baseUrl}/api/whatsapp/webhook`, appSecret: TEST_APP_SECRET });
    svc.graph.acceptSlowly(1, 1500); // longer than WHATSAPP_SEND_TIMEOUT_MS
    const replies = await residentWrites('31600007001', 'Mijn huishoudelijke hulp komt al drie weken niet meer.');
    // Give a wrongful resend every chance to happen: past the status wait and bull's backoff.
    await new Promise((r) => setTimeout(r, STATUS_WAIT_MS + 3000));
    const first = replies[0]!;
    const sends = sendsOf(first.id);
    expect(sends, 'the timed-out reply reached Meta once').to.have.length(1);
    expect(first.status).to.be.oneOf(['sent', 'delivered', 'read']);
    expect(first.provider_message_id, 'the wamid Meta gave the first (and only) send').to.equal(sends[0]!.wamid);
    for (const reply of replies) expect(sendsOf(reply.id), `reply ${reply.id} sent once`).to.have.length(1);
    expect(svc.logLines.some((l) => l.includes('send settled by the provider status callback'))).to.equal(true);
  });

  it('a 200 whose body is cut off is an unknown outcome, not a failure: the status settles it', async () => {
    svc.graph.sendStatusesTo({ url: `${svc.baseUrl}/api/whatsapp/webhook`, appSecret: TEST_APP_SECRET });
    svc.graph.acceptSlowly(1, 1500, { cutOff: true });
    const replies = await residentWrites('31600007003', 'Mijn moeder krijgt geen maaltijden meer thuis.');
    await new Promise((r) => setTimeout(r, STATUS_WAIT_MS + 2000));
    const after = await svc.app.store.getMessage(replies[0]!.id);
    expect(after!.status, 'never "failed": Meta took it').to.be.oneOf(['sent', 'delivered', 'read']);
    expect(sendsOf(replies[0]!.id)).to.have.length(1);
    expect(after!.providerMessageId).to.equal(sendsOf(replies[0]!.id)[0]!.wamid);
  });

  it('without any status callback it is sent again after DELIVERY_STATUS_WAIT_MS, later replies wait their turn, and a status for another recipient settles nothing', async () => {
    svc.graph.sendStatusesTo(null);
    svc.graph.acceptSlowly(1, 1500);
    const from = '31600007002';
    const send = async (text: string) => {
      const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from })] }));
      expect((await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers })).status).to.equal(200);
    };
    await send('hallo');
    // The first reply is now in flight (accepted slowly, timed out); its outcome is unknown.
    const firstAttempt = await svc.graph.waitFor((r) => r.some((x) => x.body?.to === from), 10_000).then((r) => r.find((x) => x.body?.to === from)!);
    const ref = String(firstAttempt.body.biz_opaque_callback_data);
    // A signed status that names our message but another recipient (another app on the same
    // business account, a copied database…) must not settle it.
    const forged = signedWebhook(TEST_APP_SECRET, waWebhook({ statuses: [{ ...waStatus('wamid.NOT-OURS', 'sent', { recipientId: '31699999999' }), biz_opaque_callback_data: ref }] }));
    expect((await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body: forged.body, headers: forged.headers })).status).to.equal(200);
    await send('De taxi naar de dagbesteding kwam vandaag weer niet.');
    // Both turns processed (the second's replies stored), then every reply sent.
    await eventually(async () => {
      const r = await svc.app.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.address = $1 AND m.direction = 'in' AND m.processed_at IS NOT NULL`,
        [from],
      );
      return Number(r.rows[0]!.n) === 2;
    }, 'both turns processed', 20_000);
    const replies = await residentWrites(from, '');
    const first = replies[0]!;
    const sends = sendsOf(first.id);
    expect(sends, 'first attempt (outcome unknown) and one resend').to.have.length(2);
    expect(sends[1]!.at.getTime() - sends[0]!.at.getTime(), 'the resend waited for a status first').to.be.at.least(STATUS_WAIT_MS - 100);
    expect(first.provider_message_id, 'settled by our own resend, not by the forged status').to.equal(sends[1]!.wamid);
    expect(svc.logLines.some((l) => l.includes('earlier attempt had an unknown outcome'))).to.equal(true);
    // Order: the recorded send of each reply reached Meta in the order of the conversation.
    const arrival = replies.map((r) => svc.graph.accepted().find((x) => x.wamid === r.provider_message_id)!.at.getTime());
    expect(arrival, 'replies reached WhatsApp in conversation order').to.deep.equal([...arrival].sort((a, b) => a - b));
    expect(replies.length, 'the second message was answered too').to.be.greaterThan(1);
  });
});
