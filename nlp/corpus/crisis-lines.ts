/**
 * Crisis sentences for the corpus (authors' own). The crisis *decision* is made by rules
 * (nlp/crisis.ts), never by the model; these examples teach the body heads which bodies
 * crisis messages involve. Lines without `bodies` are attached to a random domain scenario.
 */
import type { Body } from '../types.js';

export interface CrisisLine { text: string; lang: string; bodies?: Body[] }

const vt: Body[] = ['veilig-thuis'];
export const CRISIS_LINES: CrisisLine[] = [
  { lang: 'nl', text: 'Ik zie het echt niet meer zitten, ik weet niet hoe lang ik dit nog volhoud.' },
  { lang: 'nl', text: 'Soms denk ik dat iedereen beter af is zonder mij.' },
  { lang: 'nl', text: 'Ik wil er gewoon niet meer zijn.' },
  { lang: 'nl', text: 'Ik heb al mijn pillen gespaard en denk erover ze allemaal in te nemen.' },
  { lang: 'nl', text: 'Ik zie geen uitweg meer en denk aan zelfmoord.' },
  { lang: 'nl', text: 'Vannacht slapen we op straat, we hebben nergens een slaapplek.', bodies: ['gemeente-overig'] },
  { lang: 'nl', text: 'Er is geen eten meer in huis vanavond en de kinderen hebben honger.', bodies: ['gemeente-werk-inkomen'] },
  { lang: 'nl', text: 'Het gas is afgesloten en het vriest, de baby heeft het ijskoud.', bodies: ['gemeente-schuldhulp'] },
  { lang: 'nl', text: 'Mijn man slaat me en ik durf niet meer naar huis.', bodies: vt },
  { lang: 'nl', text: 'Mijn ex dreigt me te vermoorden als ik de kinderen niet terugbreng.', bodies: vt },
  { lang: 'nl', text: 'De buurman slaat zijn kinderen, ik hoor ze elke avond gillen. Het kind is daar niet veilig.', bodies: vt },
  { lang: 'nl', text: 'Mijn kleinkinderen zijn al twee dagen alleen thuis, hun moeder is weg.', bodies: ['veilig-thuis', 'jeugdbescherming'] },
  { lang: 'en', text: 'I honestly do not want to live anymore, everything is too much.' },
  { lang: 'en', text: 'My husband hits me and I am not safe at home.', bodies: vt },
  { lang: 'en', text: 'We have to sleep in the car tonight, nowhere to sleep.', bodies: ['gemeente-overig'] },
  { lang: 'tr', text: 'Artık yaşamak istemiyorum, borçlar yüzünden çok kötüyüm.', bodies: ['gemeente-schuldhulp'] },
  { lang: 'tr', text: 'Eşim beni dövüyor, evde güvende değilim.', bodies: vt },
  { lang: 'pl', text: 'Nie chcę już żyć, nie mam pieniędzy na nic.', bodies: ['gemeente-werk-inkomen'] },
  { lang: 'pl', text: 'Mój partner bije mnie i dzieci.', bodies: vt },
  { lang: 'ar', text: 'زوجي يضربني ويهددني، لست آمنة في البيت.', bodies: vt },
  { lang: 'ar', text: 'ليس لدينا طعام الليلة والأطفال جائعون.', bodies: ['gemeente-werk-inkomen'] },
  { lang: 'uk', text: 'Я не хочу більше жити, у мене немає сил.', bodies: ['onbekend'] },
  { lang: 'uk', text: 'Сьогодні нам нема де спати, нас виселили.', bodies: ['gemeente-overig'] },
];
