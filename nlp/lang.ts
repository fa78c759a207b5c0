/**
 * Language detection tuned for short resident messages.
 *
 * Order of evidence: (1) script (Arabic, Cyrillic, Ge'ez, ...), with letters that only one
 * language in the script uses (Ukrainian і ї є ґ; Russian ы э ъ ё; Persian پ چ ژ گ);
 * (2) function-word and domain-word counts for the Latin-script languages we support,
 * plus diacritics that are decisive (Turkish ş ğ ı; Polish ł ą ę ś ż ź ć ń; German ß);
 * (3) franc-min (trigram model, ISO 639-3) for longer texts when stopwords are undecided.
 * Short or undecided Latin-script text defaults to Dutch: the service is Dutch-first and
 * most short WhatsApp messages ("ff vraagje", "wnr komt de taxi") are Dutch.
 */
import { franc } from 'franc-min';

const ISO3_TO_1: Record<string, string> = {
  nld: 'nl', eng: 'en', tur: 'tr', arb: 'ar', pol: 'pl', ukr: 'uk', rus: 'ru', deu: 'de', fra: 'fr',
  spa: 'es', por: 'pt', ita: 'it', ron: 'ro', bul: 'bg', pes: 'fa', som: 'so', tir: 'ti', hun: 'hu',
  ces: 'cs', slk: 'sk', hrv: 'hr', srp: 'sr', bos: 'bs', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
  ell: 'el', amh: 'am', hin: 'hi', urd: 'ur', ind: 'id', zlm: 'ms', vie: 'vi', cmn: 'zh', jpn: 'ja',
};

const RU_WORDS = new Set('что это уже как меня мне нет она они очень помощь когда где почему сегодня только ещё еще или'.split(' '));
const UK_WORDS = new Set('що це вже як мене мені немає вона вони дуже допомога коли де чому сьогодні тільки ще або'.split(' '));

/** Function words and frequent social-domain words per Latin-script language. */
const WORDS: Record<string, string[]> = {
  nl: ('de het een en van ik je jij u niet wel is zijn mijn m\'n met voor op te dat die dit er naar maar ook nog al ' +
    'wat hoe waarom wanneer geen heb hebt heeft hebben kan kunt wil wilt moet moeten gaat komt krijg krijgen ' +
    'omdat sinds alweer weer graag hallo hoi goedemorgen goedemiddag geachte groet bedankt dank alstublieft ' +
    'gemeente hulp zorg uitkering toeslag schulden klacht bezwaar thuiszorg wijkteam vraagje ff nie zo jullie ' +
    'ze zij hij we wij ons onze mn kind zoon dochter moeder vader brief betaald gebeld').split(' '),
  en: ('the a an and of i you he she it is are was were not my me with for on to that this there but also ' +
    'what how why when no have has had can could would will want need get got because since again please ' +
    'hello hi dear regards thanks thank you your our we they their help care benefit complaint from am do ' +
    'does did dont don\'t didnt didn\'t anyone anymore mother father son daughter'.split(' ').join(' ')).split(' '),
  de: ('der die das und ist nicht ich du sie wir mein meine mit für auf zu dass ein eine aber auch noch was wie ' +
    'warum wann kein keine habe hat haben kann können will muss bitte hallo danke sehr geehrte grüße ' +
    'hilfe gemeinde').split(' '),
  fr: ('le la les et est pas je tu il elle nous vous mon ma mes avec pour sur que ce cette mais aussi quoi ' +
    'comment pourquoi quand ai avez peux veux bonjour merci madame monsieur aide').split(' '),
  es: ('el la los las y es no yo tu mi con para que este esta pero tambien como porque cuando tengo puedo ' +
    'quiero hola gracias ayuda').split(' '),
  tr: ('ve bir bu da de ben sen o biz siz ne nasıl neden niçin için ile ama değil var yok benim bana beni ' +
    'annem babam oğlum kızım çocuğum merhaba selam teşekkür ederim lütfen yardım belediye istiyorum ' +
    'yapabilir mi mı mu mü çok hiç daha şey gibi kadar sonra önce evde ev para borç ' +
    // typed without Turkish letters (phones without a Turkish keyboard)
    'yardim lazim tesekkurler tesekkur sagol bilmiyorum gelmedi gelmiyor degil nasil cocuk cocugum cocuklar ' +
    'oglum kizim lutfen istemiyorum').split(' '),
  pl: ('i w na nie jest się że to do z ze jak ale czy mój moja moje mi mnie mam ma jestem pan pani proszę ' +
    'dzień dobry dziękuję pomoc gmina gminy syn córka matka ojciec mama tata bardzo już jeszcze tylko ' +
    'dlaczego kiedy gdzie co który które przez od po dla ' +
    // typed without Polish letters
    'pomocy prosze dzieki dziekuje rozumiem tego listu juz moj corka dzien czesc').split(' '),
  pt: 'o a os as e é não eu meu minha com para que mas também como porque quando tenho posso quero olá obrigado ajuda'.split(' '),
  it: 'il lo la gli le e è non io mio mia con per che ma anche come perché quando ho posso voglio ciao grazie aiuto'.split(' '),
};
const WORDSETS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(WORDS).map(([k, v]) => [k, new Set(v)]),
);

/** word → languages whose list holds it (one lookup per word instead of one per language) */
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, set] of Object.entries(WORDSETS)) for (const w of set) { const l = WORD_LANGS.get(w); if (l) l.push(lang); else WORD_LANGS.set(w, [lang]); }

/** Letters decisive for one Latin-script language (score bonus per occurrence). */
const DIACRITICS: [string, RegExp][] = [
  ['tr', /[şğı]|İ/g],
  ['pl', /[łąęśżźćń]/g],
  ['de', /[ß]/g],
];

/**
 * Detect the language of a message.
 * @param text any resident text (may be very short, with typos or emoji)
 * @returns ISO 639-1 code ('nl', 'en', 'tr', 'ar', 'pl', 'uk', 'ru', 'de', 'fa', ...) or 'und' when
 *   the text has no letters at all.
 */
export function detectLanguage(text: string): string {
  // one pass over the characters: letters per script
  let n = 0, arabic = 0, cyr = 0, ethiopic = 0, greek = 0, cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) { if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++; continue; }
    if (c >= 0x0600 && c <= 0x06ff) { arabic++; n++; } else if ((c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) { arabic++; n++; }
    else if (c >= 0x0400 && c <= 0x04ff) { cyr++; n++; } else if (c >= 0x1200 && c <= 0x137f) { ethiopic++; n++; }
    else if (c >= 0x0370 && c <= 0x03ff) { greek++; n++; } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) { cjk++; n++; }
    else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) n++;
  }
  if (n === 0) return 'und';
  const count = (re: RegExp) => (text.match(re) ?? []).length;

  if (arabic / n > 0.3) {
    if (count(/[پچژگ]/g) > 0 && count(/[ةى]/g) === 0) return 'fa';
    if (count(/[ٹڈڑںھے]/g) > 0) return 'ur';
    return 'ar';
  }
  if (cyr / n > 0.3) {
    const uk = count(/[іїєґІЇЄҐ]/g);
    const ru = count(/[ыэъёЫЭЪЁ]/g);
    if (uk > 0 && uk >= ru) return 'uk';
    if (ru > 0) return 'ru';
    if (count(/[ЉЊЏљњџЂђЋћ]/g) > 0) return 'sr';
    const lw = text.toLowerCase().split(/[^\u0400-\u04ff']+/);
    const ruW = lw.filter((w) => RU_WORDS.has(w)).length;
    const ukW = lw.filter((w) => UK_WORDS.has(w)).length;
    if (ruW > ukW) return 'ru';
    if (ukW > ruW) return 'uk';
    const f = franc(text, { only: ['ukr', 'rus'] });
    return ISO3_TO_1[f] ?? 'uk';
  }
  if (ethiopic / n > 0.3) return 'ti';
  if (greek / n > 0.3) return 'el';
  if (cjk / n > 0.3) return 'zh';

  // Latin script: stopword vote plus decisive diacritics.
  const words = text.toLowerCase().match(/[a-z\u00c0-\u024f']+/g) ?? [];
  const scores: Record<string, number> = {};
  for (const w of words) {
    const ls = WORD_LANGS.get(w);
    if (ls) for (const lang of ls) scores[lang] = (scores[lang] ?? 0) + 1;
  }
  for (const [lang, re] of DIACRITICS) {
    const c = count(re);
    if (c > 0) scores[lang] = (scores[lang] ?? 0) + 1.5 * c;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = [ranked[0], ranked[1]];
  if (best && best[1] >= 2 && (!second || best[1] >= 1.5 * second[1])) return best[0];

  if (words.length >= 8) {
    const f = franc(text, { minLength: 20 });
    const code = ISO3_TO_1[f];
    if (code) return code;
  }
  if (best && best[1] >= 1 && (!second || best[1] > second[1])) return best[0];
  return 'nl';
}
