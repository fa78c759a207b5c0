/**
 * npm run train [-- --with-corrections] [-- --corrections FILE]
 * Rebuilds nlp/model/model-<version>.json (+ manifest.json) from nlp/corpus/*.jsonl.
 * --with-corrections reads nlp/corpus/corrections.jsonl (format: nlp/README.md).
 */
import '../quiet-env.js';
import { existsSync } from 'node:fs';
import { DEFAULT_CORRECTIONS, train } from '../train.js';

const args = process.argv.slice(2);
let corrections: string | undefined;
const ci = args.indexOf('--corrections');
if (ci >= 0) corrections = args[ci + 1];
else if (args.includes('--with-corrections')) corrections = DEFAULT_CORRECTIONS;
if (corrections && !existsSync(corrections)) {
  console.error(`train: corrections file ${corrections} not found`);
  process.exit(2);
}
const t0 = performance.now();
const r = train({ ...(corrections ? { corrections } : {}) });
const a = r.artifact;
console.error(`trained model ${a.version}: ${a.trainedOn.examples} corpus examples, ${a.trainedOn.corrections} corrections, ` +
  `${a.vocab.length} features, held-out top-1 ${a.calibration.heldOutTop1} on ${a.calibration.heldOut} examples, ` +
  `${(r.json.length / 1e6).toFixed(1)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(r.file);
