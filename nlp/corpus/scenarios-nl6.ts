/**
 * Sixth batch (authors' own sentences, not derived from eval data): coverage of the taxonomy's
 * definitions where the corpus was thin, in several registers (WhatsApp shorthand, low literacy,
 * formal letters, family members and professionals writing):
 *  - gemeente-jeugd without the word "jeugdhulp": pgb for a child granted by the municipality,
 *    referrals by GP or school, dyslexia, youth mental health waiting lists, re-assessment;
 *  - gemeente-overig: minima schemes, remission of municipal taxes, civic integration, compulsory
 *    education, treatment at the counter/phone, and municipal matters outside the social domain;
 *  - onbekend: health care outside the municipality (hospital, GP, dentist, insurer, psychologist
 *    for adults), private landlords, employers, shops — also when written like a care complaint;
 *  - zorgaanbieder described by what the carer does, without the word "thuiszorg"; care quality in a
 *    nursing home (provider) vs the Wlz indication (wlz);
 *  - SVB as pgb payer (also for children and Wlz budgets), CAK bills, UWV vs bijstand, allowances;
 *  - hard negatives for gemeente-vervoer (school and taxi words, no transport provision) and for
 *    gemeente-werk-inkomen (money words that belong to another body).
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

export const NL6: Scenario[] = [
  // ───────────── gemeente-jeugd ─────────────
  S('gemeente-jeugd', 'bezwaar', 'normaal', [
    'Het persoonsgebonden budget voor de begeleiding van {kind} is door de gemeente met de helft verlaagd. Van dat bedrag kan ik geen begeleider meer betalen. Ik wil dat dit opnieuw bekeken wordt.',
    'gemeente heeft het pgb voor mn zoon van 9 afgewezen, ze zeggen zorg in natura kan ook. maar hij is autistisch en gaat niet met vreemden mee. ben het er nie mee eens',
    'Onze dochter heeft een verstandelijke beperking. Het budget voor haar logeeropvang is voor dit jaar niet meer toegekend. Graag een heroverweging van dit besluit.',
  ]),
  S('gemeente-jeugd', 'vraag', 'normaal', [
    'De huisarts heeft {kind} doorverwezen naar een kinderpsycholoog. Moet ik nu nog iets bij de gemeente aanvragen of kan de psycholoog gewoon beginnen?',
    'Op school zeggen ze dat {kind} waarschijnlijk dyslexie heeft. Wie betaalt het onderzoek, en hoe vragen we dat aan?',
    'Kunnen wij als ouders zelf de zorg voor onze zoon inkopen met een budget van de gemeente? Hij is 12 en heeft veel begeleiding nodig.',
    'mijn dochter is 15 en zit al weken thuis met angsten. de leraar zei dat we hulp bij de gemeente kunnen vragen. hoe werkt dat',
    'Onze pleegzoon wordt over een half jaar 18. Wat gebeurt er dan met zijn hulp, moeten we iets regelen bij de gemeente?',
  ]),
  S('gemeente-jeugd', 'klacht', 'normaal', [
    'We staan nu {n} maanden op de wachtlijst voor behandeling van {kind} bij de jeugd-ggz en de gemeente zegt alleen dat het druk is. Ondertussen gaat het steeds slechter met hem.',
    'De herbeoordeling van de hulp voor {kind} had in {maand} moeten gebeuren. De consulent jeugd reageert niet op mails en de beschikking is verlopen.',
    'Ik heb een verwijzing van de kinderarts maar de gemeente wil toch eerst zelf een gesprek, en dat kan pas over {n} weken. Waarom moet alles dubbel?',
    'wij wachten al sinds {maand} op een besluit over hulp voor onze tweeling. elke keer als ik bel krijg ik een ander iemand aan de lijn',
    'Als leerkracht maak ik me zorgen: een leerling van mij wacht al een jaar op hulp via de gemeente en niemand pakt het op. De ouders zijn ten einde raad.',
  ]),
  S('gemeente-jeugd', 'signaal', 'normaal', [
    'Ik wil even melden dat het voor ouders heel onduidelijk is welk formulier je moet invullen voor hulp aan je kind. Wij zijn drie keer opnieuw begonnen.',
    'Als schoolmaatschappelijk werker zie ik dat veel kinderen maanden wachten op een beslissing over hulp. Misschien kan de gemeente daar naar kijken.',
  ]),
  S('gemeente-jeugd', 'klacht', 'hoog', [
    'De beschikking voor de behandeling van {kind} is gisteren afgelopen en de verlenging is nog niet geregeld. De behandelaar mag nu niet verder en {kind} zit zonder hulp.',
  ]),
  S('gemeente-jeugd+svb', 'bezwaar', 'normaal', [
    'De gemeente heeft voor het pgb van {kind} een veel lager uurtarief vastgesteld dan vorig jaar. De SVB betaalt nu minder uit aan de begeleider. Ik maak bezwaar tegen dat tarief.',
  ]),
  // ───────────── gemeente-overig: minima, kwijtschelding, inburgering, leerplicht, conduct ─────────────
  S('gemeente-overig', 'vraag', 'normaal', [
    'Ik heb een laag inkomen. Kan ik via de gemeente korting krijgen op een zorgverzekering?',
    'Is er een regeling voor een laptop voor school voor mijn kinderen? We hebben weinig geld.',
    'mag mijn zoon met de stadspas op zwemles of moet ik dat zelf betalen',
    'Ik heb een aanslag van de gemeente en het waterschap gekregen. Kan ik vragen of ik die niet hoef te betalen, ik zit in de bijstand?',
    'Vergoedt de gemeente de contributie van de voetbalclub voor kinderen uit gezinnen met weinig geld?',
    'Mijn inburgeringsexamen moet voor {maand} klaar zijn maar ik ben ziek geweest. Kan ik uitstel krijgen en bij wie vraag ik dat?',
  ]),
  S('gemeente-overig', 'klacht', 'normaal', [
    'Ik heb {n} weken geleden kwijtschelding aangevraagd en nu krijg ik toch een aanmaning voor de afvalstoffenheffing. Niemand van de belastingafdeling belt terug.',
    'de vrouw aan de telefoon bij de gemeente was zo onvriendelijk, ze zei dat ik maar beter Nederlands moest leren. dat is toch geen manier',
    'De taalschool die de gemeente voor mijn inburgering heeft geregeld is steeds dicht en de lessen vallen uit. Zo haal ik mijn examen nooit.',
    'Ik heb een klacht ingediend bij de gemeente over een medewerker en na {n} weken nog geen ontvangstbevestiging gekregen.',
    'De leerplichtambtenaar heeft ons op school laten komen alsof wij criminelen zijn, terwijl onze zoon een chronische ziekte heeft.',
    'Op de website van de gemeente kun je alleen met DigiD een afspraak maken. Mijn moeder heeft geen DigiD en niemand aan de telefoon wil haar helpen.',
  ]),
  S('gemeente-overig', 'bezwaar', 'normaal', [
    'Mijn aanvraag voor de bijdrage voor schoolkosten is afgewezen omdat ik een week te laat was. Dat vind ik niet redelijk, ik wil dat dit opnieuw bekeken wordt.',
    'De gemeente heeft mijn verzoek om kwijtschelding van de hondenbelasting en de rioolheffing geweigerd. Ik heb echt geen geld, ik teken bezwaar aan.',
    'Ik heb een boete gekregen van de gemeente omdat mijn dochter te vaak niet op school was. Ze was ziek, we hebben briefjes van de dokter. Dit klopt niet.',
  ]),
  S('gemeente-overig', 'signaal', 'normaal', [
    'Ik wil iets melden: de brieven over de minimaregelingen zijn zo moeilijk geschreven dat mijn buren ze niet snappen. Ik denk dat veel mensen daardoor geld mislopen.',
    'Ter info: bij het loket in het stadskantoor is geen tolk en nieuwkomers worden weggestuurd. Geen klacht, maar het kan beter.',
  ]),
  // municipal matters outside the social domain (still gemeente-overig)
  S('gemeente-overig', 'klacht', 'normaal', [
    'De bomen in onze straat zijn gekapt zonder dat de bewoners iets te horen kregen. Ik ben hier boos over.',
    'Het evenement in het park gaat elke nacht tot drie uur door, de gemeente heeft daar zelf een vergunning voor gegeven.',
    'al 2 maanden wacht ik op mn nieuwe id kaart, balie zegt steeds volgende week',
    'Het graf van mijn vader op de gemeentelijke begraafplaats is zonder bericht geruimd. Hoe kan dat?',
  ]),
  S('gemeente-overig', 'vraag', 'normaal', [
    'Wij willen volgend jaar trouwen in het stadhuis. Hoe ver van tevoren moeten we dat melden?',
    'Welke dag wordt het oud papier opgehaald bij ons in de straat?',
    'Ik wil een invalidenparkeerplaats voor mijn deur. Waar vraag ik dat aan?',
    'Hoe kan ik een subsidie aanvragen voor ons buurtfeest?',
  ]),
  // ───────────── onbekend: care and money outside the list ─────────────
  S('onbekend', 'klacht', 'normaal', [
    'De verpleegkundige op de afdeling in het ziekenhuis was heel bot tegen mijn moeder en liet haar uren in een vieze luier liggen.',
    'De tandarts heeft een behandeling gedaan zonder te vertellen wat het kost en nu krijg ik een rekening van {bedrag}.',
    'Mijn psycholoog is gestopt en de praktijk zegt dat ik een half jaar moet wachten op een nieuwe. Ik ben 34 en heb echt hulp nodig.',
    'De fysiotherapeut heeft behandelingen gedeclareerd die ik nooit heb gehad.',
    'mn huisbaas (particulier) doet niks aan de schimmel in de badkamer, ik krijg er astma van',
    'Ik heb een pakket besteld en de webwinkel stuurt mijn geld niet terug.',
    'De specialist in het ziekenhuis heeft mijn vader veel te vroeg naar huis gestuurd na zijn operatie.',
  ]),
  S('onbekend', 'vraag', 'normaal', [
    'Wordt een gehoorapparaat vergoed uit de basisverzekering of moet ik aanvullend verzekerd zijn?',
    'Hoe kom ik aan een nieuwe huisarts? De mijne gaat met pensioen en niemand neemt nog patiënten aan.',
    'Ik heb een brief gekregen maar ik snap niet van wie die is. Kan iemand meekijken?',
    'goedemiddag ik wil iets vragen over mijn situatie maar weet niet of ik hier goed ben',
    'Wat moet ik doen als de kinderopvang mijn kind niet meer wil hebben?',
  ]),
  S('onbekend', 'klacht', 'normaal', [
    'Ik ben echt helemaal klaar met jullie. Niemand luistert.',
    'Dit is nu de derde keer dat ik het vraag en weer geen antwoord.',
    'slechte service. ik wil een klacht indienen',
  ]),
  // ───────────── zorgaanbieder: described by what the carer does ─────────────
  S('zorgaanbieder', 'klacht', 'normaal', [
    'De mevrouw die bij {rel} komt schoonmaken zit de helft van de tijd op haar telefoon en de badkamer blijft vies.',
    'De begeleider die mijn zoon helpt met zijn administratie komt steeds te laat en heeft vorige week zijn post kwijtgemaakt.',
    'De wijkzuster die mijn vader elke ochtend wast komt soms pas om twaalf uur, dan zit hij al uren in zijn pyjama op bed.',
    'Bij de dagbesteding van {rel} letten ze niet op, ze is twee keer gevallen en wij hoorden het pas van de buren.',
    'In het verpleeghuis van mijn moeder is zo weinig personeel dat ze haar eten koud krijgt en niemand helpt met eten.',
    'de hulp van mn oma heeft geld uit haar portemonnee gepakt denken wij. het bureau doet er niks mee',
    'Het zorgbureau heeft zonder overleg de vaste verzorgster van {rel} weggehaald. Elke dag staat er nu een onbekende voor de deur.',
    'De groepsleiding in de woonvorm van onze dochter schreeuwt tegen de bewoners. Dat hebben we zelf gehoord.',
  ]),
  S('zorgaanbieder', 'signaal', 'normaal', [
    'Ik wil het even kwijt: de thuishulp van mijn buurvrouw blijft steeds korter dan afgesproken. Ik weet niet of iemand dat controleert.',
    'Als mantelzorger zie ik dat de medicijnen in het verzorgingshuis vaak verkeerd worden klaargezet. Ik meld het hier maar even.',
  ]),
  S('zorgaanbieder', 'klacht', 'hoog', [
    'De thuiszorgorganisatie heeft laten weten dat ze vanaf maandag niet meer komen bij {rel} omdat ze te weinig personeel hebben. Hij kan niet zelf uit bed.',
  ]),
  // nursing home: care quality (provider) vs indication (wlz)
  S('wlz', 'klacht', 'normaal', [
    'Het CIZ doet er al {n} maanden over om te beslissen of mijn vader naar een verpleeghuis mag. Hij kan echt niet meer alleen wonen.',
    'Het zorgkantoor zegt dat er geen plek is in de buurt en biedt alleen een tehuis op een uur rijden aan. Mijn moeder kent daar niemand.',
  ]),
  S('wlz', 'vraag', 'normaal', [
    'Mijn moeder heeft een indicatie voor langdurige zorg gekregen. Kan ze daarmee ook thuis blijven wonen met zorg aan huis?',
  ]),
  // ───────────── svb / cak / uwv / toeslagen ─────────────
  S('svb', 'klacht', 'normaal', [
    'De nieuwe zorgovereenkomst voor de begeleider van {kind} ligt al {n} weken bij de SVB en zo lang krijgt ze geen salaris.',
    'Mijn dochter woont in een kleinschalige woonvorm met een budget uit de Wlz. De Sociale Verzekeringsbank heeft de rekening van de woonvorm al twee maanden niet betaald.',
    'De kinderbijslag voor mijn jongste is gestopt terwijl hij gewoon bij ons woont.',
    'svb betaalt mn verzorgster al sinds {maand} niet, ze werkt nu voor niks. wie kan dit oplossen',
  ]),
  S('svb', 'vraag', 'normaal', [
    'Mijn moeder wordt 67 volgend jaar. Moet ze haar AOW zelf aanvragen?',
    'Hoe dien ik een declaratie in voor de uren van de oppas die uit het pgb van mijn zoon betaald wordt?',
  ]),
  S('cak', 'klacht', 'normaal', [
    'Mijn vader krijgt elke maand een rekening voor zijn hulp in het huishouden, terwijl hij die sinds {maand} niet meer heeft. Het CAK reageert niet op mijn brief.',
    'Ik moet ineens meer betalen voor mijn zorg thuis omdat mijn vermogen te hoog zou zijn. Dat klopt niet, mijn spaargeld is al op.',
  ]),
  S('uwv', 'klacht', 'normaal', [
    'Na mijn ontslag heb ik WW aangevraagd maar na {n} weken nog geen euro ontvangen. Bij de klantenservice krijg ik steeds iemand anders.',
    'De keuringsarts heeft mij volledig goedgekeurd terwijl ik nauwelijks kan staan. Ik krijg nu geen ziektegeld meer.',
    'mijn wajong is verlaagd omdat ik een paar uur werk, maar ik verdien bijna niks. snap er niks van',
  ]),
  S('uwv', 'vraag', 'normaal', [
    'Mijn tijdelijke contract stopt volgende maand. Heb ik recht op een uitkering en waar vraag ik die aan?',
  ]),
  S('toeslagen', 'klacht', 'hoog', [
    'Ik moet {bedrag} aan huurtoeslag terugbetalen omdat mijn inkomen te hoog zou zijn geweest. Ze houden het nu in op mijn zorgtoeslag en ik kom niet meer rond.',
  ]),
  S('toeslagen', 'vraag', 'normaal', [
    'Ik ga samenwonen met mijn vriend. Wat gebeurt er met mijn huurtoeslag en moet ik dat zelf doorgeven?',
    'Mijn kinderopvang is duurder geworden, moet ik dat doorgeven aan de Belastingdienst?',
  ]),
  // ───────────── gemeente-werk-inkomen vs others ─────────────
  S('gemeente-werk-inkomen', 'klacht', 'normaal', [
    'Mijn klantmanager heeft mijn formulier kwijtgemaakt en nu wordt mijn uitkering pas over {n} weken betaald.',
    'Ik moet van de sociale dienst elke week solliciteren op banen die ik met mijn rugklachten niet kan doen.',
    'Ze willen dat ik een werkervaringsplek ga doen maar die is aan de andere kant van de stad en ik heb geen vervoer.',
  ]),
  S('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'Mijn wasmachine is kapot en ik heb bijstand. Kan ik hulp krijgen voor een nieuwe?',
    'Ik ga als zzp-er beginnen maar heb nu een uitkering van de gemeente. Mag dat en wat moet ik doorgeven?',
  ]),
  // ───────────── gemeente-vervoer / vervoerder: provisions vs carrier; hard negatives ─────────────
  S('gemeente-vervoer', 'vraag', 'normaal', [
    'Mijn zoon gaat naar het voortgezet speciaal onderwijs in de volgende stad. Krijgt hij een vergoeding voor de bus of een taxi, en hoe vraag ik dat aan?',
  ]),
  S('gemeente-vervoer', 'bezwaar', 'normaal', [
    'De gemeente wil dat {kind} voortaan met het openbaar vervoer naar school gaat in plaats van met de taxi. Hij kan dat met zijn beperking niet. Ik ga in bezwaar.',
  ]),
  S('vervoerder', 'klacht', 'normaal', [
    'De chauffeur van het busje dat mijn dochter naar de dagbesteding brengt rookt in de auto.',
    'Ik had de rit een dag van tevoren geboekt en toch stond er niemand. Ik heb mijn afspraak bij het ziekenhuis gemist.',
  ]),
  // ───────────── wijkteam vs gemeente-wmo ─────────────
  S('wijkteam', 'klacht', 'normaal', [
    'Mijn coach van het buurtteam is al {n} weken ziek en er is geen vervanger. Ik zit met al mijn brieven alleen.',
    'De vrouw van het sociaal team kwam langs voor een gesprek over hulp voor mijn moeder, maar daarna hebben we nooit meer iets gehoord.',
  ]),
  S('gemeente-wmo', 'klacht', 'normaal', [
    'Ik heb in {maand} hulp aangevraagd voor het schoonhouden van mijn huis en ben nog steeds niet gebeld voor een gesprek.',
    'De ergotherapeut heeft een aangepaste douche geadviseerd, maar de gemeente laat al {n} maanden niks horen over de aanpassing van mijn badkamer.',
    'mijn moeder heeft een rolstoel gekregen maar die past niet, te breed voor de deur. gemeente zegt ze moet het er mee doen',
  ]),
  S('gemeente-wmo', 'vraag', 'normaal', [
    'Ik zorg elke dag voor mijn man met Parkinson en ben doodop. Kan iemand een paar uur per week van mij overnemen?',
    'Mijn vader kan de trap niet meer op. Wat kan de gemeente doen, hij woont in een koophuis?',
  ]),
  // ───────────── gemeente-schuldhulp ─────────────
  S('gemeente-schuldhulp', 'vraag', 'normaal', [
    'ik heb overal achterstanden, telefoon, zorgverzekering, huur. waar kan ik hulp krijgen om het op een rij te zetten',
    'Mijn broer kan niet met geld omgaan en geeft alles meteen uit. Kan iemand zijn geld voor hem beheren?',
  ]),
  S('gemeente-schuldhulp', 'klacht', 'normaal', [
    'Ik zit al een jaar in het traject bij de gemeente en mijn schuldeisers hebben nog steeds geen voorstel gekregen.',
  ]),
  // ───────────── jeugdbescherming vs veilig-thuis ─────────────
  S('veilig-thuis', 'klacht', 'normaal', [
    'Na een melding van school heeft een medewerker van Veilig Thuis ons gezin onderzocht en in het rapport staan dingen die gewoon niet kloppen.',
  ]),
  S('veilig-thuis', 'vraag', 'normaal', [
    'Ik hoor bij de buren vaak een kind huilen en een man schreeuwen. Waar kan ik dat melden zonder dat ze weten dat ik het ben?',
  ]),
  S('jeugdbescherming', 'klacht', 'normaal', [
    'De voogd van mijn kleinzoon besluit alles over zijn hoofd heen en wij als grootouders worden nergens over ingelicht.',
  ]),
  // ───────────── woningcorporatie ─────────────
  S('woningcorporatie', 'klacht', 'normaal', [
    'Ik heb een medische urgentie aangevraagd bij de woningstichting omdat ik de trap niet meer op kom, maar ik hoor al maanden niets.',
    'De onderbuurman is psychisch ziek en maakt elke nacht lawaai. De verhuurder zegt dat het niet hun probleem is.',
  ]),
  // ───────────── two bodies: who has to act, both directions ─────────────
  S('gemeente-jeugd+svb', 'klacht', 'normaal', [
    'De SVB kan de begeleider van {kind} niet betalen omdat de gemeente het nieuwe besluit over het budget nog steeds niet heeft doorgegeven.',
    'Ons pgb voor {kind} is sinds {maand} afgelopen en de gemeente heeft de verlenging nog niet geregeld, dus de Sociale Verzekeringsbank stopt met uitbetalen.',
    'bij de svb zeggen ze dat ze pas kunnen betalen als de gemeente de toekenning voor mn dochter stuurt. die gemeente reageert nergens op',
  ]),
  S('svb+gemeente-jeugd', 'klacht', 'normaal', [
    'Het budget voor {kind} is door de gemeente gewoon toegekend, maar de SVB heeft de facturen van de logeeropvang al {n} maanden niet betaald.',
  ]),
  S('gemeente-wmo+woningcorporatie', 'klacht', 'normaal', [
    'De woningcorporatie wil de badkamer best aanpassen, maar de gemeente moet eerst beslissen over de vergoeding en dat duurt nu al {n} maanden.',
    'De verhuurder heeft toestemming gegeven voor een traplift, maar de Wmo-consulent komt maar niet langs voor het gesprek.',
  ]),
  S('woningcorporatie+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente heeft de aanpassing van mijn keuken al goedgekeurd, maar de woningcorporatie geeft geen toestemming om te beginnen.',
  ]),
  S('gemeente-werk-inkomen+gemeente-schuldhulp', 'klacht', 'hoog', [
    'Mijn bijstand is al {n} weken niet betaald omdat mijn klantmanager een formulier kwijt is. Nu loop ik achter met alles en stapelen de rekeningen zich op.',
    'Door de terugvordering van de sociale dienst hou ik elke maand bijna niks over en krijg ik steeds meer schulden. Kan de gemeente de inhouding verlagen?',
  ]),
  S('gemeente-schuldhulp+gemeente-werk-inkomen', 'klacht', 'normaal', [
    'De budgetbeheerder van de gemeente betaalt mijn vaste lasten niet op tijd, terwijl mijn uitkering gewoon binnenkomt. Nu heb ik weer aanmaningen.',
  ]),
  S('gemeente-werk-inkomen+uwv', 'klacht', 'hoog', [
    'Mijn WW is vorige maand gestopt en ik heb meteen bijstand aangevraagd, maar de gemeente heeft na {n} weken nog steeds niet beslist. Ik heb niks om van te leven.',
    'Het UWV heeft mijn ziektewet beeindigd en de gemeente zegt dat ik eerst alle papieren opnieuw moet inleveren voor een voorschot. Intussen heb ik geen inkomen.',
  ]),
  S('uwv+gemeente-werk-inkomen', 'klacht', 'normaal', [
    'Het UWV heeft mijn WIA-uitkering verlaagd en nu moet ik aanvullende bijstand aanvragen bij de gemeente. Dat besluit van het UWV klopt niet.',
  ]),
  S('gemeente-jeugd+wijkteam', 'klacht', 'normaal', [
    'Het wijkteam heeft ons doorverwezen voor specialistische hulp voor {kind}, maar de gemeente heeft na {n} weken nog steeds geen beschikking afgegeven.',
  ]),
  S('wijkteam+gemeente-jeugd', 'klacht', 'normaal', [
    'De gezinscoach van het wijkteam zou een aanvraag voor jeugdhulp voor {kind} doen, maar hij heeft het nooit gedaan. Nu zijn we maanden verder.',
  ]),
  S('wlz+svb', 'klacht', 'normaal', [
    'Het zorgkantoor heeft het budget voor de zorg van mijn moeder nog niet vastgesteld, daardoor kan de SVB de zorgverleners niet betalen.',
  ]),
  S('svb+wlz', 'klacht', 'normaal', [
    'Het budget uit de Wlz voor onze zoon is al lang goedgekeurd, maar de SVB betaalt de facturen van zijn zorgboerderij niet uit.',
  ]),
  S('svb+jeugdbescherming', 'vraag', 'normaal', [
    'Mijn dochter woont sinds de uithuisplaatsing in een pleeggezin. Krijg ik nog kinderbijslag voor haar of gaat die naar de pleegouders?',
  ]),
  S('veilig-thuis+jeugdbescherming', 'klacht', 'normaal', [
    'Veilig Thuis heeft na hun onderzoek een rapport geschreven vol fouten, en op basis daarvan is er nu een gezinsvoogd bij ons gezin. Ik wil dat Veilig Thuis het rapport aanpast.',
  ]),
  S('gemeente-overig+toeslagen', 'klacht', 'normaal', [
    'Ik ben gedupeerde van de toeslagenaffaire en de gemeente zou mij helpen met wonen en schulden, maar mijn contactpersoon bij de gemeente reageert al maanden niet.',
  ]),
  S('gemeente-schuldhulp+woningcorporatie', 'klacht', 'hoog', [
    'Ik heb een huurachterstand en de corporatie gaat naar de rechter. Ik heb me al {n} weken geleden aangemeld bij de schuldhulp van de gemeente maar ik heb nog geen intakegesprek gehad.',
  ]),
  S('gemeente-wmo+wlz', 'klacht', 'normaal', [
    'De gemeente wil de hulp aan mijn vader stoppen en zegt dat hij een Wlz-indicatie moet aanvragen. Maar die aanvraag loopt nog en tot die tijd moet de gemeente toch blijven helpen?',
  ]),
  S('wijkteam+gemeente-wmo', 'klacht', 'normaal', [
    'De medewerker van het buurtteam heeft het keukentafelgesprek voor de huishoudelijke hulp van {rel} gedaan, maar het verslag heeft ze nooit ingestuurd.',
  ]),
];
