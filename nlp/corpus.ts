/**
 * Corpus and corrections I/O for training.
 *
 * Corrections format (one JSON object per line, UTF-8), written by the service from its database:
 *   {"text": "...", "subject"?: "...", "bodies"?: [...], "kind"?: "...", "urgency"?: "...",
 *    "law"?: [...], "lang"?: "nl", "who": "agent id or name", "when": "ISO 8601 timestamp",
 *    "modelVersion"?: "...", "id"?: "..."}
 * A correction must carry at least `bodies` and `kind` (urgency defaults to 'normaal').
 * Text is PII-masked before it is used (maskPii). Later corrections of the same text win.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { BODIES, KINDS, LAWS, URGENCIES, type LabelledExample } from './types.js';
import { maskPii } from './pii.js';

const Body = z.enum(BODIES as [string, ...string[]]);
export const CorrectionSchema = z.object({
  id: z.string().optional(),
  text: z.string().min(1),
  subject: z.string().optional(),
  bodies: z.array(Body).min(1),
  kind: z.enum(KINDS as [string, ...string[]]),
  urgency: z.enum(URGENCIES as [string, ...string[]]).default('normaal'),
  law: z.array(z.enum(LAWS as [string, ...string[]])).optional(),
  lang: z.string().optional(),
  who: z.string().min(1),
  when: z.string().min(1),
  modelVersion: z.string().optional(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** Weight of one agent correction relative to one generated corpus example. */
export const CORRECTION_WEIGHT = 3;

/** One labelled message of an eval file (format of nlp/validation/written-2026-12.jsonl). */
export const LabelledSchema = z.object({
  id: z.string().optional(),
  channel: z.enum(['whatsapp', 'webchat', 'email']).optional(),
  subject: z.string().optional(),
  text: z.string().min(1),
  bodies: z.array(Body).min(1),
  kind: z.enum(KINDS as [string, ...string[]]),
  urgency: z.enum(URGENCIES as [string, ...string[]]),
  law: z.array(z.enum(LAWS as [string, ...string[]])).optional(),
  lang: z.string().optional(),
}).passthrough();

/**
 * Read and check a labelled eval file.
 * @throws Error naming the file (missing or unreadable) or file:line and the fields that are wrong
 */
export function readLabelled(file: string): LabelledExample[] {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  return readJsonl(file).map((raw, i) => {
    const r = LabelledSchema.safeParse(raw);
    if (!r.success) throw new Error(`${file}: record ${i + 1}: ${r.error.issues.map((x) => (x.path.join('.') || 'record') + ': ' + x.message).join('; ')}`);
    return r.data as unknown as LabelledExample;
  });
}

/** Parse a JSONL file into objects; throws with file:line on bad JSON. */
export function readJsonl(file: string): unknown[] {
  const out: unknown[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch { throw new Error(`${file}:${i + 1}: invalid JSON`); }
  });
  return out;
}

/** Read labelled examples (corpus or eval format). */
export function readExamples(file: string): LabelledExample[] {
  return readJsonl(file) as LabelledExample[];
}

/**
 * Read agent corrections and turn them into weighted training examples.
 * @throws Error naming file and line when a correction does not match CorrectionSchema
 */
export function readCorrections(file: string): LabelledExample[] {
  if (!existsSync(file)) return [];
  const latest = new Map<string, LabelledExample>();
  readJsonl(file).forEach((raw, i) => {
    const r = CorrectionSchema.safeParse(raw);
    if (!r.success) throw new Error(`${file}: correction ${i + 1} invalid: ${r.error.issues.map((x) => x.path.join('.') + ' ' + x.message).join('; ')}`);
    const c = r.data;
    const text = maskPii(c.text);
    const subject = c.subject ? maskPii(c.subject) : undefined;
    const key = `${subject ?? ''}\u0000${text}`;
    const prev = latest.get(key) as (LabelledExample & { when?: string }) | undefined;
    if (prev && (prev.when ?? '') > c.when) return;
    latest.set(key, {
      id: c.id ?? `corr-${i + 1}`, text, ...(subject ? { subject } : {}),
      bodies: c.bodies as LabelledExample['bodies'], kind: c.kind as LabelledExample['kind'],
      urgency: c.urgency as LabelledExample['urgency'], law: (c.law ?? []) as LabelledExample['law'],
      group: `corr-${c.when.slice(0, 10)}`, weight: CORRECTION_WEIGHT, when: c.when,
    } as LabelledExample);
  });
  return [...latest.values()].map((e) => { const { when: _w, ...rest } = e as LabelledExample & { when?: string }; return rest; });
}
