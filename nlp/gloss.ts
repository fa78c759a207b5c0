/**
 * Key-term glossary: words in English, Turkish, Arabic, Polish, Ukrainian/Russian and German
 * mapped to the Dutch terms the model was trained on. Non-Dutch messages are classified by
 * appending these Dutch glosses to the text before feature extraction (training does the same),
 * so one Dutch-centred model serves every supported language. Terms: the authors' own
 * translations of the taxonomy subjects and domain.md resident words.
 */
import { crisisNormalise } from './crisis.js';

type Entry = [string, string]; // [regex source (natural spelling), Dutch gloss]

const EN: Entry[] = [
  ['home ?care|home help|cleaning help|household help|cleaner', 'huishoudelijke hulp thuiszorg'],
  ['carer|caregiver|care worker|care provider|care agency|care company|nurse', 'zorgaanbieder thuiszorg'],
  ['wheelchair|mobility scooter|walker|stair ?lift|aids and adaptations|home adaptation|adapt(ed|ing)? (the|my|our) (house|home|bathroom)', 'hulpmiddel rolstoel scootmobiel woningaanpassing wmo'],
  ['day ?care centre|day activities|day programme|supported living|sheltered housing|respite', 'dagbesteding begeleiding beschermd wonen wmo'],
  ['social support act|wmo|needs assessment|assessment interview|care needs', 'wmo keukentafelgesprek indicatie'],
  ['youth care|youth services|child mental health|youth mental health|child psychologist|youth team|referral', 'jeugdhulp jeugd-ggz jeugd verwijzing'],
  ['welfare|social assistance|benefit payment|income support|social benefit|my benefit|the benefit|benefits', 'uitkering bijstand'],
  ['job ?coach|work coach|caseworker|case manager|reintegration|back to work|workfare', 'klantmanager re-integratie'],
  ['debt(s)?|bailiff|debt collector|debt counselling|debt help|arrears|overdue bills', 'schulden schuldhulp deurwaarder'],
  ['budget management|financial administrator|guardianship of finances|administrator', 'budgetbeheer bewindvoerder'],
  ['school transport|school taxi|pupil transport', 'leerlingenvervoer taxi school'],
  ['taxi|driver|ride|pick(ed)? (me |him |her |us )?up|transport service', 'taxi vervoer chauffeur rit opgehaald'],
  ['district team|neighbourhood team|neighborhood team|social team|community team|family coach', 'wijkteam buurtteam gezinscoach'],
  ['own contribution|personal contribution|co-?payment|cak', 'eigen bijdrage cak'],
  // one gloss per meaning: a personal budget is granted by the municipality; only the SVB's own name or its
  // payments (child benefit, state pension) point at the SVB
  ['personal budget|pgb', 'pgb persoonsgebonden budget'],
  ['svb|social insurance bank|child benefit|state pension|aow', 'svb kinderbijslag aow'],
  ['unemployment benefit|sickness benefit|disability benefit|uwv|wia|wajong|ww benefit', 'uwv ww wia ziektewet'],
  ['allowance|rent benefit|housing benefit|health ?care allowance|childcare benefit|tax office|tax authorit(y|ies)|belastingdienst', 'toeslag huurtoeslag zorgtoeslag toeslagen belastingdienst'],
  // a nursing home is a provider; the Wlz bodies are the indication (CIZ) and the care office
  ['nursing home|care home', 'verpleeghuis'],
  ['long[- ]term care|ciz|care office|zorgkantoor', 'wlz ciz zorgkantoor'],
  ['child protection|guardian|family supervisor|supervision order|placed in care|out of home placement|foster', 'jeugdbescherming gezinsvoogd ondertoezichtstelling uithuisplaatsing'],
  ['domestic violence|abuse|safe at home|veilig thuis', 'huiselijk geweld veilig thuis melding'],
  ['housing association|landlord|social housing|eviction|evicted|rent arrears|urgency (status|declaration)', 'woningcorporatie verhuurder ontruiming huurachterstand urgentie'],
  ['integration course|civic integration|language course|inburgering', 'inburgering taalcursus'],
  ['parking|waste|garbage|bin|passport|id card|driving licen[cs]e|street ?light|pothole', 'parkeren afval paspoort gemeente overig'],
  ['objection|appeal|disagree with (the|this|their) decision|decision letter|the decision|rejected|refused|turned down|denied', 'bezwaar besluit beschikking afgewezen'],
  ['complain(t)?|unacceptable|rude|nobody (calls|called)|no one (calls|called)|never called back|ignored', 'klacht'],
  ['how (do|can|long|does)|can (i|you|we|she|he)|is it possible|could you|what (do|should|are)|where can|question|who (should|do|can) (i|we)|do (i|we|you) (need|have to)|does (she|he|it) need|am i (allowed|entitled)|will (it|this|that) affect|how does (it|this) work', 'vraag hoe kan'],
  ['help (at|around the) (house|home)|shower chair|trouble walking|cannot clean', 'huishoudelijke hulp hulpmiddel wmo'],
  ['i want to (report|let you know)|just to let you know|for your information|not a complaint', 'melden signaal'],
  ['cut off|disconnected|eviction notice|no income|no money|no care at all|nothing to live on', 'afgesloten geen inkomen geen geld'],
  ['the municipality|the council|the city|the gemeente', 'gemeente'],
];
const TR: Entry[] = [
  ['evde bakım|ev temizliği|temizlik yardımı|bakım yardımı|bakıcı', 'huishoudelijke hulp thuiszorg'],
  ['tekerlekli sandalye|akülü araba|merdiven asansörü|ev uyarlaması', 'rolstoel scootmobiel traplift woningaanpassing'],
  ['gençlik yardımı|çocuk psikoloğu|gençlik bakımı|jeugdhulp', 'jeugdhulp'],
  ['sosyal yardım|yardım parası|işsizlik parası|maaş|bijstand|uitkering', 'uitkering bijstand'],
  ['borç|borçlar|icra|haciz|deurwaarder', 'schulden schuldhulp deurwaarder'],
  ['taksi|şoför|servis', 'taxi vervoer chauffeur'],
  ['kira yardımı|sağlık yardımı|toeslag|vergi dairesi', 'toeslag huurtoeslag zorgtoeslag'],
  ['belediye', 'gemeente'],
  ['şikayet|şikâyet', 'klacht'],
  // one gloss per meaning: a decision is not yet an objection ("I am waiting for the decision")
  ['itiraz', 'bezwaar'],
  ['karar', 'besluit'],
  ['reddedildi|red', 'afgewezen'],
  ['bekliyorum|bekliyoruz|bekliyor', 'wachten'],
  ['nasıl|ne zaman|mümkün mü|soru|öğrenmek istiyorum|alabilir miyiz|alabilir miyim|var mı|mıyım|miyim|miyiz|mısınız|misiniz', 'vraag hoe'],
  ['temizlik|banyo|yürüyemiyor|yaşlı', 'huishoudelijke hulp wmo'],
  ['çocuk koruma|koruyucu aile|vasi|aile vasisi|çocuklarımı aldılar|gezinsvoogd', 'jeugdbescherming gezinsvoogd uithuisplaatsing'],
  ['ev sahibi|konut şirketi|tahliye|kira borcu', 'woningcorporatie ontruiming huurachterstand'],
  ['kimse aramadı|geri aramadı|cevap yok', 'klacht niet teruggebeld'],
];
const PL: Entry[] = [
  ['pomoc domowa|sprzątanie|opieka domowa|opiekunka', 'huishoudelijke hulp thuiszorg'],
  ['wózek inwalidzki|skuter|winda schodowa|przystosowanie mieszkania', 'rolstoel scootmobiel traplift woningaanpassing'],
  ['pomoc dla młodzieży|psycholog dziecięcy|jeugdhulp', 'jeugdhulp'],
  ['zasiłek|zasilek|świadczenie|pomoc socjalna|bijstand|uitkering', 'uitkering bijstand'],
  ['długi|dług|komornik|windykacja', 'schulden schuldhulp deurwaarder'],
  ['taksówka|taxi|kierowca|transport', 'taxi vervoer chauffeur'],
  ['dodatek mieszkaniowy|dodatek zdrowotny|urząd skarbowy|toeslag', 'toeslag huurtoeslag zorgtoeslag belastingdienst'],
  ['gmina|gminy|gminie|urząd', 'gemeente'],
  ['skarga|skargę|reklamacja|skarżyć', 'klacht'],
  ['odwołanie|odwołać|sprzeciw', 'bezwaar'],
  ['decyzja|decyzję|decyzji', 'besluit'],
  ['odmówiono|odrzucono', 'afgewezen'],
  ['czekam|czekamy|czeka|czekać', 'wachten'],
  ['jak |kiedy|czy mogę|czy można|pytanie|czy (gmina|ktoś)', 'vraag hoe'],
  ['nadzór|nadzorem|kurator|opiekun(ka)? rodziny|rodzina zastępcza|odebrali (mi )?dzieci|ochrona dzieci|gezinsvoogd', 'jeugdbescherming gezinsvoogd ondertoezichtstelling'],
  ['eksmisja|czynsz|zaległości w czynszu|spółdzielnia mieszkaniowa', 'ontruiming huurachterstand woningcorporatie'],
  ['wypłata|wynagrodzenie|pracodawca|umowa', 'werk'],
  ['nikt nie oddzwonił|brak odpowiedzi|nie odpowiada', 'klacht niet teruggebeld'],
];
const AR: Entry[] = [
  ['مساعدة منزلية|تنظيف|رعاية منزلية|الرعاية المنزلية', 'huishoudelijke hulp thuiszorg'],
  ['كرسي متحرك|سكوتر|تعديل المنزل', 'rolstoel scootmobiel woningaanpassing'],
  ['رعاية الشباب|مساعدة الشباب|طبيب نفسي للأطفال', 'jeugdhulp'],
  ['مساعدة اجتماعية|إعانة|اعانة|راتب|بيستاند', 'uitkering bijstand'],
  ['ديون|دين|محضر|جابي', 'schulden schuldhulp deurwaarder'],
  ['تاكسي|سائق|النقل', 'taxi vervoer chauffeur'],
  ['بدل السكن|بدل الرعاية|مصلحة الضرائب|الضرائب', 'toeslag huurtoeslag zorgtoeslag belastingdienst'],
  ['البلدية|بلدية', 'gemeente'],
  ['شكوى|اشتكي', 'klacht'],
  ['اعتراض', 'bezwaar'],
  ['قرار', 'besluit'],
  ['رفض|رفضت|رفضوا', 'afgewezen'],
  ['أنتظر|انتظر|ننتظر', 'wachten'],
  ['كيف|متى|هل يمكن|سؤال|هل أستطيع|هل استطيع|من أين', 'vraag hoe'],
  ['حماية الطفل|حماية الأطفال|أسرة حاضنة|اسرة حاضنة|الوصي|أخذوا أطفالي', 'jeugdbescherming gezinsvoogd uithuisplaatsing'],
  ['فريق الحي|buurtteam|wijkteam', 'wijkteam buurtteam'],
  ['إخلاء|اخلاء|الإيجار|الايجار|شركة الإسكان', 'ontruiming huur woningcorporatie'],
  ['لم يتصل|لا أحد يرد|لا احد يرد', 'klacht niet teruggebeld'],
];
const UK: Entry[] = [
  ['допомога вдома|прибирання|догляд вдома|доглядальниця', 'huishoudelijke hulp thuiszorg'],
  ['інвалідний візок|інвалідне крісло|скутер|пристосування житла', 'rolstoel scootmobiel woningaanpassing'],
  ['допомога молоді|дитячий психолог|психолог для дитини', 'jeugdhulp'],
  ['соціальна допомога|допомога|виплата|пособие|bijstand|uitkering', 'uitkering bijstand'],
  ['борг|борги|долги|судовий виконавець|колектор', 'schulden schuldhulp deurwaarder'],
  ['таксі|такси|водій|водитель|транспорт', 'taxi vervoer chauffeur'],
  ['надбавка|субсидія|податкова|toeslag', 'toeslag huurtoeslag zorgtoeslag'],
  ['громада|муніципалітет|гемеенте|gemeente|мерія', 'gemeente'],
  ['скарга|скаргу|жалоба', 'klacht'],
  ['заперечення|оскарження', 'bezwaar'],
  ['рішення|решение', 'besluit'],
  ['відмовили|відмова', 'afgewezen'],
  ['чекаю|чекаємо|жду|ждём', 'wachten'],
  ['як |коли|чи можна|питання', 'vraag hoe'],
  ['житло|оренда|виселення', 'huur woningcorporatie'],
];
const DE: Entry[] = [
  ['haushaltshilfe|pflegedienst|häusliche pflege', 'huishoudelijke hulp thuiszorg'],
  ['rollstuhl|treppenlift|wohnungsanpassung', 'rolstoel traplift woningaanpassing'],
  ['sozialhilfe|leistung|bürgergeld', 'uitkering bijstand'],
  ['schulden|gerichtsvollzieher', 'schulden schuldhulp deurwaarder'],
  ['gemeinde|stadtverwaltung', 'gemeente'],
  ['beschwerde', 'klacht'],
  ['widerspruch', 'bezwaar'],
  ['bescheid|entscheidung', 'besluit'],
  ['abgelehnt', 'afgewezen'],
  ['warte|warten', 'wachten'],
];

const TABLE: [RegExp, string][] = [...EN, ...TR, ...PL, ...AR, ...UK, ...DE].map(([src, nl]) => [
  new RegExp('(^|[^\\p{L}])(' + crisisNormalise(src) + ')', 'u'),
  nl,
]);

/**
 * Dutch glosses for the key terms found in a non-Dutch text.
 * @param text the resident's text (any language)
 * @param lang detected ISO 639-1 language; Dutch text gets no glosses (returns '')
 * @returns space-separated Dutch terms, possibly empty
 */
export function glossToDutch(text: string, lang: string): string {
  if (lang === 'nl') return '';
  const t = crisisNormalise(text);
  const out: string[] = [];
  for (const [re, nl] of TABLE) if (re.test(t)) out.push(nl);
  return out.join(' ');
}
