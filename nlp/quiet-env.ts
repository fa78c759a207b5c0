/**
 * Side-effect module: must be imported before anything that may pull in `natural`.
 * natural v8 loads dotenv, which prints "tips" to stdout; the classify CLI's stdout must carry
 * only results. ESM evaluates imports in order, so importing this first is sufficient.
 */
process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET ?? 'true';
export {};
