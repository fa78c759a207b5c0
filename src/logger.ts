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
      formatters: {
        log: (obj) => {
          const masked = maskDeep(obj, 0);
          return masked && typeof masked === 'object' && !Array.isArray(masked) ? (masked as Record<string, unknown>) : { fields: masked };
        },
      },
      hooks: {
        logMethod(args, method) {
          let masked: unknown[];
          try {
            masked = args.map((a, i) => (typeof a === 'string' ? maskLogString(a) : i > 0 ? maskDeep(a, 1) : a));
            // `log.error(err)` / `log.error({ err })` without a message: pino would take the
            // line's `msg` from the error's own message, past this hook; give it the masked one.
            if (typeof masked[1] !== 'string' && masked[0] && typeof masked[0] === 'object') {
              const first = masked[0] as { err?: unknown };
              const err = isErrorLike(first) ? first : isErrorLike(first.err) ? first.err : null;
              if (err) masked = [masked[0], isError(err) ? String(serializeError(err).message) : shortMasked((err as { message: string }).message), ...masked.slice(2)];
            }
          } catch {
            // Reading the arguments threw (a getter, a revoked Proxy): log that, never throw.
            masked = [{ unloggable: true }, typeof args[1] === 'string' ? maskLogString(args[1]) : 'unloggable log arguments'];
          }
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}

/** Deepest level of a log line's fields that is kept; anything below is left out, never passed unmasked. */
const MAX_LOG_DEPTH = 4;

function maskDeep(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return maskLogString(v);
  // A number can be a BSN or a phone number too.
  if (typeof v === 'number' || typeof v === 'bigint') {
    const text = String(v);
    const masked = maskPii(text);
    return masked === text ? v : masked;
  }
  if (!v || typeof v !== 'object') return v;
  try {
    if (isError(v)) return serializeError(v);
    if (v instanceof Date || Buffer.isBuffer(v)) return v;
    if (depth > MAX_LOG_DEPTH) return '[nested]';
    // What JSON.stringify would write is what gets masked (it would call toJSON after us).
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return maskDeep(toJSON.call(v), depth + 1);
    if (Array.isArray(v)) return v.map((x) => maskDeep(x, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[maskLogString(k)] = maskDeep(x, depth + 1);
    return out;
  } catch {
    return '[unreadable]'; // a getter that throws, a revoked Proxy: logging must not
  }
}

/** An Error, also one from another realm (`[object Error]`). */
function isError(v: unknown): v is Error {
  return !!v && typeof v === 'object' && (v instanceof Error || Object.prototype.toString.call(v) === '[object Error]');
}

/** An Error, or what pino takes a line's `msg` from when none is given (an object with a string `message`). */
function isErrorLike(v: unknown): v is Error {
  return isError(v) || (!!v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string');
}

/** A uuid, captured: `split` puts each one at an odd index. */
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/**
 * maskPii for a log string, uuids excepted: the ids the log is read by (conversationId,
 * messageId) hold nine-digit runs that pass the elfproef or look like a phone number about once
 * in 400, and masking them would make the line useless.
 */
function maskLogString(text: string): string {
  const parts = text.split(UUID);
  return parts.length === 1 ? maskPii(text) : parts.map((part, i) => (i % 2 ? part : maskPii(part))).join('');
}

/** pino serializer for `err`/`error`: the formatter has serialized errors by then; anything else passes. */
function serializedAlready(v: unknown): unknown {
  return isError(v) ? serializeError(v) : v;
}

/**
 * What an error may put in a log line: its type, code and a short message (at most 200
 * characters, PII masked); never its data. Never throws, also for an error whose fields are not
 * strings or whose getters throw.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!isError(err)) return { message: shortMasked(typeof err === 'string' ? err : safeString(err)) };
  const e = err as Error & { code?: unknown; status?: unknown; responseCode?: unknown };
  const field = (read: () => unknown): unknown => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  const code = field(() => e.code);
  const status = field(() => e.status);
  const responseCode = field(() => e.responseCode);
  const message = field(() => e.message);
  const text = typeof message === 'string' ? message : safeString(message);
  return {
    type: shortMasked(safeString(field(() => e.name))) || 'Error',
    ...(code !== undefined ? { code: shortMasked(safeString(code)) } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof responseCode === 'number' ? { responseCode } : {}),
    // pg puts values into `detail`/`where`, not the message; JSON parse errors quote input.
    message: /JSON|token|Unexpected/i.test(text) ? 'malformed input' : shortMasked(text),
  };
}

/** PII masked first, then cut to 200 characters (masking a long text is bounded at 1 000). */
function shortMasked(text: string): string {
  return maskPii(text.slice(0, 1000)).slice(0, 200);
}

function safeString(v: unknown): string {
  try {
    return v === undefined || v === null ? '' : String(v);
  } catch {
    return '';
  }
}
