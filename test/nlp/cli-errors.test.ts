import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (script: string, args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });

// Found by a new user (2026-12-02): stack traces for a missing file, a TypeError for a record
// without labels, and exit 0 after skipped lines.
describe('nlp command line tools: bad input', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'nlp-cli-'));

  it('eval: a record without labels names the file, the record and the fields (exit 2)', () => {
    const f = path.join(dir, 'bad.jsonl');
    writeFileSync(f, JSON.stringify({ text: 'Mijn traplift is kapot.', bodies: ['gemeente-wmo'], kind: 'klacht', urgency: 'normaal' }) + '\n' + JSON.stringify({ text: 'x' }) + '\n');
    const r = run('nlp/cli/eval.ts', [f]);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/bad\.jsonl: record 2: bodies: .*kind: .*urgency: /);
    expect(r.stderr).not.to.match(/at .*\.ts:\d+/);
  });

  it('eval and classify: a missing file is one line (exit 2)', () => {
    const f = path.join(dir, 'missing.jsonl');
    for (const s of ['nlp/cli/eval.ts', 'nlp/cli/classify.ts']) {
      const r = run(s, [f]);
      expect(r.status, s).to.equal(2);
      expect(r.stderr.trim(), s).to.match(/missing\.jsonl: no such file$/);
    }
  });

  it('classify: classifies the good lines and exits 1 when a line was skipped', () => {
    const r = run('nlp/cli/classify.ts', [], '{"id":"a","text":"Mijn uitkering is niet betaald."}\nnot json\n');
    expect(r.status).to.equal(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).to.deep.equal(['a']);
    expect(r.stderr).to.match(/line 2: invalid JSON, skipped/);
  });
});
