/**
 * Round 6 (2026-12): probes written BEFORE the concept net (`nlp/crisis-concepts.ts`) existed, to
 * measure how the phrase rules generalise, then the concept lexicons were written. The probes aim at
 * what an independent writer writes: dangers told without the words the rules were built on
 * (affairs put in order, "last time I ended up in A&E" and he is coming home, an adult touching a
 * child, a shelter closing tonight, no heating with a newborn, care that did not come and an acute
 * symptom), in nl, en, tr, pl, ar, uk; and look-alikes (the same words in past, announced or
 * figurative use, a teacher's report without a sign of now).
 *
 * Before the concept net: 11 of 127 caught, 1 of 68 look-alikes fired (a violent act "jaren geleden").
 * After: 125 of 127, 0 of 68. Probes and lexicons are by the same hand, so "after" flatters: the
 * HOLD_OUT set below was written after the lexicons and never used to change them (7 of 20 caught
 * before, 10 of 20 after). Invented text only, not evaluation data.
 */
import { expect } from 'chai';
import { detectCrisis } from '../../nlp/crisis.js';

/** [language, category, message] that must be caught (round 6). */
const CRISIS_ROUND6: Array<[string, string, string]> = [
  // ---- nl suicide: preparations, farewell, burden, plan, third parties
  ["nl","suicide","Alles is geregeld. De kat heb ik naar de buren gebracht en de sleutels liggen bij mijn broer. Bedankt voor alles."],
  ["nl","suicide","Goedemiddag, ik heb mijn testament laten opmaken en afscheid genomen van mijn dochter. Het hoeft niet meer voor mij, de schulden worden nooit minder."],
  ["nl","suicide","ik ben alleen maar een last voor iedereen. straks hebben ze geen last meer van me"],
  ["nl","suicide","Ik ben er klaar mee. Vanavond neem ik al mijn slaaptabletten in."],
  ["nl","suicide","sorry voor alles. zeg tegen mn kinderen dat ik van ze hou"],
  ["nl","suicide","Niemand zal me missen als ik er morgen niet meer ben."],
  ["nl","suicide","Ik heb op internet opgezocht hoeveel pillen je nodig hebt."],
  ["nl","suicide","Ik stond gisteravond al op het perron en dacht: nog één stap."],
  ["nl","suicide","Dit is mijn laatste bericht aan jullie. Het gaat niet meer."],
  ["nl","suicide","Mijn zoon van 19 stuurde vannacht een afscheidsbericht en neemt zijn telefoon niet op."],
  ["nl","suicide","Mijn moeder zegt steeds dat ze dood wil en vandaag vond ik een zak met pillen in haar la."],
  ["nl","suicide","Mijn cliënt vertelde me dat hij een plan heeft om zichzelf te doden, hij weet ook al wanneer."],
  ["nl","suicide","ik wil gewoon slapen en dat het nooit meer ophoudt, voor altijd weg"],
  ["nl","suicide","Ik heb geen kracht meer om door te gaan, ik denk er steeds aan om te stoppen met leven."],
  ["nl","suicide","Het mes ligt al naast me. Ik heb er geen zin meer in."],
  ["nl","suicide","Als de uitkering vrijdag weer niet komt, dan spring ik."],
  ["nl","suicide","Ik ben al een paar dagen aan het afscheid nemen van mensen. Ik weet wat ik ga doen."],
  ["nl","suicide","mn vriendin heeft haar polsen opengesneden, ze ligt op de badkamervloer"],
  ["nl","suicide","Mijn broer heeft een fles wodka en een doosje oxazepam leeg, hij praat heel raar."],
  ["nl","suicide","Ik heb het gevoel dat de enige uitweg is om er helemaal mee te stoppen. Het leven bedoel ik."],
  // ---- nl violence: implicit, fear + injury, weapons, hiding, overheard, elder abuse
  ["nl","violence","Hij komt zo thuis van het café. Vorige keer had ik een gebroken neus. Ik ben zo bang."],
  ["nl","violence","mijn ex staat beneden en bonkt op de ramen, hij zegt dat hij me gaat pakken"],
  ["nl","violence","Ik zit met de kinderen in de badkamer met de deur op slot, hij is door het dolle heen."],
  ["nl","violence","Mijn man heeft mijn telefoon afgepakt en de voordeur op slot gedaan. Ik typ dit op de laptop van mijn zoon."],
  ["nl","violence","Gisteravond heeft mijn vriend me bij mijn keel gepakt tot ik geen lucht meer kreeg."],
  ["nl","violence","De hechtingen zitten er nog in, en nu wil hij terugkomen."],
  ["nl","violence","Mijn volwassen zoon is psychotisch, hij loopt hier met een schaar rond en roept dat ik dood moet."],
  ["nl","violence","Mijn broer pakt het pinpasje van mama af en als ze nee zegt geeft hij haar een klap. Ze is 82."],
  ["nl","violence","Ik hoor bij de buren een vrouw om hulp roepen en dingen kapotgaan."],
  ["nl","violence","Hij heeft gezegd dat als ik naar de politie ga, ik de kinderen nooit meer zie en dat hij me vindt."],
  ["nl","violence","Mijn schoonfamilie wil mij terugsturen naar het land en ze hebben mijn paspoort. Ze slaan me als ik tegenspreek."],
  ["nl","violence","Help hij heeft een mes"],
  ["nl","violence","Mijn man trekt me aan mijn haren door het huis als het eten niet klaar is, vanavond weer."],
  ["nl","violence","de vader van mijn kinderen staat met een honkbalknuppel voor de deur"],
  ["nl","violence","Ik ben gevlucht naar mijn zus maar hij weet waar ze woont en hij komt eraan."],
  // ---- nl child danger
  ["nl","child","Mijn dochter van 12 vertelde net dat haar oom aan haar komt als hij oppast."],
  ["nl","child","De baby van de bovenburen krijst al sinds vanochtend en er doet niemand open, de auto van de moeder is weg."],
  ["nl","child","Mijn ex heeft de kinderen vanavond en hij is weer aan de drank, hij moet straks nog rijden."],
  ["nl","child","Mijn zoon van 15 slaapt al drie nachten in het park omdat zijn stiefvader hem eruit heeft gezet."],
  ["nl","child","Mijn kleinzoon zegt dat papa hem met de riem slaat en hij wil vanavond niet naar huis."],
  ["nl","child","Ik ben bang dat ik de baby iets aandoe, ik ben zo moe en hij blijft maar huilen."],
  ["nl","child","De moeder van het buurmeisje ligt bewusteloos op de bank en het meisje van 4 is alleen met haar."],
  ["nl","child","Er staat een kind van een jaar of 6 op de galerij in zijn pyjama en het vriest, niemand doet open."],
  ["nl","child","Mijn nichtje van 14 moet volgende week trouwen met een man van 40 in het buitenland, ze is doodsbang."],
  ["nl","child","De pleegmoeder sluit mijn zoontje op in de kelder als straf, hij vertelde het vanmiddag."],
  ["nl","child","Mijn dochter van 13 heeft een man van internet ontmoet en is sinds gisteren niet thuisgekomen."],
  ["nl","child","De kinderen van mijn zus hebben sinds vrijdag alleen droog brood gehad en zij ligt de hele dag in bed, ze zijn 2 en 5."],
  ["nl","child","Mijn zoon van 3 heeft wasmiddel gedronken, wat moet ik doen"],
  // ---- nl basic needs
  ["nl","basic","De opvang gaat om 18.00 dicht en ik weet niet waar ik met mijn twee kinderen moet slapen."],
  ["nl","basic","We moesten vanmiddag ons huis uit en zitten nu met de koffers op het station."],
  ["nl","basic","Ik heb de sleutel moeten inleveren en heb geen bed voor vannacht."],
  ["nl","basic","Het is 4 graden binnen, de ketel doet het al een week niet en ik heb een pasgeboren baby."],
  ["nl","basic","Mijn moeder van 88 heeft geen verwarming meer en het gaat vannacht min 8 worden."],
  ["nl","basic","Er ligt geen brood meer, de kinderen hebben honger en ik heb nog 2 euro tot maandag."],
  ["nl","basic","mijn vader ligt naast zijn bed op de grond en krijgt zichzelf niet overeind, de alarmknop werkt niet"],
  ["nl","basic","Mijn moeder heeft sinds gisteren haar hartmedicatie niet gekregen omdat de thuiszorg niet kwam, ze is nu heel benauwd."],
  ["nl","basic","De buurvrouw doet al drie dagen niet open, haar post stapelt zich op en de gordijnen zijn dicht. Ze is 91."],
  ["nl","basic","Mijn vader met dementie is vannacht de deur uit gegaan en we kunnen hem niet vinden, het is ijskoud."],
  ["nl","basic","Het zuurstofapparaat van mijn man werkt niet meer sinds de stroom eraf is."],
  ["nl","basic","Niemand heeft mijn moeder vandaag uit bed gehaald of te eten gegeven, ze ligt in haar eigen urine en reageert nauwelijks."],
  ["nl","basic","Mijn broer is diabeet, de wijkverpleging is twee dagen niet geweest en hij is nu suf en aanspreekbaar niet."],
  ["nl","basic","Ik slaap sinds vorige week in een portiek, het begint te vriezen."],
  ["nl","basic","ik zit met mn 3 kids in de auto want we zijn eruit gezet. waar moeten we naartoe vannacht"],
  ["nl","basic","We hebben niks meer te eten en ook geen geld meer, de kleine heeft sinds vanmorgen niks gehad."],
  // ---- English
  ["en","suicide","I've written letters to my kids and sorted out my affairs. I won't be a problem for anyone after this weekend."],
  ["en","suicide","Honestly I'm just a burden. Everyone would be fine if I disappeared tonight."],
  ["en","suicide","My flatmate told me she has a plan to take her life and she's got the pills in her room."],
  ["en","suicide","I can't keep going. I'm standing at the canal and thinking about it."],
  ["en","violence","He's coming home soon and last time I ended up in A&E. I don't know what to do."],
  ["en","violence","My partner grabbed me by the throat this morning and said next time he'll finish it."],
  ["en","violence","I'm hiding in the bathroom with my daughter, he's smashing things in the kitchen."],
  ["en","violence","I can hear the woman next door screaming for help and loud bangs."],
  ["en","child","My 11 year old told me her stepdad comes into her bed at night."],
  ["en","child","The kids next door have been on their own since Friday, mum hasn't been back."],
  ["en","child","My ex is drunk and has taken our baby in the car."],
  ["en","basic","The shelter closes tonight and I have two small children and nowhere to go."],
  ["en","basic","No heating, it's below freezing and my newborn is cold."],
  ["en","basic","My dad missed his insulin since yesterday, carers didn't come, he's confused and sweating."],
  ["en","basic","My neighbour is 87, she's on the kitchen floor and can't get up."],
  // ---- Turkish
  ["tr","suicide","Her şeyi ayarladım, çocuklarıma mektup yazdım. Artık dayanamıyorum."],
  ["tr","suicide","Kimse beni özlemeyecek, bu gece bitireceğim."],
  ["tr","suicide","Oğlum kendini asmaktan bahsediyor, odasında ip buldum."],
  ["tr","violence","Kocam eve geliyor, geçen sefer hastanelik oldum. Çok korkuyorum."],
  ["tr","violence","Eşim elinde bıçakla kapıda bekliyor, kızımla banyoya saklandık."],
  ["tr","violence","Komşunun evinden bağırışlar ve yardım çığlıkları geliyor."],
  ["tr","child","Kızım amcasının ona dokunduğunu söyledi, yarın yine bizde kalacak."],
  ["tr","child","Komşunun çocukları iki gündür yalnızlar, anneleri gelmedi."],
  ["tr","basic","Barınak bu akşam kapanıyor, iki çocuğumla gidecek yerim yok."],
  ["tr","basic","Kalorifer çalışmıyor, dışarısı eksi beş ve bebeğim üşüyor."],
  ["tr","basic","Annem yere düştü, kalkamıyor ve evde kimse yok."],
  ["tr","basic","Çocuklarım aç, evde hiç yiyecek kalmadı ve param yok."],
  // ---- Polish
  ["pl","suicide","Wszystko załatwiłem, napisałem list do córki. Już nie daję rady."],
  ["pl","suicide","Nikt za mną nie zatęskni. Dziś w nocy to skończę."],
  ["pl","suicide","Mój syn mówi, że się powiesi, znalazłam sznur w jego pokoju."],
  ["pl","violence","Mąż zaraz wraca, ostatnio skończyłam w szpitalu. Boję się."],
  ["pl","violence","On stoi pod drzwiami z siekierą i krzyczy, że mnie zabije."],
  ["pl","violence","Słyszę u sąsiadów, jak kobieta woła o pomoc i coś się tłucze."],
  ["pl","child","Córka powiedziała, że ojczym wchodzi w nocy do jej łóżka."],
  ["pl","child","Dzieci sąsiadki są same od piątku, matka nie wróciła."],
  ["pl","basic","Schronisko zamykają dziś wieczorem, nie mam gdzie iść z dwójką dzieci."],
  ["pl","basic","Nie mamy ogrzewania, na dworze minus dziesięć, a mam niemowlę."],
  ["pl","basic","Mama przewróciła się w łazience i nie może wstać, jestem daleko."],
  ["pl","basic","Tata nie dostał insuliny od wczoraj, opiekunka nie przyszła, teraz jest zdezorientowany."],
  // ---- Arabic
  ["ar","suicide","رتبت كل أموري وكتبت رسالة لأولادي. لم أعد أحتمل."],
  ["ar","suicide","لن يفتقدني أحد، سأنهي كل شيء الليلة."],
  ["ar","suicide","ابني يتحدث عن شنق نفسه، وجدت حبلا في غرفته."],
  ["ar","violence","زوجي سيعود قريبا، في المرة الماضية انتهى بي الأمر في المستشفى. أنا خائفة جدا."],
  ["ar","violence","زوجي واقف عند الباب ومعه سكين، اختبأت مع بنتي في الحمام."],
  ["ar","violence","أسمع جارتي تصرخ وتطلب النجدة وأصوات تكسير."],
  ["ar","child","ابنتي قالت إن عمها يلمسها عندما يبقى معها."],
  ["ar","child","أطفال الجيران وحدهم منذ يومين، أمهم لم ترجع."],
  ["ar","basic","الملجأ سيغلق الليلة وليس لدي مكان أذهب إليه مع طفلين."],
  ["ar","basic","التدفئة لا تعمل والحرارة تحت الصفر وعندي رضيع."],
  ["ar","basic","أمي وقعت على الأرض ولا تستطيع أن تقوم، ولا أحد عندها."],
  ["ar","basic","أولادي جائعون ولا يوجد شيء نأكله، ولا مال عندي."],
  // ---- Ukrainian
  ["uk","suicide","Я все владнав і написав листа доньці. Більше не можу."],
  ["uk","suicide","Ніхто за мною не сумуватиме. Сьогодні вночі я все закінчу."],
  ["uk","suicide","Син каже, що повіситься, я знайшла мотузку в його кімнаті."],
  ["uk","violence","Чоловік скоро прийде додому, минулого разу я опинилася в лікарні. Мені дуже страшно."],
  ["uk","violence","Він стоїть під дверима з ножем, ми з донькою сховалися у ванній."],
  ["uk","violence","Чую, як сусідка кричить і кличе на допомогу, щось б'ється."],
  ["uk","child","Донька сказала, що вітчим приходить уночі до її ліжка."],
  ["uk","child","Діти сусідки самі з п'ятниці, мати не повернулася."],
  ["uk","basic","Притулок сьогодні закривають, нам з дітьми нікуди йти."],
  ["uk","basic","Опалення не працює, надворі мінус десять, а в мене немовля."],
  ["uk","basic","Мама впала у ванній і не може піднятися, я далеко."],
  ["uk","basic","Тато з учора без інсуліну, доглядальниця не прийшла, він зараз розгублений і пітніє."],
];

/** [language, message] that must NOT fire: figures of speech, past events, announced (not tonight) problems, reports without a sign of now. */
const LOOK_ALIKES_ROUND6: Array<[string, string]> = [
  ["nl","Ik heb mijn zaken geregeld met de bewindvoerder, nu wil ik weten wanneer de schuldhulp begint."],
  ["nl","Ik heb een brief geschreven naar de wethouder over de wachtlijst."],
  ["nl","Ik kan het niet meer aan, de zorg voor mijn man is te zwaar. Kan ik respijtzorg krijgen?"],
  ["nl","Ik ben het beu, dit is de laatste keer dat ik bel over die taxi."],
  ["nl","Mijn moeder is vorige maand gevallen en na het ziekenhuis heeft ze een traplift nodig."],
  ["nl","Vorig jaar heb ik in de vrouwenopvang gezeten, nu zoek ik hulp bij de schulden."],
  ["nl","Mijn ex heeft mij jaren geleden mishandeld, daarom heb ik nog steeds begeleiding."],
  ["nl","De juf zag blauwe plekken op de arm van een leerling en wil dit melden."],
  ["nl","We moeten over zes weken de woning uit, de rechter heeft de ontruiming toegestaan."],
  ["nl","Het energiebedrijf dreigt de stroom af te sluiten als we niet voor de 15e betalen."],
  ["nl","De verwarming is kapot en de corporatie komt pas volgende week, het is wel fris in huis."],
  ["nl","Mijn vader kreeg zijn insuline vanochtend een uur te laat, dat gebeurt steeds vaker."],
  ["nl","De thuiszorg is gisteren niet gekomen, mijn moeder heeft toen zelf haar steunkousen aangedaan."],
  ["nl","Ik ben doodop van alle formulieren."],
  ["nl","Die wachttijd maakt me kapot, ik word er echt gek van."],
  ["nl","Hij sloeg met de deur toen de consulent weg was."],
  ["nl","Mijn zoon slaat soms om zich heen op school, we zoeken begeleiding via het wijkteam."],
  ["nl","De kinderen waren gisteren even alleen thuis terwijl ik boodschappen deed."],
  ["nl","De opvang gaat in december dicht en we moeten op tijd een woning vinden."],
  ["nl","Ik heb geen eten kunnen kopen van de toeslag, kan ik een voedselpakket aanvragen?"],
  ["nl","Mijn dochter slaapt bij mij sinds de scheiding, ze heeft een eigen kamer nodig."],
  ["nl","Ik wil stoppen met de dagbesteding, het is niks voor mij."],
  ["nl","Het leven is duur geworden, ik kom niet rond van de bijstand."],
  ["nl","Mijn buurvrouw is 90 en ik help haar met de boodschappen, kan ze huishoudelijke hulp krijgen?"],
  ["nl","Ik schrok me kapot toen ik de rekening van het CAK zag."],
  ["nl","Ik sta met de rug tegen de muur door de terugvordering."],
  ["nl","De jongen van de buren speelt altijd buiten tot het donker wordt, is dat normaal?"],
  ["nl","Mijn man heeft dementie en loopt soms weg, we willen een GPS-tracker via de Wmo."],
  ["nl","We hebben vorige winter een week zonder verwarming gezeten, nu is het gelukkig opgelost."],
  ["nl","De deurwaarder komt volgende week voor de beslaglegging, kunnen jullie helpen?"],
  ["nl","Ik wil afscheid nemen van mijn begeleider, hij gaat met pensioen, kan ik een nieuwe krijgen?"],
  ["nl","Mijn pleegzoon gaat in maart terug naar zijn moeder, wie regelt het vervoer?"],
  ["nl","Ik ben bang dat mijn aanvraag wordt afgewezen als ik te laat ben."],
  ["nl","Mijn zoon zit de hele dag op zijn kamer te gamen en wil niet naar school."],
  ["nl","Het rijdende ziekenhuisbed voor mijn moeder is nog steeds niet geleverd."],
  ["nl","Mijn vader lag vorige week op de spoedeisende hulp na een val, de thuiszorg moet nu vaker komen."],
  ["nl","Ik heb het touw van de waslijn nodig voor de balkonaanpassing, wie betaalt dat?"],
  ["nl","We moeten vandaag de huur betalen maar de uitkering is er nog niet."],
  ["nl","Deze regels zijn om te huilen, ik snap er niks van."],
  ["nl","Mijn man wordt woedend op de gemeente als hij weer een brief krijgt."],
  ["en","I've sorted out my affairs with the debt counsellor, when does the plan start?"],
  ["en","This paperwork is killing me, I just want it to stop."],
  ["en","My mum fell last year and now needs a stair lift."],
  ["en","The teacher noticed bruises on a pupil and wants to report it."],
  ["en","We have to leave the flat next month, the eviction was approved."],
  ["en","The heating broke last winter and it took weeks to fix."],
  ["en","I'm done with waiting for the taxi, please call me back."],
  ["tr","Bürokrasi beni öldürüyor, başvurum hâlâ bekliyor."],
  ["tr","Annem geçen yıl düştü, şimdi merdiven asansörü lazım."],
  ["tr","Gelecek ay evden çıkmamız gerekiyor, yeni ev arıyoruz."],
  ["tr","Öğretmen bir öğrencide morluk gördü ve bildirmek istiyor."],
  ["tr","Kalorifer geçen kış bozuldu, şimdi düzeldi."],
  ["pl","Ta biurokracja mnie wykończy, wniosek wciąż leży."],
  ["pl","Mama przewróciła się w zeszłym roku, teraz potrzebuje poręczy."],
  ["pl","W przyszłym miesiącu musimy opuścić mieszkanie, szukamy nowego."],
  ["pl","Nauczycielka zauważyła siniaki u ucznia i chce to zgłosić."],
  ["pl","Napisałem list do gminy w sprawie zasiłku."],
  ["ar","هذه الأوراق تقتلني، ما زلت أنتظر الرد."],
  ["ar","أمي وقعت السنة الماضية والآن تحتاج مصعد درج."],
  ["ar","يجب أن نترك الشقة الشهر القادم، نبحث عن بيت جديد."],
  ["ar","المعلمة لاحظت كدمات على تلميذ وتريد الإبلاغ."],
  ["ar","كتبت رسالة إلى البلدية بخصوص المساعدة."],
  ["uk","Ця бюрократія мене вбиває, заява досі лежить."],
  ["uk","Мама впала минулого року, тепер потрібен поручень."],
  ["uk","Наступного місяця ми маємо виїхати з житла, шукаємо нове."],
  ["uk","Вчителька помітила синці в учня і хоче повідомити."],
  ["uk","Я написав листа до громади щодо допомоги."],
  ["uk","Опалення зламалося минулої зими, зараз все гаразд."],
];

/** Round-6 probes still missed after the concept net (kept visible, not fixed phrase by phrase). */
const KNOWN_MISSES = new Set([
  'ik wil gewoon slapen en dat het nooit meer ophoudt, voor altijd weg',
  'Ik heb het gevoel dat de enige uitweg is om er helemaal mee te stoppen. Het leven bedoel ik.',
]);

/** Written after the lexicons and never used to change them: [message, crisis?]. */
const HOLD_OUT: Array<[string, boolean]> = [
  ['Mijn vrouw heeft gisteren alle oxycodon van haar moeder meegenomen en zegt dat ze het zat is. Ik kan haar niet bereiken.', true],
  ['ik heb mn hond naar het asiel gebracht en de huur opgezegd. morgen is het klaar', true],
  ['Hij heeft mijn arm op de snijplank gelegd en gezegd dat hij hem eraf hakt als ik weer weg ga.', true],
  ['De vader van mijn kleinzoon rijdt dronken met hem rond, nu, ik zie ze net wegrijden.', true],
  ['Mijn buurjongen van 9 zit al sinds gisteravond op de trap, zijn moeder is er niet.', true],
  ['Mijn schoonvader komt \'s nachts bij mijn dochter op de kamer, ze is 11.', true],
  ['We zijn vanmorgen door de huisbaas op straat gezet en ik heb twee kleine kinderen, waar moeten we vannacht heen?', true],
  ['Mijn moeder van 93 heeft geen stroom meer en het vriest buiten, de kachel doet niks.', true],
  ['Mijn oom ligt sinds vanochtend op de vloer van de badkamer, hij kan niet opstaan en niemand kan erbij.', true],
  ['Mijn man krijgt dialyse thuis en de stroom is eraf gehaald.', true],
  ['I gave my cat to my neighbour and wrote my mum a letter. I can\'t keep doing this.', true],
  ['He put his hands around my neck last night and I blacked out.', true],
  ['My sister\'s kids (3 and 5) have been alone since Saturday, she is not answering.', true],
  ['We were kicked out tonight and have nowhere to sleep with the baby.', true],
  ['Babam diyaliz hastası ve elektriği kestiler.', true],
  ['Eski kocam kapıda bekliyor, bıçağı var, çok korkuyorum.', true],
  ['Mój brat powiedział, że dziś w nocy się zabije.', true],
  ['Nie mamy ogrzewania, jest mróz, a mama ma 90 lat.', true],
  ['زوجي قال إنه سيقتلني الليلة إذا لم أعطه المال.', true],
  ['Мама лежить на підлозі з ранку і не може піднятися.', true],
  ['Ik heb mijn hond naar het asiel gebracht omdat ik hem niet meer kan verzorgen, kan ik hulp krijgen bij het uitlaten?', false],
  ['Mijn man krijgt dialyse in het ziekenhuis en de taxi kwam te laat.', false],
  ['De stroom was vorige week een dag uitgevallen, nu werkt alles weer.', false],
  ['Mijn buurjongen zit vaak op de trap te gamen.', false],
  ['Ik heb geen zin meer in die wachtlijst.', false],
  ['De huisbaas heeft ons de huur opgezegd per 1 maart, kunnen jullie helpen met urgentie?', false],
  ['My mum lies on the sofa all day since her hip operation, we need home care.', false],
  ['The kids were alone for ten minutes while I took the bins out.', false],
  ['Kocam eve gelince konuşacağız, başvuru hakkında.', false],
  ['Tata leży w szpitalu od tygodnia i potrzebuje opieki po powrocie.', false],
];

describe('nlp crisis: round-6 probes (concept net)', () => {
  it(`catches the round-6 probes (${CRISIS_ROUND6.length}) except the ${KNOWN_MISSES.size} known misses`, () => {
    const missed = CRISIS_ROUND6.filter(([, , t]) => !detectCrisis(t)).map(([l, c, t]) => `${l} ${c}: ${t}`);
    expect(missed).to.deep.equal(CRISIS_ROUND6.filter(([, , t]) => KNOWN_MISSES.has(t)).map(([l, c, t]) => `${l} ${c}: ${t}`));
  });
  it(`stays quiet on the round-6 look-alikes (${LOOK_ALIKES_ROUND6.length})`, () => {
    const fired = LOOK_ALIKES_ROUND6.map(([l, t]) => ({ l, t, m: detectCrisis(t) })).filter((x) => x.m).map((x) => `${x.l} ${x.m!.rule}: ${x.t}`);
    expect(fired).to.deep.equal([]);
  });
  it('hold-out written after the lexicons: at least 10 of 20 caught (measured), no look-alike fires', () => {
    const caught = HOLD_OUT.filter(([t, c]) => c && detectCrisis(t)).length;
    const fired = HOLD_OUT.filter(([t, c]) => !c && detectCrisis(t)).map(([t]) => t);
    expect(caught).to.be.at.least(10);
    expect(fired).to.deep.equal([]);
  });
});
