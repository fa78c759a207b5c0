import { expect } from 'chai';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLARIFY_THRESHOLD, classifyWithHint, loadClassifier, type Classifier } from '../../nlp/index.js';
import { detectWantsFormal, detectWantsHuman } from '../../nlp/intent.js';

describe('nlp classifier (own sentences)', () => {
  let clf: Classifier;
  before(async () => { clf = await loadClassifier(); });

  it('exports a threshold in (0,1) and a model version', () => {
    expect(CLARIFY_THRESHOLD).to.be.within(0.05, 0.95);
    expect(clf.modelVersion).to.match(/^[0-9a-f]{12}$/);
  });
  const cases: [string, string, string?][] = [
    ['Mijn klantmanager van de bijstand reageert al weken niet op mijn mail.', 'gemeente-werk-inkomen', 'klacht'],
    ['Hoe vraag ik een scootmobiel aan bij de gemeente?', 'gemeente-wmo', 'vraag'],
    ['De regiotaxi heeft mijn vader vanochtend niet opgehaald en de chauffeur nam niet op.', 'vervoerder', 'klacht'],
    ['Het CAK stuurt mij een factuur voor de eigen bijdrage terwijl ik geen hulp meer krijg.', 'cak'],
    ['De gezinsvoogd van mijn dochter komt nooit op de afspraken.', 'jeugdbescherming', 'klacht'],
    ['Mijn container wordt al weken niet geleegd.', 'gemeente-overig'],
    ['Ik ben het niet eens met de terugvordering van mijn bijstand en wil bezwaar maken.', 'gemeente-werk-inkomen', 'bezwaar'],
    ['Het UWV heeft mijn WW nog niet betaald.', 'uwv'],
  ];
  for (const [text, body, kind] of cases) {
    it(`${body}${kind ? '/' + kind : ''}: ${text}`, () => {
      const c = clf.classify({ text });
      expect(c.bodies[0]).to.equal(body);
      if (kind) expect(c.kind).to.equal(kind);
      expect(c.confidence).to.be.within(0, 1);
      expect(c.lang).to.equal('nl');
    });
  }
  it('crisis wins over the model', () => {
    const c = clf.classify({ text: 'De thuiszorg komt niet meer en ik zie het niet meer zitten.' });
    expect(c.kind).to.equal('crisis');
    expect(c.urgency).to.equal('crisis');
    expect(c.crisis?.category).to.equal('suicide');
  });
  it('uses the e-mail subject', () => {
    const c = clf.classify({ text: 'Zie onderwerp. Graag snel reactie.', subject: 'Bezwaar tegen beschikking huishoudelijke hulp Wmo', channel: 'email' });
    expect(c.kind).to.equal('bezwaar');
    expect(c.bodies[0]).to.equal('gemeente-wmo');
  });
  it('classifies other languages via glosses', () => {
    const c = clf.classify({ text: 'My welfare payment from the municipality did not arrive and I cannot pay the rent.' });
    expect(c.lang).to.equal('en');
    expect(c.bodies[0]).to.equal('gemeente-werk-inkomen');
  });
  it('a quick-reply hint moves a vague message to the hinted body', () => {
    const text = 'Het gaat niet goed en niemand doet iets.';
    expect(classifyWithHint(clf, text, 'schulden').bodies[0]).to.equal('gemeente-schuldhulp');
    expect(clf.classify({ text, hint: 'jeugdhulp' }).bodies[0]).to.equal('gemeente-jeugd');
  });
  it('detects requests for a human and for formal handling', () => {
    expect(detectWantsHuman('ik wil een mens spreken')).to.equal(true);
    expect(detectWantsHuman('Kunt u mij terugbellen?')).to.equal(true);
    expect(detectWantsHuman('I want to talk to a real person')).to.equal(true);
    expect(detectWantsHuman('De taxi was te laat.')).to.equal(false);
    expect(detectWantsFormal('Ik wil een officiële klacht indienen.')).to.equal(true);
    expect(detectWantsFormal('dit wordt een formele klacht')).to.equal(true);
    expect(detectWantsFormal('ik heb een vraag over de klacht van gisteren')).to.equal(false);
    expect(clf.classify({ text: 'ik wil een medewerker spreken over mijn uitkering' }).wantsHuman).to.equal(true);
  });
  it('is deterministic for the same input (a second classifier, so no kept result answers)', async () => {
    const a = clf.classify({ text: 'De wijkcoach belt niet terug.' });
    const b = (await loadClassifier()).classify({ text: 'De wijkcoach belt niet terug.' });
    expect(a).to.deep.equal(b);
  });
  it('throws a clear error for a missing or corrupt artifact', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nlp-model-'));
    const bad = path.join(dir, 'model-bad.json');
    writeFileSync(bad, '{"format":"nope"}');
    let err: Error | undefined;
    try { await loadClassifier(path.join(dir, 'missing.json')); } catch (e) { err = e as Error; }
    expect(err?.message).to.match(/cannot read model artifact/);
    err = undefined;
    try { await loadClassifier(bad); } catch (e) { err = e as Error; }
    expect(err?.message).to.match(/corrupt/);
  });
});

describe('nlp glosses: one Dutch gloss per meaning', () => {
  it('a decision waited for is no objection: "decision" glosses as besluit, "objection" as bezwaar, "waiting" as wachten', async () => {
    const { glossToDutch } = await import('../../nlp/gloss.js');
    for (const [text, lang] of [['Czekam na decyzję od trzech miesięcy.', 'pl'], ['Я чекаю на рішення вже два місяці.', 'uk'], ['Üç aydır karar bekliyorum.', 'tr'], ['Ich warte auf den Bescheid.', 'de']] as const) {
      const gloss = glossToDutch(text, lang).split(' ');
      expect(gloss, text).to.include.members(['besluit', 'wachten']);
      expect(gloss, text).not.to.include('bezwaar');
    }
    expect(glossToDutch('Chcę złożyć odwołanie.', 'pl').split(' ')).to.include('bezwaar');
    expect(glossToDutch('Ich lege Widerspruch ein.', 'de').split(' ')).to.include('bezwaar');
  });

  it('a resident who waits for a decision in Polish or Ukrainian is not sent the bezwaar route', async () => {
    const clf = await loadClassifier();
    for (const text of ['Dzień dobry, od dwóch miesięcy czekam na decyzję w sprawie pomocy domowej i nikt nie odpowiada.', 'Я чекаю на рішення громади щодо допомоги вже три місяці.']) {
      expect(clf.classify({ text }).kind, text).not.to.equal('bezwaar');
    }
  });
});

