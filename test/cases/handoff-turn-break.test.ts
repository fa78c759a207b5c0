/**
 * Tester's probes of the one-statement handoff turn (commits 2fec2c5, 60e19a1).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { eventually, startTestService, type TestService } from '../support/service.js';
import { botReply, HANDOFF_CTX, handoffHelpers, KLACHT } from './handoff-fixtures.js';

describe('handoff turn in one statement: PGlite (DATABASE_URL unset)', function () {
  this.timeout(120_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService({ DATABASE_URL: undefined as unknown as string, PGLITE_DIR: join(mkdtempSync(join(tmpdir(), 'hb-')), 'pg') });
  });
  after(async () => svc?.stop());
  const { post, q } = handoffHelpers(() => svc, '31698840');

  it('a new resident with a klacht: queued, one case, its reference in the one reply', async () => {
    expect(svc.app.db.kind).to.equal('pglite');
    const wamid = await post('31698840001', KLACHT);
    const conv = await eventually(async () => (await q<{ conversation_id: string }>(`SELECT conversation_id FROM messages WHERE provider_message_id = $1`, [wamid]))[0]?.conversation_id, 'stored');
    await eventually(async () => (await q(`SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'in' AND processed_at IS NULL`, [conv])).length === 0, 'processed', 30_000);
    const cases = await svc.app.cases.forConversation(conv);
    expect(cases).to.have.length(1);
    const out = await q<{ text: string }>(`SELECT text FROM messages WHERE conversation_id = $1 AND direction = 'out'`, [conv]);
    expect(out).to.have.length(1);
    expect(out[0]!.text).to.contain(cases[0]!.reference);
  });
});

describe('handoff turn in one statement: an agent creates a case at the same moment (real PostgreSQL)', function () {
  this.timeout(120_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService();
    await svc.app.db.query(
      `INSERT INTO agents (id, username, display_name, password_hash, role) VALUES ('00000000-0000-0000-0000-000000000001', 'anna', 'Anna Agent', 'x', 'agent')`,
    );
  });
  after(async () => svc?.stop());

  const { pendingConversation } = handoffHelpers(() => svc, '31698850');
  const ctx = HANDOFF_CTX;
  const reply = botReply;

  /**
   * createForConversation (the real one), paused right after its counter statement (createInTx),
   * i.e. holding the counter row and about to append its message (the conversation row).
   */
  function pausedCreate(convId: string) {
    const db = svc.app.db as { transaction: (fn: (tx: { query: Function }) => Promise<unknown>) => Promise<unknown> };
    const transaction = db.transaction.bind(db);
    let resume!: () => void;
    const go = new Promise<void>((r) => (resume = r));
    let paused!: () => void;
    const atPause = new Promise<void>((r) => (paused = r));
    db.transaction = (fn) =>
      transaction((tx) =>
        fn({
          query: async (sql: string, params: unknown[]) => {
            const r = await tx.query(sql, params);
            if (sql.includes('case_reference_counters')) {
              paused();
              await go;
            }
            return r;
          },
        }),
      );
    const done = svc.app.cases
      .createForConversation(convId, { id: '00000000-0000-0000-0000-000000000001', displayName: 'Anna Agent' } as never, 'klacht')
      .then(() => null, (e: unknown) => e);
    return { atPause, resume, done, restore: () => (db.transaction = transaction as never) };
  }

  it('createForConversation holds the counter while the turn statement takes the conversation: no deadlock, one case', async () => {
    const one = await pendingConversation();
    const agent = pausedCreate(one.conv.id);
    const early = await Promise.race([agent.atPause.then(() => 'paused'), agent.done]);
    expect(early, 'createForConversation reached its counter statement').to.equal('paused');
    agent.restore();
    const part = svc.app.cases.handoffPart(one.conv, ctx)!;
    const statement = svc.app.store
      .completeTurnWith(one.conv.id, one.msgId, reply(one.msgId), null, undefined, (p) => [svc.app.handoff.queuePart(p, one.conv.id, ctx), part.part(p)])
      .then(() => null, (e: unknown) => e);
    await new Promise((r) => setTimeout(r, 300)); // the statement holds the conversation, waits for the counter
    agent.resume();
    const [agentErr, turnErr] = await Promise.all([agent.done, statement]);
    const code = (e: unknown) => (e ? `${(e as { code?: string }).code} ${String(e)}` : null);
    expect(code(agentErr), 'agent').to.equal(null);
    // The turn may take its transaction (22012), but must not be killed as a deadlock victim.
    if (turnErr) expect((turnErr as { code?: string }).code, code(turnErr)!).to.equal('22012');
  });
});
