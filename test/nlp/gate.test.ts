import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { GatedRegex, matchPrefixes, windows3 } from '../../nlp/gate.js';

describe('nlp regex gate (exact pre-filter)', () => {
  it('derives match starts through groups, optional parts and assertions', () => {
    expect(matchPrefixes('abc|de(f|gh)')).to.have.length(3);
    expect(matchPrefixes('\\b(ik )?zie het')).to.have.length(2);
    expect(matchPrefixes('(?<![a-z])(?:wmo)')).to.have.length(1);
    expect(matchPrefixes('[abc]def')).to.equal(null);
    expect(matchPrefixes('ab')).to.equal(null);
    expect(matchPrefixes('a.c')).to.equal(null);
    expect(matchPrefixes('(ab)+c')).to.equal(null);
  });
  it('never changes a result: gated test equals re.test on the corpus', () => {
    const texts = readFileSync(new URL('../../nlp/corpus/generated.jsonl', import.meta.url), 'utf8').trim().split('\n')
      .slice(0, 600).map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase());
    const patterns = [/\b(taxi|chauffeur)s? (kwam|komt) (niet|te laat)/, /(?<![a-z])(?:eigen bijdrage|cak\b)/, /\b(ik )?zie (ik )?het niet meer zitten/m,
      /niet (gekomen|betaald)|(hulp|zorg).{0,20}niet/, /\bgeen (inkomen|uitkering)( meer)?/];
    for (const re of patterns) {
      const g = new GatedRegex(re);
      for (const t of texts) expect(g.test(t, windows3(t)), `${re} on ${t}`).to.equal(re.test(t));
    }
  });
});
