/**
 * Third batch of hand-written Dutch scenarios (authors' own sentences, not derived from eval data).
 * Focus: the phenomena the first batches under-served —
 *  - questions that carry a problem as context but no dissatisfaction (vraag, not klacht);
 *  - signals: a bottleneck told without asking for a judgment ("niet boos hoor", "ik denk dat ik
 *    niet de enige ben", "weten jullie dit?");
 *  - disagreement with a decision without the word "bezwaar" (afgewezen + "niet eerlijk", "hoe ga
 *    ik hier tegenin");
 *  - the body that has to act first, even when the resident names or blames another one
 *    (taxonomy.md conventions), in both directions (provider first / municipality first);
 *  - gemeente-overig for municipal matters outside the social domain, onbekend for outside
 *    organisations and for messages that do not say what they are about;
 *  - urgency "hoog" by the taxonomy definition (no care at all, no income, eviction/cut-off
 *    announced, child without school or school transport) and its absence.
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

export const NL3: Scenario[] = [
  // ───────────── vraag with context (no dissatisfaction) ─────────────
  S('gemeente-wmo', 'vraag', 'normaal', [
    '{rel} woont alleen en kan sinds kort niet meer goed koken en schoonmaken. Waar begin je dan, moeten we iets aanvragen?',
    'Wij zorgen om de beurt voor {rel}, maar dat wordt te zwaar. Kan de gemeente een paar uur hulp regelen en hoe gaat zo een aanvraag?',
    'Klopt het dat je voor een {hm} eerst een gesprek met iemand van de gemeente moet hebben? Hoe lang duurt dat ongeveer?',
    'Ik ga binnenkort verhuizen naar een andere gemeente. Neem ik mijn huishoudelijke hulp dan mee of moet ik alles opnieuw aanvragen?',
    'Mijn moeder krijgt al hulp bij het huishouden. Kan daar ook begeleiding bij, want ze vergeet steeds haar afspraken?',
    'Is er iets voor mantelzorgers zoals ik? Ik zorg elke dag voor {rel} en zou af en toe een dag vrij willen.',
    'Hoe werkt dat eigenlijk met een pgb voor hulp in huis, mag ik dan zelf iemand uitzoeken?',
  ]),
  S('gemeente-jeugd', 'vraag', 'normaal', [
    'Mag de huisarts ook rechtstreeks verwijzen naar jeugdhulp of moet dat altijd via de gemeente?',
    'Hoe lang is de wachttijd ongeveer voor een kinderpsycholoog via de gemeente? Wij willen weten waar we aan toe zijn.',
    'Kan ik als ouder zelf een aanvraag doen voor jeugdhulp of moet school dat doen?',
  ]),
  S('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'Ik zit in de bijstand en mijn zoon gaat bij mij wonen, hij werkt. Verandert er dan iets aan mijn uitkering?',
    'Mag ik vrijwilligerswerk doen naast mijn bijstand, en moet ik dat doorgeven?',
    'Mijn wasmachine is kapot en ik heb een uitkering. Kan ik bijzondere bijstand aanvragen voor een nieuwe?',
    'Ik heb een uitnodiging gekregen voor een gesprek bij het werkplein. Wat moet ik meenemen?',
    'Ik heb een erfenis gekregen van een paar duizend euro. Moet ik dat melden bij mijn klantmanager en wat gebeurt er dan?',
  ]),
  S('gemeente-schuldhulp', 'vraag', 'normaal', [
    'Ik heb een paar rekeningen die ik al maanden niet betaal en het worden er steeds meer. Hoe meld ik me aan bij de schuldhulp?',
    'Wat is het verschil tussen budgetbeheer en beschermingsbewind? Ik weet niet wat voor mij beter is.',
    'Kan ik als zzp-er ook bij jullie terecht voor hulp met schulden?',
    'Mijn zoon van 20 heeft schulden bij zijn telefoonabonnement en webwinkels. Kan hij zelf hulp vragen of moet ik dat doen?',
    'Moet ik voor de schuldhulp al mijn papieren tegelijk aanleveren? Ik heb een grote stapel post die ik niet durf open te maken.',
  ]),
  S('gemeente-vervoer', 'vraag', 'normaal', [
    'Mijn zoon gaat na de zomer naar een school voor speciaal onderwijs, verder weg. Hoe vraag ik leerlingenvervoer aan en wanneer moet dat uiterlijk?',
    'Hoe kom ik aan een pas voor de regiotaxi? Ik loop slecht sinds mijn beroerte.',
    'Krijgt een kind met een rolstoel altijd aangepast vervoer naar school of hangt dat van de afstand af?',
  ]),
  S('gemeente-overig', 'vraag', 'normaal', [
    'Kan ik kwijtschelding aanvragen voor de afvalstoffenheffing? Ik leef van een klein pensioen.',
    'Hoe verleng ik mijn gehandicaptenparkeerkaart, en kost dat iets?',
    'Wanneer begint mijn inburgering en bij wie moet ik me melden voor de taallessen?',
    'Mijn zoon is 16 en wil van school af om te werken. Mag dat of geldt de leerplicht nog?',
    'Is er een stadspas of iets vergelijkbaars voor mensen met een minimuminkomen? Hoe vraag ik die aan?',
    'Ik moet mijn paspoort vernieuwen maar ik kan niet naar het stadskantoor komen door mijn rolstoel. Kan iemand langskomen?',
    'Mijn WOZ-waarde lijkt veel te hoog. Hoe werkt dat, kan ik dat laten nakijken?',
    'Waar kan ik een grofvuil afspraak maken? Ik heb een oude bank die weg moet.',
  ]),
  S('wijkteam', 'vraag', 'normaal', [
    'Wat doet het wijkteam eigenlijk precies? Mijn buurvrouw zei dat ze mij misschien kunnen helpen met mijn administratie.',
    'Kan ik zelf bij het buurtteam binnenlopen of moet ik eerst een afspraak maken?',
    'Onze zoon heeft veel driftbuien en school verwees ons naar het CJG. Hoe maken we een afspraak?',
    'Is er in onze wijk iemand van het sociaal team die Turks of Arabisch spreekt?',
  ]),
  S('zorgaanbieder', 'vraag', 'normaal', [
    'Mag ik aan de thuiszorg vragen om altijd dezelfde hulp te sturen? Mijn vader raakt in de war van steeds nieuwe gezichten.',
    'Mijn moeder wordt gewassen door de wijkverpleging. Kunnen ze ook later in de ochtend komen, wie beslist dat?',
    'Hoe kan ik de dagbesteding van {rel} bereiken als de telefoon niet wordt opgenomen, is er een ander nummer?',
  ]),
  S('cak', 'vraag', 'normaal', [
    'Hoe hoog is de eigen bijdrage voor een {hm}? Ik wil weten wat ik per maand ga betalen voordat ik hem aanvraag.',
    'Ik ben net met pensioen. Wordt mijn eigen bijdrage bij het CAK dan anders berekend?',
    'Waarom betaal ik een eigen bijdrage aan het CAK terwijl mijn buurvrouw niks betaalt voor dezelfde hulp?',
  ]),
  S('svb', 'vraag', 'normaal', [
    'Hoe dien ik een declaratie in bij de SVB voor een zorgverlener die ik per uur betaal?',
    'Moet een nieuwe zorgovereenkomst eerst door de SVB goedgekeurd worden voordat mijn begeleider kan beginnen?',
    'Wanneer wordt de kinderbijslag dit kwartaal uitbetaald? En verandert er iets nu mijn dochter 16 is?',
  ]),
  S('uwv', 'vraag', 'normaal', [
    'Mijn WW loopt over twee maanden af. Wat moet ik bij het UWV regelen voordat dat gebeurt?',
    'Ik ben al bijna twee jaar ziek. Wanneer moet ik een WIA-aanvraag doen?',
    'Heeft mijn zoon met een beperking recht op Wajong of valt hij onder de banenafspraak?',
  ]),
  S('toeslagen', 'vraag', 'normaal', [
    'Mijn inkomen gaat omhoog. Moet ik dat zelf doorgeven voor mijn huurtoeslag en hoe doe ik dat?',
    'Heb ik recht op zorgtoeslag als ik samenwoon met mijn vriend die studeert?',
  ]),
  S('wlz', 'vraag', 'normaal', [
    'Mijn vader heeft dementie en gaat snel achteruit. Hoe vraag je een indicatie aan voor langdurige zorg, doet de huisarts dat?',
    'Wat is het verschil tussen een volledig pakket thuis en verhuizen naar een verpleeghuis?',
    'Kan {rel} met een Wlz-indicatie toch thuis blijven wonen met zorg van het zorgkantoor?',
  ]),
  S('jeugdbescherming', 'vraag', 'normaal', [
    'Mijn kinderen wonen in een pleeggezin. Hoe vaak mag ik ze zien en wie bepaalt dat?',
    'Wat betekent een ondertoezichtstelling precies voor ons als ouders? Mogen we zelf nog beslissingen nemen?',
    'De gezinsvoogd wil een gesprek met school. Moet ik daar toestemming voor geven?',
  ]),
  S('veilig-thuis', 'vraag', 'normaal', [
    'Ik maak me zorgen over mijn zus, haar man controleert alles wat ze doet. Kan ik daar anoniem over praten met iemand?',
    'Wat gebeurt er als ik bij Veilig Thuis iets meld over de buren? Komen ze erachter dat ik het was?',
  ]),
  S('woningcorporatie', 'vraag', 'normaal', [
    'Ik zit in een rolstoel en mijn huurhuis heeft een drempel bij de voordeur. Moet ik voor een aanpassing bij de verhuurder of bij de gemeente zijn?',
    'Kan ik met een medische indicatie voorrang krijgen op een gelijkvloerse huurwoning?',
  ]),
  S('onbekend', 'vraag', 'normaal', [
    'Mijn zorgverzekeraar vergoedt de fysiotherapie niet meer. Kan de gemeente daar iets mee?',
    'De huisarts wil mij niet doorverwijzen naar een specialist. Bij wie kan ik daarover terecht?',
    'Ik heb een vraag.',
    'Hallo, is er iemand die mij kan helpen?',
    'Mag ik iets vragen over een brief die ik heb gekregen?',
  ]),
  // ───────────── signaal ─────────────
  S('gemeente-wmo', 'signaal', 'normaal', [
    'Niet boos hoor, maar het viel me op dat de brieven over de Wmo heel moeilijk geschreven zijn. {rel} snapt er niks van.',
    'Even een berichtje: in onze seniorenflat weten veel mensen niet dat ze hulp bij het huishouden kunnen aanvragen.',
    'Als vrijwilliger zie ik ouderen die hun {hm} niet durven aan te vragen omdat ze bang zijn voor de kosten.',
  ]),
  S('gemeente-jeugd', 'signaal', 'normaal', [
    'Ik wil graag iets aankaarten: veel ouders bij ons op school wachten al heel lang op jeugdhulp. Ik denk dat jullie dat moeten weten.',
    'Geen klacht, meer een zorg: de wachtlijsten voor jeugd-ggz zijn zo lang dat kinderen ondertussen verder wegzakken.',
    'Ter info voor de gemeente: als leerkracht merk ik dat gezinnen niet weten waar ze moeten aankloppen voor hulp voor hun kind.',
  ]),
  S('gemeente-werk-inkomen', 'signaal', 'normaal', [
    'Even melden dat het formulier voor bijzondere bijstand online steeds vastloopt. Ik ben er doorheen gekomen maar anderen vast niet.',
    'Geen klacht, maar mensen in de bijstand met een taalachterstand snappen de inlichtingenplicht vaak niet. Misschien kan dat duidelijker.',
  ]),
  S('gemeente-schuldhulp', 'signaal', 'normaal', [
    'Als vrijwilliger bij de schuldhulpmaatjes zie ik dat mensen maanden wachten op een intake. Dat wilde ik even kwijt.',
    'Ik wil alleen doorgeven dat veel jongeren in onze buurt niet weten dat de gemeente helpt bij schulden.',
  ]),
  S('zorgaanbieder+gemeente-wmo', 'signaal', 'normaal', [
    'Geen klacht over de hulp zelf, die doet haar best, maar ik zie dat de thuiszorgorganisatie structureel te weinig mensen heeft.',
    'Ik wil het even laten weten: de dagbesteding waar {rel} heen gaat heeft steeds invallers. Misschien kan de gemeente eens vragen hoe dat komt.',
  ]),
  S('vervoerder', 'signaal', 'normaal', [
    'Even een signaal: de regiotaxi rijdt vaak een enorme omweg met alle ritten achter elkaar, {rel} zit soms een uur in de bus.',
  ]),
  S('gemeente-vervoer+vervoerder', 'signaal', 'normaal', [
    'Ik wil melden dat de regel dat de taxipas alleen binnen de regio geldt voor mensen aan de grens heel onhandig is.',
  ]),
  S('jeugdbescherming', 'signaal', 'hoog', [
    'Ik wil graag iets melden: de rechter heeft een ondertoezichtstelling uitgesproken maar we hebben maanden later nog geen jeugdbeschermer. Er gebeurt niks terwijl het thuis niet goed gaat.',
  ]),
  S('veilig-thuis', 'signaal', 'hoog', [
    'Mijn opa zegt dat zijn verzorger hem soms hardhandig vastpakt. Ik weet niet of dit bij jullie hoort maar het moet ergens gemeld worden.',
  ]),
  S('uwv+gemeente-werk-inkomen', 'signaal', 'normaal', [
    'Ter informatie: mensen die van de WW naar de bijstand gaan vallen vaak een paar weken zonder geld, omdat het een op het ander niet aansluit.',
  ]),
  // ───────────── bezwaar without the word bezwaar ─────────────
  S('gemeente-overig', 'bezwaar', 'normaal', [
    'De gemeente heeft mijn aanvraag voor de minimaregeling geweigerd omdat ik net boven de grens zit. Kan dat opnieuw bekeken worden?',
    'Mijn aanvraag voor een gehandicaptenparkeerkaart is afgewezen, maar ik kan echt niet verder dan vijftig meter lopen. Hoe ga ik hier tegenin?',
  ]),
  S('gemeente-wmo', 'bezwaar', 'normaal', [
    'Mijn pgb is verlaagd zonder dat er iemand is komen kijken. Ik wil dat dit besluit wordt teruggedraaid.',
    'Ik kreeg een brief dat mijn begeleiding wordt afgebouwd. Ik vind dat onterecht en wil dat het opnieuw wordt beoordeeld.',
  ]),
  S('gemeente-jeugd', 'bezwaar', 'normaal', [
    'De gemeente heeft de verlenging van de jeugdhulp voor {kind} afgewezen. Wij vinden dat onterecht, hij heeft de hulp nog hard nodig.',
    'In de beschikking voor {kind} staan veel minder uren begeleiding dan de behandelaar adviseerde. Kunnen we dat aanvechten?',
  ]),
  S('gemeente-werk-inkomen', 'bezwaar', 'normaal', [
    'Ik moet {bedrag} terugbetalen omdat ik te laat iets zou hebben doorgegeven. Dat klopt niet, ik heb het wel gemeld. Ik ga hier tegenin.',
    'Mijn uitkering is een maand met 30 procent gekort omdat ik een afspraak gemist zou hebben. Ik was in het ziekenhuis. Dat is toch niet terecht?',
    'Ze rekenen mij de kostendelersnorm omdat mijn zoon bij mij staat ingeschreven, maar hij woont daar niet. Ik wil dat dit wordt herzien.',
  ]),
  S('gemeente-vervoer', 'bezwaar', 'hoog', [
    'Het leerlingenvervoer voor {kind} is voor volgend schooljaar afgewezen omdat de school te dichtbij zou zijn. Hij kan niet alleen reizen en zonder vervoer kan hij niet naar school.',
  ]),
  S('onbekend', 'bezwaar', 'normaal', [
    'Mijn aanvraag is afgewezen en ik ben het daar niet mee eens.',
    'Ik heb een brief gekregen met een besluit en dat klopt niet. Hoe kan ik bezwaar maken?',
  ]),
  // ───────────── klacht about bezwaar handling (conduct, not a new decision) ─────────────
  // ───────────── body that has to act first ─────────────
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'Het bedrijf dat de traplift onderhoudt reageert niet, de lift staat al twee weken stil.',
  ]),
  S('vervoerder', 'klacht', 'normaal', [
    'De taxichauffeur reed veel te hard en zat de hele rit op zijn telefoon. {rel} was doodsbang.',
  ]),
  S('jeugdbescherming', 'klacht', 'normaal', [
    'De jeugdbeschermer heeft al drie keer de bezoekregeling met mijn zoon afgezegd zonder uitleg.',
  ]),
  // ───────────── gemeente-overig (outside the social domain, conduct at the desk) ─────────────
  S('gemeente-overig', 'klacht', 'normaal', [
    'De vuilniswagen slaat onze straat steeds over en de container staat al twee weken vol.',
    'Ik heb drie keer een afspraak gemaakt voor een nieuw paspoort en alle drie keer werd die door de gemeente geannuleerd.',
    'De aanslag voor de gemeentelijke belastingen is veel te hoog en niemand neemt de telefoon op.',
    'De stoep voor mijn huis ligt al maanden open en met mijn rollator kan ik er niet langs.',
  ]),
  S('gemeente-overig', 'klacht', 'normaal', [
    'Mijn inburgeringscursus is al twee keer uitgesteld en de gemeente laat niets van zich horen.',
    'De leerplichtambtenaar dreigt met een boete terwijl onze dochter ziek is en we een briefje van de arts hebben.',
  ]),
  // ───────────── onbekend (outside organisations, too vague) ─────────────
  S('onbekend', 'klacht', 'normaal', [
    'Mijn zorgverzekeraar weigert mijn nieuwe bril te vergoeden en ik vind dat onterecht.',
    'Bij de huisartsenpost werd ik heel onvriendelijk behandeld toen ik belde over mijn zoon.',
    'Het ziekenhuis heeft mijn afspraak alweer verzet, dit is de derde keer.',
    'Mijn internetprovider rekent al maanden te veel en ik kom er niet doorheen.',
  ]),
  // ───────────── urgency: hoog by definition ─────────────
  S('gemeente-wmo', 'klacht', 'hoog', [
    '{rel} komt sinds de operatie het huis niet meer uit en de aanvraag voor een rolstoel ligt nog steeds op de stapel.',
  ]),
  S('gemeente-werk-inkomen', 'vraag', 'hoog', [
    'Mijn uitkering is deze maand niet gestort en ik heb geen geld voor boodschappen. Weet iemand wat er aan de hand is?',
  ]),
  S('gemeente-jeugd', 'klacht', 'hoog', [
    '{kind} zit al weken thuis omdat er geen passende plek is en de jeugdconsulent reageert niet meer.',
  ]),
  S('gemeente-wmo', 'klacht', 'normaal', [
    'De consulent heeft na het keukentafelgesprek niets meer van zich laten horen, dat is nu een maand geleden. Ik wil weten hoe het ervoor staat.',
    'Ik heb de {hm} in {maand} aangevraagd en nog steeds geen besluit. Niemand belt terug.',
  ]),

  // ───────────── more own situations per phenomenon ─────────────
  // provider conduct: the provider acts first, the municipality (who contracts it) second
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'De begeleider die voor {rel} komt zit de hele tijd op zijn telefoon en doet verder niks. Kan daar iets aan gebeuren?',
    'Er is na het bezoek van de thuishulp geld uit de portemonnee van {rel} verdwenen. De organisatie doet er niks mee.',
    'De hulp rookt in het huis van {rel}, terwijl ze longproblemen heeft. Ik heb het de organisatie al twee keer gezegd.',
    'De dagbesteding heeft {rel} zonder overleg naar een andere groep gezet waar hij zich niet thuis voelt.',
    'De planner van de thuiszorg belt steeds op het laatste moment af, soms gewoon via een sms.',
  ]),
  S('zorgaanbieder+gemeente-jeugd', 'klacht', 'normaal', [
    'De ambulant begeleider van {kind} praat over ons gezin met andere ouders. Dat vind ik echt niet kunnen.',
    'De jeugdhulpaanbieder heeft het behandelplan van {kind} veranderd zonder het ons te vertellen.',
  ]),
  // provider gone or bankrupt: the municipality has to arrange new care
  S('gemeente-wmo+zorgaanbieder', 'vraag', 'hoog', [
    'De organisatie die de huishoudelijke hulp van {rel} deed is failliet. Er komt nu niemand meer. Wie regelt een nieuwe aanbieder?',
    'Onze zorgaanbieder stopt per volgende maand met begeleiding in deze regio. Wat moet ik doen om op tijd andere hulp te hebben?',
  ]),
  // transport policy (municipality) vs the ride itself (carrier)
  S('gemeente-vervoer+vervoerder', 'klacht', 'normaal', [
    'Ik vind het onredelijk dat je de regiotaxi een dag van tevoren moet bestellen. Zo kan ik nooit spontaan naar mijn kleinkinderen.',
    'De eigen bijdrage per rit voor het Wmo-vervoer is zo omhoog gegaan dat ik bijna nergens meer heen kan.',
  ]),
  S('gemeente-vervoer+vervoerder', 'signaal', 'normaal', [
    'Ik wil melden dat de regel dat de taxipas alleen binnen de regio geldt voor mensen aan de grens van de gemeente heel onhandig is.',
    'Misschien goed om te weten: de regiotaxi mag geen rolstoel meenemen die breder is dan de lift van de bus, dus een deel van de mensen valt gewoon buiten de boot.',
  ]),
  S('vervoerder', 'klacht', 'normaal', [
    'Het busje van het leerlingenvervoer stond vanmorgen een half uur te vroeg voor de deur en reed weg toen {kind} nog niet klaar was.',
    'De regiotaxi bracht {rel} naar het verkeerde adres en de chauffeur liet haar daar gewoon staan.',
  ]),
  S('vervoerder', 'klacht', 'hoog', [
    'Sinds de herfstvakantie wordt {kind} vaak helemaal niet meer opgehaald voor school. Hij mist nu hele dagen les.',
  ]),
  // vroegsignalering: a payment arrear with a cut-off or eviction notice goes to debt help
  S('gemeente-schuldhulp', 'vraag', 'hoog', [
    'Ik heb een betalingsachterstand bij mijn energieleverancier en ze hebben een afsluitdatum gestuurd. Kan de schuldhulp nog iets regelen?',
    'De drinkwaterrekening is al maanden niet betaald en nu dreigen ze met afsluiten. Hoe kom ik zo snel mogelijk bij de schuldhulp?',
    'Mijn zorgverzekeringspremie loopt al een half jaar achter en er komt nu een deurwaarder. Ik weet niet waar ik moet beginnen.',
  ]),
  S('gemeente-schuldhulp+woningcorporatie', 'klacht', 'hoog', [
    'Ik ben aangemeld bij de schuldhulp, maar er gebeurt niks, en intussen heeft de woningstichting een ontruimingsvonnis aangevraagd.',
    'Mijn huurachterstand loopt op en de verhuurder wil niet wachten tot de schuldregeling rond is. We moeten over een maand misschien het huis uit.',
  ]),
  S('gemeente-schuldhulp', 'klacht', 'normaal', [
    'Mijn schuldhulpverlener is al weken ziek en niemand neemt het over. De schuldeisers blijven ondertussen brieven sturen.',
    'Ik moest voor de schuldhulp alle afschriften van een heel jaar inleveren, heb dat gedaan, en nu zeggen ze dat het dossier kwijt is.',
  ]),
  // the municipality must act although the resident mentions an outside body
  S('gemeente-werk-inkomen', 'klacht', 'normaal', [
    'Mijn klantmanager zegt dat ik eerst bij het UWV moet zijn, maar ik heb nooit gewerkt en heb dus geen recht op WW. Ik word van het kastje naar de muur gestuurd.',
    'De gemeente houdt de bijstand in omdat de Belastingdienst nog een toeslag zou uitbetalen. Ik heb daar nog niks van gezien.',
  ]),
  S('uwv', 'klacht', 'normaal', [
    'Mijn WW-uitkering is al vier weken te laat en het UWV zegt alleen dat het in behandeling is.',
    'De verzekeringsarts van het UWV heeft maar tien minuten naar mij gekeken en zegt dat ik volledig kan werken.',
    'Ik zit in de ziektewet en krijg steeds tegenstrijdige brieven van het UWV over mijn re-integratie.',
  ]),
  S('toeslagen', 'klacht', 'hoog', [
    'De Belastingdienst heeft mijn huurtoeslag ineens stopgezet en eist alles terug van dit jaar. Ik kan de huur nu niet betalen.',
  ]),
  S('toeslagen', 'vraag', 'normaal', [
    'Ik ga scheiden. Wat gebeurt er met de kinderopvangtoeslag en de huurtoeslag, moet ik dat zelf aanpassen?',
  ]),
  // Wlz at home
  S('wlz', 'klacht', 'normaal', [
    'Het zorgkantoor heeft nog steeds geen aanbieder gevonden voor het volledig pakket thuis van {rel}, terwijl de indicatie er al maanden is.',
    'Het CIZ heeft bij de herindicatie van {rel} alleen met de huisarts gebeld en niet met ons gesproken.',
  ]),
  S('wlz', 'vraag', 'hoog', [
    '{rel} kan na het ziekenhuis niet meer naar huis, ze heeft dag en nacht toezicht nodig. Hoe snel kan er een indicatie voor het verpleeghuis komen?',
  ]),
  // jeugdbescherming: a certified institution acts, also when the resident says "de gemeente"
  S('jeugdbescherming', 'klacht', 'normaal', [
    'De gemeente heeft mijn dochter in een pleeggezin gezet en ik mag haar maar een uur per maand zien. Niemand legt mij uit waarom.',
    'Het rapport van de gezinsvoogd klopt niet, er staan dingen in die nooit gebeurd zijn. Toch is het naar de rechter gestuurd.',
    'We hebben nu de vierde jeugdbeschermer in een jaar. Elke keer moeten we alles opnieuw vertellen.',
  ]),
  S('jeugdbescherming', 'klacht', 'hoog', [
    'De jeugdbeschermer heeft besloten dat mijn zoon morgen naar een andere groep verhuist, ver weg van zijn school. Wij zijn niet gehoord.',
  ]),
  // veilig-thuis: concerns about safety at home that are not acute tonight
  S('veilig-thuis', 'signaal', 'normaal', [
    'Bij de buren hoor ik bijna elke avond harde ruzie en een kind dat huilt. Ik weet niet zeker of het ernstig is maar wil het wel melden.',
    'Mijn nichtje vertelde dat haar stiefvader haar slaat als hij gedronken heeft. Ik wil dat er iemand naar kijkt.',
  ]),
  S('veilig-thuis', 'klacht', 'normaal', [
    'Veilig Thuis heeft een onderzoek naar ons gezin gedaan en de conclusie is gebaseerd op verhalen van mijn ex. Wij zijn nooit gehoord.',
  ]),
  // wijkteam: conduct, waiting, not called back
  S('wijkteam', 'klacht', 'normaal', [
    'De wijkcoach zou langskomen voor een gesprek over mijn schulden en de opvoeding, maar ze is al twee keer niet komen opdagen.',
    'Het buurtteam heeft zonder mijn toestemming informatie over mij aan school doorgegeven.',
  ]),
  S('wijkteam', 'signaal', 'normaal', [
    'Ter info: het inloopspreekuur van het buurtteam is verplaatst naar een gebouw zonder lift, voor rolstoelgebruikers is dat niet te doen.',
    'Ik wil alleen even doorgeven dat mijn oude buurman er steeds slechter uitziet en nooit bezoek krijgt. Misschien kan iemand van het wijkteam eens aanbellen.',
  ]),
  S('woningcorporatie+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente heeft een douche-aanpassing goedgekeurd maar de woningcorporatie geeft geen toestemming om te verbouwen.',
  ]),
  S('woningcorporatie', 'klacht', 'normaal', [
    'Ik heb urgentie aangevraagd omdat ik met mijn rolstoel niet meer in mijn bovenwoning kan komen, maar de corporatie zegt dat ik gewoon moet wachten.',
    'De overlast van de bewoner onder mij, die begeleid woont, gaat al maanden door en de verhuurder zegt dat de zorginstelling verantwoordelijk is.',
  ]),
  // gemeente-overig: municipal matters outside the social domain, no wrong door
  S('gemeente-overig', 'klacht', 'normaal', [
    'De ondergrondse container bij ons is al een week kapot en iedereen zet zijn vuilniszakken ernaast. Het stinkt en er lopen ratten.',
    'Ik heb een parkeerboete gekregen terwijl mijn bewonersvergunning gewoon geldig is.',
    'Al drie weken doet de straatverlichting het niet, als oudere durf ik s avonds niet meer naar buiten.',
    'Bij de gemeente heb ik mijn verhuizing doorgegeven, maar ik sta nog steeds op het oude adres ingeschreven en mis nu post.',
  ]),
  S('gemeente-overig', 'vraag', 'normaal', [
    'Hoe vraag ik een uittreksel uit de basisregistratie aan? Ik heb het nodig voor de woningcorporatie.',
    'Kan ik de hondenbelasting in termijnen betalen?',
    'Mijn vader is overleden. Moet ik dat zelf bij de gemeente melden of doet de begrafenisondernemer dat?',
    'Wij zijn statushouders en hebben een huis gekregen in deze gemeente. Waar melden we ons voor de inburgering?',
  ]),
  S('gemeente-overig', 'signaal', 'normaal', [
    'Even ter info: het loket in het gemeentehuis is op woensdag dicht, terwijl op de website staat dat het open is. Er stonden meer mensen voor een dichte deur.',
    'Het formulier voor kwijtschelding is alleen in het Nederlands en heel ingewikkeld. Ik denk dat veel mensen het daarom niet aanvragen.',
  ]),
  // onbekend: outside organisations or no content to go on
  S('onbekend', 'klacht', 'normaal', [
    'Mijn werkgever betaalt mijn salaris al twee maanden te laat en zegt dat ik niet moet zeuren.',
    'De apotheek geeft steeds een ander merk medicijnen mee en daar word ik ziek van.',
    'Mijn bank heeft mijn rekening geblokkeerd en ik weet niet waarom.',
    'Ik ben heel ontevreden over hoe ik behandeld ben.',
  ]),
  S('onbekend', 'vraag', 'normaal', [
    'Goedemiddag, ik heb een vraag over mijn situatie. Met wie kan ik praten?',
    'Kan iemand mij bellen? Het is te ingewikkeld om te typen.',
  ]),
  // urgency normaal despite strong words: delays and rudeness are not "hoog"
  S('gemeente-wmo', 'klacht', 'normaal', [
    'Ik ben echt boos: de gemeente heeft mijn aanvraag voor een {hm} nu al drie keer kwijtgemaakt.',
    'De consulent beloofde een verslag van het gesprek, maar ik heb na vijf weken nog niks gezien. Dit is slordig.',
  ]),
  // urgency hoog: no care at all, no income, announced cut-off/eviction, child without school
  S('gemeente-werk-inkomen', 'klacht', 'hoog', [
    'Mijn bijstand is stopgezet omdat ik een brief niet op tijd zou hebben beantwoord. Ik heb nu helemaal geen inkomen.',
    'De gemeente heeft mijn uitkering geblokkeerd in afwachting van een onderzoek. Ik kan deze maand de huur en het eten niet betalen.',
  ]),
  S('gemeente-wmo', 'klacht', 'hoog', [
    'Het persoonsalarm van {rel} werkt al een week niet en er komt niemand kijken, terwijl ze alleen woont en vaak valt.',
  ]),
  S('gemeente-jeugd', 'klacht', 'hoog', [
    '{kind} is van school gestuurd omdat de school geen begeleiding kan bieden, en de gemeente heeft nog geen plek voor hem. Hij zit nu al weken thuis.',
  ]),
];
