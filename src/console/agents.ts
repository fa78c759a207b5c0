import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { AgentRef } from '../handoff.js';
import type { Db } from '../store/db.js';

/** Roles an agent can have (DESIGN §3). */
export type AgentRole = AgentRef['role'];
export const AGENT_ROLES: readonly AgentRole[] = ['agent', 'coordinator', 'admin'];

/** An agent as the console shows it (never the password hash). */
export interface Agent extends AgentRef {
  username: string;
  team: string | null;
  disabled: boolean;
  createdAt: Date;
}

/** Input for {@link AgentStore.create}. */
export interface NewAgent {
  /** Login name: 2–64 characters, lower-case letters, digits, `.`, `_`, `-`. */
  username: string;
  displayName: string;
  /** Plain password, at least {@link MIN_PASSWORD_LENGTH} characters; only its bcrypt hash is stored. */
  password: string;
  role: AgentRole;
  /** Team id from the routing table (e.g. `wmo`), optional. */
  team?: string | null;
}

/** Shortest password accepted for an agent account. */
export const MIN_PASSWORD_LENGTH = 12;
/** bcrypt cost factor (2^12 rounds, ~200–300 ms per hash). */
export const BCRYPT_COST = 12;

/** A refused agent operation with a message fit for the operator (no secrets). */
export class AgentError extends Error {
  constructor(
    readonly code: 'duplicate' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'AgentError';
  }
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

type AgentRow = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: AgentRole;
  team: string | null;
  disabled: boolean;
  created_at: Date | string;
};

function toAgent(r: AgentRow): Agent {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    team: r.team ?? null,
    disabled: Boolean(r.disabled),
    createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
  };
}

/**
 * Agent accounts in the `agents` table. Passwords are stored as bcrypt hashes (cost 12).
 */
export class AgentStore {
  /** A hash of a random password, compared against for unknown users so timing does not tell. */
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly db: Db) {}

  /**
   * Create an agent account.
   * @returns the new agent
   * @throws AgentError `invalid` (bad username, short password, unknown role, empty name) or
   *   `duplicate` (username taken)
   */
  async create(input: NewAgent): Promise<Agent> {
    const username = input.username.trim().toLowerCase();
    const displayName = input.displayName.trim();
    if (!USERNAME.test(username)) {
      throw new AgentError('invalid', 'username must be 2-64 characters: a-z, 0-9, ".", "_" or "-"');
    }
    if (!displayName || displayName.length > 200) throw new AgentError('invalid', 'display name is required (max 200 characters)');
    if (!AGENT_ROLES.includes(input.role)) throw new AgentError('invalid', `role must be one of ${AGENT_ROLES.join(', ')}`);
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw new AgentError('invalid', `password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    if (Buffer.byteLength(input.password, 'utf8') > 72) {
      throw new AgentError('invalid', 'password must be at most 72 bytes (bcrypt limit)');
    }
    const hash = await bcrypt.hash(input.password, BCRYPT_COST);
    try {
      const r = await this.db.query<AgentRow>(
        `INSERT INTO agents (id, username, display_name, password_hash, role, team)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [randomUUID(), username, displayName, hash, input.role, input.team?.trim() || null],
      );
      return toAgent(r.rows[0]!);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') {
        throw new AgentError('duplicate', `username "${username}" is already taken`);
      }
      throw err;
    }
  }

  /**
   * Check a username and password. Unknown and disabled users cost one bcrypt compare too,
   * so the response time does not reveal which usernames exist.
   * @returns the agent, or null when the username is unknown, disabled or the password is wrong
   */
  async verify(username: string, password: string): Promise<Agent | null> {
    const r = await this.db.query<AgentRow>(`SELECT * FROM agents WHERE username = $1`, [username.trim().toLowerCase()]);
    const row = r.rows[0];
    const hash = row?.password_hash ?? (await this.dummy());
    const ok = await bcrypt.compare(password, hash);
    if (!row || !ok || row.disabled) return null;
    return toAgent(row);
  }

  /** One agent by id, or null (also for a malformed id). */
  async get(id: string): Promise<Agent | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const r = await this.db.query<AgentRow>(`SELECT * FROM agents WHERE id = $1`, [id]);
    return r.rows[0] ? toAgent(r.rows[0]) : null;
  }

  /** Every agent, ordered by display name. */
  async list(): Promise<Agent[]> {
    const r = await this.db.query<AgentRow>(`SELECT * FROM agents ORDER BY display_name, username`);
    return r.rows.map(toAgent);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= bcrypt.hash(randomUUID(), BCRYPT_COST);
    return this.dummyHash;
  }
}
