/**
 * Crisis second net: deterministic co-occurrence of danger CONCEPTS, run when no phrase rule in
 * `crisis.ts` fired. Phrase rules catch the wordings their authors thought of; an independent
 * writer describes the same danger with other words ("alles is geregeld, de kat is bij de buren",
 * "vorige keer lag ik op de eerste hulp en nu komt hij thuis"). Here each language has lexicons of
 * concepts (a farewell act, despair, a person who hurt the writer coming back, an injury of the
 * writer, a child, an adult carer, a sexual act, no shelter, tonight, no heating, frost, a vulnerable
 * person, care that did not come, an acute symptom, …), and a crisis is a combination of concepts
 * within a window of characters: farewell × despair, injury × the person coming back, adult × touch,
 * no heating × frost or a baby, care missed × an acute symptom. One concept alone fires only when the
 * concept itself is unambiguous (a weapon in someone's hand, strangling).
 *
 * Deterministic (no model, no scores learned from data), tested case by case in
 * `test/nlp/crisis-concepts.test.ts`. Every concept pattern starts with literal text, so the
 * `gate.ts` pre-filter skips it when none of its 3-character starts occurs (checked in the test).
 * Patterns are normalised like the text (`crisisNormalise`: lowercase, no diacritics).
 */
import type { CrisisMatch } from './types.js';
import { GatedRegex, key3, matchPrefixStrings, topAlternatives } from './gate.js';

type Category = CrisisMatch['category'];
type Lang = 'nl' | 'en' | 'tr' | 'pl' | 'ar' | 'uk';

/**
 * Start and end of a word in the normalised text (lowercase, no diacritics): Latin, Latin with
 * the letters that keep no decomposition (e.g. "ı" is mapped, "ø" too), Cyrillic. Plain ranges,
 * no \p{L} and no 'u' flag: V8 compiles such regexes much faster, and it recompiles a regex
 * whose code was flushed after garbage collections (which matters inside the classifier).
 */
const S = '(?<![a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff])';
const E = '(?![a-z0-9\\u00c0-\\u024f])';

/**
 * Concept lexicons per language. A value is a regex source (alternatives of literal phrases with
 * optional parts); it is wrapped in word boundaries. Keep each alternative starting with literal
 * text (no character class, `.` or `\d` first) so the gate can analyse it.
 */
const LEX: Record<string, Partial<Record<Lang, string>>> = {
  // ---------------- suicide ----------------
  /** Putting one's affairs in order, saying goodbye, giving things away. */
  FAREWELL: {
    nl: "(alles|mijn zaken|m'n zaken|de zaken|alles voor de kinderen) (is |zijn |heb ik )?(goed )?(geregeld|op orde|afgehandeld)|(zaken|alles) (heb ik )?(geregeld|op orde gebracht)|testament|afscheid (genomen|nemen|te nemen|aan het nemen)|afscheidsbericht(en)?|afscheidsbrie(f|ven)|laatste bericht|(brief|brieven|briefje) (geschreven |achtergelaten |klaargelegd )?(voor|aan) (mijn|m'n|de) (kinderen|kids|zus|broer|moeder|vader|ouders|vrouw|man|familie|dochter|zoon)|(kat|hond|katten|honden|spullen|sleutels) ([^ \\n]+ ){0,4}(weggebracht|weggegeven|gebracht|liggen bij|gegeven)|bedankt voor alles|sorry voor alles|vaarwel|zeg (tegen )?(mijn|m'n|de) ([^ \\n]+ )?(kinderen|kids|moeder|vader|familie|zus|broer) dat ik (van ze|van hen|van haar|van hem) hou|het ga jullie goed|vergeef (me|mij)",
    en: "(sorted|sorted out|put|got) (out )?my affairs( in order)?|my affairs (are )?(in order|sorted)|(wrote|written|writing|left) ([^ \\n]+ )?(letters?|notes?|goodbye) (to|for)|goodbye (letter|note|message)s?|(said|saying) goodbye|(gave|given|giving) away my|my will|last message|thank you for everything|sorry for everything|tell my (kids|children|family|mum|mom|son|daughter) (that )?i love",
    tr: "her seyi (ayarladim|hallettim|duzenledim)|isleri(mi)? (ayarladim|hallettim)|vedalas|veda (ettim|mektubu)|(mektup|not) (yazdim|biraktim)|vasiyet|son mesaj|her sey icin (tesekkurler|ozur)|hakkini helal et",
    pl: "wszystko (zalatwilem|zalatwilam|uporzadkowalem|uporzadkowalam|przygotowalem|przygotowalam)|(napisalem|napisalam|zostawilem|zostawilam) (list|listy|kartke)|pozegnal(em|am|ac|ic)|testament|ostatnia wiadomosc|dziekuje za wszystko|przepraszam za wszystko",
    ar: "رتبت (كل )?(اموري|أموري|شيء|شي)|كتبت (رساله|رسائل|وصيه)|(رساله|رسائل) (وداع|لاولادي|لأولادي|لعائلتي)|وصيتي|ودعت|وداعا|اخر رساله|آخر رساله|سامحوني",
    uk: "(все|усе) (владнав|владнала|залагодив|залагодила|підготував|підготувала)|(написав|написала|залишив|залишила) (листа|лист|записку)|попрощав|прощальн|заповіт|останнє повідомлення|пробачте мені|дякую за все",
  },
  /** Despair, exhaustion of the will to go on. */
  DESPAIR: {
    nl: "(ik )?(kan|trek|hou|houd) het (echt |gewoon |allemaal )?niet meer( aan| vol)?|ik kan niet meer|geen kracht meer|ik ben er klaar mee|het hoeft (voor mij )?niet meer|(geen zin|geen puf) meer|het gaat niet meer|ik weet (echt )?niet meer hoe (verder|het verder moet)|ik weet wat ik (ga|moet) doen|geen uitweg|heeft (allemaal )?geen zin meer|ik ben op|ik geef (het )?op",
    en: "(i )?(can't|cannot|cant) (do this|take (it|this)|go on|keep going|cope)( anymore| any more)?|(i'm|i am) (done|finished)( with (it|everything))?|no (way out|point)|(i )?(give|gave) up|nothing left|(i )?know what i('m| am) going to do",
    tr: "(artik )?dayanamiyorum|(artik )?katlanamiyorum|gucum kalmadi|yapamiyorum artik|artik yapamiyorum|(hicbir|hic bir) (anlami|cikis) (yok|kalmadi)|vazgectim",
    pl: "(juz )?nie daje rady|nie moge (juz )?(dluzej|wiecej)|nie mam (juz )?sil|nie ma wyjscia|poddaje sie|nie widze (juz )?sensu",
    ar: "(لم|ما) (اعد|أعد|عدت) (احتمل|أحتمل|اقدر|أقدر|اتحمل|أتحمل)|لا (استطيع|أستطيع) (الاستمرار|التحمل)|تعبت من (كل شيء|الحياه)|ما عاد فيني|لا مخرج",
    uk: "(більше|вже) не можу|не маю (більше )?сил|не витримую|нема виходу|немає виходу|здаюся",
  },
  /** Being a burden; nobody will miss the writer. */
  BURDEN: {
    nl: "(een |alleen maar een |alleen een |maar een )last voor (iedereen|mijn (kinderen|familie|omgeving))|niemand (zal|gaat) (me|mij) missen|niemand mist (me|mij)|geen last meer van (me|mij)|zonder mij (beter|makkelijker)",
    en: "(just |only )?a burden|no one (will|would) miss me|nobody (will|would) miss me|fine without me|easier without me|(would|will) be fine if i (disappeared|was gone|were gone)",
    tr: "(kimse|hic kimse) (beni )?(ozlemeyecek|aramayacak)|herkese yuk(um)?|yuk oluyorum",
    pl: "nikt (za mna )?nie (zateskni|bedzie tesknic)|jestem (tylko )?ciezarem|(bedzie|beda) lepiej beze mnie",
    ar: "لن يفتقدني|لا احد سيفتقدني|لا أحد سيفتقدني|(عبء|عبئا) على",
    uk: "ніхто (за мною )?не (сумуватиме|сумуватимуть|буде сумувати)|я (лише |тільки )?тягар|буде краще без мене",
  },
  /** Soon: tonight, this weekend, after this. */
  SOON: {
    nl: "vanavond|vannacht|vandaag|straks|morgen|dit weekend|na dit weekend|voor het weekend|deze week",
    en: "tonight|today|tomorrow|this weekend|after this weekend|after today",
    tr: "bu gece|bu aksam|bugun|yarin",
    pl: "dzis|dzisiaj|dzis w nocy|tej nocy|jutro|wieczorem",
    ar: "الليله|اليوم|غدا|بكره",
    uk: "сьогодні|вночі|цієї ночі|завтра",
  },
  /** Ending one's life, in words about the act (any person). */
  SELF_KILL: {
    nl: "(mezelf|mijzelf|zichzelf|zich|jezelf) (te )?(doden|van kant (te )?maken|ophangen|op te hangen|verhangen|te verhangen|verdrinken|vergiftigen)|(ophangen|verhangen)( aan| in)?|stoppen met leven|stoppen met het leven|polsen (open)?(gesneden|doorgesneden|opengesneden|snijden)|(dan )?spring ik( eraf| ervoor| eronder)? *([.!]|$)|nog (een|één) stap|hoeveel (pillen|tabletten|slaappillen) (je )?(nodig|moet)",
    en: "(hang|hanging|hanged|drown|poison|shoot) (myself|himself|herself)|take (her|his|my) (own )?life|(slit|cut) (my|her|his) wrists|how many (pills|tablets) (it takes|to take|would)|one more step",
    tr: "kendini (asmak|asmaktan|asacak|asacagini|oldurmek|oldurecek)|kendimi (asacagim|oldurecegim|asmak)|intihar",
    pl: "(sie|się) powiesi|powiesic sie|powiesze sie|odebrac sobie zycie|zabije sie|zabic sie",
    ar: "(شنق|يشنق|اشنق|أشنق) نفس|(يقتل|اقتل|أقتل|تقتل) نفس|انتحار|(انهي|أنهي|سانهي|سأنهي) (كل شيء|حياتي)",
    uk: "повіси(ться|тися|вся|лася)|(вбити|убити|вб'є|вбє) себе|наклас(ти|де) на себе руки|(все|усе) закінчу",
  },
  /** Means at hand, as a stated fact. */
  MEANS: {
    nl: "(alle |al mijn |al m'n |mijn )(pillen|tabletten|medicijnen|slaappillen|slaaptabletten|pijnstillers|medicatie)|(pillen|tabletten|medicijnen|slaappillen|slaaptabletten|oxazepam|temazepam|paracetamol)( [^ \\n]+){0,3} (gespaard|verzameld|opgespaard|klaar|liggen klaar|in (haar|zijn|mijn) la|leeg)|(touw|strop|het mes|een mes|mes) ([^ \\n]+ ){0,3}(klaar|naast me|gekocht|in mijn hand)|(op|bij) (het perron|het spoor|de rails|de brug|het dak|de flat|het kanaal|de rand)|zak (met|vol) pillen|doosje ([^ \\n]+ ){0,2}leeg",
    en: "(all|saved|stockpiled|collected) (my |the |up )?(pills|tablets|meds|sleeping pills)|(pills|tablets|rope) ([^ \\n]+ ){0,3}(ready|in (her|his|my) room)|(at|on) the (canal|bridge|tracks|railway|platform|roof|edge)",
    tr: "(ip|hap|haplar|ilac|ilaclar|bicak) ([^ \\n]+ ){0,3}(buldum|hazir|topladim|biriktirdim)|odasinda ip|kopru(de|nun)",
    pl: "(sznur|line|tabletki|leki) ([^ \\n]+ ){0,3}(znalazlam|znalazlem|przygotowal|odlozone|uzbieral)|znalazl(am|em) (sznur|line)|na moscie",
    ar: "(حبلا|حبل|حبوب|الحبوب|ادويه|أدويه) ([^ \\n]+ ){0,3}(في غرفته|في غرفتها|جاهز|جمعت)|وجدت (حبلا|حبل)|على الجسر",
    uk: "(мотузку|мотузка|таблетки|пігулки) ([^ \\n]+ ){0,3}(знайшла|знайшов|в його кімнаті|в її кімнаті|готов|назбирав|назбирала)|знайш(ла|ов) мотузку|на мосту",
  },
  // ---------------- violence ----------------
  /** A person who hurt the writer is coming (back), or is in the state again. */
  ACTOR_BACK: {
    nl: "(hij|zij|ze|mijn (man|vrouw|partner|ex|vriend|vriendin|zoon|vader|broer)) (komt|kwam) (zo |straks |vanavond |zometeen |bijna |weer )?(thuis|terug|eraan|langs|hierheen)|(hij|zij|ze) (wil|gaat) (weer )?terugkomen|(wil|gaat|komt) (hij|zij|ze) (weer )?(terugkomen|terug|thuis|eraan|langs)|(hij|zij|ze) is weer zo|als ik (straks )?thuiskom|(hij|zij|ze) weet waar|(hij|zij|ze) staat (beneden|voor de deur|bij de deur|voor mijn deur|buiten)|(hij|zij|ze) (is|wordt) (weer )?(dronken|agressief|woedend|door het dolle|razend|boos aan het worden)",
    en: "(he|she)('s| is)? (coming|comes|will be) (home|back|over)|(he|she)('s| is) (outside|at the door|downstairs)|when i get home|(he|she) knows where|(he|she)('s| is) (drunk|angry|raging|violent) again",
    tr: "(kocam|esim|eski esim|babam) ([^ \\n]+ )?(eve geliyor|geri geliyor|geliyor|kapida|kapinin onunde)|eve gelince|nerede oldugumu biliyor",
    pl: "(maz|on|partner|byly|ojciec) ([^ \\n]+ )?(zaraz )?(wraca|przyjdzie|przychodzi|stoi pod drzwiami|jest pod drzwiami)|wie gdzie (jestem|mieszkam)",
    ar: "(زوجي|هو|طليقي|ابي|أبي) ([^ \\n]+ )?(سيعود|راجع|جاي|قادم|يرجع|واقف عند الباب)|يعرف (اين|أين) (انا|أنا)",
    uk: "(чоловік|він|колишній|батько) ([^ \\n]+ )?(скоро )?(прийде|повертається|повернеться|йде додому|стоїть під дверима)|знає де я",
  },
  /** The writer was injured by someone before (hospital, broken bones, stitches). */
  INJURY: {
    nl: "(lag|lig|belandde|kwam|eindigde) ik (in|op) (het ziekenhuis|de spoedeisende hulp|de seh|de eerste hulp|de ic)|(spoedeisende hulp|eerste hulp|seh|ziekenhuis)[^.\\n]{0,30}(door hem|door haar|na (een|de) (klap|mishandeling|ruzie))|(gebroken|gekneusde) (neus|arm|ribben|rib|kaak|pols|vinger)|(neus|arm|ribben|kaak|pols) gebroken|hechtingen|blauw oog|blauwe plekken|bloedneus|hersenschudding",
    en: "(ended up|was|landed) (in|at) (a&e|the er|the hospital|hospital|the emergency)|(broken|broke|fractured) (my )?(nose|arm|ribs|jaw|wrist)|stitches|black eye|bruises|concussion",
    tr: "hastanelik (oldum|etti)|hastaneye kaldir|(kolum|burnum|kaburgam) kirildi|dikis|morluk|gozum mor",
    pl: "(skonczylam|skonczylem|wyladowalam|bylam|bylem) w szpitalu|(zlamany|zlamal|zlamana) (nos|reke|reka|zebra)|szwy|siniak|podbite oko",
    ar: "(انتهى|انتهي) بي (الامر|الأمر) في المستشفى|(دخلت|نقلت|نقلوني) (الى|إلى)? ?المستشفى|(كسر|كسرت|مكسور) (انفي|أنفي|يدي|ضلوع)|كدمات|غرز",
    uk: "(опинилася|опинився|потрапила|потрапив|лежала|лежав) (в|у) лікарні|(зламав|зламаний|зламана) (ніс|руку|ребра)|шви|синці|синець",
  },
  /** Fear now. */
  FEAR: {
    nl: "(ik ben|ben|ik ben zo|ik ben echt) (zo |echt |heel |doods)?bang|doodsbang|(ik )?durf (niet|niks)|ik weet (niet|nie) wat er (gaat )?gebeur|in paniek|angstig",
    en: "(i'm|i am|so|really) (so |really )?(scared|afraid|terrified|frightened)|i don't know what (he|she)('ll| will| is going to) do|don't know what will happen",
    tr: "(cok )?korkuyorum|korkudan",
    pl: "(bardzo )?(boje|boję) sie|przerazon",
    ar: "(انا )?(خائفه|خايفه|خائف|خايف)|(اخاف|أخاف)|مرعوب",
    uk: "(мені )?(дуже )?страшно|боюся|боюсь",
  },
  /** A threat in the actor's words. */
  THREAT: {
    nl: "(gaat|zal) (me|mij|ons) (pakken|vinden|afmaken|krijgen|kapotmaken)|(me|mij) (gaat|zal) (pakken|vinden|afmaken)|(dat )?ik dood moet|(ik|je) gaat eraan|maak (je|jou) (af|dood|kapot)|(vindt|vind) (me|mij)( toch)?|de kinderen nooit meer (zie|zien)|next time (he'll|he will) finish",
    en: "(going to|gonna|will|'ll) (get|find|finish|end) (me|us|it)|(said|says|told me) (he'll|he will|she'll|she will) (kill|finish|hurt)|you're dead|next time (he'll|he will|she'll) finish",
    tr: "(beni )?(oldurecegim|oldurecek|olduruecek)|(seni|beni) (gebertecek|gebertirim|bulacak)|oldurecegini (soyluyor|soyledi)",
    pl: "(ze |że )?mnie zabije|(zabije|zabijam) cie|(znajdzie|dopadnie) mnie",
    ar: "(سيقتلني|ساقتلك|سأقتلك|رح يقتلني|راح يقتلني)|(سيجدني|رح يلاقيني)",
    uk: "(мене )?вб'є|вбʼє мене|вб'ю тебе|(знайде|дістане) мене",
  },
  /** A weapon in someone's hand or aimed. */
  WEAPON: {
    nl: "(hij|zij|ze) (heeft|pakt|pakte|trekt|trok|houdt|hield) (een|zijn|z'n|het|de) (mes|schaar|knuppel|honkbalknuppel|bijl|hamer|pistool|vuurwapen|wapen)|(met|met een|met zijn|met z'n|met de) (mes|schaar|knuppel|honkbalknuppel|bijl|hamer|pistool|vuurwapen|wapen) (rond|voor de deur|op (me|mij|ons) af|achter (me|mij|ons) aan|in zijn hand|in de hand|te zwaaien)|(staat|stond|loopt|liep|komt|kwam) ([^ \\n]+ ){0,3}met (een|zijn|z'n|de) (mes|schaar|knuppel|honkbalknuppel|bijl|hamer|pistool|vuurwapen|wapen)",
    en: "(he|she)('s| has| had| is)? ?(got |holding |has |had |with |grabbed |pulled )(a |his |her |the )(knife|gun|axe|hammer|bat|baseball bat)|with a (knife|gun|axe|hammer|bat) (at|outside|in (his|her) hand)",
    tr: "elinde (bir )?(bicak|silah|balta|sopa)|(bicakla|silahla|baltayla) (tehdit|geldi|bekliyor|duruyor|saldir|kapida|uzerime|ustume)|(bicagi|silahi) var",
    pl: "z (nozem|siekiera|siekierą|pistoletem|bronia|mlotkiem|kijem)",
    ar: "(معه|ومعه|بيده|يحمل) (سكين|سلاح|مسدس|فاس|فأس)|بالسكين|بالسلاح",
    uk: "з (ножем|сокирою|пістолетом|молотком|битою|рушницею)",
  },
  /** Strangling, dragging, blows to a person (a strong violent act). */
  ASSAULT: {
    nl: "bij (mijn|m'n|de|haar|zijn) keel (gepakt|gegrepen|vastgepakt)|geen lucht meer (kreeg|kregen)|aan (mijn|m'n|haar) haren (door|over|getrokken|meegesleurd|trekt|sleept)|(trekt|trok|sleept|sleepte) (me|mij|haar) aan (mijn|m'n|haar) haren|(geeft|gaf) ((hij|zij|ze) )?(me|mij|haar|hem|ons|mama|oma|opa) (een )?(klap|klappen|dreun|dreunen|trap|schop|stomp)|(hij|zij|ze|mijn [^ \\n]+) (slaan|schoppen|stompen) (me|mij|ons)",
    en: "(grabbed|choked|strangled) (me|her) by the (throat|neck)|by the throat|couldn't breathe|(dragged|pulled) me by (my|the) hair",
    tr: "bogazimi (sikti|sikiyor)|sacimdan (surukledi|cekti)",
    pl: "(zlapal|chwycil|dusil) mnie za (gardlo|szyje)|ciagnal mnie za wlosy",
    ar: "(خنقني|من رقبتي|من شعري)",
    uk: "(схопив|душив) (мене )?за (горло|шию)|тягав (мене )?за волосся",
  },
  /** Hiding or being locked in by the actor. */
  HIDE: {
    nl: "(zit|zitten|zat|zaten|ben|zijn) ([^ \\n]+ ){0,4}(in de (badkamer|wc|slaapkamer|kast|kelder|auto)|op de wc)[^.\\n]{0,30}(op slot|deur dicht|verstopt)|(verstopt|verschanst|opgesloten) in (de|het|mijn|m'n)|(telefoon|paspoort|sleutels|bankpas) (afgepakt|afgenomen|weggenomen|ingepakt)|(deur|voordeur) op slot (gedaan|gedraaid)|(heeft|hebben) (mijn|m'n) (paspoort|telefoon) (afgepakt|ingenomen)",
    en: "(hiding|hid|locked (myself|ourselves)) in (the|my) (bathroom|bedroom|toilet|closet|car)|took my (phone|passport|keys)|locked (me|us) in",
    tr: "(banyoya|tuvalete|odaya|dolaba) (saklandik|saklandim|kilitlendik|kilitlendim)|telefonumu aldi|pasaportumu aldi",
    pl: "(schowalam|schowalismy|schowalysmy|zamknelam|zamknelismy) sie w|(zabral|zabrala) mi (telefon|paszport)",
    ar: "(اختبات|اختبأت|اختبانا|اختبأنا|قفلت على نفسي) (مع [^ \\n]+ )?في|(اخذ|أخذ) (جوالي|هاتفي|جوازي)",
    uk: "(сховалася|сховалися|сховався|замкнулася|замкнулися) (у|в)|(забрав|забрала) (мій )?(телефон|паспорт)",
  },
  /** The actor raging right now. */
  RAGE: {
    nl: "door het dolle|(woedend|razend|buiten zinnen)|(slaat|gooit|smijt) (alles|dingen|de boel) (kapot|stuk|door)|(schreeuwt|tiert) (en|alles)",
    en: "(smashing|breaking|throwing) things|(raging|furious|going crazy)",
    tr: "(her seyi|esyalari) (kiriyor|kirdi)|cildirmis",
    pl: "(tlucze|rzuca|niszczy) (wszystko|rzeczy)|wsciekl",
    ar: "(يكسر|يحطم) (كل شيء|الاشياء|الأشياء)|هائج",
    uk: "(трощить|б'є|кидає) (все|речі)|скаженіє",
  },
  /** Hearing something through the wall or next door. */
  HEAR: {
    nl: "(ik )?(hoor|horen|hoorde|hoorden)|(bij|van) de (buren|bovenburen|onderburen|benedenburen)|(de )?(buurvrouw|buurman)",
    en: "(i )?(can )?(hear|heard|hearing)|next door|neighbou?rs?",
    tr: "(duyuyorum|duydum|geliyor)|komsu(nun|lar)",
    pl: "(slysze|slyszalam|slyszalem)|(u )?sasiad",
    ar: "(اسمع|أسمع|سمعت)|(الجيران|جارتي|جاري)",
    uk: "(чую|чула|чув)|сусід",
  },
  /** Sounds of violence or distress. */
  DISTRESS: {
    nl: "(om )?hulp (roepen|roept|riep|schreeuwen)|(gil|gillen|gilt|gegil)|(klappen|klap|gebonk|bonken|dreunen)|(dingen|glas|spullen) (kapot|breken|stukgaan)|kapotgaan|(kind|kinderen|baby|kindje) (huilen|huilt|krijst|krijsen|gillen)|(schreeuwt|schreeuwen|gegil)",
    en: "(screaming|screams|crying) (for help)?|for help|(loud )?(bangs|banging|thuds|smashing)|(child|kid|baby) (crying|screaming)",
    tr: "(yardim )?(cigliklari|cigligi|bagirislar|bagiriyor)|yardim (istiyor|cigliklari)|(kirilan|kirilma) ses",
    pl: "(wola|wolanie) o pomoc|krzyk|(cos sie )?tlucze|halas",
    ar: "(تصرخ|يصرخ|صراخ)|النجده|(اصوات|أصوات) (تكسير|ضرب)",
    uk: "(кричить|крики|кличе на допомогу)|на допомогу|(щось )?б'ється",
  },
  // ---------------- child in danger ----------------
  /** An adult in a carer's or family position (not a professional). */
  ADULT: {
    nl: "(haar|zijn|mijn|m'n|de|hun) (stief|pleeg)?(vader|moeder|opa|oom|broer|neef|vriend van (mama|mijn moeder|haar moeder))|(stief|pleeg)(vader|moeder|broer|opa)|(de |een )?(buurman|oppas|trainer|man van (internet|online)|volwassen man|oudere man)",
    en: "(her|his|my|their) (step|foster)?(dad|father|mum|mom|grandad|grandpa|uncle|brother|cousin)|(step|foster)(dad|father)|(mum's|mom's) boyfriend|(a |an )?(neighbour|neighbor|babysitter|coach|older man|man from (the )?internet)",
    tr: "(uvey )?(babasi|babam|amcasi|amcam|dayisi|dayim|abisi|dedesi)|komsu|koc",
    pl: "(ojczym|wujek|wuj|dziadek|brat|kuzyn|sasiad|trener|opiekun)",
    ar: "(عمها|عمه|خالها|خاله|زوج امها|زوج أمها|زوج امه|ابوها|أبوها|جدها|الجار)",
    uk: "(вітчим|дядько|дід|брат|сусід|тренер|опікун)",
  },
  /** A sexual act against a child or the writer. */
  TOUCH: {
    nl: "(komt|kwam|zit|zat) ([^ \\n]+ ){0,3}aan (haar|hem|mij|me)( |$|[.,!])|(raakt|raakte) (haar|hem|mij|me) ([^ \\n]+ ){0,2}aan|aan (haar|hem|mij|me) (komt|zit|zat|kwam|zitten)|aanraakt|aangeraakt|aanraken|betast|(komt|kwam|kruipt|kroop) ([^ \\n]+ ){0,3}(in|bij) ((haar|zijn|mijn) )?bed|naaktfoto|seks",
    en: "(touches|touched|touching|gropes|groped) (her|him|me)|(comes|came|gets|got) into (her|his|my) bed|sexual",
    tr: "(ona|bana|kizima|ogluma) ([^ \\n]+ )?(dokunuyor|dokundu|dokundugunu|dokunmus)|dokundugunu|taciz|yatagina (giriyor|geliyor)",
    pl: "(dotyka|dotykal|dotykala) (jej|go|mnie)|wchodzi ([^ \\n]+ ){0,2}do (jej|jego|mojego) lozka|molest",
    ar: "(يلمسها|يلمسه|يلمسني|لمسها|يتحرش)|(ينام|يدخل) (في|الى|إلى) سرير",
    uk: "(торкається|торкався|чіпає|мацає) (її|його|мене)|(приходить|лягає) ([^ \\n]+ ){0,2}(до|в) (її|його|мого) ліжк",
  },
  /** A young person (by word or age). */
  CHILD: {
    nl: "(kind|kinderen|kindje|kids|baby|babytje|peuter|kleuter|zoontje|dochtertje|meisje|jongetje|jongen|zoon|dochter|kleinzoon|kleindochter|nichtje|neefje|kleine|broertje|zusje|pleegzoon|pleegdochter|tiener|leerling)|(van|is|zijn|pas|een jaar of) (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien)( jaar)?|\\((1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17)\\)",
    en: "(child|children|kid|kids|baby|toddler|son|daughter|boy|girl|little (one|ones)|grandson|granddaughter|niece|nephew|teenager)",
    tr: "(cocuk|cocuklar|cocugum|cocuklarim|bebek|bebegim|kizim|oglum|kizima|ogluma|torunum|yegenim)",
    pl: "(dziecko|dzieci|niemowle|corka|corke|syn|syna|wnuk|wnuczka|siostrzenica|bratanek)",
    ar: "(طفل|اطفال|أطفال|طفله|ابني|ابنتي|بنتي|الاولاد|الأولاد|اولادي|أولادي|رضيع)",
    uk: "(дитина|діти|дитину|малюк|немовля|донька|доньку|син|сина|онук|онука)",
  },
  /** Alone / without an adult. */
  ALONE: {
    nl: "alleen (thuis|gelaten|gelaten|in huis|in de auto)|(zijn|is|zit|zitten) ([^ \\n]+ ){0,3}alleen|niemand (bij|doet open|is er)|(moeder|vader|ouders|mama|papa) (is|zijn) ([^ \\n]+ ){0,3}(weg|niet (terug|thuisgekomen|teruggekomen))",
    en: "(home )?alone|on their own|on (his|her) own|(mum|mom|mother|dad|father|parents) (hasn't|haven't|has not|have not) (been back|come back|returned)|no one (answers|opens)",
    tr: "yalniz(lar)?|(anneleri|annesi|babasi) (gelmedi|donmedi|yok)",
    pl: "(sama|sam|same|samo)|matka nie wrocila|nikt nie otwiera",
    ar: "(وحدهم|لوحدهم|وحده|وحدها)|(امهم|أمهم|امه|أمه) (لم ترجع|ما رجعت)",
    uk: "(сама|самі|сам)|мати не повернулася",
  },
  /** A long or night-time duration. */
  DURATION: {
    nl: "sinds (gisteren|gisteravond|vannacht|vanochtend|vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|dagen)|al (twee|drie|vier|een paar|\\d+) (dagen|nachten)|de hele (nacht|dag)|(vannacht|vanavond)|al (uren|een (half )?uur)",
    en: "since (yesterday|last night|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this morning)|for (two|three|\\d+|several) days|all (night|day)|tonight",
    tr: "(dunden|gecen geceden|cumadan|cumartesiden|pazardan) beri|(iki|uc|dort|birkac|2|3|4|5) gundur|gunlerdir|butun gece",
    pl: "od (wczoraj|piatku|soboty|niedzieli|poniedzialku|rana)|od (dwoch|trzech|\\d+) dni|cala noc",
    ar: "منذ (يومين|امس|أمس|ثلاثه ايام|ثلاثه أيام|الجمعه|الصباح)|من (يومين|امبارح)|طوال الليل",
    uk: "з (учора|вчора|п'ятниці|пʼятниці|суботи|неділі|ранку)|(два|три|чотири|2|3|4|5) дні|всю ніч",
  },
  /** The adult looking after children cannot (drunk, unconscious, psychotic, in bed for days). */
  CARER_OUT: {
    nl: "(bewusteloos|buiten westen|laveloos|stomdronken|aan de drank|onder invloed|psychotisch|ligt de hele dag in bed|komt (haar|zijn) bed niet uit)",
    en: "(unconscious|passed out|blackout drunk|off (her|his) face|psychotic|won't get out of bed)",
    tr: "(baygin|bilincsiz|sarhos|kendinde degil)",
    pl: "(nieprzytomn|pijan|nie reaguje)",
    ar: "(فاقد الوعي|فاقده الوعي|مغمى عليه|مغمى عليها|سكران|سكرانه)",
    uk: "(непритомн|п'яний|пʼяний|п'яна|не реагує)",
  },
  /** A child does not want or dare to go home. */
  HOME_FEAR: {
    nl: "(wil|durft) ([^ \\n]+ ){0,2}niet (meer )?(naar huis|terug naar huis|terug)|bang (om )?(naar huis|thuis)",
    en: "(doesn't|does not|won't|is scared to|is afraid to) (want to )?go (back )?home",
    tr: "eve (gitmek istemiyor|gitmekten korkuyor|donmek istemiyor)",
    pl: "(nie chce|boi sie) wracac do domu",
    ar: "لا (يريد|تريد) (الرجوع|العوده) (الى|إلى) البيت",
    uk: "(не хоче|боїться) (йти|повертатися) додому",
  },
  /** Hitting with an object / hitting (to pair with HOME_FEAR). */
  HIT: {
    nl: "(met de|met een) (riem|stok|pollepel|kabel|schoen)|(slaat|sloeg|schopt|schopte|mishandelt) (hem|haar|ze|hen)|(slaat|sloeg) (hem|haar)",
    en: "(with a|with the) (belt|stick|cable)|(hits|beats|hit|beat|kicks) (him|her|them)",
    tr: "kemerle|(dovuyor|dovdu|vuruyor)",
    pl: "pasem|(bije|bil|uderza) (go|ja)",
    ar: "بالحزام|(يضربه|يضربها)",
    uk: "ременем|(б'є|бʼє|бив) (його|її)",
  },
  /** A child swallowed something harmful. */
  TOXIC: {
    nl: "(wasmiddel|bleek|chloor|ontstopper|vaatwastablet|wasbolletje|batterij|knoopcelbatterij|lampenolie|pillen|medicijnen|tabletten|oxazepam|paracetamol)[^.\\n]{0,30}(gedronken|ingeslikt|geslikt|gegeten|opgegeten|binnengekregen|in zijn mond|in haar mond)|(gedronken|ingeslikt|geslikt|opgegeten) [^.\\n]{0,20}(wasmiddel|bleek|chloor|ontstopper|vaatwastablet|batterij|pillen|medicijnen)",
    en: "(swallowed|drank|ate) [^.\\n]{0,20}(bleach|detergent|pills|tablets|battery|medicine)",
    tr: "(camasir suyu|deterjan|ilac|hap)[^.\\n]{0,20}(icti|yuttu)",
    pl: "(wypil|wypila|polknal|polknela)[^.\\n]{0,20}(wybielacz|proszek|tabletki|leki)",
    ar: "(شرب|بلع|ابتلع)[^.\\n]{0,20}(كلور|منظف|حبوب|دواء)",
    uk: "(випив|випила|ковтнув|ковтнула)[^.\\n]{0,20}(хлор|засіб|таблетки|ліки)",
  },
  /** A child gone missing with a risk. */
  MISSING: {
    nl: "(niet (thuis)?gekomen|niet thuisgekomen|niet teruggekomen|weggelopen|vermist|onvindbaar|is weg)",
    en: "(hasn't come home|didn't come home|ran away|is missing|went missing)",
    tr: "(eve gelmedi|kayip|kacti)",
    pl: "(nie wrocil|nie wrocila|zaginal|zaginela|uciekl|uciekla)",
    ar: "(لم (ترجع|يرجع)|مفقود|مفقوده|هرب|هربت)",
    uk: "(не повернув|не повернул|зник|зникла|втік|втекла)",
  },
  /** A risk that makes a missing or outside child urgent. */
  RISKY: {
    nl: "(man|jongen|iemand) (van|via) (internet|online|snapchat|instagram|tiktok)|(oudere|volwassen) man|loverboy|vriest|ijskoud|in (zijn|haar) pyjama|(in|op) (de|het) (galerij|balkon|straat)|in de kou",
    en: "(man|someone) (from|off) (the )?(internet|online|snapchat|instagram)|older man|freezing|in (his|her) pyjamas",
    tr: "internetten (tanistigi|biri)|yasli adam|donuyor|buz gibi",
    pl: "(z internetu|starszy mezczyzna|mroz|zamarza)",
    ar: "(من الانترنت|من الإنترنت|رجل كبير|البرد الشديد)",
    uk: "(з інтернету|дорослий чоловік|мороз|замерзає)",
  },
  /** Forced marriage. */
  FORCED_MARRIAGE: {
    nl: "(moet|moest|gaat|wordt|zal) ([^ \\n]+ ){0,5}(trouwen|uitgehuwelijkt|worden uitgehuwelijkt)|uithuwelijk",
    en: "(forced|being made|has|have) to marry|forced marriage|married off",
    tr: "zorla (evlendir|evlen)|evlendirecekler",
    pl: "(zmuszaja|zmusza|musi) ([^ \\n]+ ){0,3}(slubu|wyjsc za maz|poslubic)",
    ar: "(تزويجها|زواج قسري|يزوجونها|سيزوجونها)",
    uk: "(видати заміж|примусов(ий|о) шлюб|змушують вийти заміж)",
  },
  /** Teen (age-wise) for forced marriage. */
  MINOR: {
    nl: "(van|is|pas) (10|11|12|13|14|15|16|17|twaalf|dertien|veertien|vijftien|zestien|zeventien)( jaar)?|\\((10|11|12|13|14|15|16|17)\\)|minderjarig|(dochter|nichtje|zusje|meisje|leerling)",
    en: "(is|aged|only) (10|11|12|13|14|15|16|17|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)|underage|(daughter|niece|sister|girl|pupil)",
    tr: "(kizim|yegenim|kiz kardesim|ogrenci|(10|11|12|13|14|15|16|17) yas)",
    pl: "(corka|corke|siostrzenica|siostra|uczennica|nieletni)",
    ar: "(ابنتي|بنتي|قاصر|اختي|أختي)",
    uk: "(донька|доньку|сестра|неповнолітн|учениця)",
  },
  /** The writer fears hurting a child. */
  SELF_HARM_CHILD: {
    nl: "bang (dat|om) (ik|mezelf) ([^ \\n]+ ){0,4}(iets aan(doe|te doen)|iets aandoe|pijn (doe|te doen)|door elkaar (schud|te schudden)|schud)",
    en: "(afraid|scared) (that )?(i'll|i will|i might|i could) (hurt|harm|shake|do something to)",
    tr: "(cocuguma|bebegime|oglumu|kizima) (zarar|bir sey) (vermekten|yapmaktan) korkuyorum",
    pl: "boje sie, ze (zrobie|skrzywdze) (krzywde )?(dziecku|dziecko|synowi|corce)",
    ar: "(اخاف|أخاف) (ان|أن) (اوذي|أؤذي|اؤذي|أذي) (طفلي|ابني|ابنتي|الطفل)",
    uk: "боюся, що (зроблю щось|нашкоджу|скривджу)",
  },
  // ---------------- basic needs ----------------
  /** Losing shelter now: shelter closing, evicted, keys handed in. */
  SHELTER_LOSS: {
    nl: "(opvang|nachtopvang|noodopvang|crisisopvang|pension|hotel|azc|woning|huis|kamer) ([^ \\n]+ ){0,3}(gaat|gingen|is|wordt) ([^ \\n]+ ){0,2}(dicht|gesloten|uit)|(moesten|moeten|moest|moet) ([^ \\n]+ ){0,3}(ons|mijn|het|de) (huis|woning|kamer|opvang) (uit|verlaten)|(eruit gezet|eruit gegooid|buiten gezet|buitengezet|op straat gezet|uit huis gezet)|sleutel (moeten |moest )?(inleveren|ingeleverd)|met (de|onze|mijn) koffers",
    en: "(shelter|hostel|hotel|room|flat) ([^ \\n]+ ){0,2}(closes|closing|is closing|shuts)|(evicted|kicked out|thrown out|locked out)|had to (leave|hand in the keys)",
    tr: "(barinak|siginma evi|yurt|otel) ([^ \\n]+ ){0,3}(kapaniyor|kapanacak|kapatiliyor)|(evden|evimizden|evimden) (atildik|cikarildik|atildim|cikarildim)",
    pl: "(schronisko|osrodek|hostel|noclegownia) ([^ \\n]+ ){0,3}(zamykaja|zamykaja|zamkniete|zamyka)|(wyrzucili|eksmitowali) (mnie|nas)|zamykaja (dzis )?schronisko",
    ar: "(الملجا|الملجأ|المأوى|الماوى|السكن) ([^ \\n]+ ){0,2}(سيغلق|سيقفل|يغلق|يسكر)|(طردونا|طردوني|طردنا)",
    uk: "(притулок|місце опвангу|місце прихистку|прихисток|гуртожиток|опванг) ([^ \\n]+ ){0,3}(закривають|закриється|зачиняють)|(покинути|залишити) (місце|притулок|житло)|(виселили|вигнали) (нас|мене)",
  },
  /** Nowhere to go or sleep. */
  NOWHERE: {
    nl: "(weet|weten) (niet|nie) waar (ik|we|wij) ([^ \\n]+ ){0,4}(moet|moeten|kan|kunnen) (slapen|heen|naartoe|blijven)|waar (moet|moeten|kan|kunnen) (ik|we|wij) ([^ \\n]+ ){0,3}(slapen|heen|naartoe)|geen (bed|slaapplek|dak|onderdak|plek om te slapen)|nergens (heen|naartoe|om te slapen|te slapen)|(zitten|zit|staan|sta) ([^ \\n]+ ){0,3}(op het station|in de auto|op straat)",
    en: "nowhere to (go|sleep|stay)|no(where| place) to (go|sleep)|don't know where (we|i)('ll| will| can)? ?(sleep|go)",
    tr: "(gidecek|kalacak|yatacak) (yer(im|imiz)?|bir yer(im)?) yok|nerede (uyuyacagimizi|kalacagimizi)",
    pl: "nie (mam|mamy) gdzie (isc|pojsc|spac|nocowac)|nie wiem gdzie (bedziemy|bede) spac",
    ar: "(ليس لدي|ليس لدينا|ما عندي|ما عندنا|لا يوجد) (مكان|مأوى)|لا (اعرف|أعرف) (اين|أين) (سننام|انام|أنام)",
    uk: "(нікуди|ніде) (йти|іти|спати|ночувати|подітися)|нема куди (йти|піти)|не знаю, де (будемо )?(спати|ночувати)",
  },
  /** Tonight / now. */
  TONIGHT: {
    nl: "vannacht|vanavond|vandaag|vanmiddag|deze nacht|nu |nu\\.|nu,|nu!|nu\\?|om (12|13|14|15|16|17|18|19|20|21|22|23)[.:]?\\d{0,2}( uur)?",
    en: "tonight|today|now|right now|this evening",
    tr: "bu gece|bu aksam|bugun|simdi",
    pl: "dzis|dzisiaj|tej nocy|teraz|wieczorem",
    ar: "الليله|اليوم|الان|الآن",
    uk: "сьогодні|на ніч|цієї ночі|зараз|вночі",
  },
  /** No heating / power. */
  NO_HEAT: {
    nl: "(geen|zonder) (verwarming|warmte|gas|stroom|elektriciteit)|(verwarming|ketel|cv|cv-ketel|kachel|stroom|gas) ([^ \\n]+ ){0,3}(doet het (niet|al [^ \\n]+ ([^ \\n]+ )?niet)|kapot|stuk|afgesloten|eraf|uitgevallen|uit)",
    en: "no (heating|heat|power|gas|electricity)|(heating|boiler|power|gas) ([^ \\n]+ ){0,2}(broken|not working|cut off|off|out)",
    tr: "(kalorifer|isitma|dogalgaz|elektrik|kombi) ([^ \\n]+ ){0,2}(calismiyor|yok|kesildi|bozuk|kestiler)",
    pl: "(nie (mam|mamy) ogrzewania|bez ogrzewania|nie ma ogrzewania|(ogrzewanie|piec|prad|gaz) ([^ \\n]+ ){0,2}(nie dziala|odciety|odcieli|zepsut))",
    ar: "(التدفئه|الكهرباء|الغاز|الدفايه|التدفئة) ([^ \\n]+ ){0,2}(لا تعمل|مقطوع|قطعوا|خربان|معطله)|(بدون|بلا) (تدفئه|كهرباء)",
    uk: "(опалення|котел|світло|газ) ([^ \\n]+ ){0,2}(не працює|відключили|вимкнули|зламав)|(без|немає|нема) (опалення|світла|газу)",
  },
  /** Frost, cold inside. */
  COLD: {
    nl: "(vriest|vriezen|vorst|ijskoud|min (\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|tien)( graden)?|(-|−) ?(1|2|3|4|5|6|7|8|9|10|11|12|14|15) ?(graden|°)|(1|2|3|4|5|6|7|8|9|10|11|12|14|15) graden (binnen|in huis|in de (woning|kamer))|(vier|vijf|zes|zeven|acht) graden (binnen|in huis|in de (woning|kamer))|onder nul|onderkoeld|bevriezen)",
    en: "(freezing|below (zero|freezing)|minus \\d+|(-|−) ?(1|2|3|4|5|6|7|8|9|10|11|12|14|15) ?(degrees|°)|ice cold|hypothermi)",
    tr: "(eksi (\\d+|bes|on|uc)|sifirin altinda|donuyoruz|buz gibi|dondurucu)",
    pl: "(minus (\\d+|piec|dziesiec|dziesięć)|mroz|ponizej zera|lodowato)",
    ar: "(تحت الصفر|متجمد|البرد شديد|برد شديد|تجمد)",
    uk: "(мінус (\\d+|п'ять|десять)|мороз|нижче нуля|мерзне|мерзнемо|крижан)",
  },
  /** A person vulnerable to cold or lack of care. */
  VULNERABLE: {
    nl: "(pasgeboren|baby|babytje|zuigeling|(van|is) (8\\d|9\\d|100)( jaar)?|hoogbejaard|zuurstof|ernstig ziek|terminaal)",
    en: "(newborn|baby|infant|(aged|is|she's|he's) (8|9)\\d|oxygen)",
    tr: "(bebek|bebegim|yeni dogan|yasli annem|yasli babam)",
    pl: "(niemowle|noworod|dziecko|starsza mama|chora)",
    ar: "(رضيع|طفل صغير|مولود)",
    uk: "(немовля|новонародж|малюк|літня мама)",
  },
  /** Fled from the person. */
  FLED: {
    nl: "(gevlucht|weggevlucht|ondergedoken|vrouwenopvang|blijf-van-mijn-lijfhuis|blijf van mijn lijf)",
    en: "(fled|ran away from (him|her)|women's shelter|refuge)",
    tr: "(kactim|kadin siginma)",
    pl: "(ucieklam|uciekl|osrodek dla kobiet)",
    ar: "(هربت|هربنا|ملجا النساء|ملجأ النساء)",
    uk: "(втекла|втекли|притулок для жінок)",
  },
  /** Someone unreachable after a warning sign. */
  UNREACHABLE: {
    nl: "(neemt|nam) ([^ \\n]+ ){0,2}(telefoon )?niet (meer )?op|onbereikbaar|(is|was) (niet )?(meer )?(te )?(bereiken|vinden)|niet thuisgekomen",
    en: "(isn't|is not|not) (answering|picking up)|can't (reach|find) (him|her)|unreachable",
    tr: "telefonu(nu)? (acmiyor)|ulasamiyorum",
    pl: "nie odbiera|nie moge sie dodzwonic",
    ar: "لا (يرد|ترد)|(لا|ما) (اقدر|أقدر|استطيع|أستطيع) (الوصول|اوصل)",
    uk: "не бере (трубку|телефон)|не можу додзвонитися",
  },
  /** Sleeping rough. */
  ROUGH: {
    nl: "(slaapt|slapen|slaap|sliep|sliepen|overnacht|overnachten) ([^ \\n]+ ){0,4}(in het park|op straat|buiten|in een portiek|in de portiek|in de auto|in mijn auto|in m'n auto|onder de brug|in het bos|in een tent|op het station|in de fietsenstalling|op een bankje)",
    en: "(sleeps|sleeping|slept|sleep) ([^ \\n]+ ){0,3}(in the park|on the street|outside|rough|in (my|the|a) car|in a doorway|under a bridge|at the station)",
    tr: "(parkta|sokakta|arabada|istasyonda) (yatiyor|uyuyor|kaliyor)",
    pl: "(spi|spie|spimy|spal|spala) ([^ \\n]+ ){0,2}(w parku|na ulicy|na dworcu|w samochodzie|na klatce)",
    ar: "(ينام|تنام|انام|أنام|ننام|نام) ([^ \\n]+ ){0,2}(في الحديقه|في الشارع|في السياره|في المحطه)",
    uk: "(спить|сплю|спимо|спав|спала|ночує|ночую) ([^ \\n]+ ){0,2}(в парку|у парку|на вулиці|в машині|на вокзалі|у під'їзді)",
  },
  /** A child locked up. */
  CONFINE: {
    nl: "(sluit|sloot|sluiten|sloten) ([^ \\n]+ ){1,3}op in (de|het|een|zijn|haar) (kelder|kast|schuur|badkamer|kamer|wc|zolder|hok)|opgesloten in (de|het|een|zijn|haar) (kelder|kast|schuur|zolder|hok)",
    en: "(locks|locked|locking) (him|her|them|the (child|kid|kids|children)) (in|up) (the|a|his|her) (basement|cellar|cupboard|closet|shed|room)",
    tr: "(bodruma|dolaba|odaya) kilitl",
    pl: "zamyka (go|ja|je|dziecko) w (piwnicy|szafie|komorce)",
    ar: "(يحبسه|تحبسه|يحبسها|تحبسها|يقفل عليه) (في|ب)",
    uk: "замика(є|ла|в) (його|її|дитину) (в|у) (підвалі|шафі|коморі)",
  },
  /** Habitual, not now (guard for overheard sounds: "ik hoor vaak …" is a report, not a crisis). */
  HABITUAL: {
    nl: "vaak|regelmatig|soms|geregeld|elke (avond|nacht|dag|week)|iedere (avond|nacht|dag|week)|de laatste tijd|al (weken|maanden)",
    en: "often|regularly|sometimes|every (night|evening|day|week)|for weeks|lately",
    tr: "sik sik|bazen|her (gece|aksam|gun)|haftalardir",
    pl: "czesto|czasem|co (noc|wieczor|dzien)|od tygodni",
    ar: "كثيرا|احيانا|أحيانا|كل (ليله|يوم)",
    uk: "часто|іноді|щоночі|щодня|тижнями",
  },
  /** Events that are past or announced (guard). */
  PAST: {
    nl: "(vorig|vorige) (jaar|winter|maand|week)|jaren geleden|vroeger|toen ik (klein|jong)|gelukkig (opgelost|weer)|nu (is het )?(opgelost|gelukkig)|(volgende|over (een|twee|\\d+)) (week|weken|maand|maanden)",
    en: "last (year|winter|month)|years ago|(now|it's|it is) (fixed|sorted|solved)|next (week|month)",
    tr: "gecen (yil|kis|ay)|yillar once|simdi (duzeldi|iyi)|gelecek ay",
    pl: "(w )?zeszl(ym|ej) (roku|zimy|miesiacu)|lata temu|teraz (juz )?(dziala|dobrze)|w przyszlym miesiacu",
    ar: "(السنه|السنة|الشتاء|الشهر) (الماضيه|الماضي)|الشهر القادم",
    uk: "минул(ого|ої) (року|зими|місяця)|наступного місяця|зараз (все )?гаразд",
  },
  /** No food. */
  NO_FOOD: {
    nl: "(geen|niks|niets) (meer )?(te )?(eten|brood|melk|voeding|babyvoeding|flesvoeding)|(koelkast|kast|kasten) (is |zijn )?leeg|alleen (nog )?droog brood",
    en: "no (food|milk|formula)|nothing (left )?to eat|(fridge|cupboards?) (is |are )?empty",
    tr: "(yiyecek|yemek|mama|sut) ([^ \\n]+ )?(kalmadi|yok)|yiyecek bir sey yok",
    pl: "(nie mamy|nie mam|brak) (co jesc|jedzenia|mleka)|pusta lodowka",
    ar: "(لا يوجد|ما في|مافي|ليس لدينا) (شيء|شي|أكل|اكل|طعام) (ناكله|نأكله)?|(لا يوجد|ما في) (طعام|أكل|اكل)",
    uk: "(нема|немає) (що їсти|їжі|молока)|порожній холодильник",
  },
  /** Hunger now, of children or the writer. */
  HUNGER: {
    nl: "honger|(niks|niets) gehad|(niks|niets) gegeten|niet gegeten|(sinds|vanaf) (vanmorgen|vanochtend|gisteren)",
    en: "hungry|starving|haven't eaten|hasn't eaten|nothing since",
    tr: "ac |ac\\.|ac,|ac!|aclar|acim|aciz|yemek yemedi",
    pl: "(glodn|nic nie jedli|nic nie jadl)",
    ar: "(جائعون|جوعانين|جوعى|جائع|جوعان)",
    uk: "(голодн|нічого не їли|нічого не їв)",
  },
  /** Someone on the floor. */
  FLOOR: {
    nl: "(ligt|lag|zit) ([^ \\n]+ ){0,4}(op|naast|in) (de|het|zijn|haar) ([^ \\n]+ )?(grond|vloer|badkamervloer|bed|badkamer|gang|keuken)|gevallen",
    en: "(on|onto) the ([^ \\n]+ )?floor|(fell|fallen|has fallen)",
    tr: "(yere dustu|yerde yatiyor|dustu)",
    pl: "(przewrocila|przewrocil|upadla|upadl|lezy na podlodze)",
    ar: "(وقعت|وقع|سقطت|سقط) (على الارض|على الأرض)?",
    uk: "(впала|впав|лежить на підлозі)",
  },
  /** Cannot get up. */
  CANT_UP: {
    nl: "(krijgt|krijg|krijgen) (zichzelf|haar|hem|mezelf) niet (meer )?(overeind|omhoog|op)|(kan|komt|kon|kwam) (niet|nie) (meer )?(overeind|omhoog|opstaan|op staan)|alarm(knop)? (werkt niet|doet het niet)",
    en: "(can't|cannot|couldn't|unable to) get (up|her up|him up)",
    tr: "(kalkamiyor|kaldiramiyorum)",
    pl: "nie (moze|moge) (wstac|podniesc)",
    ar: "(لا تستطيع|لا يستطيع|ما بتقدر|ما بيقدر) (ان |أن )?(تقوم|يقوم|النهوض)",
    uk: "не може (піднятися|встати|підвестися)",
  },
  /** Care or medication that did not come. */
  CARE_MISSED: {
    nl: "(thuiszorg|wijkverpleging|verpleging|verzorging|verzorgende|zorgverlener|begeleider|wijkzuster|niemand) ([^ \\n]+ ){0,5}(niet (gekomen|geweest|verschenen)|kwam niet|komt niet)|niemand (is )?(geweest|gekomen)|(insuline|medicatie|medicijnen|hartmedicatie|pillen|zuurstof|sondevoeding|injectie|spuit) ([^ \\n]+ ){0,4}(niet (gekregen|gehad|gegeven)|gemist|overgeslagen)|niemand heeft ([^ \\n]+ ){0,5}(uit bed gehaald|te eten gegeven|geholpen|verschoond)|(twee|drie|vier|2|3|4) dagen niet geweest",
    en: "(carers?|nurse|home care|no one|nobody) ([^ \\n]+ ){0,3}(didn't|did not|hasn't|has not|haven't) (come|turn up|shown up|been)|(missed|no|without) ([^ \\n]+ )?(insulin|medication|meds|oxygen)",
    tr: "(bakici|hemsire|evde bakim) ([^ \\n]+ )?(gelmedi|gelmiyor)|(insulin|ilac|ilaclari)[^.\\n]{0,30}(almadi|verilmedi|yapilmadi)",
    pl: "(opiekunka|pielegniarka|opiekun) ([^ \\n]+ )?nie (przyszla|przyszedl)|nie dostal(a)? (insuliny|lekow)|bez (insuliny|lekow)",
    ar: "(الممرضه|المساعده|الرعايه) (لم تات|لم تأت|ما اجت)|(بدون|بلا) (انسولين|إنسولين|دواء)",
    uk: "(доглядальниця|медсестра|соцпрацівник) ([^ \\n]+ )?не прийш|без (інсуліну|ліків)",
  },
  /** An acute symptom. */
  ACUTE: {
    nl: "(verward|benauwd|bewusteloos|buiten westen|suf|zweet|zweten|klam|uitgedroogd|hypo|trilt|ademt (niet|nauwelijks|raar|moeilijk)|krijgt geen lucht|blauw (aan|aangelopen)|reageert (niet|nauwelijks|bijna niet)(?! (meer|op|via|per))|(niet|nie) aanspreekbaar|aanspreekbaar (niet|nie)|praat ([^ \\n]+ )?(raar|wartaal)|in (haar|zijn) (eigen )?(urine|ontlasting|poep)|koorts|bloedt|bloed)",
    en: "(confused|sweating|unconscious|unresponsive|not responding|can't breathe|struggling to breathe|drowsy|shaking|bleeding|dehydrated)",
    tr: "(bilinci bulanik|terliyor|nefes alamiyor|baygin|tepki vermiyor|kafasi karisik)",
    pl: "(zdezorientowan|spocon|poci sie|nie oddycha|nieprzytomn|nie reaguje)",
    ar: "(مشوش|يتعرق|لا يتنفس|فاقد الوعي|لا يستجيب)",
    uk: "(розгублен|пітніє|не дихає|непритомн|не реагує|сплутан)",
  },
  /** Nobody has seen a (frail) neighbour or relative for days. */
  NOT_SEEN: {
    nl: "(doet|deed) (al )?(sinds [^ \\n]+ |(twee|drie|vier|een paar|2|3|4|5) dagen |dagen )(niet|nie) (meer )?open|(al )?(dagen|(twee|drie|vier|2|3|4|5) dagen) niet (gezien|gehoord)|(post|kranten) (stapelt|stapelen|ligt|liggen)|gordijnen (zijn )?(al dagen )?dicht|(neemt|nam) (al|sinds) [^.\\n]{0,20}niet op",
    en: "(hasn't|haven't|not) (been )?(seen|answered)|mail (is )?piling up|curtains (are )?(still )?closed",
    tr: "(gunlerdir|iki gundur) (kapiyi acmiyor|gorulmedi)",
    pl: "od (kilku|dwoch|trzech) dni nie otwiera|nikt jej nie widzial",
    ar: "لا (تفتح|يفتح) الباب منذ",
    uk: "(не відчиняє|не відкриває) (вже )?(кілька|два|три) дні",
  },
  /** Old or frail. */
  OLD: {
    nl: "(is |van |ze is |hij is )(7\\d|8\\d|9\\d|100)( jaar)?|(hoog)?bejaard|dementie|alleenstaand|slecht ter been",
    en: "(is |aged |she's |he's )(7\\d|8\\d|9\\d)|elderly|dementia",
    tr: "(yasli|yaslı)",
    pl: "(starsz|emeryt)",
    ar: "(مسن|مسنه|عجوز)",
    uk: "(літн|похил)",
  },
  /** A person with dementia gone. */
  WANDER: {
    nl: "(dementie|dement|alzheimer)[^]{0,80}(de deur uit|weggelopen|vermist|kwijt|niet (meer )?(vinden|terug)|zoek)|(de deur uit|weggelopen|vermist|kwijt|kunnen (hem|haar) niet vinden)[^]{0,80}(dementie|dement|alzheimer)",
    en: "(dementia|alzheimer)[^]{0,80}(wandered|missing|can't find|gone)",
    tr: "(demans|alzheimer)[^]{0,80}(kayboldu|bulamiyoruz)",
    pl: "(demencj|alzheimer)[^]{0,80}(zaginal|zaginela|nie mozemy znalezc)",
    ar: "(الزهايمر|خرف)[^]{0,80}(ضاع|ضاعت|مفقود)",
    uk: "(деменці|альцгеймер)[^]{0,80}(зник|зникла|не можемо знайти)",
  },
  /** A medical device that needs power. */
  DEVICE: {
    nl: "(zuurstof|zuurstofapparaat|beademing|beademingsapparaat|dialyse|thuisdialyse|sondepomp|insulinepomp)",
    en: "(oxygen|ventilator|dialysis|feeding pump)",
    tr: "(oksijen|solunum cihazi|diyaliz)",
    pl: "(tlen|koncentrator|respirator|dializ)",
    ar: "(اكسجين|أكسجين|جهاز التنفس|غسيل الكلى)",
    uk: "(кисн|апарат|діаліз)",
  },
};

/** A crisis: every group in `all` has a concept (any of the listed) within `window` characters of the first. */
interface Combo { category: Category; name: string; all: string[][]; window?: number; unless?: string[] }

const COMBOS: Combo[] = [
  // suicide
  { category: 'suicide', name: 'farewell-despair', all: [['FAREWELL'], ['DESPAIR', 'BURDEN', 'FAREWELL', 'SELF_KILL', 'MEANS', 'UNREACHABLE']], window: 400 },
  { category: 'suicide', name: 'burden', all: [['BURDEN'], ['DESPAIR', 'SOON', 'FAREWELL', 'MEANS']], window: 300 },
  { category: 'suicide', name: 'self-kill', all: [['SELF_KILL']] },
  { category: 'suicide', name: 'means-intent', all: [['MEANS'], ['DESPAIR', 'SOON', 'SELF_KILL', 'BURDEN', 'ACUTE']], window: 200 },
  // violence
  { category: 'violence', name: 'injury-actor', all: [['INJURY'], ['ACTOR_BACK', 'THREAT']], window: 250 },
  { category: 'violence', name: 'actor-fear', all: [['ACTOR_BACK'], ['FEAR', 'THREAT', 'HIDE', 'FLED'], ['FEAR', 'THREAT', 'RAGE', 'INJURY', 'HIDE', 'FLED', 'ACTOR_BACK']], window: 250, unless: ['PAST'] },
  { category: 'violence', name: 'threat', all: [['THREAT']] },
  { category: 'violence', name: 'weapon', all: [['WEAPON']] },
  { category: 'violence', name: 'assault', all: [['ASSAULT']] },
  { category: 'violence', name: 'hiding', all: [['HIDE'], ['RAGE', 'FEAR', 'ACTOR_BACK', 'HIDE', 'THREAT', 'ASSAULT']], window: 250 },
  { category: 'violence', name: 'overheard', all: [['HEAR'], ['DISTRESS'], ['DISTRESS', 'TONIGHT', 'DURATION']], window: 160, unless: ['HABITUAL', 'PAST'] },
  // child in danger
  { category: 'child-danger', name: 'sexual', all: [['ADULT'], ['TOUCH']], window: 120 },
  { category: 'child-danger', name: 'alone', all: [['CHILD'], ['ALONE'], ['DURATION', 'RISKY']], window: 160, unless: ['PAST'] },
  { category: 'child-danger', name: 'carer-out', all: [['CARER_OUT'], ['CHILD']], window: 160, unless: ['PAST'] },
  { category: 'child-danger', name: 'home-fear', all: [['CHILD', 'ADULT'], ['HOME_FEAR'], ['HIT', 'INJURY']], window: 200 },
  { category: 'child-danger', name: 'toxic', all: [['TOXIC']] },
  { category: 'child-danger', name: 'rough', all: [['CHILD', 'MINOR'], ['ROUGH']], window: 120, unless: ['PAST'] },
  { category: 'child-danger', name: 'confined', all: [['CONFINE']] },
  { category: 'child-danger', name: 'missing', all: [['CHILD', 'MINOR'], ['MISSING'], ['RISKY', 'DURATION']], window: 160 },
  { category: 'child-danger', name: 'outside-cold', all: [['CHILD'], ['RISKY'], ['ALONE', 'COLD', 'TONIGHT']], window: 160 },
  { category: 'child-danger', name: 'hungry', all: [['CHILD'], ['NO_FOOD', 'HUNGER'], ['DURATION', 'CARER_OUT']], window: 160 },
  { category: 'child-danger', name: 'forced-marriage', all: [['FORCED_MARRIAGE'], ['MINOR', 'FEAR']], window: 160 },
  { category: 'child-danger', name: 'self-harm-child', all: [['SELF_HARM_CHILD']] },
  // basic needs
  { category: 'basic-needs', name: 'shelter-nowhere', all: [['SHELTER_LOSS', 'NOWHERE'], ['NOWHERE', 'TONIGHT', 'COLD']], window: 200, unless: ['PAST'] },
  { category: 'basic-needs', name: 'shelter-now', all: [['SHELTER_LOSS'], ['TONIGHT']], window: 120, unless: ['PAST'] },
  { category: 'basic-needs', name: 'rough', all: [['ROUGH'], ['COLD']], window: 200 },
  { category: 'basic-needs', name: 'cold', all: [['NO_HEAT'], ['COLD', 'VULNERABLE']], window: 200, unless: ['PAST'] },
  { category: 'basic-needs', name: 'device', all: [['NO_HEAT'], ['DEVICE']], window: 160, unless: ['PAST'] },
  { category: 'basic-needs', name: 'food', all: [['NO_FOOD'], ['HUNGER', 'TONIGHT'], ['HUNGER', 'CHILD']], window: 200, unless: ['PAST'] },
  { category: 'basic-needs', name: 'floor', all: [['FLOOR'], ['CANT_UP', 'ACUTE']], window: 160, unless: ['PAST'] },
  { category: 'basic-needs', name: 'care-missed', all: [['CARE_MISSED'], ['ACUTE']], window: 250, unless: ['PAST'] },
  { category: 'basic-needs', name: 'not-seen', all: [['NOT_SEEN'], ['OLD', 'NOT_SEEN']], window: 200 },
  { category: 'basic-needs', name: 'wander', all: [['WANDER'], ['TONIGHT', 'COLD', 'DURATION']], window: 200, unless: ['PAST'] },
];

/** A compiled concept: one gated regex per top-level alternative, and a global copy for positions. */
interface Compiled { alts: Array<{ gated: GatedRegex; global: RegExp; id: number; starts5: string[] | null }>; union: Uint16Array | null }

const LANGS: Lang[] = ['nl', 'en', 'tr', 'pl', 'ar', 'uk'];

let compiled: Map<string, Compiled> | null = null;
let normalise: ((s: string) => string) | null = null;

/** Compile the lexicons with the text normaliser of crisis.ts (called once by crisis.ts). */
export function initConcepts(norm: (s: string) => string): void {
  normalise = norm;
  compiled = new Map();
  for (const [concept, byLang] of Object.entries(LEX)) {
    for (const lang of LANGS) {
      const src = byLang[lang];
      if (!src) continue;
      const body = norm(src);
      // Dutch and English: whole words. Turkish, Polish, Ukrainian: word start only (suffixes and
      // case endings follow). Arabic: no boundary (clitics such as "wa-" (and) attach in front).
      // (\b for nl/en: the text is ASCII there after normalisation, and it is faster than a lookbehind)
      const start = lang === 'ar' ? '' : lang === 'nl' || lang === 'en' ? '\\b' : S;
      const end = lang === 'nl' || lang === 'en' ? E : '';
      // One regex per alternative: only the alternatives whose first 3 characters occur run.
      const alts = topAlternatives(body).map((alt) => {
        const full = `${start}(?:${alt})${end}`;
        return { gated: new GatedRegex(new RegExp(full, 'm')), global: new RegExp(full, 'gm'), id: -1, starts5: matchPrefixStrings(full, 5) };
      });
      const union = alts.some((a) => a.gated.gate === null) ? null : Uint16Array.from(new Set(alts.flatMap((a) => a.gated.gate!)));
      compiled.set(`${lang}:${concept}`, { alts, union });
    }
  }
}

/** Concept patterns with no gate (always run); for tests: should be empty. */
export function ungatedConcepts(): string[] {
  if (!compiled) throw new Error('initConcepts not called');
  return [...compiled.entries()].filter(([, c]) => c.union === null).map(([k]) => k);
}

/** Match starts of one concept in a text (empty when absent). */
function positions(c: Compiled, t: string): number[] {
  const spans: Array<[number, number]> = [];
  for (const { global, id } of c.alts) {
    if (possibleAlt[id] !== 1) continue; // none of its 3-character starts occurs
    global.lastIndex = 0;
    for (let m = global.exec(t); m; m = global.exec(t)) {
      spans.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) global.lastIndex++;
    }
  }
  if (spans.length < 2) return spans.map((x) => x[0]);
  // one mention, one match: drop matches of other alternatives that overlap an earlier one
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out: number[] = [];
  let end = -1;
  for (const [s0, e0] of spans) if (s0 >= end) { out.push(s0); end = e0; } else if (e0 > end) end = e0;
  return out;
}

/** Concept names in a fixed order; combos refer to them by index (no string keys per message). */
const CONCEPTS = Object.keys(LEX);
const CONCEPT_ID = new Map(CONCEPTS.map((c, i) => [c, i]));
/** Combos with concept ids: groups[g] = ids of the concepts of group g; unless = ids. */
const COMBO_IDS = COMBOS.map((c) => ({
  combo: c,
  groups: c.all.map((g) => g.map((n) => CONCEPT_ID.get(n)!)),
  unless: (c.unless ?? []).map((n) => CONCEPT_ID.get(n)!),
}));
/** Per language, the compiled concept for each concept id (undefined when the language has none). */
let byLang: Array<{ lang: Lang; concepts: Array<Compiled | undefined> }> = [];
/**
 * For each 3-character key k: the lexicon alternatives (global ids) whose matches may start with
 * it, keyList[keyStart[k] .. keyStart[k + 1]) (compact arrays: a sparse JS array is slow to index).
 */
let keyStart: Uint32Array = new Uint32Array(65537);
let keyList: Uint16Array = new Uint16Array(0);
/** The same for 5-character starts (much more selective: "alles" instead of "all"), where derivable. */
let key5Start: Uint32Array = new Uint32Array(65537);
let key5List: Uint16Array = new Uint16Array(0);

/** Hash of five UTF-16 code units into 16 bits. */
function key5(a: number, b: number, c: number, d: number, e: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d) ^ Math.imul(d, 0x27d4eb2f) ^ Math.imul(e, 0x165667b1)) >>> 16;
}

/** Compact key → ids table from a map of lists. */
function table(lists: Map<number, number[]>): [Uint32Array, Uint16Array] {
  const start = new Uint32Array(65537);
  for (const [k, l] of lists) start[k + 1] = l.length;
  for (let k = 0; k < 65536; k++) start[k + 1]! += start[k]!;
  const list = new Uint16Array(start[65536]!);
  for (const [k, l] of lists) list.set(l, start[k]!);
  return [start, list];
}
/** For each alternative id: its concept id (language index × concepts + concept). */
let altConcept = new Uint16Array(0);
/** Per message: which alternatives and which concepts may occur (reused buffers). */
let possibleAlt = new Uint8Array(0);
let possible = new Uint8Array(0);

function buildIndex(): void {
  byLang = LANGS.map((lang) => ({ lang, concepts: CONCEPTS.map((c) => compiled!.get(`${lang}:${c}`)) }));
  const lists = new Map<number, number[]>();
  const lists5 = new Map<number, number[]>();
  const owner: number[] = [];
  byLang.forEach(({ concepts }, li) => concepts.forEach((c, ci) => {
    if (!c) return;
    if (c.union === null) throw new Error(`crisis concept ${LANGS[li]}:${CONCEPTS[ci]} cannot be gated`);
    for (const alt of c.alts) {
      alt.id = owner.length;
      owner.push(li * CONCEPTS.length + ci);
      if (alt.starts5) {
        for (const w of alt.starts5) {
          const k = key5(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3), w.charCodeAt(4));
          const l = lists5.get(k); if (l) l.push(alt.id); else lists5.set(k, [alt.id]);
        }
      } else {
        for (const k of alt.gated.gate!) { const l = lists.get(k); if (l) l.push(alt.id); else lists.set(k, [alt.id]); }
      }
    }
  }));
  altConcept = Uint16Array.from(owner);
  possibleAlt = new Uint8Array(owner.length);
  possible = new Uint8Array(LANGS.length * CONCEPTS.length);
  [keyStart, keyList] = table(lists);
  [key5Start, key5List] = table(lists5);
}

/**
 * The second net: the first concept combination found in `t` (text normalised by crisisNormalise,
 * one sentence per line) with its 3-character windows, or null.
 * @returns {category, lang, rule: "<lang>:<category>:concept-<name>"} or null
 */
export function detectConcepts(t: string): CrisisMatch | null {
  if (!compiled) throw new Error('initConcepts not called');
  if (byLang.length === 0) buildIndex();
  const n = CONCEPTS.length;
  // one pass over the text's 3-character windows marks every alternative and concept that may occur
  possibleAlt.fill(0);
  possible.fill(0);
  for (let i = 0; i + 2 < t.length; i++) {
    const a = t.charCodeAt(i), b = t.charCodeAt(i + 1), c = t.charCodeAt(i + 2);
    const k = key3(a, b, c);
    for (let j = keyStart[k]!, e = keyStart[k + 1]!; j < e; j++) { const alt = keyList[j]!; possibleAlt[alt] = 1; possible[altConcept[alt]!] = 1; }
    if (i + 4 < t.length) {
      const k5 = key5(a, b, c, t.charCodeAt(i + 3), t.charCodeAt(i + 4));
      for (let j = key5Start[k5]!, e = key5Start[k5 + 1]!; j < e; j++) { const alt = key5List[j]!; possibleAlt[alt] = 1; possible[altConcept[alt]!] = 1; }
    }
  }
  const posCache: Array<number[] | undefined> = new Array(n);
  const arabic = /[\u0600-\u06ff]/u.test(t);
  const cyrillic = /[\u0400-\u04ff]/u.test(t);
  for (let li = 0; li < byLang.length; li++) {
    const { lang, concepts } = byLang[li]!;
    // a script's lexicon cannot match text without that script
    if ((lang === 'ar' && !arabic) || (lang === 'uk' && !cyrillic)) continue;
    posCache.fill(undefined);
    const base = li * n;
    const may = (id: number): boolean => possible[base + id] === 1;
    const pos = (id: number): number[] => {
      let p = posCache[id];
      if (p === undefined) { const c = concepts[id]; p = c && may(id) ? positions(c, t) : []; posCache[id] = p; }
      return p;
    };
    for (const { combo, groups, unless } of COMBO_IDS) {
      // run regexes only when every group has a concept whose starts occur in the text
      if (!groups.every((g) => g.some(may))) continue;
      if (fires(combo, groups, unless, pos)) return { category: combo.category, lang, rule: `${lang}:${combo.category}:concept-${combo.name}` };
    }
  }
  return null;
}

function fires(combo: Combo, groups: number[][], unless: number[], pos: (id: number) => number[]): boolean {
  const w = combo.window ?? 0;
  const anchors = groups[0]!.flatMap(pos);
  if (anchors.length === 0) return false;
  const used = new Set<number>();
  outer: for (const a of anchors) {
    used.clear();
    used.add(a);
    for (let gi = 1; gi < groups.length; gi++) {
      let found = false;
      for (const c of groups[gi]!) {
        for (const p of pos(c)) {
          if (!used.has(p) && Math.abs(p - a) <= w) { used.add(p); found = true; break; }
        }
        if (found) break;
      }
      if (!found) continue outer;
    }
    if (unless.some((c) => pos(c).some((p) => Math.abs(p - a) <= Math.max(w, 80)))) continue;
    return true;
  }
  return false;
}

/** For tests and debugging: the concepts found in a raw text, as "<lang>:<CONCEPT>@<offset>". */
export function explainConcepts(text: string): string[] {
  if (!compiled || !normalise) throw new Error('initConcepts not called');
  if (byLang.length === 0) buildIndex();
  const t = normalise(text);
  possibleAlt.fill(1);
  const out: string[] = [];
  for (const [key, c] of compiled) for (const p of positions(c, t)) out.push(`${key}@${p}`);
  return out;
}
