/**
 * Create an agent account for the console.
 *
 *   npm run agent:add -- --username ana --name "Ana de Vries" --role agent [--team wmo]
 *
 * The password comes from `AGENT_PASSWORD`, or is asked for (twice, without echo) on a terminal;
 * at least 12 characters. Uses the same database as `npm start` (DATABASE_URL, else PGlite in
 * PGLITE_DIR). With PGlite only one process may open the data folder: stop the service first.
 * Exit code 0 on success (one line on stdout), 1 with a message on stderr otherwise.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { loadTeamsFile, Teams } from '../teams.js';
import { openDb, type Db } from '../store/db.js';
import { AGENT_ROLES, AgentError, AgentStore, MIN_PASSWORD_LENGTH, type AgentRole } from '../console/agents.js';

const USAGE = `usage: npm run agent:add -- --username <name> --name "<display name>" --role agent|coordinator|admin [--team <team>]
  password: AGENT_PASSWORD environment variable, or typed at the prompt`;

class CliError extends Error {}

/** Read a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new CliError('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.AGENT_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new CliError('no password: set AGENT_PASSWORD or run the command in a terminal');
  }
  const first = await promptHidden('Wachtwoord (min. 12 tekens): ');
  if (first.length < MIN_PASSWORD_LENGTH) throw new CliError(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  const second = await promptHidden('Nog een keer: ');
  if (first !== second) throw new CliError('passwords do not match');
  return first;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: 'agent' },
        team: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!args.username || !args.name) throw new CliError(`--username and --name are required\n${USAGE}`);
  const role = args.role as AgentRole;
  if (!AGENT_ROLES.includes(role)) throw new CliError(`--role must be one of ${AGENT_ROLES.join(', ')}`);

  const config = loadConfig(process.env);
  if (args.team) {
    // Only a team of the municipality's teams file (TEAMS_FILE, or the built-in default):
    // an agent of an unknown team never counts as available and never sees its queue.
    const teams = (config.TEAMS_FILE ? new Teams(loadTeamsFile(config.TEAMS_FILE)) : new Teams()).list().map((t) => t.id);
    if (!teams.includes(args.team)) throw new CliError(`--team must be one of ${teams.join(', ')} (from ${config.TEAMS_FILE ?? 'the built-in teams'})`);
  }

  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new CliError(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);

  if (!config.DATABASE_URL) {
    // PGlite has no lock another process can see: two processes on one folder can corrupt it.
    process.stderr.write(
      `agent:add: using the embedded database in ${config.PGLITE_DIR}; the service must be stopped while this runs\n`,
    );
  }
  let db: Db | null = null;
  try {
    db = await openDb({ url: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, schema: config.DATABASE_SCHEMA, poolSize: 2 });
    const agent = await new AgentStore(db).create({
      username: args.username,
      displayName: args.name,
      password,
      role,
      team: args.team ?? null,
    });
    process.stdout.write(`agent created: ${agent.username} (${agent.displayName}, ${agent.role}${agent.team ? `, team ${agent.team}` : ''}) id ${agent.id}\n`);
  } finally {
    await db?.close().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const msg = err instanceof CliError || err instanceof AgentError ? err.message : `failed: ${(err as Error).message}`;
    process.stderr.write(`agent:add: ${msg}\n`);
    process.exit(1);
  },
);
