/**
 * Summarise a V8 `.cpuprofile` (as written by `node --cpu-prof`): self time per function and
 * per package, idle time left out of the percentages. `npm run bench -- --cpu-prof` uses it;
 * it also runs alone: `npx tsx bench/profile.ts FILE.cpuprofile [N]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One line of the summary. */
export interface ProfileEntry {
  name: string;
  where: string;
  selfMs: number;
  /** Share of the non-idle time, in %. */
  selfPct: number;
}

export interface ProfileSummary {
  file: string;
  /** Wall time covered by the profile (ms). */
  totalMs: number;
  /** Time the process spent idle (waiting for I/O) (ms). */
  idleMs: number;
  topFunctions: ProfileEntry[];
  byPackage: Array<{ name: string; selfMs: number; selfPct: number }>;
  /** The same for the intake runs alone (the bench adds it). */
  intakeRuns?: ProfileSummary;
}

/**
 * Now on the clock V8 stamps profiles with (CLOCK_MONOTONIC, µs): comparable with a profile's
 * `startTime` and sample times when taken by another process on the same machine.
 */
export function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package (or project folder, or V8 pseudo-frame) a script URL belongs to. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (core)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const rel = path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
  const seg = rel.split('/');
  return seg.length > 1 ? `aan-tafel ${seg[0]}/${seg.length > 2 ? seg[1] + '/' : seg[1]}` : `aan-tafel ${rel}`;
}

/**
 * Self time per function and package of a `.cpuprofile`.
 * @param top how many functions to list
 * @param window only the samples taken in [fromUs, toUs] ({@link monotonicUs} µs)
 */
export function summariseProfile(file: string, top = 25, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let at = prof.startTime;
  for (let i = 0; i < prof.samples.length; i++) {
    const delta = prof.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    const id = prof.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + delta / 1000);
  }
  const fn = new Map<string, ProfileEntry>();
  const pkg = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idle += ms;
      continue;
    }
    busy += ms;
    const name = functionName || '(anonymous)';
    const where = url ? `${url.replace(/^file:\/\//, '').replace(ROOT, '')}:${lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const e = fn.get(key) ?? { name, where, selfMs: 0, selfPct: 0 };
    e.selfMs += ms;
    fn.set(key, e);
    const p = packageOf(url, functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + ms);
  }
  const pct = (ms: number) => Math.round((ms / (busy || 1)) * 1000) / 10;
  return {
    file,
    totalMs: Math.round(window ? (Math.min(prof.endTime, window.toUs) - Math.max(prof.startTime, window.fromUs)) / 1000 : (prof.endTime - prof.startTime) / 1000),
    idleMs: Math.round(idle),
    topFunctions: [...fn.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((e) => ({ ...e, selfMs: Math.round(e.selfMs), selfPct: pct(e.selfMs) })),
    byPackage: [...pkg]
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => ({ name, selfMs: Math.round(ms), selfPct: pct(ms) })),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = summariseProfile(process.argv[2]!, Number(process.argv[3] ?? 30));
  process.stdout.write(`${s.file}: ${s.totalMs} ms, idle ${s.idleMs} ms\n`);
  for (const f of s.topFunctions) process.stdout.write(`${f.selfPct.toFixed(1).padStart(5)} %  ${f.name}  ${f.where}\n`);
  process.stdout.write('\nby package:\n');
  for (const p of s.byPackage.slice(0, 25)) process.stdout.write(`${p.selfPct.toFixed(1).padStart(5)} %  ${p.name}\n`);
}
