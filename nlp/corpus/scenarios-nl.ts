/**
 * Hand-written scenario sentences (Dutch) for the corpus generator. Written fresh by the nlp
 * authors from taxonomy.md subjects and domain.md resident words; NOT derived from eval data.
 * Format: S(bodies 'a+b' (most responsible first), kind, urgency, lines[]). Each line is a
 * complete core message with {slots} (see generate.ts SLOTS). One scenario = one template group.
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

export const NL: Scenario[] = [
  // ───────────── gemeente-wmo ─────────────
  S('gemeente-wmo', 'klacht', 'normaal', [
    'Het keukentafelgesprek was al {n} {w} geleden en ik heb nog steeds geen beschikking ontvangen.',
    'De Wmo-consulent zou terugbellen over de {hm} voor {rel}, maar er belt niemand.',
    'Ik heb in {maand} een melding gedaan bij het Wmo-loket en er is daarna niks meer gebeurd.',
    'Sinds de aanvraag voor een {hm} hoor ik niks meer van de gemeente, ik moet steeds zelf achter alles aan.',
    'De consulent was tijdens het gesprek bij ons thuis heel kortaf en luisterde niet naar wat {rel} nodig heeft.',
  ]),
  S('gemeente-wmo', 'klacht', 'hoog', [
    'De indicatie voor huishoudelijke hulp van {rel} is afgelopen en de gemeente heeft de herindicatie niet op tijd geregeld, nu heeft ze helemaal geen hulp meer.',
    'Mijn begeleiding is gestopt omdat de gemeente de verlenging vergeten is. Ik red het zo niet, ik heb niemand meer.',
    '{rel} kan sinds de operatie de trap niet meer op en slaapt in de woonkamer, de aanvraag voor een traplift ligt al {n} {w} bij de gemeente.',
  ]),
  S('gemeente-wmo', 'bezwaar', 'normaal', [
    'Ik heb een beschikking gekregen waarin de huishoudelijke hulp van {rel} van {n} naar 1 uur per week gaat. Daar ben ik het niet mee eens.',
    'De aanvraag voor een {hm} is afgewezen omdat het een algemeen gebruikelijke voorziening zou zijn. Ik wil daartegen in bezwaar.',
    'De gemeente heeft besloten dat mijn dagbesteding stopt. Ik ben het oneens met dat besluit.',
    'In de beschikking staat dat ik geen recht heb op woningaanpassing. Hoe teken ik bezwaar aan?',
    'Ze hebben de indicatie voor begeleiding afgewezen zonder dat er iemand bij mij thuis is geweest. Ik ga hier bezwaar tegen maken.',
    'Het besluit over het persoonsgebonden budget voor {rel} klopt niet, het bedrag is veel te laag om een hulp van te betalen.',
  ]),
  S('gemeente-wmo', 'vraag', 'normaal', [
    'Hoe vraag ik een {hm} aan voor {rel}? Moet dat bij de gemeente of bij de huisarts?',
    'Kan ik via de Wmo hulp krijgen bij het schoonmaken? Ik ben net geopereerd aan mijn heup.',
    'Ik ben mantelzorger voor {rel} en ik ben echt op. Bestaat er respijtzorg of iets om mij te ontlasten?',
    'Wat is het verschil tussen zorg in natura en een pgb voor begeleiding?',
    'Hoe lang duurt het gemiddeld voordat je na een melding bij het Wmo-loket een keukentafelgesprek krijgt?',
    'Mag ik iemand meenemen naar het keukentafelgesprek? Ik vind dat soort gesprekken lastig.',
    'Komt {rel} in aanmerking voor beschermd wonen of moet dat via een andere instantie?',
  ]),
  S('gemeente-wmo', 'signaal', 'normaal', [
    'Ik wil melden dat bij ons in de flat meerdere ouderen al maanden wachten op een beslissing over hun Wmo-aanvraag.',
    'Geen klacht, maar het aanvraagformulier voor een {hm} is voor ouderen echt niet te doen, {rel} kwam er niet uit.',
    'Ter informatie: de Wmo-telefoonlijn is de hele ochtend bezet, er zijn vast meer mensen die er niet doorheen komen.',
  ]),
  // ───────────── zorgaanbieder (+ gemeente-wmo) ─────────────
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'De thuiszorg stuurt elke week een andere hulp voor {rel}, niemand weet wat er moet gebeuren.',
    'De huishoudelijke hulp komt steeds later en gaat na een half uur weer weg, terwijl er 2 uur geïndiceerd is.',
    'De begeleider van de zorgaanbieder zegt regelmatig af zonder vervanging, ik zit dan een week zonder begeleiding.',
    'De hulp van de thuiszorgorganisatie was onvriendelijk tegen {rel} en heeft de helft van het werk laten liggen.',
    'Er worden uren gedeclareerd bij de gemeente die de hulp helemaal niet gemaakt heeft.',
  ]),
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'hoog', [
    'Al {n} weken komt er helemaal niemand meer van de thuiszorg bij {rel}. Het huis is vies en er is niemand die boodschappen doet.',
    'De zorgaanbieder heeft zonder bericht de huishoudelijke hulp stopgezet omdat ze geen personeel hebben. {rel} kan niks zelf.',
  ]),
  S('zorgaanbieder', 'klacht', 'normaal', [
    'De dagbesteding waar {rel} naartoe gaat is chaotisch, er is te weinig personeel en hij zit de hele dag voor de tv.',
    'De medewerker van de zorginstelling sprak heel neerbuigend tegen mij, ik voel me niet serieus genomen.',
    'Bij de woonvorm voor beschermd wonen wordt {rel} niet goed geholpen met zijn medicijnen.',
  ]),
  S('zorgaanbieder', 'klacht', 'normaal', [
    'De wijkverpleging komt steeds op andere tijden om {rel} te wassen en aan te kleden, soms pas om 12 uur.',
    'De wijkverpleegkundige heeft de steunkousen van {rel} al twee keer overgeslagen.',
  ], ['zvw']),
  S('zorgaanbieder+gemeente-jeugd', 'klacht', 'normaal', [
    'De jeugdhulpaanbieder heeft de behandeling van {kind} zonder overleg stopgezet.',
    'De ambulant hulpverlener die bij ons thuis komt voor {kind} is steeds te laat en maakt afspraken die ze niet nakomt.',
    'Bij de jeugd-ggz instelling wisselt {kind} steeds van behandelaar, hij moet zijn verhaal elke keer opnieuw doen.',
  ]),
  S('gemeente-wmo+zorgaanbieder', 'vraag', 'normaal', [
    'Mag ik zelf een andere thuiszorgorganisatie kiezen als ik niet tevreden ben over de huidige? Hoe regel ik dat met de gemeente?',
    'Wie moet ik bellen als de huishoudelijke hulp niet komt, de gemeente of de zorgaanbieder?',
  ]),
  // ───────────── gemeente-jeugd ─────────────
  S('gemeente-jeugd', 'klacht', 'normaal', [
    '{kind} staat al {n} maanden op de wachtlijst voor jeugdhulp en we horen niks van de gemeente.',
    'We hebben een verwijzing van de huisarts voor jeugd-ggz, maar de gemeente wil de toewijzing niet afgeven.',
    'Het jeugdteam van de gemeente heeft ons dossier kwijtgeraakt en we moeten alles opnieuw vertellen.',
    'De gemeente blijft zeggen dat er geen passende plek is voor {kind}, maar niemand zoekt actief mee.',
  ]),
  S('gemeente-jeugd', 'klacht', 'hoog', [
    '{kind} zit al maanden thuis zonder school en zonder hulp, de gemeente schuift het door naar de school en de school naar de gemeente.',
    'Onze dochter van 15 is erg depressief en staat op een wachtlijst van een half jaar, er gebeurt intussen niks.',
  ]),
  S('gemeente-jeugd', 'bezwaar', 'normaal', [
    'De gemeente heeft de aanvraag voor dyslexiezorg voor {kind} afgewezen. Ik wil bezwaar maken.',
    'In de beschikking jeugdhulp staan veel minder uren begeleiding dan de behandelaar adviseerde. Ik ben het niet eens met dat besluit.',
    'Het pgb jeugd voor {kind} is verlaagd zonder uitleg, ik wil tegen dat besluit in bezwaar.',
    'De gemeente weigert de logeeropvang voor ons autistische kind nog te vergoeden. Daar wil ik bezwaar tegen maken.',
  ]),
  S('gemeente-jeugd', 'vraag', 'normaal', [
    'Hoe kom ik aan jeugdhulp voor {kind}? Hij heeft veel woede-uitbarstingen en school maakt zich zorgen.',
    'Heb ik een verwijzing nodig voor een kinderpsycholoog of kan ik zelf een afspraak maken?',
    'Wordt een dyslexieonderzoek vergoed door de gemeente?',
    'Kan ik een pgb aanvragen voor de begeleiding van mijn zoon met autisme?',
  ]),
  S('gemeente-jeugd', 'signaal', 'normaal', [
    'Ik wil het even melden: bij alle jeugd-ggz praktijken in de buurt is een wachtlijst van meer dan een jaar.',
    'Geen klacht hoor, maar jullie moeten weten dat veel ouders op school niet weten waar ze jeugdhulp kunnen aanvragen.',
  ]),
  // ───────────── gemeente-werk-inkomen ─────────────
  S('gemeente-werk-inkomen', 'klacht', 'normaal', [
    'Mijn klantmanager reageert al weken niet op mijn mails en ik heb nog steeds geen antwoord over mijn bijstand.',
    'Ik moest voor de derde keer dezelfde bankafschriften inleveren bij werk en inkomen, ze raken steeds papieren kwijt.',
    'De klantmanager sprak mij toe alsof ik een crimineel ben omdat ik een keer te laat was.',
    'Ik moet een tegenprestatie doen terwijl mijn arts zegt dat ik dat niet kan, niemand luistert.',
    'Het re-integratietraject is zinloos, ik zit al maanden sollicitatiebrieven te schrijven zonder enige begeleiding.',
  ]),
  S('gemeente-werk-inkomen', 'klacht', 'hoog', [
    'Mijn bijstandsuitkering is deze maand niet gestort en ik heb niks meer. Niemand neemt op bij de gemeente.',
    'Ik heb {n} weken geleden bijstand aangevraagd en nog steeds geen voorschot. Ik kan de huur niet betalen.',
    'De gemeente heeft mijn uitkering stopgezet omdat een formulier niet binnen zou zijn, maar ik heb het wel ingeleverd. Nu heb ik geen inkomen.',
  ]),
  S('gemeente-werk-inkomen', 'bezwaar', 'normaal', [
    'Ik heb een brief gekregen dat ik {bedrag} bijstand moet terugbetalen. Ik ben het niet eens met die terugvordering.',
    'De gemeente past de kostendelersnorm toe omdat mijn zoon bij mij woont, maar hij betaalt niks mee. Ik maak bezwaar.',
    'Mijn uitkering is een maand met 100% gekort omdat ik een afspraak gemist zou hebben. Ik wil bezwaar maken tegen die maatregel.',
    'Mijn aanvraag voor bijzondere bijstand voor een nieuwe wasmachine is afgewezen. Dat besluit klopt niet.',
    'De individuele inkomenstoeslag is afgewezen omdat ik een paar maanden gewerkt heb. Ik ben het daar niet mee eens.',
  ]),
  S('gemeente-werk-inkomen', 'bezwaar', 'hoog', [
    'De gemeente heeft besloten mijn bijstand per direct te stoppen vanwege de inlichtingenplicht. Ik heb nu geen geld meer voor eten en ik wil bezwaar maken.',
  ]),
  S('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'Kan ik bijzondere bijstand aanvragen voor een bril?',
    'Moet ik het melden als ik een cadeau van {bedrag} van mijn familie krijg terwijl ik in de bijstand zit?',
    'Hoeveel mag ik bijverdienen naast mijn bijstandsuitkering?',
    'Wanneer wordt de bijstand deze maand uitbetaald?',
    'Ik ga samenwonen, wat betekent dat voor mijn uitkering van de gemeente?',
  ]),
  S('gemeente-werk-inkomen', 'signaal', 'normaal', [
    'Ik wil alleen even melden dat de website van werk en inkomen al dagen niet werkt, je kunt je wijzigingen niet doorgeven.',
  ]),
  // ───────────── gemeente-schuldhulp ─────────────
  S('gemeente-schuldhulp', 'klacht', 'normaal', [
    'Ik heb me {n} maanden geleden aangemeld voor schuldhulp en heb nog steeds geen intakegesprek gehad.',
    'De schuldhulpverlener reageert niet op mijn berichten terwijl de aanmaningen zich opstapelen.',
    'Ik werd bij de schuldhulpverlening weggestuurd omdat ik zzp\'er ben, dat vind ik niet eerlijk.',
    'Mijn budgetbeheer bij de gemeente betaalt de rekeningen steeds te laat, nu krijg ik boetes.',
  ]),
  S('gemeente-schuldhulp', 'klacht', 'hoog', [
    'De deurwaarder komt volgende week beslag leggen en de schuldhulp van de gemeente doet niks.',
    'Ik zit al maanden in het schuldhulptraject maar het leefgeld is deze week niet overgemaakt, ik heb niks om boodschappen te doen.',
  ]),
  S('gemeente-schuldhulp', 'bezwaar', 'normaal', [
    'Ik ben afgewezen voor schuldhulpverlening omdat ik niet stabiel genoeg zou zijn. Ik ben het niet eens met dat besluit.',
    'De gemeente heeft mijn schuldregeling beëindigd. Ik wil bezwaar maken tegen die beslissing.',
  ]),
  S('gemeente-schuldhulp', 'vraag', 'normaal', [
    'Ik heb schulden bij meerdere partijen en overzie het niet meer. Hoe meld ik me aan voor schuldhulp?',
    'Wat is het verschil tussen budgetbeheer en beschermingsbewind?',
    'Kan de gemeente mij helpen met een minnelijke schuldregeling?',
    'Ik heb een betalingsachterstand bij de energieleverancier, kan de gemeente daarbij helpen voordat het uit de hand loopt?',
  ]),
  S('gemeente-schuldhulp', 'signaal', 'normaal', [
    'Ik wil even melden dat veel mensen in onze wijk niet weten dat de gemeente gratis schuldhulp heeft.',
  ]),
  S('gemeente-schuldhulp+woningcorporatie', 'klacht', 'hoog', [
    'Ik heb een huurachterstand en de woningcorporatie dreigt met ontruiming. Bij de schuldhulp van de gemeente kom ik niet verder.',
    'De verhuurder heeft de ontruiming aangevraagd vanwege huurschuld, ik heb al maanden geleden hulp gevraagd bij de gemeente maar er gebeurt niets.',
  ]),
  S('toeslagen+gemeente-schuldhulp', 'klacht', 'hoog', [
    'De Belastingdienst vordert mijn hele zorgtoeslag terug en verrekent het met mijn huurtoeslag. Ik hou niks over en de schuldhulpverlener zegt dat hij niks kan doen.',
  ]),
  // ───────────── gemeente-vervoer / vervoerder ─────────────
  S('vervoerder', 'klacht', 'normaal', [
    'De regiotaxi was vanochtend weer {n} kwartier te laat, {rel} heeft de afspraak in het ziekenhuis gemist.',
    'De chauffeur van de Wmo-taxi was heel onbeschoft en hielp {rel} niet met de rolstoel.',
    'Ik had een rit geboekt naar de dagbesteding maar de taxi is niet gekomen.',
    'De taxi rijdt steeds een omweg van een uur en {rel} komt uitgeput thuis.',
  ]),
  S('vervoerder', 'klacht', 'normaal', [
    'de regiotaxi heeft me gisteren gewoon laten staan, niet opgehaald en niemand belde',
    'Bij de centrale van het doelgroepenvervoer nemen ze niet op als je wil weten waar de taxi blijft.',
    'De chauffeur rijdt veel te hard en zit tijdens de rit op zijn telefoon.',
  ]),
  S('vervoerder', 'klacht', 'hoog', [
    'Het leerlingenvervoer haalt {kind} al een week niet op, hij kan nu niet naar zijn speciale school.',
    'De schooltaxi komt sinds de nieuwe vervoerder steeds niet opdagen, onze zoon mist al dagen school.',
  ]),
  S('gemeente-vervoer', 'bezwaar', 'normaal', [
    'De aanvraag voor leerlingenvervoer voor {kind} is afgewezen omdat de school te dichtbij zou zijn. Hij kan niet zelfstandig reizen, ik maak bezwaar.',
    'De gemeente heeft mijn vervoersvoorziening ingetrokken. Ik ben het niet eens met dat besluit.',
  ]),
  S('gemeente-vervoer', 'vraag', 'normaal', [
    'Hoe vraag ik een pas voor de regiotaxi aan?',
    'Wanneer moet ik leerlingenvervoer aanvragen voor het nieuwe schooljaar?',
    'Hoeveel kilometer per jaar mag ik met de Wmo-vervoerspas reizen?',
  ]),
  S('gemeente-vervoer+gemeente-wmo', 'klacht', 'normaal', [
    'Mijn vervoerspas is al {n} weken verlopen en de gemeente heeft de verlenging nog steeds niet geregeld, ik kan nergens heen.',
  ]),
  // ───────────── gemeente-overig (social + non-social) ─────────────
  S('gemeente-overig', 'klacht', 'normaal', [
    'Ik werd aan de balie van het gemeentehuis heel onbeleefd behandeld door een medewerker.',
    'Ik bel al een week naar het algemene nummer van de gemeente en word steeds doorverbonden naar iemand die niet opneemt.',
    'De leerplichtambtenaar dreigt met een proces-verbaal terwijl {kind} ziek thuis zit.',
    'De inburgeringsconsulent is al maanden onbereikbaar en mijn inburgeringstermijn loopt af.',
  ]),
  S('gemeente-overig', 'vraag', 'normaal', [
    'Kom ik in aanmerking voor de minimaregeling of de stadspas?',
    'Hoe vraag ik kwijtschelding van de gemeentelijke belastingen aan?',
    'Ik ben statushouder, wanneer begint mijn inburgering en wie helpt mij met een taalcursus?',
    'Kan mijn kind gratis meedoen aan sport via het kindpakket van de gemeente?',
    'Waar kan ik terecht voor hulp bij het invullen van formulieren?',
  ]),
  S('gemeente-overig', 'bezwaar', 'normaal', [
    'Mijn verzoek om kwijtschelding van de afvalstoffenheffing is afgewezen. Ik ben het daar niet mee eens.',
    'De aanvraag voor de minimaregeling is afgewezen omdat mijn inkomen net te hoog zou zijn. Ik wil bezwaar maken.',
  ]),
  // hard negatives: municipal but not social domain
  S('gemeente-overig', 'klacht', 'normaal', [
    'Mijn container is al drie weken niet geleegd en het stinkt enorm.',
    'Ik heb een parkeerboete gekregen terwijl ik een vergunning heb, dit is de tweede keer.',
    'De afspraak voor mijn paspoort werd op het laatste moment afgezegd en ik vertrek volgende week op vakantie.',
    'De lantaarnpaal in onze straat is al maanden kapot en niemand doet er iets aan.',
    'De gemeente heeft de stoep opengebroken en laat het al weken zo liggen.',
  ]),
  S('gemeente-overig', 'bezwaar', 'normaal', [
    'Ik ben het niet eens met de WOZ-waarde van mijn woning, die is veel te hoog.',
    'Ik wil bezwaar maken tegen de naheffingsaanslag parkeerbelasting.',
    'De omgevingsvergunning voor de dakkapel van de buren is verleend, ik ben het daar niet mee eens.',
  ]),
  S('gemeente-overig', 'vraag', 'normaal', [
    'Hoe lang duurt het aanvragen van een nieuw rijbewijs?',
    'Wanneer wordt het grofvuil opgehaald in mijn wijk?',
    'Hoe vraag ik een parkeervergunning aan voor mijn tweede auto?',
    'Waar kan ik een uittreksel uit de basisregistratie personen aanvragen?',
    'Moet ik een vergunning hebben om een boom in mijn tuin te kappen?',
  ]),
  S('gemeente-overig', 'signaal', 'normaal', [
    'Ik wil melden dat er op het speelplein glas ligt.',
    'Er staan al dagen vuilniszakken naast de container bij de flat, ter info.',
    'De stoeptegels voor het buurthuis liggen los, iemand is er al over gevallen.',
  ]),
  // ───────────── wijkteam ─────────────
  S('wijkteam', 'klacht', 'normaal', [
    'Ik heb het wijkteam {n} keer gebeld en gevraagd om terug te bellen, niemand belt terug.',
    'De wijkcoach heeft afspraken gemaakt over een gezinsplan en is daarna verdwenen, we horen niks meer.',
    'Het buurtteam zegt dat ze niks voor ons kunnen doen en stuurt ons naar de huisarts, die stuurt ons weer terug.',
    'Onze gezinscoach van het sociaal team is vertrokken en er is na {n} weken nog geen vervanger.',
    'De medewerker van het wijkteam heeft zonder mijn toestemming informatie over mij gedeeld met de school.',
  ]),
  S('wijkteam', 'vraag', 'normaal', [
    'Hoe kom ik in contact met het wijkteam in mijn buurt?',
    'Kan het sociaal team mij helpen met het regelen van zorg voor {rel}, ik weet niet waar ik moet beginnen?',
    'Ik heb een afspraak met het buurtteam, wat moet ik meenemen naar het eerste gesprek?',
  ]),
  S('wijkteam', 'signaal', 'normaal', [
    'Ik maak me zorgen om mijn buurman, hij komt de deur niet meer uit en de post stapelt zich op. Ik wil het even melden.',
    'Ik wil melden dat mijn oude buurvrouw erg verward is en volgens mij niet meer goed voor zichzelf zorgt.',
    'Er woont een gezin in onze straat waar het volgens mij niet goed gaat, de kinderen lopen in de kou zonder jas. Ik weet niet bij wie ik dit moet neerleggen.',
  ]),
  S('wijkteam+gemeente-jeugd', 'klacht', 'normaal', [
    'Het CJG heeft beloofd een verwijzing voor jeugdhulp te regelen voor {kind}, maar na {n} weken is er nog steeds niks.',
    'De gezinscoach van het wijkteam zegt dat {kind} specialistische jeugdhulp nodig heeft, maar de aanvraag komt niet verder.',
  ]),
  S('wijkteam+gemeente-wmo', 'klacht', 'normaal', [
    'Het keukentafelgesprek is door het wijkteam gedaan, maar het verslag klopt niet en de aanvraag voor begeleiding is nooit doorgestuurd.',
  ]),
  S('wijkteam+woningcorporatie', 'signaal', 'normaal', [
    'Mijn buurman heeft psychische problemen en veroorzaakt elke nacht overlast. De woningcorporatie zegt dat het een zorgprobleem is.',
  ]),
  // ───────────── cak ─────────────
  S('cak', 'klacht', 'normaal', [
    'Ik krijg van het CAK een rekening voor de eigen bijdrage terwijl de hulp al maanden gestopt is.',
    'Het CAK rekent voor {rel} een eigen bijdrage over een periode dat ze in het ziekenhuis lag.',
    'Ik heb een stapelfactuur van het CAK gekregen van {bedrag}, ik snap er niks van en niemand legt het uit.',
  ]),
  S('cak', 'vraag', 'normaal', [
    'Waarom moet ik een eigen bijdrage aan het CAK betalen voor mijn {hm}?',
    'Hoe hoog is het abonnementstarief voor de Wmo dit jaar?',
    'Kan ik de eigen bijdrage van het CAK in termijnen betalen?',
  ]),
  S('cak+gemeente-wmo', 'klacht', 'normaal', [
    'Het CAK blijft de eigen bijdrage innen voor huishoudelijke hulp die de gemeente al heeft stopgezet, de gemeente geeft de stopzetting niet door.',
    'Ik betaal al maanden eigen bijdrage voor een {hm} die de gemeente nog steeds niet geleverd heeft.',
  ]),
  S('cak', 'bezwaar', 'normaal', [
    'Ik ben het niet eens met de beschikking eigen bijdrage van het CAK, het inkomen waar ze van uitgaan klopt niet.',
  ]),
  // ───────────── svb ─────────────
  S('svb', 'klacht', 'normaal', [
    'De SVB heeft de zorgverlener van {rel} al {n} maanden niet uitbetaald uit het pgb.',
    'Mijn declaratie bij de SVB staat al weken op in behandeling en mijn begeleider krijgt geen loon.',
    'De SVB heeft de zorgovereenkomst afgekeurd om een formaliteit, nu kan de hulp niet betaald worden.',
  ]),
  S('svb', 'klacht', 'hoog', [
    'De SVB betaalt de pgb-zorgverlener niet uit en ze dreigt te stoppen met de zorg voor {rel}.',
  ]),
  S('svb', 'vraag', 'normaal', [
    'Hoe dien ik een budgetplan in bij de SVB voor het pgb van {rel}?',
    'Wanneer wordt de kinderbijslag van dit kwartaal uitbetaald?',
    'Mijn AOW is lager dan verwacht, bij wie kan ik navragen hoe dat komt?',
  ]),
  S('gemeente-jeugd+svb', 'klacht', 'normaal', [
    'Het pgb jeugd voor {kind} is door de gemeente toegekend, maar de SVB zegt dat ze het budget nog niet hebben ontvangen en betaalt niks uit.',
  ]),
  S('gemeente-wmo+svb', 'klacht', 'normaal', [
    'De gemeente heeft het pgb voor begeleiding te laat doorgegeven aan de SVB, waardoor mijn begeleider al twee maanden niet is betaald.',
  ]),
  // ───────────── uwv ─────────────
  S('uwv', 'klacht', 'normaal', [
    'Het UWV heeft mijn WW-uitkering nog steeds niet uitbetaald terwijl ik alles op tijd heb ingestuurd.',
    'De verzekeringsarts van het UWV heeft maar tien minuten met mij gepraat en vindt dat ik kan werken.',
    'Ik wacht al {n} maanden op de herbeoordeling van mijn Wajong.',
  ]),
  S('uwv', 'bezwaar', 'normaal', [
    'Het UWV heeft mijn WIA-aanvraag afgewezen. Ik wil bezwaar maken tegen die beslissing.',
    'Ik ben het niet eens met de keuring van het UWV, ik kan echt geen 40 uur werken.',
  ]),
  S('uwv', 'vraag', 'normaal', [
    'Hoe vraag ik een ziektewetuitkering aan als mijn contract afloopt terwijl ik ziek ben?',
    'Heb ik recht op WW als ik zelf ontslag neem?',
  ]),
  S('uwv+gemeente-werk-inkomen', 'klacht', 'hoog', [
    'Mijn WW is gestopt en de bijstand van de gemeente is nog niet ingegaan, ik zit nu zonder inkomen.',
  ]),
  S('gemeente-werk-inkomen+uwv', 'vraag', 'normaal', [
    'Mijn WW loopt volgende maand af. Moet ik dan bijstand aanvragen bij de gemeente en wanneer?',
  ]),
  // ───────────── toeslagen ─────────────
  S('toeslagen', 'klacht', 'normaal', [
    'Ik moet {bedrag} huurtoeslag terugbetalen terwijl ik alles goed heb doorgegeven.',
    'De Belastingdienst heeft mijn zorgtoeslag stopgezet en ik kom er telefonisch niet doorheen.',
    'Ik ben gedupeerd van de kinderopvangtoeslagaffaire en wacht al jaren op de hersteloperatie.',
  ]),
  S('toeslagen', 'bezwaar', 'normaal', [
    'Ik wil bezwaar maken tegen de terugvordering van mijn kinderopvangtoeslag.',
    'De definitieve berekening van mijn huurtoeslag klopt niet, mijn toeslagpartner woonde hier toen niet meer.',
  ]),
  S('toeslagen', 'vraag', 'normaal', [
    'Heb ik recht op zorgtoeslag als ik een bijstandsuitkering heb?',
    'Hoe geef ik een wijziging door voor mijn huurtoeslag?',
  ]),
  S('gemeente-overig+toeslagen', 'vraag', 'normaal', [
    'Ik heb een schuld bij Toeslagen. Kan de gemeente mij helpen met het invullen van de papieren?',
  ]),
  // ───────────── wlz ─────────────
  S('wlz', 'klacht', 'normaal', [
    'Het CIZ doet er al {n} maanden over om te beslissen over de Wlz-indicatie van {rel}.',
    'Het zorgkantoor zegt dat er in de hele regio geen verpleeghuisplek is voor {rel}.',
    '{rel} staat al een jaar op de wachtlijst voor een verpleeghuis, het zorgkantoor doet niks.',
  ]),
  S('wlz', 'bezwaar', 'normaal', [
    'Het CIZ heeft de aanvraag voor een Wlz-indicatie van {rel} afgewezen, maar ze heeft 24 uur per dag toezicht nodig. Ik wil bezwaar maken.',
  ]),
  S('wlz', 'vraag', 'normaal', [
    'Hoe vraag ik een Wlz-indicatie aan bij het CIZ voor {rel}?',
    'Kan {rel} met een Wlz-indicatie thuis blijven wonen met een volledig pakket thuis?',
  ]),
  S('wlz+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente zegt dat {rel} onder de Wlz valt en stopt de Wmo-hulp, maar het CIZ heeft nog geen indicatie afgegeven. Nu valt ze tussen wal en schip.',
  ]),
  S('gemeente-wmo+wlz', 'vraag', 'normaal', [
    'Mijn vader krijgt nu begeleiding via de Wmo maar wordt steeds slechter. Moet hij over naar de Wlz en wie regelt dat?',
  ]),
  S('zorgaanbieder+wlz', 'klacht', 'normaal', [
    'In het verpleeghuis wordt {rel} niet op tijd verschoond en het personeel heeft geen tijd om haar te helpen met eten.',
  ]),
  S('wlz+svb', 'klacht', 'normaal', [
    'Het pgb uit de Wlz voor {rel} wordt niet uitbetaald, het zorgkantoor en de SVB wijzen naar elkaar.',
  ]),
  // ───────────── jeugdbescherming ─────────────
  S('jeugdbescherming', 'klacht', 'normaal', [
    'De gezinsvoogd houdt zich niet aan de afspraken over de bezoekregeling met {kind}.',
    'We hebben in een jaar tijd {n} verschillende jeugdbeschermers gehad, niemand kent onze situatie.',
    'De jeugdbeschermer schrijft dingen in het rapport die gewoon niet kloppen.',
    'De gezinsvoogd reageert niet op mijn berichten terwijl de ondertoezichtstelling bijna afloopt.',
  ]),
  S('jeugdbescherming', 'klacht', 'hoog', [
    'Mijn kinderen zijn uit huis geplaatst en ik mag ze al {n} weken niet zien, de jeugdbescherming reageert nergens op.',
  ]),
  S('jeugdbescherming', 'vraag', 'normaal', [
    'Wat houdt een ondertoezichtstelling precies in en hoe lang duurt die?',
    'Kan ik een andere gezinsvoogd aanvragen?',
  ]),
  S('jeugdbescherming+gemeente-jeugd', 'klacht', 'normaal', [
    'De gezinsvoogd zegt dat {kind} een behandeling moet krijgen, maar de gemeente regelt de jeugdhulp niet. Ze wijzen naar elkaar.',
  ]),
  // ───────────── veilig-thuis ─────────────
  S('veilig-thuis', 'klacht', 'normaal', [
    'Veilig Thuis heeft een onderzoek gedaan naar ons gezin zonder met ons te praten, alleen met de school.',
    'Het rapport van Veilig Thuis bevat fouten en ze willen het niet aanpassen.',
    'Na een melding bij Veilig Thuis heeft niemand meer contact met ons opgenomen, we weten niet waar we aan toe zijn.',
  ]),
  S('veilig-thuis', 'signaal', 'normaal', [
    'Ik hoor bij de buren regelmatig geschreeuw en harde klappen. Ik weet niet of ik dit moet melden.',
    'Ik maak me zorgen over een meisje in mijn klas, ze heeft vaak blauwe plekken. Waar kan ik dit melden?',
    'Mijn zus wordt volgens mij door haar vriend onder druk gezet en mag niemand meer zien. Ik wil dit melden.',
  ]),
  S('veilig-thuis', 'vraag', 'normaal', [
    'Kan ik anoniem een melding doen van huiselijk geweld?',
    'Wat gebeurt er nadat ik een melding bij Veilig Thuis heb gedaan?',
  ]),
  S('veilig-thuis+jeugdbescherming', 'klacht', 'normaal', [
    'Veilig Thuis heeft de zaak overgedragen aan de jeugdbescherming, maar niemand vertelt ons waarom.',
  ]),
  // ───────────── woningcorporatie ─────────────
  S('woningcorporatie', 'klacht', 'normaal', [
    'De woningcorporatie weigert de badkamer aan te passen terwijl de gemeente de aanpassing heeft toegekend.',
    'Ik heb een medische urgentie aangevraagd bij de woningcorporatie en krijg al maanden geen reactie.',
  ]),
  S('woningcorporatie+gemeente-wmo', 'klacht', 'normaal', [
    'De woningcorporatie wil pas een drempelhulp en beugels plaatsen als de gemeente het betaalt, en de gemeente wijst naar de corporatie.',
  ]),
  S('gemeente-wmo+woningcorporatie', 'vraag', 'normaal', [
    'Ik huur bij een woningcorporatie en heb een traplift nodig. Moet ik dat bij de gemeente of bij de verhuurder aanvragen?',
    'Mijn woning is niet meer geschikt voor mijn rolstoel. Kan de gemeente helpen met een verhuizing naar een gelijkvloerse huurwoning?',
  ]),
  S('woningcorporatie+wijkteam', 'signaal', 'normaal', [
    'De huurder boven ons heeft duidelijk hulp nodig, het stinkt in het trappenhuis en hij reageert niet. De corporatie doet niets.',
  ]),
  // ───────────── onbekend ─────────────
  S('onbekend', 'klacht', 'normaal', [
    'Mijn zorgverzekeraar wil de fysiotherapie niet meer vergoeden.',
    'De huisarts wil mij geen verwijzing geven en neemt me niet serieus.',
    'Mijn bank heeft mijn rekening geblokkeerd en ik kan niet bij mijn geld.',
    'Het ziekenhuis heeft mijn operatie al {n} keer verzet.',
  ]),
  S('onbekend', 'vraag', 'normaal', [
    'Hallo, ik heb een vraag.',
    'Met wie spreek ik?',
    'Ik heb een probleem en weet niet bij wie ik moet zijn.',
    'Is dit het goede nummer voor mijn vraag?',
    'Vergoedt de zorgverzekering een nieuwe gehoorapparaat?',
  ]),
  S('onbekend', 'klacht', 'normaal', [
    'Niemand helpt mij, ik word overal weggestuurd.',
    'Ik ben het zat, al jaren word ik van het kastje naar de muur gestuurd.',
  ]),
];
