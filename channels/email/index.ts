/**
 * The e-mail channel: an SMTP intake ({@link createEmailIntake}) and a threaded reply sender
 * ({@link createEmailSender}). See each module's docs; DESIGN §5 and reference channels.md §4.
 */
export { createEmailIntake, MAX_RECIPIENTS, type EmailIntake, type EmailIntakeDeps } from './intake.js';
export { createEmailSender, type EmailRelayConfig, type EmailSenderDeps } from './sender.js';
export { AUTO_REPLY_EVENT, type EmailChannelData } from './normalise.js';
export type { AutoReplyReason } from './auto-reply.js';
