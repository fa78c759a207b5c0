/**
 * Legal deadlines of a case as pure functions. Every date is a calendar date in the Netherlands
 * (`YYYY-MM-DD`, Europe/Amsterdam); "now" always comes from an injected {@link Clock}, never from
 * `Date.now()`, so tests can move time to any day (end of the year, a weekend, a holiday).
 *
 * How terms are counted
 * - A term "of six weeks after X" starts on the day after X and ends on the same weekday six
 *   weeks later: X + 42 days. For bezwaar this is Awb 6:8 lid 1 ("vangt aan met ingang van de
 *   dag na die waarop het besluit op de voorgeschreven wijze is bekendgemaakt"); for complaints
 *   Awb 9:11 lid 1 ("binnen zes weken … na ontvangst van het klaagschrift") is counted the same way.
 * - Algemene termijnenwet (Atw) art. 1 lid 1: a term set by law that ends on a Saturday, Sunday or
 *   generally recognised holiday is extended to the next day that is none of these. The Atw
 *   applies to terms "bij de wet gesteld"; we apply it to the statutory terms of this module:
 *   the bezwaar term (Awb 6:7), the complaint decision term and its extension (Awb 9:11) and the
 *   notice that a complaint is not handled (Awb 9:8 lid 2). It does not apply to our own internal
 *   reminders or to the follow-up check, which are not legal terms.
 *   Source: https://wetten.overheid.nl/BWBR0002448 (art. 1 and 3).
 * - Generally recognised holidays, Atw art. 3 lid 1: Nieuwjaarsdag, tweede Paasdag,
 *   Hemelvaartsdag, tweede Pinksterdag, eerste en tweede Kerstdag, Koningsdag (27 April, or 26 April
 *   when the 27th is a Sunday — Atw art. 3 lid 1 as amended for Koningsdag) and 5 May
 *   (Bevrijdingsdag). Goede Vrijdag is NOT one. (Eerste Paas- and Pinksterdag fall on Sundays.)
 * - Atw art. 3 (a term of at least three days must hold two working days) never bites for terms
 *   of four weeks or more and is not implemented.
 */

import { easterSunday as easterOf, isoDate } from '../office-hours.js';

/** Source of the current time; the service uses the system clock, tests a movable one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and move. */
export class TestClock implements Clock {
  private t: number;
  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  set(to: Date | string): void {
    this.t = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** A calendar date `YYYY-MM-DD`. */
export type LocalDate = string;

export const TIME_ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;

const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in the Netherlands. */
export function localDate(instant: Date): LocalDate {
  return ymd.format(instant);
}

function parts(d: LocalDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new Error(`not a date: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function utcOf(d: LocalDate): number {
  const [y, m, day] = parts(d);
  return Date.UTC(y, m - 1, day);
}

function fromUtc(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `d` plus `n` calendar days (n may be negative). */
export function addDays(d: LocalDate, n: number): LocalDate {
  return fromUtc(utcOf(d) + n * DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: LocalDate): number {
  return new Date(utcOf(d)).getUTCDay();
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((utcOf(b) - utcOf(a)) / DAY_MS);
}

/** Easter Sunday (Gregorian; shared with the office-hours calendar). */
export function easterSunday(year: number): LocalDate {
  return isoDate(easterOf(year));
}

/** Generally recognised holidays of a year (Atw art. 3 lid 1), as dates. */
export function holidays(year: number): Set<LocalDate> {
  const easter = easterSunday(year);
  const kingsDay = weekday(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  return new Set([
    `${year}-01-01`, // Nieuwjaarsdag
    addDays(easter, 1), // tweede Paasdag
    kingsDay, // Koningsdag
    `${year}-05-05`, // Bevrijdingsdag
    addDays(easter, 39), // Hemelvaartsdag
    addDays(easter, 50), // tweede Pinksterdag
    `${year}-12-25`, // eerste Kerstdag
    `${year}-12-26`, // tweede Kerstdag
  ]);
}

const holidayCache = new Map<number, Set<LocalDate>>();
/** True for a Saturday, Sunday or generally recognised holiday (Atw art. 1 and 3). */
export function isNonWorkingDay(d: LocalDate): boolean {
  const wd = weekday(d);
  if (wd === 0 || wd === 6) return true;
  const year = parts(d)[0];
  let set = holidayCache.get(year);
  if (!set) holidayCache.set(year, (set = holidays(year)));
  return set.has(d);
}

/**
 * Atw art. 1 lid 1: a statutory term ending on a Saturday, Sunday or holiday ends on the next
 * day that is none of these.
 */
export function extendToWorkingDay(d: LocalDate): LocalDate {
  let out = d;
  while (isNonWorkingDay(out)) out = addDays(out, 1);
  return out;
}

/** `n` working days before `d` (Mon–Fri, holidays skipped); used for reminders. */
export function workingDaysBefore(d: LocalDate, n: number): LocalDate {
  let out = d;
  let left = n;
  while (left > 0) {
    out = addDays(out, -1);
    if (!isNonWorkingDay(out)) left -= 1;
  }
  return out;
}

/** A statutory term of `weeks` weeks after day `from` (term starts the next day), Atw applied. */
export function statutoryTerm(from: LocalDate, weeks: number): LocalDate {
  return extendToWorkingDay(addDays(from, weeks * 7));
}

/** Settings of the complaint procedure (configurable per municipality). */
export interface ComplaintTerms {
  /** Awb 9:11 lid 1: six weeks. */
  decisionWeeks: number;
  /** Awb 9:11 lid 1: ten weeks when a complaints committee (afd. 9.3) advises. */
  committeeWeeks: number;
  /** Awb 9:11 lid 2: one extension of at most four weeks. */
  extensionWeeks: number;
  /** Awb 9:8 lid 2: the complainant is told within four weeks that the complaint is not handled. */
  noticeWeeks: number;
}

export const DEFAULT_TERMS: ComplaintTerms = { decisionWeeks: 6, committeeWeeks: 10, extensionWeeks: 4, noticeWeeks: 4 };

/**
 * Awb 9:11 lid 1: the body decides within six weeks of receipt of the complaint, or ten weeks
 * when a complaints committee advises. Lid 2: it may postpone once by at most four weeks, telling
 * the complainant in writing. Atw art. 1 applied.
 * @param received date the formal complaint was received
 */
export function complaintDecisionDeadline(
  received: LocalDate,
  opts: { committee: boolean; extended: boolean },
  terms: ComplaintTerms = DEFAULT_TERMS,
): LocalDate {
  const weeks = opts.committee ? terms.committeeWeeks : terms.decisionWeeks;
  // The extension runs on from the end of the original term (Awb 9:11 lid 2 "ten hoogste vier
  // weken"); Atw art. 1 is applied once, to the term's real last day.
  return extendToWorkingDay(addDays(received, (weeks + (opts.extended ? terms.extensionWeeks : 0)) * 7));
}

/** Awb 9:8 lid 2: a notice that the complaint is not handled, within four weeks of receipt. */
export function notHandledNoticeDeadline(received: LocalDate, terms: ComplaintTerms = DEFAULT_TERMS): LocalDate {
  return statutoryTerm(received, terms.noticeWeeks);
}

/**
 * Awb 6:7: the bezwaar term is six weeks. Awb 6:8 lid 1: it starts the day after the decision was
 * made known (sent or handed over, Awb 3:41). Atw art. 1: a last day on a weekend or holiday
 * moves to the next working day. Awb 6:9: a bezwaar is on time when received before the end of
 * the term (by post: posted in time and received within a week).
 * @param decisionDate date the decision was sent (as the resident gives it)
 * @returns the last day to object
 */
export function bezwaarDeadline(decisionDate: LocalDate): LocalDate {
  return statutoryTerm(decisionDate, 6);
}

/** The instant a date's day ends in the Netherlands (23:59:59.999 local time). */
export function endOfDay(d: LocalDate): Date {
  return atLocalTime(addDays(d, 1), 0, 0, -1);
}

/** The instant of a local time on a date in the Netherlands (DST-aware). */
export function atLocalTime(d: LocalDate, hours: number, minutes: number, extraMs = 0): Date {
  const [y, m, day] = parts(d);
  const guess = Date.UTC(y, m - 1, day, hours, minutes);
  // Offset of Amsterdam at that moment (+1 h or +2 h); correct the guess once (exact outside the
  // hour of a DST switch, which our times — 00:00 and 08:00 — never hit).
  const offset = tzOffsetMs(new Date(guess));
  return new Date(guess - offset + extraMs);
}

function tzOffsetMs(instant: Date): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(f.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** True when the deadline's day has ended at `now`. */
export function isOverdue(deadline: LocalDate, now: Date): boolean {
  return now.getTime() > endOfDay(deadline).getTime();
}

/** Calendar days left until the deadline (0 on the day itself, negative when passed). */
export function daysLeft(deadline: LocalDate, now: Date): number {
  return daysBetween(localDate(now), deadline);
}

/** Long Dutch date, e.g. "maandag 4 januari 2027". */
export function formatDateNl(d: LocalDate): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(utcOf(d)),
  );
}

/** Long English date, e.g. "Monday 4 January 2027". */
export function formatDateEn(d: LocalDate): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(utcOf(d)),
  );
}
