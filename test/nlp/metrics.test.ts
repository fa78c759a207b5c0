import { expect } from 'chai';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeReport } from '../../nlp/metrics.js';
import { readExamples } from '../../nlp/corpus.js';

describe('nlp eval metrics', () => {
  // tiny hand-made labelled file and hand-computed figures
  const dir = mkdtempSync(path.join(tmpdir(), 'nlp-metrics-'));
  const file = path.join(dir, 'tiny.jsonl');
  writeFileSync(file, [
    { id: 'a', text: 'x', bodies: ['gemeente-wmo', 'zorgaanbieder'], kind: 'klacht', urgency: 'normaal', lang: 'nl' },
    { id: 'b', text: 'x', bodies: ['uwv'], kind: 'vraag', urgency: 'normaal', lang: 'nl' },
    { id: 'c', text: 'x', bodies: ['cak'], kind: 'crisis', urgency: 'crisis', lang: 'en' },
    { id: 'd', text: 'x', bodies: ['svb'], kind: 'bezwaar', urgency: 'hoog', lang: 'nl' },
  ].map((o) => JSON.stringify(o)).join('\n') + '\n');
  const gold = readExamples(file);
  const pred = [
    { bodies: ['gemeente-wmo'], kind: 'klacht', urgency: 'normaal', lang: 'nl' },          // top1 ok, 1 of 2 bodies
    { bodies: ['gemeente-werk-inkomen', 'uwv'], kind: 'vraag', urgency: 'normaal', lang: 'nl' }, // top1 wrong
    { bodies: ['cak'], kind: 'klacht', urgency: 'crisis', lang: 'nl' },                     // crisis via urgency
    { bodies: ['svb'], kind: 'crisis', urgency: 'crisis', lang: 'nl' },                     // false crisis
  ];
  const r = computeReport(gold, pred);
  it('body top-1 accuracy', () => expect(r.bodyTop1).to.equal(3 / 4));
  it('bodies micro-F1 over (message, body) pairs', () => {
    // tp: wmo, uwv, cak, svb = 4; fp: werk-inkomen = 1; fn: zorgaanbieder = 1 → P=R=0.8
    expect(r.bodiesMicroF1).to.be.closeTo(0.8, 1e-9);
  });
  it('bodies macro-F1 over every body in labels or predictions', () => {
    // wmo 1, zorgaanbieder 0, uwv 1, werk-inkomen 0, cak 1, svb 1 → 4/6
    expect(r.bodiesMacroF1).to.be.closeTo(4 / 6, 1e-9);
  });
  it('kind and urgency accuracy, per-kind F1', () => {
    expect(r.kindAccuracy).to.equal(2 / 4);
    expect(r.urgencyAccuracy).to.equal(3 / 4);
    expect(r.perKind['klacht']!.precision).to.equal(0.5);
    expect(r.perKind['klacht']!.recall).to.equal(1);
  });
  it('crisis recall and precision use kind OR urgency', () => {
    expect(r.crisis.recall).to.equal(1);
    expect(r.crisis.precision).to.equal(0.5);
  });
  it('language accuracy and confusion', () => {
    expect(r.languageAccuracy).to.equal(3 / 4);
    expect(r.confusion['uwv']).to.deep.equal({ 'gemeente-werk-inkomen': 1 });
  });
});
