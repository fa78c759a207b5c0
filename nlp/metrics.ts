/**
 * Evaluation metrics, as defined in /work/shared/eval/README.md:
 * body top-1 accuracy; bodies micro-F1 over (message, body) pairs; bodies macro-F1 = mean per-body F1
 * over every body in labels or predictions; kind/urgency/language accuracy (exact match); per-kind F1;
 * crisis (kind or urgency = crisis) recall and precision; confusion of first bodies.
 */
export interface Gold { id?: string; channel?: string; lang?: string; bodies: string[]; kind: string; urgency: string }
export interface Pred { bodies: string[]; kind: string; urgency: string; lang: string }

export interface Prf { precision: number; recall: number; f1: number; support: number }
export interface Report {
  n: number;
  bodyTop1: number;
  bodiesMicroF1: number;
  bodiesMacroF1: number;
  perBody: Record<string, Prf>;
  kindAccuracy: number;
  perKind: Record<string, Prf>;
  urgencyAccuracy: number;
  crisis: { recall: number; precision: number; tp: number; fp: number; fn: number };
  languageAccuracy: number;
  confusion: Record<string, Record<string, number>>;
}

const div = (a: number, b: number, empty = 0) => (b === 0 ? empty : a / b);
function prf(tp: number, fp: number, fn: number): Prf {
  const precision = div(tp, tp + fp);
  const recall = div(tp, tp + fn);
  return { precision, recall, f1: div(2 * precision * recall, precision + recall), support: tp + fn };
}

/** Compute the report for aligned gold/pred arrays. Empty crisis sets give recall/precision 1. */
export function computeReport(gold: Gold[], pred: Pred[]): Report {
  if (gold.length !== pred.length) throw new Error('computeReport: gold and pred differ in length');
  const n = gold.length;
  let top1 = 0, kindOk = 0, urgOk = 0, langOk = 0, langN = 0;
  const bodyCounts = new Map<string, { tp: number; fp: number; fn: number }>();
  const kindCounts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (m: Map<string, { tp: number; fp: number; fn: number }>, k: string) => {
    let v = m.get(k); if (!v) { v = { tp: 0, fp: 0, fn: 0 }; m.set(k, v); } return v;
  };
  let ctp = 0, cfp = 0, cfn = 0;
  const confusion: Record<string, Record<string, number>> = {};
  for (let i = 0; i < n; i++) {
    const g = gold[i]!; const p = pred[i]!;
    if (g.bodies[0] === p.bodies[0]) top1++;
    const row = (confusion[g.bodies[0]!] ??= {});
    row[p.bodies[0] ?? '-'] = (row[p.bodies[0] ?? '-'] ?? 0) + 1;
    const gs = new Set(g.bodies); const ps = new Set(p.bodies);
    for (const b of ps) { if (gs.has(b)) get(bodyCounts, b).tp++; else get(bodyCounts, b).fp++; }
    for (const b of gs) if (!ps.has(b)) get(bodyCounts, b).fn++;
    if (g.kind === p.kind) { kindOk++; get(kindCounts, g.kind).tp++; } else { get(kindCounts, p.kind).fp++; get(kindCounts, g.kind).fn++; }
    if (g.urgency === p.urgency) urgOk++;
    if (g.lang !== undefined) { langN++; if (g.lang === p.lang) langOk++; }
    const gc = g.kind === 'crisis' || g.urgency === 'crisis';
    const pc = p.kind === 'crisis' || p.urgency === 'crisis';
    if (gc && pc) ctp++; else if (pc) cfp++; else if (gc) cfn++;
  }
  let stp = 0, sfp = 0, sfn = 0;
  const perBody: Record<string, Prf> = {};
  for (const [b, c] of [...bodyCounts.entries()].sort()) { perBody[b] = prf(c.tp, c.fp, c.fn); stp += c.tp; sfp += c.fp; sfn += c.fn; }
  const micro = prf(stp, sfp, sfn).f1;
  const macroVals = Object.values(perBody).map((x) => x.f1);
  const perKind: Record<string, Prf> = {};
  for (const [k, c] of [...kindCounts.entries()].sort()) perKind[k] = prf(c.tp, c.fp, c.fn);
  return {
    n,
    bodyTop1: div(top1, n),
    bodiesMicroF1: micro,
    bodiesMacroF1: div(macroVals.reduce((a, b) => a + b, 0), macroVals.length),
    perBody,
    kindAccuracy: div(kindOk, n),
    perKind,
    urgencyAccuracy: div(urgOk, n),
    crisis: { recall: div(ctp, ctp + cfn, 1), precision: div(ctp, ctp + cfp, 1), tp: ctp, fp: cfp, fn: cfn },
    languageAccuracy: div(langOk, langN, 1),
    confusion,
  };
}
