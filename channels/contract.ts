import type { Activity } from 'botbuilder';

/**
 * The shared contract between channels and the rest of the service.
 *
 * A channel knows its provider (Graph API, Direct Line, SMTP) and nothing of dialogs:
 * inbound it verifies the request and normalises it to an {@link InboundMessage} that it hands
 * to an {@link IntakeSink}; outbound it implements a {@link ChannelSender}. Only after
 * `IntakeSink.receive` has resolved may the channel acknowledge the provider (HTTP 200,
 * SMTP 250): from then on the message is stored and will be processed.
 */
export type ChannelId = 'whatsapp' | 'webchat' | 'email';

export const CHANNELS: readonly ChannelId[] = ['whatsapp', 'webchat', 'email'];

/** A file the resident sent (voice note, image, document) or a location. */
export interface InboundAttachment {
  /** MIME type, e.g. `audio/ogg`, `image/jpeg`, `application/pdf`; `application/vnd.geo+json` for a location. */
  contentType: string;
  name?: string;
  /** Provider reference to fetch the content later (WhatsApp media id). */
  providerRef?: string;
  /** Inline content for small files (e-mail attachments), base64. */
  contentBase64?: string;
  /** Size in bytes when known. */
  size?: number;
  /** Extra, provider-specific facts (sha256, voice:true, latitude/longitude …). */
  meta?: Record<string, unknown>;
}

/** One resident message, normalised. */
export interface InboundMessage {
  channel: ChannelId;
  /**
   * The provider's id of this message: WhatsApp `wamid.…`, e-mail `Message-ID`, Direct Line
   * activity id. It is the idempotency key: a second delivery with the same id is stored once.
   */
  providerMessageId: string;
  /** The resident's address on this channel: wa_id, e-mail address, Direct Line user id. */
  address: string;
  /** Name the resident goes by on the channel (WhatsApp profile name, mail display name). */
  displayName?: string;
  /**
   * The channel's id of the conversation thread when it has one: Direct Line conversation id,
   * WhatsApp `{phone_number_id}:{wa_id}`. For e-mail leave it unset and give `threadRefs`.
   */
  externalId?: string;
  /**
   * Provider ids of earlier messages this one answers (e-mail In-Reply-To, then References
   * newest first). The intake continues the conversation that holds one of them.
   */
  threadRefs?: string[];
  /**
   * E-mail only, for a reply ("Re: …") whose client dropped In-Reply-To and References: the
   * subject without reply prefixes, lowercased. When no `threadRefs` match, the intake continues
   * the newest open (not closed) e-mail conversation from the same address with that subject
   * (`channel_state.threadSubject`), instead of starting a second one.
   */
  threadSubject?: string;
  /** Bot Framework Activity fields: type, text, attachments, value, locale, channelData (raw, trimmed). */
  activity: Partial<Activity>;
  /** Attachments as received (also mirrored into `activity.attachments` for the bot). */
  attachments?: InboundAttachment[];
  /**
   * Channel facts to merge into the conversation's `channel_state` (e.g. WhatsApp
   * `phone_number_id`; e-mail `subject`, `references`). Never message text.
   */
  channelState?: Record<string, unknown>;
  /** When the provider says the resident sent it. */
  sentAt?: Date;
  /**
   * Only continue a conversation that exists: a Direct Line token names a conversation started
   * earlier, and a message must not create one (never started, or erased since). When there is
   * none, nothing is stored and the intake throws {@link ConversationNotFound}.
   */
  existingConversationOnly?: boolean;
}

/** Thrown by the intake for a message with `existingConversationOnly` whose conversation does not exist; nothing was stored. */
export class ConversationNotFound extends Error {
  constructor() {
    super('conversation not found');
    this.name = 'ConversationNotFound';
  }
}

/** Result of storing one inbound message. */
export interface IntakeReceipt {
  /** Our message id (uuid). */
  messageId: string;
  conversationId: string;
  /** Per-conversation sequence number (the Direct Line watermark). */
  seq: number;
  /** True when the provider id was seen before: nothing new was stored or queued. */
  duplicate: boolean;
}

/** Where channels hand inbound messages; implemented by the service's intake. */
export interface IntakeSink {
  /**
   * Store the message (idempotent on `channel` + `providerMessageId`) and queue its turn.
   * @throws on storage failure: the channel must then NOT acknowledge the provider (5xx / 451).
   */
  receive(msg: InboundMessage): Promise<IntakeReceipt>;
}

/** A delivery status reported by a provider after a send (WhatsApp statuses, SMTP results). */
export interface DeliveryStatusUpdate {
  channel: ChannelId;
  providerMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** Provider error code and title for `failed`, e.g. `131047 Re-engagement message`. */
  detail?: string;
  at: Date;
  /**
   * Our own reference that the provider echoes in its callback (WhatsApp
   * `biz_opaque_callback_data`), see {@link formatSendRef}. It lets a status settle a send whose
   * response never reached us (crash or timeout after the provider accepted it).
   */
  sendRef?: string;
  /** The recipient the provider names (WhatsApp `recipient_id`, a wa_id). */
  recipient?: string;
  /** Our business account the callback came for (WhatsApp `metadata.phone_number_id`). */
  account?: string;
}

/** A parsed {@link DeliveryStatusUpdate.sendRef}: which part of which stored message. */
export interface SendRef {
  /** Our outbound message id (uuid). */
  messageId: string;
  /** 0-based index of the provider message among the parts of one outbound message. */
  part: number;
  /** Number of parts the outbound message was split into (≥ 1). */
  parts: number;
}

const SEND_REF = /^at1:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(\d{1,3})\/(\d{1,3})$/;

/**
 * The reference a sender attaches to each provider message it sends, e.g.
 * `at1:6f1c…-…:0/1` (≤ 52 characters; WhatsApp allows 512 in `biz_opaque_callback_data`).
 */
export function formatSendRef(ref: SendRef): string {
  return `at1:${ref.messageId}:${ref.part}/${ref.parts}`;
}

/** Parse a {@link formatSendRef} string; null for anything else (other apps on the same number). */
export function parseSendRef(s: string | undefined): SendRef | null {
  const m = s ? SEND_REF.exec(s) : null;
  if (!m) return null;
  const part = Number(m[2]);
  const parts = Number(m[3]);
  return parts >= 1 && part < parts ? { messageId: m[1]!, part, parts } : null;
}

/** Where channels report provider status callbacks. */
export interface StatusSink {
  /** Record a status; never downgrades (read beats delivered beats sent; failed is terminal). */
  updateStatus(update: DeliveryStatusUpdate): Promise<void>;
}

/** The conversation facts a sender needs to address a reply. */
export interface DeliveryTarget {
  conversationId: string;
  /** wa_id / e-mail address / Direct Line user id. */
  address: string;
  externalId: string;
  /** Merged `channelState` of earlier inbound messages. */
  channelState: Record<string, unknown>;
  /** Last resident message time (WhatsApp 24-hour window). */
  lastInboundAt: Date | null;
}

/** One outbound message to deliver. */
export interface OutboundMessage {
  /** Our message id (uuid); senders use it for idempotency where the provider allows. */
  id: string;
  seq: number;
  senderRole: 'bot' | 'agent' | 'system';
  /** Shown to the resident as the sender, e.g. "Digitale assistent" or an agent's first name. */
  senderName: string;
  /** The Activity as the bot or agent produced it: text, suggestedActions, attachments, locale. */
  activity: Partial<Activity>;
  createdAt: Date;
}

/**
 * Whether a failed send may nevertheless have been accepted by the provider: a timeout or a
 * connection lost after the request was written. A sender marks such errors with
 * `outcomeUnknown: true`; anything else (an error response, a refused connection) means the
 * provider did not take the message.
 */
export function isOutcomeUnknown(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { outcomeUnknown?: unknown }).outcomeUnknown === true;
}

/** Thrown by a sender when retrying cannot help (bad address, window closed, rejected). */
export class PermanentDeliveryError extends Error {
  constructor(
    message: string,
    /** Provider code, e.g. `131047`, `550`. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/** A channel's outbound side. */
export interface ChannelSender {
  readonly channel: ChannelId;
  /**
   * True when the provider reports every accepted message in a status callback that carries the
   * send reference (WhatsApp: `biz_opaque_callback_data` in `statuses[]`). A send whose outcome
   * is unknown is then not repeated until that callback had time to arrive, so a crash between
   * the provider's acceptance and our bookkeeping does not send the resident a reply twice.
   */
  readonly confirmsByStatus?: boolean;
  /**
   * Deliver one message.
   * @param opts.signal the caller's deadline: abort what is still running when it fires (the
   *   delivery lease ends soon after; an attempt must not outlive it)
   * @returns the provider's id for the sent message (wamid, Message-ID, activity id)
   * @throws PermanentDeliveryError when retrying cannot help; any other error is retried
   */
  send(target: DeliveryTarget, message: OutboundMessage, opts?: { signal?: AbortSignal }): Promise<{ providerMessageId: string }>;
}

/** One stored message as a channel may replay it (Direct Line history, watermarks). */
export interface TranscriptEntry {
  id: string;
  /** Per-conversation sequence number, strictly increasing: use it as the watermark. */
  seq: number;
  direction: 'in' | 'out';
  senderRole: 'resident' | 'bot' | 'agent' | 'system';
  senderName: string | null;
  providerMessageId: string | null;
  activity: Partial<Activity>;
  createdAt: Date;
}

/** Read access to a conversation's transcript, for channels that serve history themselves. */
export interface TranscriptReader {
  /**
   * Entries with `seq > afterSeq`, oldest first, at most `limit`.
   * @returns null when no conversation exists for (channel, externalId)
   */
  read(
    channel: ChannelId,
    externalId: string,
    afterSeq: number,
    limit: number,
  ): Promise<{ conversationId: string; entries: TranscriptEntry[] } | null>;
}
