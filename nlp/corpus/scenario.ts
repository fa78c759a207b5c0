/** Scenario type and constructor for the corpus generator. */
import type { Body, Kind, Law, Urgency } from '../types.js';

export interface Scenario {
  bodies: Body[];
  kind: Kind;
  urgency: Urgency;
  law?: Law[];
  lines: string[];
  lang: string;
}

/** S('a+b', kind, urgency, lines, law?, lang='nl') */
export function S(bodies: string, kind: Kind, urgency: Urgency, lines: string[], law?: Law[], lang = 'nl'): Scenario {
  return { bodies: bodies.split('+') as Body[], kind, urgency, lines, ...(law ? { law } : {}), lang };
}
