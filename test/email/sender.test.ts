import { expect } from 'chai';
import type { DeliveryTarget, OutboundMessage } from '../../channels/contract.js';
import { PermanentDeliveryError } from '../../channels/contract.js';
import { replySubject, THREAD_SUBJECT_MAX, threadSubjectOf } from '../../channels/email/compose.js';
import { createEmailSender } from '../../channels/email/sender.js';
import { createLogger } from '../../src/logger.js';
import { sendMail, startSmtpRelay, type SmtpRelay } from '../support/smtp-relay.js';
import { INTAKE_ADDRESS, RESIDENT, caught, startTestIntake } from './helpers.js';

const logger = createLogger('silent');

function target(overrides: Partial<DeliveryTarget> = {}): DeliveryTarget {
  return {
    conversationId: 'conv-1',
    address: RESIDENT,
    externalId: '',
    channelState: {
      subject: 'Mijn pgb is niet betaald',
      messageId: '<r-2@example.org>',
      references: ['<r-1@example.org>', '<out-a@gemeente.example>', '<r-2@example.org>'],
    },
    lastInboundAt: new Date('2026-03-02T09:00:00Z'),
    ...overrides,
  };
}

function outbound(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    id: '6f1c2f7e-0000-4000-8000-000000000001',
    seq: 2,
    senderRole: 'bot',
    senderName: 'Digitale assistent',
    activity: { type: 'message', text: 'Dank u wel. Ik zet uw bericht door naar een medewerker.' },
    createdAt: new Date('2026-03-02T09:01:00Z'),
    ...overrides,
  };
}

function header(mail: { parsed: { headers: Map<string, unknown> } }, name: string): unknown {
  return mail.parsed.headers.get(name);
}

describe('email sender (nodemailer to a real local relay)', () => {
  let relay: SmtpRelay;
  let sender: ReturnType<typeof createEmailSender>;

  beforeEach(async () => {
    relay = await startSmtpRelay();
    sender = createEmailSender({
      relay: { host: '127.0.0.1', port: relay.port, secure: false },
      fromAddress: INTAKE_ADDRESS,
      fromName: 'Meldpunt sociaal domein',
      logger,
    });
  });
  afterEach(async () => {
    sender.close();
    await relay.close();
  });

  it('when the bot replies, then the mail is threaded into the resident\'s conversation', async () => {
    const result = await sender.send(target(), outbound());

    const [mail] = await relay.waitFor();
    expect(result.providerMessageId).to.equal('<out-6f1c2f7e-0000-4000-8000-000000000001@gemeente.example>');
    expect(mail!.parsed.messageId).to.equal(result.providerMessageId);
    expect(mail!.parsed.inReplyTo).to.equal('<r-2@example.org>');
    expect(mail!.parsed.references).to.deep.equal([
      '<r-1@example.org>',
      '<out-a@gemeente.example>',
      '<r-2@example.org>',
    ]);
    expect(mail!.parsed.subject).to.equal('Re: Mijn pgb is niet betaald');
    expect(mail!.envelope.rcptTo.map((r) => r.address)).to.deep.equal([RESIDENT]);
    expect(mail!.parsed.from?.value[0]).to.deep.include({ address: INTAKE_ADDRESS, name: 'Meldpunt sociaal domein' });
    expect(mail!.parsed.text).to.contain('Dank u wel. Ik zet uw bericht door naar een medewerker.');
  });

  it('when the bot replies, then it carries Auto-Submitted: auto-replied and X-Auto-Response-Suppress: All', async () => {
    await sender.send(target(), outbound());
    const [mail] = await relay.waitFor();
    expect(header(mail!, 'auto-submitted')).to.equal('auto-replied');
    expect(header(mail!, 'x-auto-response-suppress')).to.equal('All');
    expect(mail!.parsed.text).to.contain('Dit bericht is automatisch verstuurd.');
  });

  it('when an agent replies, then there are no automatic headers and the mail is signed with the agent\'s name', async () => {
    await sender.send(
      target(),
      outbound({ senderRole: 'agent', senderName: 'Anna', activity: { type: 'message', text: 'Ik bel u morgen.' } }),
    );
    const [mail] = await relay.waitFor();
    expect(header(mail!, 'auto-submitted')).to.equal(undefined);
    expect(header(mail!, 'x-auto-response-suppress')).to.equal(undefined);
    expect(mail!.parsed.text).to.contain('Ik bel u morgen.\n\nMet vriendelijke groet,\nAnna\nMeldpunt sociaal domein');
    expect(mail!.parsed.text).not.to.contain('automatisch');
    expect(mail!.parsed.from?.value[0]?.name).to.equal('Anna (Meldpunt sociaal domein)');
  });

  it('when an agent already signed off, then no second greeting is added', async () => {
    await sender.send(
      target(),
      outbound({ senderRole: 'agent', senderName: 'Anna', activity: { type: 'message', text: 'Ik bel u morgen.\n\nMet vriendelijke groet,\nAnna' } }),
    );
    const [mail] = await relay.waitFor();
    expect(mail!.parsed.text!.match(/vriendelijke groet/g)).to.have.length(1);
    expect(mail!.parsed.text).to.contain('Met vriendelijke groet,\nAnna\n\nMeldpunt sociaal domein');
  });

  it('when the subject already starts with Re:/Antw:, then the reply has a single "Re:"', async () => {
    await sender.send(target({ channelState: { subject: 'RE: Antw: re[2]: Mijn pgb', messageId: '<x@example.org>' } }), outbound());
    const [mail] = await relay.waitFor();
    expect(mail!.parsed.subject).to.equal('Re: Mijn pgb');
    expect(mail!.parsed.references).to.equal('<x@example.org>');
  });

  it('threadSubjectOf strips reply prefixes in several languages and says whether it was a reply', () => {
    expect(threadSubjectOf('Re: AW:  Scootmobiel  kapot')).to.deep.equal({ base: 'scootmobiel kapot', isReply: true });
    expect(threadSubjectOf('Ynt: Yardım')).to.deep.equal({ base: 'yardım', isReply: true });
    expect(threadSubjectOf('Odp: pomoc')).to.deep.equal({ base: 'pomoc', isReply: true });
    expect(threadSubjectOf('Scootmobiel kapot')).to.deep.equal({ base: 'scootmobiel kapot', isReply: false });
    // an empty subject has the thread part of the subject our reply carries ("Re: Uw bericht")
    expect(threadSubjectOf('')).to.deep.equal({ base: 'uw bericht', isReply: false });
    expect(threadSubjectOf('Re: Uw bericht')).to.deep.equal({ base: 'uw bericht', isReply: true });
    expect(threadSubjectOf('R: Scootmobiel')).to.deep.equal({ base: 'scootmobiel', isReply: true });
    expect(threadSubjectOf('回复：轮椅')).to.deep.equal({ base: '轮椅', isReply: true });
    expect(threadSubjectOf('Ответ: допомога')).to.deep.equal({ base: 'допомога', isReply: true });
    // NFD and zero-width characters match their plain NFC form
    expect(threadSubjectOf('Re: Overlast cafe\u0301 De\u200b Kroon').base).to.equal(threadSubjectOf('Overlast café De Kroon').base);
    // a very long subject is cut to THREAD_SUBJECT_MAX code points (index row size)
    expect(Array.from(threadSubjectOf('Klacht '.repeat(2000)).base)).to.have.length(THREAD_SUBJECT_MAX);
    expect(threadSubjectOf('Regiotaxi: te laat')).to.deep.equal({ base: 'regiotaxi: te laat', isReply: false });
  });

  it('replySubject never stacks prefixes and has a fallback for an empty subject', () => {
    expect(replySubject('Re: Re: Wmo')).to.equal('Re: Wmo');
    expect(replySubject('AW: Wmo')).to.equal('Re: Wmo');
    expect(replySubject('Reactie op besluit')).to.equal('Re: Reactie op besluit');
    expect(replySubject('')).to.equal('Re: Uw bericht');
    expect(replySubject(undefined)).to.equal('Re: Uw bericht');
    expect(replySubject('a\r\nBcc: x@example.org')).to.equal('Re: a Bcc: x@example.org');
  });

  it('when the activity has suggested actions, then they become a numbered list in text and HTML', async () => {
    await sender.send(
      target(),
      outbound({
        activity: {
          type: 'message',
          text: 'Wilt u met een medewerker praten? <ja/nee>',
          suggestedActions: {
            to: [],
            actions: [
              { type: 'imBack', title: 'Ja', value: 'ja' },
              { type: 'imBack', title: 'Nee', value: 'nee' },
            ],
          },
        },
      }),
    );
    const [mail] = await relay.waitFor();
    expect(mail!.parsed.text).to.contain('U kunt antwoorden met:\n1. Ja\n2. Nee');
    const html = mail!.parsed.html as string;
    expect(html).to.contain('<ol><li>Ja</li><li>Nee</li></ol>');
    expect(html).to.contain('&lt;ja/nee&gt;');
    expect(html).not.to.contain('<ja/nee>');
  });

  it('when the relay refuses with 5xx, then a PermanentDeliveryError with the code is thrown', async () => {
    relay.rejectNext(1, 550, '5.1.1 User unknown inwoner.test@example.org');
    const error = await caught(sender.send(target(), outbound()));
    expect(error).to.be.instanceOf(PermanentDeliveryError);
    expect((error as PermanentDeliveryError).code).to.equal('550');
    expect((error as Error).message).not.to.contain(RESIDENT);
    expect(relay.received).to.have.length(0);
  });

  it('when the relay answers 4xx, then a retryable (non-permanent) error is thrown and a retry succeeds', async () => {
    relay.rejectNext(1, 451, 'Try again later');
    const error = await caught(sender.send(target(), outbound()));
    expect(error).to.be.instanceOf(Error);
    expect(error).not.to.be.instanceOf(PermanentDeliveryError);
    const result = await sender.send(target(), outbound());
    const [mail] = await relay.waitFor();
    expect(mail!.parsed.messageId).to.equal(result.providerMessageId);
  });

  it('when the relay is down, then a retryable (non-permanent) error is thrown', async () => {
    const down = await startSmtpRelay();
    const port = down.port;
    await down.close();
    const offline = createEmailSender({
      relay: { host: '127.0.0.1', port, secure: false },
      fromAddress: INTAKE_ADDRESS,
      fromName: 'Meldpunt sociaal domein',
      logger,
      timeouts: { connectionMs: 2000 },
    });
    try {
      const error = await caught(offline.send(target(), outbound()));
      expect(error).to.be.instanceOf(Error);
      expect(error).not.to.be.instanceOf(PermanentDeliveryError);
    } finally {
      offline.close();
    }
  });

  it('when the conversation has no valid address, then it fails permanently without contacting the relay', async () => {
    const error = await caught(sender.send(target({ address: '<>' }), outbound()));
    expect(error).to.be.instanceOf(PermanentDeliveryError);
    expect(relay.received).to.have.length(0);
  });

  it('when the resident answers our reply, then the intake threads the answer to our Message-ID', async () => {
    const { providerMessageId } = await sender.send(target(), outbound());
    const [ours] = await relay.waitFor();
    const intake = await startTestIntake();
    try {
      await sendMail(intake.port, {
        from: RESIDENT,
        to: INTAKE_ADDRESS,
        subject: ours!.parsed.subject,
        text: `Dank u.\n\nOp 2 mrt 2026 om 10:01 schreef Meldpunt <${INTAKE_ADDRESS}>:\n> ${ours!.parsed.text?.split('\n')[0]}`,
        messageId: '<r-3@example.org>',
        inReplyTo: providerMessageId,
        references: [...(ours!.parsed.references as string[]), providerMessageId],
      });
      const msg = intake.intake.only();
      expect(msg.threadRefs?.[0]).to.equal(providerMessageId);
      expect(msg.activity.text).to.equal('Dank u.');
      expect(msg.channelState?.subject).to.equal('Re: Mijn pgb is niet betaald');
    } finally {
      await intake.stop();
    }
  });
});
