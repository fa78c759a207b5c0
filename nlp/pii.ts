/**
 * PII masking for text that leaves the record (logs, exports, training corrections).
 * Masks: BSN ("[BSN]", 9 digits passing the elfproef: weights 9..2 and −1 for the last digit,
 * sum divisible by 11 — domain.md §6), IBAN ("[IBAN]", ISO 13616 mod-97 check), e-mail addresses
 * ("[e-mail]") and phone numbers ("[telefoon]", Dutch 06/0xx/+31/0031 and other +CC formats).
 */

/** True when the 9-digit string passes the BSN elfproef. "000000000" is rejected. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** True when the string (spaces allowed) is an IBAN with a valid mod-97 checksum. */
export function isValidIban(raw: string): boolean {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gi;
// BSN possibly written with dots/spaces: 123.456.782 or 1234 56 782
const BSN = /(?<![\d.])\d(?:[ .]?\d){8}(?![\d]|[.,]\d)/g;
const PHONE = /(?<![\w+])(?:(?:\+|00)\d{2,3}[\s.-]?(?:\(0\))?[\s.-]?\d(?:[\s.-]?\d){6,10}|0\d(?:[\s.-]?\d){8})(?![\d])/g;

/**
 * Mask personal identifiers in free text.
 * @param text resident or agent text
 * @returns the text with BSN, IBAN, phone numbers and e-mail addresses replaced by
 *   "[BSN]", "[IBAN]", "[telefoon]", "[e-mail]". Nine-digit numbers that fail the elfproef are left
 *   alone unless they look like a phone number (leading 0).
 */
export function maskPii(text: string): string {
  let out = text.replace(EMAIL, '[e-mail]');
  out = out.replace(IBAN, (m) => (isValidIban(m) ? '[IBAN]' : m));
  out = out.replace(BSN, (m) => (isValidBsn(m.replace(/[ .]/g, '')) ? '[BSN]' : m));
  out = out.replace(PHONE, '[telefoon]');
  return out;
}
