import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';

const KEPT = Symbol.for('aan-tafel.keptTimezone');

/**
 * botbuilder's `EventFactory.createHandoffInitiation` stamps every `handoff.initiate` event with
 * `localTimezone = dayjs.tz.guess()`, which builds a new `Intl.DateTimeFormat` on each call
 * (≈ 70–90 µs of CPU per handoff on the bench machine, 2.2 % of the service's profile at
 * 200 messages/s). The process's time zone does not change while it runs (the service never
 * assigns `process.env.TZ`), so the first answer is kept for the rest of the process.
 *
 * Must run before the first handoff; idempotent. It patches the dayjs instance botbuilder itself
 * loads (one copy, deduplicated by npm; the test `bot-timezone` checks that it is the same one).
 * @returns the zone the events will carry (an IANA name, e.g. "Europe/Amsterdam" or "UTC")
 */
export function keepHandoffTimezone(): string {
  dayjs.extend(timezone);
  const tz = dayjs.tz as typeof dayjs.tz & { [KEPT]?: string };
  if (tz[KEPT] === undefined) {
    const zone = tz.guess();
    tz.guess = () => zone;
    tz[KEPT] = zone;
  }
  return tz[KEPT];
}
