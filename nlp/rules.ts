/**
 * Deterministic domain rules that adjust the model's output: kind cues (bezwaar against a
 * decision, signaal "ik wil het even melden"), urgency cues (afsluiting, ontruiming, geen inkomen),
 * quick-reply hints, and law derivation. Sources: taxonomy.md (kinds, urgency "hoog" definition,
 * laws per body) and DESIGN.md glossary; cue words are the authors' own Dutch vocabulary.
 */
import type { Body, Kind, Law } from './types.js';
import { GatedRegex, windows3, type Windows } from './gate.js';

/** Quick replies offered by the clarify dialog → the body they point to (null = "iets anders"). */
export const HINT_BODIES: Record<string, Body | null> = {
  'hulp in huis': 'gemeente-wmo',
  'hulp thuis': 'gemeente-wmo',
  wmo: 'gemeente-wmo',
  jeugdhulp: 'gemeente-jeugd',
  jeugd: 'gemeente-jeugd',
  uitkering: 'gemeente-werk-inkomen',
  bijstand: 'gemeente-werk-inkomen',
  schulden: 'gemeente-schuldhulp',
  schuldhulp: 'gemeente-schuldhulp',
  vervoer: 'gemeente-vervoer',
  taxi: 'vervoerder',
  toeslagen: 'toeslagen',
  'iets anders': null,
};

/** Body named by a hint (case-insensitive; a body id itself is accepted too). */
export function hintBody(hint: string | undefined): Body | null | undefined {
  if (!hint) return undefined;
  const h = hint.trim().toLowerCase();
  if (h in HINT_BODIES) return HINT_BODIES[h]!;
  return undefined;
}

const BEZWAAR_STRONG = /\b(bezwaar|bezwaarschrift|in beroep|beroep aantekenen|oneens met (het|de|dit|uw|jullie) (besluit|beslissing|beschikking)|niet eens met (het|de|dit|uw|jullie|die) (besluit|beslissing|beschikking|afwijzing|terugvordering|boete|korting|maatregel|herziening))\b/;
const SIGNAAL = /\b(wil(de)? (het |dit |iets |even iets )?(even |alleen |graag |wel )?(melden|laten weten|doorgeven|signaleren)|ter (info(rmatie)?|kennisgeving)|voor de volledigheid|geen (formele |officiele |echte )?klacht|hoeft geen klacht|is geen klacht|(jullie|u) moet(en)? (dit|het) (wel )?weten|signaal|ik meld (dit|het)|moet (wel )?ergens (gehoord|gemeld) worden|(wil|wilde) (het|dit) (wel )?kwijt|misschien (kunnen|heeft) (jullie|u|de gemeente) (er )?iets (mee|aan)|ik vraag niks|ik hoef geen antwoord|hoef (verder )?niks|niet boos( hoor)?|even een (berichtje|seintje|signaaltje)|(denk|vind) (dat )?(jullie|u|de gemeente) (dit|dat|het) (moet|moeten|mag|wil|willen) weten|weet (de gemeente|u|jullie) (dit|dat|hiervan|daarvan)|(vast|zeker|waarschijnlijk|vermoedelijk) niet de enige|ik wil (graag )?(iets|mijn zorgen|een zorg) (melden|aankaarten|delen)|iets om mee te nemen|just to let you know|for your information|not a complaint)\b/;

/** Already objected; now unhappy with how the objection is handled: conduct, so klacht. */
const BEZWAAR_HANDLING = /\b((mijn|het|ons) bezwaar(schrift)? (is|ligt|wordt|blijft|zit|was)\b[^.?!]{0,60}(nog|niet|niks|niets|geen|kwijt|liggen|termijn|behandel|weken|maanden)|beslissing op (mijn|het|ons) bezwaar|bezwaar (gemaakt|ingediend|ingestuurd)[^.?!]{0,80}(niets|niks|geen) (meer )?(gehoord|reactie|beslissing|besluit))/;
/** A decision (beschikking, afwijzing, korting …) that the resident disputes without the word bezwaar. */
const DECISION = /\b(afgewezen|afwijzing|geweigerd|stopgezet|ingetrokken|teruggevorderd|terugvordering|terugbetalen|gekort|korting|verlaagd|beeindigd|beschikking|besluit|beslissing|rejected|refused|decision)\b/;
const DISPUTE = /\b(niet eerlijk|oneerlijk|onterecht|klopt (gewoon )?niet|niet (mee )?eens|oneens|tegenin (gaan|te gaan)|ga (ik )?hier tegenin|aanvechten|herzien|herziening|opnieuw (bekijken|beoordelen|bekeken|beoordeeld)|terugdraaien|teruggedraaid|disagree|appeal)\b/;
/** Question forms (Dutch and English) that open a sentence. */
const QUESTION_OPENER = /(^|[.!?\n]\s*|\b(en|maar|of|dus|vraagje|vraag)[:,]?\s+)(kan|kun|kunt|kunnen|mag|mogen|moet|moeten|hoe|waar|wie|wat|wanneer|welke|klopt|bestaat|telt|geldt|verandert|heb ik|hebben (wij|we)|krijg ik|krijgt|is er|zijn er|is het|weet iemand|can|how|who|where|what|when|do|does|is there|am i|will)\b[^.!?\n]*\?/;
/** Dissatisfaction: a message with these is not a plain question. */
const DISSATISFIED_WORDS = /\b(klacht|klagen|boos|ik ben het zat|schandalig|belachelijk|bizar|onacceptabel|niet normaal|kan toch niet|niet kunnen|nog steeds|alweer|weer niet|niemand (belt|reageert|neemt|komt|weet)|geen (reactie|antwoord)|niet serieus|kastje naar de muur|onbeschoft|onvriendelijk|respectloos|vernederd|teleurgesteld|gefrustreerd|ontevreden|waarom (duurt|hoor|krijg|moet|heeft|is|doet|reageert|belt|blijf)|(niks|niets|nooit) (meer )?(van [a-z]+ )?(gehoord|vernomen|terug(gehoord|gekregen)?)|(reageert|reageren|antwoordt|antwoorden) (\w+ )?niet|(neemt|nemen) (de telefoon |mijn telefoon )?niet op|(\d+|twee|drie|vier|vijf|zes|zeven|tien|vaak|zo vaak) keer (ge)?(beld|bellen|gebeld|gemaild|gevraagd)|(komt|kwam|komen|kwamen) (\w+ )?niet (opdagen)?\b|niet (gekomen|komen opdagen|opgehaald|betaald|nagekomen)|weiger(t|en|de)|niemand (heeft|voelt|doet|helpt)|(er )?gebeurt niks|(er )?gebeurt niets|van het kastje|ridiculous|unacceptable|complain\w*|rude|angry|fed up|nobody|no one (answers|calls|picks)|never (called|answered)|ignored)\b/;
/** Dissatisfaction without words: '!!' and angry emoji. */
const DISSATISFIED_MARKS = ['!!', '\u{1F621}', '\u{1F92C}', '\u{1F624}'];

const HOOG = new RegExp([
  // cut-off, eviction, seizure announced
  'afgesloten', 'afsluiting', 'afsluiten', 'ontruim\\w*', 'uit (ons |mijn |het )?huis (ge)?zet', 'huisuitzetting', 'deurwaarder (komt|staat|dreigt)', 'beslag (op|gelegd|leggen)', 'executie',
  // no income
  '(?<!(had|hadden|was|waren) )geen (inkomen|uitkering|loon|salaris|geld)( meer)?', 'niks (meer )?(op mijn rekening|binnen)', 'geen geld (meer )?voor', '(eten|boodschappen|de huur) niet (meer )?(betalen|kopen)',
  'uitkering (is |werd )?(gestopt|stopgezet|geblokkeerd|ingehouden|niet (gestort|betaald|overgemaakt))', '(naar|van|afhankelijk van) de voedselbank', 'niks (meer )?(te eten|in de koelkast)', 'nog (maar )?(een paar|\\d+) euro',
  // no care at all
  'geen (zorg|hulp|thuiszorg|begeleiding) (meer|gehad|gekregen)', '(dagen|weken) (zonder|geen) (zorg|hulp|thuiszorg)', 'niemand (meer )?(komt|kwam|gekomen|geweest|langs)', 'helemaal (geen hulp|niemand)', 'zonder (zorg|hulp) (zitten|zit)', 'kan zich(zelf)? niet (meer )?(redden|wassen)',
  // child without school / care
  'al (\\w+ )?(dagen|weken) (geen|zonder) (hulp|zorg|eten|geld|inkomen|begeleiding|school|vervoer)', 'kan (zich(zelf)? )?niet (meer )?(douchen|wassen|eten|koken|de deur uit|naar buiten|naar het toilet)',
  'geen (eten|verwarming|warm water)', 'huur (niet|nooit) (meer )?(betalen|kunnen)', 'opgezegd', 'op straat', 'dakloos', 'geen dak',
  '(uitkering|ziektewet|ww|bijstand|wia|wajong|loon|toeslag)\\w* (stopt|stopgezet|wordt stopgezet|ingehouden|gestopt)', 'houdt [^.]{0,40} in\\b', '(\\d+|twee|drie|vier) maanden (geen )?huur', 'huur niet betaald', 'paar euro (over|per week)',
  '(komt|kwam|komen) (helemaal |al )?([a-z0-9]+ ){0,3}niet meer', 'welgeteld', '(weken|maanden) (geen|zonder) (hulp|zorg|begeleiding)',
  'gaat (helemaal |al )?niet (meer )?naar school', 'zit (nu |al )?(\\w+ )?(week|weken|maanden) thuis',
  '(psychisch|erg|helemaal) (in de war|verward)', 'verwaarloos\\w*', '(geschreeuw|gehuil|gillen)[^.]{0,80}(kind|jongetje|meisje|kinderen)',
  '(mist|missen|miste) (al )?(\\w+ )?(dagen|weken|maanden)? ?school', 'niet naar school', 'thuiszitter', 'zit(ten)? (al )?(\\w+ )?(weken|maanden) thuis',
  // no care at all / nobody left to care
  'kan (echt |eigenlijk )?niet (meer )?alleen (thuis )?(zijn|blijven|wonen)', '(hebben|heb|heeft) (we |wij |ik |hij |zij )?niemand meer', 'dreigt te stoppen', 'houd(t|en)? het niet (meer )?vol',
  'kom(t|en)? (nu |dan )?(het huis|de deur) niet (meer )?uit',
  // child without school transport
  'zonder (dit |het |dat )?(vervoer|taxi|busje)', '(niet|nooit) (meer )?(opgehaald|gebracht)[^.]{0,60}school', 'school[^.]{0,60}(niet|nooit) (meer )?(opgehaald|gebracht)',
].map((x) => `\\b(${x})`).join('|'));

const G_BEZWAAR_HANDLING = new GatedRegex(BEZWAAR_HANDLING);
const G_BEZWAAR_STRONG = new GatedRegex(BEZWAAR_STRONG);
const G_SIGNAAL = new GatedRegex(SIGNAAL);
const G_DECISION = new GatedRegex(DECISION);
const G_DISPUTE = new GatedRegex(DISPUTE);
const G_DISSATISFIED = new GatedRegex(DISSATISFIED_WORDS);
const G_HOOG = new GatedRegex(HOOG);

/**
 * Kind cue from rules, or null when the rules have no opinion.
 * @param win windows3(t) when the caller has it already (pre-filter only; same result)
 */
export function ruleKind(t: string, win: Windows = windows3(t)): Kind | null {
  if (G_BEZWAAR_HANDLING.test(t, win)) return 'klacht';
  if (G_BEZWAAR_STRONG.test(t, win)) return 'bezwaar';
  if (G_SIGNAAL.test(t, win)) {
    const tNoSig = t.replace(/\bgeen (formele |officiele |echte )?klacht\b/g, '');
    if (!/\b(een|mijn|officiele|formele) klacht\b/.test(tNoSig)) return 'signaal';
  }
  if (G_DECISION.test(t, win) && G_DISPUTE.test(t, win)) return 'bezwaar';
  return null;
}

/**
 * Question versus complaint: a message that asks something in question form and shows no
 * dissatisfaction is a vraag (taxonomy: "a question with no dissatisfaction"); a message the model
 * calls vraag but that voices clear dissatisfaction is a klacht.
 * @returns 'vraag', 'klacht' or null (no opinion)
 */
export function ruleQuestion(t: string, win: Windows = windows3(t)): 'vraag' | 'klacht' | null {
  if (G_DISSATISFIED.test(t, win) || DISSATISFIED_MARKS.some((m) => t.includes(m))) return 'klacht';
  if (t.includes('?') && QUESTION_OPENER.test(t)) return 'vraag';
  return null;
}

/** True when the text names an urgent basic-needs risk within days (urgency "hoog"). */
export function ruleHoog(t: string, win: Windows = windows3(t)): boolean {
  return G_HOOG.test(t, win);
}

const BODY_LAW: Partial<Record<Body, Law>> = {
  'gemeente-wmo': 'wmo', 'gemeente-jeugd': 'jeugdwet', 'gemeente-werk-inkomen': 'participatiewet',
  'gemeente-schuldhulp': 'wgs', 'gemeente-vervoer': 'wmo', vervoerder: 'wmo', cak: 'wmo',
  wlz: 'wlz', jeugdbescherming: 'jeugdwet', 'veilig-thuis': 'other', uwv: 'other', toeslagen: 'other',
  svb: 'other', woningcorporatie: 'other', 'gemeente-overig': 'other',
};

/**
 * Laws involved, derived from bodies and cue words (taxonomy.md: wijkverpleging → zvw; bezwaar and
 * formal complaints → awb; jeugd transport/pgb → jeugdwet).
 */
export function deriveLaw(bodies: Body[], kind: Kind, t: string, wantsFormal: boolean): Law[] {
  const out = new Set<Law>();
  const jeugdCtx = /\b(jeugd|kind|zoon|dochter|leerling|school)/.test(t);
  for (const b of bodies) {
    if ((b === 'zorgaanbieder' || b === 'wijkteam') && !jeugdCtx) out.add('wmo');
    else if ((b === 'zorgaanbieder' || b === 'wijkteam') && jeugdCtx) out.add('jeugdwet');
    else if (b === 'gemeente-vervoer' || b === 'vervoerder') out.add(/leerlingenvervoer|school/.test(t) ? 'other' : 'wmo');
    else if (b === 'svb') out.add(/jeugd|kind|zoon|dochter/.test(t) ? 'jeugdwet' : /wlz|zorgkantoor/.test(t) ? 'wlz' : 'wmo');
    else { const l = BODY_LAW[b]; if (l) out.add(l); }
  }
  if (/\b(wijkverpleeg\w*|wassen en aankleden|zorgverzeker\w*|ziekenhuis|huisarts)\b/.test(t)) { out.delete('wmo'); out.add('zvw'); }
  if (kind === 'bezwaar' || wantsFormal) out.add('awb');
  return [...out];
}
