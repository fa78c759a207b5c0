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
    },
    destination as pino.DestinationStream | undefined,
  );
}
