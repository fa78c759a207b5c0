/**
 * Baseline servers for `npm run bench`, each in its own process so the ratios compare like
 * with like: the same express version, the same request bodies, the same PostgreSQL table.
 *
 * - `BENCH_MODE=bare`: an express endpoint that reads the body and answers 200.
 * - `BENCH_MODE=insert`: the same, plus one INSERT of the message into a `messages` table of
 *   the service's own shape (the service's migrations, in a fresh schema), through a `pg` pool
 *   opened with the service's settings (`openDb`).
 *
 * Env: PORT, BENCH_MODE, and for `insert` DATABASE_URL and DATABASE_SCHEMA.
 * Prints `ready` on stdout once listening.
 */
import { randomUUID } from 'node:crypto';
import express from 'express';
import { openDb, type Db } from '../src/store/db.js';

/** Provider id and text of a WhatsApp webhook or a Direct Line activity body. */
function extractMessage(body: unknown): { providerId: string; text: string | null; channel: 'whatsapp' | 'webchat' } {
  const b = body as any;
  const wa = b?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (wa) return { channel: 'whatsapp', providerId: String(wa.id), text: wa.text?.body ?? null };
  const cid = b?.channelData?.clientActivityID;
  return { channel: 'webchat', providerId: typeof cid === 'string' ? cid : randomUUID(), text: typeof b?.text === 'string' ? b.text : null };
}

async function main(): Promise<void> {
  const mode = process.env.BENCH_MODE;
  const port = Number(process.env.PORT);
  if (mode !== 'bare' && mode !== 'insert') throw new Error('BENCH_MODE must be bare or insert');

  let db: Db | null = null;
  let conversationId = '';
  let seq = 0;
  if (mode === 'insert') {
    db = await openDb({ url: process.env.DATABASE_URL, pgliteDir: '', schema: process.env.DATABASE_SCHEMA! });
    const residentId = randomUUID();
    conversationId = randomUUID();
    await db.query(`INSERT INTO residents (id) VALUES ($1)`, [residentId]);
    await db.query(`INSERT INTO conversations (id, channel, external_id, resident_id, address) VALUES ($1, 'whatsapp', 'bench', $2, 'bench')`, [
      conversationId,
      residentId,
    ]);
  }

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post(/.*/, express.raw({ type: () => true, limit: '4mb' }), async (req, res) => {
    if (!db) {
      res.status(200).json({ ok: true });
      return;
    }
    try {
      const msg = extractMessage(JSON.parse((req.body as Buffer).toString('utf8')));
      await db.query(
        `INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, channel,
                               idempotency_key, provider_message_id, text, activity, status)
         VALUES ($1, $2, $3, 'in', 'resident', NULL, $4, $5, $6, $7, $8::jsonb, 'received')
         ON CONFLICT (idempotency_key) DO NOTHING`,
        [
          randomUUID(),
          conversationId,
          ++seq,
          msg.channel,
          `${msg.channel}:${msg.providerId}`,
          msg.providerId,
          msg.text,
          JSON.stringify({ type: 'message', text: msg.text }),
        ],
      );
      res.status(200).json({ ok: true });
    } catch (err) {
      res.status(500).json({ error: (err as Error).message });
    }
  });
  const server = app.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void (db?.close() ?? Promise.resolve()).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`baseline failed: ${(err as Error).message}\n`);
  process.exit(1);
});
