import type { ChangeKind } from '../handoff.js';

/** Which `what` a folded event carries: the one that tells the console the most. */
const WEIGHT: Record<ChangeKind, number> = { message: 0, classification: 1, control: 2 };

/** Of a change folded before (or none) and a new one, the one an event carries. */
function weightier(before: ChangeKind | null | undefined, what: ChangeKind): ChangeKind {
  return before && WEIGHT[before] > WEIGHT[what] ? before : what;
}

/**
 * Folds bursts of change notifications per conversation (then batched by {@link ChangeBatcher}).
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
    const folded = weightier(w.pending, what);
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

/** One entry of a `conversations:changed` event. */
export interface ConversationChange {
  conversationId: string;
  what: ChangeKind;
}

/** Most changes one `conversations:changed` event carries; more are sent at once as the next. */
export const MAX_CHANGES_PER_EVENT = 500;

/**
 * Sends the changes of all conversations together: the first change after a quiet moment opens
 * a batch; every change within it (any conversation) goes out in one `conversations:changed`
 * event at its end, a conversation once, with its weightiest kind. A batch ends when the event
 * loop has run the callbacks that were ready with it (`setImmediate`, the default: no wait when
 * the service is idle, larger batches the busier it is), or after `batchMs` when that is > 0.
 *
 * Why: at a peak (a letter to thousands of households) a resident message causes about two
 * events; at 200 messages a second that was 400 socket.io emits a second, each a Redis publish,
 * a read of it by every instance's subscriber and a websocket frame to every logged-in agent, for
 * a console that refetches its lists at most every few hundred ms anyway.
 */
export class ChangeBatcher {
  private pending = new Map<string, ChangeKind>();
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;

  /**
   * @param emit sends one event with 1…{@link MAX_CHANGES_PER_EVENT} changes; must not throw.
   * @param batchMs how long a batch collects (ms); 0 (default): until the event loop's ready
   *   callbacks have run; below 0: every change on its own.
   */
  constructor(
    private readonly emit: (changes: ConversationChange[]) => void,
    private readonly batchMs = 0,
  ) {}

  /** Add a change to the open batch (opening one when none is). */
  add(conversationId: string, what: ChangeKind): void {
    if (this.batchMs < 0) return this.emit([{ conversationId, what }]);
    this.pending.set(conversationId, weightier(this.pending.get(conversationId), what));
    if (this.pending.size >= MAX_CHANGES_PER_EVENT) return this.flush();
    if (this.timer || this.immediate) return;
    if (this.batchMs > 0) {
      this.timer = setTimeout(() => this.flush(), this.batchMs);
      this.timer.unref();
    } else {
      // Not unref'd: an unref'd immediate does not stop the loop from waiting for I/O first.
      this.immediate = setImmediate(() => this.flush());
    }
  }

  /** Send the open batch now (nothing when it is empty). */
  flush(): void {
    this.cancel();
    if (!this.pending.size) return;
    const changes = [...this.pending].map(([conversationId, what]) => ({ conversationId, what }));
    this.pending = new Map();
    this.emit(changes);
  }

  /** Drop the open batch without sending it (shutdown: the sockets are going away). */
  close(): void {
    this.cancel();
    this.pending.clear();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }
}
