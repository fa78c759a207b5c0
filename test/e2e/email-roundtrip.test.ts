import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { AgentClient } from '../support/agent-client.js';
import { eventually, startTestService, TEST_INTAKE_ADDRESS, type TestService } from '../support/service.js';
import { sendMail, type RelayedMail } from '../support/smtp-relay.js';

const RESIDENT = 'inwoner.e2e@example.org';

describe('e2e: e-mail resident ⇄ bot ⇄ agent (real SMTP intake, local relay)', function () {
  this.timeout(60_000);
  let svc: TestService;
  let agent: AgentClient;

  before(async () => {
    svc = await startTestService();
    await svc.app.agents.create({ username: 'bram', displayName: 'Bram Jansen', password: 'another long password', role: 'agent' });
    agent = new AgentClient(svc.baseUrl);
    await agent.login('bram', 'another long password');
  });
  after(async () => {
    await svc?.stop();
  });

  const toResident = (m: RelayedMail) => m.envelope.rcptTo.some((r) => r.address === RESIDENT);

  it('the bot replies threaded, the agent takes over, and the reply arrives in the same thread', async () => {
    const sent = await sendMail(svc.app.smtpPort, {
      from: `Inwoner Test <${RESIDENT}>`,
      to: TEST_INTAKE_ADDRESS,
      subject: 'Eigen bijdrage CAK veel te hoog',
      messageId: '<e2e-1@example.org>',
      text:
        'Geachte heer, mevrouw,\n\nIk krijg sinds maart een rekening van het CAK voor de eigen bijdrage van mijn huishoudelijke hulp. ' +
        'Het bedrag is veel hoger dan het abonnementstarief en ik begrijp niet waarom. Wie kan mij helpen?\n\n' +
        'Met vriendelijke groet,\nA. Test\n',
    });
    expect(sent.response).to.match(/^250/);

    const botMails = await svc.relay.waitFor(toResident, 15_000);
    const bot = botMails[0]!.parsed;
    expect(bot.subject).to.equal('Re: Eigen bijdrage CAK veel te hoog');
    expect(bot.inReplyTo).to.equal('<e2e-1@example.org>');
    expect(String(bot.references)).to.contain('<e2e-1@example.org>');
    expect(bot.headers.get('auto-submitted')).to.equal('auto-replied');
    expect(bot.text).to.match(/digitale assistent/i);

    const convId = (await svc.app.db.query<{ conversation_id: string }>(
      `SELECT conversation_id FROM messages WHERE provider_message_id = $1`,
      ['<e2e-1@example.org>'],
    )).rows[0]!.conversation_id;

    // The resident answers the bot's mail in their mail client: same conversation.
    const botMessageId = bot.messageId!;
    if (!(await svc.app.store.getConversation(convId))!.queuedAt) {
      await sendMail(svc.app.smtpPort, {
        from: `Inwoner Test <${RESIDENT}>`,
        to: TEST_INTAKE_ADDRESS,
        subject: 'Re: Eigen bijdrage CAK veel te hoog',
        messageId: '<e2e-2@example.org>',
        inReplyTo: botMessageId,
        references: ['<e2e-1@example.org>', botMessageId],
        text: 'Het gaat om de eigen bijdrage voor hulp in huis.\n\nOp 1 december schreef Meldpunt:\n> Ik wil u goed helpen.\n',
      });
    }
    const queued = await eventually(async () => (await agent.queue()).find((c) => c.id === convId), 'conversation queued');
    expect(queued.channel).to.equal('email');

    expect((await agent.claim(convId)).status).to.equal(200);
    expect((await agent.reply(convId, 'Beste mevrouw Test, ik zoek dit voor u uit bij het CAK en bel u morgen.')).status).to.equal(200);

    const agentMails = await svc.relay.waitFor((m) => toResident(m) && (m.parsed.text ?? '').includes('ik zoek dit voor u uit'), 15_000);
    const mail = agentMails[0]!.parsed;
    expect(mail.subject).to.equal('Re: Eigen bijdrage CAK veel te hoog');
    expect(mail.inReplyTo).to.be.a('string');
    expect(String(mail.references)).to.contain('<e2e-1@example.org>');
    expect(mail.headers.get('auto-submitted')).to.equal(undefined);

    // The relay has the mail once it answered 250 to DATA; `sent` is recorded right after that
    // answer reaches the sender, so look until it is there.
    const detail = await eventually(async () => {
      const d = await agent.detail(convId);
      return d.messages.find((m: any) => m.senderRole === 'agent')?.status === 'sent' ? d : null;
    }, 'agent reply marked sent');
    expect(detail.messages.filter((m: any) => m.direction === 'in').length).to.be.greaterThan(0);

    // While a person has the conversation, danger named only in the subject still counts.
    await sendMail(svc.app.smtpPort, {
      from: `Inwoner Test <${RESIDENT}>`,
      to: TEST_INTAKE_ADDRESS,
      subject: 'Mijn man slaat me weer',
      messageId: '<e2e-3@example.org>',
      inReplyTo: mail.messageId!,
      references: ['<e2e-1@example.org>', mail.messageId!],
      text: 'Zie onderwerp. Kunt u bellen?\n',
    });
    const safety = await svc.relay.waitFor((m) => toResident(m) && (m.parsed.text ?? '').includes('0800-2000'), 15_000);
    expect(safety[0]!.parsed.text).to.contain('112');
    expect((await svc.app.store.getConversation(convId))!.urgency).to.equal('crisis');
  });

  it('a reply whose mail client dropped In-Reply-To and References continues the conversation by sender and subject', async () => {
    const resident = 'Inwoner Twee <inwoner.zonderkoppen@example.org>';
    /** Send a mail without In-Reply-To or References; resolves to its conversation id once stored. */
    const mail = async (from: string, subject: string, id: string, text: string) => {
      await sendMail(svc.app.smtpPort, { from, to: TEST_INTAKE_ADDRESS, subject, messageId: `<${id}@example.org>`, text });
      return eventually(async () => (await svc.app.db.query<{ conversation_id: string }>(
        `SELECT conversation_id FROM messages WHERE provider_message_id = $1`, [`<${id}@example.org>`])).rows[0]?.conversation_id, `${id} stored`);
    };
    const first = await mail(resident, 'Scootmobiel al weken kapot', 'nohdr-1',
      'Goedemiddag,\n\nMijn scootmobiel van de gemeente is al drie weken kapot en de monteur komt maar niet. Ik kom de deur niet uit.\n\nGroet,\nB. Twee\n');
    await svc.relay.waitFor((m) => m.envelope.rcptTo.some((r) => r.address === 'inwoner.zonderkoppen@example.org'), 15_000);

    // Webmail that answers without the headers, with another prefix style and spacing: same conversation.
    expect(await mail(resident, 'ANTW:  RE: Scootmobiel al weken  kapot', 'nohdr-2', 'Het gaat om de scootmobiel, die staat in de gang.\n')).to.equal(first);
    // A new subject is a new matter: a new conversation.
    expect(await mail(resident, 'Re: Vraag over de eigen bijdrage', 'nohdr-3', 'Hoe hoog is de eigen bijdrage voor een traplift?\n')).not.to.equal(first);
    // Another sender with the same subject never joins this resident's conversation.
    expect(await mail('Iemand Anders <iemand.anders@example.org>', 'Re: Scootmobiel al weken kapot', 'nohdr-4', 'Ik heb hetzelfde probleem.\n')).not.to.equal(first);

    // A mail sent without a subject gets our reply "Re: Uw bericht"; the answer to that finds it too.
    const noSubject = await mail('Inwoner Drie <inwoner.drie@example.org>', '', 'nohdr-5', 'Mijn uitkering is niet betaald deze maand en ik heb geen geld voor eten voor morgen.\n');
    expect(await mail('Inwoner Drie <inwoner.drie@example.org>', 'Re: Uw bericht', 'nohdr-6', 'Het gaat om de bijstand.\n')).to.equal(noSubject);
  });

  it('a mail whose subject is the whole complaint (thousands of characters, any script) is stored, not refused', async () => {
    // Incompressible (random letters in two scripts), so PostgreSQL cannot shrink an index entry below its 2,704-byte limit.
    const noise = Array.from(randomBytes(3000), (b) => (b % 2 ? String.fromCharCode(0x627 + (b % 25)) : String.fromCharCode(97 + (b % 26)))).join('');
    const subject = `Klacht over de thuiszorg en de gemeente ${noise}`;
    const sent = await sendMail(svc.app.smtpPort, {
      from: 'Inwoner Vier <inwoner.vier@example.org>', to: TEST_INTAKE_ADDRESS, subject, messageId: '<long-subject-1@example.org>', text: 'Zie onderwerp.\n',
    });
    expect(sent.response).to.match(/^250/);
    const stored = await svc.app.db.query(`SELECT 1 FROM messages WHERE provider_message_id = $1`, ['<long-subject-1@example.org>']);
    expect(stored.rowCount).to.equal(1);
  });

  it('an out-of-office reply never starts a bot conversation or a reply', async () => {
    const toAway = () => svc.relay.received.filter((m) => m.envelope.rcptTo.some((r) => r.address === 'afwezig@example.org')).length;
    await sendMail(svc.app.smtpPort, {
      from: 'Afwezig <afwezig@example.org>',
      to: TEST_INTAKE_ADDRESS,
      subject: 'Automatisch antwoord: Uw bericht',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'Ik ben afwezig tot maandag.',
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(toAway()).to.equal(0);
  });
});
