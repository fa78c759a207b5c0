/**
 * The test SMTP relay (test/support/smtp-relay.ts) must survive a client that dies mid-session,
 * as the chaos test's SIGKILLed service does while it relays a reply: smtp-server reports the
 * reset as an 'error' event, which without a listener ended the whole mocha run with
 * "Uncaught Error: read ECONNRESET" (CI, 2026-12-03).
 */
import { expect } from 'chai';
import { connect } from 'node:net';
import { sendMail, startSmtpRelay } from '../support/smtp-relay.js';

describe('test support: the SMTP relay survives a client reset in the middle of DATA', () => {
  it('a reset connection is shrugged off and the next mail is relayed', async () => {
    const relay = await startSmtpRelay();
    try {
      const s = connect(relay.port, '127.0.0.1');
      await new Promise((resolve) => s.once('data', resolve));
      s.write('EHLO dying.example\r\nMAIL FROM:<a@dying.example>\r\nRCPT TO:<b@relay.example>\r\nDATA\r\nSubject: half\r\n\r\nhalf a mail');
      await new Promise((resolve) => setTimeout(resolve, 200));
      s.resetAndDestroy();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await sendMail(relay.port, { from: 'a@next.example', to: 'b@relay.example', subject: 'whole', text: 'a whole mail' });
      expect(relay.received.map((m) => m.parsed.subject)).to.deep.equal(['whole']);
    } finally {
      await relay.close();
    }
  });
});
