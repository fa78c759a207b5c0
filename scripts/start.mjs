/**
 * `npm start`: compile to `dist/` (scripts/build.mjs) and run the compiled service in this
 * process. Plain JavaScript needs no loader thread and keeps no source maps: ≈ 85 MB less
 * resident memory than `node --import tsx src/index.ts`, which stays the fallback when
 * TypeScript is not installed (`npm ci --omit=dev`).
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { build, DIST_ENTRY, ROOT } from './build.mjs';

if (build({ quiet: true })) {
  await import(pathToFileURL(DIST_ENTRY).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(ROOT, 'src', 'index.ts')).href);
}
