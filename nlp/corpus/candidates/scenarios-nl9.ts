/**
 * CANDIDATE, NOT IN TRAINING (not wired into generate.ts). Written 2026-12-02 after the ranker's cue J and
 * the extra G/B phrasings, as a check on those cues with sentences they were not written from; the cues
 * were then widened where these lines showed gaps (so the second figure is optimistic). Its 252 generated
 * non-crisis examples, scored by the 5-fold held-out models of the unchanged corpus (never trained on),
 * top-1: ranker before issue #3 work 0.602, first version of cue J 0.722, final version 0.883.
 * In training (wired in, 5,453 examples) held-out by scenario rose 0.8028 → 0.8065 (0.8054 → 0.8069 on
 * the unchanged examples), but dev.jsonl fell 0.850 → 0.838 and nlp/validation 0.875 → 0.870 (kind
 * 0.845 → 0.835); with nl8 as well: dev 0.838, validation 0.860. Not kept.
 *
 * Ninth batch (authors' own sentences, not derived from eval data): who acts when one organisation
 * depends on another (taxonomy.md: "the body that really has to act comes first, even when the
 * resident blames another one"). Written in both directions with the same vocabulary:
 *  - the payer, carrier, provider or corporation can only act after the municipality (a decision,
 *    an order, a changed amount or an end date the municipality has to pass on) → the municipal team
 *    first, the organisation that waits second;
 *  - the municipal part is in order (decision sent, end date passed on, budget granted) and the other
 *    organisation fails by itself → that organisation first;
 *  - indicated hours or days changed in a letter → the municipal team; fewer hours delivered than
 *    indicated → the provider;
 *  - a provider closing a location or ending its contract → the municipal team has to arrange another one;
 *  - the cause told in reported speech or verb-second order ("nu blijkt dat …", "volgens … heeft …").
 * Registers: e-mail, web chat, WhatsApp shorthand, low literacy.
 */
import type { Scenario } from '../scenario.js';
import { S } from '../scenario.js';

export const NL9: Scenario[] = [
  // ═════════════ the other organisation waits for the municipality ═════════════
  S('gemeente-wmo+cak', 'klacht', 'normaal', [
    'Ik betaal nog steeds eigen bijdrage voor de scootmobiel die in {maand} is opgehaald. Bij het CAK hoor ik dat zij de stopdatum alleen verwerken als de gemeente die aanlevert.',
    'cak blijft afschrijven. ze zeggen ze kunnen niks doen zolang de gemeente de wijziging niet doorgeeft. de hulp is al weken weg',
    'De rekening van het CAK gaat uit van twaalf uur hulp per maand, terwijl {rel} er zes krijgt. Het CAK rekent met wat de gemeente heeft opgegeven en dat is dus fout.',
    'Mijn vader woont sinds {maand} in het verpleeghuis, maar het CAK rekent nog de bijdrage voor zijn hulp thuis. Daar weten ze van niks, de gemeente heeft het nooit aan ze gemeld.',
  ]),
  S('gemeente-wmo+svb', 'klacht', 'hoog', [
    'Mijn assistent wordt deze maand niet betaald uit het pgb. Bij de SVB staat mijn budget op nul omdat de gemeente het nieuwe jaar nog niet heeft ingevoerd.',
    'svb zegt geen budget bekend voor dit jaar, dat moet de gemeente eerst regelen. mn zorgverlener wil gewoon betaald worden en ik ook',
    'De SVB wacht op een nieuw besluit van de gemeente voordat ze weer uitbetalen. Dat besluit had al in {maand} klaar moeten zijn. Mijn hulp komt nu op eigen risico.',
  ]),
  S('gemeente-jeugd+svb', 'klacht', 'normaal', [
    'Het jeugdteam heeft het pgb voor {kind} verhoogd, maar de SVB betaalt nog het oude bedrag. Daar zeggen ze dat de gemeente de wijziging nooit heeft gestuurd.',
    'de oppas van {kind} krijgt minder dan afgesproken. de svb heeft een lager bedrag in het systeem staan dan in de brief van de gemeente, en dat kan alleen de gemeente aanpassen',
  ]),
  S('gemeente-vervoer+vervoerder', 'klacht', 'hoog', [
    'De taxi komt {kind} sinds maandag niet meer halen voor school. De vervoerder zegt dat ze van de gemeente geen opdracht hebben gekregen voor dit schooljaar.',
    'regiotaxi neemt me niet meer mee want mn pas staat niet meer in hun systeem. die pas moest de gemeente verlengen en dat is blijkbaar nooit gebeurd',
  ]),
  S('gemeente-wmo+woningcorporatie', 'klacht', 'normaal', [
    'De corporatie wil de drempels pas weghalen als de gemeente de aanpassing heeft goedgekeurd. Die aanvraag ligt al {n} maanden bij de Wmo.',
    'Mijn verhuurder mag geen traplift plaatsen zonder toekenning van de gemeente, en de gemeente laat al {n} weken niks horen.',
  ]),
  S('gemeente-wmo+zorgaanbieder', 'klacht', 'normaal', [
    'De thuiszorg staat klaar om bij {rel} te beginnen, maar ze mogen pas starten als de gemeente de opdracht heeft verstuurd. Daar wachten we nu {n} weken op.',
    'Het bureau voor begeleiding zegt dat ze nog geen akkoord van de gemeente hebben. Ondertussen zit mijn broer zonder hulp en gaat het mis met zijn post.',
    'de leverancier mag de nieuwe rolstoel pas bestellen als de wmo de offerte goedkeurt. dat duurt nu al 2 maanden. mn moeder zit in een kapotte stoel',
  ]),
  S('gemeente-jeugd+zorgaanbieder', 'klacht', 'normaal', [
    'De praktijk voor speltherapie heeft een plek voor {kind}, maar we wachten op de beschikking van het jeugdteam. Nu al {n} weken.',
    'de behandelaar kan niet starten zonder toestemming van de gemeente en daar reageert niemand. mn dochter zit thuis te wachten',
  ]),
  // ═════════════ the municipal part is in order, the other organisation fails ═════════════
  S('cak+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente heeft het einde van de hulp keurig doorgegeven, dat heb ik zwart op wit. Toch stuurt het CAK weer een rekening van {bedrag}.',
    'Het CAK heeft in {maand} twee keer hetzelfde bedrag afgeschreven. Bij de gemeente klopt alles volgens de consulent.',
    'het cak rekent een te hoge bijdrage omdat ze mijn inkomen van twee jaar terug gebruiken. de consulent zegt dat de gemeente daar niet over gaat',
  ]),
  S('svb+gemeente-jeugd', 'klacht', 'normaal', [
    'De gemeente heeft het budget voor {kind} op tijd toegekend, dat staat ook in de brief. Toch laat de SVB de declaratie van de begeleider al {n} weken liggen.',
    'svb is de zorgovereenkomst kwijtgeraakt, voor de derde keer. jeugdteam heeft alles goedgekeurd. waarom duurt dit zo lang',
  ]),
  S('svb+gemeente-wmo', 'klacht', 'normaal', [
    'Het pgb van {rel} is door de gemeente gewoon verlengd. De SVB heeft de betaling aan haar zorgverlener toch stopgezet en kan niet uitleggen waarom.',
  ]),
  S('vervoerder+gemeente-vervoer', 'klacht', 'normaal', [
    'Mijn pas is geldig tot 2028 en de gemeente bevestigt dat. Maar de taxicentrale zegt steeds dat mijn rit niet geboekt kan worden.',
    'De gemeente heeft het vervoer voor {kind} netjes toegekend. Alleen komt het busje elke ochtend een half uur later dan afgesproken.',
  ]),
  S('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'Op de beschikking staan vier uur per week, maar de hulp blijft maar twee uur. De gemeente zegt dat de aanbieder de uren gewoon moet leveren.',
    'De consulent heeft bevestigd dat {rel} recht heeft op drie dagdelen begeleiding. De instelling plant er steeds maar een in omdat ze te weinig mensen hebben.',
  ]),
  S('woningcorporatie+gemeente-wmo', 'klacht', 'normaal', [
    'De gemeente heeft de aanpassing van de douche al in {maand} toegekend en betaald. De corporatie heeft nog steeds geen aannemer gestuurd.',
  ]),
  // ═════════════ hours or days changed in a letter ═════════════
  S('gemeente-wmo+zorgaanbieder', 'bezwaar', 'normaal', [
    'In de nieuwe brief staat dat de begeleiding van {rel} van vijf naar twee uur per week gaat. De begeleider schrok er zelf ook van. Ik ben het hier niet mee eens.',
    'mijn moeder krijgt na het gesprek nog maar 1 ochtend dagbesteding ipv 3. de groep zegt dat het zo in de brief staat. veel te weinig, ik wil in bezwaar',
  ]),
  S('gemeente-wmo', 'bezwaar', 'normaal', [
    'De gemeente brengt de huishoudelijke hulp terug van drie naar anderhalf uur. Ik kan mijn huis zo niet schoonhouden en wil hiertegen bezwaar maken.',
    'Ik krijg voortaan nog maar twee dagen per week begeleiding in plaats van vier, staat in de beschikking. Ik wil bezwaar maken.',
  ]),
  S('gemeente-jeugd', 'bezwaar', 'normaal', [
    'De behandeling van {kind} gaat van tien naar vier uur per maand, volgens het besluit van het jeugdteam. Daar gaan wij tegen in.',
  ]),
  // ═════════════ a provider closes: the municipality arranges another ═════════════
  S('gemeente-wmo+zorgaanbieder', 'klacht', 'hoog', [
    'De dagbesteding van {rel} stopt per {maand} omdat de organisatie ermee ophoudt. Niemand vertelt ons waar hij daarna heen kan. Regelt de gemeente iets anders?',
    'het thuiszorgbureau heeft het contract met de gemeente opgezegd. vanaf volgende maand heeft mn vader dus geen hulp meer. wie gaat dat oplossen',
  ]),
  S('gemeente-jeugd+zorgaanbieder', 'klacht', 'hoog', [
    'De behandelgroep waar {kind} drie dagen per week naartoe gaat, sluit na de zomer. Van het jeugdteam hebben we nog niks gehoord over een vervolgplek.',
    'Het gezinshuis waar onze zoon woont houdt ermee op, de gezinshuisouders gaan met pensioen. Wie zorgt voor een nieuwe plek voor hem?',
  ]),
  // ═════════════ the cause in reported speech or verb-second order ═════════════
  S('gemeente-schuldhulp+woningcorporatie', 'klacht', 'hoog', [
    'De corporatie dreigt met ontruiming vanwege huurachterstand. Nu blijkt dat de budgetbeheerder van de gemeente de huur drie maanden niet heeft overgemaakt.',
    'volgens de woningbouw heeft schuldhulp de huur al sinds {maand} niet betaald terwijl dat van mijn leefgeld af gaat. nu krijg ik een brief van de deurwaarder',
  ]),
  S('wlz+svb', 'klacht', 'normaal', [
    'Het zorgkantoor heeft het budgetplan van mijn zus nog altijd niet goedgekeurd. Hierdoor krijgt haar zorgverlener geen loon van de SVB.',
  ]),
  S('gemeente-wmo+zorgaanbieder', 'klacht', 'normaal', [
    'Ik dacht dat de thuiszorg het verprutst had, maar volgens de planner heeft de gemeente de nieuwe indicatie van {rel} nooit naar hen gestuurd. Dus komen ze nog maar één keer per week.',
  ]),
];
