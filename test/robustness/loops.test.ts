/**
 * Auto-replies and loops (issue 6, point 4): out-of-office mail (RFC 3834 Auto-Submitted),
 * Precedence: bulk, and the same mail again and again never start a bot conversation or a reply storm.
 */
import { expect } from 'chai';
import { sendMail } from '../support/smtp-relay.js';
import { eventually, startTestService, TEST_INTAKE_ADDRESS, type TestService } from '../support/service.js';

describe('robustness: auto-replies and mail loops', function () {
  this.timeout(120_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService();
  });
  after(async () => {
    await svc?.stop();
  });

  const repliesTo = (addr: string) => svc.relay.received.filter((m) => m.envelope.rcptTo.some((r) => r.address === addr)).length;
  const storedFrom = async (addr: string) =>
    (
      await svc.app.db.query<{ type: string; n: number }>(
        `SELECT m.activity->>'type' AS type, count(*)::int AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.address = $1 AND m.direction = 'in' GROUP BY 1 ORDER BY 1`,
        [addr],
      )
    ).rows;

  it('stores out-of-office and bulk mail without answering it', async () => {
    for (const [addr, headers] of [
      ['ooo@robot.example', { 'Auto-Submitted': 'auto-replied' }],
      ['bulk@robot.example', { Precedence: 'bulk' }],
    ] as const) {
      await sendMail(svc.app.smtpPort, { from: addr, to: TEST_INTAKE_ADDRESS, subject: 'Afwezig: Re: uw melding', text: 'Ik ben afwezig tot maandag.', headers });
      await eventually(async () => (await storedFrom(addr)).length > 0, 'stored');
    }
    await new Promise((r) => setTimeout(r, 3000));
    expect(repliesTo('ooo@robot.example')).to.equal(0);
    expect(repliesTo('bulk@robot.example')).to.equal(0);
    expect(await storedFrom('ooo@robot.example')).to.deep.equal([{ type: 'event', n: 1 }]);
  });

  it('answers a mail once, and the same mail sent again and again not at all', async () => {
    const addr = 'herhaler@inwoner.example';
    const mail = { from: `Her Haler <${addr}>`, to: TEST_INTAKE_ADDRESS, subject: 'Mijn pgb', text: 'Mijn pgb is niet uitbetaald, wat moet ik doen?' };
    await sendMail(svc.app.smtpPort, mail);
    await eventually(async () => repliesTo(addr) > 0, 'the first reply', 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    const first = repliesTo(addr);
    for (let i = 0; i < 5; i++) await sendMail(svc.app.smtpPort, mail); // new Message-IDs, same mail
    await eventually(async () => (await storedFrom(addr)).find((r) => r.type === 'event')?.n === 5, 'repeats stored as automatic mail', 15_000);
    await new Promise((r) => setTimeout(r, 4000));
    expect(repliesTo(addr), 'no reply storm').to.equal(first);
    expect(await storedFrom(addr)).to.deep.equal([
      { type: 'event', n: 5 },
      { type: 'message', n: 1 },
    ]);
    // A different mail from the same resident is a new question and is answered.
    await sendMail(svc.app.smtpPort, { ...mail, text: 'En wanneer krijg ik bericht?' });
    await eventually(async () => (await storedFrom(addr)).find((r) => r.type === 'message')?.n === 2, 'the new mail stored as a message', 15_000);
  });
});
