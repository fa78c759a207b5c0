import { pino, type Logger } from 'pino';

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
      // Errors are logged by type, code and message only: driver errors carry the data they
      // failed on (pg's `detail`/`where`, mail servers quoting addresses).
      serializers: { err: serializeError, error: serializeError },
    },
    destination as pino.DestinationStream | undefined,
  );
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
