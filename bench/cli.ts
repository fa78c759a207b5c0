/**
 * Command-line handling shared by the bench tools: a bad option stops a tool with one line
 * naming it and exit status 2, never a stack trace or a run with a mistyped option ignored.
 */

/**
 * Print `{tool}: {message}` on stderr and exit with status 2.
 * @param tool the tool's name as typed (`bench`, `bench:intake-alone`)
 */
export function usageError(tool: string, message: string): never {
  process.stderr.write(`${tool}: ${message}\n`);
  process.exit(2);
}

/**
 * `parse()` (node's `util.parseArgs` with `strict: true`), with its errors for an unknown
 * option, a missing value or a stray argument turned into {@link usageError}; other errors
 * are rethrown.
 */
export function parseCommandLine<T>(tool: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) usageError(tool, (err as Error).message);
    throw err;
  }
}
