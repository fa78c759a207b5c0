import { expect } from 'chai';
import { TurnRunner } from '../../src/turns.js';

/** A conversation's turns as the runner sees them: each call waits until the test lets it go. */
function gatedTurns() {
  const gates: Array<() => void> = [];
  let running = 0;
  let peak = 0;
  return {
    gates,
    peak: () => peak,
    async processConversation(conversationId: string): Promise<number> {
      running += 1;
      peak = Math.max(peak, running);
      try {
        await new Promise<void>((resolve) => gates.push(resolve));
        if (conversationId.startsWith('fail')) throw new Error(`turn of ${conversationId} failed`);
        return 1;
      } finally {
        running -= 1;
      }
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('TurnRunner: turns from the intake and the queue share one limit', () => {
  it('starts intake turns while a slot is free, refuses when all are busy, and never runs more than the limit', async () => {
    const turns = gatedTurns();
    const requeued: string[] = [];
    const runner = new TurnRunner(turns, 2, async (c) => void requeued.push(c));
    expect(runner.tryStart('a', 'm1')).to.equal(true);
    const fromQueue = runner.run('b');
    expect(runner.tryStart('c', 'm3')).to.equal(false, 'both slots taken: the intake queues it');
    const waiting = runner.run('d'); // the queue's worker waits for a slot
    await tick();
    expect(turns.gates).to.have.length(2);
    turns.gates.shift()!();
    await tick();
    expect(turns.gates).to.have.length(2, 'the waiting queue turn took the free slot');
    while (turns.gates.length) {
      turns.gates.shift()!();
      await tick();
    }
    expect(await fromQueue).to.equal(1);
    expect(await waiting).to.equal(1);
    expect(turns.peak()).to.equal(2);
    expect(requeued).to.deep.equal([]);
  });

  it('hands a failed intake turn to the queue with its message id and the error', async () => {
    const turns = gatedTurns();
    const requeued: Array<[string, string, string]> = [];
    const runner = new TurnRunner(turns, 1, async (c, m, err) => void requeued.push([c, m, err.message]));
    expect(runner.tryStart('fail-1', 'm9')).to.equal(true);
    await tick();
    turns.gates.shift()!();
    await runner.close();
    expect(requeued).to.deep.equal([['fail-1', 'm9', 'turn of fail-1 failed']]);
  });

  it('close waits for intake turns in progress and starts no new ones', async () => {
    const turns = gatedTurns();
    const runner = new TurnRunner(turns, 4, async () => undefined);
    runner.tryStart('a', 'm1');
    await tick();
    let closed = false;
    const closing = runner.close().then(() => { closed = true; });
    expect(runner.tryStart('b', 'm2')).to.equal(false);
    await tick();
    expect(closed).to.equal(false);
    turns.gates.shift()!();
    await closing;
    expect(closed).to.equal(true);
  });
});
