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

/** CPU ms so far of the service, PostgreSQL (every backend), Redis and the bench process. */
export interface CpuSnapshot {
  service: number;
  postgres: number;
  redis: number;
  bench: number;
}

/** Take a {@link CpuSnapshot}; `servicePid` is the service's process id. */
export function cpuSnapshot(servicePid: number): CpuSnapshot {
  const self = process.cpuUsage();
  return {
    service: processCpuMs(servicePid),
    postgres: commandCpuMs('postgres'),
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
