/**
 * Text normalisation and feature extraction shared by training and inference.
 * Anything changed here changes the model version (the file is hashed into it).
 */
import stemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';

/** WhatsApp shorthand and frequent misspellings → standard Dutch (token level, lowercase). */
const SHORTHAND_TABLE: Record<string, string> = {
  ff: 'even', efkes: 'even', effe: 'even', nie: 'niet', nt: 'niet', ni: 'niet', wnr: 'wanneer', wnn: 'wanneer',
  mn: 'mijn', "m'n": 'mijn', mijne: 'mijn', zn: 'zijn', "z'n": 'zijn', k: 'ik', ik: 'ik', hb: 'heb', heb: 'heb',
  idd: 'inderdaad', ipv: 'in plaats van', iig: 'in ieder geval', zsm: 'zo snel mogelijk', gwn: 'gewoon',
  gewn: 'gewoon', egt: 'echt', echtt: 'echt', nog: 'nog', dr: 'er', der: 'er', kan: 'kan', kunt: 'kunt',
  gmnt: 'gemeente', gem: 'gemeente', gemeent: 'gemeente', gemeete: 'gemeente', gemeentee: 'gemeente',
  wat: 'wat', wa: 'wat', tog: 'toch', ok: 'oke', oké: 'oke', okee: 'oke', aub: 'alstublieft', avb: 'alstublieft',
  svp: 'alstublieft', pls: 'alstublieft', plz: 'alstublieft', thx: 'bedankt', tnx: 'bedankt', bvd: 'bedankt',
  mvg: 'met vriendelijke groet', gr: 'groet', grtz: 'groet', vgr: 'vriendelijke groet',
  uitkerig: 'uitkering', uitkring: 'uitkering', uitkeering: 'uitkering', bijstant: 'bijstand', bijstan: 'bijstand',
  toeslach: 'toeslag', huurtoeslach: 'huurtoeslag', zorgtoeslach: 'zorgtoeslag', schuld: 'schuld',
  schulde: 'schulden', sgulden: 'schulden', thuiszrg: 'thuiszorg', tuiszorg: 'thuiszorg', thuisorg: 'thuiszorg',
  huishoudelijk: 'huishoudelijke', huishoudelyke: 'huishoudelijke', rolstool: 'rolstoel', scootmobil: 'scootmobiel',
  jeugdzorg: 'jeugdhulp', jeugdhulpp: 'jeugdhulp', taxie: 'taxi', texi: 'taxi', wmo: 'wmo', vd: 'van de',
  nx: 'niks', nix: 'niks', niets: 'niks', ma: 'maar', mr: 'maar', wel: 'wel', wrm: 'waarom', waarom: 'waarom',
  wrom: 'waarom', hoelang: 'hoe lang', weer: 'weer', wer: 'weer', tis: 'het is', "'t": 'het', "'s": 'des',
  bijzondre: 'bijzondere', beschiking: 'beschikking', besluid: 'besluit', bezwaa: 'bezwaar', bewaar: 'bezwaar',
  klagt: 'klacht', klag: 'klacht', afgeweze: 'afgewezen', afgewezzen: 'afgewezen',
};

const SHORTHAND = new Map<string, string[]>(Object.entries(SHORTHAND_TABLE).map(([k, v]) => [k, v.split(' ')]));

export const STOP = new Set(
  ('de het een en van in op te is dat die er ik je u we wij ze zij hij mijn me mij zijn was met voor aan bij ' +
    'om of als dan ook al nog naar maar dit deze wat wie hoe toen door uit over tot zo heeft heb hebben had ' +
    'wordt worden werd kan kunnen zou zal moet moeten ben bent the a an and of to in is it that for on with ' +
    'this be are was as at by from have has i you my we our your me they he she').split(' '),
);

/**
 * Domain morphemes: Dutch compounds are written as one word ("thuiszorgorganisatie",
 * "leerlingenvervoer"); a token that contains one of these gets an extra feature "#<morpheme>".
 * Sources: taxonomy.md subjects and domain.md "typical resident words".
 */
export const MORPHEMES: readonly string[] = [
  'wmo', 'thuiszorg', 'thuishulp', 'huishoud', 'schoonmaak', 'hulpmiddel', 'rolstoel', 'scootmobiel', 'rollator',
  'traplift', 'woningaanpass', 'aanpass', 'dagbesteding', 'begeleid', 'beschermd', 'mantelzorg', 'respijt',
  'indicatie', 'consulent', 'keukentafel', 'jeugd', 'ggz', 'dyslex', 'autis', 'adhd', 'kinderpsycholo', 'verwijz',
  'bijstand', 'uitkering', 'klantmanager', 'terugvorder', 'reintegratie', 'tegenprestatie', 'kostendeler',
  'inlichtingenplicht', 'sollicit', 'schuld', 'budgetbeheer', 'bewind', 'deurwaarder', 'aanmaning', 'incasso',
  'wsnp', 'vervoer', 'taxi', 'chauffeur', 'leerlingen', 'regiotaxi', 'valys', 'rit', 'inburger', 'leerplicht',
  'minima', 'kwijtschel', 'parkeer', 'afval', 'container', 'paspoort', 'rijbewijs', 'woz', 'riool', 'lantaarn',
  'wijkteam', 'buurtteam', 'sociaalteam', 'gebiedsteam', 'cjg', 'wijkcoach', 'gezinscoach', 'zorgaanbieder',
  'cak', 'eigenbijdrage', 'abonnementstarief', 'svb', 'pgb', 'trekkingsrecht', 'budgetplan', 'declar', 'uwv',
  'ziektewet', 'wajong', 'wia', 'toeslag', 'belastingdienst', 'kinderopvang', 'hersteloperatie', 'wlz', 'ciz',
  'zorgkantoor', 'verpleeghuis', 'jeugdbescherm', 'gezinsvoogd', 'voogd', 'ondertoezicht', 'uithuisplaats',
  'veiligthuis', 'mishandel', 'geweld', 'corporatie', 'verhuurder', 'huurachterstand', 'ontruim', 'huur',
  'urgentie', 'bezwaar', 'beschikking', 'besluit', 'afgewez', 'klacht', 'wijkverpleeg', 'verzekeraar',
  'huisarts', 'ziekenhuis', 'zorgverzekering', 'afsluit', 'energie',
];

const morphCache = new Map<string, readonly string[]>();
export function morphemesOf(token: string): readonly string[] {
  let m = morphCache.get(token);
  if (m === undefined) {
    m = MORPHEMES.filter((x) => token.includes(x));
    if (morphCache.size < 200_000) morphCache.set(token, m);
  }
  return m;
}

const stemCache = new Map<string, string>();
/** Dutch Porter stem (natural.PorterStemmerNl), memoised. */
export function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    s = token.length > 3 && /^[a-z]+$/.test(token) ? stemmerNl.stem(token) : token;
    if (stemCache.size < 200_000) stemCache.set(token, s);
  }
  return s;
}

/** Lowercase, strip diacritics (keeps non-Latin scripts), unify apostrophes. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/https?:\/\/\S+/g, ' url ')
    .replace(/\[(bsn|iban|telefoon|e-mail)\]/g, ' pii ');
}

/**
 * Expand WhatsApp shorthand and frequent misspellings word by word in a normalise()d text, keeping
 * punctuation (clause boundaries) intact: "gmnt kwam nie" → "gemeente kwam niet". Used by the rule
 * layers that read clauses (ranker.ts).
 */
export function expandShorthand(normalisedText: string): string {
  return normalisedText.replace(SHORTHAND_RE, (w) => SHORTHAND_TABLE[w]!);
}
/** The entries that change a word, longest first, as whole words. */
const SHORTHAND_RE = new RegExp(`(?<![a-z'-])(${Object.keys(SHORTHAND_TABLE).filter((k) => SHORTHAND_TABLE[k] !== k)
  .sort((a, b) => b.length - a.length || a.localeCompare(b)).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![a-z'-])`, 'g');

// letters: Latin (after diacritic stripping, plus ł ı ß ...), Greek, Cyrillic, Arabic, Hebrew, Ethiopic, CJK
const L = "a-z\\u00c0-\\u02af\\u0370-\\u1fff\\u3040-\\u9fff";
const TOKEN_RE = new RegExp(`[${L}][${L}'\\-]*|\\d+`, 'g');

/** Tokens after normalisation and shorthand expansion (no stopword removal). */
export function tokenize(text: string): string[] {
  const raw = normalise(text).match(TOKEN_RE) ?? [];
  const out: string[] = [];
  for (let t of raw) {
    if (t.charCodeAt(t.length - 1) === 39 /* ' */) t = t.replace(/'+$/, '');
    const c0 = t.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) { out.push(t.length === 4 && (t.startsWith('19') || t.startsWith('20')) ? 'JAAR' : 'NUM'); continue; }
    const exp = SHORTHAND.get(t);
    if (exp) { for (const e of exp) out.push(e); continue; }
    // split hyphenated compounds (wmo-consulent) but keep the joined form too
    if (t.includes('-')) {
      const parts = t.split('-').filter(Boolean);
      out.push(parts.join(''));
      for (const p of parts) out.push(p);
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Character n-gram settings. `n`: the n-gram lengths (letters, over the token with boundary marks
 * "<" and ">": "<taxi>" → "<ta", "tax", "axi", "xi>" for n = 3); `minLen`: shortest token that gets
 * them; `weight`: the char block is L2-normalised on its own and scaled by this, next to the
 * word block (norm 1). weight 0 = no char n-grams (the format of older artifacts).
 */
export interface CharNgramConfig { n: number[]; minLen: number; weight: number }
export const NO_CHAR_NGRAMS: CharNgramConfig = { n: [], minLen: 0, weight: 0 };

/**
 * The character n-grams ("c:" + gram) of one token (normalised, shorthand-expanded), stopwords and
 * numbers excluded. They let typos ("thuiszrg"), inflections and unseen compounds
 * ("huurtoeslagschuld") share features with the words the corpus has.
 */
export function charNgrams(token: string, cfg: CharNgramConfig): string[] {
  if (cfg.weight <= 0 || token.length < cfg.minLen || STOP.has(token)) return [];
  const w = '<' + token + '>';
  const out: string[] = [];
  for (const n of cfg.n) for (let i = 0; i + n <= w.length; i++) out.push('c:' + w.slice(i, i + n));
  return out;
}

/**
 * Sparse feature counts for a text: stemmed unigrams ("u:"), stemmed bigrams over non-stopwords
 * ("b:") and domain morphemes ("#"); with `chars`, character n-grams ("c:", charNgrams).
 * Deterministic; order of insertion is irrelevant downstream.
 */
export function features(text: string, chars: CharNgramConfig = NO_CHAR_NGRAMS): Map<string, number> {
  const toks = tokenize(text);
  const f = new Map<string, number>();
  const add = (k: string, v = 1) => f.set(k, (f.get(k) ?? 0) + v);
  // punctuation cues for kind: questions and exclamations
  if (text.includes('?')) add('P:?');
  if (/!{2,}|\?{2,}/.test(text)) add('P:!!');
  if (toks.length < 12) add('LEN:short');
  let prev: string | null = null;
  for (const t of toks) {
    const s = stem(t);
    if (!STOP.has(t)) add('u:' + s);
    // bigrams keep negation and stopword context: "niet eens", "geen hulp"
    if (prev !== null) add('b:' + prev + '_' + s);
    prev = s;
    if (t.length >= 3) for (const m of morphemesOf(t)) add('#' + m);
    for (const c of charNgrams(t, chars)) add(c);
  }
  return f;
}
