/**
 * `npx tsx bench/statements.ts [N]`: what the turn path's statements cost PostgreSQL.
 *
 * Runs the store's statements (and a new resident's handoff turn, as the transaction and as one
 * statement) one at a time on one connection against a fresh schema and reads
 * the CPU time of that connection's backend process from /proc (user + system, 10 ms ticks, so
 * N operations are averaged; default N = 1000). Complements `npm run bench`, whose per-message
 * CPU split shows PostgreSQL's share but not which statements make it.
 * Linux with a local PostgreSQL only (the backend's /proc entry must be readable).
 */
import { randomUUID } from 'node:crypto';
import { openDb } from '../src/store/db.js';
import type { HandoffContext } from '../dialogs/ports.js';
import { CaseService } from '../src/cases/service.js';
import { systemClock } from '../src/cases/deadlines.js';
import { HandoffService } from '../src/handoff.js';
import { MessageStore, type NewOutbound } from '../src/store/messages.js';
import type { ConversationRecord } from '../src/store/records.js';
import { dropSchema } from '../test/support/service.js';
import { processCpuMs } from './cpu.js';

const DATABASE_URL = process.env.DATABASE_URL_TEST ?? process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const N = Number(process.argv[2] ?? 1000);

async function main(): Promise<void> {
  const schema = `bench_stmt_${randomUUID().slice(0, 8)}`;
  const db = await openDb({ url: DATABASE_URL, pgliteDir: '', schema, poolSize: 1 });
  const store = new MessageStore(db);
  const pid = Number((await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
  const rows: Array<{ operation: string; pgCpuUsPerOp: number; wallUsPerOp: number }> = [];
  async function measure(operation: string, fn: (i: number) => Promise<unknown>): Promise<void> {
    const c0 = processCpuMs(pid);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await fn(i);
    rows.push({
      operation,
      pgCpuUsPerOp: Math.round(((processCpuMs(pid) - c0) * 1000) / N),
      wallUsPerOp: Math.round(((performance.now() - t0) * 1000) / N),
    });
  }
  const convs: Array<{ conversationId: string; messageId: string }> = [];
  try {
    await measure('SELECT 1 (round trip floor)', () => db.query('SELECT 1'));
    // What the insert-only baseline of `npm run bench` does per request (bench/baseline.ts).
    const base = (await store.storeInbound({ channel: 'webchat', externalId: 'bench-base', address: 'bench-base', providerMessageId: 'bench-base:0', activity: { type: 'message', text: 'start' } })).conversationId;
    await measure('plain INSERT of a message (insert-only baseline)', (i) =>
      db.query(
        `INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, channel,
                               idempotency_key, provider_message_id, text, activity, status)
         VALUES ($1, $2, $3, 'in', 'resident', NULL, 'webchat', $4, $4, $5, $6::jsonb, 'received')
         ON CONFLICT (idempotency_key) DO NOTHING`,
        [randomUUID(), base, i + 2, `bench-base:${i + 1}`, 'Nog een vraag erbij.', JSON.stringify({ type: 'message', text: 'Nog een vraag erbij.' })],
      ),
    );
    await measure('storeInbound, new conversation', async (i) => {
      const r = await store.storeInbound({
        channel: 'whatsapp',
        externalId: `bench:${i}`,
        address: `3160000${i}`,
        providerMessageId: `wamid.bench.${i}`,
        activity: { type: 'message', text: 'Mijn thuiszorg komt al twee weken niet meer. Wat kan ik doen?' },
      });
      convs.push({ conversationId: r.conversationId, messageId: r.messageId });
    });
    await measure('storeInbound, known conversation', (i) =>
      store.storeInbound({
        channel: 'whatsapp',
        externalId: `bench:${i}`,
        address: `3160000${i}`,
        providerMessageId: `wamid.bench.b${i}`,
        activity: { type: 'message', text: 'Nog een vraag erbij.' },
      }),
    );
    await measure('getConversation', (i) => store.getConversation(convs[i]!.conversationId));
    await measure('pendingTurn', (i) => store.pendingTurn(convs[i]!.conversationId));
    await measure('completeTurn, one reply', (i) =>
      store.completeTurn(
        convs[i]!.conversationId,
        convs[i]!.messageId,
        [
          {
            senderRole: 'bot',
            senderName: 'Digitale assistent',
            activity: { type: 'message', text: 'Dank u wel. Een medewerker neemt contact met u op.' },
            idempotencyKey: `bot:${convs[i]!.messageId}:0`,
            replyToId: convs[i]!.messageId,
          },
        ],
        { classification: '{"bodies":["gemeente-wmo"]}', lang: 'nl', urgency: 'normaal' },
      ),
    );
    // A new resident's handoff turn with a new klacht (reply, queue change, case, reference in
    // the reply): the transaction the turn processor falls back to, and its one statement.
    const handoff = new HandoffService({} as never);
    const cases = new CaseService({ store, clock: systemClock, settings: { reminderWorkingDays: [10, 2] } } as never);
    const ctx = {
      reason: 'resident-asked',
      classification: { kind: 'klacht', bodies: ['zorgaanbieder'], law: [], urgency: 'normaal' },
      team: { id: 'wmo', name: 'Wmo' },
      summary: 'thuiszorg komt niet',
      lang: 'nl',
    } as unknown as HandoffContext;
    const pending = async (tag: string) => {
      const list: Array<{ conv: ConversationRecord; msgId: string; reply: NewOutbound[] }> = [];
      for (let i = 0; i < N; i++) {
        const r = await store.storeInbound({ channel: 'whatsapp', externalId: `bench:${tag}:${i}`, address: `3161${i}`, providerMessageId: `wamid.bench.${tag}.${i}`, activity: { type: 'message', text: 'Ik heb een klacht.' } });
        const reply: NewOutbound[] = [{ senderRole: 'bot', senderName: 'Digitale assistent', activity: { type: 'message', text: 'Ik geef u door aan een medewerker.' }, idempotencyKey: `bot:${r.messageId}:0`, replyToId: r.messageId }];
        list.push({ conv: (await store.getConversation(r.conversationId))!, msgId: r.messageId, reply });
      }
      return list;
    };
    const cols = { classification: '{"bodies":["zorgaanbieder"]}', lang: 'nl', urgency: 'normaal' };
    const viaTx = await pending('tx');
    await measure('handoff turn with a new case, transaction (BEGIN, 3 statements, COMMIT)', (i) =>
      db.transaction(async (tx) => {
        await handoff.queueInTx(tx, viaTx[i]!.conv.id, ctx);
        await store.completeTurn(viaTx[i]!.conv.id, viaTx[i]!.msgId, viaTx[i]!.reply, cols, tx);
        await cases.onHandoffInTx(tx, viaTx[i]!.conv, ctx);
      }),
    );
    const alone = await pending('one');
    await measure('handoff turn with a new case, one statement (completeTurnWith)', async (i) => {
      const part = cases.handoffPart(alone[i]!.conv, ctx)!;
      const r = await store.completeTurnWith(alone[i]!.conv.id, alone[i]!.msgId, alone[i]!.reply, cols, undefined, (p) => [
        handoff.queuePart(p, alone[i]!.conv.id, ctx),
        part.part(p),
      ]);
      part.settle(r.extra);
    });
    process.stdout.write(`PostgreSQL backend CPU per statement, ${N} each (µs)\n\n| operation | PostgreSQL CPU µs | wall µs |\n|---|---|---|\n`);
    for (const r of rows) process.stdout.write(`| ${r.operation} | ${r.pgCpuUsPerOp} | ${r.wallUsPerOp} |\n`);
  } finally {
    await db.close();
    await dropSchema(schema);
  }
}

main().catch((err) => {
  process.stderr.write(`bench/statements failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
