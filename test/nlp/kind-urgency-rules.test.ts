import { expect } from 'chai';
import { ruleHoog, ruleKind, ruleQuestion } from '../../nlp/rules.js';
import { normalise } from '../../nlp/text.js';
import { loadClassifier, type Classifier } from '../../nlp/index.js';

const n = (s: string) => normalise(s);

describe('nlp kind rules (own sentences)', () => {
  it('a question without dissatisfaction is a vraag', () => {
    expect(ruleQuestion(n('Ik heb een uitkering. Kan ik bijzondere bijstand krijgen voor een nieuwe koelkast?'))).to.equal('vraag');
    expect(ruleQuestion(n('Onze buurvrouw zei iets over een stadspas. Hoe werkt dat bij jullie?'))).to.equal('vraag');
    expect(ruleQuestion(n('Who do we contact for help with cleaning for my grandmother?'))).to.equal('vraag');
  });
  it('a question that follows a described failure stays a klacht', () => {
    expect(ruleQuestion(n('Ik heb vijf keer gebeld en niemand reageert. Wie gaat dit oplossen?'))).to.equal('klacht');
    expect(ruleQuestion(n('De hulp is weer niet komen opdagen. Moet ik het nou zelf maar doen?'))).to.equal('klacht');
  });
  it('a disputed decision is a bezwaar, also without the word bezwaar', () => {
    expect(ruleKind(n('Mijn aanvraag voor de stadspas is geweigerd, dat vind ik onterecht.'))).to.equal('bezwaar');
    expect(ruleKind(n('Ze hebben mijn uitkering gekort. Dat klopt gewoon niet.'))).to.equal('bezwaar');
  });
  it('unhappiness with how an objection is handled is a klacht', () => {
    expect(ruleKind(n('Mijn bezwaar ligt al vier maanden bij jullie en ik hoor niks. Ik wil daarover klagen.'))).to.equal('klacht');
  });
  it('signal phrasings are a signaal', () => {
    expect(ruleKind(n('Niet boos hoor, maar de lift in het gemeentehuis is al weken kapot.'))).to.equal('signaal');
    expect(ruleKind(n('Ik ben vast niet de enige die de nieuwe brieven niet snapt.'))).to.equal('signaal');
    expect(ruleKind(n('Geen formele klacht, maar de wachtkamer is veel te vol.'))).to.equal('signaal');
  });
});

describe('nlp urgency hoog rules (own sentences)', () => {
  it('nobody left to care, someone who cannot be alone', () => {
    expect(ruleHoog(n('Mijn vader kan niet meer alleen thuis blijven sinds zijn val.'))).to.equal(true);
    expect(ruleHoog(n('Als de begeleider ook weggaat hebben we niemand meer.'))).to.equal(true);
    expect(ruleHoog(n('De thuiszorg komt al drie weken niet meer bij mijn oma.'))).to.equal(true);
  });
  it('a child without school transport', () => {
    expect(ruleHoog(n('Zonder taxi kan mijn dochter niet naar haar speciale school.'))).to.equal(true);
  });
  it('past income trouble and a volunteer role are not hoog', () => {
    expect(ruleHoog(n('Vorig jaar had geen inkomen, nu gaat het beter, ik heb een vraag over de stadspas.'))).to.equal(false);
    expect(ruleHoog(n('Ik ben vrijwilliger bij de voedselbank en wil iets vragen over de regels.'))).to.equal(false);
  });
});

describe('nlp classifier: conventions (own sentences)', () => {
  let clf: Classifier;
  before(async () => { clf = await loadClassifier(); });
  const cases: [string, string, string, string?][] = [
    ['Kan ik kwijtschelding krijgen voor de rioolheffing? Ik heb alleen AOW.', 'gemeente-overig', 'vraag'],
    ['Wanneer wordt het grofvuil bij ons opgehaald?', 'gemeente-overig', 'vraag'],
    ['Het gasbedrijf wil ons afsluiten vanwege een betalingsachterstand. Kan de gemeente helpen?', 'gemeente-schuldhulp', 'vraag', 'hoog'],
    ['Mijn zorgverzekeraar wil de rolstoeltaxi naar het ziekenhuis niet vergoeden.', 'onbekend', 'klacht'],
    ['Mijn kinderen zijn door de jeugdbescherming uit huis geplaatst en ik mag ze bijna nooit zien. Daar wil ik over klagen.', 'jeugdbescherming', 'klacht'],
    ['De thuishulp van het schoonmaakbedrijf komt al drie weken niet meer bij mijn oma en niemand neemt de telefoon op.', 'zorgaanbieder', 'klacht', 'hoog'],
  ];
  for (const [text, body, kind, urgency] of cases) {
    it(`${body}/${kind}${urgency ? '/' + urgency : ''}: ${text}`, () => {
      const c = clf.classify({ text });
      expect(c.bodies[0]).to.equal(body);
      expect(c.kind).to.equal(kind);
      if (urgency) expect(c.urgency).to.equal(urgency);
    });
  }
});
