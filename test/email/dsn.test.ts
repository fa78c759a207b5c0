/**
 * Issue 6, "no duplicate replies", for e-mail: replies ask the relay for delivery status
 * notifications (RFC 3461 `ENVID` = our send reference, `NOTIFY=SUCCESS,FAILURE`, `RET=HDRS`).
 * A DSN about our reply settles a send whose outcome we never learned, and a bounce marks the
 * reply failed for the agent. Real service, the local relay (smtp-server with the DSN extension)
 * delivering its reports to our SMTP intake.
 */
import { expect } from 'chai';
import { formatSendRef } from '../../channels/contract.js';
import { deliveryReport, sendMail, type RelayedMail } from '../support/smtp-relay.js';
import { eventually, startTestService, TEST_INTAKE_ADDRESS, type TestService } from '../support/service.js';

const STATUS_WAIT_MS = 3000;

describe('e-mail: delivery status notifications settle sends and show bounces', function () {
  this.timeout(60_000);
  let svc: TestService;

  before(async () => {
    svc = await startTestService({ EMAIL_RELAY_TIMEOUT_MS: '500', DELIVERY_STATUS_WAIT_MS: String(STATUS_WAIT_MS) });
  });
  after(async () => {
    await svc?.stop();
  });

  /** A resident mails; returns the bot's first reply once no reply of theirs is queued. */
  async function residentMails(from: string, text: string): Promise<{ id: string; provider_message_id: string; status: string; status_detail: string | null }> {
    await sendMail(svc.app.smtpPort, { from: `Inwoner <${from}>`, to: TEST_INTAKE_ADDRESS, subject: 'Melding', text });
    return eventually(async () => {
      const r = await svc.app.db.query<{ id: string; provider_message_id: string; status: string; status_detail: string | null }>(
        `SELECT m.id, m.provider_message_id, m.status, m.status_detail FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.address = $1 AND m.direction = 'out' ORDER BY m.seq`,
        [from],
      );
      return r.rows.length > 0 && r.rows.every((x) => x.status !== 'queued') ? r.rows[0] : null;
    }, 'reply sent', 40_000);
  }
  const copiesOf = (id: string): RelayedMail[] => svc.relay.received.filter((m) => m.parsed.messageId === `<out-${id}@gemeente.example>` || m.parsed.messageId === `out-${id}@gemeente.example`);

  it('asks for DSNs with our reference; a relay that took the mail but answered too late does not get it twice', async () => {
    svc.relay.sendDsnTo(svc.app.smtpPort);
    svc.relay.answerSlowly(1, 2000); // longer than EMAIL_RELAY_TIMEOUT_MS
    const reply = await residentMails('inwoner.dsn1@example.org', 'Mijn vader krijgt al drie weken geen huishoudelijke hulp meer.');
    await new Promise((r) => setTimeout(r, STATUS_WAIT_MS + 3000));
    const copies = copiesOf(reply.id);
    expect(copies, 'relayed once').to.have.length(1);
    const rcpt = copies[0]!.envelope.rcptTo[0] as { dsn?: { notify?: string[] } };
    expect(rcpt.dsn?.notify).to.include.members(['SUCCESS', 'FAILURE']);
    expect((copies[0]!.envelope as { dsn?: { envid?: string } }).dsn?.envid).to.equal(formatSendRef({ messageId: reply.id, part: 0, parts: 1 }));
    const after = await svc.app.store.getMessage(reply.id);
    expect(after!.status).to.equal('sent');
    expect(after!.providerMessageId).to.equal(`<out-${reply.id}@gemeente.example>`);
    expect(svc.logLines.some((l) => l.includes('send settled by the provider status callback'))).to.equal(true);
    // The report itself is a status, not a message in anyone's conversation.
    const stored = await svc.app.db.query(`SELECT 1 FROM messages WHERE direction = 'in' AND text LIKE '%Mail Delivery%'`);
    expect(stored.rows).to.have.length(0);
  });

  /** An RFC 3464 bounce for one of our replies (as an MTA writes it). */
  const bounce = (ref: string, finalRecipient: string) =>
    deliveryReport({
      to: TEST_INTAKE_ADDRESS,
      subject: 'Undelivered Mail Returned to Sender',
      messageId: 'bounce-1@relay.test',
      text: 'The mail system could not deliver your message.',
      envid: ref,
      finalRecipient,
      action: 'failed',
      status: '5.1.1',
      diagnostic: `smtp; 550 5.1.1 <${finalRecipient}>: mailbox unknown`,
    });

  it('a bounce (DSN action failed) marks the reply failed with the status code, never the diagnostic text', async () => {
    svc.relay.sendDsnTo(null);
    const reply = await residentMails('inwoner.dsn2@example.org', 'De taxi naar school kwam vanochtend niet.');
    const ref = formatSendRef({ messageId: reply.id, part: 0, parts: 1 });
    // Forged reports change nothing: one from an ordinary sender (a DSN comes from the null
    // sender) is a person's mail and is stored as such; one naming another address is ignored.
    await sendMail(svc.app.smtpPort, { from: 'Iemand <iemand@example.net>', to: TEST_INTAKE_ADDRESS, raw: bounce(ref, 'inwoner.dsn2@example.org') });
    await sendMail(svc.app.smtpPort, { from: '', to: TEST_INTAKE_ADDRESS, envelope: { from: '', to: TEST_INTAKE_ADDRESS }, raw: bounce(ref, 'iemand.anders@example.net') });
    await eventually(async () => (await svc.app.db.query(`SELECT 1 FROM messages WHERE direction = 'in' AND provider_message_id = '<bounce-1@relay.test>'`)).rows.length > 0, 'forwarded report stored as mail');
    expect((await svc.app.store.getMessage(reply.id))!.status, 'forged reports ignored').to.equal('sent');
    await sendMail(svc.app.smtpPort, { from: '', to: TEST_INTAKE_ADDRESS, envelope: { from: '', to: TEST_INTAKE_ADDRESS }, raw: bounce(ref, 'inwoner.dsn2@example.org') });
    const after = await eventually(async () => {
      const m = await svc.app.store.getMessage(reply.id);
      return m?.status === 'failed' ? m : null;
    }, 'bounce applied');
    expect(after.statusDetail).to.equal('5.1.1 bounced');
    expect(svc.logLines.join('\n')).to.not.include('inwoner.dsn2@example.org');
  });

  it('without any DSN the reply is sent again after DELIVERY_STATUS_WAIT_MS, with the same Message-ID', async () => {
    svc.relay.sendDsnTo(null);
    svc.relay.answerSlowly(1, 2000);
    const reply = await residentMails('inwoner.dsn3@example.org', 'Ik wacht al maanden op een beslissing over mijn scootmobiel.');
    const copies = copiesOf(reply.id);
    expect(copies, 'the unconfirmed first copy and one resend').to.have.length(2);
    expect(reply.status).to.equal('sent');
  });

  it('a relay that always answers too late and sends no DSN gets a reply at most twice; then an agent decides', async () => {
    svc.relay.sendDsnTo(null);
    svc.relay.answerSlowly(10, 2000);
    const reply = await residentMails('inwoner.dsn4@example.org', 'Mijn rolstoel is al twee maanden kapot en niemand komt.');
    expect(reply.status).to.equal('failed');
    expect(reply.status_detail).to.match(/^outcome_unknown/);
    expect(copiesOf(reply.id), 'two copies at most').to.have.length(2);
  });
});
