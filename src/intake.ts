import type Bull from 'bull';
import type { InboundMessage, IntakeReceipt, IntakeSink } from '../channels/contract.js';
import type { ConsoleEvents } from './handoff.js';
import type { Logger } from './logger.js';
import { TURN_JOB_OPTIONS } from './queues/bull.js';
import { BulkAdder } from './queues/bulk.js';
import type { DirectTurns } from './queues/direct-turns.js';
import type { TurnGate } from './queues/turn-gate.js';
import type { MessageStore } from './store/messages.js';
import { sanitizeDeep, withTimeout } from './util/sanitize.js';

/** How long the intake waits for Redis to take a turn job before acknowledging anyway (ms). */
export const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * The service side of every channel's intake: store first (idempotent on the provider id), then
 * start the conversation's turn: directly in this process (src/queues/direct-turns.ts) when it
 * takes it, else as a bull turn job. Once `receive` resolved the message is durable: if queueing
 * fails (Redis away) or the process dies before the turn ran, the recovery sweep queues it later,
 * so the channel may acknowledge.
 */
export class IntakeService implements IntakeSink {
  /** Turn jobs of messages stored together go to Redis together (one round trip). */
  private readonly turnJobs: BulkAdder<{ conversationId: string }>;

  /**
   * @param gate counts each message as intake in flight while it is stored and queued (the
   *   TurnGate that lets turns yield to a peak); none: not counted
   * @param direct runs a conversation's turn in this process (returns false when it does not
   *   take it: then a turn job is queued); none: every turn is a queued job
   */
  constructor(
    private readonly store: MessageStore,
    turns: Bull.Queue<{ conversationId: string }>,
    private readonly events: ConsoleEvents,
    private readonly logger: Logger,
    private readonly gate?: Pick<TurnGate, 'intake'>,
    private readonly direct?: Pick<DirectTurns, 'schedule'>,
  ) {
    this.turnJobs = new BulkAdder(turns);
  }

  /**
   * @throws {ConversationNotFound} for a message with `existingConversationOnly` whose
   *   conversation does not exist (nothing stored)
   * @throws when the database fails: the message is not stored and must not be acknowledged
   */
  receive(input: InboundMessage): Promise<IntakeReceipt> {
    return this.gate ? this.gate.intake(() => this.storeAndQueue(input)) : this.storeAndQueue(input);
  }

  private async storeAndQueue(input: InboundMessage): Promise<IntakeReceipt> {
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
    if (!this.direct?.schedule(receipt.conversationId)) {
      try {
        // With Redis away, bull would wait for it indefinitely; the message is stored, so answer
        // the provider and let the recovery sweep queue the turn.
        await withTimeout(
          this.turnJobs.add({ conversationId: receipt.conversationId }, { jobId: `turn:${receipt.messageId}`, ...TURN_JOB_OPTIONS }),
          ENQUEUE_TIMEOUT_MS,
          'queueing the turn',
        );
      } catch (err) {
        this.logger.warn({ ...where, err: (err as Error).message }, 'turn not queued; recovery sweep will pick it up');
      }
    }
    this.events.conversationChanged(receipt.conversationId, 'message', { immediate: true });
    this.logger.debug(where, 'inbound stored');
    return receipt;
  }
}
