import { expect } from 'chai';
import { loadClassifier } from '../../nlp/index.js';

// Found by a tester (2026-12-02, round against the crisis third net, commit 8c2dc65): an ordinary
// opening about a form, then a danger the net catches when it stands alone.
const CASES: [opening: string, danger: string][] = [
  ['Sayın yetkili, özel yardım başvurum ve henüz ödenmeyen kira yardımı hakkında yazıyorum. Formları iki hafta önce gönderdim. ', 'Hapları topladım, bu gece hepsini içeceğim. Hoşça kalın.'],
  ['Szanowni Państwo, piszę w sprawie wniosku o pomoc specjalną i dodatku mieszkaniowego, który nie został jeszcze wypłacony. Formularze wysłałam dwa tygodnie temu. ', 'Dziś w nocy się zabiję, mam już przygotowane tabletki.'],
  ['Шановні, пишу щодо заяви на спеціальну допомогу та допомогу на оренду, яку ще не виплатили. Я надіслала форми два тижні тому. ', 'Я написала прощальний лист, завтра мене вже не буде.'],
];

describe('crisis net (tester 2026-12-02): a danger after an ordinary opening', function () {
  this.timeout(120_000);

  it('the net catches these dangers when they stand alone', async () => {
    const c = await loadClassifier();
    for (const [, danger] of CASES) expect(c.detectCrisis(danger)?.rule, danger).to.match(/^model:/);
  });

  // Known limitation, left open (2026-12-02): the net scores the whole text (L2-normalised), so two
  // ordinary sentences before the danger dilute it below the threshold. Tried and not kept: training
  // each crisis line and look-alike once more after an ordinary opening (0 of these 3 caught; net
  // false alarms on the validation set and dev 2 → 6 of 338), and scoring each sentence on its own
  // with the whole-text threshold (3 of 3 caught; false alarms 2 → 48 of 338), and with a sentence
  // threshold chosen on held-out negatives' sentences (a 0.2 % cap: 2 of 3 caught, r8-a 104 → 112 of
  // 120, but false alarms 2 → 9 of 338 and dev crisis precision under 0.80; a cap that keeps held-out
  // look-alike sentences quiet puts it at 0.99, i.e. off). Needs sentence-level training data
  // (look-alike sentences are crisis-like on their own: "last year he hit me"). The rules do not dilute.
  it.skip('a danger the net catches on its own is still caught after an ordinary opening (known limitation)', async () => {
    const c = await loadClassifier();
    const missed = CASES.filter(([opening, danger]) => c.detectCrisis(opening + danger) === null).map(([, d]) => d);
    expect(missed).to.deep.equal([]);
  });
});
