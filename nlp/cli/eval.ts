/**
 * npm run eval -- FILE.jsonl [--json OUT] [--model PATH]
 * Classifies a labelled file (format of /work/shared/eval/dev.jsonl) and prints the figures
 * defined in /work/shared/eval/README.md, overall, per channel and per language.
 */
import '../quiet-env.js';
import { writeFileSync } from 'node:fs';
import { loadClassifier } from '../classifier.js';
import { readLabelled } from '../corpus.js';
import { computeReport, type Gold, type Pred, type Report } from '../metrics.js';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]!.startsWith('--')));
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const modelPath = args.includes('--model') ? args[args.indexOf('--model') + 1] : undefined;
const verbose = args.includes('--errors');
if (!file) { console.error('usage: npm run eval -- FILE.jsonl [--json OUT] [--model PATH] [--errors]'); process.exit(2); }

let gold: ReturnType<typeof readLabelled>;
try { gold = readLabelled(file); } catch (e) { console.error(`eval: ${(e as Error).message}`); process.exit(2); }
const clf = await loadClassifier(modelPath);
const preds: Pred[] = gold.map((g) => {
  const c = clf.classify({ text: g.text, ...(g.subject ? { subject: g.subject } : {}), ...(g.channel ? { channel: g.channel } : {}) });
  return { bodies: c.bodies, kind: c.kind, urgency: c.urgency, lang: c.lang };
});
const golds: Gold[] = gold.map((g) => ({ id: g.id, channel: g.channel, lang: g.lang, bodies: g.bodies, kind: g.kind, urgency: g.urgency }));

const f = (x: number) => x.toFixed(3);
function summary(r: Report): string {
  return `n=${r.n} top1=${f(r.bodyTop1)} microF1=${f(r.bodiesMicroF1)} macroF1=${f(r.bodiesMacroF1)} kind=${f(r.kindAccuracy)} ` +
    `urgency=${f(r.urgencyAccuracy)} crisisR=${r.crisis.tp + r.crisis.fn > 0 ? f(r.crisis.recall) : 'n/a'} ` +
    `crisisP=${r.crisis.tp + r.crisis.fp > 0 ? f(r.crisis.precision) : 'n/a'} lang=${f(r.languageAccuracy)}`;
}
function group(key: (g: Gold) => string | undefined): Record<string, Report> {
  const out: Record<string, Report> = {};
  const keys = [...new Set(golds.map(key))].filter((k): k is string => !!k).sort();
  for (const k of keys) {
    const idx = golds.map((g, i) => (key(g) === k ? i : -1)).filter((i) => i >= 0);
    out[k] = computeReport(idx.map((i) => golds[i]!), idx.map((i) => preds[i]!));
  }
  return out;
}
const overall = computeReport(golds, preds);
const perChannel = group((g) => g.channel);
const perLanguage = group((g) => g.lang);

const lines: string[] = [];
lines.push(`model ${clf.modelVersion} on ${file}`);
lines.push('');
lines.push(`body top-1 accuracy   ${f(overall.bodyTop1)}`);
lines.push(`bodies micro-F1       ${f(overall.bodiesMicroF1)}`);
lines.push(`bodies macro-F1       ${f(overall.bodiesMacroF1)}`);
lines.push(`kind accuracy         ${f(overall.kindAccuracy)}`);
for (const [k, v] of Object.entries(overall.perKind)) lines.push(`  kind ${k.padEnd(8)} F1 ${f(v.f1)}  P ${f(v.precision)} R ${f(v.recall)}  n=${v.support}`);
lines.push(`urgency accuracy      ${f(overall.urgencyAccuracy)}`);
lines.push(`crisis recall         ${f(overall.crisis.recall)}  (tp ${overall.crisis.tp}, fn ${overall.crisis.fn})`);
lines.push(`crisis precision      ${f(overall.crisis.precision)}  (fp ${overall.crisis.fp})`);
lines.push(`language accuracy     ${f(overall.languageAccuracy)}`);
lines.push('');
lines.push('per body: F1 (P/R, support)');
for (const [b, v] of Object.entries(overall.perBody)) lines.push(`  ${b.padEnd(22)} ${f(v.f1)} (${f(v.precision)}/${f(v.recall)}, ${v.support})`);
lines.push('');
lines.push('confusion of first bodies (rows = labelled, cols = predicted; only non-zero cells)');
for (const [g, row] of Object.entries(overall.confusion).sort()) {
  lines.push(`  ${g.padEnd(22)} ` + Object.entries(row).sort((a, b) => b[1] - a[1]).map(([p, c]) => `${p}:${c}`).join('  '));
}
lines.push('');
lines.push('per channel');
for (const [k, r] of Object.entries(perChannel)) lines.push(`  ${k.padEnd(9)} ${summary(r)}`);
lines.push('per language');
for (const [k, r] of Object.entries(perLanguage)) lines.push(`  ${k.padEnd(9)} ${summary(r)}`);
if (verbose) {
  lines.push('');
  lines.push('errors (id: gold → pred)');
  golds.forEach((g, i) => {
    const p = preds[i]!;
    const bad = g.bodies.join('+') !== p.bodies.join('+') || g.kind !== p.kind || g.urgency !== p.urgency || g.lang !== p.lang;
    if (bad) lines.push(`  ${g.id}: ${g.bodies.join('+')}/${g.kind}/${g.urgency}/${g.lang} → ${p.bodies.join('+')}/${p.kind}/${p.urgency}/${p.lang}`);
  });
}
console.log(lines.join('\n'));
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ model: clf.modelVersion, file, overall, perChannel, perLanguage }, null, 2) + '\n');
  console.error(`wrote ${jsonOut}`);
}
