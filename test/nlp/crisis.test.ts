import { expect } from 'chai';
import { detectCrisis } from '../../nlp/index.js';

// Authors' own sentences (not from eval data), case by case per language and category.
const POSITIVE: [string, string, string][] = [
  // [text, expected category, expected rule language]
  ['ik zie het niet meer zitten', 'suicide', 'nl'],
  ['Eerlijk gezegd zie ik het echt niet meer zitten met alles.', 'suicide', 'nl'],
  ['Soms wil ik gewoon dood.', 'suicide', 'nl'],
  ['ik wil niet meer leven sinds de schulden', 'suicide', 'nl'],
  ['Ik denk erover om er een eind aan te maken.', 'suicide', 'nl'],
  ['Mijn zoon zei gisteren dat hij niet meer wil leven.', 'suicide', 'nl'],
  ['iedereen is beter af zonder mij', 'suicide', 'nl'],
  ['Ze heeft zichzelf weer pijn gedaan met een mesje.', 'suicide', 'nl'],
  ['Ik heb gedachten aan zelfmoord.', 'suicide', 'nl'],
  ['Mijn vriend slaat me als hij gedronken heeft.', 'violence', 'nl'],
  ['Hij dreigt me te vermoorden als ik weg ga.', 'violence', 'nl'],
  ['We hebben ons opgesloten in de slaapkamer, hij is woedend.', 'violence', 'nl'],
  ['Ik voel me thuis niet veilig meer.', 'violence', 'nl'],
  ['Ik hoor de buurman zijn dochter slaan, het kind wordt steeds geslagen.', 'child-danger', 'nl'],
  ['De peuter zit de hele dag alleen thuis.', 'child-danger', 'nl'],
  ['Zijn vader is dronken en wil nu met de kinderen in de auto rijden.', 'child-danger', 'nl'],
  ['er is geen eten meer vanavond', 'basic-needs', 'nl'],
  ['We worden vandaag uit huis gezet en weten niet waar we vannacht moeten slapen.', 'basic-needs', 'nl'],
  ['Sinds vanochtend zonder gas en stroom en het gaat vannacht vriezen.', 'basic-needs', 'nl'],
  ['Oma is gevallen en komt niet meer overeind, de thuiszorg is er niet.', 'basic-needs', 'nl'],
  ["I don't want to be here anymore.", 'suicide', 'en'],
  ['Lately I have been thinking about ending it.', 'suicide', 'en'],
  ['I want to kill myself.', 'suicide', 'en'],
  ['My boyfriend hits me when he is angry.', 'violence', 'en'],
  ['The children are not safe with their father.', 'child-danger', 'en'],
  ['We will be sleeping in our car tonight.', 'basic-needs', 'en'],
  ['There is no food left for the kids.', 'basic-needs', 'en'],
  ['Artık yaşamak istemiyorum.', 'suicide', 'tr'],
  ['Kocam beni dövüyor.', 'violence', 'tr'],
  ['Bu gece sokakta kalacağız, kalacak yer yok.', 'basic-needs', 'tr'],
  ['Nie chcę już żyć.', 'suicide', 'pl'],
  ['Mąż bije mnie codziennie.', 'violence', 'pl'],
  ['Nie mamy co jeść, dzieci są głodne.', 'basic-needs', 'pl'],
  ['لا أريد أن أعيش بعد الآن', 'suicide', 'ar'],
  ['زوجي يضربني كل يوم', 'violence', 'ar'],
  ['ليس لدينا طعام للأطفال', 'basic-needs', 'ar'],
  ['Я не хочу жити.', 'suicide', 'uk'],
  ['Чоловік б’є мене.', 'violence', 'uk'],
  ['Нам нема де спати сьогодні.', 'basic-needs', 'uk'],
  // a parent hitting their child, told by a third party, also in subordinate word order
  ['Vanavond hoorde ik dat haar stiefvader haar weer heeft geslagen. Ze is nu bij hem thuis.', 'child-danger', 'nl'],
  ['Zijn vader heeft hem weer geslagen, zegt de buurvrouw.', 'child-danger', 'nl'],
  ['De juf zegt dat zijn vader hem slaat als hij een slecht cijfer heeft, vandaag zat hij onder de blauwe plekken.', 'child-danger', 'nl'],
  ['Her stepfather beats her again, the teacher saw the bruises today.', 'child-danger', 'en'],
  ['We still have to leave today, the bailiff is here and we have nowhere to sleep tonight.', 'basic-needs', 'en'],
];

const NEGATIVE: string[] = [
  'ik word gek van die wachtlijst',
  'Ik lach me dood om die brief van jullie.',
  'Ik ben doodmoe van al dat bellen.',
  'De thuiszorg kwam vandaag weer niet, dit is de derde keer.',
  'Mijn uitkering is te laat en ik moet de huur nog betalen.',
  'Wij maken ons zorgen dat onze zoon straks nergens heen kan als de instelling sluit.',
  'Mijn moeder heeft geen zelfmoordgedachten, maar ze is wel erg eenzaam.',
  'Ik wil een klacht indienen over de taxi.',
  'The waiting list is killing me, honestly.',
  'Kan ik kwijtschelding krijgen voor de afvalstoffenheffing?',
  'De verwarming in de gymzaal van school is kapot.',
  // an eviction announced in a letter or court case is urgent (hoog), not tonight
  'Vandaag lag er een brief van de corporatie dat de zaak naar de rechter gaat voor ontruiming.',
  'Vandaag kreeg ik een brief over de ontruiming volgende maand.',
  // a parent who does not hit, or hit long ago
  'Haar vader heeft haar nooit geslagen maar schreeuwt wel veel.',
  'Zijn moeder slaat hem nooit.',
  // without a sign that it is now: a report for Veilig Thuis (signaal), not crisis
  'Mijn nichtje vertelde dat haar stiefvader haar slaat als hij gedronken heeft.',
  'Daar sturen ze me weer door. Mijn nichtje vertelde dat haar stiefvader haar slaat als hij gedronken heeft.',
  'Zijn vader sloeg hem vroeger, nu woont hij op zichzelf en zoekt begeleiding.',
  'Haar vader heeft haar geslagen toen ze klein was.',
];

describe('nlp crisis rules', () => {
  for (const [text, category, lang] of POSITIVE) {
    it(`flags ${category} (${lang}): ${text}`, () => {
      const m = detectCrisis(text);
      expect(m, text).to.not.equal(null);
      expect(m!.category).to.equal(category);
      expect(m!.lang).to.equal(lang);
      expect(m!.rule).to.match(new RegExp(`^${lang}:${category}:`));
    });
  }
  for (const text of NEGATIVE) {
    it(`does not flag: ${text}`, () => {
      expect(detectCrisis(text), text).to.equal(null);
    });
  }
});
