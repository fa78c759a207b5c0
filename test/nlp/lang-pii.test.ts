import { expect } from 'chai';
import { detectLanguage, maskPii } from '../../nlp/index.js';
import { isValidBsn, isValidIban } from '../../nlp/pii.js';

describe('nlp language detection', () => {
  const cases: [string, string][] = [
    ['ff vraagje', 'nl'],
    ['wnr komt de taxi nou', 'nl'],
    ['hoi, mn uitkering is nie gestort', 'nl'],
    ['Geachte heer/mevrouw, hierbij wil ik bezwaar maken tegen het besluit van 3 maart.', 'nl'],
    ['My mother has not had any home care for two weeks, who can help?', 'en'],
    ['Annem için ev temizliği yardımı istiyorum, belediye cevap vermiyor.', 'tr'],
    ['Dzień dobry, nie dostałem zasiłku w tym miesiącu.', 'pl'],
    ['لم تصل المساعدة هذا الشهر', 'ar'],
    ['Допомога вдома для моєї мами не приходить.', 'uk'],
    ['Помощь на дому не приходит уже неделю.', 'ru'],
    ['Ich habe eine Frage zu meiner Sozialhilfe und bitte um Hilfe.', 'de'],
    ['12345 !!', 'und'],
  ];
  for (const [text, lang] of cases) {
    it(`${lang}: ${text}`, () => expect(detectLanguage(text)).to.equal(lang));
  }
});

describe('nlp PII masking', () => {
  it('validates BSN with the elfproef', () => {
    expect(isValidBsn('111222333')).to.equal(true); // 9+8+7+12+10+8+9+6-3 = 66 = 6×11
    expect(isValidBsn('123456782')).to.equal(true);
    expect(isValidBsn('123456789')).to.equal(false);
    expect(isValidBsn('000000000')).to.equal(false);
  });
  it('validates IBAN mod-97', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).to.equal(true);
    expect(isValidIban('NL91ABNA0417164301')).to.equal(false);
    expect(isValidIban('nl91abna0417164300')).to.equal(true);
    expect(isValidIban('BE68 5390 0754 7034')).to.equal(true);
  });
  it('masks an IBAN whose last group is whole (BE, AT, LU) also when a word follows', () => {
    expect(maskPii('BE68 5390 0754 7034 is mijn rekening')).to.equal('[IBAN] is mijn rekening');
    expect(maskPii('BE68539007547034 voor de huur')).to.equal('[IBAN] voor de huur');
    expect(maskPii('be68 5390 0754 7034 en ook')).to.equal('[IBAN] en ook');
    expect(maskPii('AT61 1904 3002 3457 3201 is van mij')).to.equal('[IBAN] is van mij');
    expect(maskPii('LU28 0019 4006 4475 0000 is van mij')).to.equal('[IBAN] is van mij');
    expect(maskPii('NL91 ABNA 0417 1643 00 graag')).to.equal('[IBAN] graag');
  });
  it('masks an IBAN whatever is put between its groups (non-breaking spaces, tabs, two spaces, dashes, dots)', () => {
    for (const written of ['NL91\u00a0ABNA\u00a00417\u00a01643\u00a000', 'BE68\t5390\t0754\t7034', 'DE89  3704  0044  0532  0130  00', 'GB29-NWBK-6016-1331-9268-19', 'NL91.ABNA.0417.1643.00', 'BE 68 5390 0754 7034']) {
      expect(maskPii(`rekening ${written} graag`), written).to.equal('rekening [IBAN] graag');
    }
  });
  it('masks an e-mail address after a long run of address characters', () => {
    const long = '1'.repeat(20_000);
    expect(maskPii(`${long} mail jan@example.nl`)).to.equal(`${long} mail [e-mail]`);
    expect(maskPii(`${long}@example.nl`)).to.equal('[e-mail]');
  });
  it('leaves ids that only pass the bare mod-97 test alone (no such country, length or layout)', () => {
    // A random Direct Line conversation id that a CI run's log masked as "[IBAN]": two letters,
    // two digits, mod 97 = 1, but "YJ" is no IBAN country.
    expect(isValidIban('yj54o52LgclnaSBg8YisAw')).to.equal(false);
    expect(maskPii('conv yj54o52LgclnaSBg8YisAw')).to.equal('conv yj54o52LgclnaSBg8YisAw');
    // NL, mod 97 = 1, but 19 characters where NL has 18.
    expect(isValidIban('NL06ABNA04171643001')).to.equal(false);
  });
  it('masks a valid BSN but leaves other 9-digit numbers', () => {
    expect(maskPii('mijn bsn is 123456782.')).to.equal('mijn bsn is [BSN].');
    expect(maskPii('BSN 123.456.782')).to.equal('BSN [BSN]');
    expect(maskPii('dossier 123456789')).to.equal('dossier 123456789');
  });
  it('masks IBAN, e-mail and phone numbers', () => {
    expect(maskPii('IBAN NL91 ABNA 0417 1643 00 graag')).to.equal('IBAN [IBAN] graag');
    expect(maskPii('mail me op jan.jansen@example.nl')).to.equal('mail me op [e-mail]');
    expect(maskPii('bel 06-12345678 of 0612345678')).to.equal('bel [telefoon] of [telefoon]');
    expect(maskPii('tel +31 6 12345678')).to.equal('tel [telefoon]');
    expect(maskPii('tel 020-1234567')).to.equal('tel [telefoon]');
  });
  it('leaves ordinary text and amounts alone', () => {
    const t = 'Ik moet 1200 euro terugbetalen sinds 12-03-2024.';
    expect(maskPii(t)).to.equal(t);
  });
});
