import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import type {
  DeliveryStatusUpdate,
  InboundMessage,
  IntakeReceipt,
  IntakeSink,
  StatusSink,
} from '../../channels/contract.js';
import { createWhatsAppRouter } from '../../channels/whatsapp/webhook.js';
import { createLogger, type Logger } from '../../src/logger.js';

export const APP_SECRET = 'test-app-secret-0123456789';
export const VERIFY_TOKEN = 'test-verify-token';

/** Collects pino JSON lines so tests can assert what is (not) logged. */
export function captureLogger(): { logger: Logger; lines: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger('debug', stream), lines: () => chunks.join('') };
}

/** IntakeSink test double at the contract boundary: records messages, can fail or wait. */
export class RecordingIntake implements IntakeSink {
  readonly received: InboundMessage[] = [];
  /** Throw for messages matching this predicate. */
  failWhen: (msg: InboundMessage) => boolean = () => false;
  /** Awaited before each message resolves (to hold the webhook open). */
  gate: Promise<void> = Promise.resolve();

  async receive(msg: InboundMessage): Promise<IntakeReceipt> {
    await this.gate;
    if (this.failWhen(msg)) throw new Error('database unavailable');
    this.received.push(msg);
    return { messageId: `m${this.received.length}`, conversationId: 'c1', seq: this.received.length, duplicate: false };
  }
}

export class RecordingStatuses implements StatusSink {
  readonly updates: DeliveryStatusUpdate[] = [];
  fail = false;
  async updateStatus(update: DeliveryStatusUpdate): Promise<void> {
    if (this.fail) throw new Error('database unavailable');
    this.updates.push(update);
  }
}

export interface WebhookHarness {
  base: string;
  url: string;
  intake: RecordingIntake;
  statuses: RecordingStatuses;
  logs: () => string;
  close: () => Promise<void>;
}

/** Express app with the router at /api/whatsapp on 127.0.0.1:0. */
export async function startWebhook(opts: { maxBodyBytes?: number } = {}): Promise<WebhookHarness> {
  const intake = new RecordingIntake();
  const statuses = new RecordingStatuses();
  const { logger, lines } = captureLogger();
  const app = express();
  app.use(
    '/api/whatsapp',
    createWhatsAppRouter({ verifyToken: VERIFY_TOKEN, appSecret: APP_SECRET, intake, statuses, logger, maxBodyBytes: opts.maxBodyBytes }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: `${base}/api/whatsapp/webhook`,
    intake,
    statuses,
    logs: lines,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
