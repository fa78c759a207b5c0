import { expect } from 'chai';
import { loadClassifier, MEMO_CHARS, type Classifier } from '../../nlp/index.js';

/**
 * The classifier keeps its last results: one resident message is looked at by the turn's crisis
 * check and twice by the bot. A kept result must be the same answer, and callers must not be able
 * to change it for the next caller.
 */
describe('nlp classifier: kept results', () => {
  let clf: Classifier;
  before(async () => { clf = await loadClassifier(); });

  it('answers the same input again from the kept result, equal to the first answer', () => {
    const input = { text: 'De thuiszorg komt al twee weken niet en niemand belt terug, ik wil een klacht indienen.', channel: 'whatsapp' as const };
    const hits = clf.memoStats!.classifyHits;
    const first = clf.classify(input);
    clf.classify({ text: 'Waar kan ik een gehandicaptenparkeerkaart aanvragen?' });
    const again = clf.classify({ ...input });
    expect(clf.memoStats!.classifyHits).to.equal(hits + 1);
    expect(again).to.deep.equal(first);
  });

  it('gives every caller its own copy: changing a kept answer does not change the next', () => {
    const input = { text: 'Mijn uitkering is deze maand niet betaald en de huur moet eraf.' };
    const first = clf.classify(input);
    const hits = clf.memoStats!.classifyHits;
    const second = clf.classify(input); // answered from the kept result
    expect(clf.memoStats!.classifyHits).to.equal(hits + 1);
    second.bodies.push('cak');
    second.kind = 'bezwaar';
    first.law.length = 0;
    const third = clf.classify(input);
    expect(third.bodies).to.not.include('cak');
    expect(third.kind).to.not.equal('bezwaar');
    expect(third.law).to.deep.equal(clf.classify(input).law).and.to.have.length.above(0);
  });

  it('a different subject, hint or channel is a different input', () => {
    const text = 'Ik wacht al maanden op een antwoord over mijn aanvraag.';
    const hits = clf.memoStats!.classifyHits;
    clf.classify({ text });
    clf.classify({ text, subject: 'Aanvraag rolstoel' });
    clf.classify({ text, hint: 'hulp in huis' });
    clf.classify({ text, channel: 'email' });
    expect(clf.memoStats!.classifyHits).to.equal(hits);
    expect(clf.classify({ text, hint: 'uitkering' }).bodies[0]).to.equal('gemeente-werk-inkomen');
  });

  it('the turn\'s crisis check and the classification share one crisis look', () => {
    const text = 'Ik zie het niet meer zitten, ik wil er een eind aan maken.';
    const hits = clf.memoStats!.crisisHits;
    const alone = clf.detectCrisis(text);
    const c = clf.classify({ text });
    expect(clf.memoStats!.crisisHits).to.equal(hits + 1);
    expect(alone).to.not.equal(null);
    expect(c.crisis).to.deep.equal(alone);
    alone!.category = 'basic-needs';
    expect(clf.detectCrisis(text)!.category).to.equal(c.crisis!.category);
  });

  it('a text longer than the memo holds is classified each time, not kept', () => {
    const text = 'De wijkcoach komt niet. '.repeat(Math.ceil(MEMO_CHARS / 20));
    const hits = clf.memoStats!.classifyHits;
    const a = clf.classify({ text });
    const b = clf.classify({ text });
    expect(clf.memoStats!.classifyHits).to.equal(hits);
    expect(b).to.deep.equal(a);
  });
});
