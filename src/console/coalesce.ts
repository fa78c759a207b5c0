import type { ChangeKind } from '../handoff.js';

/** Which `what` a folded event carries: the one that tells the console the most. */
const WEIGHT: Record<ChangeKind, number> = { message: 0, classification: 1, control: 2 };

/**
 * Folds bursts of `conversation:changed` notifications per conversation.
 *
 * One resident message causes a burst of changes: stored, turn done, queued for an agent, reply
 * sent, delivered, read. Each emit is a Redis publish, a read of it by every instance's
 * subscriber and a websocket frame per logged-in agent, while the console refetches its lists on
 * any event anyway (and throttles that itself). So:
 * - a change to a conversation with no emit in the last `windowMs` is emitted at once (leading
 *   edge: the console hears of a new message without delay);
 * - further changes within the window are folded into one emit at the window's end (trailing
 *   edge), carrying the weightiest kind (`control` over `classification` over `message`); that
 *   emit starts a new window;
 * - `immediate` changes (a resident's new message) are emitted at once even inside a window, and
 *   a change folded before them is carried by them.
 * Nothing is dropped: every change is followed by an emit no later than `windowMs` after it.
 */
export class ChangeCoalescer {
  private readonly open = new Map<string, { pending: ChangeKind | null; timer: NodeJS.Timeout }>();

  /**
   * @param emit sends one event (`conversationId`, `what`); must not throw.
   * @param windowMs length of a folding window in ms (default 250; 0 turns folding off).
   */
  constructor(
    private readonly emit: (conversationId: string, what: ChangeKind) => void,
    private readonly windowMs = 250,
  ) {}

  /** Record a change; emits now or at the end of the conversation's current window. */
  changed(conversationId: string, what: ChangeKind, immediate = false): void {
    if (this.windowMs <= 0) return this.emit(conversationId, what);
    const w = this.open.get(conversationId);
    if (!w) {
      this.emit(conversationId, what);
      this.startWindow(conversationId);
      return;
    }
    const folded = w.pending && WEIGHT[w.pending] > WEIGHT[what] ? w.pending : what;
    if (immediate) {
      clearTimeout(w.timer);
      this.open.delete(conversationId);
      this.emit(conversationId, folded);
      this.startWindow(conversationId);
      return;
    }
    w.pending = folded;
  }

  /** Conversations with an open window (for tests and metrics). */
  get size(): number {
    return this.open.size;
  }

  /** Cancel all windows without emitting what they hold (shutdown: the sockets are going away). */
  close(): void {
    for (const w of this.open.values()) clearTimeout(w.timer);
    this.open.clear();
  }

  private startWindow(conversationId: string): void {
    const timer = setTimeout(() => {
      const w = this.open.get(conversationId);
      this.open.delete(conversationId);
      if (w?.pending) {
        this.emit(conversationId, w.pending);
        this.startWindow(conversationId);
      }
    }, this.windowMs);
    timer.unref();
    this.open.set(conversationId, { pending: null, timer });
  }
}
