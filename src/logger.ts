import { pino, type Logger } from 'pino';
import { maskPii } from '../nlp/pii.js';

export type { Logger };

/**
 * Paths that may hold personal data. pino removes them from every log line, so a careless
 * `log.info({ activity })` cannot leak message text, names, phone numbers or addresses.
 * (DESIGN §6: logs never hold message text or identifiers in clear.)
 */
export const REDACT_PATHS = [
  'text',
  '*.text',
  'body',
  '*.body',
  'activity',
  '*.activity',
  'from',
  '*.from',
  'address',
  '*.address',
  'wa_id',
  '*.wa_id',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'displayName',
  '*.displayName',
  'channelData',
  '*.channelData',
  'password',
  '*.password',
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * Create the root logger (JSON lines on stdout, or on `destination`).
 * @param level pino level name
 * @param destination optional stream (tests capture log output through it)
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'aan-tafel' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // pino's own `err` serializer would run after the formatter below on an error already
      // turned into a plain object (and add an empty stack): errors are serialized there.
      serializers: { err: serializedAlready, error: serializedAlready },
      // Last line of defence behind the redaction: BSNs (elfproef), IBANs, phone numbers and
      // e-mail addresses that slip into any string of a log line are masked. Errors, at any
      // depth, are logged by type, code and message only (serializeError): driver errors carry
      // the data they failed on (pg's `detail`/`where`, mail servers quoting addresses).
      formatters: { log: (obj) => maskDeep(obj, 0) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskPii(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}

function maskDeep(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return maskPii(v);
  if (!v || typeof v !== 'object' || depth > 4) return v;
  if (Array.isArray(v)) return v.map((x) => maskDeep(x, depth + 1));
  if (v instanceof Date || Buffer.isBuffer(v)) return v;
  if (v instanceof Error) return maskDeep(serializeError(v), depth + 1);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = maskDeep(x, depth + 1);
  return out;
}

/** pino serializer for `err`/`error`: the formatter has serialized errors by then; anything else passes. */
function serializedAlready(v: unknown): unknown {
  return v instanceof Error ? serializeError(v) : v;
}

/** What an error may put in a log line: its type, code and a short message; never its data. */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: typeof err === 'string' ? err.slice(0, 200) : String(err) };
  const e = err as Error & { code?: unknown; status?: unknown; responseCode?: unknown };
  return {
    type: e.name,
    ...(e.code !== undefined ? { code: String(e.code) } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.responseCode === 'number' ? { responseCode: e.responseCode } : {}),
    // pg puts values into `detail`/`where`, not the message; JSON parse errors quote input.
    message: /JSON|token|Unexpected/i.test(e.message) ? 'malformed input' : e.message.slice(0, 200),
  };
}
