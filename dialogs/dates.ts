/**
 * Free-text dates as residents write them, in Dutch and English: "3 november", "3 nov 2026",
 * "3-11-2026", "3/11", "2026-11-03", "gisteren", "vandaag", "eergisteren", "vorige week dinsdag",
 * "afgelopen maandag", "2 weken geleden", "last Tuesday", "yesterday". Relative dates are counted
 * from `today` (a calendar date `YYYY-MM-DD` in the Netherlands). A date without a year that would
 * lie in the future is taken from the previous year (a decision was sent in the past).
 * Returns null when nothing date-like is found: the caller then never refuses, it asks once more
 * or lets a person help (Awb 6:6 — an incomplete bezwaar is repaired, not refused).
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  maart: 3, mrt: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  zondag: 0, zo: 0, sunday: 0,
  maandag: 1, ma: 1, monday: 1,
  dinsdag: 2, di: 2, tuesday: 2,
  woensdag: 3, wo: 3, wednesday: 3,
  donderdag: 4, do: 4, thursday: 4,
  vrijdag: 5, vr: 5, friday: 5,
  zaterdag: 6, za: 6, saturday: 6,
};

const WORD_NUMBERS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 februari
  return dt.toISOString().slice(0, 10);
}

function shift(today: string, days: number): string {
  const t = Date.parse(`${today}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

/** Without a year: this year, or last year when that date is still to come. */
function pastYear(today: string, m: number, d: number): string | null {
  const y = Number(today.slice(0, 4));
  const here = iso(y, m, d);
  if (here && here > today) return iso(y - 1, m, d);
  return here;
}

/**
 * Parse a date from free text.
 * @param text what the resident wrote
 * @param today the current date in the Netherlands (`YYYY-MM-DD`)
 * @returns `YYYY-MM-DD`, or null when no date can be read
 */
export function parseDutchDate(text: string, today: string): string | null {
  const t = text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[.,](?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  // ISO 2026-11-03
  let m = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // 3-11-2026, 3/11/26, 03.11.2026
  m = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\b/.exec(t);
  if (m) return iso(fullYear(Number(m[3])), Number(m[2]), Number(m[1]));
  // 3 november (2026), 3 nov, 3e november
  m = /\b(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+([a-z]+)(?:\s+(\d{4}))?\b/.exec(t);
  if (m && MONTHS[m[2]!] !== undefined) {
    const month = MONTHS[m[2]!]!;
    return m[3] ? iso(Number(m[3]), month, Number(m[1])) : pastYear(today, month, Number(m[1]));
  }
  // november 3(, 2026)
  m = /\b([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\d{4}))?\b/.exec(t);
  if (m && MONTHS[m[1]!] !== undefined) {
    const month = MONTHS[m[1]!]!;
    return m[3] ? iso(Number(m[3]), month, Number(m[2])) : pastYear(today, month, Number(m[2]));
  }
  // 3/11 or 3-11 without a year
  m = /\b(\d{1,2})[-/](\d{1,2})\b/.exec(t);
  if (m) return pastYear(today, Number(m[2]), Number(m[1]));

  if (/\b(vandaag|today)\b/.test(t)) return today;
  if (/\b(eergisteren|day before yesterday)\b/.test(t)) return shift(today, -2);
  if (/\b(gisteren|yesterday)\b/.test(t)) return shift(today, -1);

  // "2 weken geleden", "drie dagen geleden", "two weeks ago"
  m = /\b(\d+|[a-zé]+) (dag|dagen|week|weken|day|days|weeks?) (geleden|ago)\b/.exec(t);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!];
    if (n !== undefined) return shift(today, -n * (/^(week|weken|weeks?)$/.test(m[2]!) ? 7 : 1));
  }

  // "vorige week dinsdag", "dinsdag vorige week", "afgelopen dinsdag", "last tuesday", "dinsdag"
  const wdName = Object.keys(WEEKDAYS).find((w) => w.length > 2 && new RegExp(`\\b${w}\\b`).test(t));
  if (wdName) {
    const target = WEEKDAYS[wdName]!;
    const todayWd = new Date(`${today}T00:00:00Z`).getUTCDay();
    if (/\b(vorige week|last week)\b/.test(t)) {
      // The given weekday in the calendar week (Monday–Sunday) before this one.
      const mondayThisWeek = shift(today, -((todayWd + 6) % 7));
      return shift(mondayThisWeek, -7 + ((target + 6) % 7));
    }
    // "afgelopen dinsdag", "last tuesday", plain "dinsdag": the most recent one before today.
    const back = (todayWd - target + 7) % 7 || 7;
    return shift(today, -back);
  }
  return null;
}
