/** Shared label types of the nlp module (see /work/shared/eval/taxonomy.md). */
export type Body =
  | 'gemeente-wmo' | 'gemeente-jeugd' | 'gemeente-werk-inkomen' | 'gemeente-schuldhulp'
  | 'gemeente-vervoer' | 'gemeente-overig' | 'wijkteam' | 'zorgaanbieder' | 'vervoerder'
  | 'cak' | 'svb' | 'uwv' | 'toeslagen' | 'wlz' | 'jeugdbescherming' | 'veilig-thuis'
  | 'woningcorporatie' | 'onbekend';
export type Kind = 'klacht' | 'signaal' | 'bezwaar' | 'vraag' | 'crisis';
export type Urgency = 'crisis' | 'hoog' | 'normaal';
export type Law = 'wmo' | 'jeugdwet' | 'participatiewet' | 'wgs' | 'wlz' | 'zvw' | 'awb' | 'other';

export const BODIES: readonly Body[] = [
  'gemeente-wmo', 'gemeente-jeugd', 'gemeente-werk-inkomen', 'gemeente-schuldhulp',
  'gemeente-vervoer', 'gemeente-overig', 'wijkteam', 'zorgaanbieder', 'vervoerder',
  'cak', 'svb', 'uwv', 'toeslagen', 'wlz', 'jeugdbescherming', 'veilig-thuis',
  'woningcorporatie', 'onbekend',
];
export const KINDS: readonly Kind[] = ['klacht', 'signaal', 'bezwaar', 'vraag', 'crisis'];
export const URGENCIES: readonly Urgency[] = ['crisis', 'hoog', 'normaal'];
export const LAWS: readonly Law[] = ['wmo', 'jeugdwet', 'participatiewet', 'wgs', 'wlz', 'zvw', 'awb', 'other'];

export interface ClassifyInput {
  text: string;
  subject?: string;
  channel?: 'whatsapp' | 'webchat' | 'email';
  hint?: string;
}
export interface CrisisMatch {
  category: 'suicide' | 'violence' | 'child-danger' | 'basic-needs';
  lang: string;
  rule: string;
}
export interface Classification {
  bodies: Body[];
  kind: Kind;
  urgency: Urgency;
  law: Law[];
  lang: string;
  confidence: number;
  modelVersion: string;
  crisis: CrisisMatch | null;
  wantsHuman: boolean;
  wantsFormal: boolean;
}
export interface Classifier {
  readonly modelVersion: string;
  /**
   * How often a kept result answered (the classifier keeps its last results: one message is
   * looked at by the turn's crisis check and twice by the bot). Absent on test doubles.
   */
  readonly memoStats?: { readonly crisisHits: number; readonly classifyHits: number };
  classify(input: ClassifyInput): Classification;
  /**
   * The crisis decision alone (rules, then the model's crisis net), for messages that are not
   * classified again (a conversation a person already has). Same result as `classify().crisis`.
   */
  detectCrisis(text: string): CrisisMatch | null;
}

/** One labelled example (corpus, corrections, eval files share these fields). */
export interface LabelledExample {
  id?: string;
  channel?: 'whatsapp' | 'webchat' | 'email';
  subject?: string;
  text: string;
  bodies: Body[];
  kind: Kind;
  urgency: Urgency;
  law?: Law[];
  lang?: string;
  /** corpus only: template group used for honest held-out splits */
  group?: string;
  /** training weight (corrections get > 1) */
  weight?: number;
}
