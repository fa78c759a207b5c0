/**
 * npm run eval:crisis -- FILE.jsonl [FILE.jsonl ...] [--model PATH] [--json OUT] [--show]
 * Crisis recall per language and false alarms on look-alikes, for files of lines
 * {"id", "lang", "crisis": boolean, "category", "text"} (nlp/validation/crisis-r8-*.jsonl).
 * Counts each layer apart: phrase rules + concept net (`rules`) and the model's crisis net (`net`,
 * only where the rules were silent). --show lists misses and false alarms (never for a hold-out
 * you still want to measure on: reading it makes it a development set).
 */
import '../quiet-env.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { loadClassifier } from '../classifier.js';

const Line = z.object({ id: z.string(), lang: z.string(), crisis: z.boolean(), category: z.string(), text: z.string().min(1) });
type Line = z.infer<typeof Line>;

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const modelPath = opt('--model');
const jsonOut = opt('--json');
const show = args.includes('--show');
const files = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--model', '--json'].includes(args[i - 1]!)));
if (files.length === 0) { console.error('usage: npm run eval:crisis -- FILE.jsonl [...] [--model PATH] [--json OUT] [--show]'); process.exit(2); }

const clf = await loadClassifier(modelPath);
interface Tally { crisis: number; caught: number; byRules: number; byNet: number; lookAlikes: number; alarms: number; netAlarms: number }
const zero = (): Tally => ({ crisis: 0, caught: 0, byRules: 0, byNet: 0, lookAlikes: 0, alarms: 0, netAlarms: 0 });
const out: Record<string, { all: Tally; byLang: Record<string, Tally> }> = {};
for (const file of files) {
  const lines: Line[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const r = Line.safeParse(JSON.parse(l));
    if (!r.success) { console.error(`${file}:${i + 1}: ${r.error.issues.map((x) => x.path.join('.') + ' ' + x.message).join('; ')}`); process.exit(2); }
    return r.data;
  });
  const all = zero(); const byLang: Record<string, Tally> = {};
  const listed: string[] = [];
  for (const l of lines) {
    const m = clf.detectCrisis(l.text);
    const net = m?.rule.startsWith('model:') ?? false;
    for (const t of [all, (byLang[l.lang] ??= zero())]) {
      if (l.crisis) { t.crisis++; if (m) { t.caught++; if (net) t.byNet++; else t.byRules++; } }
      else { t.lookAlikes++; if (m) { t.alarms++; if (net) t.netAlarms++; } }
    }
    if (show && l.crisis !== (m !== null)) listed.push(`${l.crisis ? 'MISS' : 'ALARM'} ${l.id} ${l.lang} ${l.category}${m ? ' [' + m.rule + ']' : ''}: ${l.text}`);
  }
  out[file] = { all, byLang };
  const fmt = (t: Tally) => `recall ${t.caught}/${t.crisis} (${(t.caught / Math.max(1, t.crisis)).toFixed(2)}; rules ${t.byRules}, net ${t.byNet})  ` +
    `false alarms ${t.alarms}/${t.lookAlikes} (net ${t.netAlarms})`;
  console.log(`${file} (model ${clf.modelVersion})\n  all  ${fmt(all)}`);
  for (const [k, t] of Object.entries(byLang).sort()) console.log(`  ${k.padEnd(4)} ${fmt(t)}`);
  for (const s of listed) console.log('  ' + s);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ model: clf.modelVersion, files: out }, null, 2) + '\n');
