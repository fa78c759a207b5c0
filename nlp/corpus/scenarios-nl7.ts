/**
 * Seventh batch (authors' own sentences, not derived from eval data), three phenomena:
 *  - the provider (zorgaanbieder) has to act although the message is full of Wmo words
 *    (indicatie, huishoudelijke hulp, begeleiding): what the carer or the organisation does wrong
 *    decides, and the reverse, where the Wmo team's indication or application is the problem;
 *  - urgency `hoog` as taxonomy.md defines it (no care at all, no income, eviction or cut-off
 *    announced, child without school transport), phrased without alarm words, next to strongly
 *    worded messages that stay `normaal` (delays, rudeness);
 *  - `signaal` written as an observation by residents and professionals who ask for no judgment,
 *    next to `klacht` where the same topic comes with dissatisfaction about how they were treated.
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

export const NL7: Scenario[] = [
  // ───────────── provider acts, Wmo words around it ─────────────
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    '{rel} heeft een indicatie voor drie uur huishoudelijke hulp per week, maar de organisatie stuurt maar voor anderhalf uur iemand.',
    'De begeleiding die via de Wmo is toegekend wordt steeds afgezegd door de begeleidingsdienst omdat er geen mensen zijn.',
    'Ik krijg hulp bij het huishouden van de gemeente. Het bedrijf dat dat doet heeft nu al voor de vierde keer een nieuwe schoonmaakster gestuurd zonder het te zeggen.',
    'mn moeder heeft wmo hulp maar die mevrouw doet alleen de vaat en zit dan koffie te drinken. ramen en vloer blijven liggen',
    'De dagbesteding van mijn vader belt elke week af omdat hun busje kapot is. Hij heeft die dagbesteding van de Wmo gekregen maar zit nu toch thuis.',
  ]),
  S('zorgaanbieder+gemeente-wmo', 'signaal', 'normaal', [
    'Ik wil even doorgeven dat de hulpen van de schoonmaakorganisatie in onze flat veel korter blijven dan op het rooster staat. Ik weet niet of de gemeente dat weet.',
  ]),
  S('gemeente-wmo+zorgaanbieder', 'klacht', 'normaal', [
    'De hulp van {rel} is heel fijn, daar ligt het niet aan. Maar de gemeente heeft na het gesprek nooit de extra uren toegekend die de consulent beloofde.',
    'Het thuiszorgbureau wil wel meer komen, maar zegt dat het pas mag als de gemeente de indicatie aanpast. Die aanvraag ligt er al sinds {maand}.',
  ]),
  S('zorgaanbieder', 'klacht', 'normaal', [
    'De verzorgende die mijn vader helpt met douchen is ruw en zegt dat hij moet opschieten.',
    'De nieuwe begeleider van mijn zoon (hij is 24 en woont begeleid) vergeet steeds afspraken en komt dan een dag later.',
    'Bij de zorgboerderij waar mijn broer naartoe gaat, laten ze hem de hele dag alleen in een hok zitten.',
    'de hulp is vorige week dinsdag nie gekomen en deze week ook nie. niemand belt om het te zeggen',
  ]),
  S('gemeente-wmo', 'klacht', 'normaal', [
    'De consulent die bij ons aan de keukentafel zat heeft niet eens gevraagd wat mijn moeder zelf nog kan. Ze kreeg daarna een brief dat ze niks krijgt.',
    'Al drie keer heb ik gebeld over de aanvraag voor een scootmobiel. Elke keer zeggen ze dat het dossier bij een collega ligt.',
    'De gemeente heeft de verkeerde rolstoel geleverd en zegt nu dat ik een nieuwe aanvraag moet doen.',
  ]),
  // ───────────── urgency hoog as defined ─────────────
  S('gemeente-wmo', 'klacht', 'hoog', [
    'Mijn vader komt morgen uit het ziekenhuis. De aanvraag voor hulp thuis ligt al drie weken bij de gemeente en er is nog niks geregeld. Hij kan niet zelf koken of boodschappen doen.',
    'Sinds de nieuwe beschikking is er helemaal niemand meer die mijn moeder helpt met haar medicijnen en eten. Ze woont alleen.',
  ]),
  S('gemeente-werk-inkomen', 'klacht', 'hoog', [
    'Mijn uitkering is deze maand niet op mijn rekening gekomen. Ik heb nog twaalf euro en twee kinderen.',
    'De sociale dienst heeft mijn bijstand stopgezet omdat ik een brief niet op tijd terugstuurde. Ik heb nu helemaal geen inkomen.',
    'ik heb sinds 3 weken geen geld meer, aanvraag bijstand ligt nog steeds bij de gemeente. moet ik nu gaan stelen ofzo',
  ]),
  S('gemeente-schuldhulp', 'vraag', 'hoog', [
    'Ik heb een brief gekregen dat het gas over tien dagen wordt afgesloten. Kan de gemeente nog iets doen?',
    'De rechter heeft bepaald dat we het huis uit moeten vanwege de huurachterstand. Is er nog iemand die kan helpen?',
  ]),
  S('vervoerder', 'klacht', 'hoog', [
    'Sinds maandag komt er geen busje meer om mijn dochter naar haar speciale school te brengen. Ze zit nu thuis en ik kan haar niet zelf brengen.',
  ]),
  S('gemeente-vervoer', 'klacht', 'hoog', [
    'De school begint over een week en het vervoer voor {kind} is nog steeds niet geregeld door de gemeente. Hoe moet hij er komen?',
  ]),
  S('zorgaanbieder', 'klacht', 'hoog', [
    'Vanochtend is er weer niemand gekomen om {rel} uit bed te helpen en aan te kleden. Ze ligt er nu nog.',
  ]),
  S('toeslagen', 'klacht', 'hoog', [
    'Mijn kinderopvangtoeslag is ineens stopgezet. Ik kan de opvang niet betalen en moet dan stoppen met werken.',
  ]),
  S('woningcorporatie+gemeente-wmo', 'klacht', 'hoog', [
    'De corporatie wil ons volgende week uit huis zetten wegens overlast, maar mijn broer heeft een verstandelijke beperking en er is geen begeleiding. Waar moet hij heen?',
  ]),
  // strong words, still normaal: delays, rudeness, no basic need at stake
  S('gemeente-overig', 'klacht', 'normaal', [
    'Dit is echt schandalig!!! Drie keer gebeld over mijn klacht over de baliemedewerker en niemand belt terug.',
  ]),
  S('gemeente-wmo', 'klacht', 'normaal', [
    'BELACHELIJK dat ik na zes weken nog steeds geen antwoord heb over de douchestoel. Ik red me wel met een krukje maar dit kan niet.',
  ]),
  S('uwv', 'klacht', 'normaal', [
    'Ik word gek van het UWV, ze hebben mijn formulier al voor de tweede keer kwijtgemaakt. Mijn uitkering loopt gelukkig wel door.',
  ]),
  // ───────────── signaal: an observation, no judgment asked ─────────────
  S('gemeente-wmo', 'signaal', 'normaal', [
    'Ik merk als mantelzorger dat veel ouderen in onze straat niet weten dat ze hulp kunnen aanvragen. Misschien een idee om daar iets mee te doen.',
    'Als wijkverpleegkundige zie ik dat mensen soms maanden op een hulpmiddel wachten. Ik geef het even door.',
  ]),
  S('gemeente-werk-inkomen', 'signaal', 'normaal', [
    'Een tip: het formulier voor de inkomstenopgave is niet te openen op een telefoon. Mensen zonder computer lopen daardoor vast.',
    'Bij de voedselbank horen we steeds vaker dat mensen weken wachten op hun eerste bijstandsuitkering. Ik wilde dat even melden.',
  ]),
  S('gemeente-schuldhulp', 'signaal', 'normaal', [
    'Ter info: de wachttijd voor een eerste gesprek bij de schuldhulp is nu zo lang dat mensen in de tussentijd nog meer schulden maken.',
  ]),
  S('vervoerder', 'signaal', 'normaal', [
    'ff laten weten dat de taxi bij ons op de hoek steeds op de stoep parkeert waar de rolstoelen langs moeten. geen klacht verder',
  ]),
  S('wijkteam', 'signaal', 'normaal', [
    'Het buurtteam heeft sinds kort geen inloopspreekuur meer. Ik denk dat mensen die niet bellen daardoor buiten beeld raken.',
  ]),
  S('woningcorporatie', 'signaal', 'normaal', [
    'Ik wil melden dat in ons complex een oudere meneer woont die zijn huis niet meer schoonhoudt. De verhuurder weet het, maar er gebeurt niks. Ik wil alleen dat iemand het weet.',
  ]),
  S('cak', 'signaal', 'normaal', [
    'Even een signaal: de brieven van het CAK over de eigen bijdrage zijn voor veel ouderen in ons buurthuis onbegrijpelijk.',
  ]),
  S('zorgaanbieder', 'signaal', 'normaal', [
    'In de woongroep van mijn nicht wisselt het personeel zo vaak dat de bewoners onrustig worden. Ik vraag niks, ik wil het alleen melden.',
  ]),
  // ───────────── onbekend: organisations outside the list, or nothing to go on ─────────────
  S('onbekend', 'klacht', 'normaal', [
    'De school van mijn zoon heeft hem een week geschorst zonder met ons te praten.',
    'Ik heb al drie maanden geen antwoord van de IND over mijn verlenging.',
    'DUO wil dat ik mijn studieschuld in één keer terugbetaal, dat kan ik nooit.',
    'De politie deed niks toen ik aangifte wilde doen van diefstal.',
    'Mijn telefoonabonnement is zonder te vragen verlengd en nu zit ik nog twee jaar vast.',
    'Het energiebedrijf heeft mijn termijnbedrag verhoogd zonder uitleg.',
    'de kinderopvang rekent ineens extra kosten voor luiers en eten, dat stond nergens',
  ]),
  S('onbekend', 'vraag', 'normaal', [
    'Ik heb een boete van het CJIB gekregen voor door rood rijden maar ik was daar niet. Wat moet ik doen?',
    'Waar kan ik gratis juridisch advies krijgen over mijn arbeidscontract?',
    'Kan ik een second opinion aanvragen voor een operatie?',
    'hoi, wie ben ik nu aan het appen?',
    'Ik wil graag iemand spreken, het gaat over mijn situatie thuis. Het is lastig uit te leggen.',
    'Mijn buurvrouw vroeg of ik dit nummer voor haar wilde appen, ze heeft een vraag maar ik weet niet precies waarover.',
  ]),
  S('onbekend', 'bezwaar', 'normaal', [
    'Mijn zorgverzekeraar heeft de aanvraag voor een borstprothese afgewezen. Ik wil daartegen in beroep.',
  ]),
  // gemeente-overig when the municipality itself is meant, however vaguely
  S('gemeente-overig', 'klacht', 'normaal', [
    'Ik heb vorige maand via het contactformulier van de gemeente een vraag gesteld en nooit antwoord gekregen.',
    'Jullie klantcontactcentrum verbindt me steeds door naar een afdeling die dicht is.',
    'De gemeente heeft mijn naam verkeerd gespeld in de basisregistratie en nu klopt mijn paspoortaanvraag niet.',
  ]),
  S('gemeente-overig', 'vraag', 'normaal', [
    'Waar in het gemeentehuis kan ik terecht met vragen over de regeling voor mensen met een laag inkomen?',
    'Geeft de gemeente een tegemoetkoming in de kosten als je chronisch ziek bent en weinig verdient?',
  ]),
  // ───────────── wlz, woningcorporatie, wijkteam, veilig-thuis, schuldhulp: more ways of saying it ─────────────
  S('wlz', 'klacht', 'normaal', [
    'Mijn oom staat al een jaar op de wachtlijst voor een plek in een zorginstelling en het zorgkantoor belt nooit terug over een overbruggingsoplossing.',
    'de ciz heeft mn vader afgewezen voor de wlz terwijl hij 24 uur per dag iemand nodig heeft. wij kunnen het niet meer aan',
    'Het zorgkantoor wil het budget voor de zorg thuis van mijn zus niet verhogen, terwijl haar ziekte erger is geworden.',
  ]),
  S('wlz', 'vraag', 'normaal', [
    'Wie beslist of mijn moeder met dementie naar een verpleeghuis kan, en hoe lang duurt zoiets?',
    'Kan mijn vader met een volledig pakket thuis blijven wonen in plaats van naar een instelling te gaan?',
  ]),
  S('woningcorporatie', 'klacht', 'normaal', [
    'Mijn rolstoel past niet door de voordeur van de nieuwe woning die de woningbouwvereniging me heeft toegewezen.',
    'De huismeester van ons complex scheldt mijn broer uit omdat hij autistisch is en soms anders reageert.',
    'ik wacht al 2 jaar op een benedenwoning bij de corporatie, met mijn knieen kan ik de trap niet meer op',
  ]),
  S('woningcorporatie', 'vraag', 'normaal', [
    'Kan ik met voorrang een andere huurwoning krijgen nu mijn man in een rolstoel zit?',
  ]),
  S('wijkteam', 'klacht', 'normaal', [
    'De maatschappelijk werker van het wijkteam zou me helpen met mijn post, maar ze heeft drie afspraken afgezegd.',
    'ik heb bij het cjg om opvoedhulp gevraagd en na het intakegesprek niks meer gehoord',
    'Ons gezin heeft al een jaar een casusregisseur van het sociaal team, maar er gebeurt eigenlijk niets.',
  ]),
  S('wijkteam', 'vraag', 'normaal', [
    'Mijn buurvrouw is eenzaam en vergeetachtig geworden. Bij wie in de wijk kan ik aankloppen om samen met haar te kijken wat ze nodig heeft?',
    'Waar kan ik terecht met vragen over opvoeden? Mijn zoon van vier luistert nergens naar.',
  ]),
  S('veilig-thuis', 'vraag', 'normaal', [
    'Een vriendin van mij wordt door haar partner gecontroleerd en bedreigd. Ze durft niet weg. Waar kan ze advies krijgen?',
    'Ik ben leerkracht en een leerling vertelde iets over thuis waar ik van schrok. Bij wie kan ik advies vragen voordat ik iets meld?',
  ]),
  S('veilig-thuis', 'klacht', 'normaal', [
    'Ik heb twee maanden geleden een melding gedaan over de kinderen van de buren en nooit meer iets gehoord. Doet Veilig Thuis er wel iets mee?',
  ]),
  S('gemeente-schuldhulp', 'klacht', 'normaal', [
    'Mijn bewindvoerder betaalt mijn rekeningen te laat en ik krijg steeds boetes. Ik krijg hem nooit aan de telefoon.',
    'Bij de schuldhulpverlening zeggen ze dat ik eerst al mijn papieren moet verzamelen, maar ik krijg geen hulp om dat te doen.',
  ]),
  S('gemeente-schuldhulp', 'vraag', 'normaal', [
    'Ik krijg steeds meer aanmaningen en durf de post niet meer open te maken. Kan iemand samen met mij kijken?',
  ]),
];
