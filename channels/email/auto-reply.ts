/**
 * Detects mail that no bot should answer: auto-replies, bounces, mailing lists and our own mail
 * coming back. Answering those causes mail loops (RFC 3834 §2 and §5, RFC 2076 for Precedence,
 * RFC 2369/2919 for List-* headers, RFC 6522 for multipart/report).
 */

/** Why a message was recognised as automatic; stored with it, never the header values. */
export type AutoReplyReason =
  | 'auto-submitted'
  | 'precedence'
  | 'list'
  | 'x-autoreply'
  | 'x-auto-response-suppress'
  | 'report'
  | 'null-sender'
  | 'own-address'
  /** The same sender sent the same subject and text again within the loop window (a mail loop). */
  | 'repeated';

/** The facts of one received message that the check needs. */
export interface AutoReplyFacts {
  /** Raw header lines as mailparser gives them: lower-case `key`, unparsed `line`. */
  headerLines: ReadonlyArray<{ key: string; line: string }>;
  /** Content-Type of the whole message without parameters, lower case, e.g. `multipart/report`. */
  contentType?: string;
  /** SMTP `MAIL FROM` address; `''` for the null sender `<>`; undefined when unknown. */
  envelopeFrom?: string;
  /** Address of the `From` header, lower case. */
  fromAddress?: string;
  /** Our own addresses (intake address, reply address), compared without plus-tags. */
  ownAddresses: readonly string[];
}

/**
 * Returns the first reason why the message is automatic, or `null` for a message a person wrote.
 *
 * Checked, in order: `Auto-Submitted` present and not `no` (RFC 3834 §5); `Precedence: bulk`,
 * `junk` or `list`; `List-Id` / `List-Unsubscribe` (RFC 2919, RFC 2369); `X-Autoreply`,
 * `X-Autorespond`; `X-Auto-Response-Suppress` (set by Exchange on its own automatic mail);
 * `multipart/report` (RFC 6522, bounces and read receipts); the null envelope sender `<>` or a
 * `Return-Path: <>` (RFC 5321 §4.5.5); a sender that is one of our own addresses.
 */
export function detectAutoReply(facts: AutoReplyFacts): AutoReplyReason | null {
  const values = new Map<string, string[]>();
  for (const { key, line } of facts.headerLines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\s+/g, ' ').trim();
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const has = (key: string): boolean => values.has(key);
  const first = (key: string): string => (values.get(key)?.[0] ?? '').toLowerCase();

  if (has('auto-submitted') && !/^no\b/.test(first('auto-submitted'))) return 'auto-submitted';
  if (/^(bulk|junk|list)\b/.test(first('precedence'))) return 'precedence';
  if (has('list-id') || has('list-unsubscribe')) return 'list';
  if (has('x-autoreply') || has('x-autorespond')) return 'x-autoreply';
  if (has('x-auto-response-suppress')) return 'x-auto-response-suppress';
  if (facts.contentType === 'multipart/report') return 'report';
  if (facts.envelopeFrom === '' || /^<\s*>$/.test(first('return-path'))) return 'null-sender';
  const own = new Set(facts.ownAddresses.map(canonicalAddress));
  for (const address of [facts.fromAddress, facts.envelopeFrom]) {
    if (address && own.has(canonicalAddress(address))) return 'own-address';
  }
  return null;
}

/**
 * Lower-cases an address and drops a plus-tag from its local part:
 * `Meldpunt+K-2026-1@Gemeente.example` → `meldpunt@gemeente.example`.
 */
export function canonicalAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 0) return lower;
  const local = lower.slice(0, at);
  const plus = local.indexOf('+');
  return `${plus > 0 ? local.slice(0, plus) : local}${lower.slice(at)}`;
}
