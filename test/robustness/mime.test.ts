import { expect } from 'chai';
import { SmtpSession } from '../support/smtp-session.js';
import { eventually, startTestService, TEST_INTAKE_ADDRESS, type TestService } from '../support/service.js';

/** Broken MIME and odd charsets (issue 6, point 3): accepted, and the resident's text is kept. */
describe('robustness: broken MIME and odd charsets keep the text', function () {
  this.timeout(60_000);
  let svc: TestService;
  let smtp: SmtpSession;
  before(async () => {
    svc = await startTestService();
    smtp = await SmtpSession.open(svc.app.smtpPort);
  });
  after(async () => {
    await smtp?.close();
    await svc?.stop();
  });

  const stored = (messageId: string) =>
    eventually(async () => {
      const r = await svc.app.db.query<{ text: string; subject: string }>(
        `SELECT text, activity->'channelData'->>'subject' AS subject FROM messages WHERE channel = 'email' AND provider_message_id = $1`,
        [messageId],
      );
      return r.rows[0];
    }, `mail ${messageId} stored`);

  const cases: Array<[string, string, string, RegExp, RegExp?]> = [
    ['windows-1252 with € and é', 'Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit', 'Caf\xe9 kost \x80 10 per rit, mijn pgb', /Café kost € 10 per rit, mijn pgb/],
    ['undeclared 8-bit latin-1', 'Content-Type: text/plain', 'Mijn pgb is niet betaald, r\xe9sum\xe9 volgt', /Mijn pgb is niet betaald/],
    ['unknown charset', 'Content-Type: text/plain; charset=x-does-not-exist', 'Mijn huishoudelijke hulp komt niet', /Mijn huishoudelijke hulp komt niet/],
    ['multipart without the closing boundary', 'Content-Type: multipart/mixed; boundary="zz"', '--zz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDe taxi kwam weer niet\r\n--zz\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!nope', /De taxi kwam weer niet/],
    ['broken quoted-printable', 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable', 'Mijn uitkering =ZZ is te laag =C3=A9=\r\nvolgende regel', /Mijn uitkering .*is te laag/],
    ['encoded-word subject in latin-1', 'Content-Type: text/plain; charset=utf-8\r\nSubject: =?iso-8859-1?Q?Klacht_over_caf=E9?=', 'De wijkteammedewerker belt niet terug', /De wijkteammedewerker belt niet terug/, /Klacht over café/],
  ];
  for (const [name, headers, body, textRe, subjectRe] of cases) {
    it(name, async () => {
      const messageId = `<mime.${Math.random().toString(36).slice(2)}@inwoner.example>`;
      const subject = headers.includes('Subject:') ? '' : 'Subject: Melding\r\n';
      const raw = Buffer.from(`From: Inwoner <inwoner.mime@example.org>\r\nTo: ${TEST_INTAKE_ADDRESS}\r\n${subject}Message-ID: ${messageId}\r\nMIME-Version: 1.0\r\n${headers}\r\n\r\n${body}\r\n`, 'latin1');
      const r = await smtp.send('inwoner.mime@example.org', [TEST_INTAKE_ADDRESS], raw);
      expect(r.code, r.text).to.equal(250);
      const row = await stored(messageId);
      expect(row.text).to.match(textRe);
      if (subjectRe) expect(row.subject).to.match(subjectRe);
    });
  }
});
