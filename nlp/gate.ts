/**
 * Exact pre-filter for the many hand-written regexes (crisis rules, keyword priors, intent and
 * kind/urgency cues). Most of them cannot match most messages; running them all dominated the
 * classifier's time. For a pattern we derive, once, the set of 3-character strings any match must
 * start with (following literals, groups, optional groups and zero-width assertions); a message is
 * scanned once into the set of its 3-character windows, and a pattern runs only when one of its
 * prefixes occurs. Patterns whose start cannot be analysed (character classes, `.`, `\d`, repeated
 * groups, matches shorter than 3 characters) get no gate and always run, so the filter never changes
 * a result — it only skips regexes that cannot match.
 */

const MAX_PREFIXES = 400;
const ZERO_WIDTH = /^(\\b|\^|\(\?<?[!=])/;

/** Index of the ')' closing the group that opens at `open`, or -1. */
function closeOf(s: string, open: number): number {
  let d = 0, cls = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') { i++; continue; }
    if (cls) { if (c === ']') cls = false; continue; }
    if (c === '[') cls = true;
    else if (c === '(') d++;
    else if (c === ')' && --d === 0) return i;
  }
  return -1;
}

/** Split a pattern at its top-level '|'. */
export function topAlternatives(s: string): string[] {
  const out: string[] = [];
  let d = 0, cls = false, start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') { i++; continue; }
    if (cls) { if (c === ']') cls = false; continue; }
    if (c === '[') cls = true;
    else if (c === '(') d++;
    else if (c === ')') d--;
    else if (c === '|' && d === 0) { out.push(s.slice(start, i)); start = i + 1; }
  }
  out.push(s.slice(start));
  return out;
}

class Abort extends Error {}

/** Every 3-character start of a match of the sequence `seq` (no top-level '|'), appended to `out`. */
function gen(seq: string, acc: string, out: Set<string>, n = 3): void {
  if (out.size > MAX_PREFIXES) throw new Abort();
  if (acc.length === n) { out.add(acc); return; }
  if (seq.length === 0) throw new Abort(); // a match can be shorter than 3 characters
  const zw = ZERO_WIDTH.exec(seq);
  if (zw) {
    if (zw[0].startsWith('(')) { const e = closeOf(seq, 0); if (e < 0) throw new Abort(); return gen(seq.slice(e + 1), acc, out, n); }
    return gen(seq.slice(zw[0].length), acc, out, n);
  }
  const c = seq[0]!;
  if (c === '(') {
    const e = closeOf(seq, 0);
    if (e < 0) throw new Abort();
    const innerStart = seq.startsWith('(?:') ? 3 : 1;
    if (seq[1] === '?' && innerStart === 1) throw new Abort(); // named groups etc.
    const q = seq[e + 1] ?? '';
    if (q === '*' || q === '+' || q === '{') throw new Abort();
    const rest = seq.slice(e + 1 + (q === '?' ? 1 : 0));
    for (const alt of topAlternatives(seq.slice(innerStart, e))) gen(alt + rest, acc, out, n);
    if (q === '?') gen(rest, acc, out, n);
    return;
  }
  let ch: string;
  let len = 1;
  if (c === '\\') {
    const n = seq[1] ?? '';
    if (/[a-zA-Z0-9]/.test(n)) throw new Abort(); // \d \w \s \u … classes and escapes
    ch = n; len = 2;
  } else if ('[.$)|?*+{'.includes(c)) throw new Abort();
  else ch = c;
  const q = seq[len] ?? '';
  if (q === '*' || q === '+' || q === '{') throw new Abort();
  if (q === '?') { gen(seq.slice(len + 1), acc + ch, out, n); gen(seq.slice(len + 1), acc, out, n); return; }
  gen(seq.slice(len), acc + ch, out, n);
}

/**
 * The 3-character strings every match of `source` starts with, as key3 hashes, or
 * null when no such finite set can be derived (the pattern then always runs).
 */
export function matchPrefixes(source: string): number[] | null {
  const out = new Set<string>();
  try {
    for (const alt of topAlternatives(source)) gen(alt, '', out);
  } catch (e) {
    if (e instanceof Abort) return null;
    throw e;
  }
  return [...new Set([...out].map((s) => key3(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2))))];
}

/**
 * The n-character strings every match of `source` starts with, or null when no such finite set
 * can be derived (also when a match can be shorter than n).
 */
export function matchPrefixStrings(source: string, n: number): string[] | null {
  const out = new Set<string>();
  try {
    for (const alt of topAlternatives(source)) gen(alt, '', out, n);
  } catch (e) {
    if (e instanceof Abort) return null;
    throw e;
  }
  return [...out];
}

/** Hash of three UTF-16 code units into 16 bits (collisions only let a regex run needlessly). */
export function key3(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 16;
}

/** The 3-character windows of a text, as a 65,536-bit set of key3 hashes. */
export type Windows = Uint32Array;

/** All 3-character windows of a text. */
export function windows3(t: string): Windows {
  const s = new Uint32Array(2048);
  let a = t.charCodeAt(0), b = t.charCodeAt(1);
  for (let i = 2; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const k = key3(a, b, c);
    s[k >>> 5]! |= 1 << (k & 31);
    a = b; b = c;
  }
  return s;
}

/** A regex with its gate; `test` is exact (same result as re.test). */
export class GatedRegex {
  readonly gate: number[] | null;
  constructor(readonly re: RegExp) {
    if (re.global || re.sticky || re.ignoreCase) throw new Error('GatedRegex: only non-global, case-sensitive patterns');
    this.gate = matchPrefixes(re.source);
  }
  /** re.test(text), skipped when none of the possible match starts occurs in `win` = windows3(text). */
  test(text: string, win: Windows): boolean {
    const g = this.gate;
    if (g !== null) {
      let hit = false;
      for (let i = 0; i < g.length; i++) { const k = g[i]!; if (win[k >>> 5]! & (1 << (k & 31))) { hit = true; break; } }
      if (!hit) return false;
    }
    return this.re.test(text);
  }
}
