/**
 * Crisis rules survive WhatsApp shorthand and hurried spelling (issue 3 point 5: "every
 * supported language, including indirect phrasings"; a resident in crisis does not spell-check).
 * Found by a fresh user trying the product: these went to the bot's topic question before.
 */
import { expect } from 'chai';
import { detectCrisis } from '../../nlp/crisis.js';

describe('crisis rules: shorthand and typos', () => {
  const crisis: Array<[string, string]> = [
    ['ik wil nie meer leve echt nie', 'suicide'],
    ['k wil niet meer leve', 'suicide'],
    ['wil nt meer leven', 'suicide'],
    ['ik hou het niet meer vol, wil slapen en nooit meer wakker worden', 'suicide'],
    ['ik denk aan zelfmoort', 'suicide'],
    ['mn ex slaat me', 'violence'],
    ['me vriend slaat me elke dag', 'violence'],
    ['hij slaad me en de kids', 'violence'],
    ['i wanna kms', 'suicide'],
    ['im gonna kill myself tonite', 'suicide'],
    ['we slapen vanacht op straad met de kindere', 'basic-needs'],
  ];
  for (const [text, category] of crisis) {
    it(`crisis (${category}): "${text}"`, () => {
      expect(detectCrisis(text)?.category).to.equal(category);
    });
  }

  const notCrisis = [
    'ik heb mn pgb nie gekregen',
    'k wil gwn mn geld terug',
    'nie meer leuk die taxi die nooit komt',
    'me moeder wil niet meer naar de dagbesteding',
    'ik wil niet meer wachten op de taxi',
    'me zoon slaapt slecht sinds de jeugdhulp stopte',
    'u moet me nie meer bellen over die brief',
  ];
  for (const text of notCrisis) {
    it(`not crisis: "${text}"`, () => {
      expect(detectCrisis(text)).to.equal(null);
    });
  }
});
