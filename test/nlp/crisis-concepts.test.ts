/**
 * The crisis second net (nlp/crisis-concepts.ts): concept co-occurrences, case by case, with the
 * guards that keep look-alikes quiet; every concept pattern is gate-friendly; and no non-crisis
 * line of the training corpus fires the crisis layer (phrase rules + concepts). Invented text only.
 */
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { detectCrisis } from '../../nlp/crisis.js';
import { ungatedConcepts } from '../../nlp/crisis-concepts.js';

/** [text, expected category]; most of them fire only through the concept net. */
const FIRES: Array<[string, string]> = [
  ['Mijn papieren liggen op orde en ik heb afscheid genomen van mijn broer. Ik kan niet meer.', 'nl:suicide:concept-farewell-despair'],
  ['Niemand zal me missen, dit weekend is het voorbij.', 'nl:suicide:concept-burden'],
  ['Hij heeft gedreigd zichzelf op te hangen in de schuur.', 'nl:suicide:concept-self-kill'],
  ['Hij komt zo terug van zijn broer en de vorige keer had ik hechtingen.', 'nl:violence:concept-injury-actor'],
  ['Hij staat beneden aan te bellen, ik ben doodsbang, hij is weer door het dolle.', 'nl:violence:concept-actor-fear'],
  ['Mijn vriend loopt met een hamer rond in de woonkamer.', 'nl:violence:concept-weapon'],
  ['Ik hoor bij de bovenburen gegil en gebonk, nu al een kwartier.', 'nl:violence:concept-overheard'],
  ['Haar stiefvader kruipt bij haar in bed, ze is 10.', 'nl:child-danger:concept-sexual'],
  ['Mijn neefje van 7 is sinds zaterdag alleen, zijn vader is weg.', 'nl:child-danger:concept-alone'],
  ['De moeder ligt laveloos in de gang en de peuter loopt rond.', 'nl:child-danger:concept-carer-out'],
  ['De noodopvang gaat vanavond dicht en we weten niet waar we moeten slapen.', 'nl:basic-needs:concept-shelter-nowhere'],
  ['De cv-ketel is stuk, het vriest en mijn vader is 91.', 'nl:basic-needs:concept-cold'],
  ['De wijkverpleging is niet gekomen en mijn tante is nu verward en klam.', 'nl:basic-needs:concept-care-missed'],
  ['She said goodbye to everyone and is not answering her phone.', 'en:suicide:concept-farewell-despair'],
  ['Elinde bıçakla kapıda duruyor.', 'tr:violence:concept-weapon'],
  ['Schronisko zamykają dziś wieczorem, nie mamy gdzie spać.', 'pl:basic-needs:concept-shelter-nowhere'],
  ['قطعوا الكهرباء وعندي رضيع والبرد شديد', 'ar:basic-needs:concept-cold'],
  ['Мій колишній з ножем під дверима.', 'uk:violence:concept-weapon'],
];

/** Look-alikes that the guards keep quiet. */
const QUIET: string[] = [
  // habitual sounds: a report, not now
  'Ik hoor bij de buren vaak een kind huilen en een man schreeuwen, waar kan ik dat melden?',
  // a professional who does not answer is not a carer out of action
  'De gezinsvoogd reageert niet op mijn mails over mijn zoon.',
  // "straks" (later) is not tonight
  'Wij zijn bang dat onze dochter straks nergens heen kan als de woongroep sluit.',
  // a frail mother who no longer opens the door to strangers is not missing
  'Mijn moeder heeft dementie en doet de deur niet meer open voor vreemden.',
  // past and announced
  'Vorige winter zaten we een week zonder kachel, nu is het opgelost. Het vriest weer.',
  'De opvang sluit over twee maanden, waar kunnen we dan wonen?',
  'Ik heb afscheid genomen van mijn oude begeleider, wanneer krijg ik een nieuwe?',
  'Mijn ex heeft mij jaren geleden geslagen, daarom heb ik nog steeds begeleiding.',
];

describe('nlp crisis concept net', () => {
  it('every concept pattern is gate-friendly (none always runs)', () => {
    expect(ungatedConcepts()).to.deep.equal([]);
  });
  for (const [text, rule] of FIRES) {
    it(`fires ${rule.split(':')[1]} (${rule}): ${text}`, () => {
      expect(detectCrisis(text)?.category, text).to.equal(rule.split(':')[1]);
    });
  }
  for (const text of QUIET) {
    it(`stays quiet: ${text}`, () => {
      expect(detectCrisis(text), text).to.equal(null);
    });
  }
  it('no non-crisis line of the training corpus fires the crisis layer', () => {
    const dir = new URL('../../nlp/corpus/', import.meta.url);
    const fired: string[] = [];
    let n = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as { text: string; subject?: string; kind: string };
        if (o.kind === 'crisis') continue;
        n++;
        const m = detectCrisis((o.subject ? o.subject + '\n' : '') + o.text);
        if (m) fired.push(`${m.rule}: ${o.text.slice(0, 120)}`);
      }
    }
    expect(n).to.be.greaterThan(5000);
    expect(fired).to.deep.equal([]);
  });
});
