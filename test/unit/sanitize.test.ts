import { expect } from 'chai';
import { sanitizeDeep, sanitizeText, truncateText } from '../../src/util/sanitize.js';
import { Writable } from 'node:stream';
import { createLogger, serializeError } from '../../src/logger.js';
import { summarise } from '../../dialogs/intake.js';

describe('unit: sanitize', () => {
  it('removes NUL and replaces lone surrogates, keeping pairs and ordinary text', () => {
    expect(sanitizeText('a\u0000b')).to.equal('ab');
    expect(sanitizeText('x\ud83d')).to.equal('x\uFFFD');
    expect(sanitizeText('\ude00y')).to.equal('\uFFFDy');
    expect(sanitizeText('café 😀 één €')).to.equal('café 😀 één €');
    expect(() => JSON.parse(JSON.stringify(sanitizeText('a\ud83d\u0000')))).not.to.throw();
  });

  it('cuts structures nested too deep instead of overflowing the stack', () => {
    let v: unknown = 'leaf';
    for (let i = 0; i < 5000; i++) v = { v };
    const out = sanitizeDeep({ value: v });
    expect(() => JSON.stringify(out)).not.to.throw();
    expect(JSON.stringify(out)).to.contain('[te diep genest]');
  });

  it('truncates on code points, never inside an emoji', () => {
    const s = 'a'.repeat(276) + '😀' + 'b'.repeat(40);
    const t = truncateText(s, 278);
    expect(t.endsWith('…')).to.equal(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(t)).to.equal(false);
  });

  it('the handoff summary never splits a surrogate pair', () => {
    const story = 'x'.repeat(278) + '😀' + 'y'.repeat(50);
    const s = summarise(story);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s)).to.equal(false);
    expect(Array.from(s)).to.have.length(280);
  });
});

describe('unit: error serializer for logs', () => {
  it('keeps type, code and message but drops driver detail that holds data', () => {
    const err = Object.assign(new Error('invalid input syntax for type json'), {
      code: '22P02',
      detail: 'Token "Piet Puk BSN 123456789" is invalid.',
      where: 'JSON data, line 1: Mijn naam is Piet Puk',
    });
    const out = JSON.stringify(serializeError(err));
    expect(out).to.contain('22P02');
    expect(out).not.to.contain('Piet');
    expect(out).not.to.contain('123456789');
  });

  it('a logged error keeps its type, code and (masked) message in the line, at any depth', () => {
    const lines: string[] = [];
    const log = createLogger('info', new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) }));
    const pg = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505', detail: 'Key (address)=(0612345678) already exists.',
    });
    log.error({ err: pg }, 'store failed');
    log.child({ module: 'm' }).warn(new TypeError('bel 0612345678 terug'), 'plain error');
    log.warn({ job: { cause: new RangeError('out of range') } }, 'nested');
    const [a, b, c] = lines.map((l) => JSON.parse(l));
    expect(a.err).to.deep.equal({ type: 'Error', code: '23505', message: 'duplicate key value violates unique constraint' });
    expect(b.err).to.deep.equal({ type: 'TypeError', message: 'bel [telefoon] terug' });
    expect(c.job.cause).to.deep.equal({ type: 'RangeError', message: 'out of range' });
    expect(lines.join('')).not.to.contain('0612345678');
  });

  it('never leaks or throws: errors deep down, odd errors, a message taken from the error, long messages, printf objects', () => {
    const lines: string[] = [];
    const log = createLogger('info', new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) }));
    const pii = 'bsn 123456782 mail jan.jansen@example.nl tel 0612345678 iban NL91ABNA0417164300';
    const withDetail = Object.assign(new Error('dup'), { code: '23505', detail: `Key (address)=(${pii})` });
    log.error({ a: { b: { c: { d: { err: withDetail, e: { f: { g: pii } } } } } } }, 'deep');
    const odd = new Error('x');
    (odd as unknown as { message: unknown }).message = { t: 1 };
    class Throwing extends Error {
      override get message(): string {
        throw new Error('boom');
      }
    }
    expect(() => log.error({ err: odd }, 'odd')).not.to.throw();
    expect(() => log.error({ err: new Throwing() }, 'getter')).not.to.throw();
    expect(() => log.warn({ x: new Proxy({}, { ownKeys: () => { throw new Error('no'); } }) }, 'proxy')).not.to.throw();
    log.error(new Error(`kapot: ${pii}`));
    log.error({ err: new Error(`kapot: ${pii}`) });
    log.error({ err: new Error(`${'x'.repeat(185)} jan.jansen@example.nl`) }, 'long');
    log.info('object %o', { text: pii, nested: { pii } });
    const all = lines.join('');
    for (const secret of ['123456782', 'jan.jansen@exa', '0612345678', 'NL91ABNA0417164300']) expect(all).not.to.contain(secret);
    const [deep, , getter, , fromErr] = lines.map((l) => JSON.parse(l));
    expect(deep.a.b.c.d.err).to.deep.equal({ type: 'Error', code: '23505', message: 'dup' });
    expect(getter.err.type).to.equal('Error');
    expect(fromErr.msg).to.equal('kapot: bsn [BSN] mail [e-mail] tel [telefoon] iban [IBAN]');
  });

  it('masks numbers, keys and toJSON output, takes msg from no raw error, survives hostile values, and keeps uuids whole', () => {
    const lines: string[] = [];
    const log = createLogger('info', new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) }));
    log.info({ bsn: 111222333, big: 111222333n, perAddress: { '0612345678': 2 }, x: { toJSON: () => 'bsn 111222333' } }, 'numbers');
    log.error(new Error('mail jan.jansen@example.nl'), undefined);
    log.error({ err: { message: 'bel 0612345678' } });
    log.error({ err: Object.assign(new Error('x'), { name: 'jan.jansen@example.nl' }) }, 'name');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(() => log.info({ conversationId: 'c1', nested: revoked.proxy }, 'revoked inside')).not.to.throw();
    expect(() => log.info({ get err(): unknown { throw new Error('getter'); } })).not.to.throw();
    // A uuid whose digits pass the elfproef (248260d0-…-d266277664d6 held one) stays whole.
    const id = '248260d0-1c2b-4c3d-8e4f-d266277664d6';
    log.info({ conversationId: id }, `turn:${id}`);
    const all = lines.join('');
    for (const secret of ['111222333', '0612345678', 'jan.jansen@example.nl']) expect(all).not.to.contain(secret);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed[4]).to.include({ conversationId: 'c1', nested: '[unreadable]' });
    expect(parsed.at(-1)).to.include({ conversationId: id, msg: `turn:${id}` });
  });
});
