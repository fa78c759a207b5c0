import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crisisNetFrom } from '../../nlp/crisis-model.js';
import { defaultModelPath } from '../../nlp/classifier.js';
import { loadClassifier } from '../../nlp/index.js';

// Found by a tester (2026-12-02, round against the crisis third net, commit 8c2dc65).
describe('crisis net (tester 2026-12-02): a corrupt crisis head is refused', function () {
  this.timeout(120_000);

  it('loadClassifier refuses a crisis head whose bias, labels, weights or threshold are corrupt', async () => {
    const base = JSON.parse(readFileSync(await defaultModelPath(), 'utf8'));
    const dir = mkdtempSync(path.join(tmpdir(), 'crisis-head-'));
    const corrupt: Record<string, (a: any) => void> = {
      'b of length 2': (a) => { a.crisis.head.b = [0, 0]; },
      'b missing': (a) => { delete a.crisis.head.b; },
      'labels reordered': (a) => { a.crisis.head.labels = ['suicide', 'none', 'violence', 'child-danger', 'basic-needs']; },
      'three labels': (a) => { a.crisis.head.labels = ['none', 'x', 'y']; },
      'a null weight': (a) => { a.crisis.head.W[7] = null; },
      'threshold 0': (a) => { a.crisis.threshold = 0; },
      'threshold 5': (a) => { a.crisis.threshold = 5; },
    };
    const accepted: string[] = [];
    for (const [name, f] of Object.entries(corrupt)) {
      const a = structuredClone(base); f(a);
      const p = path.join(dir, `model-${name.replace(/\W+/g, '_')}.json`);
      writeFileSync(p, JSON.stringify(a));
      try { await loadClassifier(p); accepted.push(name); } catch (e) {
        if (!/corrupt|unknown format/.test((e as Error).message)) accepted.push(`${name} (unclear error: ${(e as Error).message})`);
      }
    }
    expect(accepted).to.deep.equal([]);
  });
});
