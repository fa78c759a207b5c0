/**
 * Domain keyword priors per body: word stems residents and professionals use for each body,
 * from taxonomy.md ("typical subjects"), domain.md §2 ("typical resident words") and the authors'
 * knowledge of Dutch social-domain vocabulary (plus English glosses via gloss.ts). Each hit adds
 * its weight to the body's prior; the classifier adds PRIOR_WEIGHT × min(prior, PRIOR_CAP) to the
 * model's log-probability. Patterns run on normalise()d text (lowercase, no diacritics).
 */
import type { Body } from './types.js';
import { GatedRegex, windows3, type Windows } from './gate.js';

type Entry = [string, number];
const K: Record<Body, Entry[]> = {
  'gemeente-wmo': [['wmo-?loket|zorgloket', 1], ['hulp bij het huishouden|huishoudelijke ondersteuning', 0.8], ['ergotherap', 0.5], ['wmo', 1], ['consulent', 0.8], ['keukentafel', 1], ['indicatie', 0.4], ['hulpmiddel', 1], ['rolstoel', 0.8], ['scootmobiel', 1], ['traplift', 1], ['woningaanpass', 1], ['huishoudelijke hulp', 0.5], ['beschermd wonen', 1], ['mantelzorg', 0.8], ['respijt', 1], ['maatwerkvoorziening', 1], ['clientondersteun', 1], ['douchestoel|tillift|rollator|hoog-laagbed', 0.8], ['begeleiding', 0.3], ['dagbesteding', 0.3]],
  'gemeente-jeugd': [['jeugdzorg', 1.2], ['jeugdpsychiat|orthopedago|poh[ -]jeugd|praktijkondersteuner jeugd|jeugdprofessional', 1], ['gezinshuis|behandelgroep', 0.8], ['jeugdhulp', 1.2], ['jeugd-?ggz', 1.2], ['jeugdteam|jeugdconsulent|toegang jeugd', 1.2], ['dyslex', 1], ['verwijzing', 0.5], ['kinderpsycholo|speltherap|kinder- en jeugd', 1], ['autis|adhd', 0.5], ['pgb jeugd|jeugd-?pgb', 1], ['logeeropvang', 0.8], ['wachtlijst', 0.3]],
  'gemeente-werk-inkomen': [['sociale dienst', 1.2], ['levensonderhoud', 0.8], ['loonkostensubsid|beschut werk|jobcoach|werkervaringsplaats|participatieplek', 1], ['inkomstenformulier|inkomstenopgave|mutatieformulier', 1], ['sollicit', 0.5], ['bijstand', 1.2], ['klantmanager|inkomensconsulent', 1.2], ['werkplein|werk en inkomen|participatiewet', 1.2], ['terugvorder', 0.6], ['kostendeler', 1.2], ['inlichtingenplicht', 1], ['tegenprestatie', 1.2], ['re-?integratie', 0.8], ['sollicitatieplicht', 1], ['inkomenstoeslag', 1.2], ['voorschot', 0.4], ['uitkering', 0.5], ['boete|maatregel|gekort', 0.3]],
  'gemeente-schuldhulp': [['budgetcoach|budgetbegeleiding|geldzorgen|geldproblemen', 1], ['vroegsignalering|saneringskrediet|schuldbemiddeling', 1.2], ['betalingsregeling', 0.4], ['schuldhulp', 1.5], ['schulden|schuld\\b', 0.8], ['budgetbeheer', 1.2], ['bewindvoer|beschermingsbewind|bewind\\b', 1], ['deurwaarder', 0.7], ['aanmaning|incasso', 0.6], ['beslag', 0.5], ['wsnp|schuldsanering|schuldregeling|minnelijk', 1.2], ['leefgeld', 1], ['stabilisatie', 0.8], ['betalingsachterstand|achterstand', 0.4], ['(energie|gas|stroom|water)[a-z]*[^.]{0,50}afsluit|afsluit[a-z]*[^.]{0,50}(energie|gas|stroom|water)', 0.8]],
  'gemeente-vervoer': [['leerlingenvervoer', 1], ['vervoersvoorziening', 1.2], ['vervoerspas|regiotaxipas|taxipas', 1.2], ['vervoersbudget|kilometerbudget|kilometers', 1], ['wmo-?vervoer', 0.6], ['aanvraag.{0,30}vervoer|vervoer.{0,30}(aanvraag|aangevraagd|afgewezen|toegekend)', 0.8], ['(regel|regels|beleid|voorwaarden|reglement)[^.]{0,50}(regiotaxi|taxi|vervoer)|(regiotaxi|taxi|vervoer)[^.]{0,50}(regel|regels|beleid|voorwaarden|reglement)', 1]],
  vervoerder: [['schooltaxi|leerlingentaxi|schoolbus', 1], ['taxi', 0.8], ['chauffeur', 1.2], ['\\brit\\b|ritten', 1], ['opgehaald|ophalen|haalt.{0,20}op', 0.6], ['centrale', 0.6], ['vervoerder', 1.2], ['busje', 0.8], ['valys', 1.2], ['te laat', 0.3]],
  'gemeente-overig': [['collectieve zorgverzekering|gemeentepolis', 1.2], ['schoolkosten|laptopregeling|computerregeling', 0.8], ['burgerzaken|begraafplaats|handhaving|\\bboa\\b', 1], ['taalschool|\\bknm\\b|taaleis', 1], ['schoolverzuim|verzuim|thuiszitter', 0.6], ['inburger', 1.5], ['leerplicht', 1.5], ['minima|stadspas|kindpakket|meedoenregeling', 1.2], ['kwijtschel', 1.2], ['gemeentelijke belasting|afvalstoffenheffing|rioolheffing', 1.2], ['jeugdfonds|sportfonds|cultuurfonds|jeugdsportfonds|meedoenpas|contributie', 1.2], ['herstel toeslagen|gedupeerde', 0.6], ['parkeer|parkeren', 1.2], ['afval|container|grofvuil|vuilnis', 1.2], ['paspoort|rijbewijs|id-?kaart|uittreksel|brp', 1.2], ['woz', 1.5], ['vergunning', 0.8], ['lantaarn|stoep|riool|speeltuin|fietspad|boom', 1], ['balie|stadhuis|gemeentehuis|stadskantoor', 0.8], ['statushouder|taalcursus|taalles', 1], ['subsidie', 0.6], ['oud papier|\\bgft\\b|huisvuil|prullenbak|kliko', 1.2], ['openingstijden', 0.6], ['adreswijziging|verhuizing doorgeven|inschrijving gemeente|ingeschreven (bij|in) de gemeente', 1], ['hondenbelasting|\\bozb\\b|aanslag (van de )?gemeente', 1.2], ['straatverlichting|losse tegel|losliggende|verkeersdrempel|gat in de weg|bestrating', 1], ['geboorteaangifte|naturalisatie|huwelijk|trouwen', 0.8], ['buurtfeest|evenement', 0.8], ['bejegening|onbeleefd|onvriendelijk|neerbuigend|onbeschoft|vernederd', 0.4]],
  wijkteam: [['wijkteam', 1.5], ['buurtteam|sociaal team|sociale team|gebiedsteam|dorpsteam', 1.5], ['\\bcjg\\b|centrum voor jeugd', 1.2], ['wijkcoach|gezinscoach|casusregisseur|ouder- en kindteam', 1.2], ['terugbel|teruggebeld|belt.{0,15}terug', 0.3], ['buurman|buurvrouw|buren', 0.3]],
  zorgaanbieder: [['verzorgende|wijkzuster|zorgmedewerker', 1], ['zorgboerderij|woongroep|woonvorm|logeerhuis', 0.8], ['thuiszorg', 1], ['zorgaanbieder|aanbieder', 1.2], ['zorginstelling|instelling|zorgorganisatie|zorgbureau', 0.8], ['begeleider', 0.8], ['hulpverlener|behandelaar|groepsleiding', 0.6], ['wijkverpleeg', 1.2], ['(andere|wisselende|nieuwe) (hulp|hulpen)', 0.8], ['(hulp|thuiszorg|begeleider).{0,25}(kwam|komt|gekomen|geweest).{0,10}niet|niet (gekomen|komen opdagen)', 0.8], ['personeel', 0.5], ['verpleeghuis', 0.3], ['dagbesteding', 0.4], ['schoonmaakster|schoonmaakhulp|hulp komt', 0.6], ['thuishulp|schoonmaakbedrijf|schoonmaakorganisatie|thuiszorgorganisatie|zorgbedrijf|leverancier|monteur', 0.8]],
  cak: [['centraal administratie', 2], ['\\bcak\\b', 2], ['eigen bijdrage', 1], ['abonnementstarief', 1.5], ['stapelfactuur', 1]],
  svb: [['sociale verzekeringsbank', 2], ['\\bsvb\\b', 2], ['trekkingsrecht', 1.5], ['budgetplan', 1.2], ['zorgovereenkomst', 1.2], ['declaratie|declareren', 0.6], ['budgethouder', 1], ['kinderbijslag|\\baow\\b', 1.2], ['pgb|persoonsgebonden budget', 0.5], ['zorgverlener.{0,30}(niet )?(uit)?betaald|niet (uit)?betaald', 0.4]],
  uwv: [['ziektegeld', 0.8], ['werkloosheidsuitkering', 1], ['\\buwv\\b', 2], ['\\bww\\b|ww-uitkering', 1.2], ['\\bwia\\b|\\bwga\\b|wajong|ziektewet', 1.5], ['verzekeringsarts|arbeidsdeskundige|keuring', 1], ['banenafspraak', 1]],
  toeslagen: [['toeslag', 1.2], ['belastingdienst', 1], ['kindgebonden budget', 1.2], ['toeslagpartner|hersteloperatie|kinderopvangtoeslag', 1.2]],
  wlz: [['zorg met verblijf|intramura', 1], ['\\bwlz\\b', 1.5], ['\\bciz\\b', 1.5], ['zorgkantoor', 1.5], ['verpleeghuis', 1], ['zorgprofiel|langdurige zorg|24 uur (per dag )?(toezicht|zorg)', 1.2], ['\\bvpt\\b|\\bmpt\\b', 1.2], ['dementie', 0.4]],
  jeugdbescherming: [['gezinsvoogd|jeugdbeschermer|jeugdbescherming', 1.5], ['ondertoezichtstelling|\\bots\\b', 1.5], ['uithuisplaats|uit huis geplaatst', 1.2], ['gecertificeerde instelling|voogdij|kinderbescherming|kinderrechter|pleeggezin|pleegouder', 1], ['omgangsregeling|bezoekregeling|omgang', 0.5], ['(kinderen|kind|zoon|dochter)[^.]{0,40}(weggehaald|afgepakt|uit huis gehaald)|(weggehaald|afgepakt)[^.]{0,30}(kinderen|kind)', 1.2]],
  'veilig-thuis': [['partnergeweld|geweld (thuis|in huis)', 1], ['veilig thuis', 1.5], ['huiselijk geweld', 1.2], ['kindermishandeling|mishandel', 1], ['blauwe plekken|geschreeuw|klappen', 0.6], ['melding', 0.3]],
  woningcorporatie: [['woningcorporatie|corporatie|woningbouw|woonstichting|woningstichting', 1.5], ['verhuurder|huisbaas', 1.2], ['huurwoning', 0.6], ['urgentie', 0.8], ['huurachterstand|huurschuld', 0.8], ['ontruim', 0.6], ['overlast', 0.5]],
  onbekend: [['tandarts', 1], ['fysiotherap', 0.8], ['\\bind\\b|\\bduo\\b|\\bcjib\\b', 1], ['politie', 0.5], ['specialist', 0.3], ['zorgverzekeraar|zorgverzekering', 1], ['huisarts', 0.4], ['ziekenhuis', 0.3], ['apotheek', 1], ['\\bbank\\b', 0.8], ['werkgever', 0.4], ['huisartsenpost|doktersassistente', 0.8], ['internetprovider|telefoonabonnement|telefoonprovider|mobiel abonnement|ziggo|\\bkpn\\b|vodafone|odido', 1.2], ['psycholoog|psychiater', 0.3], ['notaris|advocaat|rechtsbijstand', 0.6], ['\\bns\\b|ov-?chipkaart|treinkaartje', 0.8], ['webwinkel|webshop|postnl|pakketje', 1]],
};

/** Weight of the keyword prior relative to the model's log-probability. */
export const PRIOR_WEIGHT = 1.0;
/** Cap on a body's summed keyword weight. */
export const PRIOR_CAP = 3;

const COMPILED: [Body, GatedRegex, number][] = [];
for (const [b, entries] of Object.entries(K) as [Body, Entry[]][]) {
  // (?<![a-z]) = "at the start or after a non-letter"; the gate skips patterns that cannot match
  for (const [src, w] of entries) COMPILED.push([b, new GatedRegex(new RegExp(`(?<![a-z])(?:${src})`)), w]);
}

/**
 * The writer's self-introduction ("ik ben mantelzorger van mijn vader", "ik ben huisarts en schrijf
 * over …") says who writes, not what the message is about; it must not count as a Wmo mantelzorg or
 * an outside-organisation (huisarts) subject. Removed before the priors only.
 */
const SELF_INTRO = /\b(ik ben|als) (de |een |zijn |haar )?(mantelzorger van (mijn|onze|zijn|haar|mevrouw|meneer) [a-z]+|huisarts (en|van) )/g;
export function withoutSelfIntroduction(t: string): string {
  return t.includes('mantelzorger') || t.includes('huisarts') ? t.replace(SELF_INTRO, ' ') : t;
}

/**
 * Keyword prior per body for a normalised text.
 * @param win windows3(normalisedText) when the caller has it already
 * @returns map body → summed weight (capped at PRIOR_CAP); bodies without hits are absent
 */
export function keywordPriors(normalisedText: string, win: Windows = windows3(normalisedText)): Map<Body, number> {
  const out = new Map<Body, number>();
  for (const [b, g, w] of COMPILED) if (g.test(normalisedText, win)) out.set(b, Math.min(PRIOR_CAP, (out.get(b) ?? 0) + w));
  return out;
}
