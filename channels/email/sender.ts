import nodemailer from 'nodemailer';
import {
  formatSendRef,
  PermanentDeliveryError,
  type ChannelSender,
  type DeliveryTarget,
  type OutboundMessage,
} from '../contract.js';
import type { Logger } from '../../src/logger.js';
import { composeEmailBody, replySubject } from './compose.js';

/** Outbound SMTP relay (`EMAIL_RELAY_*`). */
export interface EmailRelayConfig {
  host: string;
  port: number;
  /** true for implicit TLS (port 465); false uses STARTTLS when the relay offers it. */
  secure: boolean;
  user?: string;
  pass?: string;
}

/** What the e-mail sender needs. */
export interface EmailSenderDeps {
  relay: EmailRelayConfig;
  /** From address; residents' replies go here, so it should be the intake address. */
  fromAddress: string;
  /** From display name (`EMAIL_FROM_NAME`), e.g. "Meldpunt sociaal domein". */
  fromName: string;
  /** Domain of our Message-IDs; default: the domain of `fromAddress`. */
  domain?: string;
  /** Reply-To when `fromAddress` is not where replies should go (e.g. a no-reply sender). */
  replyTo?: string;
  logger: Logger;
  /** Socket timeouts in ms; defaults 10 000 (connect, greeting) and 30 000 (socket). */
  timeouts?: { connectionMs?: number; greetingMs?: number; socketMs?: number };
  /**
   * Ask the relay for delivery status notifications (RFC 3461 DSN: `ENVID` = our send reference,
   * `NOTIFY=SUCCESS,FAILURE`, `RET=HDRS`) and rely on them to settle sends whose outcome is
   * unknown (`EMAIL_RELAY_DSN`). nodemailer only adds the parameters when the relay offers DSN.
   */
  dsn?: boolean;
}

/**
 * The e-mail channel's outbound side: sends a reply through the relay with nodemailer, threaded
 * into the resident's mail client (reference channels.md §4 "Threading", RFC 5322 §3.6.4).
 *
 * - `In-Reply-To` is the resident's last Message-ID (`target.channelState.messageId`),
 *   `References` is `target.channelState.references` (which already ends with that id), the
 *   subject is `Re: <subject>` without stacking prefixes.
 * - Our Message-ID is `<out-{message.id}@{domain}>`, deterministic so a retried send keeps its
 *   id; it is returned as `providerMessageId` in mailparser's `<…>` form, so a resident's reply
 *   (In-Reply-To) can be matched to it.
 * - Bot and system messages carry `Auto-Submitted: auto-replied` / `auto-generated`
 *   (RFC 3834 §5) and `X-Auto-Response-Suppress: All` (Exchange), so out-of-office robots do not
 *   answer them; agent messages are personal mail and carry neither.
 *
 * @throws PermanentDeliveryError (code = SMTP reply code, or nodemailer's `EENVELOPE` /
 *   `EMESSAGE`) when the relay refuses with 5xx or the message cannot be sent as it is
 * @throws Error (retryable) on connection errors, timeouts and 4xx replies
 */
export function createEmailSender(deps: EmailSenderDeps): ChannelSender & { close(): void } {
  const log = deps.logger.child({ channel: 'email', component: 'smtp-sender' });
  const domain = deps.domain ?? deps.fromAddress.split('@')[1] ?? 'localhost';
  const transport = nodemailer.createTransport({
    host: deps.relay.host,
    port: deps.relay.port,
    secure: deps.relay.secure,
    ...(deps.relay.user ? { auth: { user: deps.relay.user, pass: deps.relay.pass ?? '' } } : {}),
    connectionTimeout: deps.timeouts?.connectionMs ?? 10_000,
    greetingTimeout: deps.timeouts?.greetingMs ?? 10_000,
    socketTimeout: deps.timeouts?.socketMs ?? 30_000,
  });

  return {
    channel: 'email',
    confirmsByStatus: Boolean(deps.dsn),

    async send(target: DeliveryTarget, message: OutboundMessage) {
      if (!/^[^\s@<>]+@[^\s@<>]+$/.test(target.address)) {
        throw new PermanentDeliveryError('No valid e-mail address for this conversation', 'EENVELOPE');
      }
      const state = target.channelState;
      const parentId = typeof state.messageId === 'string' ? state.messageId : undefined;
      const references = Array.isArray(state.references)
        ? state.references.filter((r): r is string => typeof r === 'string' && r.length > 0)
        : parentId
          ? [parentId]
          : [];
      const messageId = replyMessageId(message.id, domain);
      const automatic = message.senderRole !== 'agent';
      const body = composeEmailBody(message, deps.fromName);
      const fromName =
        message.senderRole === 'agent' && message.senderName
          ? `${message.senderName} (${deps.fromName})`
          : deps.fromName;

      try {
        const info = await transport.sendMail({
          from: { name: fromName, address: deps.fromAddress },
          to: target.address,
          ...(deps.replyTo ? { replyTo: deps.replyTo } : {}),
          subject: replySubject(state.subject),
          messageId,
          ...(parentId ? { inReplyTo: parentId } : {}),
          ...(references.length > 0 ? { references } : {}),
          date: message.createdAt,
          headers: automatic
            ? {
                'Auto-Submitted': message.senderRole === 'bot' ? 'auto-replied' : 'auto-generated',
                'X-Auto-Response-Suppress': 'All',
              }
            : {},
          text: body.text,
          html: body.html,
          ...(deps.dsn
            ? { dsn: { id: formatSendRef({ messageId: message.id, part: 0, parts: 1 }), return: 'headers' as const, notify: ['success', 'failure'] as Array<'success' | 'failure'>, recipient: target.address } }
            : {}),
        });
        const providerMessageId = normaliseMessageId(info.messageId || messageId);
        log.info(
          { conversationId: target.conversationId, messageId: message.id, role: message.senderRole },
          'e-mail sent',
        );
        return { providerMessageId };
      } catch (err) {
        throw classifySendError(err, log, target.conversationId, message.id);
      }
    },

    close() {
      transport.close();
    },
  };
}

/**
 * Maps a nodemailer error to the contract: 5xx and unsendable messages are permanent, the rest
 * is retried; a failure without an SMTP answer after connecting is marked `outcomeUnknown` (the
 * relay may have accepted the message). Messages name codes only: relay replies often quote the
 * recipient's address.
 */
function classifySendError(
  err: unknown,
  log: Logger,
  conversationId: string,
  messageId: string,
): Error {
  const e = (err ?? {}) as { responseCode?: number; code?: string; response?: string; originalCode?: string; command?: string };
  const code = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const enhanced = typeof e.response === 'string' ? /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(e.response)?.[1] : undefined;
  const detail = [code, enhanced].filter(Boolean).join(' ');
  const permanent =
    (code !== undefined && code >= 500 && code < 600) ||
    (code === undefined && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE'));
  log.warn(
    { conversationId, messageId, smtpCode: code, errCode: e.code, permanent },
    'e-mail not sent',
  );
  if (permanent) {
    return new PermanentDeliveryError(
      `E-mail relay refused the message${detail ? ` (${detail})` : ` (${e.code})`}`,
      code !== undefined ? String(code) : e.code,
    );
  }
  // No answer to the end of the message (timeout, connection lost): the relay may have taken it.
  const setupTimeout = ['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT'].includes(String((err as { timeoutType?: unknown } | null)?.timeoutType));
  const neverSent =
    code !== undefined || setupTimeout || e.originalCode === 'ECONNREFUSED' || e.code === 'EAUTH' || e.code === 'ETLS' ||
    e.command === 'MAIL FROM' || e.command === 'RCPT TO' || e.command === 'EHLO' || e.command === 'HELO';
  return Object.assign(new Error(`E-mail relay temporarily unavailable (${detail || e.code || 'unknown error'})`), { outcomeUnknown: !neverSent });
}

/** The Message-ID of our reply with outbound message id `id`: `<out-{id}@{domain}>` (deterministic). */
export function replyMessageId(id: string, domain: string): string {
  return `<out-${id}@${domain}>`;
}

/** Whether `messageId` (with `<>`) is one of ours ({@link replyMessageId}). */
export function isReplyMessageId(messageId: string | undefined): boolean {
  return Boolean(messageId && /^<out-[0-9a-f-]{36}@[^>]+>$/i.test(messageId));
}

/** `id@host` → `<id@host>`, as mailparser reports Message-IDs. */
function normaliseMessageId(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '');
  return `<${bare}>`;
}
