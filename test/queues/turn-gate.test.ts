/**
 * TurnGate: turns yield to the intake in a peak. Calm: TURN_CONCURRENCY turns at once. Busy
 * (INTAKE_BUSY_IN_FLIGHT messages being stored): new turns wait until fewer than TURNS_UNDER_LOAD
 * run; turns that run go on; when the peak is over the waiting turns start, in order of asking.
 * A peak is also INTAKE_PEAK_RATE messages a second, however few are in flight at the moment.
 */
import { expect } from 'chai';
import { TurnGate } from '../../src/queues/turn-gate.js';

/** Settle pending promise callbacks. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A promise with its resolve, for intake work that is "being stored" until the test says so. */
function pending(): { promise: Promise<void>; done: () => void } {
  let done!: () => void;
  const promise = new Promise<void>((resolve) => (done = resolve));
  return { promise, done };
}

describe('queues: TurnGate (the intake goes first in a peak)', () => {
  it('while the intake is calm, max turns run at once and the next starts when one ends', async () => {
    const gate = new TurnGate({ max: 3, underLoad: 1, busyAt: 2, gapMs: 0 });
    const started: number[] = [];
    const releases: Array<() => void> = [];
    for (let i = 0; i < 5; i++) void gate.acquire().then((release) => { started.push(i); releases.push(release); });
    await tick();
    expect(started).to.deep.equal([0, 1, 2]);
    releases[0]!();
    await tick();
    expect(started).to.deep.equal([0, 1, 2, 3]);
  });

  it('while busy, new turns wait until fewer than underLoad run; when the peak is over they start in order', async () => {
    const gate = new TurnGate({ max: 4, underLoad: 2, busyAt: 3, gapMs: 0 });
    const releases: Array<() => void> = [];
    const started: number[] = [];
    const take = (i: number) => void gate.acquire().then((release) => { started.push(i); releases.push(release); });
    take(0);
    await tick();
    // A peak: three messages being stored at once.
    const peak = [pending(), pending(), pending()];
    const stored = peak.map((p) => gate.intake(() => p.promise));
    expect(gate.busy).to.equal(true);
    expect(gate.capacity).to.equal(2);
    for (let i = 1; i <= 4; i++) take(i);
    await tick();
    expect(started, 'one more, up to underLoad').to.deep.equal([0, 1]);
    releases[0]!();
    await tick();
    expect(started).to.deep.equal([0, 1, 2]);
    // One message stored: below busyAt again, max applies.
    peak[0]!.done();
    await stored[0];
    await tick();
    expect(gate.busy).to.equal(false);
    expect(started).to.deep.equal([0, 1, 2, 3, 4]);
    peak[1]!.done();
    peak[2]!.done();
    await Promise.all(stored);
  });

  it('while busy, turns start at most one per gapMs; calm again, at once', async () => {
    const gate = new TurnGate({ max: 4, underLoad: 4, busyAt: 1, gapMs: 80 });
    const peak = pending();
    const stored = gate.intake(() => peak.promise);
    const t0 = performance.now();
    const startedAt: number[] = [];
    const releases: Array<() => void> = [];
    for (let i = 0; i < 3; i++) void gate.acquire().then((release) => { startedAt.push(performance.now() - t0); releases.push(release); });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(startedAt).to.have.length(3);
    expect(startedAt[1]! - startedAt[0]!).to.be.at.least(75);
    expect(startedAt[2]! - startedAt[1]!).to.be.at.least(75);
    // Calm: no gap.
    for (const release of releases) release();
    peak.done();
    await stored;
    const calm: number[] = [];
    const t1 = performance.now();
    await Promise.all([0, 1].map(() => gate.acquire().then(() => calm.push(performance.now() - t1))));
    expect(Math.max(...calm), "no gap between the two").to.be.below(75);
  });

  it('a peak by rate: messages arriving at peakRate a second keep the intake busy between batches, and it ends by itself', async () => {
    const peaks: Array<{ peaking: boolean; rate: number }> = [];
    const gate = new TurnGate({ max: 3, underLoad: 1, busyAt: 100, gapMs: 0, peakRate: 20, onPeak: (p) => peaks.push(p) });
    // Below the rate: calm, although every message was stored.
    for (let i = 0; i < 10; i++) await gate.intake(async () => undefined);
    expect(gate.busy, '10 a second is no peak').to.equal(false);
    expect(peaks).to.deep.equal([]);
    // A batch acknowledged at once: nothing in flight, but 25 arrived within the second.
    for (let i = 0; i < 15; i++) await gate.intake(async () => undefined);
    expect(gate.arrivalRate).to.be.at.least(20);
    expect(gate.busy, 'busy with nothing in flight').to.equal(true);
    expect(peaks, 'the arrival that began the peak told it once').to.deep.equal([{ peaking: true, rate: 20 }]);
    const started: number[] = [];
    for (let i = 0; i < 3; i++) void gate.acquire().then(() => started.push(i));
    await tick();
    expect(started, 'underLoad turns while the rate holds').to.deep.equal([0]);
    // No more arrivals: within two seconds the rate falls and the waiting turns start without
    // any intake or release to wake them.
    const t0 = performance.now();
    while (started.length < 3 && performance.now() - t0 < 3000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).to.deep.equal([0, 1, 2]);
    expect(gate.busy).to.equal(false);
    expect(gate.arrivalRate).to.be.below(20);
    expect(peaks.map((p) => p.peaking), 'and its end, once').to.deep.equal([true, false]);
    expect(peaks[1]!.rate).to.be.below(20);
  });

  it('after a short peak by rate a waiting turn starts when the peak is over, not when a long gap ends', async () => {
    // Nothing in flight ends to wake the turn, and the gap (5 s) outlasts the peak (≤ 2 s).
    const gate = new TurnGate({ max: 4, underLoad: 1, busyAt: 16, gapMs: 5000, peakRate: 10 });
    for (let i = 0; i < 20; i++) await gate.intake(async () => undefined);
    expect(gate.busy).to.equal(true);
    (await gate.acquire())();
    const t0 = performance.now();
    let startedAfter = -1;
    void gate.acquire().then(() => (startedAfter = performance.now() - t0));
    while (startedAfter < 0 && performance.now() - t0 < 6000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(startedAfter, 'started once the rate fell (within ≈ 2 s), not after the 5 s gap').to.be.within(0, 2500);
  }).timeout(10_000);

  it('counts a failed store as finished, a release given twice once, and refuses a bound below 1', async () => {
    const gate = new TurnGate({ max: 2, underLoad: 1, busyAt: 1, gapMs: 0 });
    await gate.intake(() => Promise.reject(new Error('database away'))).catch(() => undefined);
    expect(gate.busy).to.equal(false);
    const a = await gate.acquire();
    a();
    a();
    const b = await gate.acquire();
    const c = await gate.acquire();
    let third = false;
    void gate.acquire().then(() => (third = true));
    await tick();
    expect(third, 'two places, not three after a double release').to.equal(false);
    b();
    c();
    expect(() => new TurnGate({ max: 4, underLoad: 0, busyAt: 16, gapMs: 0 })).to.throw(RangeError);
    expect(() => new TurnGate({ max: 4, underLoad: 1, busyAt: 16, gapMs: -1 })).to.throw(RangeError);
    expect(() => new TurnGate({ max: 4, underLoad: 1, busyAt: 16, gapMs: 0, peakRate: 0 })).to.throw(RangeError);
  });
});
