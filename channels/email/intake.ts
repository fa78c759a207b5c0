import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  SMTPServer,
  type SMTPServerDataStream,
  type SMTPServerError,
  type SMTPServerSession,
} from 'smtp-server';
import { parseSendRef, type IntakeSink, type StatusSink } from '../contract.js';
import type { Logger } from '../../src/logger.js';
import { canonicalAddress } from './auto-reply.js';
import { decodeXtext, dsnStatusUpdates, parseDsn } from './dsn.js';
import { isReplyMessageId, replyMessageId } from './sender.js';
import { AUTO_REPLY_EVENT, parseRawEmail, toInboundMessage } from './normalise.js';

/** Most recipients accepted in one SMTP transaction; more get `452` (RFC 5321 §4.5.3.1.10). */
export const MAX_RECIPIENTS = 10;

/** What the SMTP intake needs. */
export interface EmailIntakeDeps {
  /** The address residents write to (`EMAIL_INTAKE_ADDRESS`); `local+tag@` variants are accepted too. */
  intakeAddress: string;
  /** Largest message accepted, in bytes (`EMAIL_MAX_BYTES`); larger ones get `552`. */
  maxBytes: number;
  /** Where normalised messages are stored; the mail is acknowledged only after it resolved. */
  intake: IntakeSink;
  logger: Logger;
  /** Interface to bind (`SMTP_HOST`). */
  host: string;
  /** Port to bind (`SMTP_PORT`); 0 picks a free one, see the result of `start()`. */
  port: number;
  /** Further addresses of our own (e.g. the reply From address): mail from them is a loop. */
  ownAddresses?: string[];
  /** Largest attachment kept inline as base64, in bytes; default 5 MB. */
  attachmentInlineMaxBytes?: number;
  /**
   * How long `intake.receive` may take before the sender is told `451` (ms; default 60 000).
   * Sending MTAs wait about 10 minutes for the reply to DATA (RFC 5321 §4.5.3.2.6); a store that
   * finishes after the timeout is harmless, the retry is then recognised as a duplicate.
   */
  receiveTimeoutMs?: number;
  /**
   * Loop guard, keyed by a hash of (sender, subject, text) of a mail a person seems to have
   * written: `seen` is true when the same hash was stored recently; such a repeat is stored as an
   * automatic mail (`repeated`), so a loop between two robots never becomes a reply storm.
   * `remember` is called once a mail is stored (a mail that got 451 is not remembered).
   */
  loopGuard?: { seen(hash: string): Promise<boolean>; remember(hash: string): Promise<void> };
  /**
   * Where delivery status notifications (RFC 3464) about our own replies go: such a mail
   * (`ENVID` = our send reference, or the returned `Message-ID` ours) becomes status updates
   * and is acknowledged without being stored as a message. Without it DSNs are stored as
   * automatic mail like other bounces.
   */
  statuses?: StatusSink;
  /** Domain of our reply Message-IDs (`<out-{id}@domain>`), to recognise our own mail in DSNs. */
  messageIdDomain?: string;
}

/** A running SMTP intake. */
export interface EmailIntake {
  /** Start listening. @returns the bound port (useful with port 0). @throws when the port is taken */
  start(): Promise<{ port: number }>;
  /** Stop accepting connections and wait for open ones to finish. */
  stop(): Promise<void>;
}

/**
 * The SMTP intake of the e-mail channel (DESIGN §5, reference channels.md §4).
 *
 * Protocol behaviour:
 * - No AUTH and no STARTTLS in this version: it is meant to sit behind the municipality's MTA
 *   (Postfix, Exchange), which terminates TLS, does spam and virus checks and relays to this
 *   port on a private network. Do not expose it to the internet directly.
 * - `RCPT TO` accepts only the intake address (case-insensitive, `meldpunt+tag@` allowed) and
 *   answers `550` for anything else, so we never accept mail we would have to bounce later
 *   (backscatter); at most {@link MAX_RECIPIENTS} recipients per message (`452` beyond).
 * - A message over `maxBytes` gets `552` and is not stored.
 * - Otherwise the raw bytes are parsed (mailparser, Buffer in), normalised
 *   ({@link toInboundMessage}) and handed to `intake.receive`; only when that resolved is `250`
 *   sent. When it throws, `451` asks the sending MTA to retry later; the Message-ID makes the
 *   retry idempotent. A message mailparser cannot read at all gets `554`.
 * - Automatic mail (RFC 3834 auto-replies, bounces, lists, our own mail) is accepted and STORED
 *   as an `event` activity named `email.autoReply`, not as a `message`: the record then shows
 *   that e.g. a resident's out-of-office or a bounce arrived (useful to an agent wondering why
 *   there is no answer), while the bot is never woken and so can never loop. Dialogs must
 *   ignore this event.
 *
 * Logs carry only a hash of the Message-ID, sizes, reasons and our own ids: never addresses,
 * subjects or text (DESIGN §6). smtp-server's own logging is off for the same reason.
 */
export function createEmailIntake(deps: EmailIntakeDeps): EmailIntake {
  const log = deps.logger.child({ channel: 'email', component: 'smtp-intake' });
  const intakeAddress = canonicalAddress(deps.intakeAddress);
  const ownAddresses = [deps.intakeAddress, ...(deps.ownAddresses ?? [])];

  const server = new SMTPServer({
    banner: 'aan-tafel e-mail intake',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: deps.maxBytes,
    maxRecipients: MAX_RECIPIENTS,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (canonicalAddress(address.address) === intakeAddress) return callback();
      callback(smtpError(550, '5.1.1 No such recipient here'));
    },
    onData(stream, session, callback) {
      readMessage(stream, deps.maxBytes)
        .then(async (raw) => {
          if (stream.sizeExceeded) {
            log.info({ bytes: raw.length, max: deps.maxBytes }, 'e-mail refused: too large');
            throw smtpError(552, '5.3.4 Message too big');
          }
          await handle(raw, session);
        })
        .then(
          () => callback(),
          (err: SMTPServerError) => callback(err),
        );
    },
  });

  server.on('error', (err) => log.error({ err: { message: err.message } }, 'smtp server error'));

  /**
   * A DSN about one of our replies → status updates. @returns true when it was one (handled)
   * @throws SMTPServerError 451 when the statuses could not be recorded (the relay retries)
   */
  async function handleDsn(raw: Buffer, session: SMTPServerSession): Promise<boolean> {
    // DSNs come with the null reverse-path (RFC 3461 §6.2, RFC 5321 §4.5.5); anything else,
    // e.g. a resident forwarding a bounce, is a person's mail and goes the normal way.
    if (!deps.statuses || (session.envelope.mailFrom && session.envelope.mailFrom.address !== '')) return false;
    let report;
    try {
      report = await parseDsn(raw);
    } catch {
      return false; // not a readable report: the normal path stores it as automatic mail
    }
    if (!report) return false;
    const ref = parseSendRef(report.envelopeId ? decodeXtext(report.envelopeId) : undefined);
    const providerMessageId = isReplyMessageId(report.originalMessageId)
      ? report.originalMessageId!
      : ref && deps.messageIdDomain
        ? replyMessageId(ref.messageId, deps.messageIdDomain)
        : undefined;
    if (!providerMessageId) return false;
    const updates = dsnStatusUpdates(report, providerMessageId, new Date());
    try {
      for (const u of updates) await withTimeout(deps.statuses.updateStatus(u), deps.receiveTimeoutMs ?? 60_000);
    } catch (err) {
      log.error({ msgIdHash: hashId(providerMessageId), err: errKind(err) }, 'delivery status not recorded, asked relay to retry');
      throw smtpError(451, '4.3.0 Temporary failure, please try again later');
    }
    log.info({ msgIdHash: hashId(providerMessageId), actions: updates.map((u) => u.status), bytes: raw.length }, 'delivery status notification');
    return true;
  }

  async function handle(raw: Buffer, session: SMTPServerSession): Promise<void> {
    if (await handleDsn(raw, session)) return;
    let parsed;
    try {
      parsed = await parseRawEmail(raw);
    } catch (err) {
      log.warn({ bytes: raw.length, err: errKind(err) }, 'e-mail refused: unreadable');
      throw smtpError(554, '5.6.0 Message could not be parsed');
    }
    const msg = toInboundMessage(parsed, raw, {
      envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
      ownAddresses,
      ...(deps.attachmentInlineMaxBytes !== undefined
        ? { attachmentInlineMaxBytes: deps.attachmentInlineMaxBytes }
        : {}),
    });
    const idHash = hashId(msg.providerMessageId);
    let loopHash: string | undefined;
    if (msg.activity.type === 'message' && deps.loopGuard) {
      const cd = msg.activity.channelData as { subject?: string; fullText?: string };
      const hash = createHash('sha256')
        .update(`${canonicalAddress(msg.address)}\n${(cd.subject ?? '').trim().toLowerCase()}\n${(cd.fullText ?? '').replace(/\s+/g, ' ').trim()}`)
        .digest('hex');
      loopHash = hash;
      let repeated = false;
      try {
        repeated = await withTimeout(deps.loopGuard.seen(hash), 2000);
      } catch {
        repeated = false; // the guard is best effort: a person's mail is never refused for it
      }
      if (repeated) {
        const { text: _text, attachments: _a, ...rest } = msg.activity;
        msg.activity = { ...rest, type: 'event', name: AUTO_REPLY_EVENT, value: { reason: 'repeated' }, channelData: { ...(rest.channelData as object), autoReply: 'repeated' } };
      }
    }
    const autoReply = msg.activity.type === 'event' ? (msg.activity.value as { reason: string }).reason : undefined;
    try {
      const receipt = await withTimeout(deps.intake.receive(msg), deps.receiveTimeoutMs ?? 60_000);
      if (loopHash && !receipt.duplicate) await withTimeout(deps.loopGuard!.remember(loopHash), 2000).catch(() => undefined);
      log.info(
        {
          msgIdHash: idHash,
          bytes: raw.length,
          attachments: msg.attachments?.length ?? 0,
          autoReply,
          messageId: receipt.messageId,
          conversationId: receipt.conversationId,
          duplicate: receipt.duplicate,
        },
        'e-mail received',
      );
    } catch (err) {
      // Only the error's name/code: storage errors can quote the values they failed on.
      log.error({ msgIdHash: idHash, err: errKind(err) }, 'e-mail not stored, asked sender to retry');
      throw smtpError(451, '4.3.0 Temporary failure, please try again later');
    }
  }

  return {
    start() {
      return new Promise((resolve, reject) => {
        const onError = (err: Error) => reject(err);
        server.server.once('error', onError);
        server.listen(deps.port, deps.host, () => {
          server.server.off('error', onError);
          const { port } = server.server.address() as AddressInfo;
          log.info({ port }, 'smtp intake listening');
          resolve({ port });
        });
      });
    },
    stop() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Reads the DATA stream into one Buffer. Bytes past `maxBytes` are drained but not kept, so an
 * oversized message cannot exhaust memory; the caller checks `stream.sizeExceeded`.
 */
function readMessage(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let overflow = false;
    stream.on('data', (chunk: Buffer) => {
      overflow ||= kept + chunk.length > maxBytes;
      if (!overflow) {
        chunks.push(chunk);
        kept += chunk.length;
      }
    });
    stream.once('end', () => resolve(Buffer.concat(chunks, kept)));
    stream.once('error', (err) => reject(smtpError(451, `4.3.0 ${err.message}`)));
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`intake did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function smtpError(code: number, message: string): SMTPServerError {
  const err: SMTPServerError = new Error(message);
  err.responseCode = code;
  return err;
}

/** Short, non-reversible reference to a Message-ID for logs. */
function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}

/** Name and code of an error, without its message (which may quote personal data). */
function errKind(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const code = (err as { code?: unknown }).code;
  return code === undefined ? err.name : `${err.name}:${String(code)}`;
}
