import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crisisNetFrom } from '../../nlp/crisis-model.js';
import { defaultModelPath } from '../../nlp/classifier.js';
import { loadClassifier } from '../../nlp/index.js';

// Found by a tester (2026-12-02, round against the crisis third net, commit 8c2dc65).
describe('crisis net (tester 2026-12-02): a danger after an ordinary opening', function () {
  this.timeout(120_000);

  it('a danger the net catches on its own is still caught with an ordinary opening sentence before it', async () => {
    const c = await loadClassifier();
    const failed: string[] = [];
    const cases: [string, string][] = [
      ['Sayın yetkili, özel yardım başvurum ve henüz ödenmeyen kira yardımı hakkında yazıyorum. Formları iki hafta önce gönderdim. ', 'Hapları topladım, bu gece hepsini içeceğim. Hoşça kalın.'],
      ['Szanowni Państwo, piszę w sprawie wniosku o pomoc specjalną i dodatku mieszkaniowego, który nie został jeszcze wypłacony. Formularze wysłałam dwa tygodnie temu. ', 'Dziś w nocy się zabiję, mam już przygotowane tabletki.'],
      ['Шановні, пишу щодо заяви на спеціальну допомогу та допомогу на оренду, яку ще не виплатили. Я надіслала форми два тижні тому. ', 'Я написала прощальний лист, завтра мене вже не буде.'],
    ];
    for (const [pre, t] of cases) {
      expect(c.detectCrisis(t)?.rule, t).to.match(/^model:/); // the net alone catches it
      if (c.detectCrisis(pre + t) === null) failed.push(t);
    }
    expect(failed).to.deep.equal([]);
  });
});
