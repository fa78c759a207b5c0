/**
 * Fifth batch (authors' own sentences, not derived from eval data): two-body messages where the
 * ORDER is decided by who has to act (taxonomy.md: "the body that really has to act comes first,
 * even when the resident blames another one"). Each pair appears in both directions:
 *  - the carrier/provider/corporation/team that failed acts, also when the resident addresses or
 *    blames the municipality ("de gemeente regelt het slecht: de taxi kwam weer niet");
 *  - the municipal team acts when the complaint is about its indication, decision or application,
 *    also when the provider or carrier is named as the one who told the news;
 *  - money another organisation bills or pays (CAK bill, SVB pgb payment, UWV benefit) → that body;
 *  - youth protection measures → jeugdbescherming before the youth team.
 * The order rules are written down in nlp/ranker.ts.
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

export const NL5: Scenario[] = [
  // ───────────── carrier fails, resident blames the municipality ─────────────
  S('vervoerder+gemeente-vervoer', 'klacht', 'normaal', [
    'De gemeente heeft het vervoer voor {rel} slecht geregeld. De taxi stond vanochtend weer niet voor de deur en ze heeft haar afspraak in het ziekenhuis gemist.',
    'Ik snap niet dat de gemeente met zo een bedrijf in zee gaat. Het busje rijdt elke dag een uur om en {kind} komt steeds te laat op school.',
    'Jullie als gemeente zijn verantwoordelijk toch? De chauffeur liet {rel} gisteren in de regen op de stoep staan zonder te helpen met de rollator.',
    'Wie heeft dit vervoersbedrijf uitgekozen? Ze vergeten {kind} op te halen van school, nu al {n} keer deze maand.',
    'De regiotaxi is {n} keer te laat gekomen, ik heb de gemeente al gemaild maar er gebeurt niks.',
  ]),
  S('vervoerder+gemeente-vervoer', 'signaal', 'normaal', [
    'Even ter info voor de gemeente: de nieuwe chauffeurs van het leerlingenvervoer kennen de route niet en rijden steeds verkeerd. Geen klacht hoor.',
    'Ik wil alleen melden dat de taxi van {rel} de laatste weken vaak een half uur te vroeg staat en dan weer wegrijdt.',
  ]),
  // ───────────── municipal transport decision, carrier only mentioned ─────────────
  S('gemeente-vervoer+vervoerder', 'bezwaar', 'normaal', [
    'De gemeente heeft het leerlingenvervoer voor {kind} afgewezen omdat de school te dichtbij zou zijn. De taxichauffeur zei ook al dat hij na de vakantie niet meer komt. Ik ben het hier niet mee eens.',
    'Mijn vervoerspas is niet verlengd door de gemeente, dus de regiotaxi wil me niet meer meenemen. Dat besluit klopt niet, ik kan echt niet lopen.',
    'Ik kreeg een brief dat mijn aanvraag voor een vervoersvoorziening is afgewezen. De taxicentrale zegt dat ze niks kunnen doen zonder pas. Hoe ga ik hier tegenin?',
  ]),
  S('gemeente-vervoer+vervoerder', 'vraag', 'normaal', [
    'Hoeveel kilometers mag ik per jaar met de regiotaxi? De chauffeur zei dat mijn budget bijna op is, maar dat heeft de gemeente toch vastgesteld?',
    'Wie bepaalt eigenlijk of {kind} alleen in de taxi mag of met begeleiding? De vervoerder verwijst naar de gemeente.',
  ]),
  // ───────────── provider fails, resident blames the municipality ─────────────
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente heeft de hulp toegekend, dat is het probleem niet. Maar de thuiszorg stuurt elke week iemand anders en niemand weet wat er moet gebeuren bij {rel}.',
    'Ik geef de gemeente de schuld, want die heeft dit bedrijf gekozen: de huishoudelijke hulp is vorige week gewoon niet gekomen en er belde niemand.',
    'Jullie hebben de indicatie netjes geregeld, maar de begeleider van {rel} zegt steeds op het laatste moment af.',
    'De schoonmaakhulp van {rel} doet het werk slordig en gaat na een half uur al weg. Dit is toch niet waar de gemeente voor betaalt?',
    'Sinds de nieuwe aanbieder het heeft overgenomen wisselen de hulpen elke week. {rel} raakt helemaal in de war. De gemeente moet daar iets van vinden.',
  ]),
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'hoog', [
    'Al {n} weken komt er niemand van de thuiszorg bij {rel}, terwijl de gemeente de zorg gewoon heeft toegekend. Ze zit in haar eigen vuil.',
    'De dagbesteding heeft {rel} zonder overleg naar huis gestuurd en wil hem niet meer hebben. Nu zit hij de hele dag alleen. De consulent van de gemeente weet nog van niks.',
  ]),
  S('zorgaanbieder+gemeente-jeugd', 'klacht', 'normaal', [
    'De jeugdhulp is door de gemeente goedgekeurd, maar de behandelaar van {kind} is al {n} keer niet op de afspraak verschenen.',
    'De instelling waar {kind} naar de groep gaat heeft zonder overleg de begeleider vervangen. Dit is de derde wissel dit jaar. De gemeente betaalt ze toch?',
    'De praktijk voor dyslexiebehandeling stopt ineens met {kind} halverwege het traject, zonder uitleg. De beschikking van de gemeente loopt nog gewoon.',
  ]),
  // ───────────── municipal decision, provider only delivers the news ─────────────
  S('gemeente-wmo+zorgaanbieder', 'bezwaar', 'normaal', [
    'De thuiszorg vertelde me dat de gemeente de uren van {rel} heeft verlaagd van vier naar twee per week. Daar ben ik het niet mee eens, ze kan echt niet meer zelf schoonmaken.',
    'Na de herindicatie krijgt {rel} nog maar een uur hulp. De hulp zelf is prima, maar dat ene uur is veel te weinig. Ik wil bezwaar maken tegen dit besluit.',
    'Onze begeleider zegt dat hij moet stoppen omdat de gemeente de indicatie voor begeleiding niet heeft verlengd. Dat vinden wij onterecht.',
  ]),
  S('gemeente-wmo+zorgaanbieder', 'klacht', 'normaal', [
    'De aanbieder staat klaar om te beginnen, maar de gemeente heeft na {n} weken nog steeds geen beschikking gestuurd. Daardoor heeft {rel} nog geen hulp.',
    'De consulent van de gemeente heeft nooit doorgegeven aan de thuiszorg dat {rel} meer uren krijgt, dus die komen nog steeds maar één keer per week.',
  ]),
  S('gemeente-jeugd+zorgaanbieder', 'klacht', 'normaal', [
    'De zorgaanbieder wil {kind} graag helpen, maar wacht al {n} weken op de toestemming van het jeugdteam van de gemeente. Zo lang blijft {kind} zonder hulp.',
    'De gemeente heeft de beschikking voor de behandeling van {kind} maar voor drie maanden afgegeven. De therapeut zegt dat dat veel te kort is.',
    'De aanvraag voor jeugd-ggz ligt al maanden bij de gemeente. De praktijk kan pas starten als jullie beslissen.',
  ]),
  // ───────────── CAK bills, municipality decides ─────────────
  S('cak+gemeente-wmo', 'klacht', 'normaal', [
    'Ik krijg van het CAK een rekening van {bedrag} voor huishoudelijke hulp die via de gemeente loopt, maar de hulp is al in {maand} gestopt. Waarom moet ik dit betalen?',
    'Het CAK heeft twee keer de eigen bijdrage afgeschreven voor dezelfde maand. De Wmo-hulp zelf is prima.',
    'De eigen bijdrage voor mijn scootmobiel van de gemeente is ineens verdubbeld volgens de brief van het CAK. Dat klopt toch niet?',
  ]),
  S('cak+gemeente-wmo', 'vraag', 'normaal', [
    'Ik heb via de gemeente een traplift gekregen. Nu krijg ik post van het CAK over een bijdrage. Hoe lang moet ik die betalen?',
  ]),
  // ───────────── SVB pays the pgb, municipality grants it ─────────────
  S('svb+gemeente-wmo', 'klacht', 'hoog', [
    'De begeleider van {rel} krijgt al {n} maanden geen loon uit het pgb. De gemeente heeft het budget toegekend, maar de uitbetaling blijft hangen. Zij wil nu stoppen.',
    'Mijn zorgverlener is sinds {maand} niet betaald uit mijn persoonsgebonden budget. Bij de gemeente zeggen ze dat het geld klaarstaat.',
  ]),
  S('svb+gemeente-jeugd', 'klacht', 'normaal', [
    'De oppas van {kind} wordt via het pgb jeugd betaald, maar haar declaraties van de laatste twee maanden zijn nog niet uitbetaald. De gemeente zegt dat ze er niet over gaat.',
    'Het budgetplan voor het pgb van {kind} is goedgekeurd door de gemeente, maar de zorgovereenkomst is nog steeds niet verwerkt, dus de zorgverlener krijgt niks.',
  ]),
  S('gemeente-wmo+svb', 'bezwaar', 'normaal', [
    'De gemeente heeft het pgb voor {rel} zo laag vastgesteld dat we er geen goede zorgverlener van kunnen betalen. De uitbetaling loopt via de SVB, maar het bedrag is het probleem. Ik ben het niet eens met dit besluit.',
    'Mijn pgb is door de gemeente stopgezet na de herindicatie. De SVB heeft de betalingen daarom gestopt. Dat besluit is onterecht.',
  ]),
  // ───────────── youth protection measure vs youth team ─────────────
  S('jeugdbescherming+gemeente-jeugd', 'klacht', 'normaal', [
    'De gezinsvoogd van {kind} neemt nooit op en heeft de afspraken over de omgang al {n} keer verzet. Het jeugdteam van de gemeente zegt dat ze er niks aan kunnen doen.',
    'Sinds de ondertoezichtstelling hebben wij een nieuwe gezinsvoogd die ons niet eens kent. De gemeente betaalt de jeugdhulp, maar de voogd beslist alles zonder ons.',
    'De uithuisplaatsing van {kind} wordt steeds verlengd zonder dat iemand met ons praat. De gemeente verwijst ons door, maar wie gaat hierover?',
  ]),
  S('gemeente-jeugd+jeugdbescherming', 'klacht', 'normaal', [
    'De gezinsvoogd heeft al in {maand} gevraagd om intensieve jeugdhulp voor {kind}, maar de gemeente keurt de aanvraag maar niet goed.',
    'De jeugdbeschermer zegt dat {kind} behandeling nodig heeft, maar de gemeente heeft die behandeling afgewezen omdat er geen budget is.',
  ]),
  // ───────────── corporation vs municipality ─────────────
  S('woningcorporatie+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente heeft de aanpassing van de badkamer van {rel} goedgekeurd, maar de woningcorporatie weigert toestemming te geven voor de verbouwing.',
    'De verhuurder voert de traplift al een half jaar niet uit, terwijl de Wmo het allang heeft toegekend. De corporatie reageert niet op mijn mails.',
    'Wij wachten op een urgentie voor een gelijkvloerse woning. De woningbouw reageert niet, het wijkteam en de gemeente zeggen dat het bij de corporatie ligt.',
  ]),
  S('gemeente-wmo+woningcorporatie', 'bezwaar', 'normaal', [
    'De gemeente heeft de woningaanpassing voor {rel} afgewezen, omdat we zouden moeten verhuizen. De woningcorporatie was al akkoord. Ik wil bezwaar maken.',
    'De corporatie wil de drempels best weghalen, maar de gemeente heeft de aanvraag voor de aanpassing geweigerd. Dat vind ik onterecht.',
  ]),
  // ───────────── district team does not act ─────────────
  S('wijkteam+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente stuurde mij naar het wijkteam voor de aanvraag, maar het wijkteam belt al {n} weken niet terug.',
    'Ik heb bij de gemeente gevraagd om hulp voor {rel}. Zij zeggen dat het wijkteam langs moet komen, maar de wijkcoach heeft de afspraak al twee keer afgezegd.',
  ]),
  S('wijkteam+gemeente-jeugd', 'klacht', 'normaal', [
    'Het buurtteam zou een verwijzing voor jeugdhulp regelen voor {kind}, maar de gezinscoach reageert niet meer op mijn berichten.',
    'Het CJG heeft beloofd {kind} aan te melden, maar er is niks gebeurd. De gemeente zegt dat het CJG dit moet doen.',
  ]),
  // ───────────── income: who pays ─────────────
  S('uwv+gemeente-werk-inkomen', 'klacht', 'hoog', [
    'Het UWV heeft mijn WW-uitkering zonder bericht stopgezet. De klantmanager van de gemeente zegt dat ik eerst bij het UWV moet zijn, maar daar krijg ik niemand te spreken.',
    'Mijn ziektewetuitkering komt al {n} weken niet. De gemeente wil geen voorschot geven zolang het UWV niet beslist.',
  ]),
  S('gemeente-werk-inkomen+uwv', 'klacht', 'hoog', [
    'Mijn WW is afgelopen en het UWV heeft alles netjes geregeld, maar mijn aanvraag voor bijstand ligt al {n} weken bij de gemeente zonder antwoord. Ik heb geen inkomen meer.',
    'De gemeente kort mijn bijstand omdat ik een WIA-keuring zou hebben gemist, maar die afspraak had het UWV zelf verzet. De gemeente moet dit terugdraaien.',
  ]),
  S('gemeente-schuldhulp+gemeente-werk-inkomen', 'klacht', 'normaal', [
    'Mijn klantmanager heeft mij al in {maand} aangemeld voor schuldhulp, maar de schuldhulpverlening heeft nog steeds geen intakegesprek gepland. De deurwaarder staat intussen voor de deur.',
    'De bijstand loopt goed, maar de budgetcoach van de schuldhulp betaalt mijn vaste lasten niet op tijd, dus ik krijg aanmaningen.',
  ]),
  S('gemeente-werk-inkomen+gemeente-schuldhulp', 'klacht', 'hoog', [
    'De gemeente houdt {bedrag} per maand in op mijn bijstand voor een terugvordering. Daardoor kan ik de afspraken van de schuldhulp niet nakomen. De klantmanager moet dit aanpassen.',
    'Mijn bijstand is al {n} weken niet gestort en daardoor loopt mijn schuldregeling vast. Schuldhulp zegt dat het bij werk en inkomen ligt.',
  ]),
];
