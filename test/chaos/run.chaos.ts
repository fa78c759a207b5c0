/**
 * Chaos test (issue 6): 1,000 resident messages over WhatsApp, Direct Line and e-mail while the
 * service (its own process) is killed with SIGKILL twice and its Redis is restarted empty once.
 * Senders behave like the providers: whatever was not acknowledged is sent again with the same
 * provider id. Afterwards every message must be stored exactly once, every turn processed,
 * nothing stuck, every bot turn answered once (replies are stored once by idempotency key) and
 * every WhatsApp reply sent once: the Graph-API-shaped server posts signed status webhooks
 * (retrying while the service is down, as Meta does) that echo our `biz_opaque_callback_data`,
 * so a send Meta accepted just before a SIGKILL is settled, not repeated. The SMTP relay has the
 * DSN extension and reports every relayed mail to our intake (RFC 3464, retrying while the
 * service is down), which settles mails the same way. Prints the counts.
 *
 * Run: `npm run test:chaos`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { expect } from 'chai';
import pg from 'pg';
import { signedWebhook, startGraphApiServer, waText, waWebhook, type GraphApiServer } from '../support/graph-api-server.js';
import { freePort, startPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { sendMail, startSmtpRelay, type SmtpRelay } from '../support/smtp-relay.js';
import { dropSchema, serviceEnv, TEST_APP_SECRET, TEST_DATABASE_URL, TEST_INTAKE_ADDRESS } from '../support/service.js';

const WA_RESIDENTS = 100;
const WA_PER_RESIDENT = 4;
const DL_CONVERSATIONS = 70;
const DL_PER_CONVERSATION = 5;
const EMAILS = 250;
const TOTAL = WA_RESIDENTS * WA_PER_RESIDENT + DL_CONVERSATIONS * DL_PER_CONVERSATION + EMAILS;

const TEXTS = [
  'Mijn pgb is deze maand niet uitbetaald door de SVB',
  'De taxi voor het leerlingenvervoer kwam vanochtend weer niet',
  'Ik wacht al acht weken op een beslissing over mijn traplift',
  'De huishoudelijke hulp is zonder bericht gestopt',
  'Mijn uitkering is lager dan vorige maand en niemand legt uit waarom',
  'Ik kreeg een brief over een eigen bijdrage die ik niet begrijp',
  'De wijkteammedewerker belt niet terug',
  'Kunnen jullie mij helpen met de schuldhulp aanvraag',
  'Het keukentafelgesprek is twee keer verzet',
  'De zorgaanbieder stuurt steeds iemand anders',
];
const text = (i: number) => `${TEXTS[i % TEXTS.length]} (melding ${i})`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The service as a child process that can be killed and started again on the same ports. */
class ServiceProcess {
  child: ChildProcess | null = null;
  starts = 0;
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
    readonly baseUrl: string,
  ) {}

  start(): void {
    this.starts += 1;
    const out = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    this.child = child;
  }

  async ready(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.baseUrl}/healthz`)).ok) return;
      } catch {
        /* not yet */
      }
      await sleep(200);
    }
    throw new Error('service did not become healthy');
  }

  async kill(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }
}

/** Retry `fn` until it returns true (acknowledged), as a provider does; false/throw → again. */
async function untilAcked(fn: () => Promise<boolean>, what: string, counters: { retries: number }): Promise<void> {
  const deadline = Date.now() + 240_000;
  for (let delay = 100; ; delay = Math.min(delay * 2, 1500)) {
    try {
      if (await fn()) return;
    } catch {
      /* refused connection, reset: the service is down */
    }
    counters.retries += 1;
    if (Date.now() > deadline) throw new Error(`${what} never acknowledged`);
    await sleep(delay);
  }
}

/** Run `tasks` with at most `n` at a time. */
async function pool(n: number, tasks: Array<() => Promise<void>>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

describe('chaos: 1,000 messages, two SIGKILLs, one Redis restart', function () {
  this.timeout(600_000);
  let redis: PrivateRedis;
  let graph: GraphApiServer;
  let relay: SmtpRelay;
  let svc: ServiceProcess;
  let db: pg.Client;
  const id = randomBytes(4).toString('hex');
  const schema = `chaos_${id}`;

  before(async () => {
    redis = await startPrivateRedis();
    graph = await startGraphApiServer();
    relay = await startSmtpRelay();
    const [port, smtpPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_HOST: '127.0.0.1',
      ...serviceEnv({ schema, redisUrl: redis.url, prefix: `chaos-${id}`, graph, relayPort: relay.port }),
      LOG_LEVEL: 'warn',
      WORKER_CONCURRENCY: '8',
    };
    svc = new ServiceProcess(env, `/tmp/aan-tafel-chaos-${id}.log`, `http://127.0.0.1:${port}`);
    graph.sendStatusesTo({ url: `${svc.baseUrl}/api/whatsapp/webhook`, appSecret: TEST_APP_SECRET });
    relay.sendDsnTo(smtpPort);
    (svc as unknown as { smtpPort: number }).smtpPort = smtpPort;
    svc.start();
    await svc.ready();
    db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    await db.query(`SET search_path TO "${schema}"`);
  });

  after(async () => {
    await svc?.kill('SIGKILL');
    await db?.end().catch(() => undefined);
    await graph?.close();
    await relay?.close();
    redis?.close();
    await dropSchema(schema).catch(() => undefined);
  });

  it('stores every message once, answers every turn once, leaves nothing stuck', async () => {
    const smtpPort = (svc as unknown as { smtpPort: number }).smtpPort;
    const counters = { retries: 0, acked: 0 };
    const chaos: string[] = [];
    const tasks: Array<() => Promise<void>> = [];
    let n = 0;
    const acked = () => {
      counters.acked += 1;
    };

    for (let r = 0; r < WA_RESIDENTS; r++) {
      const from = `3161${String(r).padStart(7, '0')}`;
      const msgs = Array.from({ length: WA_PER_RESIDENT }, () => ({ i: n++, wamid: `wamid.chaos.${id}.${r}.${randomBytes(6).toString('hex')}` }));
      tasks.push(async () => {
        for (const m of msgs) {
          const { body, headers } = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [waText(text(m.i), { from, id: m.wamid })] }));
          await untilAcked(async () => (await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body, headers })).status === 200, 'webhook', counters);
          acked();
        }
      });
    }
    const dlConversations: string[] = [];
    for (let c = 0; c < DL_CONVERSATIONS; c++) {
      const msgs = Array.from({ length: DL_PER_CONVERSATION }, (_, k) => ({ i: n++, cid: `chaos-${c}-${k}` }));
      tasks.push(async () => {
        let token = '';
        let conv = '';
        await untilAcked(async () => {
          const res = await fetch(`${svc.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
          if (res.status !== 200) return false;
          ({ token, conversationId: conv } = (await res.json()) as { token: string; conversationId: string });
          return true;
        }, 'token', counters);
        dlConversations.push(conv);
        await untilAcked(
          async () => (await fetch(`${svc.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status === 201,
          'conversation start',
          counters,
        );
        for (const m of msgs) {
          await untilAcked(
            async () =>
              (
                await fetch(`${svc.baseUrl}/v3/directline/conversations/${conv}/activities`, {
                  method: 'POST',
                  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                  body: JSON.stringify({ type: 'message', text: text(m.i), channelData: { clientActivityID: m.cid } }),
                })
              ).status === 200,
            'activity',
            counters,
          );
          acked();
        }
      });
    }
    for (let e = 0; e < EMAILS; e++) {
      const i = n++;
      const messageId = `<chaos.${id}.${e}@inwoner.example>`;
      tasks.push(async () => {
        await untilAcked(
          async () =>
            /^250/.test(
              (
                await sendMail(smtpPort, {
                  from: `Inwoner ${e} <inwoner.${e}.${id}@example.org>`,
                  to: TEST_INTAKE_ADDRESS,
                  subject: `Melding ${i}`,
                  text: text(i),
                  messageId,
                })
              ).response,
            ),
          'mail',
          counters,
        );
        acked();
      });
    }
    expect(n).to.equal(TOTAL);
    // Interleave channels so every phase of the run sees all three.
    const order = tasks.map((t, k) => ({ t, k: (k * 7919) % tasks.length })).sort((a, b) => a.k - b.k).map((x) => x.t);

    const driver = (async () => {
      const at = async (count: number) => {
        while (counters.acked < count) await sleep(50);
      };
      await at(TOTAL * 0.2);
      chaos.push(`SIGKILL at ${counters.acked} acknowledged`);
      await svc.kill('SIGKILL');
      svc.start();
      await svc.ready();
      await at(TOTAL * 0.45);
      chaos.push(`Redis restarted (empty) at ${counters.acked} acknowledged`);
      redis.stop();
      await sleep(1000);
      redis.start();
      await at(TOTAL * 0.7);
      chaos.push(`SIGKILL at ${counters.acked} acknowledged`);
      await svc.kill('SIGKILL');
      svc.start();
      await svc.ready();
    })();
    const t0 = Date.now();
    await pool(40, order);
    await driver;
    const sendSeconds = (Date.now() - t0) / 1000;

    // Wait until quiet: everything processed and sent, stable for two polls.
    const state = async () => {
      const r = await db.query<Record<string, string>>(`SELECT
          (SELECT count(*) FROM messages WHERE direction = 'in' AND sender_role = 'resident' AND activity->>'type' = 'message') AS stored,
          (SELECT count(*) FROM messages WHERE direction = 'in' AND processed_at IS NULL) AS unprocessed,
          (SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'queued') AS queued,
          (SELECT count(*) FROM messages WHERE direction = 'out') AS outbound`);
      return r.rows[0]!;
    };
    let last = '';
    let stable = 0;
    const quietDeadline = Date.now() + 300_000;
    for (;;) {
      const s = await state();
      const key = JSON.stringify(s);
      stable = key === last && s.unprocessed === '0' && s.queued === '0' && Number(s.stored) >= TOTAL && graph.statusesPending() === 0 && relay.dsnPending() === 0 ? stable + 1 : 0;
      last = key;
      if (stable >= 2 || Date.now() > quietDeadline) break;
      await sleep(3000);
    }
    const quietSeconds = (Date.now() - t0) / 1000 - sendSeconds;

    // Graceful shutdown: SIGTERM finishes or hands back running work and exits 0.
    const exitCode = await svc.kill('SIGTERM');

    const q = async (sql: string) => (await db.query<Record<string, string>>(sql)).rows;
    const [counts] = await q(`SELECT
        (SELECT count(*) FROM messages WHERE direction = 'in' AND sender_role = 'resident' AND activity->>'type' = 'message') AS stored,
        (SELECT count(DISTINCT (channel, provider_message_id)) FROM messages WHERE direction = 'in' AND sender_role = 'resident' AND activity->>'type' = 'message') AS distinct_stored,
        (SELECT count(*) FROM messages WHERE direction = 'in' AND processed_at IS NULL) AS unprocessed,
        (SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'queued') AS stuck_out,
        (SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'failed') AS failed_out,
        (SELECT count(*) FROM messages WHERE direction = 'out') AS outbound,
        (SELECT count(*) FROM messages m WHERE direction = 'in' AND sender_role = 'resident' AND activity->>'type' = 'message'
            AND EXISTS (SELECT 1 FROM messages o WHERE o.reply_to_id = m.id)) AS answered_by_bot,
        (SELECT count(*) FROM messages WHERE idempotency_key LIKE 'system:boterror:%' OR idempotency_key LIKE 'boterror:%') AS bot_errors`);
    // Turns of one conversation in order: a later message never processed before an earlier one.
    const [outOfOrder] = await q(`SELECT count(*) AS n FROM messages a JOIN messages b
        ON b.conversation_id = a.conversation_id AND b.direction = 'in' AND b.seq > a.seq
      WHERE a.direction = 'in' AND b.processed_at < a.processed_at`);
    const byChannel = await q(`SELECT channel, count(*) AS n FROM messages WHERE direction = 'in' AND sender_role = 'resident' AND activity->>'type' = 'message' GROUP BY channel ORDER BY channel`);
    const perRole = await q(`SELECT c.control, count(*) AS n FROM conversations c GROUP BY c.control ORDER BY c.control`);
    // A turn the bot had (no hand-off to a person before it was processed) must have its reply;
    // after the hand-off the bot is silent and the message waits for the agent.
    const unanswered = await q(`SELECT count(*) AS n FROM messages m
        WHERE m.direction = 'in' AND m.sender_role = 'resident' AND m.activity->>'type' = 'message'
          AND NOT EXISTS (SELECT 1 FROM messages o WHERE o.reply_to_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM conversation_events e WHERE e.conversation_id = m.conversation_id
                            AND e.type = 'handoff.initiate' AND e.created_at <= m.processed_at)`);
    const relayed = await q(`SELECT count(*) AS n FROM messages m
        WHERE m.direction = 'in' AND m.sender_role = 'resident' AND m.activity->>'type' = 'message'
          AND NOT EXISTS (SELECT 1 FROM messages o WHERE o.reply_to_id = m.id)
          AND EXISTS (SELECT 1 FROM conversation_events e WHERE e.conversation_id = m.conversation_id
                            AND e.type = 'handoff.initiate' AND e.created_at <= m.processed_at)`);

    // Provider side: every accepted WhatsApp send and relayed mail must be one stored reply.
    const waSent = new Set((await q(`SELECT provider_message_id FROM messages WHERE direction = 'out' AND channel = 'whatsapp' AND provider_message_id IS NOT NULL`)).map((r) => r.provider_message_id));
    const waAccepted = graph.accepted().filter((r) => r.wamid && r.body?.type !== undefined && r.body?.status !== 'read');
    const waDuplicates = waAccepted.filter((r) => !waSent.has(r.wamid!)).length;
    const mailSent = new Set((await q(`SELECT provider_message_id FROM messages WHERE direction = 'out' AND channel = 'email' AND provider_message_id IS NOT NULL`)).map((r) => r.provider_message_id));
    const mailUnknown = relay.received.filter((m) => !mailSent.has(m.parsed.messageId ?? '')).length;
    const mailDistinct = new Set(relay.received.map((m) => m.parsed.messageId ?? '')).size;
    const sentOut = await q(`SELECT channel, count(*) AS n FROM messages WHERE direction = 'out' AND status <> 'queued' AND status <> 'failed' GROUP BY channel ORDER BY channel`);

    const report = {
      messagesSent: TOTAL,
      providerRetries: counters.retries,
      chaos,
      serviceStarts: svc.starts,
      sendSeconds,
      quietSeconds: Math.round(quietSeconds),
      storedResidentMessages: Number(counts!.stored),
      storedDistinct: Number(counts!.distinct_stored),
      storedByChannel: Object.fromEntries(byChannel.map((r) => [r.channel, Number(r.n)])),
      unprocessedTurns: Number(counts!.unprocessed),
      turnsProcessedOutOfOrder: Number(outOfOrder!.n),
      turnsAnsweredByBot: Number(counts!.answered_by_bot),
      botTurnsUnanswered: Number(unanswered[0]!.n),
      turnsAfterHandoffWaitingForAgent: Number(relayed[0]!.n),
      conversationsByControl: Object.fromEntries(perRole.map((r) => [r.control, Number(r.n)])),
      outboundStored: Number(counts!.outbound),
      outboundSentByChannel: Object.fromEntries(sentOut.map((r) => [r.channel, Number(r.n)])),
      outboundStuckQueued: Number(counts!.stuck_out),
      outboundFailed: Number(counts!.failed_out),
      botErrors: Number(counts!.bot_errors),
      whatsappSendsAccepted: waAccepted.length,
      whatsappDuplicateSends: waDuplicates,
      mailsRelayed: relay.received.length,
      mailsRelayedDistinct: mailDistinct,
      mailsNotStored: mailUnknown,
      mailResentSameMessageId: relay.received.length - mailDistinct,
      sigtermExitCode: exitCode,
    };
    console.log(`\nCHAOS RESULT ${JSON.stringify(report, null, 2)}\n`);

    expect(report.storedResidentMessages, 'stored exactly once').to.equal(TOTAL);
    expect(report.storedDistinct).to.equal(TOTAL);
    expect(report.unprocessedTurns, 'nothing stuck (turns)').to.equal(0);
    expect(report.outboundStuckQueued, 'nothing stuck (replies)').to.equal(0);
    expect(report.turnsProcessedOutOfOrder, 'turns of a conversation in order').to.equal(0);
    expect(report.botTurnsUnanswered, 'every bot turn answered').to.equal(0);
    expect(report.turnsAnsweredByBot + report.turnsAfterHandoffWaitingForAgent).to.equal(TOTAL);
    // Stored replies are unique by construction (idempotency keys). WhatsApp: every send Meta
    // accepted is one stored reply, also when SIGKILL hit between Meta's acceptance and our
    // bookkeeping (the status callback settles it).
    expect(report.whatsappDuplicateSends, 'no WhatsApp reply sent twice').to.equal(0);
    expect(report.whatsappSendsAccepted).to.equal(report.outboundSentByChannel.whatsapp ?? 0);
    // E-mail: every relayed mail is one stored reply, each stored reply relayed once (the DSN
    // settles a mail the relay took just before a SIGKILL).
    expect(report.mailsNotStored, 'no mail that is not a stored reply').to.equal(0);
    expect(report.mailsRelayedDistinct).to.equal(report.outboundSentByChannel.email ?? 0);
    expect(report.mailResentSameMessageId, 'no mail relayed twice').to.equal(0);
    expect(report.sigtermExitCode, 'graceful shutdown').to.equal(0);
    expect(dlConversations.length).to.equal(DL_CONVERSATIONS);
  });
});
