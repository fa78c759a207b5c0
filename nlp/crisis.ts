/**
 * Crisis rule layer. Runs before (and independently of) the model; a match forces
 * kind 'crisis' and urgency 'crisis' and the fastest handoff (DESIGN.md §6).
 *
 * Categories (taxonomy.md, kind "crisis"): suicidality, violence, a child in danger, and basic
 * needs gone *tonight* (no roof, food or heating). Rules exist for nl, en, tr, ar, pl, uk (+ ru, de)
 * and are all applied to every message regardless of the detected language (residents mix
 * languages). Phrasings are the authors' own, informed by 113 Zelfmoordpreventie and Veilig Thuis
 * guidance (indirect wording: "ik zie het niet meer zitten", "iedereen is beter af zonder mij").
 *
 * Patterns are written naturally and normalised like the text (lowercase, diacritics removed,
 * ł→l, ı→i, Arabic alef/ya/ta-marbuta unified), so "zelfmoord"/"suïcide"/"ölmek" match with or
 * without accents. Known figures of speech are removed before matching ("ik word gek van die
 * wachtlijst", "ik lach me dood", "doodmoe").
 */
import type { CrisisMatch } from './types.js';
import { GatedRegex, windows3 } from './gate.js';
import { detectConcepts, initConcepts } from './crisis-concepts.js';

type Category = CrisisMatch['category'];
interface Rule { lang: string; category: Category; name: string; re: RegExp; g: GatedRegex }

/** Normalisation shared by patterns and text. */
export function crisisNormalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/ß/g, 'ss')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[ \t\r\f\v]+/g, ' ');
}

const R = (lang: string, category: Category, name: string, src: string): Rule => {
  const re = new RegExp(crisisNormalise(src), 'mu');
  return { lang, category, name, re, g: new GatedRegex(re) };
};

/** Co-occurrence rule: a and b within `w` characters of each other (either order, across sentences). */
const N = (lang: string, category: Category, name: string, a: string, b: string, w = 120): Rule => R(
  lang, category, name, `(?:${a})[^]{0,${w}}(?:${b})|(?:${b})[^]{0,${w}}(?:${a})`,
);

// Word boundary helpers for Latin script (\b is ASCII-only but we strip diacritics first).
const B = '\\b';
const NOW = '(vannacht|vanavond|vandaag|nu|morgen ?vroeg|deze nacht)';
/** A person who may hurt the writer (nl), with up to one word before the noun ("mijn eigen man"). */
const WHO_NL = "(hij|zij|ze|papa|mama|pa|(mijn|m'n|onze|de) ([^ \\n]+ )?(man|vrouw|partner|ex|vriend|vriendin|zoon|dochter|vader|moeder|stiefvader|stiefmoeder|schoonvader|schoonmoeder|broer|zus|oom|tante|opa|oma|neef|buurman|baas|papa|mama|pa|ma))";
/** A parent or carer of the child being talked about (nl): "haar stiefvader", "zijn moeder". */
const PARENT_OF_NL = '(haar|zijn|hun) (stief|pleeg)?(vader|moeder|ouders|papa|mama|vriend|oom|opa|broer)';
/** Not a childhood memory ("... toen ze klein was", "vroeger"). */
const NOT_A_MEMORY_NL = '(?![^.\\n]{0,40}(vroeger|als kind|toen (ze|hij) klein))';
/** Young family members (nl). */
const KID_NL = '(kind|kinderen|kids|kindje|kleinkind|kleinkinderen|zoon|zoontje|dochter|dochtertje|baby|peuter|kleuter|kleine|broertje|zusje|kleine (broer|zus)|buurjongen|buurjongetje|buurmeisje|buurkind(eren)?)';
/** A person who may hurt the writer (en). */
const WHO_EN = '(he|she|(my|her|his) ([^ \\n]+ )?(husband|wife|partner|ex|boyfriend|girlfriend|bf|gf|son|father|dad|mother|mom|mum|stepdad|stepfather|stepmom|stepmother|brother|sister|uncle)|dad|mom|mum)';
/** Young family members (en). */
const KID_EN = '(kids|children|child|son|daughter|baby|toddler|brother|sister|little (one|ones))';

const RULES: Rule[] = [
  // ---------------- Dutch ----------------
  R('nl', 'suicide', 'zelfmoord', `${B}(zelfmoord|zelfdoding|suicid|su[ïi]cid|zelfmoordgedachten|suicidaal)`),
  R('nl', 'suicide', 'wil-dood', `${B}(ik wil|wil ik|hij wil|zij wil|ze wil|wil hij|wil ze|willen) (gewoon |echt |liever |het liefst |soms )*(dood|sterven|doodgaan|niet meer leven|er niet meer zijn|niet meer bestaan)${B}`),
  R('nl', 'suicide', 'niet-meer-leven', `${B}(niet meer (willen )?leven|(niet|nooit) meer wakker (willen |te )?(worden|word)|wil (niet|nooit) meer wakker worden|er (gewoon |echt |liever )*niet meer (willen )?zijn)${B}|${B}(ik wou|ik wilde|ik wenste) dat ik (dood|er niet meer) was|${B}(ik ben|ik was|was ik) ([^ \\n]+ )?(liever|maar) dood${B}|${B}liever dood dan`),
  R('nl', 'suicide', 'eind-eraan', `${B}(een )?eind(e)? (aan )?(mijn|zijn|haar|het|m'n) (leven )?(maken|te maken)|${B}er een eind(e)? aan (maken|te maken)|mijn leven (beeindigen|beëindigen)|${B}uit het leven (stappen|te stappen)|van het leven (te )?beroven`),
  R('nl', 'suicide', 'zie-niet-zitten', `${B}zie (ik )?het( leven)? ([^ \\n]+ ){0,3}niet meer zitten|${B}het( leven)? ([^ \\n]+ ){0,3}niet meer zie(n)? zitten`),
  R('nl', 'suicide', 'geen-uitweg', `${B}geen (andere )?(uitweg|reden (meer )?om te leven|zin meer in (het |m'n |mijn )?leven)${B}|${B}geen toekomst (meer )?(voor mij|voor mezelf)${B}|${B}(ik zie|zie ik) geen toekomst( meer)? *[.!]*$|${B}(ik zie|zie ik) geen toekomst meer${B}`),
  R('nl', 'suicide', 'zichzelf-iets-aandoen', `${B}(mezelf|mijzelf|zichzelf|zelf) (iets|wat) (aan ?(te )?doen|aandoen)|${B}(mezelf|zichzelf|mijzelf) van kant|${B}(mezelf|zichzelf) (te )?(iets )?aan ?doen${B}`),
  R('nl', 'suicide', 'beter-af', `${B}(iedereen|jullie|ze|mijn (kinderen|familie)) (is|zijn) beter af zonder (mij|me)|${B}beter af (is |zijn |zou zijn |zouden zijn )?zonder (mij|me)${B}`),
  R('nl', 'suicide', 'methode', `${B}(voor de trein|voor een trein|(van|vanaf|af) (het|een|de) (dak|flat|brug|balkon)) (af )?(springen|te springen|gaan|spring)|${B}(alle|al mijn|al m'n) (pillen|medicijnen|tabletten) (innemen|slikken|in te nemen)|${B}(slik|neem|slikken|innemen)[^.\\n]{0,25} (alle|al mijn|al m'n) (pillen|medicijnen|tabletten)|${B}(pillen|medicijnen|tabletten|slaappillen) ([^ \\n]+ ){0,2}(gespaard|verzameld|opgespaard)|${B}afscheidsbrief|${B}(touw|strop) ([^ \\n]+ ){0,2}(klaar|klaargelegd|gekocht|opgehangen)|${B}een strop`),
  R('nl', 'suicide', 'hoeft-niet-meer', `${B}het (leven |allemaal )?hoeft (voor mij |allemaal |echt )*niet meer${B}(?![,;:]? (de|het|die|dat|want|omdat|mijn|m'n|we|wij) )|${B}ik wil (echt |gewoon )?niet meer *[.!]*( *(echt|gewoon) niet)? *[.!]*$|${B}ik trek het (echt )?niet meer${B}`),
  R('nl', 'violence', 'slaat', `${B}${WHO_NL} (slaat|schopt|wurgt|mishandelt|sloeg|schopte|wurgde|duwde|stompt|stompte|trapt|trapte|knijpt) (me|mij|ons|mijn|mama|papa)${B}|${B}${WHO_NL} (heeft|had|heb) (me|mij|ons) ((?!(jaren|lang|vroeger|ooit)${B})[^ \\n]+ ){0,3}(geslagen|geschopt|gewurgd|mishandeld|gestompt|getrapt|geduwd|in elkaar geslagen)|${B}${WHO_NL} is (me|mij|ons) (weer |nu )?aan het (slaan|schoppen|wurgen|mishandelen)|${B}(ik|we|wij) (word|worden|ben|zijn|werd|werden) (thuis |weer |vaak |steeds )?(geslagen|mishandeld|bedreigd|gewurgd|in elkaar geslagen)`),
  R('nl', 'violence', 'seksueel', `${B}(verkracht|aangerand)${B}|${B}(seksueel )?misbruikt${B}|${B}seksueel misbruik|${B}${WHO_NL} (zit|zat|komt|kwam) ([^ \\n]+ ){0,2}aan (me|mij)${B}|${B}${WHO_NL} (betast|betastte) (me|mij)`),
  R('nl', 'violence', 'letsel-controle', `${B}(heeft|gaf|geeft) (me|mij) een blauw oog|${B}blauwe plekken (van|door) (hem|haar|mijn)|${B}${WHO_NL} (sluit|sloot) (me|mij|ons) op${B}|${B}(hij|zij|ze) (houdt|hield) (me|mij|ons) (thuis )?vast`),
  R('nl', 'violence', 'dreigt', `${B}(dreigt|dreigde|gedreigd) (me|mij|ons|haar|hem)? ?(dood te maken|te vermoorden|om te brengen|iets aan te doen|te slaan)|${B}(dreigt|dreigde|bedreigt|bedreigde|staat|stond|zwaait|zwaaide|loopt|liep|kwam) [^.\n]{0,30}(met een|met z'n|met zijn) (mes|pistool|wapen|hamer)${B}|${B}bang dat (hij|zij|ze) (me|mij|ons|haar) (iets aandoet|vermoordt|doodmaakt|iets aan gaat doen)`),
  R('nl', 'violence', 'onveilig-thuis', `${B}(ik ben|we zijn|ik voel me|voel ik me|ik voel mij|wij zijn) (thuis )?niet (meer )?veilig( thuis| in (mijn |ons |het )?huis| bij (hem|haar))?${B}(?! ?(in|op|met|zonder|bij|onder|achter) ?(de|het|een|mijn|m'n)? ?(douche|bad|badkamer|fiets|trap|straat|weg|scootmobiel|rolstoel|auto|werk|school|keuken|toilet|wc))|${B}ik durf niet (meer )?(naar huis|terug naar huis|thuis te komen)${B}`),
  R('nl', 'child-danger', 'kind-geslagen', `${B}(slaat|schopt|mishandelt|sloeg|schopte|stompt|trapt) (de|mijn|zijn|haar|onze|m'n) (kleine |jongste )?${KID_NL}${B}|${B}(kind|kinderen|zoon|dochter|baby|kleintje|buurjongen|buurmeisje|buurkind(eren)?) (wordt|worden) (steeds |vaak |weer )?(geslagen|mishandeld|misbruikt|geschopt)`),
  R('nl', 'child-danger', 'kind-onveilig', `${B}(kind|kinderen|zoon|dochter|baby|kleinkind(eren)?) (is|zijn) (daar |thuis |bij hem |bij haar )?(niet veilig|in gevaar|onveilig)|${B}${KID_NL}( van \\d+( jaar)?)? (is|zijn|zit|zitten|wordt|worden|blijft|blijven) (?!na school|na schooltijd|'s middags|even )([^ \\n]+ ){0,3}alleen thuis(?! (tot|na|tussen|van) )|${B}${KID_NL} (heeft|hebben) [^.\\n]{0,25}(niet|niks|niets|nog niks|nog niets) (gegeten|te eten gehad)|${B}${KID_NL}( van \\d+( jaar)?)? (loopt|zwerft|staat|zit) [^.\\n]{0,40}('s nachts|s nachts|midden in de nacht|om \\d+ uur 's nachts|om \\d+ uur s nachts)`),
  R('nl', 'child-danger', 'kind-bang', `${B}(gedwongen|dwingt|dwong) [^.\\n]{0,30}${B}seks|${B}(gooit|gooide|smijt|smeet|duwt|duwde) ([^ \\n]+ ){0,3}${KID_NL}( van \\d+( jaar)?)? (tegen de (muur|grond|vloer)|van de trap)|${B}bang dat (hij|zij|ze) (de kinderen|mijn kind|het kind|de baby|mijn zoon|mijn dochter) iets (aandoet|aan doet|aan gaat doen)`),
  R('nl', 'basic-needs', 'op-straat', `${B}(slapen|slaap|staan|sta|zitten|zit) (we|ik|wij) (vannacht |vanavond |nu |morgen )?(op straat|buiten|in de auto|onder de brug)(?! ?(te )?(spelen|parkeren))|${B}(ik|we|wij|mijn kinderen|mijn gezin) (sta|staan|slaap|slapen|zit|zitten|moet|moeten) ${NOW}? ?(op straat|buiten|in de auto|onder de brug)(?! ?(te )?(spelen|parkeren))|${B}(vannacht|vanavond|deze nacht) (op straat|geen dak|nergens (om )?te slapen|geen slaapplek)|${B}(vandaag|nu) (geen dak|nergens (om )?te slapen|geen slaapplek)|${B}(geen|nergens een) (dak boven (ons|mijn) hoofd|slaapplek) ${NOW}|${B}(nergens|geen plek) (om )?te slapen ${NOW}|uit huis gezet ${NOW}|${NOW} (uit huis gezet|ontruimd)`),
  R('nl', 'basic-needs', 'geen-eten', `${B}(sinds gisteren|al (twee|drie|\\d+) dagen) (niks|niets) (meer )?gegeten[^.\\n]{0,40}(geen geld|voedselbank|honger)|${B}(er is |we hebben |ik heb |hebben we |heb ik )?(geen|niks|niets) (eten|te eten)( meer)? (in huis )?${NOW}|${B}${NOW} (geen|niks|niets) (eten|te eten)|${B}(kinderen|kids|we|wij) (hebben|heeft) (vandaag|sinds gisteren|al (twee|drie|\\d+) dagen) (niks|niets|nog niks|nog niets) (gegeten|te eten)|${B}er is geen eten meer( vanavond| vandaag| in huis)?${B}`),
  R('nl', 'basic-needs', 'geen-verwarming', `${B}(geen|zonder) (verwarming|gas|stroom|warmte|elektriciteit)${B}.{0,60}${B}(vannacht|vanavond|vriest|vriezen|ijskoud|koud|baby)|${B}(verwarming|gas|stroom) (is |zijn )?(vandaag |net )?afgesloten.{0,60}(vannacht|vanavond|vriest|ijskoud|koud|baby)`),

  R('nl', 'suicide', 'niet-meer-wil-leven', `${B}niet meer (wil|wilt|willen|zou willen) (leven|bestaan|wakker worden)${B}|${B}(een )?punt (achter|aan) (mijn|m'n|het) leven|${B}ik maak er een eind(e)? aan|${B}ik hoef (echt )?niet meer${B}|${B}(overdosis|zelfbeschadiging|automutil)`),
  R('nl', 'suicide', 'zelfbeschadiging', `${B}(zichzelf|mezelf|mijzelf|zich) (weer |opnieuw |vaak )?(pijn (gedaan|doen|gedaan heeft|doet)|gesneden|snijden|snijdt|beschadigd|beschadigen)|${B}(snijdt|sneed|krast) (zich|zichzelf)${B}`),
  R('nl', 'violence', 'dreigt-iets-aan-te-doen', `${B}(hij|zij|ze|mijn (man|vrouw|partner|ex|vriend|zoon|vader)) (zegt|zei|roept|riep|schreeuwt|dreigt|dreigde)( dat)? (hij|zij|ze)? ?(ons|me|mij|haar|hem|de kinderen|mijn kinderen) (iets|wat) (aandoet|aan doet|aan gaat doen|aan zal doen|zal aandoen)|${B}(hij|zij|ze) (gaat|wil) (ons|me|mij|de kinderen) (iets )?(aandoen|vermoorden|doodmaken|slaan)|${B}dreigt (me|mij|ons|haar) (af te maken|kapot te maken|om zeep te helpen|te vermoorden)|${B}(kneep|knijpt|drukte|duwde) (mijn|me de|m'n) keel (dicht|toe)|${B}keel (dichtgeknepen|dichtgedrukt)|${B}(kneep|knijpt|drukte) (hij|zij|ze) (mijn|m'n|me de) keel (dicht|toe)|${B}(met een mes|met een wapen) (op (me|mij) af|achter (me|mij) aan|bedreigd)`),
  R('nl', 'violence', 'verstopt', `${B}(ik|we|wij) (zit|zitten|heb|hebben) (ons |me |mij |mezelf )?(opgesloten|verstopt|op slot|ingesloten)|${B}(bonkt|beukt|schopt|slaat) (op|tegen) de deur|${B}stuur (alstublieft |aub |snel |nu |meteen |direct )*(de )?politie${B}|${B}stuur (alstublieft |aub )?(snel|nu|meteen|direct) (iemand|hulp)${B}`),
  N('nl', 'child-danger', 'dronken-met-kinderen', `${B}(?<!(vroeger|was|waren) ([^ \\n]+ ){0,2})(stomdronken|dronken|bezopen|onder invloed|stoned|high|drugs gebruikt)${B}`, `${B}(kinderen|kind|kids|baby|zoon|dochter|de kleine)${B}`, 160),
  R('nl', 'basic-needs', 'gevallen', `${B}(is |ligt |was )?gevallen[^]{0,80}${B}(komt|kan|kon) (niet|nergens) (meer )?(zelf )?(overeind|omhoog|opstaan|op staan|op(?= *[.,!?\\n]| *$))|${B}(ze|hij|mijn [^ \\n]+|moeder|vader|oma|opa|buurman|buurvrouw) ligt (al uren |al de hele (dag|nacht) |nog steeds )?(hulpeloos )?op de (grond|vloer)`),
  N('nl', 'basic-needs', 'afgesloten-kou', `${B}((gas|stroom|verwarming|warmte|elektriciteit|energie) (is |wordt |zijn |worden )?([^ \\n]+ )?(afgesloten|afgezet)|afgesloten van|geen (gas|stroom|verwarming|warmte|elektriciteit)|zonder (gas|stroom|verwarming|warmte)|(verwarming|cv|ketel) (is )?(kapot|stuk))${B}(?![^.\\n]{0,40}(verhuiz|nieuwe huis))`, `${B}(vannacht|vanavond|vriest|vriezen|vorst|ijskoud|-\\s?\\d+|min \\d+( graden)?|onderkoeld|baby|in de kou|\\d+ graden in (de|mijn|het|ons) (woning|huis|kamer))${B}`, 160),
  N('nl', 'basic-needs', 'dakloos-vannacht', `${B}(uit (ons|mijn|het) huis gezet|uit huis gezet|(?<!(brief|rechter|rechtszaak|dreigt|dreiging|aankondiging|aanzegging|vonnis) ([^ \\n]+ ){0,4})ontruim(d|en|ing)|(we|ik|wij|gezin|kinderen) ([^ \\n]+ ){0,2}op straat (staan|slapen)|op straat gezet|geen (dak|onderdak|slaapplek|plek om te slapen)|(?<!(was|waren) ([^ \\n]+ ){0,3})dakloos|waar (we|ik) (moeten|moet) (slapen|heen)|nergens (heen|naartoe|om te slapen))`, `${B}(vannacht|vanavond|vandaag|deze nacht)${B}`, 140),
  N('nl', 'basic-needs', 'geen-eten-kinderen', `${B}(geen|niks|niets) (meer )?(te )?eten${B}`, `${B}(vanavond|vandaag|vannacht|kinderen hebben honger|honger|al (twee|drie|\\d+) dagen)${B}`, 80),

  // ---------------- English ----------------
  R('en', 'suicide', 'suicide', `${B}(suicide|suicidal|kill (myself|himself|herself)|end (my|his|her) (own )?life|take my (own )?life|end it all)${B}`),
  R('en', 'suicide', 'not-alive', `${B}(i )?(don't|do not|dont) want to (live|be alive|be here|exist|wake up)( anymore| any more)?${B}|${B}no (reason|point) (to live|in living|going on)|better off without me|${B}(hurt|harm) myself|${B}self[- ]harm|${B}(can't|cannot|cant) go on (anymore|any more|like this)|${B}want to die${B}|${B}wish i (was|were) dead`),
  R('en', 'violence', 'hits', `${B}(he|she|my (husband|wife|partner|ex|boyfriend|girlfriend|son|father|brother)) (hits|beats|kicks|chokes|strangles|hit|beat|kicked|choked|strangled|punched|punches) (me|us)${B}|${B}(threaten(s|ed)?) to (kill|hurt|beat) (me|us)|${B}(not|don't feel|do not feel) safe (at home|in (my|the) house|with him|with her)|${B}afraid (he|she) (will|is going to) (hurt|kill) (me|us)|${B}(with a|has a|pulled a|holding a) (knife|gun)${B}(?! while (cooking|cutting))`),
  R('en', 'child-danger', 'child', `${B}(hits|beats|kicks|hurts|hit|beat|abuses|abused) (the|my|his|her|our) (kids|children|child|son|daughter|baby)${B}|${B}(child|children|kids|baby|son|daughter) (is|are) (not safe|in danger|being (hit|beaten|abused|hurt))|${B}(children|kids|baby|child) (is|are) (home )?alone (for days|all (day|night)|at home)|${B}(child|children|kids|baby) (has|have)n'?t eaten`),
  R('en', 'basic-needs', 'tonight', `${B}(changed the locks|locked (me|us) out)[^]{0,60}nowhere to (go|sleep|stay)|${B}(sleep|sleeping|spend the night) (on the street|outside|rough|in (the|my|our) car) (tonight|today)|${B}(nowhere|no place) to (sleep|stay|go) (tonight|today)|${B}(tonight|today) (we|i) (have|will have) (nowhere|no place)|${B}no (food|heating|heat|electricity|power) (tonight|left|at all|in the house)|${B}nothing (left )?to eat${B}(?! for (diabetics|vegetarians|vegans|people))|${B}(evicted|thrown out) (today|tonight)|${B}homeless (as of |from )?(tonight|today)`),

  R('en', 'suicide', 'point', `${B}(ending it|end it all|end it|end things)${B}|${B}(don't|do not|dont|can't|cannot) see the point( of| in)? (anything|living|life|going on)|${B}no point (in|of) (anything|living|life)|${B}(cut|cutting|hurt|hurting|harmed) (myself|herself|himself)(?! (while|when|by accident|accidentally|cooking|on|in the|at work))|${B}(overdose|take all (my|the) pills)`),
  R('en', 'violence', 'threat', `${B}(he|she)('s| is)? (says|said|screams|threatens|threatened|going)( that)? (he|she)?('ll| will| is going to| gonna)? ?(hurt|kill|beat) (me|us|the kids|the children)|${B}(locked|hiding) (ourselves|myself|us|me) in|${B}send (the police|police)${B}|${B}send (someone|help) (now|quickly|fast|right now)${B}`),
  N('en', 'child-danger', 'drunk-kids', `${B}(drunk|wasted|high|on drugs|intoxicated)${B}`, `${B}(kids|children|child|baby|son|daughter)${B}`, 160),
  R('en', 'basic-needs', 'fallen', `${B}(fell|fallen|has fallen)[^]{0,60}(can't|cannot|couldn't|unable to) get up(?! (the|a|my|her|his) stairs)|${B}(lying|lies) on the floor`),
  N('en', 'basic-needs', 'cold-tonight', `${B}(cut off|disconnected|no (gas|heating|heat|electricity|power))${B}`, `${B}(tonight|freezing|below zero|baby)${B}`, 140),
  N('en', 'basic-needs', 'homeless-tonight', `${B}(evicted|thrown out|on the street|nowhere to (sleep|go|stay)|sleep(ing)? in (my|the|our) car)`, `${B}(tonight|today|right now|now)${B}`, 120),

  // ---------------- Turkish ----------------
  R('tr', 'suicide', 'intihar', `intihar|kendimi (öldür|oldur|asacag)|ölmek istiyorum|olmek istiyorum|yaşamak istemiyorum|yasamak istemiyorum|hayatıma son|canıma kıy|artık yaşamak`),
  R('tr', 'violence', 'dayak', `beni (dövüyor|dövdü|dovuyor|dovdu|dövüyo)|bana (vuruyor|vurdu)|bizi (dövüyor|dövdü)|(öldürmekle|oldurmekle) tehdit|beni öldürecek|evde güvende değil|bıçak(la)? (tehdit|saldır|çekti|gösterdi|dayadı)`),
  R('tr', 'child-danger', 'cocuk', `(çocuğu|çocukları|çocuğumu|çocuklarımı|oğlumu|kızımı) (dövüyor|dövdü)|(çocuk|çocuklar|çocuğum|çocuklarım) (tehlikede|güvende değil)|(çocuk|çocuklar|bebek) evde yalnız|(çocuk|çocuklar|bebek) (günlerdir|bütün gece|gece boyunca) yalnız`),
  R('tr', 'basic-needs', 'bu-gece', `bu gece (sokakta|kalacak yer|kalacak bir yer|yatacak yer)|(evde|bu akşam|bu gece|hiç) (yiyecek|yemek)[^.\\n]{0,20} yok|(yiyecek|yiyecek bir şey) (hiç )?yok|(yemeğim|yemeğimiz|yiyeceğimiz|yiyeceğim) yok|evden (atıldık|çıkarıldık|atildik)`),
  N('tr', 'basic-needs', 'isitma', `(ısıtma|kalorifer|doğalgaz|dogalgaz|elektrik)([^ \\n]*)? ([^ \\n]+ )?(yok|kesildi|kesik|kestiler)`, `(bu gece|soğuk|soguk|donuyoruz|üşüyor|bebe|kış|buz gibi)`, 100),
  R('tr', 'basic-needs', 'aclik', `(\\d+|iki|üç|uc) (gündür|gundur) (bir şey|bisey|birsey|hiçbir şey|hicbir sey) yemedi|(çocuklar|cocuklar) (aç|ac)[.,! ]|çok açım|cok acim`),

  // ---------------- Polish ----------------
  R('pl', 'suicide', 'samobojstwo', `samobójst|zabić się|zabic sie|odebrać sobie życie|nie chcę (już )?żyć|nie chce (juz )?zyc|skończyć ze sobą|skonczyc ze soba|nie chcę tu (już )?być`),
  R('pl', 'violence', 'bije', `${B}(bije|pobił|pobila|pobił|uderzył|kopie|dusi) (mnie|nas)${B}|grozi(, że| ze)? (mnie )?(zabije|zabić)|${B}zabije (mnie|nas)${B}|nie jestem bezpieczn[ay] w domu|przemoc domow`),
  R('pl', 'child-danger', 'dziecko', `(bije|pobił|krzywdzi) (dziecko|dzieci|syna|córkę)|(dziecko|dzieci) (jest |są )?w niebezpieczeństwie|(dziecko|dzieci) (jest |są )?(same|sam) w domu(?! po szkole)`),
  R('pl', 'basic-needs', 'dzis', `nie (mam|mamy) gdzie (spać|spac|nocować)|(dziś|dzisiaj|tej nocy) (na ulicy|bez dachu)|nie (mam|mamy) (co jeść|co jesc|jedzenia|nic do jedzenia)|(bez|nie ma) (ogrzewania|prądu|pradu|gazu).{0,40}(zimno|dziś|dzisiaj|noc)`),

  N('pl', 'basic-needs', 'noc-samochod', `(śpię|śpimy|spię|spać|nocuję|nocujemy) (w samochodzie|na ulicy|na dworze|w aucie|na dworcu)|nie (mam|mamy) dachu nad głową|musiałem opuścić mieszkanie|musiałam opuścić mieszkanie|wyrzucili (mnie|nas)`, `(dziś|dzisiaj|w nocy|tej nocy|mróz|zimno|teraz)`, 160),
  R('pl', 'suicide', 'sens', `nie widzę (już )?sensu|nie ma sensu żyć|chcę umrzeć|skończyć z tym wszystkim`),

  // ---------------- Arabic ----------------
  R('ar', 'suicide', 'intihar', `انتحار|انتحر|اقتل نفسي|أقتل نفسي|لا (أريد|اريد) (أن )?(أعيش|اعيش|العيش|الحياة)|(أنهي|انهي) حياتي|أؤذي نفسي|اؤذي نفسي`),
  R('ar', 'violence', 'darb', `يضربني|ضربني|يضربنا|يهددني|يهدد بقتلي|سيقتلني|لست (آمنة|امنة|آمنا|امنا) في البيت|عنف (أسري|اسري|منزلي)`),
  R('ar', 'child-danger', 'tifl', `يضرب (الأطفال|الاطفال|أطفالي|اطفالي|ابني|ابنتي|الطفل)|(الطفل|الأطفال|الاطفال|أطفالي|اطفالي) في خطر|(الأطفال|الاطفال|الطفل|الاولاد) (وحدهم|لوحدهم|وحده|لوحده) (في |ب)(البيت|المنزل)|(في البيت|في المنزل) (وحدهم|لوحدهم|وحده)`),
  R('ar', 'basic-needs', 'laila', `(ما في|مافي|لا يوجد) (أكل|اكل) (بالبيت|في البيت)|(الأولاد|الاولاد|الأطفال|الاطفال) (جوعانين|جائعون|جوعى)|(قطعوا|قطع) (عنا |علينا )?(الغاز|الكهرباء)[^.\\n]{0,60}(بارد|البرد|رضيع|البيبي|الليلة)|لا (يوجد|يوجد لدينا) (طعام|أكل|اكل)(?! حلال| نباتي)|ليس (لدينا|عندنا|لدي|عندي) (طعام|أكل|اكل|مكان للنوم)|لا مكان (للنوم|ننام فيه)|في الشارع (الليلة|اليوم)|(ما|مش) (عندنا|عندي) (أكل|اكل|مكان)|لا (توجد|يوجد) تدفئة|(مكان|مكانا) ننام فيه|(بدون|بلا) (تدفئة|كهرباء|غاز).{0,40}(الليلة|برد|البرد)|(ننام|سننام|أنام|انام) في الشارع`),

  // ---------------- Ukrainian / Russian ----------------
  R('uk', 'suicide', 'samogubstvo', `самогуб|покінчити (з|із) собою|не хочу (більше )?жити|вбити себе|убити себе|накласти на себе руки`),
  R('uk', 'violence', 'bye', `(б'є|бʼє|бьє|побив|побила|душить|вдарив) (мене|нас)|погрожує (мене )?вбити|вб'є мене|вбʼє мене|домашнє насильство|не (почуваюся|почуваюсь) в безпеці вдома`),
  R('uk', 'child-danger', 'dytyna', `(б'є|бʼє|побив) (дитину|дітей|сина|доньку)|(дитина|діти) в небезпеці|(дитина|діти) (сама|самі) вдома`),
  R('uk', 'basic-needs', 'nich', `(нема|немає|ніде) (де )?(спати|ночувати)|(сьогодні|цієї ночі) (на вулиці|нема де)|(нема|немає) (що їсти|їжі)(?! без)|(нема|немає) чим (нагодувати|годувати)|ночу(ємо|ю|вати) на вулиці|без (опалення|світла|газу).{0,40}(холодно|ніч|сьогодні)`),
  R('ru', 'suicide', 'samoubiystvo', `самоубий|покончить с собой|не хочу (больше )?жить|убить себя`),
  R('ru', 'violence', 'bjet', `(бьет|бьёт|избил|избила) (меня|нас)|угрожает (меня )?убить|убьет меня`),
  R('ru', 'child-danger', 'rebenok', `(бьет|бьёт|избил) (ребенка|ребёнка|детей)|(ребенок|ребёнок|дети) в опасности`),
  R('ru', 'basic-needs', 'noch', `негде (спать|ночевать)|нечего есть|нет еды|(сегодня|этой ночью) на улице`),

  // ---------------- more phrasings (tester probes, 2026-12-01): word order, tenses, family members
  R('nl', 'suicide', 'v2', `${B}(spring|gooi|hang|verdrink) ik (me|mij|mezelf)? ?(voor de trein|van (de|het) (brug|flat|dak|balkon)|op)|${B}^wil dood${B}|${B}wil (gewoon )?dood\\.? *(sorry|sry|doei|dag)`),
  R('nl', 'suicide', 'afscheid', `${B}(zorg|zorgen) (goed )?voor (mijn|m'n|de) (kinderen|kids|kind|hond|kat)[^.\\n]{0,40}(als ik er niet meer ben|ik ga)|${B}(ik stop ermee|ik ben er klaar mee|dit is mijn laatste bericht|vaarwel allemaal)[^]{0,80}(zorg (goed )?voor|vergeef (me|mij)|het spijt me)`),
  R('en', 'suicide', 'more', `${B}(hope|wish) i (just )?(don't|do not|dont|never) wake up${B}|${B}thinking (about|of) (jumping|killing|ending|hanging)|${B}wrote (letters|a letter|goodbye) (to|for) (my|the) (kids|children|family)|${B}sorry for everything${B}[^]{0,60}(goodbye|bye|love you|kids)|${B}i'?m done\\.? [^]{0,40}(letters|goodbye|sorry for everything)|${B}(want(ed)?|wanting|wish) to (die|disappear)( forever)?${B}|${B}(i'd|i would|i'd much) rather (be )?dead${B}|${B}(done|finished) with (life|living)${B}|${B}jump (off|from) (a|the) (bridge|roof|building|balcony)|${B}(saving|saved|stockpiling|hoarding|collecting) (up )?(my |the |some )?(pills|tablets|meds)|${B}(don't|do not) want to wake up${B}|${B}(better off|happier) (dead|without me)`),
  R('en', 'violence', 'more', `${B}(broke|broken|fractured) my (arm|ribs|nose|jaw|wrist)|${B}(scared|afraid|terrified) of what (he|she)('ll| will| might) do|${B}(he|she|my ex)('s| is) (at|outside) (the|my) door[^.\\n]{0,40}(trying|threat|scared|afraid)|${B}${WHO_EN}('s| is)? (hitting|beating|choking|strangling|kicking|punching|slapping) (me|us)${B}|${B}${WHO_EN} (slapped|slaps|pushed|pushes|shoved|threw|throws) (me|us)${B}|${B}${WHO_EN} (hits|beats|hit|beat|kicks|punches|chokes) (me|us)${B}|${B}(beats|beat) (me|us) up${B}|${B}(raped|molested|sexually (abused|assaulted)) (me|us)${B}|${B}i (was|got|have been|am being) (raped|molested|sexually (abused|assaulted)|beaten)${B}|${B}${WHO_EN} (touches|touched|gropes) me${B}|${B}(scared|afraid|frightened) to go (back )?home${B}|${B}${WHO_EN}('s| is)? killing me${B}`),
  R('en', 'child-danger', 'more', `${B}(afraid|scared) (that )?(i'll|i will|i might|i could) (hurt|harm|shake) (my|the) (baby|child|kid|son|daughter)|${B}(kids|children|toddler|baby) (have been|has been|were|was|are|is) (left )?alone (for )?(\\d+|two|three|four|several|many) days|${B}(locks|locked|locking) (him|her|them|my (son|daughter|nephew|niece)) (in|up)|${B}(came back|comes home|has|had) (with )?bruises[^.\\n]{0,60}(daddy|mommy|dad|mom|he|she|boyfriend) did|${B}(hits|beats|kicks|hurts|hit|beat|abuses|abused|punches|slaps) (the|my|his|her|our) (little |baby |younger |older |small )?${KID_EN}${B}|${B}(leaves|left|leaving) (her|his|the|their|a|my) (little )?(toddler|baby|child|kids|children|son|daughter) (home )?alone|${B}${KID_EN} (haven't|have not|hasn't|has not) (eaten|had (food|anything to eat))`),
  R('tr', 'suicide', 'more', `(bu gece|bu aksam|bu akşam|yarın) (her şeye|her seye|hayatıma|hayatima) son (vereceğim|verecegim)|uyanmak istemiyorum|bensiz (daha )?(mutlu|iyi)|(her şeye|hayatıma|her seye|hayatima) son vermek|yaşamanın (bir )?anlamı yok|yasamanin anlami yok|ölsem daha iyi|olsem daha iyi|ölmek istiyorum`),
  R('tr', 'violence', 'more', `tecavüz|tecavuz|(boğazımdan|bogazimdan) (sıktı|sikti|tuttu)|(boğmaya|bogmaya) çalıştı|kapının önünde[^.\\n]{0,50}(girmeye çalışıyor|korkuyorum)|bıçakla (üstüme|üzerime) (geldi|yürüdü)|(bana|bize) şiddet (uyguluyor|uyguladı|gösteriyor)|şiddet (görüyorum|gördüm)|beni (tokatladı|tokatlıyor|tokatliyor|itti|boğdu|boguyor|boğuyor)|eve (gitmeye|dönmeye) korkuyorum|(beni|bizi) (dövüyor|dövdü|dovuyor|dovdu)`),
  R('tr', 'child-danger', 'more', `(kardeşimi|kardesimi|çocuğu|cocugu|çocukları|cocuklari|oğlumu|kızımı) ([^ \\n]+ ){0,3}(dövüyor|dovuyor|dövdü)|(kızıma|kizima|oğluma|ogluma|bana) (üvey babası|uvey babasi|üvey babam|amcam|dayım)? ?(dokunuyor|dokundu|taciz ediyor)|(çocuğuma|cocuguma|bebeğime|bebegime) zarar vermekten korkuyorum|(çocukları|cocuklari|çocuklar|cocuklar) ([^ \\n]+ ){0,3}(gündür|gundur) evde yalnız|(kardeşimi|kardesimi|bebeği|bebegi|çocuğu|cocugu|çocukları|cocuklari) (dövüyor|dövdü|dovuyor|dovdu|vuruyor)|(çocuklar|çocuk|cocuklar|cocuk|bebek) [^.\\n]{0,30}(yemedi|yemek yemedi|aç kaldı|ac kaldi)`),
  R('pl', 'suicide', 'more', `ze sobą (skończyć|skonczyc|skończę|skoncze)|(z tym|z tym wszystkim) (skończę|skoncze)[^.\\n]{0,40}(tabletki|leki)|(chcę|chce) się zabić|(chcę|chce) umrzeć|nie (chcę|chce) się (już )?(obudzić|obudzic)|(lepiej|lepsze) (będzie )?beze mnie|(będzie|bedzie) lepiej beze mnie|z tym wszystkim (skończyć|skonczyc)|nie chcę (już )?żyć|nie chce (juz )?zyc`),
  R('pl', 'violence', 'more', `(rzucił|rzucil|rzuciła) się na (mnie|nas) z (nożem|nozem)|z (nożem|nozem) na (mnie|nas)|(stoi|czeka) pod drzwiami[^.\\n]{0,40}(próbuje wejść|probuje wejsc|boję|boje)|${B}(mnie|nas) ([^ \\n]+ )?(bije|bił|bila|biła|pobił|pobila|pobiła|uderzył|uderzyla|kopie|kopał|dusi|dusił|dusila|dusiła|gwałci|zgwałcił|zgwalcil)${B}|${B}(pobił|pobiła|uderzył|dusił|dusiła|zgwałcił|zgwalcil) (mnie|nas)${B}|(boję|boje) się (wrócić|wrocic|iść|isc) do domu`),
  R('pl', 'child-danger', 'more', `(ojczym|wujek|on) (dotyka|dotykał|dotykal) (mnie|ją|go|jej|córkę)|(zrobię|zrobie) krzywdę (mojemu |swojemu )?(dziecku|synowi|córce)|(dzieci|dziecko) ([^ \\n]+ ){0,2}(same|sam|sama) w domu od|(bije|pobił|krzywdzi|uderzył) ([^ \\n]+ ){0,2}(brata|siostrę|siostre|braciszka|siostrzyczkę|dziecko|dzieci|syna|córkę|corke)|(dziecko|dzieci|syn|córka) (nic )?nie (jadły|jadly|jadł|jadl|jadła|jadla|jedzą|jedza)`),
  N('pl', 'basic-needs', 'ogrzewanie', `(nie (mam|mamy) ogrzewania|bez ogrzewania|nie ma ogrzewania|odcięli (nam )?(prąd|gaz|ogrzewanie))`, `(mróz|mroz|zimno|lodowato|niemowlę|niemowle|dziecko|dzieci|noc|dziś|dzisiaj)`, 100),
  R('ar', 'suicide', 'more', `(أريد|اريد|بدي) (أن |ان )?(أختفي|اختفي)|(أريد|اريد|بدي|ابغى) (أن |ان )?(أموت|اموت|موت)|لم (أعد|اعد) (أريد|اريد) (أن |ان )?(أعيش|اعيش)|ما عاد (بدي|فيني)|لا (أريد|اريد) (أن |ان )?(أستيقظ|استيقظ)|(أفضل|افضل|احسن) (بدوني|من دوني)|(أنهي|انهي) كل شيء`),
  R('ar', 'violence', 'more', `اغتصب|(واقف|واقفة|يقف) (عند|على) الباب[^.\\n]{0,40}(يحاول|خايف|خايفة|أخاف)|(بالسكين|سكين) (علي|عليّ|هجم)|(هددني|هددنا|تهددني) (بالقتل|بالضرب)|(زوجي|أبي|ابي|أخي|اخي) (عنيف|يضربني|ضربني)|(أخاف|اخاف) (أن |ان )?(أعود|اعود|ارجع|أرجع) (إلى|الى) (البيت|المنزل)`),
  R('ar', 'child-danger', 'more', `(يلمسني|يتحرش بي|لمسني)|(أخاف|اخاف) (أن |ان )?(أؤذي|اؤذي|اذي) (طفلي|ابني|ابنتي|طفلتي)|(أطفال|اطفال|أولاد|اولاد) ([^ \\n]+ ){0,2}(وحدهم|لوحدهم) (في |ب)(البيت|المنزل) (منذ|من)|يضرب (أولاده|اولاده|أطفاله|اطفاله|ابنه|بنته)|يضرب (أخي|اخي|أختي|اختي|أخوي|اخوي)|(الأطفال|الاطفال|الاولاد|الأولاد|الطفل) (لم يأكلوا|لم ياكلوا|ما اكلوا|ما أكلوا|لم يأكل|ما اكل)`),
  R('uk', 'suicide', 'more', `не бачу сенсу (жити|в житті)|хочу (просто )?зникнути|(все|усе) закінчу[^.\\n]{0,40}(таблетк|ліки)|(хочу|хочеться) (померти|вмерти)|не хочу (більше )?прокидатися|(всім|усім) (буде )?краще без мене|покінчити (з|із) (усім|всім)`),
  R('uk', 'violence', 'more', `кинувся на (мене|нас) з ножем|з ножем на (мене|нас)|стоїть під дверима[^.\\n]{0,40}(намагається|страшно|боюся)|схопив (мене )?за горло|зґвалтував|згвалтував|(мене|нас) (б'є|бʼє|бьє|бьет|побив|побила|душив|душить|душила|вдарив|вдарила|ґвалтував|зґвалтував)|(душив|душила|побив|побила|вдарив) (мене|нас)|боюся (повертатися|йти|іти) додому`),
  R('uk', 'child-danger', 'more', `(вітчим|дядько|він) (торкається|торкався|чіпає) (мене|її|його)|боюся, що (зроблю щось|нашкоджу|скривджу) (дитині|синові|доньці)|(діти|дитина) ([^ \\n]+ ){0,2}(самі|сама|сам) вдома (вже|уже) |(б'є|бʼє|побив|вдарив) ([^ \\n]+ ){0,2}(брата|сестру|дитину|дітей|сина|доньку)|(діти|дитина) не (їли|їла|їв)`),
  N('uk', 'basic-needs', 'opalennia', `((нема|немає|без) (опалення|світла|газу)|відключили (нам )?(газ|світло|опалення))`, `(мерзне|мерзнуть|мерзнути|холодно|дитина|діти|ніч|вночі|сьогодні|немовля|малюк)`, 100),

  // ---------------- round 3 (tester probes written without seeing the rules): self-harm, stalking,
  // a neighbour who hears abuse, teachers and GPs about a child, a young child alone, sexual abuse
  // of a minor, rough sleeping, bridge or rails, rape in plain words, hiding from a threat
  R('nl', 'suicide', 'r3', `${B}(snij|snijd|snijdt|kras|krast) (me|mezelf|mijzelf|zichzelf|zich) |${B}(sta|zit|ben) (op|bij) (het spoor|de rails|de brug|het dak)[^.\\n]{0,50}(weet niet|spring|ga ik|of ik)|${B}(leerling|kind|cliënt|client|patiënt|patient)[^.\\n]{0,60}(niet meer wakker|niet meer leven|dood wil|zelfmoord|een plan)`),
  R('nl', 'violence', 'r3', `${B}(staat|wacht|loopt) ([^ \\n]+ ){0,4}(voor|bij) (mijn|m'n|de) (deur|huis|werk)[^.\\n]{0,40}(volgt|achtervolgt|dreigt|bang)|${B}(achtervolgt|stalkt) (me|mij)${B}|${B}volgt (me|mij)${B}(?! ([^ \\n]+ ){0,3}op${B})|${B}(hoor|horen) (ik |we )?(klappen|slaan|gillen|gegil|schreeuwen)[^]{0,80}(blauw oog|blauwe plekken|glas|help)|${B}(kapot|dood|af) (te )?maken als ik[^.\\n]{0,30}(politie|bel)|${B}(zit|zitten) (nu )?(op de wc|in de badkamer|in de kast) (op)?gesloten|${B}(heeft|had) (me|mij) ([^ \\n]+ ){0,3}(gewurgd|verkracht)|${B}${WHO_NL} (me|mij) ([^ \\n]+ ){0,3}(heeft|had) (gewurgd|geslagen|verkracht|mishandeld|geschopt|in elkaar geslagen)|${B}(gedreigd|gedreigd heeft|dreigde) (me|mij) te (vermoorden|doden|vermoord)`),
  R('nl', 'child-danger', 'r3', `${B}(kind|jongetje|meisje|zoontje|dochtertje)( van de buren)?( van \\d+( jaar)?)? (is )?(al )?(sinds|vanaf) (gisteren|vannacht|vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|\\d+ dagen)[^.\\n]{0,20}alleen|${B}(met|door) (de|een) (riem|stok|sigaret)[^.\\n]{0,20}(slaat|geslagen|brandt)|${B}(slaat|sloeg) (hem|haar) met (de|een) (riem|stok)|${B}(schudt|schud|schudde) (de|mijn|onze) baby|${B}(blauwe plekken|brandwonden|brandplekken)[^.\\n]{0,60}(papa|mama|vader|moeder|slaat|thuis)`),
  R('nl', 'basic-needs', 'r3', `${B}(slaap|slapen) (al )?(\\d+|twee|drie|vier|een paar) (nachten|dagen) (buiten|in het park|op straat|in de auto)`),
  R('en', 'suicide', 'r3', `${B}(been|started|i'm|im|i am) cutting( myself)? again|${B}cut myself again|${B}cutting myself|${B}cuts? (are |is )?getting deeper|${B}(standing|sitting|i'm|im|i am) (on|at) (the|a) (bridge|tracks|railway|roof|ledge)|${B}(given away|gave away) my (cat|dog|things|stuff)|${B}(pills|rope) (ready|at hand)|${B}(doesn't|does not|don't) want to be alive|${B}(alive|die|wake up|kill (herself|himself|myself))[^.\\n]{0,40}(has|have|had) a plan${B}|${B}(going to|gonna) end it (tonight|today)|${B}disappeared for good`),
  R('en', 'violence', 'r3', `${B}(keeps|kept) (showing up|following me|waiting outside)|${B}(stalking|stalks|following) me${B}|${B}(hear|heard|hearing) ([^ \\n]+ ){0,3}(screaming|hitting|beating|crying for help)[^]{0,80}(bruises|black eye|thrown|help)|${B}bruises on (her|his) (neck|face|arms)`),
  R('en', 'child-danger', 'r3', `${B}(boy|girl|child|kid|toddler)[^.\\n]{0,30}(has been )?alone (in the (flat|house|apartment) )?since (yesterday|friday|saturday|sunday|monday|tuesday|wednesday|thursday|last night)|${B}(burn marks|burns|bruises)[^.\\n]{0,60}(story|doesn't add up|mother|father|parents|says)|${B}(comes|came) into my room at night|${B}(touches|touched) me[^.\\n]{0,20}(i am|i'm|im) \\d+`),
  R('en', 'basic-needs', 'r3', `${B}(sleeping|slept|sleep) (in my car|in the park|outside|rough|on the street) (since|for) `),
  R('tr', 'suicide', 'r3', `canına kıy|canina kiy|(kollarımı|kollarimi|kendimi) (jiletle )?kes|köprünün (üstündeyim|ustundeyim)|(köprü|kopru|çatı|cati|balkon)[^.\\n]{0,30}(atlayacağım|atlayacagim)|(uyanmak|ölmek|olmek|yaşamak|yasamak)[^.\\n]{0,60}planı olduğunu|uyanmak istemediğini`),
  R('tr', 'violence', 'r3', `(öldüreceğini|oldurecegini) söyledi|(banyoya|tuvalete|odaya) kilitlendim|beni ([^ \\n]+ ){0,3}takip ediyor|peşimden geliyor|kapımın önünde bekliyor|çığlık atıyor[^]{0,60}(morluk|dayak)|(morluklar|morluk) içinde`),
  R('tr', 'child-danger', 'r3', `(çocuk|cocuk)[^.\\n]{0,30}(dünden beri|dunden beri|günlerdir) evde yalnız|(kemerle|kemer ile) (dövdüğünü|dövüyor|dovuyor)|(sürekli|hep) morluklarla`),
  R('tr', 'basic-needs', 'r3', `(evden|evimden) (çıkarıldım|cikarildim|atıldım|atildim)[^.\\n]{0,40}(bu gece|nerede)|(parkta|sokakta|arabada) (yatıyorum|yatiyorum|uyuyorum)|(düştü|dustu)[^.\\n]{0,20}(yerde yatıyor|kalkamıyor|kalkamiyor)`),
  R('pl', 'suicide', 'r3', `(tnę|tne) się|się (tnę|tne)|odbierze sobie życie|odbierze sobie zycie|(stoję|stoje) na moście|(stoję|stoje) na moscie|(moście|moscie|dachu|balkonie|oknie)[^.\\n]{0,30}(skoczę|skocze)|kupił linę|kupil line|(mam )?(odłożone|odlozone) tabletki|szczęśliwsi beze mnie|szczesliwsi beze mnie`),
  R('pl', 'violence', 'r3', `(mnie )?zabije jak (zadzwonię|zadzwonie)|(zamknęłam|zamknelam|zamknąłem) się w (łazience|lazience|toalecie)|(chodzi|idzie) za mną|czeka pod moim domem|(zostałam|zostalam|zostałem) (zgwałcona|zgwalcona|zgwałcony)|krzyczy co noc[^]{0,60}(podbite oko|uderzenia|siniaki)|podbite oko`),
  R('pl', 'child-danger', 'r3', `(dziecko|chłopiec|dziewczynka)[^.\\n]{0,40}od wczoraj (jest )?(samo|sam|sama) w domu|(bije|bił) (go|ją) pasem|z siniakami[^.\\n]{0,40}(bije|tata|mama)|(dzieci|dziecko) od (dwóch|dwoch|trzech|\\d+) dni nic nie (jadły|jadly)|przychodzi w nocy do mojego pokoju`),
  R('pl', 'basic-needs', 'r3', `(eksmitowan|wyrzucon)[^.\\n]{0,60}(gdzie będę spał|gdzie bede spal|tej nocy|dziś)|(śpię|spie) w parku|(upadła|upadl|upadł)[^.\\n]{0,30}(leży na podłodze|lezy na podlodze|nie może wstać|nie moze wstac)`),
  R('ar', 'suicide', 'r3', `(سينهي|ينهي) حياته|(أجرح|اجرح) نفسي|(واقف|واقفة) على الجسر|(الجسر|السطح|البلكون)[^.\\n]{0,40}(رح|راح) (انط|أنط|اقفز|أقفز)|لا تريد أن تستيقظ|(تستيقظ|تموت|تعيش|يموت|يعيش)[^.\\n]{0,40}عند(ها|ه) خطة|اشترى حبل`),
  R('ar', 'violence', 'r3', `يلاحقني|ينتظرني[^.\\n]{0,30}(أمام بيتي|امام بيتي|كل ليلة)|تعرضت للاغتصاب|(تصرخ|يصرخ) كل ليلة[^]{0,60}(ضرب|زرقاء|كدمات)|عينها زرقاء`),
  R('ar', 'child-danger', 'r3', `(طفل|طفلة)[^.\\n]{0,40}وحد(ه|ها) في البيت منذ|بكدمات[^.\\n]{0,40}(يضربه|يضربها|أباه|ابوه)|(يضربه|يضربها) بالحزام`),
  R('ar', 'basic-needs', 'r3', `(طردي|طردوني|طردنا) من البيت[^.\\n]{0,40}(الليلة|أنام|انام)|(أنام|انام) في الحديقة|(سقطت|سقط)[^.\\n]{0,30}(على الأرض|على الارض|لا تستطيع النهوض|لا يستطيع النهوض)`),
  R('uk', 'suicide', 'r3', `покінчить з життям|(ріжу|різала|різав) себе|стою на мосту|(мосту|даху|балкон)[^.\\n]{0,30}стрибну|купив мотузку|не хоче більше прокидатися|(прокидатися|жити|померти)[^.\\n]{0,40}має план`),
  R('uk', 'violence', 'r3', `(чекає|стоїть) під моїм (будинком|домом)|ходить за мною|мене зґвалтували|мене згвалтували|кричить щоночі[^]{0,60}(удари|синець|синці)|синець під оком`),
  R('uk', 'child-danger', 'r3', `(дитина|хлопчик|дівчинка)[^.\\n]{0,40}з учора сама? вдома|з синцями[^.\\n]{0,40}(б'є|тато|мама)|б'є (його|її) ременем|приходить уночі до моєї кімнати`),
  R('uk', 'basic-needs', 'r3', `(виселили|вигнали)[^.\\n]{0,50}(де спатиму|цієї ночі|сьогодні)|сплю в парку|(впала|впав)[^.\\n]{0,30}(лежить на підлозі|не може встати)`),

  // ---------------- round 4 (Dutch as residents write it: phonetic spelling, street Dutch, euphemisms,
  // voice-to-text without punctuation, formal letters from elderly people)
  R('nl', 'suicide', 'r4', `${B}rust vinden voor altijd|${B}(eeuwige rust|voor altijd rust)${B}|${B}(morgen|straks|vannacht|dan) ben ik er niet meer${B}|${B}(ben|is|was) het leven zat|${B}levensmoe${B}|${B}(ga|gaan|wil) (ik )?(springen|spring) (van|voor|uit|vanaf)${B}|${B}(voor mij|mijn leven) geen zin meer *[.!]*$|${B}heeft het (voor mij )?geen zin meer *[.!]*$|${B}(er )?een punt achter (zet|zetten|mijn leven)${B}|${B}zich van kant|${B}(veel|alle|te veel|al mijn|een hoop|een heleboel) (pillen|medicijnen|tabletten|slaappillen) (genomen|ingenomen|geslikt)`),
  R('nl', 'violence', 'r4', `${B}(me|mij|ons|haar) (gaat|zal|gaan|wil) (afmaken|vermoorden|doodmaken|doodsteken|neersteken|dood maken)${B}|${B}maakt (hij|ze|zij) (me|mij|ons) dood|${B}maken ze (me|mij) af${B}|${B}(hij|ze|zij) (haar|hem) (vermoordt|vermoord|gaat vermoorden)${B}|${B}mag (niet|nooit) (naar buiten|de deur uit|weg|alleen weg) van (hem|haar|mijn)|${B}(moet|moest|gedwongen) (te )?trouwen|${B}(huwelijksdwang|uithuwelijken|uitgehuwelijkt)${B}|${B}(duwt|duwde|gooit|gooide|smijt|smeet) (me|mij) tegen de (muur|grond|vloer|kast)|${B}${WHO_NL} (mishandeld|mishandelt) (me|mij)${B}|${B}(een )?mes (gepakt|getrokken|tevoorschijn)|${B}(gechanteerd|chantage|sextortion)${B}|${B}naakt ?foto'?s[^.\\n]{0,60}(sturen|versturen|betalen|online)`),
  R('nl', 'child-danger', 'r4', `${B}(moeder|vader|ouders|mama|papa) (is|zijn) (al )?(dagen|\\d+ dagen|sinds [^ \\n]+|een week) weg${B}|${B}kind[^.\\n]{0,20}alleen in de auto|${B}(komt|kwam) ('s nachts|s nachts|'s avonds|s avonds) (in|op) mijn kamer|${B}doet dingen met (mij|me)${B}|${B}huilt (al )?(\\d+|twee|drie|vier) dagen|${B}niemand doet open[^]{0,40}(baby|kind|kinderen)|${B}(baby|kind|kinderen)[^]{0,60}niemand doet open|${B}thuis (niks|niets|geen) (te )?eten (hebben|heeft|hebt|krijgen|krijgt)|${B}alleen gelaten${B}|${B}(krijgt|krijgen) (al dagen )?geen eten${B}|${B}(sluit|sloot) (haar|zijn|de|mijn|hun) (kinderen|kind|zoon|dochter|baby) op${B}|${B}(en|die|dan|als hij|als ze) (slaat|schopt|sloeg) (ons|me|mij)${B}|${B}zonder toezicht[^.\\n]{0,40}(balkon|water|straat|raam)|${B}(peuter|baby|kind|kleuter)[^.\\n]{0,40}zonder toezicht|${B}geeft (haar|hem) ([^ \\n]+ ){0,2}drugs|${B}loverboy|${B}geslagen door (haar|zijn|mijn|hun) (vader|moeder|stiefvader|stiefmoeder|papa|mama)|${B}(jongen|meisje|jongetje|kind)( van \\d+( jaar)?)? (loopt|zwerft) [^.\\n]{0,30}(s avonds|'s avonds|s nachts|'s nachts) alleen`),
  R('nl', 'basic-needs', 'r4', `${B}ligt op de (grond|vloer)[^.\\n]{0,40}(reageert niet|beweegt niet)|${B}(eruit gegooid|buiten gezet|buitengezet)[^]{0,60}(station|op straat|nergens|geen plek)|${B}(eet|at|heb) (al )?(\\d+|twee|drie|vier) dagen (niks|niets) (gegeten)?|${B}gevallen[^]{0,80}(krijg|kan) (haar|hem) niet (omhoog|overeind)|${B}op straat gezet[^.\\n]{0,40}geen (plek|slaapplek|onderdak)|${B}geen plek om (heen )?te gaan|${B}(slaap|slapen) (ik |we )?(sinds|al) [^.\\n]{0,20}in (mijn|de|onze|m'n) auto|${B}in (mijn|m'n) auto (slaap|slapen)${B}`),
  // A parent or carer who hits THEIR child, told by a third party (teacher, neighbour, relative), with a
  // sign that it is now ("zijn vader heeft hem weer geslagen", "ze is nu bij hem thuis", bruises today);
  // without one it is a report for Veilig Thuis (signaal), as the corpus labels it. Not a childhood memory.
  R('nl', 'child-danger', 'ouder-slaat-kind-weer', `${B}${PARENT_OF_NL} (((heeft|had|hebben) )?(haar|hem|hen|ze) weer ([^ \\n]+ ){0,2}(geslagen|geschopt|gewurgd|mishandeld|slaat|schopt|sloeg)|(slaat|schopt|sloeg|mishandelt) (haar|hem|hen|ze) weer)${B}`),
  N('nl', 'child-danger', 'ouder-slaat-kind', `${B}${PARENT_OF_NL} (slaat|schopt|mishandelt|sloeg|schopte|stompt|trapt|wurgt|wurgde) (haar|hem|hen|ze)${B}(?! (nooit|niet))${NOT_A_MEMORY_NL}|${B}${PARENT_OF_NL} ((heeft|had|hebben) )?(haar|hem|hen|ze) ((?!nooit|niet)[^ \\n]+ ){0,3}(geslagen|geschopt|gewurgd|mishandeld|in elkaar geslagen|slaat|schopt|mishandelt|sloeg|schopte|wurgt)${B}${NOT_A_MEMORY_NL}`, `${B}(vandaag|vanavond|vannacht|gisteren|zojuist|nu (bij|thuis|alleen)|durft niet (meer )?(naar huis|thuis)|bang (om )?(naar huis|thuis)|blauwe plekken|bloedde|bloedt|gewond)${B}`, 100),
  N('en', 'child-danger', 'parent-hits-child', `${B}(her|his|their) (step|foster)?(father|mother|dad|mum|mom|parents|boyfriend|uncle|brother) (hits|beats|kicks|punches|chokes|hit|beat|kicked|punched|choked|has (hit|beaten|kicked|punched|choked)) (her|him|them)${B}(?![^.\\n]{0,40}(as a child|when (she|he) was (little|young|small)|years ago))`, `${B}(again|today|tonight|last night|yesterday|just now|right now|(scared|afraid) to go home|bruises|bleeding|injured)${B}`, 100),
  R('en', 'child-danger', 'r4', `${B}(stepdad|stepfather|uncle|dad|father) (touches|touched) (her|him|me)${B}|${B}(home )?alone for (two|three|\\d+|several) days`),
  R('tr', 'child-danger', 'r4', `(çocukları|cocuklari|çocuklar|cocuklar) (günlerdir|gundur|gündür) yalnız`),
  R('pl', 'suicide', 'r4', `(skończyć|skonczyc) na zawsze|z tym (skończyć|skonczyc)`),
  R('ar', 'basic-needs', 'r4', `مكان (أنام|انام|ننام) فيه`),
  R('uk', 'suicide', 'r4', `(усе|все) (закінчилось|скінчилось) назавжди|хочу щоб (усе|все) (закінчилось|скінчилось)`),

  // ---------------- round 5: third parties about suicide, overheard violence, honour-related threats,
  // stalking, Dutch child danger reported by teachers and GPs, vulnerable people without power or heat
  R('nl', 'suicide', 'r5', `${B}(snijd|snij|kras) (ik )?(mezelf|mijzelf|me) |${B}(beter|fijner) (af )?(is )?als ik er niet meer (ben|zou zijn)${B}|${B}(hij|zij|ze) (heeft|schreef) (afscheidsbrieven|een afscheidsbrief)|${B}beter af (is |zijn )?zonder (hem|haar)${B}`),
  R('nl', 'violence', 'r5', `${B}(ik hoor|hoor ik|horen we) [^.\\n]{0,40}(gillen|gegil|schreeuwen|klappen)[^.\\n]{0,40}(klappen|gillen|nu|slaan)|${B}(vermoorden|afmaken|doodmaken) (me|mij) als ik|${B}(eer van de familie|eerwraak|eergerelateerd)|${B}uit te huwelijken${B}|${B}(terugkomt|terugkom|terug komt) met een mes|${B}met een mes (terugkomt|terug komt|langskomt|komt)${B}|${B}${WHO_NL} (bedreigt|bedreigde) (me|mij)${B}(?! niet)|${B}(heeft|had) (me|mij) tegen de (muur|grond|vloer) geduwd|${B}(wordt|word) gestalkt${B}|${B}(wordt|word) (overal )?gevolgd door (een|haar|mijn|m'n|zijn) (man|ex|vriend)|${B}(gaat|zal) (me|mij) vinden${B}|${B}(me|mij) (gaat|zal) vinden${B}|${B}blauw oog[^.\\n]{0,60}(van de trap|gevallen|gestoten)|${B}laat haar niet alleen (naar buiten|de deur uit)`),
  R('nl', 'child-danger', 'r5', `${B}(zijn|is) (al )?(\\d+|twee|drie|vier) dagen alleen thuis|${B}striemen${B}|${B}(komt|kwam) (bij ons )?(om )?eten vragen[^]{0,60}(koelkast leeg|niks|niets|geen eten)|${B}koelkast (is )?leeg[^.\\n]{0,40}(kind|kinderen|mama|moeder)|${B}(laat|liet) (onze|de|haar|zijn|mijn) (baby|peuter|kind|kinderen) alleen (thuis|achter)|${B}bang dat ik (mijn|m'n|het) (kind|baby|zoon|dochter) iets (aandoe|aan doe|aan zal doen)|${B}(wordt|word) (door [^.\\n]{0,30})?(betast|misbruikt|aangerand)${B}|${B}(kindermishandeling|onverklaarde (botbreuken|breuken|verwondingen))${B}|${B}kind[^.\\n]{0,40}(op het balkon|buiten) in de kou`),
  R('nl', 'basic-needs', 'r5', `${B}ligt (al )?(sinds [^ \\n]+ |uren )?(in de gang|op de grond|op de vloer|in de badkamer)[^.\\n]{0,40}(komt niet|kan niet) (overeind|omhoog|op)|${B}(komt|kan) niet (meer )?overeind${B}|${B}geen eten (meer )?in huis${B}|${B}(verwarming|cv|ketel) (is )?(kapot|stuk|doet het niet)[^]{0,80}(\\d+ graden|-\\s?\\d+|vriest|jas aan|koud|ijskoud|baby|90|8\\d)|${B}(geen|gn) dak boven (mijn|mn|m'n|ons) hoofd|${B}(stroom|elektriciteit) (is )?([^ \\n]+ )?afgesloten[^]{0,80}(zuurstof|beademing|apparaat|dialyse|medisch)`),
  R('en', 'suicide', 'r5', `${B}wants? to (jump|throw (himself|herself)) (in front of|off|from)|${B}better off if i (was|were) gone${B}|${B}(forcing|forced|force) me (into|to) (a )?marr|${B}locks me (in|inside)${B}`),
  R('tr', 'suicide', 'r5', `kendini (öldüreceğini|oldurecegini|öldürmek|oldurmek)`),
  R('pl', 'suicide', 'r5', `ze sobą (skończy|skonczy)|odbierze sobie|(śledzi|sledzi) mnie|czeka codziennie pod domem|(słyszę|slysze) (uderzenia|krzyki)|zostawia (niemowlę|niemowle|dziecko|dzieci) (same|samo|sam) na`),
  R('ar', 'suicide', 'r5', `(ستنهي|سينهي|تنهي) حياتها|آثار ضرب|اثار ضرب`),
  R('uk', 'violence', 'r5', `накладе на себе руки|(б'є|бʼє) (дружину|жінку|чоловіка)|(голодний|голодна) і з синцями`),

  // ---------------- German ----------------
  R('de', 'suicide', 'selbstmord', `selbstmord|suizid|mich umbringen|will nicht mehr leben|meinem leben ein ende`),
  R('de', 'violence', 'schlaegt', `(er|sie) (schlägt|schlug|würgt) (mich|uns)|droht (mich|uns) (umzubringen|zu töten)`),
  R('de', 'child-danger', 'kind', `(schlägt|misshandelt) (das kind|die kinder|meinen sohn|meine tochter)|(kind|kinder) (ist|sind) in gefahr`),
  R('de', 'basic-needs', 'heute-nacht', `(heute nacht|heute) (auf der straße|obdachlos)|kein essen (mehr )?(im haus|heute)|nichts zu essen|keine heizung.{0,40}(kalt|nacht)`),
];

/**
 * Figures of speech and negations removed before matching (false-positive guard).
 * E.g. "ik word gek van die wachtlijst", "ik lach me dood", "ik schrok me dood", "doodmoe",
 * "geen zelfmoordgedachten", "I'm dying to know".
 */
const FIGURATIVE: RegExp[] = [
  /\b(ik )?(word|wordt|worden|werd) (er )?(gek|horendol|knettergek|stapelgek|wanhopig) van\b/g,
  /\b(lach|lachen|schrok|schrik|verveel|verveelde|ergerde?|erger) (me|mij|ons|zich) (dood|rot|kapot|een ongeluk)\b/g,
  /\bdood(moe|ziek|op|eng|normaal|gewoon|stil|leuk|jammer|simpel|zonde)\b/g,
  /\b(geen|niet) (zelfmoord|suicid|suïcid)\w*( gedachten)?\b/g,
  /\bniet suicidaal\b/g,
  /\bdying (to|for) (know|see|hear|a)\b/g,
  /\bdie for (a|an) (coffee|drink|cigarette|beer|holiday)\b/g,
  // "this wait is killing me" — but not "he's killing me" / "my husband is killing me"
  /(?<!\b(he|she|he's|she's|he is|she is|husband|wife|partner|boyfriend|girlfriend|dad|father|husband is|partner is|boyfriend is) )\b(killing|kills) me\b(?! ?(if|when))/g,
  /\bzelfmoordpreventie\b/g,
];

/**
 * Detect an immediate safety risk in a message with deterministic rules (never the model).
 * @param text resident text (any language; subject lines may be prepended by the caller)
 * @returns the first matching rule as {category, lang, rule} (rule = "<lang>:<category>:<name>"),
 *   or null when no rule fires. Rule order: suicide, violence, child-danger, basic-needs per language,
 *   Dutch first.
 */
export function detectCrisis(text: string): CrisisMatch | null {
  return detectCrisisNormalised(crisisNormalise(text));
}

initConcepts(crisisNormalise);

const FIGURATIVE_N = FIGURATIVE.map((f) => new RegExp(crisisNormalise(f.source), 'g'));

/**
 * WhatsApp shorthand and the misspellings residents make in a hurry, repaired before the rules
 * run a second time: "k wil nie meer leve" → "ik wil niet meer leven", "mn ex slaat me" → "mijn ex
 * slaat me", "i wanna kms" → "i want to kill myself". Whole words only; the rules are written for
 * the repaired spelling, so a message is checked as typed and as repaired.
 */
const REPAIRS: Record<string, string> = {
  // Dutch
  nie: 'niet', ni: 'niet', nt: 'niet', nit: 'niet', niett: 'niet', k: 'ik', ikke: 'ik', mn: 'mijn', "m'n": 'mijn', mijne: 'mijn',
  leve: 'leven', lefe: 'leven', levn: 'leven', lven: 'leven', wille: 'willen', wl: 'wil', wakke: 'wakker', wakkr: 'wakker',
  dod: 'dood', doot: 'dood', zelfmoort: 'zelfmoord', zelfmort: 'zelfmoord', zelmoord: 'zelfmoord', zelfmor: 'zelfmoord',
  slaad: 'slaat', slaadt: 'slaat', slaag: 'slaat', schopd: 'schopt', vermoorde: 'vermoorden', vermoort: 'vermoordt',
  mzelf: 'mezelf', mijzelf: 'mijzelf', em: 'hem', egt: 'echt', echtt: 'echt', gwn: 'gewoon', vanacht: 'vannacht', gn: 'geen',
  vanavnd: 'vanavond', eete: 'eten', etn: 'eten', straad: 'straat', kindere: 'kinderen', kinders: 'kinderen',
  // English
  wanna: 'want to', gonna: 'going to', im: 'i am', kms: 'kill myself', myslef: 'myself', dont: "don't", cant: "can't",
  u: 'you', ur: 'your', tonite: 'tonight', '2nite': 'tonight', nite: 'night', bf: 'boyfriend', gf: 'girlfriend',
  // more Dutch: dropped final -n and the clipped article
  t: 'het', "'t": 'het', zitte: 'zitten', hebbe: 'hebben', gegete: 'gegeten', slape: 'slapen', wete: 'weten', zelfmord: 'zelfmoord',
  geslage: 'geslagen', geschopte: 'geschopt', pille: 'pillen', dode: 'dood',
};
const REPAIR_RE = new RegExp(`(?<![\\p{L}\\d'])(${Object.keys(REPAIRS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\d'])`, 'gu');
/** Colloquial "me" for "mijn" before a person: "me ex slaat me" → "mijn ex slaat me". */
const ME_POSSESSIVE = /\bme (man|vrouw|partner|ex|vriend|vriendin|zoon|dochter|vader|moeder|broer|zus|kind|kinderen)\b/g;

function repairSpelling(t: string): string {
  return t.replace(REPAIR_RE, (w) => REPAIRS[w] ?? w).replace(ME_POSSESSIVE, 'mijn $1');
}

/** detectCrisis on text already passed through crisisNormalise (saves a pass in the classifier). */
export function detectCrisisNormalised(normalised: string): CrisisMatch | null {
  let t = normalised;
  for (const f of FIGURATIVE_N) t = t.replace(f, ' ');
  // Emoji and emoticons end a sentence: "ik wil niet meer 😭" ends where the crying face is.
  t = t.replace(/\p{Extended_Pictographic}+|[:;]'?-?[()]+/gu, '.');
  // one sentence per line, so "$" (multiline) anchors at sentence ends
  const bySentence = t.replace(/([.!?]+)\s+/g, '$1\n');
  // The same text with the line breaks inside a sentence joined: e-mail clients wrap lines and
  // WhatsApp users split one sentence over several messages ("Mijn man" / "slaat me weer").
  const joined = t.replace(/([^.!?\n]) *\n[\s]*/g, '$1 ').replace(/([.!?]+)\s+/g, '$1\n');
  const variants: string[] = [];
  for (const v of joined === bySentence ? [bySentence] : [bySentence, joined]) {
    const hit = firstRule(v);
    if (hit) return hit;
    const repaired = repairSpelling(v);
    const again = repaired === v ? null : firstRule(repaired);
    if (again) return again;
    variants.length = 0;
    variants.push(v);
    if (repaired !== v) variants.push(repaired);
  }
  // Second net (crisis-concepts.ts): co-occurring danger concepts, on the joined text as typed and
  // repaired (the repairs are Dutch and English: Polish "nie" must stay "nie").
  for (const v of variants) {
    const hit = detectConcepts(v);
    if (hit) return hit;
  }
  return null;
}

function firstRule(t: string): CrisisMatch | null {
  const win = windows3(t);
  for (const rule of RULES) {
    if (rule.g.test(t, win)) return { category: rule.category, lang: rule.lang, rule: `${rule.lang}:${rule.category}:${rule.name}` };
  }
  return null;
}

/** Number of crisis rules per language (for docs/tests). */
export function crisisRuleLanguages(): string[] {
  return [...new Set(RULES.map((r) => r.lang))];
}
