/**
 * Reproducible training: corpus (+ optional corrections) → nlp/model/model-<version>.json.
 * version = first 12 hex of sha256 over the training code, the corpus files and corrections, so the
 * same inputs always give the same file name and the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './corpus/generate.js';
import { readCorrections, readExamples } from './corpus.js';
import { DEFAULT_TRAIN_OPTIONS, isotonic, MODEL_FORMAT, trainHeads, type ModelArtifact, type TrainOptions } from './model.js';
import { classifierFromArtifact } from './classifier.js';
import { DEFAULT_CRISIS_OPTIONS, readCrisisCorpus, trainCrisisHead } from './crisis-model.js';
import type { LabelledExample } from './types.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.join(HERE, 'corpus');
/** The crisis corpus (crisis-model.ts): one JSONL file per language. */
export const CRISIS_CORPUS_DIR = path.join(CORPUS_DIR, 'crisis');
export const DEFAULT_CORRECTIONS = path.join(CORPUS_DIR, 'corrections.jsonl');
/** Source files whose content defines the model (hashed into the version). */
const CODE_FILES = ['text.ts', 'model.ts', 'gloss.ts', 'lang.ts', 'train.ts', 'corpus.ts', 'pii.ts', 'lexicon.ts', 'classifier.ts', 'rules.ts', 'ranker.ts', 'crisis-model.ts'];

export interface TrainResult { artifact: ModelArtifact; json: string; file: string }

/** Corpus files: every *.jsonl in nlp/corpus except corrections*.jsonl, sorted by name. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !f.startsWith('corrections')).sort().map((f) => path.join(dir, f));
}

function stableHash(x: string): number {
  const h = createHash('sha256').update(x).digest();
  return h.readUInt32BE(0);
}

/**
 * Train a model.
 * @param opts.corrections path of a corrections JSONL file to include (weighted), or undefined
 * @param opts.outDir directory for the artifact and manifest.json (default nlp/model)
 * @param opts.write when false, nothing is written (used by the determinism test)
 */
export function train(opts: { corrections?: string; outDir?: string; write?: boolean; trainOptions?: TrainOptions } = {}): TrainResult {
  const outDir = opts.outDir ?? path.join(HERE, 'model');
  const t = opts.trainOptions ?? DEFAULT_TRAIN_OPTIONS;
  // keep the generated corpus file in sync with its generator (committed, reproducible)
  const genFile = path.join(CORPUS_DIR, 'generated.jsonl');
  const genText = generate().map((e) => JSON.stringify(e)).join('\n') + '\n';
  if (opts.write !== false && (!existsSync(genFile) || readFileSync(genFile, 'utf8') !== genText)) writeFileSync(genFile, genText);

  const files = corpusFiles();
  const hash = createHash('sha256');
  for (const f of CODE_FILES) hash.update(readFileSync(path.join(HERE, f)));
  hash.update(JSON.stringify(t));
  const examples: LabelledExample[] = [];
  for (const f of files) {
    const content = f === genFile ? genText : readFileSync(f, 'utf8');
    hash.update(path.basename(f)).update(content);
    examples.push(...(f === genFile ? genText.trim().split('\n').map((l) => JSON.parse(l) as LabelledExample) : readExamples(f)));
  }
  const crisisCorpus = readCrisisCorpus(CRISIS_CORPUS_DIR);
  hash.update('crisis').update(crisisCorpus.raw).update(JSON.stringify(DEFAULT_CRISIS_OPTIONS));
  let corrections: LabelledExample[] = [];
  if (opts.corrections) {
    corrections = readCorrections(opts.corrections);
    hash.update('corrections').update(JSON.stringify(corrections));
  }
  const version = hash.digest('hex').slice(0, 12);
  const all = [...examples, ...corrections];

  // calibration: hold out ~20 % of template groups (unseen phrasings), fit isotonic map
  const isHeld = (e: LabelledExample) => stableHash(e.group ?? e.id ?? e.text) % 5 === 0;
  const trainPart = all.filter((e) => !isHeld(e));
  const heldPart = all.filter(isHeld);
  const partial = trainHeads(trainPart, t);
  // the full pipeline (keyword priors included) with an identity calibration gives the raw score
  const probe = classifierFromArtifact({
    format: MODEL_FORMAT, version: 'calibration', trainedOn: { examples: 0, corrections: 0, sources: [] },
    vocab: partial.vocab, idf: partial.idf, ...(partial.chars ? { chars: partial.chars } : {}), heads: partial.heads, calibration: { raw: [], calibrated: [], heldOut: 0, heldOutTop1: 0 },
  });
  const pairs: [number, number][] = [];
  let ok = 0;
  for (const e of heldPart) {
    const c = probe.classify({ text: e.text, ...(e.subject ? { subject: e.subject } : {}) });
    const correct = c.bodies[0] === e.bodies[0] ? 1 : 0;
    ok += correct;
    pairs.push([c.confidence, correct]);
  }
  const iso = isotonic(pairs);

  const full = trainHeads(all, t);
  // crisis third net: crisis corpus + every non-crisis corpus line as negatives (corrections too:
  // an agent's crisis correction is a positive only through the crisis corpus, not guessed here)
  const crisis = crisisCorpus.lines.length > 0
    ? trainCrisisHead(crisisCorpus.lines, all.filter((e) => e.kind !== 'crisis').map((e) => ({ text: (e.subject ? e.subject + '\n' : '') + e.text, ...(e.group ? { group: e.group } : {}) })), crisisCorpus.files)
    : undefined;
  const artifact: ModelArtifact = {
    format: MODEL_FORMAT,
    version,
    trainedOn: { examples: examples.length, corrections: corrections.length, sources: files.map((f) => path.basename(f)) },
    vocab: full.vocab,
    idf: full.idf,
    ...(full.chars ? { chars: full.chars } : {}),
    heads: full.heads,
    ...(crisis ? { crisis } : {}),
    calibration: { ...iso, heldOut: heldPart.length, heldOutTop1: Math.round((ok / Math.max(1, heldPart.length)) * 1e4) / 1e4 },
  };
  const json = JSON.stringify(artifact);
  const file = path.join(outDir, `model-${version}.json`);
  if (opts.write !== false) {
    mkdirSync(outDir, { recursive: true });
    for (const f of readdirSync(outDir)) if (/^model-[0-9a-f]+\.json$/.test(f) && f !== path.basename(file)) unlinkSync(path.join(outDir, f));
    writeFileSync(file, json);
    writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify({ current: path.basename(file), version, format: MODEL_FORMAT }, null, 2) + '\n');
  }
  return { artifact, json, file };
}
