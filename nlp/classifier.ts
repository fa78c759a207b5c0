/**
 * The classifier the service uses: crisis rules first, then the linear model, then domain rules.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { crisisNormalise, detectCrisisNormalised } from './crisis.js';
import { crisisNetFrom, isCrisisHead } from './crisis-model.js';
import { detectLanguage } from './lang.js';
import { detectWantsFormal, detectWantsHuman } from './intent.js';
import { applyCalibration, headScores, MODEL_FORMAT, modelText, Vectorizer, type ModelArtifact } from './model.js';
import { deriveLaw, hintBody, ruleHoog, ruleKind, ruleQuestion } from './rules.js';
import { expandShorthand, normalise } from './text.js';
import { keywordPriors, PRIOR_WEIGHT, withoutSelfIntroduction } from './lexicon.js';
import { windows3 } from './gate.js';
import { municipalTeam, rankWhoActs } from './ranker.js';
import type { Body, Classification, ClassifyInput, Classifier, CrisisMatch, Kind, Urgency } from './types.js';

/**
 * Below this calibrated confidence the dialog asks a clarifying question (quick replies).
 * Calibration: `npm run train` holds out whole template groups of the corpus (unseen phrasings),
 * fits an isotonic map raw-probability → P(first body correct) and stores it in the model;
 * `confidence` is that calibrated probability. 0.6 means: ask when the first body is more likely
 * than not to be wrong-ish (< 60 % expected top-1 accuracy). See nlp/README.md.
 */
export const CLARIFY_THRESHOLD = 0.6;

/** Minimum model probability of urgency 'hoog' (rules can also set it). */
export const HOOG_THRESHOLD = 0.5;

/**
 * Minimum one-vs-rest probability for a second/third body. Chosen by 5-fold held-out-by-scenario
 * cross-validation on the corpus (grid 0.2–0.55: 0.30 gave the best held-out top-1 and bodies
 * micro-F1; 0.45 missed the second body too often, so the ranker could not put it first).
 */
export const SECOND_BODY_THRESHOLD = 0.3;
/**
 * A further body with p ≥ this (but < SECOND_BODY_THRESHOLD) is a candidate for the who-has-to-act
 * ranker only: it is output only when the ranker puts it first. Held-out-by-scenario CV, grid
 * 0.02–0.3: top-1 0.797 (0.3) → 0.800 (0.1–0.15) → 0.801 (0.05); 0.15 is the most conservative
 * value on the plateau. Micro-F1 does not drop (weak candidates are not output otherwise).
 */
export const RANK_CANDIDATE_THRESHOLD = 0.15;

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Directory holding the committed model artifacts and manifest.json. */
export const MODEL_DIR = path.join(HERE, 'model');

/** Resolve the default artifact path from nlp/model/manifest.json ({"current": "model-<v>.json"}). */
export async function defaultModelPath(): Promise<string> {
  const manifestPath = path.join(MODEL_DIR, 'manifest.json');
  let raw: string;
  try { raw = await readFile(manifestPath, 'utf8'); } catch {
    throw new Error(`nlp: no model manifest at ${manifestPath}; run \`npm run train\``);
  }
  const m = JSON.parse(raw) as { current?: string };
  if (!m.current) throw new Error(`nlp: ${manifestPath} has no "current" entry; run \`npm run train\``);
  return path.join(MODEL_DIR, m.current);
}

function validate(a: unknown, p: string): asserts a is ModelArtifact {
  const m = a as Partial<ModelArtifact>;
  const ok = m && m.format === MODEL_FORMAT && typeof m.version === 'string' && Array.isArray(m.vocab) &&
    Array.isArray(m.idf) && m.idf.length === m.vocab.length && m.heads && m.calibration &&
    (['body1', 'bodyAny', 'kind', 'urgency'] as const).every((h) => {
      const head = m.heads![h];
      return head && Array.isArray(head.W) && head.W.length === head.labels.length * m.vocab!.length && head.b.length === head.labels.length;
    }) && (m.crisis === undefined || isCrisisHead(m.crisis));
  if (!ok) throw new Error(`nlp: model artifact ${p} is corrupt or of an unknown format (expected ${MODEL_FORMAT}); run \`npm run train\``);
}

/** Results kept per classifier for repeated looks at one message (count; see classifierFromArtifact). */
export const MEMO_ENTRIES = 64;
/**
 * Characters each of the two memos may hold in all, counted over keys and kept normalised texts
 * (≈ 2–4 MB of heap together at most); one text longer than this is not kept.
 */
export const MEMO_CHARS = 1_000_000;

interface CrisisResult { lang: string; cn: string; crisis: CrisisMatch | null }

/**
 * A caller's own copy of a kept classification (its arrays and crisis match are the only parts
 * that are not immutable values). Not `structuredClone`: on Node 20 that goes through a
 * MessagePort, one eventfd write per call on the main thread.
 */
function copyOf(c: Classification): Classification {
  return { ...c, bodies: [...c.bodies], law: [...c.law], crisis: c.crisis && { ...c.crisis } };
}

/** Decision settings of the pipeline (defaults: the constants above and lexicon.PRIOR_WEIGHT). */
export interface DecisionSettings { priorWeight: number; secondBody: number; rankCandidate: number }
export const DEFAULT_DECISION: DecisionSettings = { priorWeight: PRIOR_WEIGHT, secondBody: SECOND_BODY_THRESHOLD, rankCandidate: RANK_CANDIDATE_THRESHOLD };

/**
 * Build a Classifier from a parsed artifact (exposed for tests and the training CLI).
 * @param decision decision settings; only cross-validation tools pass other values than the defaults
 */
export function classifierFromArtifact(model: ModelArtifact, decision: DecisionSettings = DEFAULT_DECISION): Classifier {
  const vec = new Vectorizer(model.vocab, model.idf, model.chars);
  const { priorWeight, secondBody, rankCandidate } = decision;
  const { body1, bodyAny, kind: kindHead, urgency: urgHead } = model.heads;
  const net = model.crisis ? crisisNetFrom(model.crisis) : null;
  const memoStats = { crisisHits: 0, classifyHits: 0 };
  // One message is looked at up to three times in one turn: the turn's crisis check, the bot's
  // first classification and the intake dialog's (same text). Both functions are pure in their
  // input, so the last results are kept (bounded by count and by characters: MEMO_CHARS).
  const crisisMemo = new LRUCache<string, CrisisResult>({ max: MEMO_ENTRIES, maxSize: MEMO_CHARS, sizeCalculation: (v, k) => k.length + v.cn.length + 1 });
  const classifyMemo = new LRUCache<string, Classification>({ max: MEMO_ENTRIES, maxSize: MEMO_CHARS, sizeCalculation: (_v, k) => k.length + 1 });
  /** Rules first (phrase rules, then concepts); the model's crisis net only when both are silent. */
  const crisisOf = (full: string): CrisisResult => {
    const hit = crisisMemo.get(full);
    if (hit) { memoStats.crisisHits += 1; return hit; }
    const lang = detectLanguage(full);
    const cn = crisisNormalise(full);
    const r: CrisisResult = { lang, cn, crisis: detectCrisisNormalised(cn) ?? (net ? net(cn, lang) : null) };
    crisisMemo.set(full, r);
    return r;
  };
  return {
    modelVersion: model.version,
    memoStats,
    detectCrisis(text: string) { const c = crisisOf(text).crisis; return c && { ...c }; },
    classify(input: ClassifyInput): Classification {
      const key = JSON.stringify([input.text, input.subject ?? null, input.hint ?? null, input.channel ?? null]);
      const hit = classifyMemo.get(key);
      if (hit) { memoStats.classifyHits += 1; return copyOf(hit); }
      const c = classifyNew(input);
      classifyMemo.set(key, c);
      return copyOf(c);
    },
  };

  function classifyNew(input: ClassifyInput): Classification {
    const subject = input.subject?.trim() || undefined;
    const full = (subject ? subject + '\n' : '') + input.text;
    // The crisis match is the kept one; callers get copies (copyOf, detectCrisis).
    const { cn, crisis, lang } = crisisOf(full);
    const hb = hintBody(input.hint);
    const text = input.hint && hb === undefined ? `${input.text}\n${input.hint}` : input.text;
    const x = vec.vectorize(modelText(text, subject, lang));
    const p1 = headScores(body1, x, false);
    const pAny = headScores(bodyAny, x, true);
    // domain keyword priors: p1 ∝ p_model × exp(PRIOR_WEIGHT × prior)
    const t = normalise(full + (lang !== 'nl' ? ' ' + modelText(text, subject, lang) : ''));
    const tw = windows3(t);
    const tp = withoutSelfIntroduction(t);
    const pri = keywordPriors(tp, tp === t ? tw : windows3(tp));
    if (pri.size > 0) {
      for (const [b, v] of pri) { const i = body1.labels.indexOf(b); p1[i] = p1[i]! * Math.exp(priorWeight * v); }
      const s = p1.reduce((a, b) => a + b, 0);
      for (let j = 0; j < p1.length; j++) p1[j]! /= s;
    }
    if (hb) {
      const i = body1.labels.indexOf(hb);
      // a quick reply is the resident's own answer: the hinted body goes first (odds × 1000)
      p1[i] = p1[i]! * 1000;
      const s = p1.reduce((a, b) => a + b, 0);
      for (let j = 0; j < p1.length; j++) p1[j]! /= s;
    }
    let top = 0;
    for (let i = 1; i < p1.length; i++) if (p1[i]! > p1[top]!) top = i;
    let bodies: Body[] = [body1.labels[top] as Body];
    let weak = new Set<Body>(); // candidates for the ranker only (RANK_CANDIDATE_THRESHOLD)
    if (bodies[0] !== 'onbekend') {
      const extra = body1.labels
        .map((b, i) => ({ b: b as Body, p: Math.max(pAny[i]!, p1[i]! * 1.5) }))
        .filter((e) => e.b !== bodies[0] && e.b !== 'onbekend' && e.p >= rankCandidate)
        .sort((a, b) => b.p - a.p || a.b.localeCompare(b.b))
        .slice(0, 2);
      for (const e of extra) bodies.push(e.b);
      weak = new Set(extra.filter((e) => e.p < secondBody).map((e) => e.b));
    }
    // second stage: the body that has to act first (ranker.ts); a quick-reply hint is the resident's own answer
    const tr = hb ? '' : expandShorthand(t);
    if (!hb && bodies.length > 1) bodies = rankWhoActs(bodies, (b) => p1[body1.labels.indexOf(b)]!, tr);
    // a weak candidate stays only when the ranker put it first
    if (weak.size > 0) bodies = bodies.filter((b, i) => i === 0 || !weak.has(b));
    if (!hb) bodies = municipalTeam(bodies, tr);
    const cw = windows3(cn);
    const wantsHuman = detectWantsHuman(cn, true, cw);
    const wantsFormal = detectWantsFormal(cn, true, cw);
    let kind: Kind;
    let urgency: Urgency;
    if (crisis) { kind = 'crisis'; urgency = 'crisis'; } else {
      const pk = headScores(kindHead, x, false, true);
      let ki = 0;
      for (let i = 1; i < pk.length; i++) if (pk[i]! > pk[ki]!) ki = i;
      kind = kindHead.labels[ki] as Kind;
      const rk = ruleKind(t, tw);
      if (rk === 'bezwaar' || rk === 'klacht') kind = rk;
      else if (rk === 'signaal' && kind !== 'bezwaar') kind = 'signaal';
      else if (rk === null) {
        const rq = ruleQuestion(t, tw);
        if ((rq === 'vraag' && kind === 'klacht') || (rq === 'klacht' && kind === 'vraag')) kind = rq;
      }
      if (wantsFormal && kind !== 'bezwaar') kind = 'klacht';
      const pu = headScores(urgHead, x, false, true);
      urgency = pu[urgHead.labels.indexOf('hoog')]! >= HOOG_THRESHOLD || ruleHoog(t, tw) ? 'hoog' : 'normaal';
    }
    const confidence = Math.round(applyCalibration(model.calibration, p1[top]!) * 10000) / 10000;
    return {
      bodies, kind, urgency, law: deriveLaw(bodies, kind, t, wantsFormal), lang,
      confidence, modelVersion: model.version, crisis, wantsHuman, wantsFormal,
    };
  }
}

/**
 * Load the classifier.
 * @param modelPath path to a model-<version>.json artifact; default: the committed artifact named
 *   in nlp/model/manifest.json
 * @throws Error with a clear message when the file is missing, not JSON, or not a valid artifact
 */
export async function loadClassifier(modelPath?: string): Promise<Classifier> {
  const p = modelPath ?? (await defaultModelPath());
  let raw: string;
  try { raw = await readFile(p, 'utf8'); } catch (e) {
    throw new Error(`nlp: cannot read model artifact ${p}: ${(e as Error).message}; run \`npm run train\``);
  }
  let parsed: unknown;
  try { parsed = JSON.parse(raw); } catch {
    throw new Error(`nlp: model artifact ${p} is not valid JSON (corrupt); run \`npm run train\``);
  }
  validate(parsed, p);
  return classifierFromArtifact(parsed);
}

/**
 * Classify again after the resident answered a clarifying quick reply.
 * @param classifier a loaded classifier
 * @param text the original message (or the conversation's resident text so far)
 * @param hint the quick-reply answer: "hulp in huis", "jeugdhulp", "uitkering", "schulden",
 *   "iets anders" (free text is appended to the message instead)
 */
export function classifyWithHint(classifier: Classifier, text: string, hint: string): Classification {
  return classifier.classify({ text, hint });
}
