/**
 * The service's WhatsApp intake alone, for `npm run bench:intake-alone`: the same helmet, webhook
 * router (signature, validation), IntakeService (group commit, TurnGate) and store as the
 * service, in a process that runs nothing else (no bot turns, no deliveries, no agent console, no
 * web chat). As in the service, each turn is taken as a direct turn (src/queues/direct-turns.ts),
 * here one that never runs, so no turn job is queued; console events go nowhere. It answers
 * `GET /healthz` and `POST /api/whatsapp/webhook` only.
 *
 * Not a way to run the service: it exists to measure what the intake path costs when it has the
 * thread to itself (README, Load benchmark).
 *
 * Env: PORT, DATABASE_URL, DATABASE_SCHEMA, REDIS_URL, REDIS_PREFIX, WHATSAPP_APP_SECRET.
 * Prints `ready` once listening.
 */
import express from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import { createWhatsAppRouter } from '../channels/whatsapp/webhook.js';
import { IntakeService } from '../src/intake.js';
import { createLogger } from '../src/logger.js';
import { createQueues } from '../src/queues/bull.js';
import { TurnGate } from '../src/queues/turn-gate.js';
import { openDb } from '../src/store/db.js';
import { MessageStore } from '../src/store/messages.js';

const env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535),
    DATABASE_URL: z.string().min(1),
    DATABASE_SCHEMA: z.string().min(1),
    REDIS_URL: z.string().min(1),
    REDIS_PREFIX: z.string().min(1),
    WHATSAPP_APP_SECRET: z.string().min(1),
  })
  .parse(process.env);

async function main(): Promise<void> {
  const logger = createLogger('info');
  const db = await openDb({ url: env.DATABASE_URL, pgliteDir: '', schema: env.DATABASE_SCHEMA });
  const queues = createQueues(env.REDIS_URL, env.REDIS_PREFIX, logger);
  const store = new MessageStore(db);
  // The service's defaults (src/config.ts): TURN_CONCURRENCY 4, TURNS_UNDER_LOAD 1, INTAKE_BUSY_IN_FLIGHT 16, 100 ms, INTAKE_PEAK_RATE 600.
  const gate = new TurnGate({ max: 4, underLoad: 1, busyAt: 16, gapMs: 100, peakRate: 600 });
  // The service's direct turns take every turn (up to TURN_DIRECT_MAX); this process runs none.
  const intake = new IntakeService(store, queues.turn, { conversationChanged: () => undefined }, logger, gate, { schedule: () => true });
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/api/whatsapp',
    createWhatsAppRouter({
      verifyToken: 'bench-verify-token',
      appSecret: env.WHATSAPP_APP_SECRET,
      intake,
      statuses: { updateStatus: async () => undefined },
      logger,
    }),
  );
  const server = app.listen(env.PORT, '127.0.0.1', () => console.log('ready'));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    void Promise.allSettled([queues.close(), db.close()]).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Started by the bench: when the bench goes away without stopping it, stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1000).unref();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
