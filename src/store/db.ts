import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { createHash } from 'node:crypto';
import { migrations } from './migrations.js';
import { withTimeout } from '../util/sanitize.js';

/** How long closing the PostgreSQL pool waits for connections still in use (ms). */
export const DB_CLOSE_WAIT_MS = 3000;

/** A row set as returned by both drivers. */
export interface QueryResult<T> {
  rows: T[];
  /** Rows changed by INSERT/UPDATE/DELETE (0 when unknown). */
  rowCount: number;
}

/** Something that runs parameterised SQL ($1, $2, …). */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

/**
 * The parameters of one statement written in parts by several modules: each part adds its
 * values and writes the placeholder it gets back (`$1`, `$2`, … in the order added), so no part
 * needs to know the others' numbers.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  /** @returns the placeholder of `value` (`$n`) */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** PostgreSQL's `division_by_zero` (SQLSTATE 22012): the guard of a one-statement fast path fired. */
export function isDivisionByZero(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === '22012';
}

/**
 * The service's database: PostgreSQL through a `pg` pool, or an embedded PGlite.
 * Both speak the same SQL; callers never see which one runs.
 */
export interface Db extends Queryable {
  /** `'postgres'` or `'pglite'`. */
  readonly kind: 'postgres' | 'pglite';
  /**
   * Run `fn` in one transaction (BEGIN … COMMIT, ROLLBACK on a thrown error, which is re-thrown).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Cheap liveness query used by `/readyz`; throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL URL; when absent PGlite is used in `pgliteDir`. */
  url?: string;
  pgliteDir: string;
  /** Schema that holds every table; created when missing. */
  schema: string;
  /** Pool size for PostgreSQL (connections). */
  poolSize?: number;
}

function quoteIdent(id: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(id)) throw new Error(`invalid schema name: ${id}`);
  return `"${id}"`;
}

/** Most distinct statements kept prepared per connection (the code's SQL is static; a bound). */
const MAX_PREPARED = 256;

/**
 * The statement node-postgres should run: parameterised SQL gets a stable name derived from its
 * text, so each pooled connection parses it once and PostgreSQL can reuse its plan (extended
 * protocol prepared statements). SQL without parameters (BEGIN, DDL) stays unnamed.
 */
export class PreparedNames {
  private readonly names = new Map<string, string>();
  config(sql: string, params: unknown[]): pg.QueryConfig {
    if (!params.length) return { text: sql, values: params };
    let name = this.names.get(sql);
    if (!name) {
      if (this.names.size >= MAX_PREPARED) return { text: sql, values: params };
      name = `s${this.names.size}_${createHash('sha1').update(sql).digest('hex').slice(0, 12)}`;
      this.names.set(sql, name);
    }
    return { name, text: sql, values: params };
  }
}

class PgDb implements Db {
  readonly kind = 'postgres' as const;
  private readonly prepared = new PreparedNames();
  constructor(private readonly pool: pg.Pool) {}
  async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
    const r = await this.pool.query(this.prepared.config(sql, params));
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  }
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const tx: Queryable = {
        query: async <R>(sql: string, params: unknown[] = []) => {
          const r = await client.query(this.prepared.config(sql, params));
          return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
        },
      };
      const out = await fn(tx);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }
  /**
   * End the pool, waiting at most {@link DB_CLOSE_WAIT_MS} for connections still in use (a
   * statement held up by a lock elsewhere): after that the process may exit, which ends them and
   * rolls their transactions back. Never rejects.
   */
  async close(): Promise<void> {
    await withTimeout(this.pool.end(), DB_CLOSE_WAIT_MS, 'closing the database pool').catch(() => undefined);
  }
}

class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  constructor(private readonly db: PGlite, private readonly unlock: () => Promise<void>) {}
  async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
    const r = await this.db.query<T>(sql, params as unknown[]);
    return { rows: r.rows, rowCount: r.affectedRows ?? 0 };
  }
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (t) =>
      fn({
        query: async <R>(sql: string, params: unknown[] = []) => {
          const r = await t.query<R>(sql, params as unknown[]);
          return { rows: r.rows, rowCount: r.affectedRows ?? 0 };
        },
      }),
    );
  }
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }
  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      await this.unlock().catch(() => undefined);
    }
  }
}

/** Refreshed every `update` ms; another process may take a lock older than `stale` ms (its holder died). */
const PGLITE_LOCK = { stale: 30_000, update: 5_000 } as const;

/**
 * Take the PGlite data folder for this process. PGlite itself has no lock another process can see,
 * and two processes on one folder corrupt it (a tester's `agent:add` next to a running service left
 * a username that was neither found nor free).
 * @returns the release function
 * @throws Error naming the folder when another live process holds it
 */
async function lockPgliteDir(dir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dir, {
      ...PGLITE_LOCK,
      retries: 0,
      realpath: false,
      // The refresh failed (event loop stalled past `stale`): keep working, the folder is still ours
      // unless another process took it, which it only does after `stale` ms without a refresh.
      onCompromised: () => undefined,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new Error(
        `the embedded database in ${dir} is in use by another process (is the service running? stop it first, or set DATABASE_URL to use PostgreSQL)`,
      );
    }
    throw err;
  }
}

/**
 * Open the database, create the schema if needed and apply pending migrations.
 * With PostgreSQL a session advisory lock makes concurrent starts of several instances safe.
 * With PGlite the data folder is locked for this process until close() (a lock file `<dir>.lock`
 * next to it, refreshed every 5 s, taken over only when 30 s old).
 * @throws Error when the database cannot be reached, the PGlite folder is in use by another live
 *   process, or a migration fails (the message names DATABASE_URL or the PGlite folder, never a password)
 */
export async function openDb(opts: DbOptions): Promise<Db> {
  const schema = quoteIdent(opts.schema);
  let db: Db;
  if (opts.url) {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      options: `-c search_path=${opts.schema},public`,
      connectionTimeoutMillis: 5000,
    });
    pool.on('error', () => undefined); // idle client errors surface on the next query
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new Error(`PostgreSQL at DATABASE_URL is not reachable: ${(err as Error).message}`);
    }
    db = new PgDb(pool);
  } else {
    mkdirSync(opts.pgliteDir, { recursive: true });
    const unlock = await lockPgliteDir(opts.pgliteDir);
    try {
      const lite = await PGlite.create(opts.pgliteDir);
      await lite.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}, public;`);
      db = new PgliteDb(lite, unlock);
    } catch (err) {
      await unlock().catch(() => undefined);
      throw err;
    }
  }
  try {
    await migrate(db, schema);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}

async function migrate(db: Db, schema: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Serialise migrations across instances (no-op cost on PGlite).
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`aan-tafel-migrate:${schema}`]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await tx.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations`);
    const applied = new Set(done.rows.map((r) => Number(r.version)));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      for (const stmt of m.up(schema)) await tx.query(stmt);
      await tx.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
    }
  });
}
