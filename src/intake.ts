import type Bull from 'bull';
import type { InboundMessage, IntakeReceipt, IntakeSink } from '../channels/contract.js';
import type { ConsoleEvents } from './handoff.js';
import type { Logger } from './logger.js';
import type { MessageStore } from './store/messages.js';
import { sanitizeDeep, withTimeout } from './util/sanitize.js';

/** How long the intake waits for Redis to take a turn job before acknowledging anyway (ms). */
export const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * The service side of every channel's intake: store first (idempotent on the provider id), then
 * start the conversation's turn in this process or queue it. Once `receive` resolved the message
 * is durable: if queueing fails (Redis away) or the process dies, the recovery sweep queues it
 * later, so the channel may acknowledge.
 */
export class IntakeService implements IntakeSink {
  /**
   * @param startNow starts the conversation's turn in this process when it has a free slot
   *   (`TurnRunner.tryStart`); false (or absent) queues the turn
   */
  constructor(
    private readonly store: MessageStore,
    private readonly turns: Bull.Queue<{ conversationId: string }>,
    private readonly events: ConsoleEvents,
    private readonly logger: Logger,
    private readonly startNow?: (conversationId: string, messageId: string) => boolean,
  ) {}

  /**
   * Queue a conversation's turn (job id per message, 5 attempts with backoff from 500 ms).
   * Never waits for Redis longer than {@link ENQUEUE_TIMEOUT_MS} and never rejects: the message
   * is stored, so the recovery sweep queues the turn when Redis is back.
   * @param delayMs wait before the first attempt (ms), e.g. after a failed direct turn
   */
  async queueTurn(conversationId: string, messageId: string, delayMs = 0): Promise<void> {
    try {
      // With Redis away, bull would wait for it indefinitely; the message is stored, so answer
      // the provider and let the recovery sweep queue the turn.
      await withTimeout(this.turns.add(
        { conversationId },
        {
          jobId: `turn:${messageId}`,
          attempts: 5,
          backoff: { type: 'exponential', delay: 500 },
          ...(delayMs ? { delay: delayMs } : {}),
          removeOnComplete: { age: 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      ), ENQUEUE_TIMEOUT_MS, 'queueing the turn');
    } catch (err) {
      this.logger.warn({ conversationId, messageId, err: (err as Error).message }, 'turn not queued; recovery sweep will pick it up');
    }
  }

  /** @throws when the database fails: the message is not stored and must not be acknowledged */
  async receive(input: InboundMessage): Promise<IntakeReceipt> {
    // Text PostgreSQL cannot hold (NUL, lone surrogates, absurd nesting) is repaired, never
    // refused: a message that can never be stored would be retried by its provider forever.
    const msg = sanitizeDeep(input);
    // A provider's clock (an e-mail Date header) may be wrong; never in the future.
    if (msg.sentAt && msg.sentAt.getTime() > Date.now()) msg.sentAt = new Date();
    const receipt = await this.store.storeInbound(msg);
    const where = { channel: msg.channel, messageId: receipt.messageId, conversationId: receipt.conversationId };
    if (receipt.duplicate) {
      this.logger.info(where, 'duplicate delivery ignored');
      return receipt;
    }
    if (!this.startNow?.(receipt.conversationId, receipt.messageId)) await this.queueTurn(receipt.conversationId, receipt.messageId);
    this.events.conversationChanged(receipt.conversationId, 'message');
    this.logger.debug(where, 'inbound stored');
    return receipt;
  }
}
