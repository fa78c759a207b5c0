/**
 * Real SMTP on the loopback interface for tests — no mocks of the protocol:
 *
 * - {@link startSmtpRelay} is a stand-in for the municipality's outbound relay: point the e-mail
 *   sender (`createEmailSender({ relay: { host: '127.0.0.1', port: relay.port, secure: false } })`)
 *   at it and assert on what it received, fully parsed by mailparser.
 * - {@link sendMail} delivers a test mail to OUR intake (`createEmailIntake`), as a resident's
 *   mail server would.
 *
 * Use invented data only (`inwoner.test@example.org`, `meldpunt@gemeente.example`).
 *
 * @example
 * const relay = await startSmtpRelay();
 * try {
 *   await sender.send(target, message);
 *   const [mail] = await relay.waitFor((m) => m.parsed.subject === 'Re: Mijn pgb');
 *   expect(mail.parsed.inReplyTo).to.equal('<a@example.org>');
 * } finally {
 *   await relay.close();
 * }
 */
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerEnvelope, type SMTPServerError } from 'smtp-server';

/** One message the relay accepted. */
export interface RelayedMail {
  /** SMTP envelope: `mailFrom.address` (`''` for `<>`) and `rcptTo[].address`. */
  envelope: SMTPServerEnvelope;
  /** The message parsed by mailparser (headers Map, subject, text, html, messageId, …). */
  parsed: ParsedMail;
  /** The bytes exactly as received. */
  raw: Buffer;
}

/** A running test relay. */
export interface SmtpRelay {
  /** The bound port on 127.0.0.1. */
  readonly port: number;
  /** Every accepted message, oldest first. Rejected messages are not recorded. */
  readonly received: RelayedMail[];
  /**
   * Reject the next `count` messages at end of DATA with `code` (e.g. 550 permanent, 451
   * temporary). Each rejected message uses up one of `count`.
   */
  rejectNext(count: number, code: number, message?: string): void;
  /**
   * Resolve with all received messages that match `predicate` as soon as at least one does
   * (messages already received count).
   * @param timeoutMs default 5000
   * @throws Error after `timeoutMs` without a match
   */
  waitFor(predicate?: (mail: RelayedMail) => boolean, timeoutMs?: number): Promise<RelayedMail[]>;
  /** Stop the server; open connections are closed. */
  close(): Promise<void>;
}

/**
 * Start a real SMTP server on 127.0.0.1 with a free port: no AUTH, no TLS, accepts every
 * recipient, parses every message with mailparser and records it.
 */
export async function startSmtpRelay(): Promise<SmtpRelay> {
  const received: RelayedMail[] = [];
  const waiters = new Set<() => void>();
  let rejectCount = 0;
  let rejectCode = 550;
  let rejectMessage = 'Rejected by test relay';

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.once('end', () => {
        if (rejectCount > 0) {
          rejectCount--;
          const err: SMTPServerError = new Error(rejectMessage);
          err.responseCode = rejectCode;
          return callback(err);
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            received.push({ envelope: structuredClone(session.envelope), parsed, raw });
            for (const wake of waiters) wake();
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    received,
    rejectNext(count, code, message) {
      rejectCount = count;
      rejectCode = code;
      if (message) rejectMessage = message;
    },
    waitFor(predicate = () => true, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const hits = received.filter(predicate);
          if (hits.length === 0) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(hits);
          return true;
        };
        const wake = (): void => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`smtp-relay: no matching mail within ${timeoutMs} ms (${received.length} received)`));
        }, timeoutMs);
        if (!check()) waiters.add(wake);
      });
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A test mail for {@link sendMail}. Addresses and content should be invented. */
export interface TestMail {
  /** Header From, e.g. `'Inwoner Test <inwoner.test@example.org>'`; also the envelope sender unless `envelope` says otherwise. */
  from: string;
  to: string | string[];
  subject?: string;
  text?: string;
  html?: string;
  /** Extra headers, e.g. `{ 'Auto-Submitted': 'auto-replied' }`. */
  headers?: Record<string, string>;
  attachments?: Array<{ filename: string; content: Buffer | string; contentType?: string }>;
  /** Message-ID with angle brackets; nodemailer generates one when unset. */
  messageId?: string;
  inReplyTo?: string;
  /** One id, or several (sent space-separated). */
  references?: string | string[];
  /** SMTP envelope override; `from: ''` sends the null sender `MAIL FROM:<>`. */
  envelope?: { from: string; to: string | string[] };
  /**
   * Send these bytes as the whole message instead of composing one (for charset tests:
   * windows-1252, ISO-8859-1, quoted-printable). Then `envelope` is derived from from/to.
   */
  raw?: Buffer | string;
}

/**
 * Deliver `mail` over SMTP to 127.0.0.1:`port` (usually our intake) with nodemailer, on a new
 * connection without TLS.
 * @returns nodemailer's info: `messageId`, `accepted`, `rejected`, `response` (e.g. `250 …`)
 * @throws nodemailer's error when the server refuses; its `responseCode` is the SMTP code
 *   (550 unknown recipient, 552 too large, 451 try again later)
 */
export async function sendMail(
  port: number,
  mail: TestMail,
): Promise<{ messageId: string; accepted: unknown[]; rejected: unknown[]; response: string }> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 10000,
  });
  try {
    const envelope = mail.envelope ?? { from: bareAddress(mail.from), to: mail.to };
    const info = await transport.sendMail(
      mail.raw !== undefined
        ? { envelope, raw: mail.raw }
        : {
            from: mail.from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            headers: mail.headers,
            attachments: mail.attachments,
            messageId: mail.messageId,
            inReplyTo: mail.inReplyTo,
            references: mail.references,
            envelope,
          },
    );
    return info as { messageId: string; accepted: unknown[]; rejected: unknown[]; response: string };
  } finally {
    transport.close();
  }
}

/** `'Name <a@b>'` → `'a@b'`. */
function bareAddress(from: string): string {
  return /<([^>]*)>/.exec(from)?.[1] ?? from;
}
