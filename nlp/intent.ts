/**
 * Conversation intents the dialog acts on: asking for a person, asking for formal complaint handling.
 * Multilingual regexes over crisisNormalise()d text (lowercase, no diacritics).
 */
import { crisisNormalise } from './crisis.js';
import { GatedRegex, windows3, type Windows } from './gate.js';

const HUMAN: RegExp[] = [
  // nl
  /\b(een )?(mens|medewerker|persoon|iemand|echt iemand|echte persoon|klantmanager|consulent|contactpersoon)\b.{0,20}\b(spreken|spreek|praten|bellen|hebben|aan de lijn|te woord)\b/,
  /\b(spreken|praten|bellen) met (een )?(mens|medewerker|persoon|iemand|echt iemand|echte persoon)\b/,
  /\b(bel|bellen) (me|mij|mn|mijn|ons)( (even|terug|op|alstublieft|aub|a\.u\.b\.?))*\b|\b(kan|kunt|wil|wilt|kunnen) (iemand |u |jullie |je )?(me|mij|ons) (even |alsjeblieft |aub )?(terug)?bellen\b|\bterugbellen\b|\bbelafspraak\b/,
  /\bgeen (robot|bot|computer|chatbot)\b|\b(ben|is) (dit|het) een (robot|bot|computer)\b|\bechte? (mens|medewerker)\b/,
  /\b(medewerker|mens) (alstublieft|aub|graag|pls|please)\b|^\s*(medewerker|mens)\s*[.!?]*\s*$/,
  // en
  /\b(real|actual|human|live) (person|human|agent|being)\b|\b(speak|talk) (to|with) (a |an |someone|somebody|a real|an actual|someone real|a human|an agent|a person)|\b(call|ring) me( back)?\b|\bnot a (bot|robot)\b/,
  // tr
  /\b(bir )?(insan|yetkili|gorevli|temsilci)(la|yla|ile)? (konusmak|gorusmek)\b|\bbeni ara(yin|yabilir)/,
  // pl
  /\b(porozmawiac|rozmawiac|mowic) z (czlowiekiem|konsultantem|pracownikiem|kims)\b|\bprosze (o telefon|zadzwonic)|\bzadzwoncie\b/,
  // ar
  /(اتحدث|التحدث|اكلم|تكلم) (مع|الى) (شخص|موظف|انسان)|اتصلوا بي|اتصل بي/,
  // uk / ru
  /(поговорити|говорити|поговорить) з (людиною|працівником|оператором)|поговорить с (человеком|оператором)|(зателефонуйте|передзвоніть|перезвоните|позвоните) мені|мне позвоните/,
  // de
  /\b(mit einem|einen) (menschen|mitarbeiter) (sprechen|reden)\b|\brufen sie mich (zuruck|an)\b/,
];

const FORMAL: RegExp[] = [
  /\b(officiele|formele|schriftelijke|echte) klacht\b/,
  /\bklacht (officieel|formeel|schriftelijk) (indienen|in te dienen|maken|doen|behandelen|behandeld)\b/,
  /\bklachtprocedure\b|\bklachtenprocedure\b|\bklachtencommissie\b|\bformeel (bezwaar|klagen|behandeld)\b|\bklaagschrift\b/,
  /\b(naar|bij) de (nationale |gemeentelijke )?ombudsman\b/,
  /\b(formal|official|written) complaint\b|\bfile a complaint\b|\bcomplaints procedure\b/,
  /\bresmi (sikayet|bir sikayet)\b/,
  /\b(oficjalna|formalna|oficjalnej|formalnej) (skarga|skarge|skargi)\b/,
  /شكوى رسمية/,
  /офіційн\w* скарг|официальн\w* жалоб/,
  /\b(formelle|offizielle) beschwerde\b/,
];

const HUMAN_N = HUMAN.map((r) => new GatedRegex(new RegExp(crisisNormalise(r.source), 'mu')));
const FORMAL_N = FORMAL.map((r) => new GatedRegex(new RegExp(crisisNormalise(r.source), 'mu')));

/** True when the resident asks for a human (person, call-back), in nl/en/tr/pl/ar/uk/ru/de.
 * @param normalised pass true when `text` is already crisisNormalise()d */
export function detectWantsHuman(text: string, normalised = false, win?: Windows): boolean {
  const t = normalised ? text : crisisNormalise(text);
  const w = normalised && win ? win : windows3(t);
  return HUMAN_N.some((g) => g.test(t, w));
}

/** True when the resident asks for formal complaint handling (Awb ch. 9) or the ombudsman. */
export function detectWantsFormal(text: string, normalised = false, win?: Windows): boolean {
  const t = normalised ? text : crisisNormalise(text);
  const w = normalised && win ? win : windows3(t);
  return FORMAL_N.some((g) => g.test(t, w));
}
