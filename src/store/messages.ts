import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import {
  ConversationNotFound,
  type ChannelId,
  type DeliveryStatusUpdate,
  type InboundMessage,
  type IntakeReceipt,
  type TranscriptEntry,
} from '../../channels/contract.js';
import { isDivisionByZero, SqlParams, type Db, type Queryable } from './db.js';
import { DEFAULT_INBOUND_BATCH_MAX, InboundBatcher, type InboundRow } from './inbound-batch.js';
import { toConversation, toMessage, type ConversationRecord, type MessageRecord, type SenderRole } from './records.js';

/** Raised inside a transaction when a concurrent writer stored the same provider message first. */
class ConcurrentDuplicate extends Error {}

/** Outbound message to append to a conversation. */
export interface NewOutbound {
  senderRole: Exclude<SenderRole, 'resident'>;
  senderName: string;
  agentId?: string | null;
  activity: Partial<Activity>;
  /** Unique key, e.g. `out:{inboundId}:{n}` for bot replies: a re-run stores nothing twice. */
  idempotencyKey: string;
  replyToId?: string | null;
}

/** An outbound message of a turn; `variant` (default 0: always) see {@link TurnStatementPart.variant}. */
export type TurnItem = NewOutbound & { variant?: number };

/**
 * The conversation columns a turn sets ({@link classificationColumns}): the classification as
 * JSON text (null: keep), its language and the urgency (null: keep).
 */
export interface TurnClassification {
  classification: string | null;
  lang: string | null;
  urgency: string | null;
}

/**
 * More of a turn's completion statement ({@link MessageStore.completeTurnWith}), written by
 * another module with the statement's {@link SqlParams}. The turn's own CTEs: `items` (the
 * items of the chosen variant), `prior` (those stored already), `fresh` (the rest, with `n`),
 * `c` (the conversation's UPDATE, returning `id`, `last_seq`, `channel`), `ins` (the inserted
 * messages) and `done` (the inbound message marked processed).
 */
export interface TurnStatementPart {
  /** CTEs before the turn's own (they cannot read those), e.g. a count the variant depends on. */
  first?: string[];
  /**
   * SQL (an integer) of the item variant to store: items of variant 0 and of this one are kept,
   * the others are dropped before anything is read or written. The first part's counts.
   */
  variant?: string;
  /** More `column = expression` assignments for `c` (expressions see the row as it was). */
  set?: string[];
  /** CTEs after `c`, before the inserts (they may read `c` and `fresh`). */
  middle?: string[];
  /**
   * Name of a CTE of at most one row with a text column `tail`: appended to the newest of the
   * turn's fresh bot replies with text (column `text` and the activity's text) as it is inserted.
   */
  tell?: string;
  /** CTEs after the inserts (they may read all the above). */
  last?: string[];
  /** Values to return, name → SQL expression (the status row's JSON `extra`). */
  extra?: Record<string, string>;
  /**
   * No item may be stored already: when one is, the statement divides by zero (SQLSTATE 22012,
   * {@link isDivisionByZero}) and is undone whole, for the caller to take another path.
   */
  freshOnly?: boolean;
  /**
   * The part reads other rows (e.g. the conversation's cases) with the statement's snapshot,
   * taken before the conversation's row lock; a transaction reads them after it. So the
   * conversation must be as the snapshot saw it: when the UPDATE had to wait for a concurrent
   * writer of the row (an agent's transaction, a resident's next message) and found it changed,
   * the statement divides by zero (SQLSTATE 22012) and is undone whole, for the caller to take
   * its transaction.
   */
  unchangedConversation?: boolean;
}

/**
 * What the case checks of a resident message ({@link CaseHooks.onInbound}) would read, read with
 * the turn ({@link MessageStore.pendingTurn}) instead of by statements of their own.
 */
export interface TurnCaseHints {
  /** A case waits for this conversation's answer to its follow-up question. */
  awaitsFollowUp: boolean;
  /** The newest case of the conversation that may still go formal (ontvangen, informeel, opgelost), or null. */
  openCaseId: string | null;
}

/**
 * Bump a conversation (channel $1, external id $2) for an inbound message: next seq, newest
 * inbound time ($3), channel state merged with $4, a closed conversation reopened under the bot.
 * Parameters as {@link inboundParams}; callers add conditions and RETURNING.
 */
const BUMP_FOR_INBOUND = `UPDATE conversations
   SET last_seq = last_seq + 1,
       last_inbound_at = GREATEST(COALESCE(last_inbound_at, $3), $3),
       channel_state = channel_state || $4::jsonb,
       control = CASE WHEN control = 'closed' THEN 'bot' ELSE control END,
       assigned_agent_id = CASE WHEN control = 'closed' THEN NULL ELSE assigned_agent_id END,
       updated_at = now()
 WHERE channel = $1 AND external_id = $2`;

/** Insert the inbound message with the seq of CTE `c` (see {@link BUMP_FOR_INBOUND}); nothing for a known key. */
const INSERT_INBOUND = `INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, channel,
                      idempotency_key, provider_message_id, text, activity, status)
SELECT $5, c.id, c.last_seq, 'in', 'resident', $6, $1, $7, $8, $9, $10::jsonb, 'received' FROM c
ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`;

/**
 * Parameters $1–$10 of the inbound statements: channel, conversation key, sent time, channel
 * state, message id, sender name, idempotency key, provider id, text, activity (JSON).
 */
function inboundParams(msg: InboundMessage, externalId: string, id: string, key: string): unknown[] {
  return [
    msg.channel,
    externalId,
    msg.sentAt ?? new Date(),
    JSON.stringify(msg.channelState ?? {}),
    id,
    msg.displayName ?? null,
    key,
    msg.providerMessageId,
    typeof msg.activity.text === 'string' ? msg.activity.text : null,
    JSON.stringify({ ...msg.activity, attachments: msg.attachments?.length ? attachmentsOf(msg) : msg.activity.attachments }),
  ];
}

/** An inbound message without attachments as the batch statement stores it ({@link InboundBatcher}). */
function inboundRow(msg: InboundMessage, externalId: string, key: string): InboundRow {
  const sentAt = msg.sentAt && !Number.isNaN(msg.sentAt.getTime()) ? msg.sentAt : new Date();
  return {
    channel: msg.channel,
    externalId,
    address: msg.address,
    sentAt,
    channelState: msg.channelState ?? {},
    id: randomUUID(),
    senderName: msg.displayName ?? null,
    key,
    providerMessageId: msg.providerMessageId,
    text: typeof msg.activity.text === 'string' ? msg.activity.text : null,
    activity: { ...msg.activity, attachments: msg.activity.attachments },
    newResidentId: randomUUID(),
    newConversationId: randomUUID(),
    existingOnly: msg.existingConversationOnly === true,
  };
}

const STATUS_RANK = `CASE status WHEN 'queued' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 ELSE 9 END`;

/**
 * Messages and conversations in PostgreSQL/PGlite: the durable record of every message.
 * Every write that adds a message bumps the conversation's `last_seq` in the same transaction,
 * so `seq` is gap-free per conversation and serves as the Direct Line watermark.
 */
export class MessageStore {
  /** Group commit of inbound messages (null: each is stored by its own statement). */
  private readonly inbound: InboundBatcher | null;

  /**
   * @param db the database
   * @param opts.inboundBatchMax most inbound messages stored by one statement (default
   *   {@link DEFAULT_INBOUND_BATCH_MAX}; 1: every message by its own statement, no batching)
   */
  constructor(private readonly db: Db, opts: { inboundBatchMax?: number } = {}) {
    const max = opts.inboundBatchMax ?? DEFAULT_INBOUND_BATCH_MAX;
    this.inbound = max > 1 ? new InboundBatcher(db, max) : null;
  }

  /**
   * Store one inbound message, idempotent on (`channel`, `providerMessageId`).
   * Finds or creates the resident and the conversation (a closed conversation reopens under
   * the bot). Nothing is stored twice, even under concurrent duplicate deliveries.
   * @throws {ConversationNotFound} for a message with `existingConversationOnly` whose
   *   conversation does not exist (nothing stored)
   * @throws when the database fails (the caller must then not acknowledge the provider)
   */
  async storeInbound(msg: InboundMessage): Promise<IntakeReceipt> {
    const key = `${msg.channel}:${msg.providerMessageId}`;
    // The common case (no attachments, no e-mail thread to look up) is one statement, for a
    // known conversation and for a new one, atomic on its own: no BEGIN/COMMIT round trips.
    // Anything unusual (a race with a concurrent duplicate or creator) falls through to the
    // transaction below, which handles every case.
    // Messages that arrive together share that statement (group commit, InboundBatcher); a
    // batch that a concurrent writer got in the way of is undone and its messages stored here
    // one by one.
    if (!msg.attachments?.length && (msg.externalId || (!msg.threadRefs?.length && !msg.threadSubject))) {
      const externalId = msg.externalId ?? msg.providerMessageId;
      const oneByOne = async () => (await this.storeInboundAlone(msg, externalId, key)) ?? this.storeInboundInTransaction(msg, key);
      return this.inbound ? this.inbound.store(inboundRow(msg, externalId, key), oneByOne) : oneByOne();
    }
    return this.storeInboundInTransaction(msg, key);
  }

  /** {@link storeInbound} in a transaction: every case (attachments, e-mail threads, races). */
  private async storeInboundInTransaction(msg: InboundMessage, key: string): Promise<IntakeReceipt> {
    try {
      return await this.db.transaction(async (tx) => {
        const externalId = await this.externalIdOf(tx, msg);
        const id = randomUUID();
        // One round trip for the common case (a known conversation): lock and bump the
        // conversation, insert the message. A duplicate inserts nothing and rolls back.
        let stored = await this.appendInbound(tx, msg, externalId, id, key);
        if (!stored && msg.existingConversationOnly) throw new ConversationNotFound();
        if (!stored) {
          await this.createConversation(tx, msg, externalId);
          stored = await this.appendInbound(tx, msg, externalId, id, key);
        }
        if (!stored) throw new Error(`conversation ${msg.channel}/${externalId} could not be created`);
        if (!stored.inserted) throw new ConcurrentDuplicate();
        for (const a of msg.attachments ?? []) {
          await tx.query(
            `INSERT INTO attachments (id, message_id, content_type, name, size_bytes, provider_ref, meta, content)
             VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
            [
              randomUUID(),
              id,
              a.contentType,
              a.name ?? null,
              a.size ?? (a.contentBase64 ? Buffer.byteLength(a.contentBase64, 'base64') : null),
              a.providerRef ?? null,
              JSON.stringify(a.meta ?? {}),
              a.contentBase64 ? Buffer.from(a.contentBase64, 'base64') : null,
            ],
          );
        }
        return { messageId: id, conversationId: stored.conversationId, seq: stored.seq, duplicate: false };
      });
    } catch (err) {
      if (err instanceof ConcurrentDuplicate || isUniqueViolation(err)) {
        const again = await this.findByKey(this.db, key);
        if (again) return { ...again, duplicate: true };
      }
      throw err;
    }
  }

  /**
   * {@link storeInbound} without a transaction, in one statement: append to the conversation,
   * or, when there is none, create resident (unless the address is known), conversation and
   * message.
   * @returns the receipt, or null when the caller must take the transactional path (a concurrent
   *   duplicate or creator raced this one; the statement that saw it was rolled back whole)
   */
  private async storeInboundAlone(msg: InboundMessage, externalId: string, key: string): Promise<IntakeReceipt | null> {
    const id = randomUUID();
    try {
      // A known conversation: bump and insert unless the key exists. The key check runs on the
      // statement's snapshot; a duplicate committed after it makes the insert do nothing while
      // the bump happened, and then `guard` divides by zero, which undoes the whole statement
      // (seq stays gap-free).
      // No conversation to bump (`fresh`): resident, conversation and message at once. A
      // concurrent creator makes one of those inserts violate a unique key: the statement is
      // undone whole and the transactional path takes over. With a conversation, `fresh` is
      // empty and those parts do nothing.
      const r = await this.db.query<{
        conversation_id: string | null;
        seq: string | number | null;
        created_conversation_id: string | null;
        prior_id: string | null;
        prior_conversation_id: string | null;
        prior_seq: string | number | null;
        guard: number | null;
      }>(
        `WITH prior AS (SELECT id, conversation_id, seq FROM messages WHERE idempotency_key = $7),
         c AS (${BUMP_FOR_INBOUND} AND NOT EXISTS (SELECT 1 FROM prior) RETURNING id, last_seq),
         i AS (${INSERT_INBOUND}),
         fresh AS (SELECT 1 WHERE NOT $14::boolean AND NOT EXISTS (SELECT 1 FROM c) AND NOT EXISTS (SELECT 1 FROM prior)),
         known AS (SELECT resident_id FROM resident_addresses WHERE channel = $1 AND address = $11 AND EXISTS (SELECT 1 FROM fresh)),
         nr AS (INSERT INTO residents (id, display_name) SELECT $12, $6 FROM fresh WHERE NOT EXISTS (SELECT 1 FROM known) RETURNING id),
         na AS (INSERT INTO resident_addresses (channel, address, resident_id) SELECT $1, $11, id FROM nr RETURNING resident_id),
         r AS (SELECT resident_id FROM known UNION ALL SELECT resident_id FROM na),
         nc AS (
           INSERT INTO conversations (id, channel, external_id, resident_id, address, last_seq, last_inbound_at, channel_state)
           SELECT $13, $1, $2, resident_id, $11, 1, $3, $4::jsonb FROM r LIMIT 1
           RETURNING id),
         ni AS (
           INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, channel,
                                 idempotency_key, provider_message_id, text, activity, status)
           SELECT $5, nc.id, 1, 'in', 'resident', $6, $1, $7, $8, $9, $10::jsonb, 'received' FROM nc
           RETURNING conversation_id)
         SELECT (SELECT id FROM c) AS conversation_id, (SELECT last_seq FROM c) AS seq,
                (SELECT conversation_id FROM ni) AS created_conversation_id,
                (SELECT id FROM prior) AS prior_id, (SELECT conversation_id FROM prior) AS prior_conversation_id,
                (SELECT seq FROM prior) AS prior_seq,
                CASE WHEN EXISTS (SELECT 1 FROM c) THEN (SELECT 1 / count(*)::int FROM i) END AS guard`,
        [...inboundParams(msg, externalId, id, key), msg.address, randomUUID(), randomUUID(), msg.existingConversationOnly === true],
      );
      const row = r.rows[0]!;
      if (row.prior_id) {
        return { messageId: row.prior_id, conversationId: row.prior_conversation_id!, seq: Number(row.prior_seq), duplicate: true };
      }
      if (row.conversation_id) return { messageId: id, conversationId: row.conversation_id, seq: Number(row.seq), duplicate: false };
      if (row.created_conversation_id) return { messageId: id, conversationId: row.created_conversation_id, seq: 1, duplicate: false };
      return null;
    } catch (err) {
      if (isUniqueViolation(err) || isDivisionByZero(err)) return null;
      throw err;
    }
  }

  /**
   * In one statement: lock the conversation row, bump `last_seq` (reopening a closed
   * conversation under the bot) and insert the message with that seq, unless its idempotency key
   * exists already.
   * @returns null when the conversation does not exist; `inserted` false for a duplicate (the
   *   caller must then roll back, which undoes the bump)
   */
  private async appendInbound(
    tx: Queryable,
    msg: InboundMessage,
    externalId: string,
    id: string,
    key: string,
  ): Promise<{ conversationId: string; seq: number; inserted: boolean } | null> {
    const r = await tx.query<{ id: string; last_seq: string | number; inserted: string | null }>(
      `WITH c AS (${BUMP_FOR_INBOUND} RETURNING id, last_seq),
       i AS (${INSERT_INBOUND})
       SELECT c.id, c.last_seq, (SELECT i.id FROM i) AS inserted FROM c`,
      inboundParams(msg, externalId, id, key),
    );
    const row = r.rows[0];
    return row ? { conversationId: row.id, seq: Number(row.last_seq), inserted: row.inserted !== null } : null;
  }

  private async findByKey(q: Queryable, key: string) {
    const r = await q.query<{ id: string; conversation_id: string; seq: string | number }>(
      `SELECT id, conversation_id, seq FROM messages WHERE idempotency_key = $1`,
      [key],
    );
    const row = r.rows[0];
    return row ? { messageId: row.id, conversationId: row.conversation_id, seq: Number(row.seq) } : null;
  }

  /** The conversation key of an inbound message (e-mail: found through its thread references). */
  private async externalIdOf(tx: Queryable, msg: InboundMessage): Promise<string> {
    let externalId = msg.externalId;
    if (!externalId && msg.threadRefs?.length) {
      // E-mail threading: the newest known reference wins (In-Reply-To first).
      for (const ref of msg.threadRefs) {
        const r = await tx.query<{ external_id: string }>(
          `SELECT c.external_id FROM messages m JOIN conversations c ON c.id = m.conversation_id
            WHERE m.channel = $1 AND m.provider_message_id = $2 LIMIT 1`,
          [msg.channel, ref],
        );
        if (r.rows[0]) {
          externalId = r.rows[0].external_id;
          break;
        }
      }
    }
    if (!externalId && msg.threadSubject) {
      // A reply whose client dropped the references: the newest open conversation from the same
      // address with the same subject (channels/contract.ts threadSubject).
      const r = await tx.query<{ external_id: string }>(
        `SELECT external_id FROM conversations
          WHERE channel = $1 AND address = $2 AND channel_state->>'threadSubject' = $3 AND control <> 'closed'
          ORDER BY last_inbound_at DESC NULLS LAST LIMIT 1`,
        [msg.channel, msg.address, msg.threadSubject],
      );
      externalId = r.rows[0]?.external_id;
    }
    return externalId ?? msg.providerMessageId;
  }

  /** Create the resident (when new) and the conversation; a concurrent creator wins quietly. */
  private async createConversation(tx: Queryable, msg: InboundMessage, externalId: string): Promise<void> {
    const residentId = await this.residentFor(tx, msg.channel, msg.address, msg.displayName);
    await tx.query(
      `INSERT INTO conversations (id, channel, external_id, resident_id, address)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (channel, external_id) DO NOTHING`,
      [randomUUID(), msg.channel, externalId, residentId, msg.address],
    );
  }

  private async residentFor(tx: Queryable, channel: ChannelId, address: string, name?: string): Promise<string> {
    const r = await tx.query<{ resident_id: string }>(
      `SELECT resident_id FROM resident_addresses WHERE channel = $1 AND address = $2`,
      [channel, address],
    );
    if (r.rows[0]) return r.rows[0].resident_id;
    const id = randomUUID();
    await tx.query(`INSERT INTO residents (id, display_name) VALUES ($1, $2)`, [id, name ?? null]);
    const ins = await tx.query(
      `INSERT INTO resident_addresses (channel, address, resident_id) VALUES ($1, $2, $3)
       ON CONFLICT (channel, address) DO NOTHING`,
      [channel, address, id],
    );
    if (ins.rowCount === 0) {
      await tx.query(`DELETE FROM residents WHERE id = $1`, [id]);
      return this.residentFor(tx, channel, address, name);
    }
    return id;
  }

  /**
   * Append outbound messages (status `queued`) to a conversation inside `tx`.
   * Messages whose idempotency key exists already are skipped.
   * @returns the ids of the stored messages, in order (existing ones included)
   */
  async appendOutbound(tx: Queryable, conversationId: string, items: NewOutbound[]): Promise<string[]> {
    const ids: string[] = [];
    for (const item of items) {
      // One round trip: bump the conversation's seq and insert, unless the key exists already.
      const id = randomUUID();
      const ins = await tx.query<{ id: string }>(
        `WITH c AS (
           UPDATE conversations SET last_seq = last_seq + 1, updated_at = now()
            WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM messages WHERE idempotency_key = $6)
        RETURNING last_seq, channel)
         INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, agent_id, channel,
                               idempotency_key, text, activity, status, reply_to_id)
         SELECT $2, $1, c.last_seq, 'out', $3, $4, $5, c.channel, $6, $7, $8::jsonb, 'queued', $9 FROM c
         RETURNING id`,
        [
          conversationId,
          id,
          item.senderRole,
          item.senderName,
          item.agentId ?? null,
          item.idempotencyKey,
          typeof item.activity.text === 'string' ? item.activity.text : null,
          JSON.stringify(item.activity),
          item.replyToId ?? null,
        ],
      );
      if (ins.rows[0]) {
        ids.push(ins.rows[0].id);
        continue;
      }
      const prior = await tx.query<{ id: string }>(`SELECT id FROM messages WHERE idempotency_key = $1`, [item.idempotencyKey]);
      if (!prior.rows[0]) throw new Error(`conversation ${conversationId} not found`);
      ids.push(prior.rows[0].id);
    }
    return ids;
  }

  /** Mark an inbound message's turn as done (inside the turn's transaction). */
  async markProcessed(tx: Queryable, messageId: string): Promise<void> {
    await tx.query(`UPDATE messages SET processed_at = now(), status = 'processed' WHERE id = $1`, [messageId]);
  }

  /** Inbound messages of a conversation whose turn has not run yet, oldest first. */
  async pendingInbound(conversationId: string): Promise<MessageRecord[]> {
    const r = await this.db.query(
      `SELECT * FROM messages WHERE conversation_id = $1 AND direction = 'in' AND processed_at IS NULL ORDER BY seq`,
      [conversationId],
    );
    return r.rows.map(toMessage);
  }

  /**
   * The pending inbound messages of a conversation (oldest first) together with the
   * conversation as it is now and what the case checks of a resident message need to know
   * ({@link TurnCaseHints}), in one round trip.
   * @returns `conversation` null and `cases` null when nothing is pending (or the conversation
   *   is gone)
   */
  async pendingTurn(conversationId: string): Promise<{ conversation: ConversationRecord | null; messages: MessageRecord[]; cases: TurnCaseHints | null }> {
    const r = await this.db.query<Record<string, unknown> & { conversation_row: Record<string, unknown>; awaits_follow_up: boolean; open_case_id: string | null }>(
      // The case checks do not depend on the message: computed once (`k`), not per row.
      `WITH k AS (
         SELECT EXISTS (SELECT 1 FROM cases WHERE follow_up_conversation_id = $1 AND follow_up_asked_at IS NOT NULL
                          AND follow_up_result IS NULL AND status = 'opgelost') AS awaits_follow_up,
                (SELECT cs.id FROM cases cs JOIN case_conversations cc ON cc.case_id = cs.id
                  WHERE cc.conversation_id = $1 AND cs.status IN ('ontvangen', 'informeel', 'opgelost')
                  ORDER BY cs.created_at DESC LIMIT 1) AS open_case_id)
       SELECT m.*, to_jsonb(c) AS conversation_row, k.awaits_follow_up, k.open_case_id
         FROM messages m JOIN conversations c ON c.id = m.conversation_id CROSS JOIN k
        WHERE m.conversation_id = $1 AND m.direction = 'in' AND m.processed_at IS NULL ORDER BY m.seq`,
      [conversationId],
    );
    const first = r.rows[0];
    return {
      conversation: first ? toConversation(first.conversation_row) : null,
      messages: r.rows.map(toMessage),
      cases: first ? { awaitsFollowUp: first.awaits_follow_up, openCaseId: first.open_case_id } : null,
    };
  }

  /**
   * Complete a bot turn in ONE statement (its own transaction, or part of `q`'s): store the
   * classification on the conversation (when given), append `items` as queued outbound messages
   * in order (keys that exist already are skipped and their ids returned) and mark the inbound
   * message processed. Either all of it happens or none.
   * @param classification the columns of {@link classificationColumns}, or null to leave them
   * @returns the ids of the turn's outbound messages, in `items` order
   * @throws when the conversation does not exist, or a concurrent writer stored one of the keys
   *   (unique violation; the statement is undone whole and the turn is retried)
   */
  async completeTurn(
    conversationId: string,
    inboundId: string,
    items: NewOutbound[],
    classification: TurnClassification | null,
    q: Queryable = this.db,
  ): Promise<string[]> {
    return (await this.completeTurnWith(conversationId, inboundId, items, classification, q)).ids;
  }

  /**
   * {@link completeTurn} with more in the same statement, written by other modules as
   * {@link TurnStatementPart}s (e.g. a bot handoff: the queue change, its events and the case).
   * @param items as in completeTurn; with a part's `variant`, only the items of variant 0 and of
   *   the variant the statement chooses are stored (and their ids returned)
   * @param parts called once with the statement's parameters (the turn's own are `$1`–`$8`)
   * @returns the ids as completeTurn's, and `extra`: the parts' `extra` values as the statement
   *   returned them (JSON: numbers, text, objects; dates as ISO text)
   * @throws as completeTurn, and the division by zero of a `freshOnly` part ({@link isDivisionByZero})
   */
  async completeTurnWith(
    conversationId: string,
    inboundId: string,
    items: TurnItem[],
    classification: TurnClassification | null,
    q: Queryable = this.db,
    parts: (p: SqlParams) => TurnStatementPart[] = () => [],
  ): Promise<{ ids: string[]; extra: Record<string, unknown> }> {
    const rows = items.map((item, ord) => ({
      ord,
      key: item.idempotencyKey,
      sender_role: item.senderRole,
      sender_name: item.senderName,
      agent_id: item.agentId ?? null,
      text: typeof item.activity.text === 'string' ? item.activity.text : null,
      activity: item.activity,
      reply_to_id: item.replyToId ?? null,
      variant: item.variant ?? 0,
    }));
    const p = new SqlParams();
    for (const v of [
      conversationId,
      JSON.stringify(rows),
      inboundId,
      classification?.classification != null,
      classification?.classification ?? null,
      classification?.lang ?? null,
      classification?.urgency ?? null,
      rows.map((x) => x.key),
    ]) {
      p.add(v);
    }
    const more = parts(p);
    const all = <K extends keyof TurnStatementPart>(k: K) => more.flatMap((x) => (x[k] === undefined ? [] : [x[k]!]));
    const ctes = (list: string[][]) => list.flat().map((x) => `${x},\n       `).join('');
    const variant = all('variant')[0];
    const tell = all('tell')[0];
    const extra = Object.assign({}, ...all('extra')) as Record<string, string>;
    if (more.some((x) => x.freshOnly)) extra.guard = '(SELECT 1 / (count(*) = 0)::int FROM prior)';
    // The row version the snapshot saw, joined to the UPDATE: a row that waited for a concurrent
    // writer is re-checked on its newest version (READ COMMITTED), whose xmin differs, while the
    // joined `s` keeps the value first read; the row is then left alone and `c` stays empty.
    const unchanged = more.some((x) => x.unchangedConversation);
    if (unchanged) extra.unchanged = '(SELECT 1 / count(*)::int FROM c)';
    const hasExtra = Object.keys(extra).length > 0;
    const text = tell ? `CASE WHEN ${tell}.tail IS NULL THEN fresh.text ELSE fresh.text || ${tell}.tail END` : 'fresh.text';
    const activity = tell
      ? `CASE WHEN ${tell}.tail IS NULL THEN fresh.activity ELSE jsonb_set(fresh.activity, '{text}', to_jsonb(fresh.text || ${tell}.tail)) END`
      : 'fresh.activity';
    const r = await q.query<{ id: string; ord: number; found: boolean | null; done: boolean | null; extra?: Record<string, unknown> | null }>(
      `WITH ${ctes(all('first'))}items AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb)
           AS t(ord int, key text, sender_role text, sender_name text, agent_id uuid, text text, activity jsonb, reply_to_id uuid${variant ? `, variant int)
          WHERE t.variant IN (0, ${variant})` : ')'}),
       -- The keys as an array too: the planner cannot estimate the row count of
       -- jsonb_to_recordset and would otherwise hash-join it against a scan of every message.
       prior AS (SELECT m.id, items.ord FROM messages m JOIN items ON items.key = m.idempotency_key
                  WHERE m.idempotency_key = ANY($8::text[])),
       fresh AS (
         SELECT items.*, row_number() OVER (ORDER BY items.ord) AS n, count(*) OVER () AS total
           FROM items WHERE NOT EXISTS (SELECT 1 FROM prior WHERE prior.ord = items.ord)),
       c AS (
         UPDATE conversations
            SET last_seq = last_seq + (SELECT count(*) FROM fresh),
                classification = CASE WHEN $4::boolean THEN $5::jsonb ELSE classification END,
                lang = COALESCE($6, lang), urgency = COALESCE($7, urgency), updated_at = now()${all('set').flat().map((x) => `,\n                ${x}`).join('')}${unchanged ? `\n           FROM (SELECT xmin AS seen FROM conversations WHERE id = $1) s` : ''}
          WHERE id = $1${unchanged ? ' AND conversations.xmin = s.seen' : ''}
      RETURNING id, last_seq, channel),
       ${ctes(all('middle'))}ins AS (
         INSERT INTO messages (id, conversation_id, seq, direction, sender_role, sender_name, agent_id, channel,
                               idempotency_key, text, activity, status, reply_to_id)
         SELECT gen_random_uuid(), $1, c.last_seq - fresh.total + fresh.n, 'out', fresh.sender_role, fresh.sender_name,
                fresh.agent_id, c.channel, fresh.key, ${text}, ${activity}, 'queued', fresh.reply_to_id
           FROM fresh CROSS JOIN c${tell ? `
           -- The newest of the turn's bot replies with text (fresh items come after every stored message).
           LEFT JOIN ${tell} ON fresh.ord = (SELECT max(f.ord) FROM fresh f WHERE f.sender_role = 'bot' AND f.text IS NOT NULL)` : ''}
      RETURNING id, idempotency_key),
       ${ctes(all('last'))}done AS (UPDATE messages SET processed_at = now(), status = 'processed' WHERE id = $3 RETURNING id)
       SELECT ins.id, items.ord, NULL::boolean AS found, NULL::boolean AS done${hasExtra ? ', NULL::jsonb AS extra' : ''} FROM ins JOIN items ON items.key = ins.idempotency_key
       UNION ALL SELECT prior.id, prior.ord, true, NULL${hasExtra ? ', NULL' : ''} FROM prior
       UNION ALL SELECT NULL, -1, (SELECT count(*) > 0 FROM c), (SELECT count(*) > 0 FROM done)${
         hasExtra ? `, jsonb_build_object(${Object.entries(extra).map(([k, v]) => `'${k}', ${v}`).join(', ')})` : ''
       }`,
      p.values,
    );
    const status = r.rows.find((x) => Number(x.ord) === -1)!;
    if (!status.found) throw new Error(`conversation ${conversationId} not found`);
    return {
      ids: r.rows
        .filter((x) => Number(x.ord) >= 0)
        .sort((a, b) => Number(a.ord) - Number(b.ord))
        .map((x) => x.id),
      extra: status.extra ?? {},
    };
  }

  /** Conversations with unprocessed inbound messages older than `olderThanMs` (crash recovery). */
  async conversationsWithPendingTurns(olderThanMs: number): Promise<string[]> {
    const r = await this.db.query<{ conversation_id: string }>(
      `SELECT DISTINCT conversation_id FROM messages
        WHERE direction = 'in' AND processed_at IS NULL AND created_at < now() - ($1::int * interval '1 millisecond')`,
      [olderThanMs],
    );
    return r.rows.map((x) => x.conversation_id);
  }

  /** Outbound messages still `queued` after `olderThanMs` (crash recovery), grouped by conversation. */
  async undelivered(olderThanMs: number): Promise<Array<{ conversationId: string; messageIds: string[] }>> {
    const r = await this.db.query<{ conversation_id: string; id: string }>(
      `SELECT conversation_id, id FROM messages
        WHERE direction = 'out' AND status = 'queued' AND created_at < now() - ($1::int * interval '1 millisecond')
        ORDER BY conversation_id, seq`,
      [olderThanMs],
    );
    const by = new Map<string, string[]>();
    for (const row of r.rows) by.set(row.conversation_id, [...(by.get(row.conversation_id) ?? []), row.id]);
    return [...by].map(([conversationId, messageIds]) => ({ conversationId, messageIds }));
  }

  async getMessage(id: string): Promise<MessageRecord | null> {
    const r = await this.db.query(`SELECT * FROM messages WHERE id = $1`, [id]);
    return r.rows[0] ? toMessage(r.rows[0]) : null;
  }

  async getConversation(id: string, q: Queryable = this.db): Promise<ConversationRecord | null> {
    const r = await q.query(`SELECT * FROM conversations WHERE id = $1`, [id]);
    return r.rows[0] ? toConversation(r.rows[0]) : null;
  }

  /** Every message of a conversation, oldest first (the agent's transcript). */
  async transcript(conversationId: string, afterSeq = 0, limit = 1000): Promise<MessageRecord[]> {
    const r = await this.db.query(
      `SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [conversationId, afterSeq, limit],
    );
    return r.rows.map(toMessage);
  }

  /** The channel-facing transcript (see `TranscriptReader`). */
  async readByExternalId(
    channel: ChannelId,
    externalId: string,
    afterSeq: number,
    limit: number,
  ): Promise<{ conversationId: string; entries: TranscriptEntry[] } | null> {
    const c = await this.db.query<{ id: string; last_seq: string | number }>(
      `SELECT id, last_seq FROM conversations WHERE channel = $1 AND external_id = $2`,
      [channel, externalId],
    );
    if (!c.rows[0]) return null;
    // Nothing after the watermark (e.g. an existence check): no second round trip.
    const rows = afterSeq >= Number(c.rows[0].last_seq) ? [] : await this.transcript(c.rows[0].id, afterSeq, limit);
    return {
      conversationId: c.rows[0].id,
      entries: rows.map((m) => ({
        id: m.id,
        seq: m.seq,
        direction: m.direction,
        senderRole: m.senderRole,
        senderName: m.senderName,
        providerMessageId: m.providerMessageId,
        activity: m.activity,
        createdAt: m.createdAt,
      })),
    };
  }

  /**
   * Lease a queued outbound message for one delivery attempt, so two workers (e.g. a retried
   * job and a recovery sweep) never send it twice at the same time. Marks the attempt as started
   * (`send_started_at` = now), unless an earlier attempt's outcome is unknown and recent.
   * @param leaseMs how long the lease holds (ms)
   * @param statusWait when an earlier attempt's outcome is unknown (a crash or timeout after the
   *   request may have reached the provider) on one of `channels` (those whose provider confirms
   *   sends by a status callback), do not lease until that attempt is `ms` old: time for the
   *   callback to settle it ({@link reconcileSent}). Default: no wait.
   * @returns the message, `unknownSince` (when the previous attempt with an unknown outcome
   *   started or ended, else null) and its conversation as it is now (address, WhatsApp window),
   *   read in the same statement; or null when it is not queued, someone else holds a lease, it
   *   waits for a status, or an earlier reply of its conversation is still queued
   */
  async leaseForDelivery(
    id: string,
    leaseMs: number,
    statusWait: { ms: number; channels: readonly ChannelId[] } = { ms: 0, channels: [] },
  ): Promise<(MessageRecord & { unknownSince: Date | null; unknownOutcomes: number; conversation: ConversationRecord }) | null> {
    // Replies of one conversation go out in order: an earlier reply still queued (e.g. waiting
    // for its status, or for a retry) holds the later ones back.
    const r = await this.db.query(
      `UPDATE messages m SET lease_until = now() + ($2::int * interval '1 millisecond'),
              send_started_at = now(),
              unknown_outcomes = m.unknown_outcomes + CASE WHEN m.send_started_at IS NULL THEN 0 ELSE 1 END
         FROM (SELECT id, send_started_at AS previous FROM messages WHERE id = $1) p, conversations c
        WHERE m.id = p.id AND c.id = m.conversation_id AND m.direction = 'out' AND m.status = 'queued'
          AND (m.lease_until IS NULL OR m.lease_until < now())
          AND (m.send_started_at IS NULL OR NOT (m.channel = ANY($4::text[]))
               OR m.send_started_at <= now() - ($3::int * interval '1 millisecond'))
          AND NOT EXISTS (SELECT 1 FROM messages e WHERE e.conversation_id = m.conversation_id AND e.direction = 'out'
                             AND e.status = 'queued' AND e.seq < m.seq)
      RETURNING m.*, p.previous, to_jsonb(c) AS conversation_row`,
      [id, leaseMs, statusWait.ms, statusWait.channels],
    );
    const row = r.rows[0];
    if (!row) return null;
    const previous = row.previous as Date | string | null;
    return {
      ...toMessage(row),
      unknownSince: previous ? new Date(previous) : null,
      unknownOutcomes: Number(row.unknown_outcomes ?? 0),
      conversation: toConversation(row.conversation_row as Record<string, unknown>),
    };
  }

  /**
   * Whether a queued reply waits for a send in progress: it, or an earlier queued reply of its
   * conversation, is leased right now (not crashed: the lease has not run out).
   */
  async sendInFlight(id: string): Promise<boolean> {
    const r = await this.db.query(
      `SELECT 1 FROM messages m JOIN messages e ON e.conversation_id = m.conversation_id
        WHERE m.id = $1 AND m.status = 'queued' AND e.direction = 'out' AND e.status = 'queued'
          AND e.seq <= m.seq AND e.lease_until > now() LIMIT 1`,
      [id],
    );
    return r.rows.length > 0;
  }

  /**
   * Give up a delivery lease after a failed attempt.
   * @param outcomeUnknown true when the provider may have accepted the message (timeout): the
   *   attempt stays marked, from now (the end of the attempt), so the next one waits for a status
   *   callback first; false clears the mark
   */
  async releaseLease(id: string, outcomeUnknown = false): Promise<void> {
    await this.db.query(
      `UPDATE messages SET lease_until = NULL, send_started_at = CASE WHEN $2 THEN now() END WHERE id = $1`,
      [id, outcomeUnknown],
    );
  }

  /** Record the provider's id and `sent` after a successful send. */
  async markSent(messageId: string, providerMessageId: string): Promise<void> {
    await this.db.query(
      `UPDATE messages SET provider_message_id = $2, attempts = attempts + 1, status_at = now(), send_started_at = NULL,
              status = CASE WHEN status = 'queued' THEN 'sent' ELSE status END
        WHERE id = $1`,
      [messageId, providerMessageId],
    );
  }

  /**
   * Settle a send from the provider's status callback (WhatsApp `biz_opaque_callback_data`):
   * the provider accepted the message as `providerMessageId`, although our attempt never
   * recorded it (it crashed or timed out after the provider took it). Only a message without a
   * provider id, still queued or failed (e.g. given up after unknown outcomes), changes; and only
   * when the callback names the conversation's own recipient and business number.
   * @param check `recipient` (wa_id the provider delivered to) and `account` (phone_number_id)
   * @returns the conversation id when the message was settled by this call, else null
   */
  async reconcileSent(
    messageId: string,
    channel: ChannelId,
    providerMessageId: string,
    check: { recipient: string; account?: string },
  ): Promise<string | null> {
    const r = await this.db.query<{ conversation_id: string }>(
      `UPDATE messages m SET provider_message_id = $3, status_at = now(), send_started_at = NULL, lease_until = NULL,
              status = 'sent', status_detail = NULL
         FROM conversations c
        WHERE m.id = $1 AND m.channel = $2 AND m.direction = 'out' AND m.status IN ('queued', 'failed')
          AND m.provider_message_id IS NULL AND c.id = m.conversation_id AND lower(c.address) = lower($4)
          AND ($5::text IS NULL OR COALESCE(c.channel_state->>'phone_number_id', $5) = $5)
      RETURNING m.conversation_id`,
      [messageId, channel, providerMessageId, check.recipient, check.account ?? null],
    );
    return r.rows[0]?.conversation_id ?? null;
  }

  /**
   * Record a failed attempt; `final` makes a still-queued message `failed` with `detail` (a
   * message a status callback already settled as sent stays sent).
   */
  async markAttemptFailed(messageId: string, detail: string, final: boolean): Promise<void> {
    await this.db.query(
      `UPDATE messages SET attempts = attempts + 1, status_detail = $2, status_at = now(),
              status = CASE WHEN $3 AND status = 'queued' THEN 'failed' ELSE status END
        WHERE id = $1`,
      [messageId, detail.slice(0, 500), final],
    );
  }

  /** True when an outbound message with this provider id exists (e.g. its send was recorded). */
  async knowsProviderMessage(channel: ChannelId, providerMessageId: string): Promise<boolean> {
    const r = await this.db.query(
      `SELECT 1 FROM messages WHERE channel = $1 AND provider_message_id = $2 AND direction = 'out' LIMIT 1`,
      [channel, providerMessageId],
    );
    return r.rows.length > 0;
  }

  /**
   * Keep a status whose provider id is not known yet (it can arrive before `markSent` stored the
   * id: Meta may call the webhook before the send API's response reached us).
   */
  async keepEarlyStatus(u: DeliveryStatusUpdate): Promise<void> {
    await this.db.query(
      `INSERT INTO early_statuses (channel, provider_message_id, status, detail, at, recipient) VALUES ($1, $2, $3, $4, $5, $6)`,
      [u.channel, u.providerMessageId, u.status, u.detail ?? null, u.at, u.recipient ?? null],
    );
  }

  /**
   * Apply and forget the early statuses of a provider id (after `markSent`, or right after
   * keeping one, to close the race with a concurrent `markSent`).
   * @returns the conversation id when at least one status changed a message, else null
   */
  async applyEarlyStatuses(channel: ChannelId, providerMessageId: string): Promise<string | null> {
    const r = await this.db.query<{ id: string; status: DeliveryStatusUpdate['status']; detail: string | null; at: Date | string; recipient: string | null }>(
      `SELECT id, status, detail, at, recipient FROM early_statuses WHERE channel = $1 AND provider_message_id = $2 ORDER BY id`,
      [channel, providerMessageId],
    );
    if (!r.rows.length) return null;
    if (!(await this.knowsProviderMessage(channel, providerMessageId))) return null;
    let conversationId: string | null = null;
    for (const row of r.rows) {
      const at = row.at instanceof Date ? row.at : new Date(row.at);
      conversationId =
        (await this.applyStatus({ channel, providerMessageId, status: row.status, detail: row.detail ?? undefined, at, recipient: row.recipient ?? undefined })) ?? conversationId;
    }
    await this.db.query(`DELETE FROM early_statuses WHERE id = ANY($1::bigint[])`, [r.rows.map((x) => x.id)]);
    return conversationId;
  }

  /** Forget early statuses older than `olderThanMs` whose message never showed up. @returns how many */
  async pruneEarlyStatuses(olderThanMs: number): Promise<number> {
    const r = await this.db.query(`DELETE FROM early_statuses WHERE created_at < now() - ($1::int * interval '1 millisecond')`, [olderThanMs]);
    return r.rowCount;
  }

  /**
   * Apply a provider status callback; never downgrades (read > delivered > sent), `failed` is
   * terminal (channels.md §6: statuses arrive out of order). An e-mail status (DSN) applies only
   * when its `recipient` is the conversation's address.
   * @returns the conversation id of the message, or null when the provider id is unknown
   */
  async applyStatus(u: DeliveryStatusUpdate): Promise<string | null> {
    const r = await this.db.query<{ conversation_id: string }>(
      `UPDATE messages SET status = $3, status_detail = COALESCE($4, status_detail), status_at = $5
        WHERE channel = $1 AND provider_message_id = $2 AND direction = 'out' AND status <> 'failed'
          AND ($3 = 'failed' OR ${STATUS_RANK} < CASE $3 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 ELSE 0 END)
          AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM conversations c WHERE c.id = messages.conversation_id AND lower(c.address) = lower($6)))
      RETURNING conversation_id`,
      // An e-mail report (DSN) counts only for the address the reply went to: anyone can mail one.
      [u.channel, u.providerMessageId, u.status, u.detail ?? null, u.at, u.channel === 'email' ? (u.recipient ?? '') : null],
    );
    return r.rows[0]?.conversation_id ?? null;
  }
}

function attachmentsOf(msg: InboundMessage): Activity['attachments'] {
  return (msg.attachments ?? []).map((a) => ({
    contentType: a.contentType,
    name: a.name,
    content: { providerRef: a.providerRef, size: a.size, meta: a.meta, hasInlineContent: Boolean(a.contentBase64) },
  }));
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === '23505';
}
