import { expect } from 'chai';
import { actCues, municipalTeam, rankWhoActs, teamByAge } from '../../nlp/ranker.js';
import { expandShorthand, normalise } from '../../nlp/text.js';
import type { Body } from '../../nlp/types.js';

/** First stage with equal probabilities: the order then comes from the cues alone. */
const even = () => 0.4;
const rank = (bodies: Body[], text: string, prob: (b: Body) => number = even) => rankWhoActs(bodies, prob, normalise(text));

describe('nlp who-has-to-act ranker', () => {
  it('A: the carrier that failed acts, also when the resident blames the municipality', () => {
    expect(rank(['gemeente-vervoer', 'vervoerder'], 'De gemeente regelt het slecht, de taxi kwam gisteren weer niet opdagen.')[0]).to.equal('vervoerder');
    expect(actCues('vervoerder', normalise('Het busje reed zonder mijn dochter weg.')).actor).to.equal(true);
  });
  it('A: the provider that failed acts', () => {
    expect(rank(['gemeente-wmo', 'zorgaanbieder'], 'De gemeente heeft de hulp toegekend, maar de thuiszorg stuurt steeds een andere hulp.')[0]).to.equal('zorgaanbieder');
    expect(rank(['gemeente-jeugd', 'zorgaanbieder'], 'De behandelaar van onze zoon is voor de derde keer niet verschenen.')[0]).to.equal('zorgaanbieder');
  });
  it('B: a municipal decision is changed by the municipal team, even when the provider told the news', () => {
    expect(rank(['zorgaanbieder', 'gemeente-wmo'], 'De thuiszorg zei dat de gemeente de uren van mijn vader heeft verlaagd, dat klopt niet.')[0]).to.equal('gemeente-wmo');
    expect(rank(['jeugdbescherming', 'gemeente-jeugd'], 'De gezinsvoogd vraagt om behandeling, maar de gemeente heeft de aanvraag afgewezen.')[0]).to.equal('gemeente-jeugd');
    expect(rank(['vervoerder', 'gemeente-vervoer'], 'Volgens de nieuwe regels moet je de regiotaxi een dag van tevoren bestellen, dat is onredelijk.')[0]).to.equal('gemeente-vervoer');
  });
  it('C: money billed or paid by another organisation goes to that organisation', () => {
    expect(rank(['gemeente-wmo', 'cak'], 'Ik krijg een factuur van het CAK voor hulp die al lang gestopt is.')[0]).to.equal('cak');
    expect(rank(['gemeente-jeugd', 'svb'], 'De oppas wordt al twee maanden niet uitbetaald uit het pgb.')[0]).to.equal('svb');
    expect(actCues('svb', normalise('Het Wlz-pgb wordt niet uitbetaald, het zorgkantoor zegt niks.')).money).to.equal(false);
  });
  it('D: a youth protection measure goes to jeugdbescherming', () => {
    expect(rank(['gemeente-jeugd', 'jeugdbescherming'], 'De ondertoezichtstelling is verlengd zonder dat iemand met ons heeft gepraat.')[0]).to.equal('jeugdbescherming');
  });
  it('G: the organisation that caused the consequence acts, before the payer', () => {
    expect(rank(['svb', 'gemeente-jeugd'], 'De gemeente heeft de nieuwe beschikking voor het pgb van onze zoon nooit opgestuurd, waardoor de SVB de oppas niet meer betaalt.')[0]).to.equal('gemeente-jeugd');
    expect(actCues('wlz', normalise('Het zorgkantoor is de budgetaanvraag kwijtgeraakt, daardoor staat alles stil.')).cause).to.equal(true);
  });
  it('G: also when the omission is named after its consequence ("omdat X … niet …"), not for a mere reason', () => {
    expect(rank(['svb', 'gemeente-wmo'], 'Mijn hulp krijgt al twee maanden geen geld van de SVB omdat de gemeente het nieuwe budget nog niet heeft doorgegeven.')[0]).to.equal('gemeente-wmo');
    expect(actCues('gemeente-werk-inkomen', normalise('De gemeente wacht met betalen omdat de Belastingdienst nog geld zou overmaken.')).cause).to.equal(false);
    expect(actCues('toeslagen', normalise('De gemeente wacht met betalen omdat de Belastingdienst nog geld zou overmaken.')).cause).to.equal(false);
  });
  it('G: also in verb-second order, in reported speech, and with the consequence in the next sentence', () => {
    expect(rank(['svb', 'gemeente-wmo'], 'Volgens de SVB heeft de gemeente het nieuwe budget nooit doorgegeven, dus betalen ze niet uit.')[0]).to.equal('gemeente-wmo');
    expect(actCues('svb', normalise('Volgens de SVB heeft de gemeente het nieuwe budget nooit doorgegeven, dus betalen ze niet uit.')).cause).to.equal(false);
    expect(actCues('gemeente-wmo', normalise('Nu blijkt dat de gemeente de beschikking niet heeft verstuurd.')).cause).to.equal(true);
    expect(rank(['svb', 'wlz'], 'Het zorgkantoor keurt het plan steeds af, elke keer om iets anders. Daardoor kan de SVB niet betalen.')[0]).to.equal('wlz');
  });
  it('J: an organisation that can act only after the municipality: the municipal team acts, the payer\'s money cue does not count', () => {
    const p = (b: Body) => (b === 'cak' || b === 'svb' || b === 'woningcorporatie' ? 0.97 : 0.01);
    expect(rank(['cak', 'gemeente-wmo'], 'Het CAK zegt dat ze pas kunnen stoppen met factureren als de gemeente het einde van de zorg doorgeeft.', p)[0]).to.equal('gemeente-wmo');
    expect(rank(['svb', 'gemeente-jeugd'], 'De SVB heeft nog geen toekenning van de gemeente ontvangen, dus de oppas krijgt niks.', p)[0]).to.equal('gemeente-jeugd');
    expect(rank(['woningcorporatie', 'gemeente-wmo'], 'De verhuurder wil eerst een advies van de gemeente hebben voordat ze iets doen.', p)[0]).to.equal('gemeente-wmo');
    expect(actCues('gemeente-wmo', normalise('Het CAK krijgt de einddatum van de gemeente, zeggen ze.')).waits).to.equal(true);
    // no dependency named: the bill stays with the payer
    expect(rank(['cak', 'gemeente-wmo'], 'Ik heb de gemeente gebeld, dus nu wacht ik af. Het CAK rekent te veel eigen bijdrage.', p)[0]).to.equal('cak');
  });
  it('B: hours or days changed, a provider closing, waiting for the municipal decision', () => {
    expect(rank(['zorgaanbieder', 'gemeente-wmo'], 'De dagbesteding gaat van 4 naar 2 dagen per week, staat in de brief.')[0]).to.equal('gemeente-wmo');
    expect(rank(['zorgaanbieder', 'gemeente-jeugd'], 'De woongroep van mijn zoon sluit per 1 mei. Wie zoekt er een nieuwe plek?')[0]).to.equal('gemeente-jeugd');
    expect(rank(['zorgaanbieder', 'gemeente-wmo'], 'De leverancier staat klaar, maar we wachten al 10 weken op het besluit van de gemeente.')[0]).to.equal('gemeente-wmo');
    expect(actCues('gemeente-wmo', normalise('Per 1 maart stopt de gemeente met de begeleiding.')).decision).to.equal(true);
  });
  it('no cue from a request or from "gaat er niet over"; a provider that closes is no failure it can repair', () => {
    expect(actCues('gemeente-wmo', normalise('Misschien kan de gemeente dit doorgeven, want ik denk niet dat wij de enigen zijn.')).waits).to.equal(false);
    expect(actCues('gemeente-wmo', normalise('Het CAK rekent te veel. De consulent zegt dat de gemeente daar niet over gaat, ik vind dit niet kunnen.')).cause).to.equal(false);
    expect(actCues('zorgaanbieder', normalise('De dagbesteding van mijn vader stopt per mei omdat de organisatie ermee ophoudt.')).actor).to.equal(false);
    expect(actCues('zorgaanbieder', normalise('De dagbesteding stopt steeds eerder dan afgesproken.')).actor).to.equal(true);
  });
  it('B for wlz: an indication decided by the CIZ is the Wlz body\'s own decision', () => {
    // the municipal "herindicatie" cue no longer outranks a model that prefers wlz
    const p = (b: Body) => (b === 'wlz' ? 0.6 : 0.3);
    expect(rank(['gemeente-wmo', 'wlz'], 'Ik maak bezwaar tegen de herindicatie van het CIZ, het zorgprofiel van mijn moeder is veel te laag.', p)[0]).to.equal('wlz');
    expect(actCues('wlz', normalise('De gemeente heeft de uren verlaagd.')).decision).to.equal(false);
  });
  it('I: "X zegt dat ik bij de gemeente moet zijn" sends the resident on', () => {
    expect(actCues('cak', normalise('Het CAK zegt dat ik voor een correctie bij de gemeente moet zijn.')).redirected).to.equal(true);
  });
  it('B: a pending application or an extension not arranged is the municipal team', () => {
    expect(rank(['uwv', 'gemeente-werk-inkomen'], 'Mijn Ziektewet stopt en mijn aanvraag voor bijstand is al zes weken zonder antwoord.')[0]).to.equal('gemeente-werk-inkomen');
  });
  it('H: care not delivered without a named organisation is the provider', () => {
    expect(rank(['gemeente-wmo', 'zorgaanbieder'], 'Gisteren en vandaag is er niemand gekomen om mijn vader te douchen.')[0]).to.equal('zorgaanbieder');
  });
  it('I: the organisation that sent the resident on is not the one to act', () => {
    expect(rank(['wijkteam', 'gemeente-schuldhulp'], 'Ik ben bij het buurtteam geweest maar die verwijzen me door, ik kom niet rond met mijn schulden.')[0]).to.equal('gemeente-schuldhulp');
    expect(actCues('wijkteam', normalise('Het buurtteam stuurt me door naar het loket.')).redirected).to.equal(true);
  });
  it('keeps the set and the first-stage order without cues; leaves onbekend and single bodies alone', () => {
    const bodies: Body[] = ['gemeente-wmo', 'zorgaanbieder'];
    const p = (b: Body) => (b === 'gemeente-wmo' ? 0.7 : 0.2);
    expect(rank(bodies, 'Ik heb een vraag over huishoudelijke hulp.', p)).to.deep.equal(bodies);
    expect(rank(['onbekend'], 'De taxi kwam niet.')).to.deep.equal(['onbekend']);
    expect(rank(['cak'], 'De taxi kwam niet.')).to.deep.equal(['cak']);
    const r = rank(['gemeente-vervoer', 'vervoerder', 'gemeente-wmo'], 'De chauffeur was weer te laat.');
    expect([...r].sort()).to.deep.equal(['gemeente-vervoer', 'gemeente-wmo', 'vervoerder']);
  });
  it('a strong first-stage preference still wins over one cue', () => {
    const p = (b: Body) => (b === 'gemeente-wmo' ? 0.98 : 0.00001);
    expect(rank(['gemeente-wmo', 'zorgaanbieder'], 'De hulp kwam niet.', p)[0]).to.equal('gemeente-wmo');
  });
  it('E: care for a child is the youth team, aids and adults stay Wmo', () => {
    const t = (x: string) => teamByAge(['gemeente-wmo', 'zorgaanbieder'], normalise(x))[0];
    expect(t('Onze dochter van 9 heeft begeleiding nodig na school, maar we horen niks.')).to.equal('gemeente-jeugd');
    expect(t('Mijn zoon heeft een nieuwe rolstoel nodig, de oude is te klein.')).to.equal('gemeente-wmo');
    expect(t('Mijn zoon van 34 heeft begeleiding nodig bij zijn administratie.')).to.equal('gemeente-wmo');
    expect(t('Ik ben de dochter van mevrouw Smit, zij heeft meer begeleiding nodig.')).to.equal('gemeente-wmo');
  });
  it('F: transport provisions are the transport team', () => {
    expect(municipalTeam(['gemeente-wmo'], normalise('Mijn vervoerspas is verlopen en de verlenging duurt al weken.'))[0]).to.equal('gemeente-vervoer');
    expect(municipalTeam(['gemeente-wmo'], normalise('Ik wil een traplift en vraag me af of de regiotaxi ook kan.'))[0]).to.equal('gemeente-wmo');
  });
  it('reads WhatsApp shorthand: "gmnt", "nie"', () => {
    expect(expandShorthand(normalise('de gmnt heeft de uren verlaagd, de hulp komt nie'))).to.equal('de gemeente heeft de uren verlaagd, de hulp komt niet');
    expect(rank(['gemeente-wmo', 'vervoerder'], expandShorthand(normalise('de taxi kwam weer nie')))[0]).to.equal('vervoerder');
  });
});

describe('nlp keyword priors: self-introduction', () => {
  it('"ik ben mantelzorger van …" / "ik ben huisarts en …" says who writes, not the subject', async () => {
    const { keywordPriors, withoutSelfIntroduction } = await import('../../nlp/lexicon.js');
    const t = normalise('Ik ben mantelzorger van mijn vader. De straatverlichting in onze straat is al weken kapot.');
    expect(keywordPriors(withoutSelfIntroduction(t)).has('gemeente-wmo')).to.equal(false);
    expect(keywordPriors(withoutSelfIntroduction(normalise('Ik ben huisarts en schrijf over een patiënt zonder uitkering.'))).has('onbekend')).to.equal(false);
    const r = normalise('Ik zoek respijtzorg, want als mantelzorger kan ik niet meer.');
    expect(keywordPriors(withoutSelfIntroduction(r)).has('gemeente-wmo')).to.equal(true);
  });
});
