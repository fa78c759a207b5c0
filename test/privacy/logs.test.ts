/**
 * Privacy by default (issue 6, point 7): a resident writes a message full of personal data on
 * every channel; the service's whole log output (at debug level) must hold none of it.
 */
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { createLogger } from '../../src/logger.js';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { sendMail } from '../support/smtp-relay.js';
import { eventually, startTestService, TEST_APP_SECRET, TEST_INTAKE_ADDRESS, type TestService } from '../support/service.js';

const NAME = 'Zwaluwina Pietersma';
const BSN = '111222333'; // passes the elfproef
const IBAN = 'NL91ABNA0417164300';
const EMAIL = 'zwaluwina.pietersma@example.org';
const PHONE = '0612345678';
const WA_ID = '31687654321';
const MARKER = 'kwetsbaarheidsverklaring';
const TEXT = `Ik ben ${NAME}, BSN ${BSN}, rekening ${IBAN}, mail ${EMAIL}, bel 06-12345678. Mijn ${MARKER} over mijn schulden en de jeugdzorg van mijn dochter.`;
const SECRETS = [NAME, 'Pietersma', BSN, IBAN, EMAIL, PHONE, '06-12345678', WA_ID, MARKER];

describe('privacy: logs hold ids, never personal data', function () {
  this.timeout(120_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService({ LOG_LEVEL: 'trace' });
  });
  after(async () => {
    await svc?.stop();
  });

  it('the start-up line says where everything is, the e-mail intake address too (the service\'s own, not masked)', () => {
    const ready = svc.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => String(l.msg).startsWith('aan-tafel ready'));
    expect(ready, 'the ready line').to.be.an('object');
    const [mailbox, domain] = TEST_INTAKE_ADDRESS.split('@');
    expect(ready!.emailIntake).to.deep.equal({ mailbox, domain });
    expect(ready!.smtp).to.match(/:\d+$/);
  });

  it('writes nothing of a resident message full of personal data to the log, on any channel', async () => {
    const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(TEXT, { from: WA_ID })], profileName: NAME }));
    expect((await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers })).status).to.equal(200);

    const dl = (await (await fetch(`${svc.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: { name: NAME } }) })).json()) as { conversationId: string; token: string };
    const post = await fetch(`${svc.baseUrl}/v3/directline/conversations/${dl.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dl.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: TEXT, from: { id: EMAIL, name: NAME } }),
    });
    expect(post.status).to.equal(200);
    // Malformed input that quotes the data back must not leak it either.
    await fetch(`${svc.baseUrl}/v3/directline/conversations/${dl.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dl.token}`, 'content-type': 'application/json' },
      body: `{"type":"message","text":"${TEXT}"`,
    });

    await sendMail(svc.app.smtpPort, { from: `${NAME} <${EMAIL}>`, to: TEST_INTAKE_ADDRESS, subject: `Klacht van ${NAME} (${BSN})`, text: TEXT });

    // Let every turn run and every reply go out (the replies quote nothing, but their logs run too).
    await eventually(async () => {
      const r = await svc.app.db.query(`SELECT 1 FROM messages WHERE direction = 'in' AND processed_at IS NULL`);
      const out = await svc.app.db.query(`SELECT 1 FROM messages WHERE direction = 'out' AND status = 'queued'`);
      const n = await svc.app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE direction = 'in' AND text LIKE $1`, [`%${MARKER}%`]);
      return r.rows.length === 0 && out.rows.length === 0 && n.rows[0]!.n >= 3;
    }, 'all three messages stored, processed and answered', 60_000);

    expect(svc.logLines.length).to.be.greaterThan(10);
    const all = svc.logLines.join('\n');
    for (const s of SECRETS) {
      const hit = svc.logLines.find((l) => l.includes(s));
      expect(hit, `log holds "${s}"`).to.equal(undefined);
    }
    // …and they do hold the ids to follow a message.
    expect(all).to.match(/"conversationId":"[0-9a-f-]{36}"/);
  });
});

describe('privacy: the logger masks identifiers that slip into a log line', () => {
  it('masks BSN, IBAN, phone and e-mail in the message and in any field', async () => {
    const lines: string[] = [];
    const log = createLogger('info', new Writable({ write(c, _e, cb) { lines.push(String(c)); cb(); } }));
    log.info({ note: TEXT, nested: { list: [`iban ${IBAN}`] } }, `careless ${TEXT}`);
    log.info(`plain ${BSN} ${EMAIL}`);
    expect(lines).to.have.length(2);
    for (const s of [BSN, IBAN, EMAIL, '06-12345678']) expect(lines.join(''), s).to.not.include(s);
    expect(lines[0]).to.include('[BSN]').and.include('[IBAN]').and.include('[e-mail]');
    // A nine-digit number that fails the elfproef is not a BSN (an id stays readable).
    log.info({ caseNumber: '123456789' }, 'ids stay');
    expect(lines[2]).to.include('123456789');
  });
});
