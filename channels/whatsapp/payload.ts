import { z } from 'zod';

/**
 * zod schemas for the WhatsApp Cloud API webhook (`POST /webhook`).
 *
 * Source: Meta, "messages webhook reference"
 * (developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages)
 * and /work/shared/reference/channels.md §1.
 *
 * Every object is loose: Meta adds fields over time, and unknown fields must not turn a
 * delivery into a 400 (Meta would retry it for 7 days and then drop it). Only the fields this
 * channel reads are checked.
 */

/** Unix seconds as a decimal string, e.g. `"1749416383"`. */
const unixSeconds = z.string().regex(/^\d{1,12}$/, 'expected Unix seconds as a string of digits');

/** An error object as Meta puts it in `errors[]` (top-level, per message, per status). */
export const graphWebhookErrorSchema = z.looseObject({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});
export type WebhookError = z.infer<typeof graphWebhookErrorSchema>;

/** `image` / `video` / `sticker` / `document` / `audio` sub-object. */
const mediaSchema = z.looseObject({
  id: z.string().min(1),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
  voice: z.boolean().optional(),
  animated: z.boolean().optional(),
});
export type WhatsAppMedia = z.infer<typeof mediaSchema>;

const locationSchema = z.looseObject({
  latitude: z.number(),
  longitude: z.number(),
  name: z.string().optional(),
  address: z.string().optional(),
  url: z.string().optional(),
});
export type WhatsAppLocation = z.infer<typeof locationSchema>;

const replySchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
});

const interactiveSchema = z.looseObject({
  type: z.string().min(1),
  button_reply: replySchema.optional(),
  list_reply: replySchema.optional(),
});
export type WhatsAppInteractive = z.infer<typeof interactiveSchema>;

const buttonSchema = z.looseObject({ text: z.string(), payload: z.string().optional() });
const reactionSchema = z.looseObject({ message_id: z.string().min(1), emoji: z.string().optional() });

/**
 * Message types whose sub-object this channel reads. A message of one of these types must carry
 * its sub-object (same name as the type); any other type is accepted as is and stored as
 * "unsupported" so nothing is dropped.
 */
const READ_TYPES = new Set(['text', 'image', 'video', 'sticker', 'document', 'audio', 'location', 'interactive', 'button', 'reaction']);

/** One inbound message (`value.messages[]`); the type-specific sub-object is read by `type`. */
export const webhookMessageSchema = z
  .looseObject({
    id: z.string().min(1),
    from: z.string().min(1),
    timestamp: unixSeconds,
    type: z.string().min(1),
    context: z.looseObject({ id: z.string().optional(), from: z.string().optional() }).optional(),
    text: z.looseObject({ body: z.string() }).optional(),
    image: mediaSchema.optional(),
    video: mediaSchema.optional(),
    sticker: mediaSchema.optional(),
    document: mediaSchema.optional(),
    audio: mediaSchema.optional(),
    location: locationSchema.optional(),
    interactive: interactiveSchema.optional(),
    button: buttonSchema.optional(),
    reaction: reactionSchema.optional(),
    errors: z.array(graphWebhookErrorSchema).optional(),
  })
  .superRefine((m, ctx) => {
    if (READ_TYPES.has(m.type) && (m as Record<string, unknown>)[m.type] === undefined) {
      ctx.addIssue({ code: 'custom', path: [m.type], message: `a message of type "${m.type}" needs a "${m.type}" object` });
    }
  });
export type WebhookMessage = z.infer<typeof webhookMessageSchema>;

/** One status callback (`value.statuses[]`) for a message we sent. */
export const webhookStatusSchema = z.looseObject({
  id: z.string().min(1),
  /** `sent` | `delivered` | `read` | `failed`; other values (e.g. `deleted`) are ignored. */
  status: z.string().min(1),
  timestamp: unixSeconds,
  recipient_id: z.string().optional(),
  errors: z.array(graphWebhookErrorSchema).optional(),
  /** Echo of the `biz_opaque_callback_data` we sent with the message (≤ 512 characters). */
  biz_opaque_callback_data: z.string().optional().catch(undefined),
});
export type WebhookStatus = z.infer<typeof webhookStatusSchema>;

/** `entry[].changes[].value` of a change with `field: "messages"`. */
export const messagesValueSchema = z.looseObject({
  messaging_product: z.string().optional(),
  metadata: z.looseObject({
    phone_number_id: z.string().min(1),
    display_phone_number: z.string().optional(),
  }),
  contacts: z
    .array(
      z.looseObject({
        wa_id: z.string().min(1),
        profile: z.looseObject({ name: z.string().optional() }).optional(),
      }),
    )
    .optional(),
  messages: z.array(webhookMessageSchema).optional(),
  statuses: z.array(webhookStatusSchema).optional(),
  errors: z.array(graphWebhookErrorSchema).optional(),
});
export type MessagesValue = z.infer<typeof messagesValueSchema>;

/**
 * The envelope. `value` is left unknown here: changes of other fields (e.g.
 * `account_update`) have other shapes and are ignored, so only `field: "messages"` values are
 * validated, with {@link messagesValueSchema}.
 */
export const webhookEnvelopeSchema = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      id: z.string().optional(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })),
    }),
  ),
});

/** The `object` value of WhatsApp Business Account webhooks. */
export const WABA_OBJECT = 'whatsapp_business_account';
