/**
 * npx tsx nlp/cli/heldout.ts [--folds N] [--seeds N] [--train JSON] [--decision JSON] [--bodies]
 * Honest check against template memorisation: k-fold cross-validation over the corpus BY SCENARIO
 * (template group). Each fold trains on the other scenarios and runs the full pipeline (keyword
 * priors, rules) on the unseen ones; the pooled predictions give the eval figures of README.md.
 * No eval data is involved.
 *
 * --seeds N     repeat with N SGD seeds (the default seed, then 1 … N-1) and report the mean: one
 *               seed moves top-1 by about ±0.002, so compare settings on the mean of ≥ 4 seeds
 * --train JSON  TrainOptions overrides, e.g. '{"chars":{"n":[4],"minLen":4,"weight":0.5}}'
 * --decision JSON  DecisionSettings overrides (classifier.ts), e.g. '{"priorWeight":1.3}'
 * --bodies      per-body held-out recall and the first bodies they are confused with (last seed)
 */
import '../quiet-env.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { classifierFromArtifact, DEFAULT_DECISION } from '../classifier.js';
import { readExamples } from '../corpus.js';
import { computeReport, type Gold, type Pred, type Report } from '../metrics.js';
import { DEFAULT_TRAIN_OPTIONS, MODEL_FORMAT, trainHeads } from '../model.js';
import { corpusFiles } from '../train.js';
import type { LabelledExample } from '../types.js';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const folds = Number(arg('--folds') ?? 5);
const nSeeds = Number(arg('--seeds') ?? 1);
const trainOpts = { ...DEFAULT_TRAIN_OPTIONS, ...JSON.parse(arg('--train') ?? '{}') };
const decision = { ...DEFAULT_DECISION, ...JSON.parse(arg('--decision') ?? '{}') };
const fold = (e: LabelledExample) => createHash('sha256').update('fold:' + (e.group ?? e.id ?? e.text)).digest().readUInt32BE(0) % folds;

const all: LabelledExample[] = [];
for (const f of corpusFiles()) all.push(...(f.endsWith('generated.jsonl') ? readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LabelledExample) : readExamples(f)));

const f = (x: number) => x.toFixed(3);
const seeds = [trainOpts.seed, ...Array.from({ length: nSeeds - 1 }, (_, i) => i + 1)];
const reports: Report[] = [];
for (const seed of seeds) {
  const golds: Gold[] = [];
  const preds: Pred[] = [];
  for (let k = 0; k < folds; k++) {
    const trainPart = all.filter((e) => fold(e) !== k);
    const held = all.filter((e) => fold(e) === k);
    const m = trainHeads(trainPart, { ...trainOpts, seed });
    const clf = classifierFromArtifact({
      format: MODEL_FORMAT, version: `fold${k}`, trainedOn: { examples: trainPart.length, corrections: 0, sources: [] },
      vocab: m.vocab, idf: m.idf, ...(m.chars ? { chars: m.chars } : {}), heads: m.heads, calibration: { raw: [], calibrated: [], heldOut: 0, heldOutTop1: 0 },
    }, decision);
    for (const e of held) {
      const c = clf.classify({ text: e.text, ...(e.subject ? { subject: e.subject } : {}) });
      golds.push({ bodies: e.bodies, kind: e.kind, urgency: e.urgency, ...(e.lang ? { lang: e.lang } : {}) });
      preds.push({ bodies: c.bodies, kind: c.kind, urgency: c.urgency, lang: c.lang });
    }
    process.stderr.write(`seed ${seed} fold ${k + 1}/${folds}: ${held.length} held-out examples\n`);
  }
  const r = computeReport(golds, preds);
  reports.push(r);
  if (nSeeds > 1) console.log(`  seed ${seed}: top1=${r.bodyTop1.toFixed(4)} microF1=${r.bodiesMicroF1.toFixed(4)}`);
}
const mean = (g: (r: Report) => number) => reports.reduce((a, r) => a + g(r), 0) / reports.length;
const r = reports[reports.length - 1]!;
console.log(`held-out by scenario (${folds} folds, n=${r.n}${nSeeds > 1 ? `, mean of ${nSeeds} seeds` : ''}): top1=${f(mean((x) => x.bodyTop1))} ` +
  `microF1=${f(mean((x) => x.bodiesMicroF1))} macroF1=${f(mean((x) => x.bodiesMacroF1))} kind=${f(mean((x) => x.kindAccuracy))} ` +
  `urgency=${f(mean((x) => x.urgencyAccuracy))} crisisR=${f(mean((x) => x.crisis.recall))} crisisP=${f(mean((x) => x.crisis.precision))}`);
for (const [k, v] of Object.entries(r.perKind)) console.log(`  kind ${k.padEnd(8)} F1 ${f(v.f1)}  P ${f(v.precision)} R ${f(v.recall)}  n=${v.support}`);
if (args.includes('--bodies')) {
  console.log('per first body: held-out recall, n, predicted instead');
  for (const [g, row] of Object.entries(r.confusion).sort()) {
    const n = Object.values(row).reduce((a, b) => a + b, 0);
    const wrong = Object.entries(row).filter(([p]) => p !== g).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    console.log(`  ${g.padEnd(22)} ${f((row[g] ?? 0) / n)} n=${String(n).padEnd(4)} ${wrong.slice(0, 4).map(([p, c]) => `${p}:${c}`).join('  ')}`);
  }
}
