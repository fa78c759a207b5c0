/**
 * CPU time per process group from /proc, so the bench can say where a message's cost goes
 * (the service, the PostgreSQL backends, Redis, the bench itself) instead of guessing from a
 * wall-clock profile. Linux only; elsewhere every figure is 0.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux for every common arch). */
const TICKS_PER_S = 100;

/** CPU time (user + system) in ms of one process, 0 when it is gone or unreadable. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name (which may itself hold spaces): utime is the
    // 14th field of the line, stime the 15th (proc(5)).
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(rest[11]) + Number(rest[12])) * 1000) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

/** Sum of {@link processCpuMs} over every process whose command name (`comm`) is `name`. */
export function commandCpuMs(name: string): number {
  let total = 0;
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      if (readFileSync(`/proc/${e}/comm`, 'utf8').trim() !== name) continue;
    } catch {
      continue;
    }
    total += processCpuMs(Number(e));
  }
  return total;
}

/**
 * CPU of the PostgreSQL backends that serve one client (by `application_name`), kept across
 * their lives: a backend whose connection the pool closes takes its CPU time out of /proc, so
 * the tracker samples every `intervalMs` and keeps each backend's last reading. Backends of other
 * clients (another test run on the same server) are not counted. Loses at most one interval of a
 * closing backend's work.
 */
export class BackendCpuTracker {
  private readonly last = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;

  /**
   * @param query runs SQL on a connection of the bench's own (e.g. a `pg.Pool`)
   * @param applicationName the `application_name` the tracked client connects with (PGAPPNAME)
   */
  constructor(
    private readonly query: (sql: string, params: unknown[]) => Promise<{ rows: Array<{ pid: number }> }>,
    private readonly applicationName: string,
    private readonly intervalMs = 250,
  ) {}

  /** Read every tracked backend's CPU now (and find new backends). */
  async sample(): Promise<void> {
    const r = await this.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [this.applicationName]);
    // A new backend starts at 0; a known one keeps its last reading (it may exit before it is read).
    for (const { pid } of r.rows) if (!this.last.has(pid)) this.last.set(pid, 0);
    for (const pid of this.last.keys()) {
      const ms = processCpuMs(pid);
      if (ms > (this.last.get(pid) ?? 0)) this.last.set(pid, ms);
    }
  }

  /** Sample every `intervalMs` until {@link stop}. */
  start(): void {
    const tick = () => {
      this.timer = setTimeout(() => void this.sample().catch(() => undefined).finally(() => this.timer && tick()), this.intervalMs);
    };
    tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** CPU ms of every backend seen so far (after a fresh {@link sample}). */
  async totalMs(): Promise<number> {
    await this.sample();
    let total = 0;
    for (const ms of this.last.values()) total += ms;
    return total;
  }
}

/** CPU ms so far of the service, PostgreSQL (every backend), Redis and the bench process. */
export interface CpuSnapshot {
  service: number;
  postgres: number;
  redis: number;
  bench: number;
}

/**
 * Take a {@link CpuSnapshot}; `servicePid` is the service's process id. PostgreSQL is the
 * service's own backends when `backends` is given, else every `postgres` process on the machine.
 * Redis is the whole redis-server (shared with anything else that uses it).
 */
export async function cpuSnapshot(servicePid: number, backends?: BackendCpuTracker): Promise<CpuSnapshot> {
  const postgres = backends ? await backends.totalMs() : commandCpuMs('postgres');
  const self = process.cpuUsage();
  return {
    service: processCpuMs(servicePid),
    postgres,
    redis: commandCpuMs('redis-server'),
    bench: (self.user + self.system) / 1000,
  };
}

/**
 * CPU ms per message of each process group between two snapshots.
 * @param messages how many resident messages the phase handled (> 0)
 * @returns ms per message, rounded to 0.01, with `total`
 */
export function cpuPerMessage(before: CpuSnapshot, after: CpuSnapshot, messages: number): CpuSnapshot & { total: number } {
  const per = (k: keyof CpuSnapshot) => Math.round(((after[k] - before[k]) / Math.max(1, messages)) * 100) / 100;
  const out = { service: per('service'), postgres: per('postgres'), redis: per('redis'), bench: per('bench') };
  return { ...out, total: Math.round((out.service + out.postgres + out.redis + out.bench) * 100) / 100 };
}
