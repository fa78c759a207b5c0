import { expect } from 'chai';
import { ChangeCoalescer } from '../../src/console/coalesce.js';
import type { ChangeKind } from '../../src/handoff.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ChangeCoalescer (console events)', () => {
  let emitted: Array<[string, ChangeKind, number]>;
  let t0: number;
  let c: ChangeCoalescer;
  beforeEach(() => {
    emitted = [];
    t0 = Date.now();
    c = new ChangeCoalescer((id, what) => emitted.push([id, what, Date.now() - t0]), 60);
  });
  afterEach(() => c.close());

  it('emits the first change at once and folds a burst into one trailing event with the weightiest kind', async () => {
    c.changed('a', 'message');
    expect(emitted.map((e) => e.slice(0, 2))).to.deep.equal([['a', 'message']]);
    c.changed('a', 'message');
    c.changed('a', 'control');
    c.changed('a', 'classification');
    expect(emitted).to.have.length(1);
    await sleep(100);
    expect(emitted.map((e) => e.slice(0, 2))).to.deep.equal([['a', 'message'], ['a', 'control']]);
    expect(emitted[1]![2]).to.be.at.least(55);
    // the trailing emit opened a new window; with nothing in it the conversation is forgotten
    await sleep(100);
    expect(c.size).to.equal(0);
    expect(emitted).to.have.length(2);
  });

  it('keeps conversations apart and lets a quiet conversation emit at once again', async () => {
    c.changed('a', 'message');
    c.changed('b', 'control');
    expect(emitted.map((e) => e.slice(0, 2))).to.deep.equal([['a', 'message'], ['b', 'control']]);
    await sleep(90);
    expect(c.size).to.equal(0);
    c.changed('a', 'classification');
    expect(emitted.map((e) => e.slice(0, 2))).to.deep.equal([['a', 'message'], ['b', 'control'], ['a', 'classification']]);
  });

  it('never holds back an immediate change, and it carries what was folded before it', async () => {
    c.changed('a', 'message');
    c.changed('a', 'control');
    c.changed('a', 'message', true);
    expect(emitted.map((e) => e.slice(0, 2))).to.deep.equal([['a', 'message'], ['a', 'control']]);
    await sleep(100);
    expect(emitted).to.have.length(2); // nothing left to trail
  });

  it('with a window of 0 emits every change', () => {
    const all: string[] = [];
    const raw = new ChangeCoalescer((id, what) => all.push(`${id}:${what}`), 0);
    raw.changed('a', 'message');
    raw.changed('a', 'message');
    expect(all).to.deep.equal(['a:message', 'a:message']);
    expect(raw.size).to.equal(0);
  });

  it('close() cancels open windows without emitting', async () => {
    c.changed('a', 'message');
    c.changed('a', 'control');
    c.close();
    await sleep(100);
    expect(emitted).to.have.length(1);
    expect(c.size).to.equal(0);
  });
});
