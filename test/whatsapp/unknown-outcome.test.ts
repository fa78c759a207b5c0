/**
 * Issue 6, "no duplicate replies": a WhatsApp send whose outcome we never learned (the request
 * timed out, or the process died, after Meta may have accepted it) is settled by Meta's status
 * callback, which echoes our `biz_opaque_callback_data`, instead of being sent twice. Without a
 * callback it is sent again after WHATSAPP_STATUS_WAIT_MS, so a reply is never lost.
 * Real service, real Redis and PostgreSQL, the local Graph-API-shaped server posting signed
 * status webhooks back as Meta does.
 */
import { expect } from 'chai';
import { formatSendRef } from '../../channels/contract.js';
import { signedWebhook, waText, waWebhook, type GraphRequest } from '../support/graph-api-server.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

const STATUS_WAIT_MS = 3000;

describe('whatsapp: a send with an unknown outcome is settled by the status callback, not sent twice', function () {
  this.timeout(60_000);
  let svc: TestService;

  before(async () => {
    svc = await startTestService({ WHATSAPP_SEND_TIMEOUT_MS: '300', WHATSAPP_STATUS_WAIT_MS: String(STATUS_WAIT_MS) });
  });
  after(async () => {
    await svc?.stop();
  });

  /** A resident writes; returns the ids of the bot's outbound messages once none is queued. */
  async function residentWrites(from: string, text: string): Promise<Array<{ id: string; provider_message_id: string; status: string }>> {
    const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text, { from })] }));
    expect((await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers })).status).to.equal(200);
    return eventually(async () => {
      const r = await svc.app.db.query<{ id: string; provider_message_id: string; status: string }>(
        `SELECT m.id, m.provider_message_id, m.status FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.address = $1 AND m.direction = 'out' ORDER BY m.seq`,
        [from],
      );
      return r.rows.length > 0 && r.rows.every((x) => x.status !== 'queued') ? r.rows : null;
    }, 'every reply sent', 30_000);
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

  it('without any status callback it is sent again after WHATSAPP_STATUS_WAIT_MS: late, never lost', async () => {
    svc.graph.sendStatusesTo(null);
    svc.graph.acceptSlowly(1, 1500);
    const replies = await residentWrites('31600007002', 'De taxi naar de dagbesteding kwam vandaag weer niet.');
    const first = replies[0]!;
    const sends = sendsOf(first.id);
    expect(sends, 'first attempt (outcome unknown) and one resend').to.have.length(2);
    expect(sends[1]!.at.getTime() - sends[0]!.at.getTime(), 'the resend waited for a status first').to.be.at.least(STATUS_WAIT_MS - 100);
    expect(first.provider_message_id).to.equal(sends[1]!.wamid);
    expect(svc.logLines.some((l) => l.includes('earlier attempt had an unknown outcome'))).to.equal(true);
  });
});
