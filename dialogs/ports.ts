/**
 * What the dialogs need from the rest of the service, as plain data. Dialogs know Activities
 * and these ports; they know nothing of providers, queues or the database (DESIGN §4).
 */

/** A classification result as the dialogs use it (see nlp/ for how it is made). */
export interface StoryClassification {
  bodies: string[];
  kind: 'klacht' | 'signaal' | 'bezwaar' | 'vraag' | 'crisis';
  urgency: 'crisis' | 'hoog' | 'normaal';
  law: string[];
  lang: string;
  /** 0..1 */
  confidence: number;
  modelVersion: string;
  crisis: { category: string; lang: string; rule: string } | null;
  wantsHuman: boolean;
  wantsFormal: boolean;
}

/** The classifier as seen by dialogs. */
export interface ClassifierPort {
  /** Below this confidence the intake asks a clarifying question. */
  readonly clarifyThreshold: number;
  classify(input: { text: string; subject?: string; channel?: string; hint?: string }): StoryClassification;
}

/** Which team of the municipality picks up a body's matters (the routing table). */
export interface RoutingPort {
  /** @returns team id and its resident-facing name, e.g. `{ id: 'wmo', name: 'het team Wmo' }` */
  teamFor(bodies: string[]): { id: string; name: string };
}

/** Why the bot hands a conversation to a person. */
export type HandoffReason = 'intake-complete' | 'resident-asked' | 'crisis' | 'unclear' | 'attachment';

/** The value of the `handoff.initiate` event the intake sends (EventFactory.createHandoffInitiation). */
export interface HandoffContext {
  reason: HandoffReason;
  classification: StoryClassification | null;
  team: { id: string; name: string };
  /** Short summary for the agent's handoff card (no interpretation beyond the classification). */
  summary: string;
  lang: string;
  /** A bezwaar: the decision date the resident gave and the last day to object (Awb 6:7, 6:8). */
  bezwaar?: { decisionDate: string | null; deadline: string | null };
}
