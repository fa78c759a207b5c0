import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { train } from '../../nlp/train.js';
import { readCorrections } from '../../nlp/corpus.js';

describe('nlp training', function () {
  this.timeout(180_000);
  it('is reproducible: same corpus → byte-identical model and version', () => {
    const a = train({ write: false });
    const b = train({ write: false });
    expect(a.artifact.version).to.equal(b.artifact.version);
    expect(createHash('sha256').update(a.json).digest('hex')).to.equal(createHash('sha256').update(b.json).digest('hex'));
    expect(a.artifact.calibration.raw.length).to.be.greaterThan(2);
  });
  it('reads corrections (PII-masked, weighted, latest wins) and changes the version', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nlp-corr-'));
    const f = path.join(dir, 'corrections.jsonl');
    writeFileSync(f, [
      { text: 'mijn bsn is 123456782 en de taxi kwam niet', bodies: ['gemeente-wmo'], kind: 'klacht', who: 'agent-1', when: '2026-01-01T10:00:00Z' },
      { text: 'mijn bsn is 123456782 en de taxi kwam niet', bodies: ['vervoerder'], kind: 'klacht', urgency: 'normaal', who: 'agent-2', when: '2026-01-02T10:00:00Z' },
    ].map((o) => JSON.stringify(o)).join('\n') + '\n');
    const rows = readCorrections(f);
    expect(rows).to.have.length(1);
    expect(rows[0]!.text).to.equal('mijn bsn is [BSN] en de taxi kwam niet');
    expect(rows[0]!.bodies).to.deep.equal(['vervoerder']);
    expect(rows[0]!.weight).to.be.greaterThan(1);
    const withCorr = train({ write: false, corrections: f });
    expect(withCorr.artifact.trainedOn.corrections).to.equal(1);
    expect(withCorr.artifact.version).to.not.equal(train({ write: false }).artifact.version);
  });
  it('rejects an invalid correction with file and line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nlp-corr-'));
    const f = path.join(dir, 'corrections.jsonl');
    writeFileSync(f, JSON.stringify({ text: 'x', bodies: ['nope'], kind: 'klacht', who: 'a', when: 'b' }) + '\n');
    expect(() => readCorrections(f)).to.throw(/correction 1 invalid/);
  });
});
