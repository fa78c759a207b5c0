/**
 * Gives the intake priority over bot turns in one process. Both share one thread: while many
 * resident messages are being stored at once (a peak), turns that run side by side take the CPU
 * that the acknowledgements need, and a provider that waits too long for its acknowledgement
 * sends the message again (Meta retries a webhook that is not answered within seconds). The
 * messages are durable once stored and their turns wait in the queue, so under such a peak the
 * gate lets fewer turns run at once (`underLoad`, ≥ 1) and starts them at most one per `gapMs`;
 * the backlog drains when the peak is over. Turns never stop altogether, so a lasting overload
 * still answers, at up to 1000 / gapMs turns a second.
 *
 * Shapes: `intake(work)` wraps a store-and-queue of one message; `acquire()` is awaited by a turn
 * before it starts and returns the function that releases its place.
 */
export class TurnGate {
  private intakeInFlight = 0;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private lastStart = -Infinity;
  private timer: NodeJS.Timeout | null = null;

  /**
   * @param opts.max turns at once while the intake is calm (TURN_CONCURRENCY)
   * @param opts.underLoad turns at once while it is busy (≥ 1)
   * @param opts.busyAt intake messages in flight from which the intake counts as busy
   * @param opts.gapMs while busy, the least time between the starts of two turns (ms, ≥ 0)
   * @throws RangeError for a bound below 1 or a negative gap
   */
  constructor(private readonly opts: { max: number; underLoad: number; busyAt: number; gapMs: number }) {
    if (opts.max < 1 || opts.underLoad < 1 || opts.busyAt < 1 || !(opts.gapMs >= 0)) {
      throw new RangeError('TurnGate bounds must be at least 1 and the gap not negative');
    }
  }

  /** True while at least `busyAt` intake messages are in flight. */
  get busy(): boolean {
    return this.intakeInFlight >= this.opts.busyAt;
  }

  /** Turns allowed at once now. */
  get capacity(): number {
    return this.busy ? Math.min(this.opts.underLoad, this.opts.max) : this.opts.max;
  }

  /** Counts `work` (storing one inbound message) as intake in flight until it settles. */
  async intake<T>(work: () => Promise<T>): Promise<T> {
    this.intakeInFlight++;
    try {
      return await work();
    } finally {
      this.intakeInFlight--;
      this.wake();
    }
  }

  /**
   * Wait for a place to run a turn.
   * @returns releases the place (call once, when the turn ended, successfully or not)
   */
  async acquire(): Promise<() => void> {
    // In order of asking: a turn waits behind earlier ones even when a place is free.
    const placed = new Promise<void>((resolve) => this.waiting.push(resolve));
    this.wake();
    await placed;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.wake();
    };
  }

  private wake(): void {
    while (this.waiting.length && this.running < this.capacity) {
      if (this.busy) {
        const wait = this.lastStart + this.opts.gapMs - performance.now();
        if (wait > 0) {
          this.timer ??= setTimeout(() => {
            this.timer = null;
            this.wake();
          }, wait).unref();
          return;
        }
      }
      this.running++;
      this.lastStart = performance.now();
      this.waiting.shift()!();
    }
  }
}
