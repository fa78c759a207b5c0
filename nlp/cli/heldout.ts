/**
 * npm run heldout:nlp [-- --folds N]
 * Honest check against template memorisation: k-fold cross-validation over the corpus BY SCENARIO
 * (template group). Each fold trains on the other scenarios and runs the full pipeline (keyword
 * priors, rules) on the unseen ones; the pooled predictions give the eval figures of README.md.
 * No eval data is involved.
 */
import '../quiet-env.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { classifierFromArtifact } from '../classifier.js';
import { readExamples } from '../corpus.js';
import { computeReport, type Gold, type Pred } from '../metrics.js';
import { DEFAULT_TRAIN_OPTIONS, MODEL_FORMAT, trainHeads } from '../model.js';
import { corpusFiles } from '../train.js';
import type { LabelledExample } from '../types.js';

const args = process.argv.slice(2);
const folds = args.includes('--folds') ? Number(args[args.indexOf('--folds') + 1]) : 5;
const fold = (e: LabelledExample) => createHash('sha256').update('fold:' + (e.group ?? e.id ?? e.text)).digest().readUInt32BE(0) % folds;

const all: LabelledExample[] = [];
for (const f of corpusFiles()) all.push(...(f.endsWith('generated.jsonl') ? readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LabelledExample) : readExamples(f)));

const golds: Gold[] = [];
const preds: Pred[] = [];
for (let k = 0; k < folds; k++) {
  const trainPart = all.filter((e) => fold(e) !== k);
  const held = all.filter((e) => fold(e) === k);
  const m = trainHeads(trainPart, DEFAULT_TRAIN_OPTIONS);
  const clf = classifierFromArtifact({
    format: MODEL_FORMAT, version: `fold${k}`, trainedOn: { examples: trainPart.length, corrections: 0, sources: [] },
    vocab: m.vocab, idf: m.idf, heads: m.heads, calibration: { raw: [], calibrated: [], heldOut: 0, heldOutTop1: 0 },
  });
  for (const e of held) {
    const c = clf.classify({ text: e.text, ...(e.subject ? { subject: e.subject } : {}) });
    golds.push({ bodies: e.bodies, kind: e.kind, urgency: e.urgency, ...(e.lang ? { lang: e.lang } : {}) });
    preds.push({ bodies: c.bodies, kind: c.kind, urgency: c.urgency, lang: c.lang });
  }
  process.stderr.write(`fold ${k + 1}/${folds}: ${held.length} held-out examples\n`);
}
const r = computeReport(golds, preds);
const f = (x: number) => x.toFixed(3);
console.log(`held-out by scenario (${folds} folds, n=${r.n}): top1=${f(r.bodyTop1)} microF1=${f(r.bodiesMicroF1)} ` +
  `macroF1=${f(r.bodiesMacroF1)} kind=${f(r.kindAccuracy)} urgency=${f(r.urgencyAccuracy)} ` +
  `crisisR=${f(r.crisis.recall)} crisisP=${f(r.crisis.precision)}`);
for (const [k, v] of Object.entries(r.perKind)) console.log(`  kind ${k.padEnd(8)} F1 ${f(v.f1)}  P ${f(v.precision)} R ${f(v.recall)}  n=${v.support}`);
