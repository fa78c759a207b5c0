/**
 * Second batch of hand-written Dutch scenarios (authors' own): more questions and signals, more
 * provider-first and carrier-vs-policy cases, several literacy levels, professionals writing.
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

export const NL2: Scenario[] = [
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'De schoonmaakhulp van {rel} is al twee keer niet komen opdagen zonder af te bellen.',
    'thuiszorg komt nooit op de afgesproken tijd en nu weer een nieuw meisje dat de weg niet weet',
    'De begeleider van de zorginstelling komt maar een half uur in plaats van de twee uur die in mijn indicatie staan.',
    'Sinds de gemeente een nieuwe aanbieder heeft gecontracteerd is de hulp bij {rel} een rommeltje.',
    'De hulp van de thuiszorg heeft iets gebroken in het huis van {rel} en de organisatie wil het niet vergoeden.',
    'Het zorgbureau heeft de uren van {rel} eenzijdig verminderd omdat ze te weinig personeel hebben.',
  ]),
  S('zorgaanbieder+gemeente-wmo', 'signaal', 'normaal', [
    'Ik wil even melden dat de thuiszorg in onze wijk steeds vaker niet komt, bij meerdere buren is dat zo.',
    'Geen klacht, maar de nieuwe zorgaanbieder voor huishoudelijke hulp heeft duidelijk te weinig mensen.',
  ]),
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'hoog', [
    'De thuiszorg is gisteren en vandaag niet gekomen, {rel} heeft niet gegeten en niemand heeft haar geholpen met douchen.',
    'Al twee weken geen begeleiding meer van de zorgaanbieder, ik red het niet zonder hulp met mijn post en geld.',
  ]),
  S('zorgaanbieder+gemeente-jeugd', 'klacht', 'hoog', [
    'De behandelaar van {kind} is met ziekteverlof en de instelling heeft geen vervanger. Hij gaat hard achteruit.',
  ]),
  S('zorgaanbieder', 'vraag', 'normaal', [
    'Waar kan ik een klacht indienen over de begeleider van de zorgorganisatie?',
    'Heeft de thuiszorgorganisatie een klachtenfunctionaris?',
  ]),
  S('gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente heeft mijn aanvraag voor een woningaanpassing al {n} maanden in behandeling, de wettelijke termijn is allang voorbij.',
    'Ik heb het verslag van het keukentafelgesprek nooit gekregen, terwijl dat wel beloofd was.',
    'mn moeder heeft een scootmobiel aangevraagd in {maand} en nog steeds niks gehoord van de wmo',
    'Elke keer als ik bel krijg ik een andere consulent die van niks weet.',
    'De gemeente wil dat mijn man eerst alles zelf betaalt voordat ze naar de aanvraag voor beschermd wonen kijken.',
    'De {hm} die we van de gemeente hebben gekregen is al weken kapot en niemand komt hem repareren.',
  ]),
  S('gemeente-wmo', 'vraag', 'normaal', [
    'Ik ben slecht ter been geworden, kan ik bij de gemeente hulp krijgen bij het huishouden?',
    'Hoe lang mag de gemeente doen over een Wmo-aanvraag?',
    'Moet ik eigen bijdrage betalen als ik een {hm} van de gemeente krijg?',
    'Kan {rel} dagbesteding krijgen? Hij zit de hele dag alleen thuis sinds zijn herseninfarct.',
    'Wat is een onafhankelijke cliëntondersteuner en hoe kom ik daaraan?',
    'is er iets voor mantelzorgers? ik zorg al jaren voor {rel} en kan niet meer',
  ]),
  S('gemeente-wmo', 'signaal', 'normaal', [
    'Ik wil iets melden: de brieven van de Wmo zijn zo ingewikkeld dat mijn ouders ze niet begrijpen.',
    'Ter informatie, het Wmo-loket is op vrijdag helemaal dicht en dat weet niemand.',
  ]),
  S('gemeente-vervoer', 'klacht', 'normaal', [
    'De gemeente heeft de aanvraag voor leerlingenvervoer van {kind} kwijtgeraakt en het schooljaar begint volgende week.',
    'Ik heb mijn regiotaxipas aangevraagd in {maand} en de gemeente heeft hem nog steeds niet verstuurd.',
    'De gemeente zegt dat {kind} met het openbaar vervoer kan, maar hij kan niet alleen reizen.',
  ]),
  S('gemeente-vervoer', 'vraag', 'normaal', [
    'Kan ik een vervoersvoorziening krijgen nu ik niet meer kan fietsen?',
    'Wie betaalt het vervoer naar de dagbesteding, de gemeente of de zorgaanbieder?',
    'Mijn kind gaat naar het speciaal onderwijs in een andere stad, heeft hij recht op leerlingenvervoer?',
  ]),
  S('gemeente-vervoer', 'signaal', 'normaal', [
    'Ik wil melden dat de regels voor leerlingenvervoer op de website niet kloppen met wat de medewerker zegt.',
  ]),
  S('vervoerder', 'klacht', 'normaal', [
    'De taxi naar de dagbesteding komt elke ochtend op een ander tijdstip, soms een uur te vroeg.',
    'De chauffeur heeft de rolstoel van {rel} niet goed vastgezet, ze is bijna gevallen.',
    'Ik heb een rit gereserveerd en de centrale heeft hem gewoon geannuleerd zonder bericht.',
    'taxi kwam weer nie. 2 uur gewacht in de kou',
  ]),
  S('vervoerder', 'signaal', 'normaal', [
    'Ik wil het even laten weten: de leerlingentaxi rijdt met een chauffeur die steeds wisselt, de kinderen raken daarvan in paniek.',
  ]),
  S('gemeente-overig', 'klacht', 'normaal', [
    'Ik wacht al maanden op antwoord op mijn brief aan de gemeente, niemand reageert.',
    'De gemeente heeft mijn persoonlijke gegevens naar het verkeerde adres gestuurd.',
    'Ik heb een afspraak gemaakt op het stadskantoor en toen ik er was wist niemand ervan.',
    'Ik werd door de medewerker aan de telefoon uitgelachen toen ik mijn situatie uitlegde.',
  ]),
  S('gemeente-overig', 'vraag', 'normaal', [
    'Hoe kan ik een klacht indienen bij de gemeente?',
    'Wat zijn de openingstijden van het stadhuis?',
    'Kan ik hulp krijgen bij de kosten van een schoolreisje van mijn kind?',
    'Ik heb net een verblijfsvergunning, wanneer krijg ik een woning en wie helpt met de inburgering?',
    'Hoe verhuis ik mijn inschrijving naar deze gemeente?',
  ]),
  S('gemeente-overig', 'signaal', 'normaal', [
    'Ik wil melden dat de lift in de parkeergarage al weken kapot is, rolstoelgebruikers kunnen er niet in.',
    'Ter info: op de website van de gemeente werken de formulieren niet op een telefoon.',
    'Ik wil even doorgeven dat er een boom op het fietspad ligt.',
  ]),
  S('wijkteam', 'klacht', 'normaal', [
    'Het sociaal wijkteam heeft beloofd te helpen met mijn aanvraag maar na het eerste gesprek heb ik niks meer gehoord.',
    'De medewerker van het buurtteam was heel betuttelend en luisterde niet.',
    'wijkteam belt nooit terug. al 3x gevraagd',
  ]),
  S('wijkteam', 'signaal', 'normaal', [
    'Ik wil melden dat een oudere mevrouw bij ons in het portiek vereenzaamt, ze heeft niemand meer.',
    'Mijn buurvrouw is net weduwe geworden en redt het volgens mij niet alleen, misschien kan iemand langsgaan.',
  ]),
  S('gemeente-jeugd', 'klacht', 'normaal', [
    'We wachten al {n} maanden op een beslissing over de jeugdhulp voor onze zoon met autisme.',
    'De consulent jeugd heeft onze aanvraag afgedaan zonder ons te spreken.',
    'Na de verhuizing wil de nieuwe gemeente de jeugdhulp van {kind} niet overnemen.',
  ]),
  S('gemeente-jeugd', 'vraag', 'normaal', [
    'Mijn dochter is erg angstig en wil niet meer naar school. Waar kan ik hulp vinden?',
    'Vergoedt de gemeente speltherapie voor mijn zoontje?',
    'Hoe lang is de wachttijd voor jeugd-ggz in deze regio?',
  ]),
  S('gemeente-werk-inkomen', 'klacht', 'normaal', [
    'Ik moet elke maand mijn inkomsten doorgeven en toch krijg ik steeds een verkeerd bedrag.',
    'De klantmanager heeft mijn aanvraag voor bijzondere bijstand al maanden laten liggen.',
    'Ik werd op het werkplein behandeld alsof ik fraude pleegde.',
  ]),
  S('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'Mijn partner is overleden, kan ik nu bijstand krijgen?',
    'Wat moet ik doen als mijn inkomen deze maand hoger was?',
    'Krijg ik een voorschot als mijn bijstandsaanvraag nog loopt?',
  ]),
  S('gemeente-schuldhulp', 'klacht', 'normaal', [
    'De bewindvoerder betaalt mijn vaste lasten niet en ik krijg aanmaningen.',
    'Ik word bij de schuldhulp steeds doorgestuurd naar een ander loket.',
  ]),
  S('gemeente-schuldhulp', 'vraag', 'normaal', [
    'Ik kan mijn rekeningen niet meer betalen, waar kan ik hulp krijgen?',
    'Hoe lang duurt een schuldhulptraject?',
    'Kan de gemeente een deurwaarder tegenhouden?',
  ]),
  S('cak', 'klacht', 'normaal', [
    'Het CAK heeft twee keer dezelfde eigen bijdrage afgeschreven.',
    'De eigen bijdrage van het CAK is veel hoger dan wat de gemeente me had verteld.',
  ]),
  S('cak', 'signaal', 'normaal', [
    'Ik wil melden dat de brieven van het CAK over de eigen bijdrage heel onduidelijk zijn.',
  ]),
  S('svb', 'vraag', 'normaal', [
    'Hoe lang duurt het voordat de SVB een nieuwe zorgovereenkomst goedkeurt?',
    'Kan ik bij de SVB zien welke declaraties van het pgb al betaald zijn?',
  ]),
  S('uwv', 'klacht', 'normaal', [
    'Het UWV rekent mijn ziektewetuitkering verkeerd uit en niemand kan uitleggen hoe.',
    'Mijn WW-uitkering is stopgezet omdat ik een sollicitatie niet op tijd had doorgegeven.',
  ]),
  S('uwv', 'signaal', 'normaal', [
    'Ik wil melden dat de telefoonlijn van het UWV steeds vol is.',
  ]),
  S('toeslagen', 'klacht', 'normaal', [
    'De Belastingdienst heeft mijn huurtoeslag stopgezet zonder uitleg.',
    'Ik krijg te weinig kinderopvangtoeslag en de Belastingdienst reageert niet.',
  ]),
  S('toeslagen', 'vraag', 'normaal', [
    'Moet ik mijn zorgtoeslag terugbetalen als ik meer ben gaan verdienen?',
  ]),
  S('wlz', 'vraag', 'normaal', [
    'Wat is het verschil tussen de Wmo en de Wlz voor iemand met dementie?',
    'Hoe lang duurt een aanvraag bij het CIZ?',
  ]),
  S('wlz', 'klacht', 'hoog', [
    '{rel} heeft dementie en kan niet meer alleen thuis zijn, maar het zorgkantoor heeft geen plek. Ik kan het niet meer opvangen.',
  ]),
  S('jeugdbescherming', 'klacht', 'normaal', [
    'De jeugdbescherming neemt beslissingen over {kind} zonder ons als ouders te informeren.',
    'De gecertificeerde instelling houdt zich niet aan de uitspraak van de rechter over de omgang.',
  ]),
  S('veilig-thuis', 'signaal', 'normaal', [
    'Ik wil iets melden over de buren, er wordt vaak geschreeuwd en de kinderen zien er verwaarloosd uit.',
    'Mijn kleindochter vertelde dat haar stiefvader haar slaat. Wat moet ik doen?',
  ]),
  S('veilig-thuis', 'klacht', 'normaal', [
    'Veilig Thuis heeft conclusies getrokken over ons gezin op basis van roddels van een buurvrouw.',
  ]),
  S('woningcorporatie', 'klacht', 'normaal', [
    'De verhuurder wil de aanpassing aan de badkamer niet toestaan terwijl de gemeente het betaalt.',
    'Ik heb een urgentieverklaring nodig vanwege mijn rolstoel maar de corporatie reageert niet.',
  ]),
  S('onbekend', 'klacht', 'normaal', [
    'Ik ben heel slecht geholpen en niemand neemt me serieus.',
    'Mijn energieleverancier heeft mijn voorschot verdubbeld.',
    'De apotheek levert mijn medicijnen steeds te laat.',
  ]),
  S('onbekend', 'vraag', 'normaal', [
    'hallo is daar iemand',
    'Kunnen jullie mij helpen?',
    'Ik wil graag informatie.',
    'Vergoedt mijn zorgverzekering een nieuwe bril?',
  ]),
];
