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
  /**
   * Behave like an MTA with the DSN extension (RFC 3461/3464): after accepting a mail whose
   * recipient asked `NOTIFY=SUCCESS`, deliver a `multipart/report` "relayed" notification (with
   * the `ENVID` and, for `RET=HDRS`, the original headers) to the envelope sender at 127.0.0.1:
   * `port`, retrying while that server is down. `null` stops it.
   */
  sendDsnTo(port: number | null): void;
  /** DSNs not yet accepted by their destination. */
  dsnPending(): number;
  /** Accept (record) the next `n` mails but answer the final 250 only after `ms`. */
  answerSlowly(n: number, ms: number): void;
  /** Stop the server; open connections are closed. */
  close(): Promise<void>;
}

/** What {@link deliveryReport} writes into an RFC 3464 report. */
export interface DeliveryReportFields {
  /** Where the report goes (the envelope sender of the original mail). */
  to: string;
  subject: string;
  /** Message-ID of the report, without `<>`. */
  messageId: string;
  /** Human-readable first part. */
  text: string;
  /** `Original-Envelope-Id` (the ENVID of the original MAIL FROM), if any. */
  envid?: string;
  finalRecipient: string;
  /** `relayed`, `delivered`, `failed`, `delayed` … */
  action: string;
  /** Enhanced status code, e.g. `2.0.0`, `5.1.1`. */
  status: string;
  diagnostic?: string;
  /** The original mail's header block, for `RET=HDRS`. */
  originalHeaders?: string;
  autoSubmitted?: boolean;
}

/** A delivery status notification (RFC 3464 `multipart/report`) as an MTA writes it. */
export function deliveryReport(f: DeliveryReportFields): string {
  const boundary = `dsn-${f.messageId.replace(/[^a-z0-9]/gi, '')}`;
  return [
    'From: Mail Delivery System <MAILER-DAEMON@relay.test>',
    `To: <${f.to}>`,
    `Subject: ${f.subject}`,
    `Message-ID: <${f.messageId}>`,
    ...(f.autoSubmitted ? ['Auto-Submitted: auto-replied'] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    f.text,
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.test',
    ...(f.envid ? [`Original-Envelope-Id: ${f.envid}`] : []),
    '',
    `Final-Recipient: rfc822; ${f.finalRecipient}`,
    `Action: ${f.action}`,
    `Status: ${f.status}`,
    ...(f.diagnostic ? [`Diagnostic-Code: ${f.diagnostic}`] : []),
    '',
    ...(f.originalHeaders !== undefined ? [`--${boundary}`, 'Content-Type: text/rfc822-headers', '', f.originalHeaders, ''] : []),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** RFC 3464 report for one accepted mail (the relay "relayed" it: final systems give no DSN). */
function dsnReport(mail: RelayedMail): string | null {
  const rcpt = mail.envelope.rcptTo.find((r) => (r as { dsn?: { notify?: string[] } }).dsn?.notify?.includes('SUCCESS'));
  const to = mail.envelope.mailFrom ? mail.envelope.mailFrom.address : '';
  if (!rcpt || !to) return null;
  const dsn = (mail.envelope as { dsn?: { envid?: string; ret?: string } }).dsn ?? {};
  const headerEnd = mail.raw.indexOf('\r\n\r\n');
  return deliveryReport({
    to,
    subject: 'Successful Mail Delivery Report',
    messageId: `dsn-${Math.random().toString(36).slice(2)}@relay.test`,
    autoSubmitted: true,
    text: 'Your message was relayed to the next mail server.',
    envid: dsn.envid,
    finalRecipient: rcpt.address,
    action: 'relayed',
    status: '2.0.0',
    originalHeaders: dsn.ret === 'HDRS' ? (headerEnd > 0 ? mail.raw.subarray(0, headerEnd) : mail.raw).toString('utf8') : undefined,
  });
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
  let dsnPort: number | null = null;
  let dsnPending = 0;
  let closed = false;
  const slow: number[] = [];

  /** Deliver a DSN to our intake until it answers 250 (an MTA queues and retries). */
  const deliverDsn = async (mail: RelayedMail, port: number): Promise<void> => {
    const report = dsnReport(mail);
    if (!report) return;
    dsnPending += 1;
    try {
      for (let delay = 100; !closed; delay = Math.min(delay * 2, 2000)) {
        try {
          await sendMail(port, { from: '', to: mail.envelope.mailFrom ? mail.envelope.mailFrom.address : '', envelope: { from: '', to: mail.envelope.mailFrom ? mail.envelope.mailFrom.address : '' }, raw: report });
          return;
        } catch {
          // intake down or 451: try again
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    } finally {
      dsnPending -= 1;
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideDSN: false,
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
            const mail = { envelope: structuredClone(session.envelope), parsed, raw };
            received.push(mail);
            for (const wake of waiters) wake();
            if (dsnPort !== null) void deliverDsn(mail, dsnPort);
            const hold = slow.shift();
            if (hold) setTimeout(() => callback(), hold);
            else callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });

  // A client that dies mid-session (the chaos test SIGKILLs the service while it relays mail)
  // resets its connection: smtp-server emits that as an 'error', which without a listener ends
  // the test process ("read ECONNRESET"). A relay shrugs it off, as the service's intake does.
  server.on('error', () => undefined);
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
    sendDsnTo(port) {
      dsnPort = port;
    },
    dsnPending: () => dsnPending,
    answerSlowly(n, ms) {
      for (let i = 0; i < n; i++) slow.push(ms);
    },
    close() {
      closed = true;
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
