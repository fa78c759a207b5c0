/**
 * PII masking for text that leaves the record (logs, exports, training corrections).
 * Masks: BSN ("[BSN]", 9 digits passing the elfproef: weights 9..2 and −1 for the last digit,
 * sum divisible by 11 — domain.md §6), IBAN ("[IBAN]", the registry's country length and layout and the ISO 13616 mod-97 check), e-mail addresses
 * ("[e-mail]") and phone numbers ("[telefoon]", Dutch 06/0xx/+31/0031 and other +CC formats).
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/** True when the 9-digit string passes the BSN elfproef. "000000000" is rejected. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * True when the string (spaces allowed, any case) is an IBAN: a country of the IBAN registry
 * with that country's length and BBAN layout, and a valid ISO 13616 mod-97 checksum (ibantools).
 * The country rules matter: a random 22-character id (a Direct Line conversation id) passes the
 * bare "two letters, two digits, mod-97" test about once in a hundred.
 */
export function isValidIban(raw: string): boolean {
  return isValidIBAN(electronicFormatIBAN(raw.replace(IBAN_SEPARATORS, '')) ?? '');
}

/** What residents put between an IBAN's groups: spaces of any kind (a non-breaking one from a bank's page), tabs, dashes, dots. */
const IBAN_SEPARATORS = /[\s.\-]/g;

// Starts only where a run of address characters starts: without the look-behind a long run
// with no "@" is scanned again from every position in it (quadratic: 128 kB took 8 s).
const EMAIL = /(?<![\p{L}0-9._%+-])[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;
const IBAN = /\b[A-Z]{2}\s?\d{2}(?:[\s.-]{0,2}[A-Z0-9]{4}){2,7}(?:[\s.-]{0,2}[A-Z0-9]{1,4})?\b/gi;
// BSN possibly written with dots/spaces: 123.456.782 or 1234 56 782
const BSN = /(?<![\d.])\d(?:[ .]?\d){8}(?![\d]|[.,]\d)/g;
const PHONE = /(?<![\w+])(?:(?:\+|00)\d{2,3}[\s.-]?(?:\(0\))?[\s.-]?\d(?:[\s.-]?\d){6,10}|0\d(?:[\s.-]?\d){8})(?![\d])/g;

/**
 * "[IBAN]" for the longest IBAN a match of {@link IBAN} starts with. The pattern's last group
 * may take the next word ("BE68 5390 0754 7034 voor de huur" matches up to "voor"), so shorter
 * candidates, a group less each time, are tried before the match is left alone.
 */
function maskIban(match: string): string {
  for (let candidate = match; candidate.replace(IBAN_SEPARATORS, '').length >= 15; ) {
    if (isValidIban(candidate)) return `[IBAN]${match.slice(candidate.length)}`;
    const shorter = candidate.replace(/[\s.-]{0,2}[A-Z0-9]{1,4}$/i, '');
    if (shorter === candidate) break;
    candidate = shorter;
  }
  return match;
}

/**
 * Mask personal identifiers in free text.
 * @param text resident or agent text
 * @returns the text with BSN, IBAN, phone numbers and e-mail addresses replaced by
 *   "[BSN]", "[IBAN]", "[telefoon]", "[e-mail]". Nine-digit numbers that fail the elfproef are left
 *   alone unless they look like a phone number (leading 0).
 */
export function maskPii(text: string): string {
  let out = text.replace(EMAIL, '[e-mail]');
  out = out.replace(IBAN, maskIban);
  out = out.replace(BSN, (m) => (isValidBsn(m.replace(/[ .]/g, '')) ? '[BSN]' : m));
  out = out.replace(PHONE, '[telefoon]');
  return out;
}
