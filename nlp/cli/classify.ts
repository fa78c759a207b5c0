/**
 * npm run classify -- FILE.jsonl   (or '-' / no argument for stdin)
 * Input lines: {"text", "id"?, "subject"?, "channel"?, "hint"?}. Output (stdout, one line each):
 * {"id","bodies","kind","urgency","lang","confidence","law"}. Diagnostics go to stderr only.
 * Exit code 2 when FILE does not exist, 1 when a line was skipped (invalid JSON or no text), else 0.
 */
import '../quiet-env.js';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadClassifier } from '../classifier.js';

// `npm run classify ... | head` closes the pipe early: stop quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (file && file !== '-' && !existsSync(file)) { console.error(`classify: ${file}: no such file`); process.exit(2); }
if (!file && process.stdin.isTTY) console.error('classify: reading JSON lines from standard input (Ctrl-D to end)');
const clf = await loadClassifier();
const rl = createInterface({ input: file && file !== '-' ? createReadStream(file, 'utf8') : process.stdin, crlfDelay: Infinity });
let n = 0;
for await (const line of rl) {
  if (!line.trim()) continue;
  n++;
  let row: { id?: unknown; text?: unknown; subject?: unknown; channel?: unknown; hint?: unknown };
  try { row = JSON.parse(line); } catch { console.error(`classify: line ${n}: invalid JSON, skipped`); process.exitCode = 1; continue; }
  if (typeof row.text !== 'string') { console.error(`classify: line ${n}: no "text", skipped`); process.exitCode = 1; continue; }
  const ch = row.channel === 'whatsapp' || row.channel === 'webchat' || row.channel === 'email' ? row.channel : undefined;
  const c = clf.classify({
    text: row.text,
    ...(typeof row.subject === 'string' ? { subject: row.subject } : {}),
    ...(ch ? { channel: ch } : {}),
    ...(typeof row.hint === 'string' ? { hint: row.hint } : {}),
  });
  process.stdout.write(JSON.stringify({
    id: row.id ?? n, bodies: c.bodies, kind: c.kind, urgency: c.urgency, lang: c.lang, confidence: c.confidence, law: c.law,
  }) + '\n');
}
