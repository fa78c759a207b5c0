import express from 'express';
import helmet from 'helmet';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ConversationState } from 'botbuilder';
import type { ChannelSender } from '../channels/contract.js';
import { createEmailIntake } from '../channels/email/intake.js';
import { createEmailSender } from '../channels/email/sender.js';
import { createDirectLineRouter, createWebChatPageRouter, createWebChatSender } from '../channels/webchat/index.js';
import { createWhatsAppRouter, createWhatsAppSender } from '../channels/whatsapp/index.js';
import { IntakeBot } from '../dialogs/bot.js';
import type { ClassifierPort, StoryClassification } from '../dialogs/ports.js';
import { CLARIFY_THRESHOLD, loadClassifier } from '../nlp/index.js';
import { QueueAdapter } from './bot/adapter.js';
import { keepHandoffTimezone } from './bot/timezone.js';
import { RedisStorage } from './bot/redis-storage.js';
import { publishedSecretsInUse, type Config } from './config.js';
import { AgentStore } from './console/agents.js';
import { createConsole } from './console/server.js';
import { DeliveryService } from './deliveries.js';
import { HandoffService, type ConsoleEvents } from './handoff.js';
import { ENQUEUE_TIMEOUT_MS, IntakeService } from './intake.js';
import { DirectTurns } from './queues/direct-turns.js';
import { TurnGate } from './queues/turn-gate.js';
import type { Logger } from './logger.js';
import { createQueues, TURN_JOB_OPTIONS } from './queues/bull.js';
import { RedisLock } from './queues/lock.js';
import { closeRedis, connectRedis, redactUrl } from './redis.js';
import { Availability } from './availability.js';
import { handlingRoutes } from './console/routes-handling.js';
import { Corrections } from './corrections.js';
import { Outreach } from './outreach.js';
import { loadTeamsFile, Teams } from './teams.js';
import { BODIES } from '../nlp/types.js';
import { openDb, type Db } from './store/db.js';
import { MessageStore } from './store/messages.js';
import { TurnProcessor } from './turns.js';
import { methodNotAllowed } from './http/methods.js';
import { withTimeout } from './util/sanitize.js';
import { PrivacyService } from './privacy/service.js';
import { privacyRoutes } from './console/routes-privacy.js';
import { createCases, type CaseService } from './cases/index.js';
import { casesConsolePlugin } from './console/routes-cases.js';

/** A running service instance. */
export interface App {
  /** Bound HTTP port (useful with PORT=0 in tests). */
  httpPort: number;
  /** Bound SMTP port. */
  smtpPort: number;
  db: Db;
  store: MessageStore;
  handoff: HandoffService;
  agents: AgentStore;
  /** Cases (dossiers) and the complaint procedure. */
  cases: CaseService;
  /** Stop accepting work, finish running jobs, close every connection. */
  stop(): Promise<void>;
}

/** Options for tests. */
export interface StartOptions {
  /** Clock for office hours, presence and the WhatsApp window; default `new Date()`. */
  now?: () => Date;
}

/** How often the recovery sweep looks for stuck turns and deliveries (ms). */
export const SWEEP_INTERVAL_MS = 15_000;

/**
 * The composition root: build every module from the validated configuration, wire them, and
 * start the HTTP server (web chat, Direct Line, WhatsApp webhook, agent console, health), the
 * SMTP intake and the queue workers in this one process.
 * @throws Error with a one-line reason when Redis (naming REDIS_URL) or the database is unreachable
 */
export async function startApp(config: Config, logger: Logger, opts: StartOptions = {}): Promise<App> {
  // botbuilder's handoff events ask the time zone each time; keep the first answer (src/bot/timezone.ts).
  keepHandoffTimezone();
  const redis = await connectRedis(config.REDIS_URL);
  const cleanups: Array<() => Promise<unknown> | unknown> = [() => closeRedis(redis)];
  try {
    if (!config.DATABASE_URL) {
      logger.info(
        { pgliteDir: config.PGLITE_DIR },
        existsSync(config.PGLITE_DIR)
          ? 'opening the embedded PGlite database'
          : 'creating the embedded PGlite database (first start; this takes up to a minute)',
      );
    }
    const db = await openDb({
      url: config.DATABASE_URL,
      pgliteDir: config.PGLITE_DIR,
      schema: config.DATABASE_SCHEMA,
    });
    cleanups.unshift(() => db.close());
    const prefix = config.REDIS_PREFIX;
    const queues = createQueues(config.REDIS_URL, prefix, logger);
    cleanups.unshift(() => queues.close());

    const store = new MessageStore(db, { inboundBatchMax: config.INTAKE_BATCH_MAX });
    const teams = config.TEAMS_FILE ? new Teams(loadTeamsFile(config.TEAMS_FILE)) : new Teams();
    const routing = teams.routing;
    const now = opts.now ?? (() => new Date());
    const availability = new Availability({ db, teams, now });
    const classifier = await loadClassifier();
    const classifierPort: ClassifierPort = {
      clarifyThreshold: CLARIFY_THRESHOLD,
      classify: (input) => classifier.classify(input as Parameters<typeof classifier.classify>[0]) as StoryClassification,
    };
    const botStorage = new RedisStorage(redis, `${prefix}:botstate:`);
    const conversationState = new ConversationState(botStorage);
    const bot = new IntakeBot({
      conversationState,
      classifier: classifierPort,
      routing,
      municipality: config.MUNICIPALITY_NAME,
    });
    const adapter = new QueueAdapter();

    // Consoles are notified through socket.io; the console is created after the services it
    // drives, so events go through this late-bound forwarder.
    let consoleEvents: ConsoleEvents = { conversationChanged: () => undefined };
    const events: ConsoleEvents = { conversationChanged: (id, what, opts) => consoleEvents.conversationChanged(id, what, opts) };

    const publisher = redis;
    const emailSender = createEmailSender({
      relay: {
        host: config.EMAIL_RELAY_HOST,
        port: config.EMAIL_RELAY_PORT,
        secure: config.EMAIL_RELAY_SECURE,
        user: config.EMAIL_RELAY_USER,
        pass: config.EMAIL_RELAY_PASS,
      },
      fromAddress: config.EMAIL_INTAKE_ADDRESS,
      fromName: config.EMAIL_FROM_NAME,
      dsn: config.EMAIL_RELAY_DSN,
      timeouts: { socketMs: config.EMAIL_RELAY_TIMEOUT_MS },
      logger,
    });
    cleanups.unshift(() => emailSender.close());
    const whatsappSender = createWhatsAppSender({
      graphUrl: config.WHATSAPP_GRAPH_URL,
      apiVersion: config.WHATSAPP_API_VERSION,
      accessToken: config.WHATSAPP_ACCESS_TOKEN,
      templateName: config.WHATSAPP_TEMPLATE_NAME,
      templateLang: config.WHATSAPP_TEMPLATE_LANG,
      timeoutMs: config.WHATSAPP_SEND_TIMEOUT_MS,
      now,
      logger,
    });
    cleanups.unshift(() => whatsappSender.close());
    const senders: Record<string, ChannelSender> = {
      whatsapp: whatsappSender,
      webchat: createWebChatSender({ publisher, prefix }),
      email: emailSender,
    };
    const deliveries = new DeliveryService({
      queue: queues.deliver,
      store,
      senders,
      events,
      logger,
      now,
      statusWaitMs: config.DELIVERY_STATUS_WAIT_MS,
      directSends: config.DELIVERY_DIRECT_SENDS,
    });
    cleanups.unshift(() => deliveries.close());
    const cases = createCases({
      config,
      db,
      store,
      deliveries,
      events,
      handoff: { queueInTx: async (tx, id, ctx) => { await handoff.queueInTx(tx, id, ctx); } },
      emailSender,
      teamName: (id) => (id && routing.team(id)) || routing.teamFor([]),
      clock: { now },
      logger,
    });
    // At shutdown the queue workers stop (waiting for their running turns and deliveries) after
    // the HTTP and SMTP intake, but before the direct sends are awaited and the senders close: a
    // turn that ends during shutdown still sends its reply at once. The case jobs stop at the
    // same time (each close has its own bound; side by side the bounds do not add up). (The
    // queues are also registered above, for a start that fails before this point; a second
    // close is a no-op.)
    cleanups.unshift(() => Promise.all([cases.close(), queues.close()]));
    const handoff = new HandoffService({
      db,
      store,
      deliveries,
      events,
      logger,
      caseHooks: cases.service,
      now,
      resetBotState: async (conv) => {
        await botStorage.delete([`${conv.channel}/conversations/${conv.id}/`]);
      },
    });
    const turns = new TurnProcessor({
      db,
      store,
      adapter,
      bot,
      handoff,
      deliveries,
      events,
      lock: new RedisLock(redis, `${prefix}:lock:`),
      routing,
      isCrisis: (text) => classifier.detectCrisis(text) !== null,
      cases: cases.service,
      availability,
      logger,
    });
    const outreach = new Outreach({ db, store, deliveries, events, templateName: config.WHATSAPP_TEMPLATE_NAME });
    const corrections = new Corrections(db, events, new Set<string>(BODIES), async (tx, id, bodies, control) => {
      // An agent saw a crisis the rules missed: to the top of the queue, also from the bot.
      if (control === 'bot' || control === 'closed') {
        await handoff.queueInTx(tx, id, { reason: 'crisis', classification: null, team: routing.teamFor(bodies), summary: 'Door een medewerker als crisis aangemerkt.', lang: 'nl' });
      }
      await handoff.escalateCrisisInTx(tx, id);
    });
    // Under a peak the intake goes first: fewer turns run at once while many messages are stored.
    const turnGate = new TurnGate({
      max: config.TURN_CONCURRENCY,
      underLoad: config.TURNS_UNDER_LOAD,
      busyAt: config.INTAKE_BUSY_IN_FLIGHT,
      gapMs: config.TURN_GAP_UNDER_LOAD_MS,
      peakRate: config.INTAKE_PEAK_RATE,
      // An operator sees when and why replies slow down in a peak.
      onPeak: ({ peaking, rate }) =>
        logger.info(
          { event: peaking ? 'intake.peak.start' : 'intake.peak.end', messagesPerSecond: Math.round(rate), peakRate: config.INTAKE_PEAK_RATE },
          peaking ? 'intake peak: bot turns held back until it is over' : 'intake peak over: bot turns run as usual',
        ),
    });
    const directTurns = new DirectTurns({
      gate: turnGate,
      run: (conversationId) => turns.processConversation(conversationId),
      toQueue: async (conversationIds, delayMs) => {
        const jobs = conversationIds.map((conversationId) => ({
          data: { conversationId },
          opts: { jobId: `turn-direct:${conversationId}:${randomUUID()}`, ...TURN_JOB_OPTIONS, ...(delayMs ? { delay: delayMs } : {}) },
        }));
        // The messages are stored: when Redis cannot take the jobs, the recovery sweep queues them.
        await withTimeout(queues.turn.addBulk(jobs), ENQUEUE_TIMEOUT_MS, 'queueing direct turns').catch((err: Error) =>
          logger.warn({ conversations: conversationIds.length, err: err.message }, 'direct turns not queued; recovery sweep will pick them up'),
        );
      },
      max: config.TURN_DIRECT_MAX,
      logger,
    });
    // At shutdown after the HTTP and SMTP intake (registered later, so run earlier) and before the
    // queues close: the turns still waiting here go to the queue.
    cleanups.unshift(() => directTurns.close());
    const intake = new IntakeService(store, queues.turn, events, logger, turnGate, directTurns);
    const agents = new AgentStore(db);
    const privacy = new PrivacyService(db, {
      messageDays: config.RETENTION_MESSAGE_DAYS,
      attachmentDays: config.RETENTION_ATTACHMENT_DAYS,
      auditDays: config.RETENTION_AUDIT_DAYS,
    });

    // ---- HTTP ----
    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    app.use(
      helmet({
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            // Web Chat injects its styles at run time.
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', 'blob:'],
            connectSrc: ["'self'", 'ws:', 'wss:'],
            fontSrc: ["'self'", 'data:'],
            objectSrc: ["'none'"],
            frameAncestors: ["'self'"],
          },
        },
        crossOriginEmbedderPolicy: false,
      }),
    );
    app.get('/healthz', (_req, res) => {
      res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
    });
    app.get('/readyz', async (_req, res) => {
      const checks = await Promise.allSettled([db.ping(), redis.ping()]);
      const ready = checks.every((c) => c.status === 'fulfilled');
      res.status(ready ? 200 : 503).json({
        status: ready ? 'ready' : 'not-ready',
        database: checks[0].status === 'fulfilled' ? 'ok' : 'unreachable',
        databaseKind: db.kind,
        redis: checks[1].status === 'fulfilled' ? 'ok' : 'unreachable',
      });
    });
    app.use(
      '/api/whatsapp',
      createWhatsAppRouter({
        verifyToken: config.WHATSAPP_VERIFY_TOKEN,
        appSecret: config.WHATSAPP_APP_SECRET,
        intake,
        statuses: deliveries,
        logger,
      }),
    );
    const subscriber = redis.duplicate();
    subscriber.on('error', () => undefined);
    const directLine = createDirectLineRouter({
      secret: config.APP_SECRET,
      intake,
      transcripts: { read: (channel, externalId, after, limit) => store.readByExternalId(channel, externalId, after, limit) },
      redis: { publisher, subscriber },
      prefix,
      // Web chat user ids are not identities: never let a caller name one (it would join that resident's record).
      acceptUserIdFromBody: false,
      publicUrl: config.PUBLIC_URL ? () => config.PUBLIC_URL! : undefined,
      logger,
    });
    cleanups.unshift(() => directLine.close(), () => closeRedis(subscriber));
    app.use('/v3/directline', directLine.router);

    const consoleApp = createConsole({
      db,
      store,
      handoff,
      agents,
      redis,
      redisUrl: config.REDIS_URL,
      prefix,
      secret: config.APP_SECRET,
      logger,
      secureCookies: Boolean(config.PUBLIC_URL?.startsWith('https://')),
      audit: (e) => privacy.audit(e),
      plugins: [
        handlingRoutes({ db, handoff, teams, availability, outreach, corrections, bodies: [...BODIES] }),
        casesConsolePlugin(cases, logger),
        privacyRoutes(privacy, logger),
      ],
    });
    consoleEvents = consoleApp.events;
    cleanups.unshift(() => consoleApp.close());
    app.use(consoleApp.router);
    app.use(createWebChatPageRouter({ municipalityName: config.MUNICIPALITY_NAME }));
    app.use(methodNotAllowed(() => app.router.stack));
    app.use((_req, res) => {
      res.status(404).json({ error: { code: 'not_found', message: 'no such route' } });
    });
    app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      const status = err.status && err.status >= 400 && err.status < 600 ? err.status : 500;
      if (status >= 500) logger.error({ err: err.message }, 'unhandled HTTP error');
      res.status(status).json({ error: { code: status === 500 ? 'internal' : err.type ?? 'bad_request', message: status === 500 ? 'internal error' : err.message } });
    });

    const server = http.createServer(app);
    directLine.attachWebSocket(server);
    consoleApp.attach(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
    cleanups.unshift(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );
    const httpPort = (server.address() as AddressInfo).port;

    // ---- SMTP ----
    const smtp = createEmailIntake({
      intakeAddress: config.EMAIL_INTAKE_ADDRESS,
      maxBytes: config.EMAIL_MAX_BYTES,
      intake,
      logger,
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      statuses: deliveries,
      messageIdDomain: config.EMAIL_INTAKE_ADDRESS.split('@')[1],
      // The same mail from the same sender twice within an hour is a loop, not a new question.
      loopGuard: {
        seen: async (hash) => (await redis.exists(`${prefix}:mailloop:${hash}`)) === 1,
        remember: async (hash) => void (await redis.set(`${prefix}:mailloop:${hash}`, '1', 'EX', 3600)),
      },
    });
    const { port: smtpPort } = await smtp.start();
    cleanups.unshift(() => smtp.stop());

    // ---- workers ----
    void queues.turn.process(config.TURN_CONCURRENCY, async (job) => {
      const release = await turnGate.acquire();
      try {
        await turns.processConversation(job.data.conversationId);
      } finally {
        release();
      }
    });
    queues.turn.on('failed', (job, err) => {
      if (job.attemptsMade >= (job.opts.attempts ?? 1)) void turns.failTurns(job.data.conversationId, err).catch(() => undefined);
    });
    deliveries.start(config.WORKER_CONCURRENCY);
    await cases.start();
    void queues.maintenance.process(1, async (job) => {
      if (job.data.task === 'retention') {
        const result = await privacy.enforceRetention();
        logger.info({ event: 'privacy.retention', ...result }, 'retention enforced');
        return;
      }
      for (const conversationId of await store.conversationsWithPendingTurns(SWEEP_INTERVAL_MS)) {
        await queues.turn.add({ conversationId }, { jobId: `sweep:${conversationId}:${Math.floor(Date.now() / SWEEP_INTERVAL_MS)}`, removeOnComplete: true, attempts: 5, backoff: { type: 'exponential', delay: 500 } });
      }
      for (const { conversationId, messageIds } of await store.undelivered(4 * SWEEP_INTERVAL_MS)) {
        // A fresh jobId per time bucket: bull ignores the original id while it keeps the job.
        await deliveries.enqueue(conversationId, messageIds, `sweep${Math.floor(Date.now() / (4 * SWEEP_INTERVAL_MS))}`);
      }
      await deliveries.pruneEarlyStatuses();
    });
    const scheduleSweep = () =>
      queues.maintenance.add({ task: 'sweep' }, { repeat: { every: SWEEP_INTERVAL_MS }, jobId: 'sweep', removeOnComplete: true, removeOnFail: true });
    await scheduleSweep();
    // Retention (issue 6, point 7): personal content past its term is anonymised every hour.
    await queues.maintenance.add({ task: 'retention' }, { repeat: { every: 3600_000 }, jobId: 'retention', removeOnComplete: true, removeOnFail: true });
    // A Redis that restarted empty has lost the repeatable sweep (and every queued job): schedule
    // it again on reconnect, so the sweep re-queues what the store still holds as pending.
    const onRedisReady = () => void withTimeout(scheduleSweep(), 10_000, 'scheduling the sweep').catch((err: Error) => logger.warn({ err: err.message }, 'sweep not scheduled'));
    redis.on('ready', onRedisReady);
    cleanups.unshift(() => redis.off('ready', onRedisReady));

    const [intakeMailbox, intakeDomain] = config.EMAIL_INTAKE_ADDRESS.split('@');
    const base = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${httpPort}`;
    logger.info(
      {
        webchat: `${base}/`,
        directLine: `${base}/v3/directline`,
        whatsappWebhook: `${base}/api/whatsapp/webhook`,
        agentConsole: `${base}/agent`,
        smtp: `${config.SMTP_HOST}:${smtpPort}`,
        // The service's own intake address, not a resident's: in two parts, as the log's e-mail
        // mask would hide it whole.
        emailIntake: { mailbox: intakeMailbox, domain: intakeDomain },
        database: db.kind === 'pglite' ? `PGlite in ${config.PGLITE_DIR}` : 'PostgreSQL (DATABASE_URL)',
        redis: redactUrl(config.REDIS_URL),
        modelVersion: classifier.modelVersion,
      },
      `aan-tafel ready: web chat ${base}/ · agent console ${base}/agent · WhatsApp webhook ${base}/api/whatsapp/webhook · SMTP ${config.SMTP_HOST}:${smtpPort}`,
    );
    const published = publishedSecretsInUse(config);
    if (published.length) {
      logger.warn({ variables: published }, 'secrets at their published defaults: fine on your own machine, never in production (NODE_ENV=production refuses to start with them)');
    }

    // First at shutdown: a stopping process starts no new direct turn (see directTurns.close).
    cleanups.unshift(() => directTurns.stopStarting());

    let stopped = false;
    return {
      httpPort,
      smtpPort,
      db,
      store,
      handoff,
      agents,
      cases: cases.service,
      async stop() {
        if (stopped) return;
        stopped = true;
        for (const c of cleanups) {
          try {
            await c();
          } catch (err) {
            logger.warn({ err: (err as Error).message }, 'error during shutdown');
          }
        }
      },
    };
  } catch (err) {
    for (const c of cleanups) await Promise.resolve().then(c).catch(() => undefined);
    throw err;
  }
}
