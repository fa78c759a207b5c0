import { createHash } from 'node:crypto';
import type { Attachment as ActivityAttachment } from 'botbuilder';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { InboundAttachment, InboundMessage } from '../contract.js';
import { detectAutoReply, type AutoReplyReason } from './auto-reply.js';
import { visibleReplyText } from './reply-text.js';
import { threadSubjectOf } from './compose.js';

/** Attachments up to this size (bytes) are kept inline as base64; larger ones as a note. */
export const DEFAULT_ATTACHMENT_INLINE_MAX_BYTES = 5 * 1024 * 1024;

/** Most Message-IDs kept in `channelState.references`, so reply headers stay a sane size. */
const MAX_REFERENCES = 20;

/** Name of the event activity that records an automatic mail without waking the bot. */
export const AUTO_REPLY_EVENT = 'email.autoReply';

/** What the e-mail channel stores in `activity.channelData` (kept for the record). */
export interface EmailChannelData {
  subject: string;
  /** Message-ID in `<…>` form (ours, derived from a hash, when the mail had none). */
  messageId: string;
  inReplyTo?: string;
  /** References as received, oldest first. */
  references: string[];
  /** The whole plain text as received, quoted history and signature included. */
  fullText: string;
  /** True when the mail had an HTML part. */
  html: boolean;
  /** Set when the mail was recognised as automatic (RFC 3834); the bot must not answer it. */
  autoReply?: AutoReplyReason;
}

/**
 * Parses raw message bytes with mailparser. Always pass the Buffer as received: turning it into
 * a string first breaks 8-bit charsets (mailparser issues #161, #218). Attachment checksums are
 * sha256; HTML is converted to text (for HTML-only mail) up to 2 MB of HTML.
 */
export function parseRawEmail(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw, {
    checksumAlgo: 'sha256',
    keepCidLinks: true,
    maxHtmlLengthToParse: 2 * 1024 * 1024,
  });
}

/** Envelope and configuration facts that are not in the parsed message. */
export interface NormaliseOptions {
  /** SMTP `MAIL FROM` address; `''` for the null sender `<>`. */
  envelopeFrom?: string;
  /** Our own addresses, to recognise our mail coming back. */
  ownAddresses: readonly string[];
  /** Largest attachment kept inline, in bytes. */
  attachmentInlineMaxBytes?: number;
}

/**
 * Normalises one parsed e-mail into the channel contract's {@link InboundMessage}.
 *
 * - `providerMessageId` is the Message-ID (`<…>` form); a mail without one gets
 *   `<sha256-{hex of the raw bytes}@aan-tafel.invalid>`, so a resend of the same bytes is still
 *   stored once.
 * - `threadRefs` is In-Reply-To, then References newest first, without duplicates.
 * - `channelState` is `{ subject, threadSubject, messageId, references: [...references, messageId] }`
 *   (at most 20 ids), what the sender needs to thread its reply.
 * - `threadSubject` (on the message, only for a subject with a reply prefix) lets the intake find
 *   the conversation when the client dropped In-Reply-To and References.
 * - The activity is a `message` whose `text` is the resident's new words
 *   ({@link visibleReplyText}); automatic mail (see `detectAutoReply`) becomes an `event` named
 *   {@link AUTO_REPLY_EVENT} with `value: { reason }` and no text, so it is stored but the bot
 *   stays silent.
 *
 * @param parsed result of mailparser's `simpleParser` on the raw bytes
 * @param raw    the message exactly as received (for the fallback id)
 */
export function toInboundMessage(
  parsed: ParsedMail,
  raw: Buffer,
  options: NormaliseOptions,
): InboundMessage {
  const messageId = parsed.messageId?.trim() || hashMessageId(raw);
  const references = asList(parsed.references);
  const inReplyTo = parsed.inReplyTo?.trim() || undefined;
  const from = parsed.from?.value.find((a) => a.address);
  const fromAddress = from?.address?.trim().toLowerCase();
  const subject = (parsed.subject ?? '').replace(/[\r\n]+/g, ' ').trim();
  const fullText = (parsed.text ?? '').trim();

  const autoReply = detectAutoReply({
    headerLines: parsed.headerLines,
    contentType: contentTypeOf(parsed),
    envelopeFrom: options.envelopeFrom,
    fromAddress,
    ownAddresses: options.ownAddresses,
  });

  const channelData: EmailChannelData = {
    subject,
    messageId,
    ...(inReplyTo ? { inReplyTo } : {}),
    references,
    fullText,
    html: typeof parsed.html === 'string' && parsed.html.length > 0,
    ...(autoReply ? { autoReply } : {}),
  };

  const attachments = parsed.attachments.map((a) =>
    toInboundAttachment(a, options.attachmentInlineMaxBytes ?? DEFAULT_ATTACHMENT_INLINE_MAX_BYTES),
  );
  const activityAttachments: ActivityAttachment[] = attachments.map((a) => ({
    contentType: a.contentType,
    ...(a.name ? { name: a.name } : {}),
  }));

  const threadRefs = unique([inReplyTo, ...[...references].reverse()]);
  const thread = threadSubjectOf(subject);
  const address = fromAddress || options.envelopeFrom?.toLowerCase() || '<>';

  return {
    channel: 'email',
    providerMessageId: messageId,
    address,
    ...(from?.name ? { displayName: from.name } : {}),
    ...(threadRefs.length > 0 ? { threadRefs } : {}),
    ...(thread.isReply ? { threadSubject: thread.base } : {}),
    activity: autoReply
      ? { type: 'event', name: AUTO_REPLY_EVENT, value: { reason: autoReply }, channelData }
      : {
          type: 'message',
          text: visibleReplyText(fullText),
          channelData,
          ...(activityAttachments.length > 0 ? { attachments: activityAttachments } : {}),
        },
    ...(attachments.length > 0 ? { attachments } : {}),
    channelState: {
      subject,
      ...(thread.base ? { threadSubject: thread.base } : {}),
      messageId,
      references: unique([...references, messageId]).slice(-MAX_REFERENCES),
    },
    ...(parsed.date ? { sentAt: parsed.date } : {}),
  };
}

/** `<sha256-{hex}@aan-tafel.invalid>` for a message that has no Message-ID. */
export function hashMessageId(raw: Buffer): string {
  return `<sha256-${createHash('sha256').update(raw).digest('hex')}@aan-tafel.invalid>`;
}

function toInboundAttachment(
  a: ParsedMail['attachments'][number],
  inlineMax: number,
): InboundAttachment {
  const meta: Record<string, unknown> = {};
  if (a.checksum) meta.sha256 = a.checksum;
  if (a.contentDisposition) meta.disposition = a.contentDisposition;
  if (a.cid) meta.cid = a.cid;
  if (a.related) meta.related = true;
  const inline = a.size <= inlineMax;
  if (!inline) meta.omitted = `larger than ${inlineMax} bytes, content not kept`;
  return {
    contentType: a.contentType,
    ...(a.filename ? { name: a.filename } : {}),
    size: a.size,
    ...(inline ? { contentBase64: a.content.toString('base64') } : {}),
    meta,
  };
}

function contentTypeOf(parsed: ParsedMail): string | undefined {
  const header = parsed.headers.get('content-type');
  if (header && typeof header === 'object' && 'value' in header && typeof header.value === 'string') {
    return header.value.toLowerCase();
  }
  return typeof header === 'string' ? header.split(';')[0]!.trim().toLowerCase() : undefined;
}

/** mailparser gives References as a string for one id and an array for several. */
function asList(value: string | string[] | undefined): string[] {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return unique(items.flatMap((v) => v.split(/\s+/)));
}

function unique(items: ReadonlyArray<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    const v = item?.trim();
    if (v && !seen.has(v)) seen.add(v);
  }
  return [...seen];
}
