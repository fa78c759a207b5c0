import { z } from 'zod';
import { caseConfigShape } from './cases/config.js';

/**
 * Validated configuration, read once from environment variables by the composition root.
 * Every variable is documented in `.env.example`. Modules receive the parts they need;
 * none of them read `process.env` themselves.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** HTTP port for web chat, webhooks and the agent console. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Interface the HTTP and SMTP servers bind to. */
  HOST: z.string().default('0.0.0.0'),
  /** Public base URL (used in the log, in Direct Line stream URLs and in links). */
  PUBLIC_URL: z.string().url().optional(),
  /** PostgreSQL connection string; when unset an embedded PGlite database is used. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Folder of the embedded PGlite database (only when DATABASE_URL is unset). */
  PGLITE_DIR: z.string().default('./data/pglite'),
  /** PostgreSQL schema to use (tests use a fresh one per run). */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case identifier')
    .default('public'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  /** Prefix for every Redis key, bull queue and pub/sub channel of this service. */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]+$/).default('aan-tafel'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Secret that signs Direct Line tokens and agent session cookies (HS256). */
  APP_SECRET: z.string().min(16).default('dev-only-secret-change-me-please'),
  /** Name of the municipality shown to residents. */
  MUNICIPALITY_NAME: z.string().default('de gemeente'),

  /** WhatsApp Cloud API. */
  WHATSAPP_VERIFY_TOKEN: z.string().default('dev-verify-token'),
  WHATSAPP_APP_SECRET: z.string().default('dev-app-secret'),
  WHATSAPP_ACCESS_TOKEN: z.string().default('dev-access-token'),
  WHATSAPP_GRAPH_URL: z.string().url().default('https://graph.facebook.com'),
  WHATSAPP_API_VERSION: z.string().regex(/^v\d+\.\d+$/).default('v21.0'),
  /** Approved template sent outside the 24-hour customer service window. */
  WHATSAPP_TEMPLATE_NAME: z.string().default('gesprek_hervatten'),
  WHATSAPP_TEMPLATE_LANG: z.string().default('nl'),
  /** Per-request timeout of the send API (ms); an attempt must end within its 60 s lease. */
  WHATSAPP_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(15_000),

  /** SMTP intake. */
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  SMTP_HOST: z.string().default('0.0.0.0'),
  /** Address residents write to; mail to other recipients is refused (550). */
  EMAIL_INTAKE_ADDRESS: z.string().email().default('meldpunt@gemeente.example'),
  /** Largest accepted message in bytes. */
  EMAIL_MAX_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  /** Outbound relay for replies (nodemailer). */
  EMAIL_RELAY_HOST: z.string().default('127.0.0.1'),
  EMAIL_RELAY_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  EMAIL_RELAY_SECURE: bool.default(false),
  /** Ask the relay for delivery status notifications (RFC 3461) to settle unknown outcomes. */
  EMAIL_RELAY_DSN: bool.default(true),
  /** Inactivity timeout of the relay connection (ms); an attempt must end within its 60 s lease. */
  EMAIL_RELAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(30_000),
  EMAIL_RELAY_USER: z.string().optional(),
  EMAIL_RELAY_PASS: z.string().optional(),
  EMAIL_FROM_NAME: z.string().default('Meldpunt sociaal domein'),

  /**
   * JSON file with the municipality's teams, body → team mapping and office hours
   * (format: config/teams.example.json, README "Teams and office hours"); unset = built-in defaults.
   */
  TEAMS_FILE: z.string().min(1).optional(),

  /** Concurrency of the delivery workers in this process (sends wait on the network). */
  /**
   * How long a reply whose send had an unknown outcome (crash or timeout after the provider may
   * have accepted it) waits for the provider's status (WhatsApp status webhook, e-mail DSN)
   * before it is sent again (ms). See deliveries.ts STATUS_WAIT_MS.
   */
  DELIVERY_STATUS_WAIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(120_000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /**
   * Replies this process sends at once right after they are stored, without a trip through the
   * delivery queue (a failed or busy one goes to the queue); 0 sends everything through the queue.
   */
  DELIVERY_DIRECT_SENDS: z.coerce.number().int().min(0).max(256).default(16),
  /**
   * Bot turns run at once in this process. Turns are CPU work (classifier, dialogs) that shares
   * the process with the intake: a small number keeps acknowledgements fast and memory low in a
   * peak, the backlog waits (stored; its turns in this process up to TURN_DIRECT_MAX, else in the
   * queue).
   */
  TURN_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  /**
   * Conversations whose turn runs directly in this process after their message was stored
   * (src/queues/direct-turns.ts), waiting or running; beyond that, and when a direct turn fails,
   * a turn goes through the bull turn queue. 0 sends every turn through the queue. A waiting
   * conversation takes about 1.2 kB of heap (measured 2026-12-03), 12 MB at the default.
   */
  TURN_DIRECT_MAX: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
  /**
   * Bot turns at once in this process while the intake is busy (INTAKE_BUSY_IN_FLIGHT messages
   * being stored at once, or INTAKE_PEAK_RATE arriving a second): acknowledgements go first in a
   * peak (src/queues/turn-gate.ts).
   */
  TURNS_UNDER_LOAD: z.coerce.number().int().min(1).max(256).default(1),
  /**
   * While the intake is busy (INTAKE_BUSY_IN_FLIGHT in flight or INTAKE_PEAK_RATE a second), the
   * least time between the starts of two bot turns (ms; 0 = none).
   */
  TURN_GAP_UNDER_LOAD_MS: z.coerce.number().int().min(0).max(60_000).default(100),
  /** Inbound messages being stored at once from which the intake counts as busy. */
  INTAKE_BUSY_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(16),
  /**
   * Inbound messages a second (over the last second, this process, every channel, provider
   * redeliveries included) from which the intake counts as busy, however few are in flight: a
   * peak's batches are acknowledged together, so the count in flight drops to zero between them
   * (src/queues/turn-gate.ts). 1000000 (with INTAKE_BUSY_IN_FLIGHT 100000) switches the gate off.
   */
  INTAKE_PEAK_RATE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /**
   * Most inbound messages stored by one statement (group commit, src/store/inbound-batch.ts):
   * messages that arrive together are written together; 1 = one statement each.
   */
  INTAKE_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(100),
  /** Days after which message text of closed or quiet conversations is anonymised (statistics stay). */
  RETENTION_MESSAGE_DAYS: z.coerce.number().int().min(1).default(365),
  /** Days after which stored attachment bytes are removed. */
  RETENTION_ATTACHMENT_DAYS: z.coerce.number().int().min(1).default(180),
  /** Days audit log entries are kept. */
  RETENTION_AUDIT_DAYS: z.coerce.number().int().min(1).default(2 * 365),

  /** Cases and the complaint procedure (src/cases/config.ts). */
  ...caseConfigShape,
});

export type Config = z.infer<typeof configSchema>;

/**
 * The secrets whose defaults are published (in this repository) and only fit a try-out on one's
 * own machine: with them anyone can sign a Direct Line token for any conversation (and read it)
 * or a WhatsApp webhook.
 */
const PUBLISHED_DEFAULTS = ['APP_SECRET', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

/**
 * The secrets still at their published defaults.
 * @returns their names (never values), empty when every one was set
 */
export function publishedSecretsInUse(config: Config): string[] {
  const defaults = configSchema.parse({});
  // Trimmed: a secret file's trailing newline does not make the default a secret.
  return PUBLISHED_DEFAULTS.filter((name) => config[name].trim() === defaults[name]);
}

/** Fewest characters (trimmed) of each of those secrets in production. */
const PRODUCTION_SECRET_MIN = 8;

/**
 * Parse and validate configuration.
 * @param env  usually `process.env`
 * @throws Error listing every invalid variable by name (never its value), a value of whitespace
 *   only included (an empty value counts as unset); also with NODE_ENV=production when a secret is still at its published default
 *   ({@link publishedSecretsInUse}, trimmed) or shorter than 8 characters
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // Whitespace only: not unset (that is an empty value) and never meant (a number would read as
  // 0, PORT=" " as any free port; a secret would be a blank key). Reported on its own line.
  const blankNames = Object.keys(configSchema.shape).filter((name) => /^\s+$/.test(env[name] ?? ''));
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== undefined && v !== '' && !blankNames.includes(k))),
  );
  const blank = blankNames.map((name) => `  ${name}: only whitespace; leave it empty or out for the default, or give a value`);
  if (!parsed.success || blank.length) {
    const lines = [...blank, ...(parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`))];
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.NODE_ENV === 'production') {
    const published = publishedSecretsInUse(parsed.data);
    const lines = [
      ...published.map((name) => `  ${name}: still the published default; set your own secret (NODE_ENV=production)`),
      ...PUBLISHED_DEFAULTS.filter((name) => !published.includes(name) && parsed.data[name].trim().length < PRODUCTION_SECRET_MIN).map(
        (name) => `  ${name}: shorter than ${PRODUCTION_SECRET_MIN} characters (NODE_ENV=production)`,
      ),
    ];
    if (lines.length) throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
