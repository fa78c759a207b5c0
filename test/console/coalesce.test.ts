import { expect } from 'chai';
import { ChangeBatcher, ChangeCoalescer, MAX_CHANGES_PER_EVENT } from '../../src/console/coalesce.js';
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

describe('ChangeBatcher (console events across conversations)', () => {
  let sent: Array<{ at: number; changes: Array<{ conversationId: string; what: ChangeKind }> }>;
  let t0: number;
  let b: ChangeBatcher;
  beforeEach(() => {
    sent = [];
    t0 = Date.now();
    b = new ChangeBatcher((changes) => sent.push({ at: Date.now() - t0, changes }), 40);
  });
  afterEach(() => b.close());

  it('sends the changes of a batch as one event at its end, a conversation once with its weightiest kind', async () => {
    b.add('a', 'message');
    b.add('b', 'control');
    b.add('a', 'control');
    b.add('a', 'message');
    b.add('c', 'classification');
    expect(sent).to.have.length(0);
    await sleep(80);
    expect(sent).to.have.length(1);
    expect(sent[0]!.at).to.be.at.least(35);
    expect(sent[0]!.changes).to.deep.equal([
      { conversationId: 'a', what: 'control' },
      { conversationId: 'b', what: 'control' },
      { conversationId: 'c', what: 'classification' },
    ]);
    // a change after the batch opens the next one
    b.add('a', 'message');
    await sleep(80);
    expect(sent.map((s) => s.changes)).to.deep.equal([sent[0]!.changes, [{ conversationId: 'a', what: 'message' }]]);
  });

  it('sends a full batch at once and loses nothing of a large burst', async () => {
    for (let i = 0; i < MAX_CHANGES_PER_EVENT + 20; i++) b.add(`k${i}`, 'message');
    expect(sent).to.have.length(1);
    expect(sent[0]!.changes).to.have.length(MAX_CHANGES_PER_EVENT);
    await sleep(80);
    expect(sent).to.have.length(2);
    expect(sent.flatMap((s) => s.changes).map((c) => c.conversationId)).to.deep.equal(Array.from({ length: MAX_CHANGES_PER_EVENT + 20 }, (_, i) => `k${i}`));
  });

  it('by default ends a batch when the event loop has run what was ready, without a timer', async () => {
    const d = new ChangeBatcher((changes) => sent.push({ at: Date.now() - t0, changes }));
    d.add('p', 'message');
    await Promise.resolve(); // microtasks of the same turn still belong to the batch
    d.add('q', 'control');
    expect(sent).to.have.length(0);
    await new Promise((r) => setImmediate(r));
    expect(sent.map((s) => s.changes)).to.deep.equal([[{ conversationId: 'p', what: 'message' }, { conversationId: 'q', what: 'control' }]]);
    expect(sent[0]!.at).to.be.below(20);
    d.close();
  });

  it('with batchMs below 0 sends every change on its own; close drops the open batch', async () => {
    const now = new ChangeBatcher((changes) => sent.push({ at: 0, changes }), -1);
    now.add('x', 'message');
    expect(sent).to.deep.equal([{ at: 0, changes: [{ conversationId: 'x', what: 'message' }] }]);
    b.add('y', 'message');
    b.close();
    await sleep(80);
    expect(sent).to.have.length(1);
  });
});
