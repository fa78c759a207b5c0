import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { InboundMessage, IntakeReceipt, IntakeSink } from '../../channels/contract.js';
import { createEmailIntake, type EmailIntakeDeps } from '../../channels/email/intake.js';
import { createLogger } from '../../src/logger.js';

export const INTAKE_ADDRESS = 'meldpunt@gemeente.example';
export const RESIDENT = 'inwoner.test@example.org';

/**
 * Test double at the contract boundary: records every message it is given, answers like the
 * real intake (duplicate on a repeated provider id) and can be told to fail the next N calls.
 */
export class RecordingIntake implements IntakeSink {
  readonly received: InboundMessage[] = [];
  private readonly seen = new Set<string>();
  private failures = 0;
  private delayMs = 0;

  failNext(count: number): void {
    this.failures = count;
  }

  /** Make every call take this long before it answers. */
  delay(ms: number): void {
    this.delayMs = ms;
  }

  async receive(msg: InboundMessage): Promise<IntakeReceipt> {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failures > 0) {
      this.failures--;
      throw new Error(`storage down (test) for ${msg.address}`);
    }
    const duplicate = this.seen.has(msg.providerMessageId);
    this.seen.add(msg.providerMessageId);
    if (!duplicate) this.received.push(msg);
    return { messageId: randomUUID(), conversationId: 'conv-1', seq: this.received.length, duplicate };
  }

  /** The only recorded message; throws when there is not exactly one. */
  only(): InboundMessage {
    if (this.received.length !== 1) {
      throw new Error(`expected 1 message, got ${this.received.length}`);
    }
    return this.received[0]!;
  }
}

/** Collects log lines as text, to assert what never appears in them. */
export function captureLogs(): { logger: ReturnType<typeof createLogger>; text(): string } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger('debug', sink), text: () => lines.join('') };
}

/** Starts an intake on a free loopback port with a recording sink. Call `stop()` after. */
export async function startTestIntake(overrides: Partial<EmailIntakeDeps> = {}) {
  const intake = new RecordingIntake();
  const server = createEmailIntake({
    intakeAddress: INTAKE_ADDRESS,
    maxBytes: 1024 * 1024,
    intake,
    logger: createLogger('silent'),
    host: '127.0.0.1',
    port: 0,
    ownAddresses: ['antwoord@gemeente.example'],
    ...overrides,
  });
  const { port } = await server.start();
  return { intake, port, stop: () => server.stop() };
}

/** Builds a raw RFC 5322 message from header lines and a body (CRLF line ends). */
export function rawMessage(headers: string[], body: Buffer | string): Buffer {
  const head = Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'ascii');
  const b = typeof body === 'string' ? Buffer.from(body.replace(/\r?\n/g, '\r\n'), 'ascii') : body;
  return Buffer.concat([head, b, Buffer.from('\r\n', 'ascii')]);
}

/** Resolves with what `p` rejected with; fails the test when `p` resolved. */
export async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}
