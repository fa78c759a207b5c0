import { expect } from 'chai';
import { sendMail } from '../support/smtp-relay.js';
import { hashMessageId } from '../../channels/email/normalise.js';
import type { EmailChannelData } from '../../channels/email/normalise.js';
import {
  INTAKE_ADDRESS,
  RESIDENT,
  captureLogs,
  caught,
  rawMessage,
  startTestIntake,
} from './helpers.js';

type Started = Awaited<ReturnType<typeof startTestIntake>>;

function channelData(msg: { activity: { channelData?: unknown } }): EmailChannelData {
  return msg.activity.channelData as EmailChannelData;
}

async function smtpCode(p: Promise<unknown>): Promise<number | undefined> {
  return ((await caught(p)) as { responseCode?: number }).responseCode;
}

describe('email intake (real SMTP on loopback)', () => {
  let t: Started;
  beforeEach(async () => {
    t = await startTestIntake();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('when a resident sends a plain mail, then the intake gets a normalised message with 250', async () => {
    const info = await sendMail(t.port, {
      from: 'Inwoner Test <Inwoner.Test@Example.org>',
      to: INTAKE_ADDRESS,
      subject: 'Mijn pgb is niet betaald',
      text: 'Goedendag,\n\nMijn pgb is deze maand niet betaald door de SVB.\n',
      messageId: '<plain-1@example.org>',
    });

    expect(info.response).to.match(/^250/);
    const msg = t.intake.only();
    expect(msg.channel).to.equal('email');
    expect(msg.providerMessageId).to.equal('<plain-1@example.org>');
    expect(msg.address).to.equal(RESIDENT);
    expect(msg.displayName).to.equal('Inwoner Test');
    expect(msg.threadRefs).to.equal(undefined);
    expect(msg.externalId).to.equal(undefined);
    expect(msg.sentAt).to.be.instanceOf(Date);
    expect(msg.activity.type).to.equal('message');
    expect(msg.activity.text).to.equal('Goedendag,\n\nMijn pgb is deze maand niet betaald door de SVB.');
    expect(channelData(msg)).to.include({
      subject: 'Mijn pgb is niet betaald',
      messageId: '<plain-1@example.org>',
      html: false,
    });
    // Not a reply: no threadSubject on the message; the conversation keeps the subject's thread part.
    expect(msg.threadSubject).to.equal(undefined);
    expect(msg.channelState).to.deep.equal({
      subject: 'Mijn pgb is niet betaald',
      threadSubject: 'mijn pgb is niet betaald',
      messageId: '<plain-1@example.org>',
      references: ['<plain-1@example.org>'],
    });
  });

  it('when the recipient is written in capitals or with a plus-tag, then the mail is accepted', async () => {
    await sendMail(t.port, { from: RESIDENT, to: 'MeldPunt@Gemeente.Example', text: 'een', messageId: '<p1@example.org>' });
    await sendMail(t.port, { from: RESIDENT, to: 'meldpunt+K-2026-000123@gemeente.example', text: 'twee', messageId: '<p2@example.org>' });
    expect(t.intake.received.map((m) => m.activity.text)).to.deep.equal(['een', 'twee']);
  });

  it('when the mail is for another address, then RCPT is refused with 550 and nothing is stored', async () => {
    const code = await smtpCode(
      sendMail(t.port, { from: RESIDENT, to: 'iemand.anders@gemeente.example', text: 'hallo' }),
    );
    expect(code).to.equal(550);
    expect(t.intake.received).to.have.length(0);
  });

  it('when a mail lists more than 10 recipients, then the ones past 10 get 452', async () => {
    const to = Array.from({ length: 12 }, (_, i) => `meldpunt+${i}@gemeente.example`);
    const info = await sendMail(t.port, { from: RESIDENT, to, text: 'veel', messageId: '<many@example.org>' });
    expect(info.accepted).to.have.length(10);
    expect(info.rejected).to.have.length(2);
    expect(t.intake.received).to.have.length(1);
  });

  it('when the mail is larger than maxBytes, then it is refused with 552 and nothing is stored', async () => {
    await t.stop();
    t = await startTestIntake({ maxBytes: 2000 });
    const code = await smtpCode(
      sendMail(t.port, { from: RESIDENT, to: INTAKE_ADDRESS, text: 'x'.repeat(10_000) }),
    );
    expect(code).to.equal(552);
    expect(t.intake.received).to.have.length(0);
  });

  it('when storing fails, then the sender gets 451 and a retry of the same mail is stored once', async () => {
    const logs = captureLogs();
    await t.stop();
    t = await startTestIntake({ logger: logs.logger });
    t.intake.failNext(1);
    const mail = {
      from: RESIDENT,
      to: INTAKE_ADDRESS,
      subject: 'Wmo-vervoer kwam niet',
      text: 'De taxi kwam niet.',
      messageId: '<retry-1@example.org>',
    };

    const code = await smtpCode(sendMail(t.port, mail));
    expect(code).to.equal(451);
    expect(t.intake.received).to.have.length(0);

    const info = await sendMail(t.port, mail);
    expect(info.response).to.match(/^250/);
    await sendMail(t.port, mail); // a duplicate delivery is acknowledged but not stored again
    expect(t.intake.received.map((m) => m.providerMessageId)).to.deep.equal(['<retry-1@example.org>']);

    const log = logs.text();
    expect(log).to.contain('e-mail not stored');
    expect(log).not.to.contain(RESIDENT);
    expect(log).not.to.contain('taxi');
    expect(log).not.to.contain('Wmo-vervoer');
    expect(log).not.to.contain('retry-1@example.org');
  });

  it('when storing takes longer than receiveTimeoutMs, then the sender gets 451 and the late store is deduplicated on retry', async () => {
    await t.stop();
    t = await startTestIntake({ receiveTimeoutMs: 100 });
    t.intake.delay(300);
    const mail = { from: RESIDENT, to: INTAKE_ADDRESS, text: 'Traag.', messageId: '<slow-1@example.org>' };

    expect(await smtpCode(sendMail(t.port, mail))).to.equal(451);
    t.intake.delay(0);
    await new Promise((r) => setTimeout(r, 300));
    const info = await sendMail(t.port, mail);
    expect(info.response).to.match(/^250/);
    expect(t.intake.received).to.have.length(1);
  });

  it('when a mail has only HTML, then the bot gets the text converted from it', async () => {
    await sendMail(t.port, {
      from: RESIDENT,
      to: INTAKE_ADDRESS,
      subject: 'Eigen bijdrage',
      html: '<p>Het <b>CAK</b> rekent een te hoge eigen bijdrage.</p><p>Wat kan ik doen?</p>',
      messageId: '<html-1@example.org>',
    });
    const msg = t.intake.only();
    expect(msg.activity.text).to.contain('Het CAK rekent een te hoge eigen bijdrage.');
    expect(msg.activity.text).to.contain('Wat kan ik doen?');
    expect(msg.activity.text).not.to.contain('<');
    expect(channelData(msg).html).to.equal(true);
  });

  it('when a mail has attachments, then small ones are kept inline and large ones as a note', async () => {
    await t.stop();
    t = await startTestIntake({ attachmentInlineMaxBytes: 1000 });
    const pdf = Buffer.from('%PDF-1.4 beschikking (test)\n', 'ascii');
    const big = Buffer.alloc(5000, 7);
    await sendMail(t.port, {
      from: RESIDENT,
      to: INTAKE_ADDRESS,
      subject: 'Beschikking',
      text: 'Zie de bijlage.',
      attachments: [
        { filename: 'beschikking.pdf', content: pdf, contentType: 'application/pdf' },
        { filename: 'foto.jpg', content: big, contentType: 'image/jpeg' },
      ],
      messageId: '<att-1@example.org>',
    });
    const msg = t.intake.only();
    expect(msg.attachments).to.have.length(2);
    const [small, large] = msg.attachments!;
    expect(small).to.include({ contentType: 'application/pdf', name: 'beschikking.pdf', size: pdf.length });
    expect(Buffer.from(small!.contentBase64!, 'base64').equals(pdf)).to.equal(true);
    expect(small!.meta?.sha256).to.match(/^[0-9a-f]{64}$/);
    expect(large).to.include({ contentType: 'image/jpeg', name: 'foto.jpg', size: 5000 });
    expect(large!.contentBase64).to.equal(undefined);
    expect(large!.meta?.omitted).to.be.a('string');
    expect(msg.activity.attachments).to.deep.equal([
      { contentType: 'application/pdf', name: 'beschikking.pdf' },
      { contentType: 'image/jpeg', name: 'foto.jpg' },
    ]);
    expect(msg.activity.text).to.equal('Zie de bijlage.');
  });

  it('when a resident replies above quoted history and a signature, then the bot gets only the new words and the record keeps all', async () => {
    const text = [
      'Nee, de hulp is nog steeds niet geweest.',
      '',
      'Verzonden vanaf mijn iPhone',
      '',
      'Op ma 2 mrt 2026 om 10:12 schreef Meldpunt <meldpunt@gemeente.example>:',
      '> Is de huishoudelijke hulp inmiddels geweest?',
      '>',
      '> Met vriendelijke groet,',
    ].join('\n');
    await sendMail(t.port, { from: RESIDENT, to: INTAKE_ADDRESS, subject: 'Re: Uw melding', text, messageId: '<q-1@example.org>' });
    const msg = t.intake.only();
    expect(msg.activity.text).to.equal('Nee, de hulp is nog steeds niet geweest.');
    expect(channelData(msg).fullText).to.contain('Is de huishoudelijke hulp inmiddels geweest?');
    expect(channelData(msg).fullText).to.contain('Verzonden vanaf mijn iPhone');
  });

  it('when a mail answers earlier ones, then threadRefs are In-Reply-To then References newest first', async () => {
    await sendMail(t.port, {
      from: RESIDENT,
      to: INTAKE_ADDRESS,
      subject: 'Re: Uw melding',
      text: 'Dank u.',
      messageId: '<r-3@example.org>',
      inReplyTo: '<out-2@gemeente.example>',
      references: ['<r-1@example.org>', '<out-1@gemeente.example>', '<out-2@gemeente.example>'],
    });
    const msg = t.intake.only();
    expect(msg.threadRefs).to.deep.equal([
      '<out-2@gemeente.example>',
      '<out-1@gemeente.example>',
      '<r-1@example.org>',
    ]);
    expect(msg.channelState?.references).to.deep.equal([
      '<r-1@example.org>',
      '<out-1@gemeente.example>',
      '<out-2@gemeente.example>',
      '<r-3@example.org>',
    ]);
    expect(channelData(msg).inReplyTo).to.equal('<out-2@gemeente.example>');
    expect(msg.threadSubject).to.equal('uw melding');
  });

  it('when References holds a single id (mailparser gives a string), then it is threaded too', async () => {
    await sendMail(t.port, {
      from: RESIDENT,
      to: INTAKE_ADDRESS,
      subject: 'Re: x',
      text: 'Ja.',
      messageId: '<s-2@example.org>',
      references: '<out-9@gemeente.example>',
    });
    const msg = t.intake.only();
    expect(msg.threadRefs).to.deep.equal(['<out-9@gemeente.example>']);
    expect(msg.channelState?.references).to.deep.equal(['<out-9@gemeente.example>', '<s-2@example.org>']);
  });

  it('when a mail has no Message-ID, then its id is derived from the bytes so a resend is deduplicated', async () => {
    const raw = rawMessage(
      [`From: ${RESIDENT}`, `To: ${INTAKE_ADDRESS}`, 'Subject: zonder id', 'Date: Mon, 02 Mar 2026 10:00:00 +0100'],
      'Geen Message-ID in deze mail.',
    );
    await sendMail(t.port, { from: RESIDENT, to: INTAKE_ADDRESS, raw });
    await sendMail(t.port, { from: RESIDENT, to: INTAKE_ADDRESS, raw });
    const msg = t.intake.only();
    expect(msg.providerMessageId).to.equal(hashMessageId(raw));
    expect(msg.providerMessageId).to.match(/^<sha256-[0-9a-f]{64}@aan-tafel\.invalid>$/);
  });

  describe('character sets', () => {
    const cases: Array<{ name: string; headers: string[]; body: Buffer }> = [
      {
        name: 'windows-1252, 8bit',
        headers: ['Content-Type: text/plain; charset=windows-1252', 'Content-Transfer-Encoding: 8bit'],
        // "Het café kost € 5, één keer." in windows-1252: é = E9, € = 80
        body: Buffer.concat([
          Buffer.from('Het caf', 'ascii'),
          Buffer.from([0xe9]),
          Buffer.from(' kost ', 'ascii'),
          Buffer.from([0x80]),
          Buffer.from(' 5, ', 'ascii'),
          Buffer.from([0xe9, 0xe9]),
          Buffer.from('n keer.', 'ascii'),
        ]),
      },
      {
        name: 'ISO-8859-15, quoted-printable',
        headers: ['Content-Type: text/plain; charset=ISO-8859-15', 'Content-Transfer-Encoding: quoted-printable'],
        body: Buffer.from('Het caf=E9 kost =A4 5, =E9=E9n keer.', 'ascii'),
      },
      {
        name: 'UTF-8, quoted-printable',
        headers: ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'],
        body: Buffer.from('Het caf=C3=A9 kost =E2=82=AC 5, =C3=A9=C3=A9n keer.', 'ascii'),
      },
    ];
    for (const c of cases) {
      it(`when the body is ${c.name}, then "café", "één" and "€" arrive intact`, async () => {
        const raw = rawMessage(
          [
            `From: ${RESIDENT}`,
            `To: ${INTAKE_ADDRESS}`,
            'Subject: =?windows-1252?Q?Caf=E9_=80?=',
            `Message-ID: <cs-${c.name.replace(/\W+/g, '-')}@example.org>`,
            'MIME-Version: 1.0',
            ...c.headers,
          ],
          c.body,
        );
        await sendMail(t.port, { from: RESIDENT, to: INTAKE_ADDRESS, raw });
        const msg = t.intake.only();
        expect(msg.activity.text).to.equal('Het café kost € 5, één keer.');
        expect(channelData(msg).subject).to.equal('Café €');
      });
    }

    it('when the body is ISO-8859-1, then "café" and "één" arrive intact', async () => {
      const raw = rawMessage(
        [
          `From: ${RESIDENT}`,
          `To: ${INTAKE_ADDRESS}`,
          'Subject: latin1',
          'Message-ID: <cs-latin1@example.org>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=ISO-8859-1',
          'Content-Transfer-Encoding: 8bit',
        ],
        Buffer.from('Het café, één keer.', 'latin1'),
      );
      await sendMail(t.port, { from: RESIDENT, to: INTAKE_ADDRESS, raw });
      expect(t.intake.only().activity.text).to.equal('Het café, één keer.');
    });
  });

  describe('automatic mail (RFC 3834) is stored as an event, never as a message for the bot', () => {
    const headerCases: Array<[string, Record<string, string>, string]> = [
      ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }, 'auto-submitted'],
      ['Precedence: bulk', { Precedence: 'bulk' }, 'precedence'],
      ['Precedence: junk', { Precedence: 'junk' }, 'precedence'],
      ['List-Id', { 'List-Id': 'Nieuwsbrief <nieuws.example.org>' }, 'list'],
      ['List-Unsubscribe', { 'List-Unsubscribe': '<mailto:uit@example.org>' }, 'list'],
      ['X-Autoreply', { 'X-Autoreply': 'yes' }, 'x-autoreply'],
      ['X-Autorespond', { 'X-Autorespond': 'yes' }, 'x-autoreply'],
      ['X-Auto-Response-Suppress', { 'X-Auto-Response-Suppress': 'All' }, 'x-auto-response-suppress'],
    ];
    headerCases.forEach(([name, headers, reason], i) => {
      it(`when the mail has ${name}, then it is an email.autoReply event (${reason})`, async () => {
        await sendMail(t.port, {
          from: RESIDENT,
          to: INTAKE_ADDRESS,
          subject: 'Afwezig',
          text: 'Ik ben afwezig tot maandag.',
          headers,
          messageId: `<auto-${i}@example.org>`,
        });
        const msg = t.intake.only();
        expect(msg.activity.type).to.equal('event');
        expect(msg.activity.name).to.equal('email.autoReply');
        expect(msg.activity.value).to.deep.equal({ reason });
        expect(msg.activity.text).to.equal(undefined);
        expect(channelData(msg).autoReply).to.equal(reason);
        expect(channelData(msg).fullText).to.equal('Ik ben afwezig tot maandag.');
      });
    });

    it('when the envelope sender is null (<>), then it is an event (null-sender)', async () => {
      await sendMail(t.port, {
        from: 'Mail Delivery System <mailer-daemon@example.org>',
        to: INTAKE_ADDRESS,
        text: 'Bericht kon niet worden bezorgd.',
        envelope: { from: '', to: INTAKE_ADDRESS },
        messageId: '<bounce-1@example.org>',
      });
      const msg = t.intake.only();
      expect(msg.activity.type).to.equal('event');
      expect(msg.activity.value).to.deep.equal({ reason: 'null-sender' });
    });

    it('when the mail is multipart/report, then it is an event (report)', async () => {
      const raw = rawMessage(
        [
          'From: mailer-daemon@example.org',
          `To: ${INTAKE_ADDRESS}`,
          'Subject: Undelivered Mail',
          'Message-ID: <report-1@example.org>',
          'MIME-Version: 1.0',
          'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
        ],
        [
          '--b1',
          'Content-Type: text/plain',
          '',
          'Delivery failed.',
          '--b1',
          'Content-Type: message/delivery-status',
          '',
          'Reporting-MTA: dns; mx.example.org',
          '',
          'Final-Recipient: rfc822; x@example.org',
          'Action: failed',
          'Status: 5.1.1',
          '--b1--',
        ].join('\n'),
      );
      await sendMail(t.port, { from: 'mailer-daemon@example.org', to: INTAKE_ADDRESS, raw });
      expect(t.intake.only().activity.value).to.deep.equal({ reason: 'report' });
    });

    it('when the mail comes from one of our own addresses, then it is an event (own-address)', async () => {
      await sendMail(t.port, {
        from: 'Meldpunt <Antwoord+x@Gemeente.example>',
        to: INTAKE_ADDRESS,
        text: 'Ons eigen bericht komt terug.',
        messageId: '<own-1@gemeente.example>',
      });
      expect(t.intake.only().activity.value).to.deep.equal({ reason: 'own-address' });
    });

    it('when Auto-Submitted is "no", then it is a normal message', async () => {
      await sendMail(t.port, {
        from: RESIDENT,
        to: INTAKE_ADDRESS,
        text: 'Gewoon een vraag.',
        headers: { 'Auto-Submitted': 'no' },
        messageId: '<auto-no@example.org>',
      });
      const msg = t.intake.only();
      expect(msg.activity.type).to.equal('message');
      expect(msg.activity.text).to.equal('Gewoon een vraag.');
    });
  });

  it('when mail is received, then the log holds ids and sizes but no address, subject or text', async () => {
    const logs = captureLogs();
    await t.stop();
    t = await startTestIntake({ logger: logs.logger });
    await sendMail(t.port, {
      from: 'Inwoner Test <inwoner.test@example.org>',
      to: INTAKE_ADDRESS,
      subject: 'Schuldhulp gezocht',
      text: 'Ik heb schulden bij de Belastingdienst.',
      messageId: '<log-1@example.org>',
    });
    const log = logs.text();
    expect(log).to.contain('e-mail received');
    expect(log).to.match(/"msgIdHash":"[0-9a-f]{16}"/);
    for (const secret of ['inwoner.test', 'Inwoner Test', 'Schuldhulp', 'Belastingdienst', 'log-1@example.org', INTAKE_ADDRESS]) {
      expect(log, secret).not.to.contain(secret);
    }
  });
});
