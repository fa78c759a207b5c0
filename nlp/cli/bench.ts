/**
 * npm run bench:nlp — throughput on one core for a 60-word message, and the model's memory
 * (heap delta after load, measured with --expose-gc when available). Not a timed test.
 */
import '../quiet-env.js';
import { loadClassifier } from '../classifier.js';

const gc = (globalThis as { gc?: () => void }).gc;
const MESSAGE =
  'Goedemiddag, ik schrijf namens mijn moeder van 84. Sinds de nieuwe thuiszorgorganisatie het heeft ' +
  'overgenomen komt de huishoudelijke hulp steeds op andere dagen en soms helemaal niet. Vorige week is er ' +
  'twee keer niemand geweest en ze kan zelf niet meer stofzuigen of de badkamer schoonmaken. Ik heb de ' +
  'gemeente al gebeld maar daar zeggen ze dat ik bij de zorgaanbieder moet zijn. Wie gaat dit oplossen?';
const words = MESSAGE.split(/\s+/).length;

gc?.();
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
const clf = await loadClassifier();
const loadMs = performance.now() - t0;
gc?.();
const after = process.memoryUsage().heapUsed;

// Every text is new (a number appended), so the classifier's kept results never answer: this
// measures classifying, not the memo (checked below).
for (let i = 0; i < 500; i++) clf.classify({ text: `${MESSAGE} w${i}` });
const N = 20000;
const t1 = performance.now();
for (let i = 0; i < N; i++) clf.classify({ text: `${MESSAGE} ${i}` });
const secs = (performance.now() - t1) / 1000;
if (clf.memoStats && clf.memoStats.classifyHits + clf.memoStats.crisisHits > 0) throw new Error('bench:nlp: a kept result answered; the figure would not measure classifying');
console.log(JSON.stringify({
  model: clf.modelVersion,
  words,
  messagesPerSecond: Math.round(N / secs),
  loadMs: Math.round(loadMs),
  heapDeltaMB: Math.round(((after - before) / 1048576) * 10) / 10,
  gcExposed: Boolean(gc),
}));
