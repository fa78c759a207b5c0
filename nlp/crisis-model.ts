/**
 * Crisis third net: a small linear model over words and character n-grams, run only when neither
 * the phrase rules (crisis.ts) nor the concept net (crisis-concepts.ts) fired.
 *
 * Why: rules catch the wordings their authors thought of. Crisis messages written by people who
 * never saw the rules ("blind" probe sets, nl/en/tr/pl/ar/uk) were caught about a third of the
 * time, worst in the languages with rich morphology, where a phrase rule needs every inflection.
 * Character n-grams of a model trained on the project's own crisis corpus
 * (`nlp/corpus/crisis/<lang>.jsonl`: crisis lines per category and look-alikes that are not a
 * present danger) see "powiesić się", "powieszę się", "powiesiłbym" as the same stem.
 *
 * The net only ADDS: a message the rules flag is flagged whatever the model says (DESIGN §6: crisis
 * handling never depends on the model's mood), and the decision threshold is fixed at training time
 * from a held-out split (`chooseThreshold`), not tuned per message. Deterministic: same corpus →
 * same weights (seeded SGD), and the head is stored inside the model artifact.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { crisisNormalise } from './crisis.js';
import { buildVocab, headScores, trainHead, Vectorizer, type SoftmaxHead, type SparseVec } from './model.js';
import type { CharNgramConfig } from './text.js';
import type { CrisisMatch } from './types.js';

/** Labels of the crisis head; index 0 is "no crisis". */
export const CRISIS_LABELS = ['none', 'suicide', 'violence', 'child-danger', 'basic-needs'] as const;
type CrisisLabel = (typeof CRISIS_LABELS)[number];

/** The crisis head as stored in the model artifact (`ModelArtifact.crisis`). */
export interface CrisisHeadArtifact {
  vocab: string[];
  idf: number[];
  chars: CharNgramConfig;
  head: SoftmaxHead;
  /** fire when 1 − P(none) ≥ threshold (chosen on a held-out split, see chooseThreshold) */
  threshold: number;
  /** what the threshold gave on the held-out split: recall of crisis lines, false alarms on each kind of negative */
  heldOut: { positives: number; recall: number; lookAlikes: number; lookAlikeAlarms: number; corpus: number; corpusAlarms: number };
  trainedOn: { positives: number; lookAlikes: number; corpus: number; sources: string[] };
}

/** One line of `nlp/corpus/crisis/<lang>.jsonl`. */
export const CrisisLineSchema = z.object({
  lang: z.string().min(2).max(3),
  crisis: z.boolean(),
  category: z.enum(['none', 'suicide', 'violence', 'child-danger', 'basic-needs']),
  text: z.string().min(1).max(20_000),
}).refine((l) => (l.category === 'none') === !l.crisis, { message: 'category must be "none" exactly when crisis is false' });
export type CrisisLine = z.infer<typeof CrisisLineSchema>;

/**
 * Read every `*.jsonl` in `dir`, sorted by name.
 * @returns the lines and the file names read ([] when the folder does not exist)
 * @throws Error naming file and line when a line is not JSON or does not match CrisisLineSchema
 */
export function readCrisisCorpus(dir: string): { lines: CrisisLine[]; files: string[]; raw: string } {
  if (!existsSync(dir)) return { lines: [], files: [], raw: '' };
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const lines: CrisisLine[] = [];
  let raw = '';
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    raw += f + '\n' + text;
    text.split('\n').forEach((l, i) => {
      if (!l.trim()) return;
      let parsed: unknown;
      try { parsed = JSON.parse(l); } catch { throw new Error(`${f}:${i + 1}: not JSON`); }
      const r = CrisisLineSchema.safeParse(parsed);
      if (!r.success) throw new Error(`${f}:${i + 1}: ${r.error.issues.map((x) => x.path.join('.') + ' ' + x.message).join('; ')}`);
      lines.push(r.data);
    });
  }
  return { lines, files, raw };
}

/** Training settings of the crisis head (part of the model version hash through train.ts). */
export interface CrisisTrainOptions {
  minDf: number; charMinDf: number; chars: CharNgramConfig; epochs: number; lr: number; l2: number; seed: number;
  /** weight of a look-alike negative relative to an ordinary corpus line */
  lookAlikeWeight: number;
  /** highest share of held-out look-alikes and of held-out corpus lines that may fire */
  maxLookAlikeAlarms: number; maxCorpusAlarms: number;
  /** the threshold never goes below this */
  minThreshold: number;
}
export const DEFAULT_CRISIS_OPTIONS: CrisisTrainOptions = {
  minDf: 2, charMinDf: 3, chars: { n: [3, 4, 5], minLen: 4, weight: 1 }, epochs: 15, lr: 0.5, l2: 1e-5, seed: 20261202,
  lookAlikeWeight: 3, maxLookAlikeAlarms: 0.03, maxCorpusAlarms: 0.002, minThreshold: 0.5,
};

const stableHash = (x: string): number => createHash('sha256').update(x).digest().readUInt32BE(0);

interface Item { text: string; label: CrisisLabel; w: number; kind: 'positive' | 'lookAlike' | 'corpus'; group: string }

/** An ordinary corpus message used as a negative; `group` (its template) keeps siblings on one side of the split. */
export interface CorpusNegative { text: string; group?: string }

/**
 * Features the net must not read: message length and punctuation say nothing about danger, and
 * with crisis lines shorter on average than corpus lines "LEN:short" alone made "ja" or "👍" a
 * crisis (found by a tester, 2026-12-02).
 */
const isCueFeature = (f: string) => f.startsWith('LEN:') || f.startsWith('P:');

/** Fewest word tokens the net decides on: shorter texts are the rules' alone ("ja", a postcode, an emoji). */
export const CRISIS_NET_MIN_TOKENS = 4;
const WORD_RE = /[\p{L}][\p{L}'-]*/gu;

function fit(items: Item[], o: CrisisTrainOptions): { vocab: string[]; idf: number[]; head: SoftmaxHead; vec: Vectorizer } {
  const texts = items.map((i) => crisisNormalise(i.text));
  const built = buildVocab(texts, o.minDf, o.chars, o.charMinDf);
  const keep = built.vocab.map((f, i) => (isCueFeature(f) ? -1 : i)).filter((i) => i >= 0);
  const vocab = keep.map((i) => built.vocab[i]!);
  const roundedIdf = keep.map((i) => Math.round(built.idf[i]! * 1e4) / 1e4);
  const vec = new Vectorizer(vocab, roundedIdf, o.chars);
  // class balance: weight ∝ 1/sqrt(label frequency), mean 1
  const cnt = new Map<CrisisLabel, number>();
  for (const it of items) cnt.set(it.label, (cnt.get(it.label) ?? 0) + it.w);
  const raw = items.map((it) => it.w / Math.sqrt(cnt.get(it.label)!));
  const mean = raw.reduce((a, b) => a + b, 0) / Math.max(1, raw.length);
  const train = texts.map((t, i) => ({ x: vec.vectorize(t), y: CRISIS_LABELS.map((l) => (l === items[i]!.label ? 1 : 0)), w: raw[i]! / mean }));
  const head = trainHead(train, vocab.length, [...CRISIS_LABELS], false, { epochs: o.epochs, lr: o.lr, l2: o.l2, seed: o.seed });
  return { vocab, idf: roundedIdf, head, vec };
}

const scoreOf = (head: SoftmaxHead, x: SparseVec): number => 1 - headScores(head, x, false)[0]!;

/**
 * The lowest threshold (≥ minThreshold, in steps of 0.01) at which at most `maxLookAlikeAlarms` of
 * the held-out look-alikes and at most `maxCorpusAlarms` of the held-out corpus lines fire.
 * @param scores held-out scores (1 − P(none)) by kind of example
 */
export function chooseThreshold(scores: { lookAlike: number[]; corpus: number[] }, o: Pick<CrisisTrainOptions, 'maxLookAlikeAlarms' | 'maxCorpusAlarms' | 'minThreshold'>): number {
  const share = (xs: number[], t: number) => (xs.length === 0 ? 0 : xs.filter((s) => s >= t).length / xs.length);
  for (let t100 = Math.round(o.minThreshold * 100); t100 < 100; t100++) {
    const t = t100 / 100;
    if (share(scores.lookAlike, t) <= o.maxLookAlikeAlarms && share(scores.corpus, t) <= o.maxCorpusAlarms) return t;
  }
  return 0.99;
}

/**
 * Train the crisis head.
 * @param crisisLines the project's crisis corpus (positives and look-alikes)
 * @param corpus ordinary (non-crisis) corpus messages with their template group, used as negatives
 * @param sources file names, recorded in the artifact
 * @returns the head with its threshold, chosen on a 20 % held-out split (by a hash of the corpus
 *   line's template group, or of the crisis line) of a model trained on the other 80 %; the stored
 *   head is then trained on everything
 */
export function trainCrisisHead(crisisLines: CrisisLine[], corpus: CorpusNegative[], sources: string[], o: CrisisTrainOptions = DEFAULT_CRISIS_OPTIONS): CrisisHeadArtifact {
  const items: Item[] = [
    ...crisisLines.map((l): Item => (l.crisis
      ? { text: l.text, label: l.category as CrisisLabel, w: 1, kind: 'positive', group: l.text }
      : { text: l.text, label: 'none', w: o.lookAlikeWeight, kind: 'lookAlike', group: l.text })),
    ...corpus.map((c): Item => ({ text: c.text, label: 'none', w: 1, kind: 'corpus', group: c.group ?? c.text })),
  ];
  const held = (it: Item) => stableHash(it.group) % 5 === 0;
  const part = fit(items.filter((it) => !held(it)), o);
  const heldItems = items.filter(held);
  const s = heldItems.map((it) => ({ it, s: scoreOf(part.head, part.vec.vectorize(crisisNormalise(it.text))) }));
  const by = (k: Item['kind']) => s.filter((e) => e.it.kind === k).map((e) => e.s);
  const threshold = chooseThreshold({ lookAlike: by('lookAlike'), corpus: by('corpus') }, o);
  const pos = by('positive'); const la = by('lookAlike'); const co = by('corpus');
  const full = fit(items, o);
  return {
    vocab: full.vocab, idf: full.idf, chars: o.chars, head: full.head, threshold,
    heldOut: {
      positives: pos.length, recall: round(pos.filter((x) => x >= threshold).length / Math.max(1, pos.length)),
      lookAlikes: la.length, lookAlikeAlarms: la.filter((x) => x >= threshold).length,
      corpus: co.length, corpusAlarms: co.filter((x) => x >= threshold).length,
    },
    trainedOn: {
      positives: items.filter((i) => i.kind === 'positive').length,
      lookAlikes: items.filter((i) => i.kind === 'lookAlike').length,
      corpus: corpus.length,
      sources,
    },
  };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** A crisis detector built from a stored head: text already passed through crisisNormalise. */
export type CrisisNet = (normalised: string, lang: string) => CrisisMatch | null;

/**
 * Build the detector.
 * @returns a function that gives a CrisisMatch (rule `model:<category>`) when 1 − P(none) ≥ the
 *   stored threshold, the category being the most probable crisis label; null otherwise, and always
 *   null for a text of fewer than CRISIS_NET_MIN_TOKENS words or without a known feature
 */
export function crisisNetFrom(a: CrisisHeadArtifact): CrisisNet {
  const vec = new Vectorizer(a.vocab, a.idf, a.chars);
  return (normalised, lang) => {
    let words = 0;
    WORD_RE.lastIndex = 0;
    while (words < CRISIS_NET_MIN_TOKENS && WORD_RE.exec(normalised)) words++;
    if (words < CRISIS_NET_MIN_TOKENS) return null;
    const x = vec.vectorize(normalised);
    if (x.idx.length === 0) return null;
    const p = headScores(a.head, x, false);
    if (1 - p[0]! < a.threshold) return null;
    let best = 1;
    for (let i = 2; i < p.length; i++) if (p[i]! > p[best]!) best = i;
    const category = CRISIS_LABELS[best] as CrisisMatch['category'];
    return { category, lang, rule: `model:${category}` };
  };
}

/**
 * True when `a` is a usable CrisisHeadArtifact: the labels of CRISIS_LABELS in their order, a bias
 * per label, a finite weight per feature and label, idf per feature, a threshold in (0, 1), and a
 * char n-gram config. A head that fails this must not load (a wrong bias alone flags every message).
 */
export function isCrisisHead(a: unknown): a is CrisisHeadArtifact {
  const h = a as Partial<CrisisHeadArtifact> | undefined;
  if (!h || !Array.isArray(h.vocab) || !Array.isArray(h.idf) || h.idf.length !== h.vocab.length) return false;
  const head = h.head;
  if (!head || !Array.isArray(head.labels) || head.labels.join() !== CRISIS_LABELS.join()) return false;
  if (!Array.isArray(head.b) || head.b.length !== CRISIS_LABELS.length || !head.b.every(Number.isFinite)) return false;
  if (!Array.isArray(head.W) || head.W.length !== CRISIS_LABELS.length * h.vocab.length) return false;
  for (const w of head.W) if (typeof w !== 'number' || !Number.isFinite(w)) return false;
  for (const v of h.idf) if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  if (typeof h.threshold !== 'number' || !(h.threshold > 0 && h.threshold < 1)) return false;
  const c = h.chars;
  return !!c && Array.isArray(c.n) && c.n.every((n) => Number.isInteger(n) && n > 0) && typeof c.weight === 'number' && typeof c.minLen === 'number';
}
