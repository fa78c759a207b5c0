import { readFileSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { officeStatus, WEEKDAYS, type OfficeSchedule, type OfficeStatus } from './office-hours.js';
import { DEFAULT_BODY_TEAM, DEFAULT_TEAMS, RoutingTable } from './routing.js';

/**
 * Teams of one municipality: who picks up which body's matters, and their office hours.
 * Configured in a JSON file named by `TEAMS_FILE` (see `config/teams.example.json` and README
 * "Teams and office hours"); without it the defaults below apply, which equal the routing
 * defaults in `src/routing.ts` and office hours Monday–Friday 9.00–17.00 (Europe/Amsterdam).
 */

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time as HH:MM');
const block = z.tuple([hhmm, hhmm]).refine(([a, b]) => a < b, 'a block must end after it starts');
const hours = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(block).max(4).optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<z.ZodArray<typeof block>>>)
  .strict();

const teamSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'lower-case id'),
    /** Resident-facing name after "een medewerker van …", e.g. "het team Wmo". */
    name: z.string().min(1).max(120),
    /** Short label in the console, e.g. "Wmo". */
    label: z.string().min(1).max(60).optional(),
    /** Opening hours; default for all teams from `defaultHours`. */
    hours: hours.optional(),
    /** Extra closed dates for this team, `YYYY-MM-DD`. */
    closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  })
  .strict();

/** The teams file (JSON). Unknown keys are refused so typos are noticed at start. */
export const teamsFileSchema = z
  .object({
    /** IANA time zone of the municipality. */
    timeZone: z.string().default('Europe/Amsterdam'),
    /** Team that takes bodies missing from `bodies`. */
    fallbackTeam: z.string(),
    /** Office hours of every team that has none of its own. */
    defaultHours: hours.default({ mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] }),
    holidays: z
      .object({
        goodFriday: z.boolean().default(false),
        liberationDay: z.enum(['lustrum', 'always', 'never']).default('lustrum'),
      })
      .strict()
      .default({ goodFriday: false, liberationDay: 'lustrum' }),
    /** Closed dates for every team, `YYYY-MM-DD`. */
    closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
    teams: z.array(teamSchema).min(1),
    /** Taxonomy body id → team id (the responsible body, first in a classification, decides). */
    bodies: z.record(z.string(), z.string()),
  })
  .strict()
  .superRefine((v, ctx) => {
    const ids = new Set(v.teams.map((t) => t.id));
    if (ids.size !== v.teams.length) ctx.addIssue({ code: 'custom', message: 'team ids must be unique', path: ['teams'] });
    if (!ids.has(v.fallbackTeam)) ctx.addIssue({ code: 'custom', message: `fallbackTeam "${v.fallbackTeam}" is not a team`, path: ['fallbackTeam'] });
    for (const [body, team] of Object.entries(v.bodies)) {
      if (!ids.has(team)) ctx.addIssue({ code: 'custom', message: `body "${body}" maps to unknown team "${team}"`, path: ['bodies', body] });
    }
    try {
      new Intl.DateTimeFormat('en', { timeZone: v.timeZone });
    } catch {
      ctx.addIssue({ code: 'custom', message: `unknown time zone ${v.timeZone}`, path: ['timeZone'] });
    }
  });

export type TeamsFile = z.infer<typeof teamsFileSchema>;

const LABELS: Record<string, string> = {
  wmo: 'Wmo',
  jeugd: 'Jeugd en Gezin',
  inkomen: 'Werk en Inkomen',
  schulden: 'Schuldhulp',
  vervoer: 'Vervoer',
  klachten: 'Klachtbemiddeling',
  klantcontact: 'Klantcontactcentrum',
};

/** The built-in configuration: equal to `DEFAULT_TEAMS` / `DEFAULT_BODY_TEAM` of `routing.ts`. */
export function defaultTeamsFile(): TeamsFile {
  return teamsFileSchema.parse({
    fallbackTeam: 'klantcontact',
    teams: Object.values(DEFAULT_TEAMS).map((t) => ({ id: t.id, name: t.name, label: LABELS[t.id] ?? t.id })),
    bodies: { ...DEFAULT_BODY_TEAM },
  });
}

/**
 * Read and validate a teams file.
 * @throws Error naming TEAMS_FILE and every invalid field (path: message) when the file is
 *   unreadable, not JSON, or does not match {@link teamsFileSchema}
 */
export function loadTeamsFile(path: string): TeamsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`TEAMS_FILE ${path}: ${(err as Error).message}`);
  }
  const r = teamsFileSchema.safeParse(raw);
  if (!r.success) {
    throw new Error(`TEAMS_FILE ${path} is invalid:\n${r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return r.data;
}

/** A team as the console lists it. */
export interface TeamView {
  id: string;
  name: string;
  label: string;
}

/**
 * The municipality's teams: routing (body → team), console labels and office hours.
 */
export class Teams {
  readonly routing: RoutingTable;
  /**
   * Office statuses per team and minute: a status depends on the moment only through the local
   * wall-clock minute (hours, holidays and closed dates are given in minutes), and every handoff
   * and queued message asks for one (holidays, time-zone arithmetic: ≈ 0.1–0.2 ms each).
   */
  private readonly statuses = new LRUCache<string, OfficeStatus>({ max: 256 });
  constructor(readonly file: TeamsFile = defaultTeamsFile()) {
    this.routing = new RoutingTable(
      Object.fromEntries(file.teams.map((t) => [t.id, { id: t.id, name: t.name }])),
      file.bodies,
      file.fallbackTeam,
    );
  }

  /** Every team, in file order. */
  list(): TeamView[] {
    return this.file.teams.map((t) => ({ id: t.id, name: t.name, label: t.label ?? t.id }));
  }

  has(id: string): boolean {
    return this.file.teams.some((t) => t.id === id);
  }

  /** The office schedule of a team (unknown ids get the default hours). */
  schedule(teamId: string | null | undefined): OfficeSchedule {
    const t = this.file.teams.find((x) => x.id === teamId);
    return {
      timeZone: this.file.timeZone,
      hours: t?.hours ?? this.file.defaultHours,
      holidays: this.file.holidays,
      closedDates: [...this.file.closedDates, ...(t?.closedDates ?? [])],
    };
  }

  /** Is the team open at `at`; when not, when does it open. */
  status(teamId: string | null | undefined, at: Date): OfficeStatus {
    // Minutes since the epoch are whole minutes in every zone the IANA database has today
    // (no zone keeps a seconds offset), so one key is one local minute.
    const key = `${teamId ?? ''}\u0000${Math.floor(at.getTime() / 60_000)}`;
    let s = this.statuses.get(key);
    if (!s) this.statuses.set(key, (s = officeStatus(this.schedule(teamId), at)));
    return { ...s, closesAt: s.closesAt && new Date(s.closesAt), nextOpening: s.nextOpening && new Date(s.nextOpening) };
  }
}
