import { expect } from 'chai';
import { EN_NEUTRAL_SUBJECTS, generate, NEUTRAL_SUBJECTS, SUBJECT_PREFIX } from '../../nlp/corpus/generate.js';

describe('nlp corpus generator', function () {
  this.timeout(60_000);
  const rows = generate();
  const withSubject = rows.filter((e) => e.subject);
  const neutral = new Set([...NEUTRAL_SUBJECTS, ...EN_NEUTRAL_SUBJECTS].map((s) => s.trim()).filter(Boolean));
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  /** The subject without a "Re: "/"Vraag over "-style prefix. */
  const core = (s: string) => {
    for (const p of SUBJECT_PREFIX) if (p && s.startsWith(p)) return s.slice(p.length);
    return s;
  };

  it('writes e-mail subjects that do not depend on the labels (neutral, or taken from the message itself)', () => {
    expect(withSubject.length).to.be.greaterThan(300);
    let fromText = 0, other = 0;
    for (const e of withSubject) {
      const s = e.subject!.trim();
      if (neutral.has(s)) continue;
      const text = e.text.toLowerCase();
      if (words(core(s)).every((w) => text.includes(w))) fromText++; else other++;
    }
    // the low-literacy rewrite may change a word after the subject was taken ("heb" → "hep")
    expect(other / Math.max(1, fromText + other)).to.be.lessThan(0.03);
  });

  it('uses each neutral subject across many different first bodies', () => {
    const bodiesPer = new Map<string, Set<string>>();
    for (const e of withSubject) if (neutral.has(e.subject!.trim())) {
      const set = bodiesPer.get(e.subject!) ?? new Set<string>();
      set.add(e.bodies[0]!);
      bodiesPer.set(e.subject!, set);
    }
    const frequent = [...bodiesPer.entries()].filter(([s]) => withSubject.filter((e) => e.subject === s).length >= 20);
    expect(frequent.length).to.be.greaterThan(5);
    for (const [, set] of frequent) expect(set.size).to.be.greaterThan(5);
  });
});
