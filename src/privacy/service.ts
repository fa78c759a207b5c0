import type { Db, Queryable } from '../store/db.js';

/** How long records keep their personal content, per record type (days). */
export interface RetentionPolicy {
  /** Message text and content of closed conversations; statistics (counts, classification, times) stay. */
  messageDays: number;
  /** Stored attachment bytes (e-mail attachments). */
  attachmentDays: number;
  /** Audit log entries. */
  auditDays: number;
}

/** What one retention run changed. */
export interface RetentionResult {
  messagesAnonymised: number;
  conversationsAnonymised: number;
  attachmentsCleared: number;
  auditEntriesDeleted: number;
}

/** One audit entry. */
export interface AuditEntry {
  agentId: string | null;
  role?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

/** A resident is found by one of their channel addresses. */
export interface ResidentRef {
  channel: 'whatsapp' | 'webchat' | 'email';
  address: string;
}

const ANON_TEXT = '[geanonimiseerd]';

/**
 * Privacy by default (DESIGN §6): the audit log, retention (personal content anonymised after
 * the configured number of days; statistics kept) and a resident's right to see (export) and to
 * be forgotten (erase).
 */
export class PrivacyService {
  constructor(
    private readonly db: Db,
    private readonly policy: RetentionPolicy,
  ) {}

  /** Append an audit entry (ids only). */
  async audit(e: AuditEntry, q: Queryable = this.db): Promise<void> {
    await q.query(
      `INSERT INTO audit_log (agent_id, role, action, target_type, target_id, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [e.agentId, e.role ?? null, e.action, e.targetType ?? null, e.targetId ?? null, JSON.stringify(e.detail ?? {})],
    );
  }

  /** The newest audit entries, optionally for one target or one agent. */
  async auditLog(opts: { limit?: number; before?: number; targetId?: string; agentId?: string } = {}): Promise<Array<Record<string, unknown>>> {
    const r = await this.db.query(
      `SELECT l.id, l.at, l.agent_id AS "agentId", a.username, l.role, l.action, l.target_type AS "targetType", l.target_id AS "targetId", l.detail
         FROM audit_log l LEFT JOIN agents a ON a.id = l.agent_id
        WHERE ($1::bigint IS NULL OR l.id < $1) AND ($2::text IS NULL OR l.target_id = $2) AND ($3::uuid IS NULL OR l.agent_id = $3)
        ORDER BY l.id DESC LIMIT $4`,
      [opts.before ?? null, opts.targetId ?? null, opts.agentId ?? null, Math.min(Math.max(opts.limit ?? 100, 1), 500)],
    );
    return r.rows.map((row) => ({ ...row, id: Number(row.id) }));
  }

  /**
   * Enforce the retention policy: message text and activity content of conversations that have
   * been closed or quiet for longer than `messageDays` are anonymised (type, time, direction,
   * sender role and status stay, so statistics do not change); their conversations lose the
   * address and display name; attachment bytes older than `attachmentDays` are removed; audit
   * entries older than `auditDays` are deleted. Idempotent.
   */
  async enforceRetention(now = new Date()): Promise<RetentionResult> {
    return this.db.transaction(async (tx) => {
      const msgCut = new Date(now.getTime() - this.policy.messageDays * 86_400_000);
      const convs = await tx.query<{ id: string }>(
        `SELECT id FROM conversations
          WHERE anonymised_at IS NULL AND updated_at < $1
            AND (control = 'closed' OR COALESCE(last_inbound_at, created_at) < $1)`,
        [msgCut],
      );
      const ids = convs.rows.map((r) => r.id);
      let messages = 0;
      let conversations = 0;
      if (ids.length) {
        messages = await anonymiseMessages(tx, `conversation_id = ANY($1::uuid[])`, [ids]);
        conversations = await anonymiseConversations(tx, ids);
      }
      const att = await tx.query(
        `UPDATE attachments SET content = NULL WHERE content IS NOT NULL AND message_id IN (SELECT id FROM messages WHERE created_at < $1)`,
        [new Date(now.getTime() - this.policy.attachmentDays * 86_400_000)],
      );
      const audit = await tx.query(`DELETE FROM audit_log WHERE at < $1`, [new Date(now.getTime() - this.policy.auditDays * 86_400_000)]);
      return { messagesAnonymised: messages, conversationsAnonymised: conversations, attachmentsCleared: att.rowCount, auditEntriesDeleted: audit.rowCount };
    });
  }

  /** Conversations of the resident who owns `ref` (all their channels), or null when unknown. */
  private async residentOf(ref: ResidentRef, q: Queryable = this.db): Promise<string | null> {
    const r = await q.query<{ resident_id: string }>(`SELECT resident_id FROM resident_addresses WHERE channel = $1 AND address = $2`, [ref.channel, ref.address]);
    if (r.rows[0]) return r.rows[0].resident_id;
    const c = await q.query<{ resident_id: string }>(`SELECT resident_id FROM conversations WHERE channel = $1 AND address = $2 LIMIT 1`, [ref.channel, ref.address]);
    return c.rows[0]?.resident_id ?? null;
  }

  /**
   * Everything stored about one resident, as JSON (AVG art. 15): addresses, conversations with
   * every message, attachment metadata, classification corrections.
   * @returns null when no resident has that address
   */
  async exportResident(ref: ResidentRef): Promise<Record<string, unknown> | null> {
    const residentId = await this.residentOf(ref);
    if (!residentId) return null;
    const resident = (await this.db.query(`SELECT id, display_name AS "displayName", created_at AS "createdAt" FROM residents WHERE id = $1`, [residentId])).rows[0];
    const addresses = (await this.db.query(`SELECT channel, address, created_at AS "createdAt" FROM resident_addresses WHERE resident_id = $1 ORDER BY created_at`, [residentId])).rows;
    const convs = (
      await this.db.query<{ id: string }>(
        `SELECT id, channel, address, control, classification, team, lang, created_at AS "createdAt", updated_at AS "updatedAt", anonymised_at AS "anonymisedAt"
           FROM conversations WHERE resident_id = $1 ORDER BY created_at`,
        [residentId],
      )
    ).rows;
    const conversations = [];
    for (const c of convs) {
      const messages = (
        await this.db.query(
          `SELECT m.id, m.seq, m.direction, m.sender_role AS "senderRole", m.sender_name AS "senderName", m.text, m.status, m.created_at AS "createdAt",
                  COALESCE((SELECT json_agg(json_build_object('id', a.id, 'contentType', a.content_type, 'name', a.name, 'size', octet_length(a.content))) FROM attachments a WHERE a.message_id = m.id), '[]'::json) AS attachments
             FROM messages m WHERE m.conversation_id = $1 ORDER BY m.seq`,
          [c.id],
        )
      ).rows;
      conversations.push({ ...c, messages });
    }
    return { exportedAt: new Date().toISOString(), resident, addresses, conversations };
  }

  /**
   * Erase a resident (AVG art. 17): every message of every conversation anonymised, addresses
   * and names removed, attachment bytes and correction texts deleted, the address mapping
   * dropped so a new message starts a new, unlinked record. Conversation rows stay (without
   * personal data) for the statistics. Audited in the same transaction.
   * @returns counts, or null when no resident has that address
   */
  async eraseResident(ref: ResidentRef, by: AuditEntry['agentId'], role: string): Promise<{ residentId: string; conversations: number; messages: number } | null> {
    return this.db.transaction(async (tx) => {
      const residentId = await this.residentOf(ref, tx);
      if (!residentId) return null;
      const convs = await tx.query<{ id: string }>(`SELECT id FROM conversations WHERE resident_id = $1 FOR UPDATE`, [residentId]);
      const ids = convs.rows.map((r) => r.id);
      const messages = ids.length ? await anonymiseMessages(tx, `conversation_id = ANY($1::uuid[])`, [ids]) : 0;
      if (ids.length) {
        await anonymiseConversations(tx, ids);
        await tx.query(`UPDATE attachments SET content = NULL, name = NULL WHERE message_id IN (SELECT id FROM messages WHERE conversation_id = ANY($1::uuid[]))`, [ids]);
        await tx.query(`UPDATE classification_corrections SET text = $2 WHERE conversation_id = ANY($1::uuid[])`, [ids, ANON_TEXT]);
        // The handoff summary quotes the resident; a call-back request holds a phone number.
        await tx.query(`UPDATE conversation_events SET data = data - 'summary' WHERE conversation_id = ANY($1::uuid[])`, [ids]);
        await tx.query(`UPDATE callback_requests SET phone = NULL WHERE conversation_id = ANY($1::uuid[])`, [ids]);
      }
      // Cases: the summary quotes the resident and notes describe them. The case itself, its
      // status history and outcome stay for the complaints register (Awb 9:12a; AVG art. 17(3)(b)).
      const cases = `SELECT id FROM cases WHERE resident_id = $1
                     UNION SELECT case_id FROM case_conversations WHERE conversation_id = ANY($2::uuid[])`;
      await tx.query(`UPDATE cases SET summary = NULL WHERE id IN (${cases})`, [residentId, ids]);
      await tx.query(`UPDATE case_notes SET text = $3 WHERE case_id IN (${cases})`, [residentId, ids, ANON_TEXT]);
      await tx.query(`DELETE FROM resident_addresses WHERE resident_id = $1`, [residentId]);
      await tx.query(`UPDATE residents SET display_name = NULL WHERE id = $1`, [residentId]);
      await this.audit({ agentId: by, role, action: 'resident.erase', targetType: 'resident', targetId: residentId, detail: { conversations: ids.length, messages } }, tx);
      return { residentId, conversations: ids.length, messages };
    });
  }
}

async function anonymiseMessages(tx: Queryable, where: string, params: unknown[]): Promise<number> {
  const r = await tx.query(
    `UPDATE messages SET text = CASE WHEN text IS NULL THEN NULL ELSE '${ANON_TEXT}' END,
            activity = jsonb_build_object('type', activity->>'type'), sender_name = NULL, anonymised_at = now()
      WHERE anonymised_at IS NULL AND ${where}`,
    params,
  );
  return r.rowCount;
}

async function anonymiseConversations(tx: Queryable, ids: string[]): Promise<number> {
  // external_id must stay unique per channel; an erased conversation can never be written to again.
  const r = await tx.query(
    `UPDATE conversations SET address = 'anon:' || id, external_id = 'anon:' || id, channel_state = '{}'::jsonb,
            control = CASE WHEN control = 'closed' THEN control ELSE 'closed' END, anonymised_at = now()
      WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL`,
    [ids],
  );
  return r.rowCount;
}
