/**
 * Export agents' classification corrections as training lines for nlp:
 *
 *   npm run corrections:export -- OUT.jsonl
 *   npm run train -- --corrections OUT.jsonl
 *
 * (or write to nlp/corpus/corrections.jsonl and run `npm run train -- --with-corrections`).
 * One JSON object per line in the format of nlp/README.md "Agent corrections":
 * `{id, text, subject?, bodies, kind, urgency, law?, lang?, who, when, modelVersion?}`.
 * The file holds resident text (special personal data): it is written with mode 0600 and must
 * follow the service's retention rules. Uses the same database as `npm start` (DATABASE_URL, else
 * PGlite in PGLITE_DIR; with PGlite stop the service first).
 * Exit code 0 with one line on stderr (`N corrections → OUT`), 1 with a message otherwise.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { Corrections } from '../corrections.js';
import { openDb } from '../store/db.js';

async function main(): Promise<number> {
  const out = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (!out) {
    process.stderr.write('usage: npm run corrections:export -- OUT.jsonl\n');
    return 1;
  }
  const config = loadConfig(process.env);
  const db = await openDb({ url: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, schema: config.DATABASE_SCHEMA, poolSize: 2 });
  try {
    const lines = await new Corrections(db, { conversationChanged: () => undefined }, new Set()).exportLines();
    writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : ''), { mode: 0o600 });
    process.stderr.write(`${lines.length} corrections → ${out}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`corrections:export: ${err.message}\n`);
    process.exit(1);
  },
);
