import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../../src/store/db.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Found by a new user (2026-12-02): `npm run agent:add` next to a running service opened the same
// PGlite folder, and the agents table came out corrupt (a username neither found nor free).
describe('PGlite data folder: one process at a time', function () {
  this.timeout(120_000);
  let dir: string;
  let db: Db | null = null;
  before(() => { dir = mkdtempSync(path.join(tmpdir(), 'pglite-lock-')); });
  after(async () => { await db?.close(); rmSync(dir, { recursive: true, force: true }); });

  it('a second open of the folder is refused while the first is open, and works after close', async () => {
    const data = path.join(dir, 'pglite');
    db = await openDb({ pgliteDir: data, schema: 'lock_test' });
    await db.query('CREATE TABLE IF NOT EXISTS t (x int)');
    let err: Error | null = null;
    try { await openDb({ pgliteDir: data, schema: 'lock_test' }); } catch (e) { err = e as Error; }
    expect(err?.message).to.match(/embedded database in .*pglite is in use by another process .*stop it first, or set DATABASE_URL/);
    await db.close();
    db = await openDb({ pgliteDir: data, schema: 'lock_test' });
    expect((await db.query('SELECT count(*)::int AS n FROM t')).rows).to.deep.equal([{ n: 0 }]);
  });

  it('agent:add in another process exits 1 with that message, and creates nothing', async () => {
    const data = path.join(dir, 'pglite');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/agent-add.ts', '--username', 'invented.agent', '--name', 'Invented Agent', '--role', 'agent'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: data, AGENT_PASSWORD: 'an-invented-password-42' },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(r.status, r.stderr).to.equal(1);
    expect(r.stderr).to.match(/in use by another process/);
    const rows = await db!.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'agents'`);
    if (rows.rows[0]!.n > 0) expect((await db!.query('SELECT count(*)::int AS n FROM agents')).rows).to.deep.equal([{ n: 0 }]);
  });
});
