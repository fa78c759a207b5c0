import { expect } from 'chai';
import { buildVocab, Vectorizer } from '../../nlp/model.js';
import { charNgrams, features, NO_CHAR_NGRAMS, type CharNgramConfig } from '../../nlp/text.js';

const CHARS: CharNgramConfig = { n: [3, 4], minLen: 4, weight: 0.5 };
const TEXTS = [
  'De thuiszrg komt al twee weken niet, wie gaat dit oplossen?',
  'Mijn huurtoeslagschuld wordt steeds hoger!!',
  'De taxi kwam weer te laat en de chauffeur nam niet op.',
  'Ik wil bezwaar maken tegen de beschikking van de gemeente.',
];

describe('nlp features: character n-grams (optional, body heads only)', () => {
  it('gives boundary-marked grams of the configured lengths, none for stopwords or short tokens', () => {
    expect(charNgrams('taxi', { n: [3], minLen: 4, weight: 1 })).to.deep.equal(['c:<ta', 'c:tax', 'c:axi', 'c:xi>']);
    expect(charNgrams('taxi', NO_CHAR_NGRAMS)).to.deep.equal([]);
    expect(charNgrams('van', CHARS)).to.deep.equal([]);
    expect(charNgrams('maar', CHARS)).to.deep.equal([]); // stopword
  });

  it('Vectorizer.vectorize uses the same features as features(): word block norm 1, char block norm = weight', () => {
    const { vocab, idf } = buildVocab(TEXTS, 1, CHARS);
    const vec = new Vectorizer(vocab, idf, CHARS);
    for (const t of TEXTS) {
      const x = vec.vectorize(t);
      const keys = new Set([...features(t, CHARS).keys()]);
      expect(new Set(Array.from(x.idx, (i) => vocab[i]!))).to.deep.equal(keys);
      const norm = (from: number, to: number) => Math.sqrt(Array.from(x.val.subarray(from, to)).reduce((a, v) => a + v * v, 0));
      expect(norm(0, x.nWord)).to.be.closeTo(1, 1e-9);
      expect(norm(x.nWord, x.idx.length)).to.be.closeTo(CHARS.weight, 1e-9);
      expect(Array.from(x.idx.subarray(x.nWord), (i) => vocab[i]!).every((k) => k.startsWith('c:'))).to.equal(true);
    }
  });

  it('without char n-grams the vector is the word block alone (older artifacts unchanged)', () => {
    const { vocab, idf } = buildVocab(TEXTS, 1);
    const x = new Vectorizer(vocab, idf).vectorize(TEXTS[0]!);
    expect(x.nWord).to.equal(x.idx.length);
    expect(vocab.some((k) => k.startsWith('c:'))).to.equal(false);
  });
});
