/**
 * WhatsApp Cloud API channel: webhook (verify, normalise, hand to the intake) and sender.
 * The composition root mounts {@link createWhatsAppRouter} at `/api/whatsapp` before any global
 * body parser and registers {@link createWhatsAppSender} as the `whatsapp` ChannelSender.
 */
export { createWhatsAppRouter, verifySignature, DEFAULT_MAX_BODY_BYTES } from './webhook.js';
export type { WhatsAppRouterDeps, WebhookErrorCode } from './webhook.js';
export {
  createWhatsAppSender,
  isRetryable,
  GraphApiError,
  PermanentGraphApiError,
  SERVICE_WINDOW_MS,
} from './sender.js';
export type { WhatsAppSender, WhatsAppSenderDeps, WhatsAppSendResult, GraphErrorInfo } from './sender.js';
export { normaliseMessage, normaliseStatus, LOCATION_CONTENT_TYPE, UNSUPPORTED_CONTENT_TYPE } from './normalise.js';
