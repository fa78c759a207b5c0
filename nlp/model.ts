/**
 * The statistical part of the classifier: TF-IDF features (text.ts) and small linear models
 * trained with seeded, deterministic SGD. Same corpus + same code ⇒ byte-identical artifact.
 *
 * Heads:
 *  - body1   softmax over all bodies: the first (most responsible) body
 *  - bodyAny one-vs-rest logistic per body: every involved body (multi-label)
 *  - kind    softmax over klacht/signaal/bezwaar/vraag (crisis comes from the rule layer)
 *  - urgency softmax over hoog/normaal (crisis comes from the rule layer)
 */
import { charNgrams, features, morphemesOf, NO_CHAR_NGRAMS, stem, STOP, tokenize, type CharNgramConfig } from './text.js';
import { glossToDutch } from './gloss.js';
import { detectLanguage } from './lang.js';
import { BODIES, type Body, type LabelledExample } from './types.js';
import type { CrisisHeadArtifact } from './crisis-model.js';

export const MODEL_FORMAT = 'aan-tafel-nlp/1';
export const KIND_LABELS = ['klacht', 'signaal', 'bezwaar', 'vraag'] as const;
export const URGENCY_LABELS = ['hoog', 'normaal'] as const;

export interface SoftmaxHead { labels: string[]; W: number[]; b: number[] }
export interface ModelArtifact {
  format: string;
  version: string;
  trainedOn: { examples: number; corrections: number; sources: string[] };
  vocab: string[];
  idf: number[];
  /** character n-gram settings (absent in older artifacts = none) */
  chars?: CharNgramConfig;
  heads: { body1: SoftmaxHead; bodyAny: SoftmaxHead; kind: SoftmaxHead; urgency: SoftmaxHead };
  /** crisis third net (crisis-model.ts); absent in artifacts trained before it existed */
  crisis?: CrisisHeadArtifact;
  /** isotonic map raw top-body probability → P(top body correct), from a held-out split */
  calibration: { raw: number[]; calibrated: number[]; heldOut: number; heldOutTop1: number };
}

/** The text the model sees: subject (twice: it is dense), body text, Dutch glosses of foreign terms. */
export function modelText(text: string, subject?: string, lang?: string): string {
  const l = lang ?? detectLanguage((subject ? subject + '\n' : '') + text);
  const g = glossToDutch((subject ? subject + ' ' : '') + text, l);
  return (subject ? `${subject} . ${subject} . ` : '') + text + (g ? ' ' + g : '');
}

/** mulberry32: tiny seeded PRNG for deterministic shuffles. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sparse vector; the first `nWord` entries are the word block (all of it without char n-grams). */
export interface SparseVec { idx: Int32Array; val: Float64Array; nWord: number }

/**
 * Cached per token: its stem, vocabulary indices of its unigram (-1 = unknown), morphemes and char
 * n-grams, and the bigram index per following stem (a small cache: no key string built per message).
 */
interface TokenFeatures { s: string; u: number; m: number[]; c: number[]; next: Map<string, number> }

/** Vectorizer built from a vocabulary + idf table. */
export class Vectorizer {
  private readonly index: Map<string, number>;
  /** per token: its stem, the vocabulary index of its unigram and of its morphemes (-1/absent = unknown) */
  private readonly tokCache = new Map<string, TokenFeatures>();
  private readonly pQ: number;
  private readonly pEx: number;
  private readonly pShort: number;
  /** scratch for vectorize(): a count per feature (all 0 between calls) and the features touched */
  private readonly counts: Float64Array;
  private readonly touchedWords: Int32Array;
  private readonly touchedChars: Int32Array;
  constructor(readonly vocab: string[], readonly idf: number[], readonly chars: CharNgramConfig = NO_CHAR_NGRAMS) {
    this.index = new Map(vocab.map((v, i) => [v, i]));
    this.counts = new Float64Array(vocab.length);
    this.touchedWords = new Int32Array(vocab.length);
    this.touchedChars = new Int32Array(vocab.length);
    this.pQ = this.index.get('P:?') ?? -1;
    this.pEx = this.index.get('P:!!') ?? -1;
    this.pShort = this.index.get('LEN:short') ?? -1;
  }
  private token(t: string): TokenFeatures {
    let e = this.tokCache.get(t);
    if (e === undefined) {
      const s = stem(t);
      const m: number[] = [];
      if (t.length >= 3) for (const x of morphemesOf(t)) { const i = this.index.get('#' + x); if (i !== undefined) m.push(i); }
      const c: number[] = [];
      for (const g of charNgrams(t, this.chars)) { const i = this.index.get(g); if (i !== undefined) c.push(i); }
      e = { s, u: STOP.has(t) ? -1 : this.index.get('u:' + s) ?? -1, m, c, next: new Map() };
      if (this.tokCache.size < 200_000) this.tokCache.set(t, e);
    }
    return e;
  }
  /**
   * sublinear TF × IDF, L2-normalised; unknown features are dropped. Same features, counts and
   * order as features() (text.ts), without building the string-keyed feature map: per-token
   * lookups are cached, only bigram keys are built per message. Character n-grams (when the
   * artifact has them) form a second block, L2-normalised on its own and scaled by chars.weight.
   */
  vectorize(text: string): SparseVec {
    const toks = tokenize(text);
    // counts in one dense array (reused, zeroed after use); the touched lists keep first-touch
    // order, the order the entries had when this was a Map, so sums come out bit-identical
    const cnt = this.counts;
    const words = this.touchedWords; const chars = this.touchedChars;
    let nw = 0; let nc = 0;
    const add = (i: number) => { if (i >= 0) { if (cnt[i] === 0) words[nw++] = i; cnt[i]! += 1; } };
    if (text.includes('?')) add(this.pQ);
    if (/!{2,}|\?{2,}/.test(text)) add(this.pEx);
    if (toks.length < 12) add(this.pShort);
    let prev: TokenFeatures | null = null;
    for (const t of toks) {
      const e = this.token(t);
      add(e.u);
      if (prev !== null) {
        let b = prev.next.get(e.s);
        if (b === undefined) {
          b = this.index.get('b:' + prev.s + '_' + e.s) ?? -1;
          if (prev.next.size < 256) prev.next.set(e.s, b);
        }
        add(b);
      }
      prev = e;
      for (const i of e.m) add(i);
      for (const i of e.c) { if (cnt[i] === 0) chars[nc++] = i; cnt[i]! += 1; }
    }
    const n = nw + nc;
    const idx = new Int32Array(n);
    const val = new Float64Array(n);
    let k = 0;
    const block = (list: Int32Array, len: number, scale: number) => {
      const k0 = k;
      let norm = 0;
      for (let j = 0; j < len; j++) {
        const i = list[j]!;
        const c = cnt[i]!;
        const v = (c === 1 ? 1 : 1 + Math.log(c)) * this.idf[i]!; // 1 + log 1 = 1 exactly: same value, no log call
        cnt[i] = 0;
        idx[k] = i; val[k] = v; norm += v * v; k++;
      }
      norm = Math.sqrt(norm) || 1;
      for (let j = k0; j < k; j++) val[j] = (val[j]! / norm) * scale;
    };
    block(words, nw, 1);
    if (nc > 0) block(chars, nc, this.chars.weight);
    return { idx, val, nWord: nw };
  }
}

/** Build vocabulary (features with document frequency ≥ minDf) and smoothed idf, sorted for determinism. */
export function buildVocab(texts: string[], minDf: number, chars: CharNgramConfig = NO_CHAR_NGRAMS, charMinDf = minDf): { vocab: string[]; idf: number[] } {
  const df = new Map<string, number>();
  for (const t of texts) for (const k of features(t, chars).keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([k, c]) => c >= (k.startsWith('c:') ? charMinDf : minDf)).map(([k]) => k).sort();
  const n = texts.length;
  const idf = vocab.map((k) => Math.log((1 + n) / (1 + df.get(k)!)) + 1);
  return { vocab, idf };
}

function softmaxInto(z: Float64Array): void {
  let m = -Infinity;
  for (const v of z) if (v > m) m = v;
  let s = 0;
  for (let i = 0; i < z.length; i++) { z[i] = Math.exp(z[i]! - m); s += z[i]!; }
  for (let i = 0; i < z.length; i++) z[i]! /= s;
}

/**
 * Scores of a head for one vector: softmax probabilities or per-label sigmoids.
 * @param wordOnly use the word block only (the kind and urgency heads: char n-grams are body features)
 */
export function headScores(h: SoftmaxHead, x: SparseVec, sigmoid: boolean, wordOnly = false): Float64Array {
  const k = h.labels.length;
  const z = Float64Array.from(h.b);
  const n = wordOnly ? x.nWord : x.idx.length;
  for (let j = 0; j < n; j++) {
    const off = x.idx[j]! * k;
    const v = x.val[j]!;
    for (let c = 0; c < k; c++) z[c]! += h.W[off + c]! * v;
  }
  if (sigmoid) { for (let c = 0; c < k; c++) z[c] = 1 / (1 + Math.exp(-z[c]!)); } else softmaxInto(z);
  return z;
}

export interface TrainItem { x: SparseVec; y: number[] /* target per label (0/1) or -1 = skip */; w: number }

/**
 * SGD for a softmax (single-label) or one-vs-rest sigmoid (multi-label) linear head.
 * @param items vectors with a 0/1 target per label and a weight
 * @param nFeat vocabulary size (rows of W)
 * @returns weights rounded to 4 decimals (W row-major: feature × label)
 */
export function trainHead(
  items: TrainItem[], nFeat: number, labels: string[], sigmoid: boolean,
  opts: { epochs: number; lr: number; l2: number; seed: number },
): SoftmaxHead {
  const k = labels.length;
  const W = new Float64Array(nFeat * k);
  const b = new Float64Array(k);
  const rnd = prng(opts.seed);
  const order = items.map((_, i) => i);
  const z = new Float64Array(k);
  for (let ep = 0; ep < opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const lr = opts.lr / (1 + ep * 0.15);
    const decay = 1 - lr * opts.l2;
    for (const oi of order) {
      const it = items[oi]!;
      z.set(b);
      for (let j = 0; j < it.x.idx.length; j++) {
        const off = it.x.idx[j]! * k; const v = it.x.val[j]!;
        for (let c = 0; c < k; c++) z[c]! += W[off + c]! * v;
      }
      if (sigmoid) for (let c = 0; c < k; c++) z[c] = 1 / (1 + Math.exp(-z[c]!));
      else softmaxInto(z);
      for (let c = 0; c < k; c++) z[c] = (z[c]! - it.y[c]!) * lr * it.w; // gradient × step
      for (let j = 0; j < it.x.idx.length; j++) {
        const off = it.x.idx[j]! * k; const v = it.x.val[j]!;
        for (let c = 0; c < k; c++) W[off + c] = W[off + c]! * decay - z[c]! * v;
      }
      for (let c = 0; c < k; c++) b[c]! -= z[c]!;
    }
  }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return { labels: [...labels], W: Array.from(W, r), b: Array.from(b, r) };
}

export interface TrainOptions {
  minDf: number; epochs: number; lr: number; l2: number; seed: number; balance: boolean;
  /** character n-grams (text.ts charNgrams); absent = none */
  chars?: CharNgramConfig;
  /** minimum document frequency of a character n-gram (default minDf) */
  charMinDf?: number;
}
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { minDf: 2, epochs: 12, lr: 0.5, l2: 1e-5, seed: 20260301, balance: true };

/** Train all heads on labelled examples. Returns the artifact without version/calibration filled. */
export function trainHeads(examples: LabelledExample[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS) {
  const texts = examples.map((e) => modelText(e.text, e.subject));
  const chars = opts.chars ?? NO_CHAR_NGRAMS;
  const { vocab, idf } = buildVocab(texts, opts.minDf, chars, opts.charMinDf ?? opts.minDf);
  const vec = new Vectorizer(vocab, idf, chars);
  const xs = texts.map((t) => vec.vectorize(t));
  // kind and urgency are read from words; character n-grams only serve the body heads
  const word = (x: SparseVec): SparseVec => (x.nWord === x.idx.length ? x : { idx: x.idx.subarray(0, x.nWord), val: x.val.subarray(0, x.nWord), nWord: x.nWord });
  const bodyLabels = [...BODIES];
  const mk = (x: SparseVec, y: number[], w: number): TrainItem => ({ x, y, w });
  const body1: TrainItem[] = [];
  const bodyAny: TrainItem[] = [];
  const kind: TrainItem[] = [];
  const urg: TrainItem[] = [];
  examples.forEach((e, i) => {
    const x = xs[i]!; const w = e.weight ?? 1;
    body1.push(mk(x, bodyLabels.map((b) => (b === e.bodies[0] ? 1 : 0)), w));
    bodyAny.push(mk(x, bodyLabels.map((b) => (e.bodies.includes(b as Body) ? 1 : 0)), w));
    if (e.kind !== 'crisis') kind.push(mk(word(x), KIND_LABELS.map((k) => (k === e.kind ? 1 : 0)), w));
    if (e.urgency !== 'crisis') urg.push(mk(word(x), URGENCY_LABELS.map((u) => (u === e.urgency ? 1 : 0)), w));
  });
  // class balancing for the single-label heads: weight ∝ 1/sqrt(class frequency), mean 1
  const balance = (items: TrainItem[]) => {
    const cnt = new Map<number, number>();
    for (const it of items) { const c = it.y.indexOf(1); cnt.set(c, (cnt.get(c) ?? 0) + 1); }
    const raw = items.map((it) => it.w / Math.sqrt(cnt.get(it.y.indexOf(1))!));
    const mean = raw.reduce((a, b) => a + b, 0) / Math.max(1, raw.length);
    items.forEach((it, i) => { it.w = raw[i]! / mean; });
  };
  if (opts.balance) { balance(body1); balance(kind); }
  const o = { epochs: opts.epochs, lr: opts.lr, l2: opts.l2 };
  return {
    vocab, idf: idf.map((v) => Math.round(v * 1e4) / 1e4),
    ...(chars.weight > 0 ? { chars } : {}),
    heads: {
      body1: trainHead(body1, vocab.length, bodyLabels, false, { ...o, seed: opts.seed }),
      bodyAny: trainHead(bodyAny, vocab.length, bodyLabels, true, { ...o, seed: opts.seed + 1 }),
      kind: trainHead(kind, vocab.length, [...KIND_LABELS], false, { ...o, seed: opts.seed + 2 }),
      urgency: trainHead(urg, vocab.length, [...URGENCY_LABELS], false, { ...o, seed: opts.seed + 3 }),
    },
  };
}

/**
 * Isotonic regression (pool-adjacent-violators) of correctness on raw score.
 * @returns breakpoints (raw ascending) and calibrated values (non-decreasing), ≤ 20 points
 */
export function isotonic(pairs: [number, number][]): { raw: number[]; calibrated: number[] } {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const blocks: { sum: number; n: number; x: number }[] = [];
  for (const [x, y] of sorted) {
    blocks.push({ sum: y, n: 1, x });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.n > blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.n) {
      const b2 = blocks.pop()!; const b1 = blocks.pop()!;
      blocks.push({ sum: b1.sum + b2.sum, n: b1.n + b2.n, x: b2.x });
    }
  }
  // fitted value per example, then ≤ 20 quantile breakpoints (raw, fitted)
  const fitted: [number, number][] = [];
  let k = 0;
  for (const bl of blocks) { for (let j = 0; j < bl.n; j++) fitted.push([sorted[k++]![0], bl.sum / bl.n]); }
  const raw: number[] = []; const cal: number[] = [];
  const nb = Math.min(20, fitted.length);
  for (let q = 1; q <= nb; q++) {
    const [x, y] = fitted[Math.max(0, Math.ceil((q / nb) * fitted.length) - 1)]!;
    const rx = Math.round(x * 1e4) / 1e4;
    if (raw.length && raw[raw.length - 1] === rx) { cal[cal.length - 1] = Math.round(y * 1e4) / 1e4; continue; }
    raw.push(rx); cal.push(Math.round(y * 1e4) / 1e4);
  }
  for (let i = 1; i < cal.length; i++) if (cal[i]! < cal[i - 1]!) cal[i] = cal[i - 1]!;
  return { raw, calibrated: cal };
}

/** Piecewise-linear interpolation on an isotonic map; clamps to [0,1]. */
export function applyCalibration(c: { raw: number[]; calibrated: number[] }, x: number): number {
  const { raw, calibrated } = c;
  if (raw.length === 0) return Math.max(0, Math.min(1, x));
  if (x <= raw[0]!) return calibrated[0]!;
  for (let i = 1; i < raw.length; i++) {
    if (x <= raw[i]!) {
      const t = (x - raw[i - 1]!) / (raw[i]! - raw[i - 1]! || 1);
      return calibrated[i - 1]! + t * (calibrated[i]! - calibrated[i - 1]!);
    }
  }
  return calibrated[calibrated.length - 1]!;
}
