/**
 * Make untrusted input safe to store as PostgreSQL text/jsonb, without losing what the resident
 * wrote: NUL characters (which PostgreSQL text cannot hold) are removed, lone UTF-16 surrogates
 * (which jsonb rejects) become U+FFFD, and structures nested deeper than `maxDepth` are cut off
 * with a marker instead of overflowing the stack.
 */
export function sanitizeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u0000/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Deep copy of a JSON-like value with every string (keys too) passed through
 * {@link sanitizeText}.
 * @param maxDepth nesting depth kept (default 32); deeper values become `"[te diep genest]"`
 */
export function sanitizeDeep<T>(value: T, maxDepth = 32): T {
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return sanitizeText(v);
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Date) return v;
    if (depth >= maxDepth) return '[te diep genest]';
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[sanitizeText(k)] = walk(x, depth + 1);
    return out;
  };
  return walk(value, 0) as T;
}

/**
 * Cut `s` to at most `max` characters without splitting a surrogate pair, adding "…" when cut.
 */
export function truncateText(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

/** Resolve with `p`, or reject after `ms` milliseconds with `Error(what + ' timed out')`. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}
