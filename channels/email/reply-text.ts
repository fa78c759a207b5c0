/**
 * Extracts the resident's new words from the plain text of an e-mail reply: quoted history,
 * `>` lines, mobile "sent from" lines and the signature after `-- ` are left out.
 *
 * Why not `email-reply-parser`: it was tried and rejected. Its Dutch quote-header pattern
 * (`Op … schreef …:` spanning lines) also matches ordinary complaint text such as
 * "Op 1 mei schreef ik u al een brief over mijn eigen bijdrage:\nhet CAK rekent te veel." and
 * then hides that text from the bot, while it misses Apple Mail's
 * "Op … heeft … het volgende geschreven:" and Outlook's "Van:/Verzonden:/Aan:" block. Losing a
 * resident's words is worse than showing the bot a little quoted history, so the rules here are
 * conservative: a line only counts as a quote header when it also carries a bracketed e-mail
 * address, or a date or time with `>` lines right after it; an Outlook header block only counts
 * when several header fields appear together.
 *
 * Everything works line by line with bounded patterns, so a hostile message of many megabytes
 * cannot make a regular expression backtrack for long.
 */

/** Longest line we test against the header patterns; longer lines are never a header. */
const MAX_HEADER_LINE = 400;

/** "Op … schreef …:", "On … wrote:", Apple Mail's "… het volgende geschreven:" and friends. */
const ATTRIBUTION_START = /^(op|on|le|am|el|il)\s/i;
const ATTRIBUTION_VERB =
  /\b(schreef|geschreven|wrote|a écrit|schrieb|escribió|ha scritto)\b[^:]{0,200}:\s*$/i;
/** An address in angle or square brackets, as mail clients write it: strong evidence. */
const BRACKETED_ADDRESS = /[<[](mailto:)?[^\s<>[\]]{1,200}@[^\s<>[\]]{1,200}[>\]]/;
/** A year or a clock time: evidence only when quoted (`>`) lines follow the header. */
const DATE_OR_TIME = /\b(19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/;

/** Outlook and others: "-----Oorspronkelijk bericht-----", "-----Original Message-----". */
const ORIGINAL_MESSAGE_SEPARATOR =
  /^-{2,}\s*(oorspronkelijk bericht|origineel bericht|original message|doorgestuurd bericht|forwarded message)\s*-{2,}\s*$/i;
/** Outlook's underscore rule above its header block. */
const UNDERSCORE_RULE = /^_{10,}\s*$/;

/** Fields of an Outlook-style quoted header block, in Dutch and English. */
const HEADER_FROM = /^\*?(van|from)\s?:\*?\s/i;
const HEADER_DATE = /^\*?(verzonden|datum|date|sent)\s?:\*?\s/i;
const HEADER_TO_OR_SUBJECT = /^\*?(aan|to|onderwerp|subject|cc)\s?:\*?\s/i;

/** RFC 3676 §4.3 signature separator; many clients drop the trailing space. */
const SIGNATURE_SEPARATOR = /^--\s?$/;

/** Mobile "sent from" lines: removed as lines, nothing after them is cut. */
const SENT_FROM = [
  /^(verzonden|verstuurd)\s(vanaf|met|via|van)\s.{1,60}$/i,
  /^sent\sfrom\s.{1,60}$/i,
  /^get\soutlook\sfor\s.{1,40}$/i,
  /^(download\s)?outlook\svoor\s(ios|android)(\sdownloaden)?\s*$/i,
];

/**
 * Returns the visible reply text of a plain-text mail body.
 *
 * @param fullText the whole plain text as received (mailparser's `text`, which is derived from
 *   the HTML when the mail has no plain part); CRLF or LF line ends
 * @returns the new text, trimmed, with runs of blank lines collapsed; the trimmed `fullText` when
 *   stripping would leave nothing (e.g. a forwarded message without own words), so the bot is
 *   never handed an empty message for a mail that had content
 */
export function visibleReplyText(fullText: string): string {
  const lines = fullText.replace(/\r\n?/g, '\n').split('\n');
  const cut = findCutIndex(lines);
  const kept: string[] = [];
  for (const line of lines.slice(0, cut)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('>')) continue;
    if (trimmed.length <= MAX_HEADER_LINE && SENT_FROM.some((re) => re.test(trimmed))) continue;
    kept.push(line.replace(/\s+$/, ''));
  }
  const visible = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return visible || fullText.trim();
}

/** Index of the first line that starts quoted history or a signature, or `lines.length`. */
function findCutIndex(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length > MAX_HEADER_LINE) continue;
    if (SIGNATURE_SEPARATOR.test(lines[i]!)) return i;
    if (ORIGINAL_MESSAGE_SEPARATOR.test(line)) return i;
    if (isAttribution(lines, i)) return i;
    if ((UNDERSCORE_RULE.test(line) && isHeaderBlock(lines, i + 1)) || isHeaderBlock(lines, i)) {
      return i;
    }
  }
  return lines.length;
}

/** "Op … schreef …:" on one line, or wrapped onto the next line as Gmail does for long names. */
function isAttribution(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  if (!ATTRIBUTION_START.test(line)) return false;
  const next = lines[i + 1]?.trim();
  const candidates: Array<[text: string, end: number]> = [[line, i]];
  if (next !== undefined && next.length <= MAX_HEADER_LINE) {
    candidates.push([`${line} ${next}`, i + 1]);
  }
  return candidates.some(
    ([text, end]) =>
      ATTRIBUTION_VERB.test(text) &&
      (BRACKETED_ADDRESS.test(text) || (DATE_OR_TIME.test(text) && quotedAfter(lines, end))),
  );
}

/** True when the first non-blank line after `index` is a quoted (`>`) line. */
function quotedAfter(lines: readonly string[], index: number): boolean {
  for (let j = index + 1; j < lines.length; j++) {
    const l = lines[j]!.trim();
    if (l) return l.startsWith('>');
  }
  return false;
}

/** A "Van:" line followed within four lines by a date field and a recipient or subject field. */
function isHeaderBlock(lines: readonly string[], start: number): boolean {
  const first = lines[start]?.trim() ?? '';
  if (!HEADER_FROM.test(first)) return false;
  const window = lines.slice(start + 1, start + 5).map((l) => l.trim());
  return (
    window.some((l) => HEADER_DATE.test(l)) && window.some((l) => HEADER_TO_OR_SUBJECT.test(l))
  );
}
