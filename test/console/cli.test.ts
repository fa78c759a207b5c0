import { spawn } from 'node:child_process';
import { expect } from 'chai';
import { Client, PG_URL, startHarness, type Harness } from './helpers.js';

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/agent-add.ts', ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('agent:add CLI', function () {
  this.timeout(60_000);
  let h: Harness;
  let env: Record<string, string>;

  before(async () => {
    h = await startHarness();
    env = { DATABASE_URL: PG_URL, DATABASE_SCHEMA: h.schema, LOG_LEVEL: 'silent' };
  });
  after(async () => {
    await h?.close();
  });

  it('creates an agent that can log in', async () => {
    const password = 'een lang wachtwoord 42';
    const r = await run(['--username', 'ana', '--name', 'Ana de Vries', '--role', 'agent', '--team', 'wmo'], {
      ...env,
      AGENT_PASSWORD: password,
    });
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(0);
    expect(r.stdout.trim().split('\n')).to.have.length(1);
    expect(r.stdout).to.match(/^agent created: ana \(Ana de Vries, agent, team wmo\)/);
    expect(r.stdout).to.not.include(password);
    const c = new Client(h.base);
    const login = await c.login('ana', password);
    expect(login.status).to.equal(200);
    expect(login.json.agent).to.include({ displayName: 'Ana de Vries', team: 'wmo' });
  });

  it('refuses a short password, a duplicate username, a bad role and an unknown team with exit code 1', async () => {
    const short = await run(['--username', 'bram', '--name', 'Bram'], { ...env, AGENT_PASSWORD: 'kort' });
    expect(short.code).to.equal(1);
    expect(short.stderr).to.match(/at least 12 characters/);
    const dup = await run(['--username', 'ana', '--name', 'Ana 2'], { ...env, AGENT_PASSWORD: 'nog een lang wachtwoord' });
    expect(dup.code).to.equal(1);
    expect(dup.stderr).to.match(/already taken/);
    const role = await run(['--username', 'cora', '--name', 'Cora', '--role', 'baas'], { ...env, AGENT_PASSWORD: 'nog een lang wachtwoord' });
    expect(role.code).to.equal(1);
    expect(role.stderr).to.match(/--role must be one of/);
    const team = await run(['--username', 'eef', '--name', 'Eef', '--team', 'schuldhulp'], { ...env, AGENT_PASSWORD: 'nog een lang wachtwoord' });
    expect(team.code).to.equal(1);
    expect(team.stderr).to.match(/--team must be one of .*schulden/);
    const noPw = await run(['--username', 'dirk', '--name', 'Dirk'], env);
    expect(noPw.code).to.equal(1);
    expect(noPw.stderr).to.match(/AGENT_PASSWORD/);
  });
});
