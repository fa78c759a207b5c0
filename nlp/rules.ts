/**
 * Deterministic domain rules that adjust the model's output: kind cues (bezwaar against a
 * decision, signaal "ik wil het even melden"), urgency cues (afsluiting, ontruiming, geen inkomen),
 * quick-reply hints, and law derivation. Sources: taxonomy.md (kinds, urgency "hoog" definition,
 * laws per body) and DESIGN.md glossary; cue words are the authors' own Dutch vocabulary.
 */
import type { Body, Kind, Law } from './types.js';

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
const SIGNAAL = /\b(wil(de)? (het )?(even |alleen |graag )?(melden|laten weten|doorgeven)|ter info(rmatie)?|geen klacht|hoeft geen klacht|(jullie|u) moet(en)? (dit|het) weten|signaal|ik meld (dit|het))\b/;
const HOOG = /\b(afgesloten|afsluiting|afsluiten|ontruim\w*|uit huis gezet|huisuitzetting|deurwaarder (komt|staat)|geen (inkomen|uitkering|geld) (meer|voor (eten|boodschappen|de huur))|niks (meer )?(te eten|in de koelkast)|geen zorg meer|geen hulp meer|niemand (meer )?(komt|kwam)|voedselbank|beslag (op|gelegd)|huur niet (meer )?(betalen|kunnen betalen)|niet naar school|zit(ten)? thuis zonder)\b/;

/** Kind cue from rules, or null when the rules have no opinion. */
export function ruleKind(t: string): Kind | null {
  if (BEZWAAR_STRONG.test(t)) return 'bezwaar';
  if (SIGNAAL.test(t)) return 'signaal';
  return null;
}

/** True when the text names an urgent basic-needs risk within days (urgency "hoog"). */
export function ruleHoog(t: string): boolean {
  return HOOG.test(t);
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
