/**
 * Office hours and Dutch public holidays, so the bot can tell a resident honestly when a person
 * will answer (issue 4 §5). All wall-clock reasoning happens in the municipality's time zone
 * (default Europe/Amsterdam) through `Intl`, so daylight saving time is handled by the platform.
 */

/** Weekday keys, Monday first (ISO 8601 order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours per weekday as `[["09:00","17:00"], …]` (local time, end exclusive); missing day = closed. */
export type WeeklyHours = Partial<Record<Weekday, Array<[string, string]>>>;

/** Which optional holidays count as closed days. */
export interface HolidayOptions {
  /** Goede Vrijdag (Good Friday): not a general day off in the Netherlands; default false. */
  goodFriday?: boolean;
  /**
   * Bevrijdingsdag (5 May): `lustrum` = only in years divisible by 5 (as in most collective
   * agreements for municipalities), `always`, or `never`. Default `lustrum`.
   */
  liberationDay?: 'lustrum' | 'always' | 'never';
}

/** A local calendar date. */
export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/**
 * Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, "Meeus/Jones/Butcher",
 * valid for every year from 1583).
 * @returns the local date of Easter Sunday, e.g. 2026 → { year: 2026, month: 4, day: 5 }
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function addDays(d: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** `YYYY-MM-DD` of a local date. */
export function isoDate(d: LocalDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Dutch public holidays of a year (Algemene termijnenwet art. 3 plus Bevrijdingsdag and Goede
 * Vrijdag by option): Nieuwjaarsdag, (Goede Vrijdag), Eerste en Tweede Paasdag, Koningsdag
 * (27 April, 26 April when the 27th is a Sunday), (Bevrijdingsdag), Hemelvaartsdag (Easter + 39),
 * Eerste en Tweede Pinksterdag (Easter + 49/50), Eerste en Tweede Kerstdag.
 * @returns map `YYYY-MM-DD` → Dutch name, in date order
 */
export function dutchHolidays(year: number, opts: HolidayOptions = {}): Map<string, string> {
  const easter = easterSunday(year);
  const list: Array<[LocalDate, string]> = [[{ year, month: 1, day: 1 }, 'Nieuwjaarsdag']];
  if (opts.goodFriday) list.push([addDays(easter, -2), 'Goede Vrijdag']);
  list.push([easter, 'Eerste Paasdag'], [addDays(easter, 1), 'Tweede Paasdag']);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  list.push([{ year, month: 4, day: kingsDay }, 'Koningsdag']);
  const lib = opts.liberationDay ?? 'lustrum';
  if (lib === 'always' || (lib === 'lustrum' && year % 5 === 0)) list.push([{ year, month: 5, day: 5 }, 'Bevrijdingsdag']);
  list.push(
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 49), 'Eerste Pinksterdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [{ year, month: 12, day: 25 }, 'Eerste Kerstdag'],
    [{ year, month: 12, day: 26 }, 'Tweede Kerstdag'],
  );
  list.sort((x, y) => isoDate(x[0]).localeCompare(isoDate(y[0])));
  return new Map(list.map(([d, name]) => [isoDate(d), name]));
}

/** Local wall-clock parts of an instant in a time zone. */
interface LocalParts extends LocalDate {
  hour: number;
  minute: number;
  weekday: Weekday;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function localParts(at: Date, timeZone: string): LocalParts {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    weekday: String(p.weekday).toLowerCase().slice(0, 3) as Weekday,
  };
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `hh:mm`.
 * (Two passes of offset correction; exact except inside the skipped DST hour, which office hours
 * never use.)
 */
export function zonedTime(date: LocalDate, hhmm: string, timeZone: string): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(date.year, date.month - 1, date.day, h, m);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += wall - shown;
  }
  return new Date(guess);
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Office hours of one team. */
export interface OfficeSchedule {
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  timeZone: string;
  hours: WeeklyHours;
  holidays: HolidayOptions;
  /** Extra closed dates `YYYY-MM-DD` (e.g. a collective day off). */
  closedDates?: string[];
}

/** Whether a team is open now and, if not, when it opens. */
export interface OfficeStatus {
  open: boolean;
  /** When open: end of the current block. */
  closesAt: Date | null;
  /** When closed: start of the next block (null when none in the coming 30 days). */
  nextOpening: Date | null;
  /** Name of the holiday when today is one. */
  holiday: string | null;
}

/**
 * Is a team open at `at`, and when does it open or close?
 * Looks ahead at most 30 days for the next opening.
 */
export function officeStatus(schedule: OfficeSchedule, at: Date): OfficeStatus {
  const closed = new Set(schedule.closedDates ?? []);
  const holidaysByYear = new Map<number, Map<string, string>>();
  const holidayOf = (d: LocalDate): string | null => {
    let h = holidaysByYear.get(d.year);
    if (!h) holidaysByYear.set(d.year, (h = dutchHolidays(d.year, schedule.holidays)));
    return h.get(isoDate(d)) ?? (closed.has(isoDate(d)) ? 'gesloten' : null);
  };
  const now = localParts(at, schedule.timeZone);
  const today: LocalDate = { year: now.year, month: now.month, day: now.day };
  const nowMin = now.hour * 60 + now.minute;
  const todayHoliday = holidayOf(today);
  if (!todayHoliday) {
    for (const [from, to] of schedule.hours[now.weekday] ?? []) {
      if (nowMin >= minutes(from) && nowMin < minutes(to)) {
        return { open: true, closesAt: zonedTime(today, to, schedule.timeZone), nextOpening: null, holiday: null };
      }
    }
  }
  for (let i = 0; i <= 30; i++) {
    const d = addDays(today, i);
    if (holidayOf(d)) continue;
    const wd = WEEKDAYS[(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7]!;
    const blocks = [...(schedule.hours[wd] ?? [])].sort((x, y) => minutes(x[0]) - minutes(y[0]));
    for (const [from] of blocks) {
      if (i === 0 && minutes(from) <= nowMin) continue;
      return { open: false, closesAt: null, nextOpening: zonedTime(d, from, schedule.timeZone), holiday: todayHoliday };
    }
  }
  return { open: false, closesAt: null, nextOpening: null, holiday: todayHoliday };
}

const DAY_NAMES_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const DAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * When a moment is, said plainly relative to `now` in the team's time zone:
 * nl `vandaag vanaf 13.00 uur`, `morgen vanaf 9.00 uur`, `maandag vanaf 9.00 uur` (within a week),
 * `op dinsdag 2 januari vanaf 9.00 uur` (later); en `today from 13:00`, `tomorrow from 9:00`, ….
 */
export function describeOpening(opening: Date, now: Date, timeZone: string, lang: 'nl' | 'en' = 'nl'): string {
  const o = localParts(opening, timeZone);
  const n = localParts(now, timeZone);
  const days = Math.round(
    (Date.UTC(o.year, o.month - 1, o.day) - Date.UTC(n.year, n.month - 1, n.day)) / 86_400_000,
  );
  const dow = new Date(Date.UTC(o.year, o.month - 1, o.day)).getUTCDay();
  if (lang === 'en') {
    const time = `${o.hour}:${String(o.minute).padStart(2, '0')}`;
    if (days === 0) return `today from ${time}`;
    if (days === 1) return `tomorrow from ${time}`;
    if (days < 7) return `on ${DAY_NAMES_EN[dow]} from ${time}`;
    return `on ${DAY_NAMES_EN[dow]} ${o.day} ${MONTHS_EN[o.month - 1]} from ${time}`;
  }
  const time = `${o.hour}.${String(o.minute).padStart(2, '0')} uur`;
  if (days === 0) return `vandaag vanaf ${time}`;
  if (days === 1) return `morgen vanaf ${time}`;
  if (days < 7) return `${DAY_NAMES_NL[dow]} vanaf ${time}`;
  return `op ${DAY_NAMES_NL[dow]} ${o.day} ${MONTHS_NL[o.month - 1]} vanaf ${time}`;
}
