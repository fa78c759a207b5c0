/**
 * Deterministic corpus generator: scenarios (hand-written lines) × channel wrappers × register
 * (WhatsApp shorthand, typos, low literacy, formal e-mail with greeting, signature, quoted
 * history) × personas (family members, professionals) × kind/urgency tails × crisis sentences.
 * Seeded (mulberry32), so the output file is reproducible: `npx tsx nlp/corpus/generate.ts`
 * rewrites nlp/corpus/generated.jsonl byte-identically.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../model.js';
import { deriveLaw } from '../rules.js';
import type { Body, Kind, LabelledExample, Urgency } from '../types.js';
import { NL } from './scenarios-nl.js';
import { NL2 } from './scenarios-nl2.js';
import { INTL } from './scenarios-intl.js';
import { NL3 } from './scenarios-nl3.js';
import { INTL2 } from './scenarios-intl2.js';
import { NL5 } from './scenarios-nl5.js';
import { NL6 } from './scenarios-nl6.js';
import { NL7 } from './scenarios-nl7.js';
import { CRISIS_LINES } from './crisis-lines.js';
import type { Scenario } from './scenario.js';

export const SEED = 4242;

const SLOTS: Record<string, string[]> = {
  rel: ['mijn moeder', 'mijn vader', 'mijn oma', 'mijn opa', 'mijn man', 'mijn vrouw', 'mijn zus', 'mijn broer', 'mijn schoonmoeder', 'mijn tante'],
  kind: ['mijn zoon', 'mijn dochter', 'ons kind', 'mijn zoontje', 'onze dochter', 'mijn stiefzoon', 'mijn pleegdochter'],
  hm: ['rolstoel', 'scootmobiel', 'traplift', 'douchestoel', 'rollator', 'hoog-laagbed', 'tillift', 'aangepaste fiets', 'driewielfiets'],
  n: ['twee', 'drie', 'vier', 'vijf', 'zes', '2', '3', '4', '5', '8'],
  w: ['weken', 'maanden'],
  bedrag: ['85 euro', '140 euro', '230 euro', '1200 euro', '€ 450', '€75,-', '3.400 euro', '€ 612,50'],
  maand: ['januari', 'maart', 'mei', 'juni', 'september', 'november', 'december'],
  naam: ['Jansen', 'de Vries', 'Bakker', 'Yilmaz', 'El Amrani', 'Kowalski', 'Visser', 'Smit', 'Meijer', 'Bos', 'Öztürk', 'Hendriks', 'Boukhari'],
  voornaam: ['Sandra', 'Mohamed', 'Anouk', 'Kees', 'Fatima', 'Piotr', 'Ilse', 'Ahmet', 'Olena', 'Henk', 'Priya', 'Gerda', 'Youssef'],
};

const OPENERS: Record<string, string[]> = {
  whatsapp: ['', '', '', 'hoi', 'hallo', 'goedemorgen', 'hey', 'hoi gemeente', 'Hallo,', 'dag', 'goeiemiddag', 'hallo daar'],
  webchat: ['', '', 'Goedendag,', 'Hallo,', 'Goedemiddag.', 'Hoi,', 'Goedenavond,'],
  email: ['Geachte heer/mevrouw,', 'Beste medewerker,', 'Goedemorgen,', 'Aan de gemeente,', 'Beste,', 'Geachte medewerker van de gemeente,', 'Hallo,', 'Geacht college,'],
};
const EN_OPENERS: Record<string, string[]> = {
  whatsapp: ['', 'hi', 'hello', 'Hi there,'], webchat: ['', 'Hello,', 'Good afternoon,'], email: ['Dear Sir or Madam,', 'Hello,', 'Dear municipality,', 'To whom it may concern,'],
};
const CLOSERS: Record<string, string[]> = {
  whatsapp: ['', '', '', 'alvast bedankt', 'groetjes', '??', 'graag reactie', 'dank je', '🙏', '😡', 'hoor graag van jullie'],
  webchat: ['', '', 'Bedankt.', 'Graag hoor ik van u.', 'Wat kan ik doen?'],
  email: ['Met vriendelijke groet,\n\n{voornaam} {naam}', 'Met vriendelijke groet,\n{voornaam} {naam}\nTel. 06-41234567', 'Groet,\n{voornaam}', 'Hoogachtend,\n\nmevr. {naam}', 'Vriendelijke groeten,\n{voornaam} {naam}\n\nVerstuurd vanaf mijn iPhone', 'Alvast bedankt,\n{voornaam}'],
};
const EN_CLOSERS: Record<string, string[]> = {
  whatsapp: ['', 'thanks', 'please help'], webchat: ['', 'Thank you.'], email: ['Kind regards,\n{voornaam} {naam}', 'Best,\n{voornaam}', 'Sincerely,\n{voornaam} {naam}\n\nSent from my phone'],
};
const QUOTED = [
  '\n\n-----Oorspronkelijk bericht-----\nVan: Gemeente <info@gemeente.nl>\nOnderwerp: Ontvangstbevestiging\n\nGeachte heer/mevrouw, wij hebben uw bericht ontvangen en nemen zo snel mogelijk contact met u op.',
  '\n\nOp 12 maart schreef Klantcontact:\n> Dank voor uw bericht. Wij streven ernaar u binnen vijf werkdagen te antwoorden.',
  '',
  '',
  '',
];
const PERSONAS_NL = [
  'Ik schrijf namens {rel}, zij kan dit zelf niet goed.',
  'Ik ben mantelzorger van {rel}.',
  'Ik ben de dochter van mevrouw {naam}.',
  'Ik ben de zoon van meneer {naam} en regel zijn zaken.',
  'Ik ben maatschappelijk werker en schrijf met toestemming van mijn cliënt.',
  'Als buurvrouw help ik mevrouw {naam} met haar post.',
  'Ik ben vrijwilliger bij de voedselbank en help een gezin met deze vraag.',
  'Ik ben taalmaatje van meneer {naam}, hij spreekt nog weinig Nederlands.',
  'Ik ben huisarts en schrijf over een patiënt van mij.',
  'Ik ben zijn zus.',
  'Ik bel namens mijn buurman.',
];
/**
 * Background a resident gives before getting to the point; chosen independently of the labels, so
 * the model learns that such context (age, household, language, a move) does not decide the body.
 * Kept free of keyword-prior words and of "mijn kind"-type phrases the team rules read.
 */
const CONTEXT_NL = [
  'Ik ben 78 en woon alleen.', 'Ik woon al twintig jaar in deze wijk.', 'Sinds mijn scheiding sta ik er alleen voor.',
  'Mijn Nederlands is niet zo goed, sorry voor de fouten.', 'Ik ben gepensioneerd.', 'Het is een lang verhaal, ik probeer het kort te houden.',
  'Ik weet niet of ik hier goed zit.', 'Sorry dat ik zo laat nog stuur.', 'Ik ben alleenstaande moeder.', 'We zijn een gezin met drie jonge kinderen.',
  'Mijn man is vorig jaar overleden.', 'Ik heb zelf ook gezondheidsklachten.', 'Ik ben vorig jaar naar deze gemeente verhuisd.',
  'Ik heb een chronische ziekte.', 'Het gaat al een tijdje niet zo goed met ons.', 'Ik werk vier dagen per week.', 'Wij komen oorspronkelijk uit Syrië.',
];
const WRONG_ORG = ['de huisarts', 'de zorgverzekeraar', 'het UWV', 'het wijkteam', 'de gemeente', 'het CAK', 'de Belastingdienst', 'de ombudsman'];
const WRONG_ORG_BODY: Record<string, Body> = { 'het UWV': 'uwv', 'het wijkteam': 'wijkteam', 'het CAK': 'cak', 'de Belastingdienst': 'toeslagen' };

const KIND_TAILS: Record<string, string[]> = {
  klacht: ['Ik vind dit echt niet kunnen.', 'Dit is toch geen manier van doen?', 'Ik ben het echt zat.', 'Zo ga je toch niet met mensen om.', 'Ik wil hier een klacht over indienen.', 'Ik voel me helemaal niet serieus genomen.', 'Waarom duurt dit allemaal zo lang?', 'Ik word van het kastje naar de muur gestuurd.'],
  signaal: ['Ik wil het gewoon even melden.', 'Geen klacht hoor, maar dit moeten jullie weten.', 'Misschien kunnen jullie er iets mee.', 'Ik laat het even weten, verder hoef ik niks.', 'Ik denk dat meer mensen hier last van hebben.'],
  bezwaar: ['Ik ben het hier niet mee eens.', 'Ik wil bezwaar maken.', 'Ik wil dat het besluit wordt herzien.', 'Hoe kan ik hiertegen in bezwaar gaan?', 'Dit besluit klopt gewoon niet.'],
  vraag: ['Kunt u mij laten weten hoe dit zit?', 'Wie kan mij hiermee helpen?', 'Wat moet ik doen?', 'Ik hoor graag wat de mogelijkheden zijn.', 'Waar moet ik zijn?'],
};
const HUMAN_TAILS = ['Kan iemand mij bellen?', 'Ik wil graag een medewerker spreken.', 'Bel me alstublieft terug.', 'Ik wil met een echt mens praten.'];
const HOOG_TAILS: Partial<Record<Body, string[]>> = {
  'gemeente-werk-inkomen': ['Ik heb nu geen geld meer voor boodschappen.', 'Volgende week kan ik de huur niet betalen.', 'Ik moet naar de voedselbank.'],
  'gemeente-schuldhulp': ['De energie wordt volgende week afgesloten.', 'De deurwaarder staat morgen voor de deur.', 'We krijgen een brief dat de woning ontruimd wordt.'],
  toeslagen: ['Ik heb nu geen geld meer voor eten voor de kinderen.', 'Ik kan de huur deze maand niet betalen.'],
  'gemeente-wmo': ['Ze heeft nu helemaal geen hulp meer en kan zichzelf niet redden.'],
  zorgaanbieder: ['Er komt nu helemaal niemand meer, hij kan zichzelf niet wassen.'],
};

function pick<T>(r: () => number, xs: readonly T[]): T { return xs[Math.floor(r() * xs.length)]!; }
function fill(r: () => number, s: string): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = SLOTS[k]; if (!v) return `{${k}}`;
    const x = pick(r, v);
    return x;
  });
}
function capFirst(s: string): string { return s ? s[0]!.toUpperCase() + s.slice(1) : s; }

/** WhatsApp register: lowercase, shorthand, dropped punctuation, one typo. */
function whatsappify(r: () => number, s: string): string {
  let t = s;
  if (r() < 0.7) t = t.toLowerCase();
  const subs: [RegExp, string][] = [[/\bniet\b/g, 'nie'], [/\beven\b/g, 'ff'], [/\bmijn\b/g, 'mn'], [/\bik heb\b/g, 'k heb'], [/\bwanneer\b/g, 'wnr'], [/\bniks\b/g, 'nx'], [/\bgemeente\b/g, 'gmnt'], [/\bwaarom\b/g, 'wrm'], [/\bzo snel mogelijk\b/g, 'zsm'], [/\bgewoon\b/g, 'gwn'], [/\becht\b/g, 'egt']];
  for (const [re, rep] of subs) if (r() < 0.35) t = t.replace(re, rep);
  if (r() < 0.6) t = t.replace(/[.,](\s|$)/g, '$1');
  if (r() < 0.4) {
    const words = t.split(' ');
    const cands = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/.test(w));
    if (cands.length) {
      const [w, i] = pick(r, cands);
      const p = 1 + Math.floor(r() * (w.length - 3));
      words[i] = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
      t = words.join(' ');
    }
  }
  if (r() < 0.15) t = t.replace(/\?/g, '???');
  return t;
}

/** Low-literacy register: short clauses, no capitals/commas, simple verbs. */
function simplify(r: () => number, s: string): string {
  let t = s.replace(/,/g, '').replace(/\bomdat\b/g, 'want').replace(/\bechter\b/g, 'maar');
  t = t.replace(/\bik heb\b/g, r() < 0.5 ? 'ik heb' : 'ik hep').replace(/\bwordt\b/g, 'word').replace(/\bdt\b/g, 't');
  return r() < 0.5 ? t.toLowerCase() : t;
}

/**
 * E-mail subjects are chosen WITHOUT looking at the labels (a subject keyed by the gold body would
 * leak the answer into the text and flatter held-out figures). A resident writes either a neutral
 * subject, the first words of the message, or a topic word that occurs in the message itself.
 */
export const NEUTRAL_SUBJECTS = ['Vraag', 'Informatie', 'Hulp gevraagd', 'Mijn situatie', 'Graag contact', 'Re: uw brief', 'Re: uw aanvraag', 'Dringend',
  'Brief ontvangen', 'Probleem', 'Even iets', 'Aandacht a.u.b.', 'FW: ', 'Betreft mijn dossier', 'Contact', 'Reactie', 'Help', 'Zaaknummer onbekend'];
export const EN_NEUTRAL_SUBJECTS = ['Question', 'Help needed', 'Re: your letter', 'Urgent', 'My situation', 'Request'];
/** Words a resident lifts from their own message into the subject line (matched at a word start). */
const TOPIC_WORDS = ['huishoudelijke hulp', 'wmo', 'rolstoel', 'scootmobiel', 'traplift', 'woningaanpassing', 'hulpmiddel', 'dagbesteding', 'begeleiding',
  'beschermd wonen', 'mantelzorg', 'respijtzorg', 'jeugdhulp', 'jeugd-ggz', 'wachtlijst', 'beschikking', 'dyslexie', 'verwijzing', 'pgb', 'uitkering',
  'bijstand', 'bijzondere bijstand', 'terugvordering', 're-integratie', 'tegenprestatie', 'kostendelersnorm', 'schulden', 'schuldhulp', 'budgetbeheer',
  'bewind', 'deurwaarder', 'leerlingenvervoer', 'vervoerspas', 'regiotaxi', 'taxi', 'vervoer', 'kwijtschelding', 'inburgering', 'leerplicht',
  'stadspas', 'minimaregeling', 'paspoort', 'parkeervergunning', 'container', 'wijkteam', 'buurtteam', 'thuiszorg', 'factuur', 'eigen bijdrage',
  'cak', 'svb', 'uwv', 'ww', 'wia', 'ziektewet', 'huurtoeslag', 'zorgtoeslag', 'kinderopvangtoeslag', 'toeslagen', 'indicatie', 'ciz', 'zorgkantoor',
  'verpleeghuis', 'gezinsvoogd', 'veilig thuis', 'huur', 'woning', 'urgentie', 'zorgverzekeraar', 'huisarts', 'bezwaar', 'klacht', 'melding',
  'aanvraag', 'brief', 'afspraak', 'besluit', 'chauffeur', 'consulent', 'klantmanager', 'school'];
const TOPIC_RES = TOPIC_WORDS.map((w) => [w, new RegExp(`(?<![a-z])${w.replace(/[-.]/g, '\\$&')}`)] as const);
export const SUBJECT_PREFIX = ['', '', '', 'Re: ', 'Vraag over ', 'Over ', 'Betreft: ', 'Mijn ', 'FW: '];

/** Pick an e-mail subject from the message's own wording or a neutral list; never from the labels. */
function pickSubject(r: () => number, core: string, nl: boolean): string {
  const x = r();
  if (!nl) return x < 0.4 ? '' : x < 0.7 ? pick(r, EN_NEUTRAL_SUBJECTS) : firstWords(r, core);
  if (x < 0.15) return '';
  if (x < 0.35) return pick(r, NEUTRAL_SUBJECTS);
  if (x < 0.55) return firstWords(r, core);
  const low = core.toLowerCase();
  const hits = TOPIC_RES.filter(([, re]) => re.test(low)).map(([w]) => w);
  if (!hits.length) return pick(r, NEUTRAL_SUBJECTS);
  const topic = pick(r, hits);
  const pre = pick(r, SUBJECT_PREFIX);
  return pre ? pre + topic : capFirst(topic);
}
function firstWords(r: () => number, core: string): string {
  const words = core.replace(/\s+/g, ' ').trim().split(' ');
  return words.slice(0, 3 + Math.floor(r() * 4)).join(' ').replace(/[.,:;!?]+$/, '');
}

interface Built { text: string; subject?: string; channel: 'whatsapp' | 'webchat' | 'email' }

function wrap(r: () => number, core: string, lang: string, kind: Kind, bodies: Body[]): Built {
  const cr = r();
  const channel: Built['channel'] = cr < 0.42 ? 'whatsapp' : cr < 0.7 ? 'webchat' : 'email';
  const nl = lang === 'nl';
  const parts: string[] = [];
  const opener = pick(r, (nl ? OPENERS : lang === 'en' ? EN_OPENERS : { whatsapp: [''], webchat: [''], email: [''] })[channel]!);
  if (nl && r() < 0.18) parts.push(fill(r, pick(r, PERSONAS_NL)));
  if (nl && r() < 0.2) parts.push(pick(r, CONTEXT_NL));
  let body = core;
  if (nl && r() < 0.12) {
    const cands = WRONG_ORG.filter((o) => !bodies.includes(WRONG_ORG_BODY[o] as Body));
    body = `Ik heb het al bij ${pick(r, cands)} geprobeerd maar daar sturen ze me weer door. ` + body;
  }
  parts.push(body);
  if (nl && r() < 0.35) parts.push(pick(r, KIND_TAILS[kind] ?? ['']));
  if (nl && r() < 0.08) parts.push(pick(r, HUMAN_TAILS));
  let text = parts.filter(Boolean).join(' ');
  if (nl && channel === 'whatsapp') text = whatsappify(r, text);
  else if (nl && r() < 0.15) text = simplify(r, text);
  const closer = fill(r, pick(r, (nl ? CLOSERS : lang === 'en' ? EN_CLOSERS : { whatsapp: [''], webchat: [''], email: [''] })[channel]!));
  if (channel === 'email') {
    text = [opener, text, closer].filter(Boolean).join('\n\n') + (r() < 0.3 ? pick(r, QUOTED) : '');
    const subj = pickSubject(r, core, nl);
    return { text, channel, ...(subj ? { subject: subj } : {}) };
  }
  text = [opener, text, closer].filter(Boolean).join(channel === 'whatsapp' ? ' ' : '\n');
  return { text, channel };
}

/** Generate the corpus; deterministic for a given SEED and scenario files. */
export function generate(): LabelledExample[] {
  const r = prng(SEED);
  const out: LabelledExample[] = [];
  const all: Scenario[] = [...NL, ...NL2, ...INTL, ...NL3, ...INTL2, ...NL5, ...NL6, ...NL7];
  all.forEach((sc, si) => {
    const perLine = sc.lang === 'nl' ? 6 : 5;
    sc.lines.forEach((line, li) => {
      for (let v = 0; v < perLine; v++) {
        let core = fill(r, line);
        let urgency: Urgency = sc.urgency;
        // occasionally combine two lines of the same scenario
        if (sc.lines.length > 1 && r() < 0.2) core += ' ' + fill(r, sc.lines[(li + 1) % sc.lines.length]!);
        if (sc.lang === 'nl' && urgency === 'normaal' && (sc.kind === 'klacht' || sc.kind === 'bezwaar') && r() < 0.12) {
          const t = HOOG_TAILS[sc.bodies[0]!];
          if (t) { core += ' ' + pick(r, t); urgency = 'hoog'; }
        }
        core = capFirst(core);
        const b = wrap(r, core, sc.lang, sc.kind, sc.bodies);
        out.push({
          id: `gen-${si}-${li}-${v}`, channel: b.channel, ...(b.subject ? { subject: b.subject } : {}), text: b.text,
          bodies: sc.bodies, kind: sc.kind, urgency, law: sc.law ?? deriveLaw(sc.bodies, sc.kind, b.text.toLowerCase(), false),
          lang: sc.lang, group: `s${si}`,
        });
      }
    });
  });
  // crisis: a crisis sentence, alone or inside a domain message (bodies stay those of the domain)
  const nlScen = NL.filter((s) => s.kind !== 'bezwaar');
  CRISIS_LINES.forEach((c, ci) => {
    for (let v = 0; v < 4; v++) {
      let bodies: Body[] = c.bodies ?? ['onbekend'];
      let text = fill(r, c.text);
      if (!c.bodies && c.lang === 'nl' && r() < 0.75) {
        const sc = pick(r, nlScen);
        text = capFirst(fill(r, pick(r, sc.lines))) + ' ' + text;
        bodies = sc.bodies;
      }
      const b = wrap(r, text, c.lang, 'crisis', bodies);
      out.push({ id: `gen-c${ci}-${v}`, channel: b.channel, ...(b.subject ? { subject: b.subject } : {}), text: b.text, bodies, kind: 'crisis', urgency: 'crisis', law: [], lang: c.lang, group: `c${ci}` });
    }
  });
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated.jsonl');
  const rows = generate();
  writeFileSync(file, rows.map((e) => JSON.stringify(e)).join('\n') + '\n');
  process.stderr.write(`wrote ${rows.length} examples to ${file}\n`);
}
