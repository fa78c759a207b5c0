import type { Activity, Attachment } from 'botbuilder';
import type { DeliveryStatusUpdate, InboundAttachment, InboundMessage } from '../contract.js';
import type { MessagesValue, WebhookMessage, WebhookStatus, WhatsAppMedia } from './payload.js';

/** Content type of a location attachment (a GeoJSON Feature with a Point geometry). */
export const LOCATION_CONTENT_TYPE = 'application/vnd.geo+json';

/**
 * Content type of the placeholder attachment for message types this channel does not read
 * (`unsupported`, `system`, `contacts`, `order`, flows …). `meta.whatsappType` names the type;
 * the raw message stays in `activity.channelData`.
 */
export const UNSUPPORTED_CONTENT_TYPE = 'application/vnd.aan-tafel.whatsapp-unsupported+json';

const MEDIA_TYPES = ['image', 'video', 'sticker', 'document', 'audio'] as const;
type MediaType = (typeof MEDIA_TYPES)[number];

const STATUSES = new Set<DeliveryStatusUpdate['status']>(['sent', 'delivered', 'read', 'failed']);

/** Drop `undefined` values so stored JSON stays small and comparisons stay simple. */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function unixToDate(seconds: string): Date {
  return new Date(Number(seconds) * 1000);
}

/** What a message type contributes to the Activity, beyond the common fields. */
interface Body {
  type?: string;
  text?: string;
  value?: unknown;
  attachments?: InboundAttachment[];
  extra?: Partial<Activity>;
}

function mediaBody(type: MediaType, media: WhatsAppMedia): Body {
  const attachment: InboundAttachment = compact({
    contentType: media.mime_type ?? 'application/octet-stream',
    name: media.filename,
    providerRef: media.id,
    meta: compact({
      whatsappType: type,
      sha256: media.sha256,
      voice: media.voice,
      animated: media.animated,
      filename: media.filename,
      caption: media.caption,
    }),
  }) as InboundAttachment;
  return { text: media.caption ?? '', attachments: [attachment] };
}

function unsupportedBody(m: WebhookMessage): Body {
  const sub = (m as Record<string, unknown>)[m.type];
  const subType =
    sub && typeof sub === 'object' && typeof (sub as { type?: unknown }).type === 'string'
      ? (sub as { type: string }).type
      : undefined;
  const attachment: InboundAttachment = {
    contentType: UNSUPPORTED_CONTENT_TYPE,
    meta: compact({
      whatsappType: m.type,
      /** e.g. `unsupported.type` = `poll_creation`, `system.type` = `user_changed_number`. */
      subType,
      errorCodes: m.errors?.map((e) => e.code),
    }),
  };
  return { text: '', attachments: [attachment] };
}

function bodyOf(m: WebhookMessage): Body {
  switch (m.type) {
    case 'text':
      return { text: m.text!.body };
    case 'image':
    case 'video':
    case 'sticker':
    case 'document':
    case 'audio':
      return mediaBody(m.type, m[m.type]!);
    case 'location': {
      const l = m.location!;
      const attachment: InboundAttachment = compact({
        contentType: LOCATION_CONTENT_TYPE,
        name: l.name,
        meta: compact({ latitude: l.latitude, longitude: l.longitude, name: l.name, address: l.address, url: l.url }),
      }) as InboundAttachment;
      return { text: '', attachments: [attachment] };
    }
    case 'interactive': {
      const i = m.interactive!;
      const reply = i.type === 'button_reply' ? i.button_reply : i.type === 'list_reply' ? i.list_reply : undefined;
      if (!reply) return unsupportedBody(m);
      return { text: reply.title, value: compact({ id: reply.id, title: reply.title, description: reply.description }) };
    }
    case 'button':
      return { text: m.button!.text, value: m.button!.payload };
    case 'reaction': {
      const r = m.reaction!;
      const reaction = [{ type: r.emoji ?? '' }];
      return {
        type: 'messageReaction',
        extra: {
          replyToId: r.message_id,
          ...(r.emoji ? { reactionsAdded: reaction } : { reactionsRemoved: reaction }),
        },
      };
    }
    default:
      return unsupportedBody(m);
  }
}

/** Mirror an {@link InboundAttachment} into a Bot Framework attachment for the bot. */
function toActivityAttachment(a: InboundAttachment): Attachment {
  if (a.contentType === LOCATION_CONTENT_TYPE) {
    const meta = a.meta ?? {};
    return compact({
      contentType: a.contentType,
      name: a.name,
      content: {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [meta.longitude, meta.latitude] },
        properties: compact({ name: meta.name, address: meta.address, url: meta.url }),
      },
    }) as Attachment;
  }
  return compact({
    contentType: a.contentType,
    name: a.name,
    content: compact({ providerRef: a.providerRef, ...a.meta }),
  }) as Attachment;
}

/**
 * Normalise one Cloud API message to an {@link InboundMessage}.
 *
 * - providerMessageId = `wamid…`, address = `from` (wa_id), externalId = `{phone_number_id}:{wa_id}`
 * - activity: `type` `message` (or `messageReaction` for a reaction), `id` = wamid,
 *   `channelId` `whatsapp`, `timestamp`, `text`, `value`, `attachments`, `replyToId` (the quoted
 *   or tapped message, `context.id`), `channelData` = the raw message object. `locale` is left
 *   unset: the nlp layer detects the language.
 * - text → text; button_reply/list_reply → text = title, value = `{id, title, description?}`;
 *   template quick reply `button` → text = button text, value = payload; media → attachment
 *   (contentType = mime_type, providerRef = media id, meta {sha256, voice, filename, caption})
 *   and text = caption or ''; location → {@link LOCATION_CONTENT_TYPE} attachment;
 *   reaction → `messageReaction`; anything else → {@link UNSUPPORTED_CONTENT_TYPE} attachment.
 *
 * @param value   the change value the message came in (metadata, contacts)
 * @param message the validated message
 */
export function normaliseMessage(value: MessagesValue, message: WebhookMessage): InboundMessage {
  const phoneNumberId = value.metadata.phone_number_id;
  const contacts = value.contacts ?? [];
  const contact = contacts.find((c) => c.wa_id === message.from) ?? (contacts.length === 1 ? contacts[0] : undefined);
  const sentAt = unixToDate(message.timestamp);
  const body = bodyOf(message);
  const activity: Partial<Activity> = compact({
    type: body.type ?? 'message',
    id: message.id,
    channelId: 'whatsapp',
    timestamp: sentAt,
    text: body.text,
    value: body.value,
    attachments: body.attachments?.map(toActivityAttachment),
    replyToId: message.context?.id,
    ...body.extra,
    channelData: message,
  });
  return compact({
    channel: 'whatsapp' as const,
    providerMessageId: message.id,
    address: message.from,
    displayName: contact?.profile?.name || undefined,
    externalId: `${phoneNumberId}:${message.from}`,
    activity,
    attachments: body.attachments,
    channelState: compact({ phone_number_id: phoneNumberId, display_phone_number: value.metadata.display_phone_number }),
    sentAt,
  }) as InboundMessage;
}

/**
 * Map a Cloud API status callback to a {@link DeliveryStatusUpdate}.
 * `failed` carries `detail` = `"{errors[0].code} {errors[0].title}"`, e.g. `131047 Re-engagement message`;
 * `biz_opaque_callback_data` (echoed from our send) becomes `sendRef`, `recipient_id` `recipient`,
 * and `phoneNumberId` (the webhook's `metadata.phone_number_id`) `account`.
 * @returns null for statuses this service does not track (e.g. `deleted`, `warning`)
 */
export function normaliseStatus(status: WebhookStatus, phoneNumberId?: string): DeliveryStatusUpdate | null {
  if (!STATUSES.has(status.status as DeliveryStatusUpdate['status'])) return null;
  const error = status.errors?.[0];
  const detail =
    status.status === 'failed' && error ? [String(error.code), error.title ?? error.message].filter(Boolean).join(' ') : undefined;
  return compact({
    channel: 'whatsapp' as const,
    providerMessageId: status.id,
    status: status.status as DeliveryStatusUpdate['status'],
    detail,
    at: unixToDate(status.timestamp),
    sendRef: typeof status.biz_opaque_callback_data === 'string' ? status.biz_opaque_callback_data.slice(0, 512) : undefined,
    recipient: status.recipient_id,
    account: phoneNumberId,
  }) as DeliveryStatusUpdate;
}
