import type { RoutingPort } from '../dialogs/ports.js';

/** A team of the municipality that picks up conversations. */
export interface Team {
  id: string;
  /** Resident-facing name, used after "een medewerker van …". */
  name: string;
}

/**
 * Default routing table: which municipal team picks up a body's matters. Bodies outside the
 * municipality (CAK, SVB, UWV, Toeslagen, zorgkantoor, providers) still land with a municipal
 * team: the municipality takes it from there and never sends the resident elsewhere (seed:
 * "stuur mensen niet van het kastje naar de muur").
 */
export const DEFAULT_TEAMS: Record<string, Team> = {
  wmo: { id: 'wmo', name: 'het team Wmo' },
  jeugd: { id: 'jeugd', name: 'het team Jeugd en Gezin' },
  inkomen: { id: 'inkomen', name: 'het team Werk en Inkomen' },
  schulden: { id: 'schulden', name: 'het team Schuldhulp' },
  vervoer: { id: 'vervoer', name: 'het team Vervoer' },
  klachten: { id: 'klachten', name: 'de klachtbemiddelaars sociaal domein' },
  klantcontact: { id: 'klantcontact', name: 'het Klantcontactcentrum' },
};

export const DEFAULT_BODY_TEAM: Record<string, string> = {
  'gemeente-wmo': 'wmo',
  'gemeente-jeugd': 'jeugd',
  'gemeente-werk-inkomen': 'inkomen',
  'gemeente-schuldhulp': 'schulden',
  'gemeente-vervoer': 'vervoer',
  'gemeente-overig': 'klantcontact',
  wijkteam: 'klachten',
  zorgaanbieder: 'klachten',
  vervoerder: 'vervoer',
  cak: 'wmo',
  svb: 'klachten',
  uwv: 'inkomen',
  toeslagen: 'inkomen',
  wlz: 'wmo',
  jeugdbescherming: 'jeugd',
  'veilig-thuis': 'jeugd',
  woningcorporatie: 'klantcontact',
  onbekend: 'klantcontact',
};

/**
 * Routing from classified bodies to a team: the first body (the one that has to act) decides.
 */
export class RoutingTable implements RoutingPort {
  constructor(
    private readonly teams: Record<string, Team> = DEFAULT_TEAMS,
    private readonly bodyTeam: Record<string, string> = DEFAULT_BODY_TEAM,
    private readonly fallback = 'klantcontact',
  ) {}

  teamFor(bodies: string[]): Team {
    const id = this.bodyTeam[bodies[0] ?? 'onbekend'] ?? this.fallback;
    return this.teams[id] ?? this.teams[this.fallback] ?? { id, name: 'een medewerker' };
  }

  team(id: string): Team | undefined {
    return this.teams[id];
  }

  list(): Team[] {
    return Object.values(this.teams);
  }
}
