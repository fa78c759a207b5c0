/**
 * Property-based fuzzing of every public intake (issue 6, point 3): generated malformed and
 * half-valid WhatsApp webhooks (signed, so they reach the parser), Direct Line activities (with
 * own, foreign, broken and missing tokens) and e-mails (broken MIME, odd charsets, raw bytes, too
 * many recipients) against a real service. Properties: no 5xx (SMTP: no 451 or dropped
 * connection), every HTTP error is a JSON body without a stack trace, the service stays up, and
 * the store is consistent afterwards (no conversation without messages, no gaps in a
 * conversation's sequence, every stored turn processed).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { expect } from 'chai';
import fc from 'fast-check';
import { SmtpSession } from '../support/smtp-session.js';
import { eventually, startTestService, TEST_APP_SECRET, TEST_INTAKE_ADDRESS, type TestService } from '../support/service.js';

// `npm test` runs 2,500 cases; `npm run test:fuzz` runs 10,000 (FUZZ_SCALE=4).
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const WEBHOOKS = Number(process.env.FUZZ_WEBHOOKS ?? 1000 * SCALE);
const ACTIVITIES = Number(process.env.FUZZ_ACTIVITIES ?? 1000 * SCALE);
const MAILS = Number(process.env.FUZZ_MAILS ?? 500 * SCALE);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

/** Strings with what breaks naive code: NUL, lone surrogates, markup, huge runs, RTL, emoji. */
const nasty = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 80 }),
  fc.constantFrom('', '\u0000', '\ud800', '\udfff x', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u202e\u0627\u0644', '😀'.repeat(300), 'a'.repeat(12_000), '{{7*7}}', '%00%ff', '../../etc/passwd'),
);
const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 4 }), nasty, fc.constant(null));

// ---------------------------------------------------------------- WhatsApp webhooks
const waMessage = fc.record(
  {
    from: fc.oneof(fc.constant('31600000077'), fc.stringMatching(/^\d{8,15}$/), jsonish),
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }).map((s) => `wamid.fuzz.${s}`), jsonish),
    timestamp: fc.oneof(fc.integer().map(String), fc.double().map(String), jsonish),
    type: fc.oneof(fc.constantFrom('text', 'image', 'audio', 'document', 'location', 'interactive', 'button', 'reaction', 'sticker', 'unsupported', 'contacts', 'video'), nasty),
    text: fc.oneof(fc.record({ body: nasty }), jsonish),
    image: jsonish,
    audio: jsonish,
    location: fc.oneof(fc.record({ latitude: fc.oneof(fc.double(), jsonish), longitude: fc.oneof(fc.double(), jsonish), name: nasty }), jsonish),
    interactive: jsonish,
    context: jsonish,
  },
  { requiredKeys: [] },
);
const waEnvelope = fc.record({
  object: fc.oneof(fc.constant('whatsapp_business_account'), nasty, jsonish),
  entry: fc.oneof(
    fc.array(
      fc.record({
        id: fc.oneof(fc.constant('100000000000000'), jsonish),
        changes: fc.oneof(
          fc.array(
            fc.record({
              field: fc.oneof(fc.constant('messages'), nasty),
              value: fc.oneof(
                fc.record(
                  {
                    messaging_product: fc.oneof(fc.constant('whatsapp'), nasty),
                    metadata: fc.oneof(fc.constant({ display_phone_number: '31850000000', phone_number_id: '100000000000001' }), jsonish),
                    contacts: fc.oneof(fc.array(fc.record({ wa_id: fc.oneof(fc.constant('31600000077'), jsonish), profile: fc.oneof(fc.record({ name: nasty }), jsonish) })), jsonish),
                    messages: fc.oneof(fc.array(waMessage, { maxLength: 3 }), jsonish),
                    statuses: fc.oneof(fc.array(jsonish, { maxLength: 2 }), jsonish),
                  },
                  { requiredKeys: [] },
                ),
                jsonish,
              ),
            }),
            { maxLength: 2 },
          ),
          jsonish,
        ),
      }),
      { maxLength: 2 },
    ),
    jsonish,
  ),
});
const webhookCase = fc.oneof(
  { weight: 5, arbitrary: waEnvelope.map((p) => ({ body: JSON.stringify(p), sign: 'good' as const })) },
  { weight: 2, arbitrary: fc.jsonValue().map((p) => ({ body: JSON.stringify(p), sign: 'good' as const })) },
  { weight: 2, arbitrary: fc.oneof(nasty, fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1'))).map((b) => ({ body: b, sign: 'good' as const })) },
  { weight: 1, arbitrary: waEnvelope.map((p) => ({ body: JSON.stringify(p), sign: 'bad' as const })) },
  { weight: 1, arbitrary: fc.constant({ body: `{"object":"whatsapp_business_account","entry":[${'{"id":"1","changes":[]},'.repeat(200_000)}{}]}`, sign: 'good' as const }) },
);

// ---------------------------------------------------------------- Direct Line activities
const activity = fc.record(
  {
    type: fc.oneof(fc.constantFrom('message', 'event', 'typing', 'conversationUpdate', 'invoke'), nasty, jsonish),
    text: fc.oneof(nasty, jsonish),
    textFormat: fc.oneof(fc.constantFrom('plain', 'markdown', 'xml'), nasty),
    value: jsonish,
    name: fc.oneof(nasty, jsonish),
    locale: fc.oneof(fc.constantFrom('nl-NL', 'en-US', 'ar'), nasty),
    attachments: fc.oneof(fc.array(jsonish, { maxLength: 2 }), jsonish),
    channelData: fc.oneof(fc.record({ clientActivityID: fc.oneof(nasty, jsonish) }, { requiredKeys: [] }), jsonish),
    from: jsonish,
    conversation: jsonish,
  },
  { requiredKeys: [] },
);
const dlCase = fc.record({
  token: fc.constantFrom('own', 'own', 'own', 'own', 'other', 'garbage', 'none', 'unstarted'),
  contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/json; charset=utf-16', ''),
  body: fc.oneof(
    { weight: 6, arbitrary: activity.map((a) => JSON.stringify(a)) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: nasty },
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ type: 'message', text: 'x'.repeat(200_000) })) },
  ),
  conv: fc.nat(19),
});

// ---------------------------------------------------------------- e-mails
const charset = fc.constantFrom('utf-8', 'iso-8859-1', 'windows-1252', 'utf-7', 'x-unknown-charset', 'koi8-r', 'shift_jis', 'utf-16', '', '"', 'utf-8; format=flowed');
const cte = fc.constantFrom('7bit', '8bit', 'base64', 'quoted-printable', 'binary', 'x-garbage', '');
const bodyBytes = fc.oneof(
  nasty.map((s) => Buffer.from(s, 'utf8')),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from('Mijn pgb is niet betaald. Caf\xe9 \x80\x9f =C3=A9 =ZZ', 'latin1')),
  fc.constant(Buffer.from('SGVsbG8gd29ybGQ=\n!!!not base64!!!', 'latin1')),
);
const header = fc.tuple(fc.constantFrom('X-Fuzz', 'Auto-Submitted', 'Precedence', 'Reply-To', 'In-Reply-To', 'References', 'List-Id', 'Content-Disposition', nasty.map((s) => s.replace(/[\r\n:]/g, '') || 'X')), nasty.map((s) => s.replace(/[\r\n]/g, ' ')));
const mailCase = fc.record({
  from: fc.oneof(fc.nat(50).map((n) => `fuzz.${n}@example.org`), fc.constantFrom('', 'not-an-address', 'a@b', 'MAILER-DAEMON@example.org', 'meldpunt@gemeente.example')),
  headerFrom: fc.oneof(fc.nat(50).map((n) => `Fuzz ${n} <fuzz.${n}@example.org>`), nasty.map((s) => s.replace(/[\r\n]/g, ' ')), fc.constant(null)),
  rcpts: fc.oneof({ weight: 8, arbitrary: fc.constant([TEST_INTAKE_ADDRESS]) }, { weight: 1, arbitrary: fc.constant(Array.from({ length: 60 }, () => TEST_INTAKE_ADDRESS)) }, { weight: 1, arbitrary: fc.array(fc.constantFrom('someone@else.example', TEST_INTAKE_ADDRESS, 'x'), { minLength: 1, maxLength: 4 }) }),
  subject: fc.oneof(nasty.map((s) => s.replace(/[\r\n]/g, ' ')), fc.constantFrom('=?x-unknown?B?SGFsbG8=?=', '=?utf-8?Q?Caf=C3=A9_=ZZ?=', '=?iso-8859-1?B?!!!?=', '=?utf-8?B?8J+YgA==?=')),
  messageId: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }).map((s) => `<fuzz.${s.replace(/[\s<>]/g, '_')}@example.org>`), fc.constantFrom('', '<>', 'no-brackets', '<a@b> <c@d>')),
  type: fc.oneof(
    fc.tuple(charset).map(([c]) => `text/plain; charset=${c}`),
    fc.constantFrom('multipart/mixed; boundary="b1"', 'multipart/alternative; boundary=', 'multipart/mixed', 'text/html; charset=utf-8', 'application/octet-stream', 'garbage/; ;;=', ''),
  ),
  cte,
  headers: fc.array(header, { maxLength: 4 }),
  body: bodyBytes,
  parts: fc.array(fc.record({ type: fc.constantFrom('text/plain; charset=iso-8859-1', 'text/html', 'image/png; name="a.png"', 'message/rfc822', ''), cte, body: bodyBytes }), { maxLength: 3 }),
  closeBoundary: fc.boolean(),
});
type MailCase = typeof mailCase extends fc.Arbitrary<infer T> ? T : never;

function rawMail(m: MailCase): Buffer {
  const lines: Buffer[] = [];
  const h = (s: string) => lines.push(Buffer.from(`${s}\r\n`, 'latin1'));
  if (m.headerFrom !== null) h(`From: ${Buffer.from(m.headerFrom, 'utf8').toString('latin1')}`);
  h(`To: ${TEST_INTAKE_ADDRESS}`);
  h(`Subject: ${Buffer.from(m.subject, 'utf8').toString('latin1')}`);
  if (m.messageId) h(`Message-ID: ${m.messageId}`);
  h('MIME-Version: 1.0');
  if (m.type) h(`Content-Type: ${m.type}`);
  if (m.cte) h(`Content-Transfer-Encoding: ${m.cte}`);
  for (const [k, v] of m.headers) h(`${k}: ${Buffer.from(v, 'utf8').toString('latin1')}`);
  h('');
  if (m.type.startsWith('multipart/') && m.parts.length) {
    for (const p of m.parts) {
      h('--b1');
      if (p.type) h(`Content-Type: ${p.type}`);
      if (p.cte) h(`Content-Transfer-Encoding: ${p.cte}`);
      h('');
      lines.push(p.body, Buffer.from('\r\n'));
    }
    if (m.closeBoundary) h('--b1--');
  } else {
    lines.push(m.body);
  }
  return Buffer.concat(lines);
}

/** Run `tasks` with at most `n` at a time. */
async function pool<T>(n: number, items: T[], fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

function expectCleanError(status: number, text: string, what: string): void {
  expect(status, `${what}: no 5xx`).to.be.below(500);
  if (status >= 400) {
    expect(() => JSON.parse(text), `${what}: JSON error body`).to.not.throw();
    expect((JSON.parse(text) as { error?: unknown }).error, `${what}: error object`).to.be.an('object');
    expect(text, `${what}: no stack trace`).to.not.match(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+/);
  }
}

describe('fuzz: generated malformed inputs on every intake (10,000 with FUZZ_SCALE=4)', function () {
  this.timeout(600_000);
  let svc: TestService;
  const failures: string[] = [];
  const statuses = new Map<string, number>();
  const count = (k: string) => statuses.set(k, (statuses.get(k) ?? 0) + 1);

  before(async () => {
    svc = await startTestService({ LOG_LEVEL: 'warn', WORKER_CONCURRENCY: '8' });
  });
  after(async () => {
    await svc?.stop();
  });

  it(`survives ${WEBHOOKS} webhooks, ${ACTIVITIES} Direct Line activities and ${MAILS} e-mails without a 5xx or a half-stored message`, async () => {
    // --- webhooks
    const webhooks = fc.sample(webhookCase, { numRuns: WEBHOOKS, seed: SEED });
    await pool(16, webhooks, async (c, i) => {
      const sig = c.sign === 'good' ? `sha256=${createHmac('sha256', TEST_APP_SECRET).update(c.body, 'latin1').digest('hex')}` : `sha256=${randomBytes(32).toString('hex')}`;
      const res = await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', body: Buffer.from(c.body, 'latin1'), headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig } });
      const text = await res.text();
      count(`webhook ${res.status}`);
      try {
        expectCleanError(res.status, text, `webhook #${i}`);
        if (c.sign === 'bad') expect(res.status).to.be.oneOf([401, 403]);
      } catch (err) {
        failures.push(`${(err as Error).message} — body ${c.body.slice(0, 300)}`);
      }
    });

    // --- Direct Line
    const convs: Array<{ conversationId: string; token: string }> = [];
    for (let k = 0; k < 20; k++) {
      const res = await fetch(`${svc.baseUrl}/v3/directline/conversations`, { method: 'POST' });
      convs.push((await res.json()) as { conversationId: string; token: string });
    }
    const unstarted = (await (await fetch(`${svc.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const activities = fc.sample(dlCase, { numRuns: ACTIVITIES, seed: SEED + 1 });
    await pool(16, activities, async (c, i) => {
      const conv = c.token === 'unstarted' ? unstarted : convs[c.conv]!;
      const auth =
        c.token === 'own' || c.token === 'unstarted'
          ? `Bearer ${conv.token}`
          : c.token === 'other'
            ? `Bearer ${convs[(c.conv + 1) % convs.length]!.token}`
            : c.token === 'garbage'
              ? `Bearer ${randomBytes(20).toString('base64')}`
              : undefined;
      const res = await fetch(`${svc.baseUrl}/v3/directline/conversations/${conv.conversationId}/activities`, {
        method: 'POST',
        headers: { ...(auth ? { authorization: auth } : {}), ...(c.contentType ? { 'content-type': c.contentType } : {}) },
        body: c.body,
      });
      const text = await res.text();
      count(`directline ${res.status}`);
      try {
        expectCleanError(res.status, text, `activity #${i}`);
        if (c.token === 'other') expect(res.status).to.equal(403);
        if (c.token === 'garbage' || c.token === 'none') expect(res.status).to.equal(401);
      } catch (err) {
        failures.push(`${(err as Error).message} — ${c.token} ${c.contentType} ${c.body.slice(0, 300)}`);
      }
    });

    // --- e-mail
    const mails = fc.sample(mailCase, { numRuns: MAILS, seed: SEED + 2 });
    const sessions = 8;
    await pool(sessions, Array.from({ length: sessions }, (_, k) => k), async (k) => {
      let s = await SmtpSession.open(svc.app.smtpPort);
      for (let i = k; i < mails.length; i += sessions) {
        const m = mails[i]!;
        const r = await s.send(m.from, [...m.rcpts], rawMail(m));
        count(`smtp ${r.code}`);
        if (r.code === 0 || r.code === 451 || r.code === 421) failures.push(`mail #${i}: ${r.step} ${r.text.trim()}`);
        if (s.isClosed) s = await SmtpSession.open(svc.app.smtpPort);
        else if (r.step === 'end' && r.code !== 250) await s.command('RSET');
      }
      await s.close();
    });

    console.log(`\nFUZZ RESULT ${WEBHOOKS + ACTIVITIES + MAILS} cases (seed ${SEED}): ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`);
    expect(failures.slice(0, 10), `${failures.length} failures`).to.deep.equal([]);

    // --- the service is up and the store consistent
    expect((await fetch(`${svc.baseUrl}/healthz`)).status).to.equal(200);
    const q = async (sql: string) => Number((await svc.app.db.query<{ n: string }>(sql)).rows[0]!.n);
    expect(await q(`SELECT count(*) AS n FROM conversations c WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id)`), 'conversations without messages').to.equal(0);
    expect(
      await q(`SELECT count(*) AS n FROM (SELECT conversation_id FROM messages GROUP BY conversation_id HAVING count(*) <> max(seq) - min(seq) + 1) g`),
      'conversations with gaps in seq',
    ).to.equal(0);
    expect(await q(`SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.channel <> c.channel`), 'channel mismatch').to.equal(0);
    expect(await q(`SELECT count(*) AS n FROM attachments a WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = a.message_id)`)).to.equal(0);
    await eventually(async () => (await q(`SELECT count(*) AS n FROM messages WHERE direction = 'in' AND processed_at IS NULL`)) === 0, 'every stored turn processed', 240_000);
    const crashes = svc.logLines.filter((l) => /"level":(50|60)/.test(l) && /unhandled|uncaught/i.test(l));
    expect(crashes.slice(0, 3)).to.deep.equal([]);
  });
});
