/**
 * Gives the intake priority over bot turns in one process. Both share one thread: while many
 * resident messages are being stored at once (a peak), turns that run side by side take the CPU
 * that the acknowledgements need, and a provider that waits too long for its acknowledgement
 * sends the message again (Meta retries a webhook that is not answered within seconds). The
 * messages are durable once stored and their turns can wait (direct turns in this process, or
 * jobs in the queue), so under such a peak the gate lets fewer turns run at once (`underLoad`,
 * ≥ 1) and starts them at most one per `gapMs`; the backlog drains when the peak is over. Turns never stop altogether, so a lasting overload
 * still answers, at up to 1000 / gapMs turns a second.
 *
 * The intake is busy while `busyAt` messages are in flight, or while messages arrive at
 * `peakRate` a second or more (over the last second). The count in flight alone misses a peak:
 * with the group commit a batch is acknowledged at once, the count drops to zero between
 * batches, and `max` turns would start in every such gap (2026-12-03: 0.33 PostgreSQL commits
 * of turns per acknowledgement at 1 500 a second with the count alone, 0.14–0.16 with the rate).
 * A rate, not a longer memory of the count: when turns fall behind at a moderate rate (200 new
 * residents a second on two cores) the acknowledgements slow down and the count in flight rises
 * without a peak, and holding turns back then only makes the backlog longer.
 *
 * Shapes: `intake(work)` wraps a store-and-queue of one message; `acquire()` is awaited by a turn
 * before it starts and returns the function that releases its place.
 */
/** While turns wait in a peak by rate alone, how often the gate looks whether it is over (ms). */
const RATE_POLL_MS = 100;

export class TurnGate {
  private intakeInFlight = 0;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private lastStart = -Infinity;
  private timer: NodeJS.Timeout | null = null;
  private timerDue = 0;
  /** Arrivals in the current and the previous one-second window (a sliding-window rate). */
  private windowStart = -Infinity;
  private arrivals = 0;
  private arrivalsBefore = 0;
  private wasPeaking = false;

  /**
   * @param opts.max turns at once while the intake is calm (TURN_CONCURRENCY)
   * @param opts.underLoad turns at once while it is busy (≥ 1)
   * @param opts.busyAt intake messages in flight from which the intake counts as busy
   * @param opts.gapMs while busy, the least time between the starts of two turns (ms, ≥ 0)
   * @param opts.peakRate intake messages a second (over the last second) from which the intake
   *   counts as busy, however few are in flight (≥ 1; default: never)
   * @param opts.onPeak told when a peak by rate begins (`peaking` true) and when it is seen to be
   *   over (false; noticed at the next arrival, turn, or the gate's 100 ms look while turns wait;
   *   with no turn waiting and no arrival, as late as the next of those), with the rate then
   *   (messages a second); must not throw
   * @throws RangeError for a bound below 1 or a negative gap
   */
  constructor(
    private readonly opts: {
      max: number;
      underLoad: number;
      busyAt: number;
      gapMs: number;
      peakRate?: number;
      onPeak?: (peak: { peaking: boolean; rate: number }) => void;
    },
  ) {
    if (opts.max < 1 || opts.underLoad < 1 || opts.busyAt < 1 || !(opts.gapMs >= 0) || !((opts.peakRate ?? Infinity) >= 1)) {
      throw new RangeError('TurnGate bounds must be at least 1 and the gap not negative');
    }
  }

  /** True while at least `busyAt` intake messages are in flight or they arrive at `peakRate`. */
  get busy(): boolean {
    return this.intakeInFlight >= this.opts.busyAt || this.peaking();
  }

  /**
   * Intake messages a second over the last second, estimated from two fixed one-second windows:
   * this window's arrivals plus the previous window's, weighted by how much of it the last second
   * still covers (the previous window's arrivals are taken as evenly spread, so a burst at one
   * end of it is under- or overcounted; a peak counts as over between 1 and 2 s after its last
   * arrival). Never negative; 0 with no arrivals.
   */
  get arrivalRate(): number {
    const now = performance.now();
    this.roll(now);
    const covered = 1 - (now - this.windowStart) / 1000;
    return this.arrivals + this.arrivalsBefore * Math.max(0, covered);
  }

  private peaking(): boolean {
    if (this.opts.peakRate === undefined) return false;
    const rate = this.arrivalRate;
    const peaking = rate >= this.opts.peakRate;
    if (peaking !== this.wasPeaking) {
      this.wasPeaking = peaking;
      this.opts.onPeak?.({ peaking, rate });
    }
    return peaking;
  }

  /** Start a new one-second window when the current one is over. */
  private roll(now: number): void {
    const elapsed = now - this.windowStart;
    if (elapsed < 1000) return;
    // A window that ended long ago counts for nothing.
    this.arrivalsBefore = elapsed < 2000 ? this.arrivals : 0;
    this.arrivals = 0;
    this.windowStart = elapsed < 2000 ? this.windowStart + 1000 : now;
  }

  /** Turns allowed at once now. */
  get capacity(): number {
    return this.capacityWhen(this.busy);
  }

  private capacityWhen(busy: boolean): number {
    return busy ? Math.min(this.opts.underLoad, this.opts.max) : this.opts.max;
  }

  /** Counts `work` (storing one inbound message) as intake in flight until it settles. */
  async intake<T>(work: () => Promise<T>): Promise<T> {
    this.intakeInFlight++;
    if (this.opts.peakRate !== undefined) {
      this.roll(performance.now());
      this.arrivals++;
      // Tells onPeak when this arrival begins a peak.
      this.peaking();
    }
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
    while (this.waiting.length) {
      const busy = this.busy;
      // Busy by the rate alone, no intake will end to wake the waiting turns when the rate
      // falls: look again every RATE_POLL_MS while turns wait and the peak lasts.
      const byRateAlone = busy && this.intakeInFlight < this.opts.busyAt;
      if (this.running >= this.capacityWhen(busy)) {
        if (byRateAlone) this.wakeIn(RATE_POLL_MS);
        return;
      }
      if (busy) {
        const wait = this.lastStart + this.opts.gapMs - performance.now();
        if (wait > 0) {
          // The peak may end before the gap does.
          this.wakeIn(byRateAlone ? Math.min(wait, RATE_POLL_MS) : wait);
          return;
        }
      }
      this.running++;
      this.lastStart = performance.now();
      this.waiting.shift()!();
    }
  }

  /** Call `wake` again in `ms` (one timer at a time: the earlier of the two stands). */
  private wakeIn(ms: number): void {
    const due = performance.now() + ms;
    if (this.timer && this.timerDue <= due) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, ms).unref();
  }
}
