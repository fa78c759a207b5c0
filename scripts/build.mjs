/**
 * Compile the service to plain JavaScript in `dist/` (tsc with tsconfig.build.json, incremental:
 * a second build without changes takes a second or two) and link the folders it reads at run
 * time (console and web chat pages, the nlp model) back to the sources, so `dist/` always serves
 * the current files. Used by `npm start` (scripts/start.mjs) and `npm run bench`.
 *
 * Run alone: `node scripts/build.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The compiled entry point. */
export const DIST_ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');
/** Folders read at run time relative to the module that reads them (see `import.meta.url` uses). */
const RUNTIME_DIRS = ['src/console/public', 'channels/webchat/public', 'nlp/model'];

/**
 * Build `dist/`.
 * @returns true when `dist/src/index.js` exists afterwards; false when TypeScript is not
 *   installed (e.g. `npm ci --omit=dev`), so the caller can run the sources through tsx instead
 * @throws Error when tsc fails without emitting the entry point
 */
export function build({ quiet = false } = {}) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return false;
  }
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    // tsc emits despite type errors: say so, and run what it emitted.
    process.stderr.write(`${r.stdout}${r.stderr}build: tsc reported errors (exit ${r.status})\n`);
    if (!existsSync(DIST_ENTRY)) throw new Error('build: tsc emitted nothing; see the errors above');
  }
  for (const dir of RUNTIME_DIRS) {
    const link = path.join(ROOT, 'dist', dir);
    mkdirSync(path.dirname(link), { recursive: true });
    try {
      if (lstatSync(link).isSymbolicLink()) unlinkSync(link);
    } catch {
      // not there yet
    }
    if (!existsSync(link)) symlinkSync(path.relative(path.dirname(link), path.join(ROOT, dir)), link, 'dir');
  }
  if (!quiet) process.stderr.write(`build: ${path.relative(ROOT, DIST_ENTRY)} ready\n`);
  return true;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  if (!build()) {
    process.stderr.write('build: TypeScript is not installed (npm ci installs it)\n');
    process.exit(1);
  }
}
