import type { Logger } from '../logger.js';
import { withTimeout } from '../util/sanitize.js';
import { TURN_JOB_OPTIONS } from './bull.js';

/** How long closing waits for the direct turns that are running (ms); below the 20 s forced exit. */
export const DIRECT_TURN_CLOSE_WAIT_MS = 3_000;

/** Delay of the queued retry after a failed direct turn (ms): the turn queue's first backoff step. */
export const TURN_RETRY_DELAY_MS = TURN_JOB_OPTIONS.backoff.delay;

/** What {@link DirectTurns} needs. */
export interface DirectTurnDeps {
  /** A place to run a turn (the TurnGate: the intake goes first in a peak). */
  gate: { acquire(): Promise<() => void> };
  /**
   * Process every pending inbound message of the conversation (TurnProcessor.processConversation:
   * the conversation lock, the messages in `seq` order). Rejects when the turn failed.
   */
  run(conversationId: string): Promise<unknown>;
  /**
   * Hand conversations to the bull turn queue (retries with backoff, and the apology with a
   * handoff after the last one). Must not reject: a conversation it cannot queue stays pending in
   * the store, where the recovery sweep finds it.
   * @param delayMs wait before the first attempt (ms): after a failed turn, the queue's backoff
   */
  toQueue(conversationIds: string[], delayMs: number): Promise<void>;
  /**
   * Most conversations with a direct turn waiting or running in this process (≥ 0; 0: none, every
   * turn goes through the queue). Beyond it {@link DirectTurns.schedule} declines.
   */
  max: number;
  logger: Logger;
}

/** A conversation's direct turn: waiting for a place, or running (and asked again meanwhile). */
interface Entry {
  running: boolean;
  /** A message was stored after the running turn read the pending ones: run once more. */
  again: boolean;
  /** Settles when the conversation's turns here have ended (never rejects). */
  done?: Promise<void>;
}

/**
 * Direct turns: a conversation's turn runs in the process that stored its message, right after
 * the intake stored it, instead of after a round trip through the bull turn queue (an add at the
 * intake, about 80 µs of this process and Redis per message by `npm run bench:intake-parts`, then
 * a worker's move to active and to completed: about 30 Redis commands per turn, those inside
 * bull's scripts included, by Redis' own count over 500 turns on 2026-12-03: 22 111 with turn
 * jobs, 7 272 with direct turns). The same as the direct sends of deliveries
 * (DELIVERY_DIRECT_SENDS), for turns.
 *
 * Nothing is less safe than with a queued job: the message is stored (pending) before its turn
 * is scheduled, the conversation lock and the store keep turns in order and once, a turn that
 * fails goes to the queue with its backoff and retries, and a turn lost with the process (a
 * crash) is found by the recovery sweep, as a queued job lost with Redis is.
 *
 * Fewer turns, too: while a conversation's direct turn waits for a place (a peak holds turns back
 * at the TurnGate) further messages of it add nothing, since the turn reads every pending message
 * when it starts; a message stored while the turn runs makes it run once more afterwards.
 *
 * Shapes: `schedule(conversationId)` → true when taken (the intake then queues no job), false
 * when the caller must queue a job (closing, or `max` conversations here already).
 */
export class DirectTurns {
  private readonly entries = new Map<string, Entry>();
  private closing = false;
  private closeP: Promise<void> | undefined;

  constructor(private readonly deps: DirectTurnDeps) {}

  /** Conversations with a direct turn waiting or running (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Run the conversation's turn here, soon (in the TurnGate's order).
   * @returns false when the caller must queue the turn instead: closing, or {@link DirectTurnDeps.max}
   *   conversations have a direct turn already
   */
  schedule(conversationId: string): boolean {
    if (this.closing) return false;
    const e = this.entries.get(conversationId);
    if (e) {
      // Waiting: it will read this message too. Running: it may have read the pending ones already.
      if (e.running) e.again = true;
      return true;
    }
    if (this.entries.size >= this.deps.max) return false;
    const entry: Entry = { running: false, again: false };
    this.entries.set(conversationId, entry);
    entry.done = this.drive(conversationId, entry);
    return true;
  }

  /**
   * Start no more direct turns (a shutdown has begun): new messages' turns go to the queue, and
   * the turns waiting for a place wait on, for {@link close} to hand them to the queue. Called
   * first at shutdown, so that no turn starts that the stopping process might cut off.
   */
  stopStarting(): void {
    this.closing = true;
  }

  /**
   * Stop taking turns; wait for the turns running now (at most {@link DIRECT_TURN_CLOSE_WAIT_MS};
   * not for those waiting for a place), then hand every conversation still here (waiting, asked
   * again, or running on) to the queue. Called after the intake stopped and before the queues
   * close. A second call returns the first one's promise.
   */
  close(): Promise<void> {
    this.closeP ??= (async () => {
      this.closing = true;
      const running = [...this.entries.values()].filter((e) => e.running).map((e) => e.done);
      await withTimeout(Promise.allSettled(running), DIRECT_TURN_CLOSE_WAIT_MS, 'waiting for direct turns').catch(() => undefined);
      const left = [...this.entries.keys()];
      this.entries.clear();
      if (left.length) await this.deps.toQueue(left, 0);
    })();
    return this.closeP;
  }

  /** The conversation's turns, for as long as messages come in while one runs. Never rejects. */
  private async drive(conversationId: string, entry: Entry): Promise<void> {
    for (;;) {
      const release = await this.deps.gate.acquire();
      // Closing: close() hands the conversation to the queue.
      if (this.closing) return release();
      entry.running = true;
      entry.again = false;
      let failed = false;
      try {
        await this.deps.run(conversationId);
      } catch (err) {
        failed = true;
        this.deps.logger.warn({ conversationId, err: (err as Error).message }, 'direct turn failed; queued with backoff');
      } finally {
        release();
        entry.running = false;
      }
      if (this.closing) {
        // Done unless asked again or failed: then close() hands it to the queue.
        if (!entry.again && !failed) this.entries.delete(conversationId);
        return;
      }
      if (failed) {
        // The queue retries it (with the messages stored meanwhile), not this process directly.
        this.entries.delete(conversationId);
        return this.deps.toQueue([conversationId], TURN_RETRY_DELAY_MS);
      }
      if (!entry.again) {
        this.entries.delete(conversationId);
        return;
      }
    }
  }
}
