import DataLoader from 'dataloader';
import { ConversationNotFound, type IntakeReceipt } from '../../channels/contract.js';
import { isDivisionByZero, type Queryable } from './db.js';

/** Most inbound messages one batch statement stores; more start the next batch. */
export const DEFAULT_INBOUND_BATCH_MAX = 100;

/**
 * Batch statements in flight at once. While they run, new messages gather into the next batch
 * (group commit): under light load every message is written in the event-loop turn it arrived
 * in, under a burst the batches grow instead of the queue of statements.
 */
export const INBOUND_BATCHES_IN_FLIGHT = 2;

/**
 * Fewest messages worth the batch statement. Fewer go by the one-message statement each: under
 * a steady trickle (200 messages/s, one at a time) the batch statement, built for many rows,
 * cost PostgreSQL ≈ 0.55 ms more CPU per message than the one-message statement and delayed the
 * replies (`npm run bench -- --only paced`, README).
 */
export const INBOUND_BATCH_MIN = 2;

/**
 * One inbound message as the batch statement stores it: the columns of `messages`, the
 * conversation it belongs to (channel + external id) and what a new conversation needs.
 */
export interface InboundRow {
  channel: string;
  externalId: string;
  /** The resident's address on the channel (wa_id, web chat user id), for a new conversation. */
  address: string;
  sentAt: Date;
  /** Merged into the conversation's `channel_state` (top-level keys, later messages win). */
  channelState: Record<string, unknown>;
  /** The new message's id (uuid). */
  id: string;
  senderName: string | null;
  /** `messages.idempotency_key`: `${channel}:${providerMessageId}`. */
  key: string;
  providerMessageId: string;
  text: string | null;
  /** The Bot Framework Activity as stored (JSON). */
  activity: Record<string, unknown>;
  /** Ids for a resident and a conversation, used only when the statement creates them (uuid). */
  newResidentId: string;
  newConversationId: string;
  /** Store only into an existing conversation (InboundMessage.existingConversationOnly). */
  existingOnly: boolean;
}

/**
 * PostgreSQL errors after which the messages of a batch are stored one by one instead: a
 * concurrent writer in the way, or one message's data that PostgreSQL refuses (class 22, data
 * exception: a date out of range, say), which then fails that message alone and not the other
 * residents' messages of its batch.
 */
const RETRY_ALONE = new Set([
  '23505', // unique_violation: a concurrent creator of a conversation, resident or address
  '40P01', // deadlock_detected
  '40001', // serialization_failure
]);
const retryAlone = (code: string) => RETRY_ALONE.has(code) || code.startsWith('22');

/**
 * The batch statement ($1: the messages as a JSON array, each with `ord`, its place in the batch;
 * $2, $3, $4: their keys, external ids and addresses as arrays, so that every table is read by
 * its index also in a generic plan, where the planner guesses 100 rows for `jsonb_to_recordset`).
 *
 * - `prior`: messages whose idempotency key is stored already (duplicates; nothing is written);
 * - `grp`: the conversations of the others, with the number of new messages, the newest sent
 *   time and their channel states merged in order;
 * - `locked` / `c`: the existing conversations, locked in id order (two batches never wait for
 *   each other in a cycle), bumped by `n` as {@link BUMP_FOR_INBOUND} does for one message:
 *   `last_seq`, `last_inbound_at`, `channel_state`, a closed conversation reopened under the bot;
 * - `fresh` … `nc`: the conversations that do not exist yet, with their resident (found by the
 *   address, or new) — as the one-message statement creates them — by the first message that
 *   may start one; when every message of it may only continue one (`existing_only`), none is
 *   created and they come back with neither id (a conversation's start message and its first
 *   activity in one batch: the start creates it, the activity joins it);
 * - `numbered` / `ins`: the messages, numbered per conversation from its old `last_seq`.
 *
 * A duplicate committed by a concurrent writer after the statement's snapshot makes an insert do
 * nothing: then `guard` divides by zero and the whole statement is undone, as in the
 * one-message statement.
 */
const BATCH_SQL = `WITH input AS (
   SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
     ord int, channel text, external_id text, address text, sent_at timestamptz, channel_state jsonb,
     id uuid, sender_name text, key text, provider_message_id text, text text, activity jsonb,
     new_resident_id uuid, new_conversation_id uuid, existing_only boolean)),
 prior AS (SELECT m.idempotency_key AS key, m.id, m.conversation_id, m.seq FROM messages m
            WHERE m.idempotency_key = ANY($2::text[])),
 todo AS (SELECT i.* FROM input i WHERE NOT EXISTS (SELECT 1 FROM prior p WHERE p.key = i.key)),
 grp AS (
   SELECT t.channel, t.external_id, count(*)::int AS n, max(t.sent_at) AS newest,
          (array_agg(t.address ORDER BY t.existing_only, t.ord))[1] AS address,
          (array_agg(t.sender_name ORDER BY t.existing_only, t.ord))[1] AS sender_name,
          (array_agg(t.new_resident_id ORDER BY t.existing_only, t.ord))[1] AS new_resident_id,
          (array_agg(t.new_conversation_id ORDER BY t.existing_only, t.ord))[1] AS new_conversation_id,
          bool_and(t.existing_only) AS existing_only,
          COALESCE((SELECT jsonb_object_agg(e.key, e.value ORDER BY s.ord)
                      FROM todo s CROSS JOIN LATERAL jsonb_each(s.channel_state) e
                     WHERE s.channel = t.channel AND s.external_id = t.external_id), '{}'::jsonb) AS state
     FROM todo t GROUP BY t.channel, t.external_id),
 locked AS (
   SELECT cv.id FROM conversations cv JOIN grp g ON cv.channel = g.channel AND cv.external_id = g.external_id
    WHERE cv.external_id = ANY($3::text[])
    ORDER BY cv.id FOR UPDATE OF cv),
 c AS (
   UPDATE conversations cv
      SET last_seq = cv.last_seq + g.n,
          last_inbound_at = GREATEST(COALESCE(cv.last_inbound_at, g.newest), g.newest),
          channel_state = cv.channel_state || g.state,
          control = CASE WHEN cv.control = 'closed' THEN 'bot' ELSE cv.control END,
          assigned_agent_id = CASE WHEN cv.control = 'closed' THEN NULL ELSE cv.assigned_agent_id END,
          updated_at = now()
     FROM grp g, locked l
    WHERE l.id = cv.id AND cv.channel = g.channel AND cv.external_id = g.external_id
   RETURNING cv.id, cv.channel, cv.external_id, cv.last_seq, g.n),
 fresh AS (SELECT g.* FROM grp g
            WHERE NOT g.existing_only AND NOT EXISTS (SELECT 1 FROM c WHERE c.channel = g.channel AND c.external_id = g.external_id)),
 known AS (SELECT f.channel, f.external_id, ra.resident_id FROM fresh f
             JOIN resident_addresses ra ON ra.channel = f.channel AND ra.address = f.address
            WHERE ra.address = ANY($4::text[])),
 nr AS (INSERT INTO residents (id, display_name)
        SELECT f.new_resident_id, f.sender_name FROM fresh f
         WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.channel = f.channel AND k.external_id = f.external_id)
        RETURNING id),
 na AS (INSERT INTO resident_addresses (channel, address, resident_id)
        SELECT f.channel, f.address, nr.id FROM nr JOIN fresh f ON f.new_resident_id = nr.id
        RETURNING resident_id),
 r AS (SELECT channel, external_id, resident_id FROM known
       UNION ALL SELECT f.channel, f.external_id, na.resident_id FROM na JOIN fresh f ON f.new_resident_id = na.resident_id),
 nc AS (
   INSERT INTO conversations (id, channel, external_id, resident_id, address, last_seq, last_inbound_at, channel_state)
   SELECT f.new_conversation_id, f.channel, f.external_id, r.resident_id, f.address, f.n, f.newest, f.state
     FROM fresh f JOIN r ON r.channel = f.channel AND r.external_id = f.external_id
   RETURNING id, channel, external_id, last_seq, last_seq AS n),
 allc AS (SELECT * FROM c UNION ALL SELECT * FROM nc),
 numbered AS (
   SELECT t.*, a.id AS conversation_id,
          a.last_seq - a.n + row_number() OVER (PARTITION BY a.id ORDER BY t.ord) AS seq
     FROM todo t JOIN allc a ON a.channel = t.channel AND a.external_id = t.external_id),
 ins AS (
   INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, channel,
                         idempotency_key, provider_message_id, text, activity, status)
   SELECT id, conversation_id, seq, 'in', 'resident', sender_name, channel, key, provider_message_id, text, activity, 'received'
     FROM numbered
   ON CONFLICT (idempotency_key) DO NOTHING RETURNING id)
 SELECT i.ord, p.id AS prior_id, p.conversation_id AS prior_conversation_id, p.seq AS prior_seq,
        n.conversation_id, n.seq,
        (SELECT 1 / (CASE WHEN (SELECT count(*) FROM ins) = (SELECT count(*) FROM numbered) THEN 1 ELSE 0 END)) AS guard
   FROM input i LEFT JOIN prior p ON p.key = i.key LEFT JOIN numbered n ON n.key = i.key`;

/**
 * Group commit of inbound messages: the messages handed in while the event loop runs the
 * callbacks that are ready (a burst of webhooks read together) are stored by one statement,
 * with at most {@link INBOUND_BATCHES_IN_FLIGHT} such statements running; the next batch
 * gathers meanwhile. Each caller still gets its own receipt once its batch committed. The
 * batching itself is DataLoader's (cache off: each message is stored, never answered from
 * memory).
 *
 * The statement does what the one-message statement of {@link MessageStore.storeInbound} does,
 * for many messages: duplicates by idempotency key come back as such, existing conversations
 * are bumped, new residents and conversations are created, `seq` stays gap-free and follows the
 * order of arrival. When a concurrent writer got in the way (a unique key, a deadlock, a
 * duplicate committed meanwhile) the statement is undone whole and every message of it is
 * stored alone by the caller's `alone`, on the path that handles every race.
 */
export class InboundBatcher {
  private readonly loader: DataLoader<BatchItem, IntakeReceipt>;
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  /**
   * @param db where to write (a pool: the batches in flight use one connection each)
   * @param maxBatch most messages per statement (≥ 1)
   */
  constructor(private readonly db: Queryable, maxBatch = DEFAULT_INBOUND_BATCH_MAX) {
    this.loader = new DataLoader((rows) => this.run(rows), {
      cache: false,
      maxBatchSize: maxBatch,
      batchScheduleFn: (dispatch) => setImmediate(() => this.whenFree(dispatch)),
    });
  }

  /**
   * Store one message with the next batch.
   * @param alone stores this message by itself, on the path that handles every race; called
   *   when the batch was undone (see the class comment), in order of arrival per conversation
   * @returns its receipt (`duplicate` when its key was stored before or earlier in the batch)
   * @throws the database's error when the statement failed for another reason (connection
   *   lost, …), or `alone`'s: the message may not be stored and must not be acknowledged
   */
  store(row: InboundRow, alone: () => Promise<IntakeReceipt>): Promise<IntakeReceipt> {
    return this.loader.load({ row, alone });
  }

  private whenFree(dispatch: () => void): void {
    if (this.inFlight < INBOUND_BATCHES_IN_FLIGHT) dispatch();
    else this.waiting.push(dispatch);
  }

  private async run(items: readonly BatchItem[]): Promise<Array<IntakeReceipt | Error>> {
    if (items.length < INBOUND_BATCH_MIN) {
      // Not a statement of this batcher's: the next batch need not wait for it.
      this.waiting.shift()?.();
      return this.oneByOne(items);
    }
    this.inFlight++;
    let receipts: Array<IntakeReceipt | ConversationNotFound | null>;
    try {
      receipts = await this.write(items.map((i) => i.row));
    } catch (err) {
      return items.map(() => err as Error);
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
    if (receipts.every((r) => r !== null)) return receipts as Array<IntakeReceipt | ConversationNotFound>;
    return this.oneByOne(items);
  }

  /**
   * Each message by its caller's `alone`: each conversation's messages in order of arrival (as
   * one webhook's messages are), the conversations side by side; those that may start their
   * conversation go before those that may only continue it (an activity that came before its
   * conversation's start in the same batch is stored after the start, as the batch statement
   * stores it, not refused).
   */
  private async oneByOne(items: readonly BatchItem[]): Promise<Array<IntakeReceipt | Error>> {
    const out: Array<IntakeReceipt | Error> = new Array(items.length);
    const byConversation = new Map<string, number[]>();
    items.forEach((item, i) => {
      const k = `${item.row.channel}\u0000${item.row.externalId}`;
      const indexes = byConversation.get(k);
      if (indexes) indexes.push(i);
      else byConversation.set(k, [i]);
    });
    for (const indexes of byConversation.values()) {
      indexes.sort((a, b) => Number(items[a]!.row.existingOnly) - Number(items[b]!.row.existingOnly) || a - b);
    }
    await Promise.all([...byConversation.values()].map(async (indexes) => {
      for (const i of indexes) {
        try {
          out[i] = await items[i]!.alone();
        } catch (err) {
          out[i] = err as Error;
        }
      }
    }));
    return out;
  }

  /**
   * @returns per row its receipt, a {@link ConversationNotFound} (existing-only, no conversation),
   *   or null for every row when the statement was undone
   */
  private async write(rows: readonly InboundRow[]): Promise<Array<IntakeReceipt | ConversationNotFound | null>> {
    // The same provider message twice in one batch: the first is stored, the others are its
    // duplicates (as two concurrent deliveries on the one-message path).
    const ordOf = new Map<string, number>();
    const unique: Array<InboundRow & { ord: number }> = [];
    for (const row of rows) {
      if (ordOf.has(row.key)) continue;
      ordOf.set(row.key, unique.length);
      unique.push({ ...row, ord: unique.length });
    }
    let result;
    try {
      result = await this.db.query<{
        ord: number;
        prior_id: string | null;
        prior_conversation_id: string | null;
        prior_seq: string | number | null;
        conversation_id: string | null;
        seq: string | number | null;
      }>(BATCH_SQL, [
        JSON.stringify(unique.map(toJson)),
        unique.map((u) => u.key),
        [...new Set(unique.map((u) => u.externalId))],
        [...new Set(unique.map((u) => u.address))],
      ]);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (isDivisionByZero(err) || (typeof code === 'string' && retryAlone(code))) return rows.map(() => null);
      throw err;
    }
    const byOrd = new Map<number, IntakeReceipt>();
    for (const r of result.rows) {
      if (r.prior_id) {
        byOrd.set(r.ord, { messageId: r.prior_id, conversationId: r.prior_conversation_id!, seq: Number(r.prior_seq), duplicate: true });
      } else if (r.conversation_id) {
        byOrd.set(r.ord, { messageId: unique[r.ord]!.id, conversationId: r.conversation_id, seq: Number(r.seq), duplicate: false });
      }
    }
    const firstOf = new Set<string>();
    return rows.map((row) => {
      const receipt = byOrd.get(ordOf.get(row.key)!);
      if (!receipt) return new ConversationNotFound();
      if (firstOf.has(row.key)) return { ...receipt, duplicate: true };
      firstOf.add(row.key);
      return receipt;
    });
  }
}

/** What a caller hands in: the row, and how to store it alone should the batch be undone. */
interface BatchItem {
  row: InboundRow;
  alone: () => Promise<IntakeReceipt>;
}

function toJson(row: InboundRow & { ord: number }): Record<string, unknown> {
  return {
    ord: row.ord,
    channel: row.channel,
    external_id: row.externalId,
    address: row.address,
    sent_at: row.sentAt.toISOString(),
    channel_state: row.channelState,
    id: row.id,
    sender_name: row.senderName,
    key: row.key,
    provider_message_id: row.providerMessageId,
    text: row.text,
    activity: row.activity,
    new_resident_id: row.newResidentId,
    new_conversation_id: row.newConversationId,
    existing_only: row.existingOnly,
  };
}
