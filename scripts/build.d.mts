/** Types of scripts/build.mjs (see there). */
export declare const ROOT: string;
/** The compiled entry point, `dist/src/index.js`. */
export declare const DIST_ENTRY: string;
/**
 * Compile the service to `dist/` and link its run-time folders.
 * @returns false when TypeScript is not installed
 */
export declare function build(opts?: { quiet?: boolean }): boolean;
