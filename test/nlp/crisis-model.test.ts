import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  chooseThreshold, crisisNetFrom, isCrisisHead, readCrisisCorpus, trainCrisisHead, DEFAULT_CRISIS_OPTIONS, type CrisisLine,
} from '../../nlp/crisis-model.js';
import { crisisNormalise } from '../../nlp/crisis.js';
import { loadClassifier } from '../../nlp/index.js';

// A toy corpus (invented): the net must learn from it, not from any rule.
const POS: CrisisLine[] = [];
const NEG: CrisisLine[] = [];
const places = ['park', 'station', 'garage', 'portiek', 'auto', 'tent', 'bankje', 'fietsenstalling'];
const kids = ['de kinderen', 'mijn zoon', 'de baby', 'mijn dochters', 'de tweeling', 'onze jongste'];
places.forEach((p, i) => {
  POS.push({ lang: 'nl', crisis: true, category: 'basic-needs', text: `wij zijn eruit gezet en ${kids[i % kids.length]} slapen straks in de ${p}, waar moeten we heen` });
  NEG.push({ lang: 'nl', crisis: false, category: 'none', text: `vorig jaar sliepen we een tijd in de ${p}, nu wil ik graag weten hoe de huurtoeslag werkt` });
});
const CORPUS = [
  'mijn wmo aanvraag duurt al acht weken, wanneer hoor ik iets',
  'de taxi kwam weer te laat voor de dagbesteding',
  'ik wil bezwaar maken tegen de beschikking van de jeugdhulp',
  'het cak rekent een te hoge eigen bijdrage',
  'mijn uitkering is nog niet gestort deze maand',
  'kan ik schuldhulp krijgen, ik heb een betalingsachterstand',
  'de huishoudelijke hulp komt maar twee uur in plaats van drie',
  'de wijkteam medewerker belt niet terug',
];

describe('crisis net (crisis-model.ts)', function () {
  this.timeout(60_000);

  it('chooses the lowest threshold that keeps both kinds of negatives under their caps', () => {
    const o = { maxLookAlikeAlarms: 0.25, maxCorpusAlarms: 0, minThreshold: 0.5 };
    // look-alikes: 1 of 4 above 0.8 is allowed, 2 of 4 above 0.6 are not
    expect(chooseThreshold({ lookAlike: [0.1, 0.65, 0.85, 0.2], corpus: [0.3, 0.55] }, o)).to.equal(0.66);
    // a corpus line at 0.9 with no alarm allowed pushes it above 0.9
    expect(chooseThreshold({ lookAlike: [], corpus: [0.9] }, o)).to.equal(0.91);
    expect(chooseThreshold({ lookAlike: [], corpus: [] }, o)).to.equal(0.5);
  });

  it('reads a corpus folder and names the file and line of a bad line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crisis-corpus-'));
    writeFileSync(path.join(dir, 'nl.jsonl'), JSON.stringify(POS[0]) + '\n\n' + JSON.stringify(NEG[0]) + '\n');
    const ok = readCrisisCorpus(dir);
    expect(ok.lines).to.have.length(2);
    expect(ok.files).to.deep.equal(['nl.jsonl']);
    writeFileSync(path.join(dir, 'pl.jsonl'), JSON.stringify({ lang: 'pl', crisis: true, category: 'none', text: 'x' }) + '\n');
    expect(() => readCrisisCorpus(dir)).to.throw(/pl\.jsonl:1: .*category must be "none" exactly when crisis is false/);
    writeFileSync(path.join(dir, 'pl.jsonl'), '{"lang":\n');
    expect(() => readCrisisCorpus(dir)).to.throw(/pl\.jsonl:1: not JSON/);
    expect(readCrisisCorpus(path.join(dir, 'absent')).lines).to.deep.equal([]);
  });

  it('learns a category from the corpus, is deterministic, and fires only above its threshold', () => {
    const o = { ...DEFAULT_CRISIS_OPTIONS, minDf: 1, charMinDf: 1 };
    const a = trainCrisisHead([...POS, ...NEG], CORPUS.map((text) => ({ text })), ['nl.jsonl'], o);
    const b = trainCrisisHead([...POS, ...NEG], CORPUS.map((text) => ({ text })), ['nl.jsonl'], o);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(isCrisisHead(a)).to.equal(true);
    expect(isCrisisHead({ ...a, idf: a.idf.slice(1) })).to.equal(false);
    expect(a.trainedOn).to.deep.include({ positives: POS.length, lookAlikes: NEG.length, corpus: CORPUS.length });
    expect(a.threshold).to.be.within(0.5, 0.99);
    const net = crisisNetFrom(a);
    const hit = net(crisisNormalise('ze hebben ons eruit gezet, de kinderen slapen straks in de portiek'), 'nl');
    expect(hit).to.deep.equal({ category: 'basic-needs', lang: 'nl', rule: 'model:basic-needs' });
    expect(net(crisisNormalise('de taxi kwam weer te laat'), 'nl')).to.equal(null);
    // a threshold above any score silences it
    expect(crisisNetFrom({ ...a, threshold: 1.01 })(crisisNormalise('de kinderen slapen straks in de portiek'), 'nl')).to.equal(null);
  });

  it('in the committed model: rules keep their verdict and name; classify() and detectCrisis() agree', async () => {
    const c = await loadClassifier();
    const byRule = 'Mijn man slaat me en ik durf niet naar huis.';
    const r = c.classify({ text: byRule });
    expect(r.crisis?.rule).to.match(/^nl:violence:/);
    expect(c.detectCrisis(byRule)).to.deep.equal(r.crisis);
    const plain = 'Mijn Wmo-aanvraag voor een traplift duurt al tien weken.';
    expect(c.classify({ text: plain }).crisis).to.equal(null);
    expect(c.detectCrisis(plain)).to.equal(null);
  });

  it('in the committed model: the development crisis set (nlp/validation/crisis-r8-a.jsonl) stays caught, and the net adds no false alarm', async () => {
    const c = await loadClassifier();
    const rows = readFileSync(path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../../nlp/validation/crisis-r8-a.jsonl'), 'utf8')
      .trim().split('\n').map((l) => JSON.parse(l) as { crisis: boolean; text: string });
    const crisis = rows.filter((r) => r.crisis);
    const caught = crisis.filter((r) => c.detectCrisis(r.text) !== null).length;
    const netAlarms = rows.filter((r) => !r.crisis && c.detectCrisis(r.text)?.rule.startsWith('model:')).length;
    // measured 2026-12-02: 105/120 (rules alone 60/120); 0 of 60 look-alikes fired by the net
    expect(caught / crisis.length).to.be.at.least(0.85);
    expect(netAlarms).to.equal(0);
  });
});

describe('crisis corpus vs measuring sets', () => {
  it('no crisis-corpus line is a copy or close paraphrase of a line in nlp/validation (word 3-shingles, Jaccard < 0.5)', () => {
    const root = path.join(path.dirname(new URL(import.meta.url).pathname), '../../nlp');
    const corpus = readCrisisCorpus(path.join(root, 'corpus/crisis')).lines.map((l) => l.text);
    const measuring: string[] = [];
    for (const f of ['crisis-r8-a.jsonl', 'crisis-r8-b.jsonl', 'crisis-r8-c.jsonl', 'written-2026-12.jsonl']) {
      for (const l of readFileSync(path.join(root, 'validation', f), 'utf8').trim().split('\n')) measuring.push((JSON.parse(l) as { text: string }).text);
    }
    const shingles = (t: string) => {
      const w = crisisNormalise(t).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
      const s = new Set<string>();
      for (let i = 0; i + 3 <= w.length; i++) s.add(w.slice(i, i + 3).join(' '));
      return s;
    };
    const index = new Map<string, number[]>();
    const cs = corpus.map(shingles);
    cs.forEach((s, i) => { for (const g of s) { const l = index.get(g); if (l) l.push(i); else index.set(g, [i]); } });
    const close: string[] = [];
    for (const m of measuring) {
      const ms = shingles(m);
      const shared = new Map<number, number>();
      for (const g of ms) for (const i of index.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      for (const [i, n] of shared) {
        const j = n / (ms.size + cs[i]!.size - n);
        if (j >= 0.5) close.push(`${j.toFixed(2)}: ${corpus[i]!.slice(0, 60)}`);
      }
    }
    expect(close).to.deep.equal([]);
  });
});
