import type { CardAction } from 'botbuilder';
import type { OutboundMessage } from '../contract.js';

/**
 * Prefixes mail clients put before a reply's subject: Re, Antw, AW, SV, VS, Réf, R (Italian), RES
 * (Portuguese), Ynt (Turkish), Odp (Polish), Від (Ukrainian), Ответ (Russian), ΑΠ (Greek), رد (Arabic),
 * 回复/答复 (Chinese) … with `[2]` counters and ASCII or full-width colons.
 */
const REPLY_PREFIX = /^\s*(?:(?:re|antw|antwoord|aw|sv|vs|réf|ref|r|res|ynt|odp|від|відп|ответ|απ|رد|回复|答复)\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*)+/iu;

/** Subject used when the resident's mail had none. */
export const DEFAULT_SUBJECT = 'Uw bericht';

/** Longest thread subject kept (code points): matching needs no more, and the index row stays small. */
export const THREAD_SUBJECT_MAX = 200;

/**
 * The thread part of a subject, for matching a reply whose client dropped In-Reply-To and
 * References: Unicode NFC, zero-width characters removed, reply prefixes removed, whitespace
 * collapsed, lowercased, at most THREAD_SUBJECT_MAX code points. An empty subject has the thread
 * part of {@link DEFAULT_SUBJECT}, because that is the subject our reply carries.
 * @returns `{ base, isReply }`; `isReply` is true when the subject began with a reply prefix
 */
export function threadSubjectOf(subject: string): { base: string; isReply: boolean } {
  const clean = subject.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  const stripped = withoutReplyPrefixes(clean);
  const base = Array.from((stripped || DEFAULT_SUBJECT).toLowerCase()).slice(0, THREAD_SUBJECT_MAX).join('');
  return { base, isReply: stripped.length < clean.length };
}

/**
 * The subject of our reply: `Re: <subject>` with any existing reply prefixes removed first, so
 * it never becomes `Re: Re:` or `Re: Antw:`. Line breaks are removed (header injection).
 * @param subject the resident's subject, possibly empty or undefined
 */
export function replySubject(subject: unknown): string {
  const base = withoutReplyPrefixes(typeof subject === 'string' ? subject.replace(/[\r\n]+/g, ' ') : '');
  return `Re: ${base || DEFAULT_SUBJECT}`;
}

/** `subject` trimmed, without the reply prefixes at its start ("Re: AW: X" → "X"). */
function withoutReplyPrefixes(subject: string): string {
  return subject.trim().replace(REPLY_PREFIX, '').trim();
}

/** Plain text and HTML bodies of one outbound mail. */
export interface EmailBody {
  text: string;
  html: string;
}

/**
 * Builds the mail body for an outbound message (plain Dutch, B1):
 * the activity text; suggested actions as a numbered list ("U kunt antwoorden met: …", mail has
 * no buttons); a signature — for an agent "Met vriendelijke groet, {name}, {fromName}" (only
 * {fromName} when the agent's last lines already close with a greeting), for the
 * bot or the system "{senderName}, {fromName}" plus a line that the message was sent
 * automatically; then, after an RFC 3676 `-- ` separator (so our own text is stripped again when
 * the resident replies above it), a short footer that does not name a municipality.
 *
 * @param fromName the service's display name, e.g. "Meldpunt sociaal domein"
 */
export function composeEmailBody(message: OutboundMessage, fromName: string): EmailBody {
  const text = (message.activity.text ?? '').replace(/\r\n?/g, '\n').trim();
  const options = suggestedOptions(message.activity.suggestedActions?.actions);
  // An agent who already closed with a greeting is not given a second one.
  const signedOff = /\b(met )?(vriendelijke|hartelijke) groet(en)?\b|\bgroetjes\b|\bkind regards\b/i.test(text.split('\n').slice(-4).join('\n'));
  const signature =
    message.senderRole === 'agent'
      ? signedOff
        ? [fromName]
        : ['Met vriendelijke groet,', message.senderName, fromName]
      : [message.senderName, fromName, 'Dit bericht is automatisch verstuurd.'];
  const footer = 'U kunt gewoon op deze e-mail antwoorden. Uw antwoord komt dan bij uw melding.';

  const textParts: string[] = [];
  if (text) textParts.push(text);
  if (options.length > 0) {
    textParts.push(['U kunt antwoorden met:', ...options.map((o, i) => `${i + 1}. ${o}`)].join('\n'));
  }
  textParts.push(signature.filter(Boolean).join('\n'));
  const plain = `${textParts.join('\n\n')}\n\n-- \n${footer}\n`;

  const htmlParts: string[] = [];
  if (text) htmlParts.push(...text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`));
  if (options.length > 0) {
    htmlParts.push(
      `<p>U kunt antwoorden met:</p><ol>${options.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ol>`,
    );
  }
  htmlParts.push(`<p>${signature.filter(Boolean).map(escapeHtml).join('<br>')}</p>`);
  htmlParts.push(`<hr><p style="color:#555;font-size:90%">${escapeHtml(footer)}</p>`);
  const html = `<!DOCTYPE html><html lang="nl"><body>${htmlParts.join('\n')}</body></html>`;

  return { text: plain, html };
}

/** The words a resident can answer with, from suggested actions (title, else value). */
function suggestedOptions(actions: readonly CardAction[] | undefined): string[] {
  return (actions ?? [])
    .map((a) => (a.title || (typeof a.value === 'string' ? a.value : '')).trim())
    .filter((o) => o.length > 0);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
