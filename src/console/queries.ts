import type { ChannelId } from '../../channels/contract.js';
import type { Db } from '../store/db.js';
import { toMessage, type Control, type MessageStatus, type SenderRole } from '../store/records.js';

/** Length of the last-message preview in lists (characters). */
export const PREVIEW_LENGTH = 140;

/** What the bot understood, as shown in lists and on the handoff card. */
export interface ClassificationView {
  bodies: string[];
  kind: string | null;
  urgency: string | null;
  /** 0..1, null when unknown. */
  confidence: number | null;
  law: string[];
  lang: string | null;
}

/** One conversation in a list (queue, mine, recent). Dates are ISO strings. */
export interface ConversationSummary {
  id: string;
  channel: ChannelId;
  control: Control;
  team: string | null;
  urgency: string | null;
  priority: number;
  classification: ClassificationView | null;
  handoffReason: string | null;
  lang: string | null;
  residentName: string | null;
  assignedAgentId: string | null;
  assignedAgentName: string | null;
  queuedAt: string | null;
  /** Milliseconds since the conversation was queued (by the database clock), null when not queued. */
  waitingMs: number | null;
  /** Last resident message, truncated to {@link PREVIEW_LENGTH} characters ("…" appended). */
  preview: string | null;
  lastInboundAt: string | null;
  updatedAt: string;
}

/** An attachment as listed in a transcript (content is fetched separately). */
export interface AttachmentView {
  id: string;
  contentType: string;
  name: string | null;
  sizeBytes: number | null;
  /** True when the content is stored here and can be downloaded; false when only a provider reference exists. */
  downloadable: boolean;
}

/** One transcript line. */
export interface TranscriptMessage {
  id: string;
  /** The provider's id (wamid, Message-ID, Direct Line activity id); null for queued outbound. */
  providerMessageId: string | null;
  seq: number;
  direction: 'in' | 'out';
  senderRole: SenderRole;
  senderName: string | null;
  text: string | null;
  /** Titles of suggested reply buttons the bot offered. */
  buttons: string[];
  status: MessageStatus;
  statusDetail: string | null;
  statusAt: string | null;
  createdAt: string;
  attachments: AttachmentView[];
}

/** One step in the conversation's handoff history. */
export interface ConversationEventView {
  id: number;
  type: string;
  agentId: string | null;
  agentName: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

/** Everything the console shows for one conversation. */
export interface ConversationDetail extends ConversationSummary {
  /** Short summary from the bot's handoff, when it recorded one. */
  summary: string | null;
  /** Outcome of the last close, when closed. */
  outcome: string | null;
  createdAt: string;
  messages: TranscriptMessage[];
  events: ConversationEventView[];
}

/** A stored attachment's content (for download). */
export interface AttachmentContent {
  id: string;
  contentType: string;
  name: string | null;
  /** Null when only a provider reference is stored. */
  content: Buffer | null;
}

type Row = Record<string, unknown>;

const iso = (v: unknown): string | null => (v == null ? null : (v instanceof Date ? v : new Date(String(v))).toISOString());
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function preview(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return t.length > PREVIEW_LENGTH ? `${t.slice(0, PREVIEW_LENGTH - 1)}…` : t;
}

function classificationView(v: unknown, urgency: string | null, lang: string | null): ClassificationView | null {
  if (!v || typeof v !== 'object') return null;
  const c = v as Record<string, unknown>;
  return {
    bodies: strings(c.bodies),
    kind: typeof c.kind === 'string' ? c.kind : null,
    urgency: typeof c.urgency === 'string' ? c.urgency : urgency,
    confidence: typeof c.confidence === 'number' ? c.confidence : null,
    law: strings(c.law),
    lang: typeof c.lang === 'string' ? c.lang : lang,
  };
}

const SUMMARY_COLUMNS = `
  c.*, r.display_name AS resident_name, a.display_name AS agent_name,
  CASE WHEN c.queued_at IS NULL THEN NULL ELSE (EXTRACT(EPOCH FROM (now() - c.queued_at)) * 1000)::bigint END AS waiting_ms,
  (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in'
    ORDER BY m.seq DESC LIMIT 1) AS last_text`;
const SUMMARY_FROM = `
  FROM conversations c
  LEFT JOIN residents r ON r.id = c.resident_id
  LEFT JOIN agents a ON a.id = c.assigned_agent_id`;

function toSummary(r: Row): ConversationSummary {
  const urgency = (r.urgency as string | null) ?? null;
  const lang = (r.lang as string | null) ?? null;
  return {
    id: String(r.id),
    channel: r.channel as ChannelId,
    control: r.control as Control,
    team: (r.team as string | null) ?? null,
    urgency,
    priority: Number(r.priority ?? 0),
    classification: classificationView(r.classification, urgency, lang),
    handoffReason: (r.handoff_reason as string | null) ?? null,
    lang,
    residentName: (r.resident_name as string | null) ?? null,
    assignedAgentId: (r.assigned_agent_id as string | null) ?? null,
    assignedAgentName: (r.agent_name as string | null) ?? null,
    queuedAt: iso(r.queued_at),
    waitingMs: r.waiting_ms == null ? null : Math.max(0, Number(r.waiting_ms)),
    preview: preview(r.last_text),
    lastInboundAt: iso(r.last_inbound_at),
    updatedAt: iso(r.updated_at)!,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` looks like a uuid (the ids of conversations, messages, agents, attachments). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/**
 * Read models for the agent console. Read-only: every change goes through `HandoffService`.
 */
export class ConsoleQueries {
  constructor(private readonly db: Db) {}

  /**
   * Conversations waiting for an agent: crisis first, then high urgency (by `priority` DESC),
   * then the longest waiting (`queued_at` ASC).
   * @param limit at most this many (default 200)
   * @param team only this team's queue (default: every team)
   */
  async queue(limit = 200, team?: string): Promise<ConversationSummary[]> {
    const r = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM}
        WHERE c.control = 'queued' AND ($2::text IS NULL OR c.team = $2)
        ORDER BY c.priority DESC, c.queued_at ASC NULLS LAST, c.id
        LIMIT $1`,
      [limit, team ?? null],
    );
    return r.rows.map(toSummary);
  }

  /** Conversations an agent holds, most recently changed first. */
  async active(agentId: string): Promise<ConversationSummary[]> {
    if (!isUuid(agentId)) return [];
    const r = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM}
        WHERE c.control = 'agent' AND c.assigned_agent_id = $1
        ORDER BY c.updated_at DESC`,
      [agentId],
    );
    return r.rows.map(toSummary);
  }

  /** Conversations the bot has and recently closed ones, most recently changed first. */
  async recent(limit = 50): Promise<ConversationSummary[]> {
    const r = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM}
        WHERE c.control IN ('bot', 'closed')
          -- a web chat page opened but never written in is not a conversation for an agent
          AND EXISTS (SELECT 1 FROM messages rm WHERE rm.conversation_id = c.id AND rm.direction = 'in'
                        AND rm.sender_role = 'resident' AND rm.activity->>'type' = 'message')
        ORDER BY c.updated_at DESC
        LIMIT $1`,
      [limit],
    );
    return r.rows.map(toSummary);
  }

  /**
   * One conversation with its whole transcript (every message, attachments, delivery state) and
   * its handoff events.
   * @returns null when the conversation does not exist (or the id is not a uuid)
   */
  /**
   * Find the conversation that holds a provider message (wamid, Message-ID, Direct Line id).
   * @returns its id, or null when no message has that provider id on that channel
   */
  async conversationOfProviderMessage(channel: string, providerMessageId: string): Promise<string | null> {
    const r = await this.db.query<{ conversation_id: string }>(
      `SELECT conversation_id FROM messages WHERE channel = $1 AND provider_message_id = $2 LIMIT 1`,
      [channel, providerMessageId],
    );
    return r.rows[0]?.conversation_id ?? null;
  }

  async detail(conversationId: string): Promise<ConversationDetail | null> {
    if (!isUuid(conversationId)) return null;
    const c = await this.db.query(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE c.id = $1`, [conversationId]);
    const row = c.rows[0];
    if (!row) return null;
    const [msgs, atts, evs] = await Promise.all([
      this.db.query(`SELECT * FROM messages WHERE conversation_id = $1 ORDER BY seq`, [conversationId]),
      this.db.query(
        `SELECT a.id, a.message_id, a.content_type, a.name, a.size_bytes, (a.content IS NOT NULL) AS has_content
           FROM attachments a JOIN messages m ON m.id = a.message_id
          WHERE m.conversation_id = $1 ORDER BY a.created_at, a.id`,
        [conversationId],
      ),
      this.db.query(
        `SELECT e.id, e.type, e.agent_id, e.data, e.created_at, a.display_name AS agent_name
           FROM conversation_events e LEFT JOIN agents a ON a.id = e.agent_id
          WHERE e.conversation_id = $1 ORDER BY e.id`,
        [conversationId],
      ),
    ]);
    const byMessage = new Map<string, AttachmentView[]>();
    for (const a of atts.rows) {
      const list = byMessage.get(String(a.message_id)) ?? [];
      list.push({
        id: String(a.id),
        contentType: String(a.content_type),
        name: (a.name as string | null) ?? null,
        sizeBytes: a.size_bytes == null ? null : Number(a.size_bytes),
        downloadable: Boolean(a.has_content),
      });
      byMessage.set(String(a.message_id), list);
    }
    const messages: TranscriptMessage[] = msgs.rows.map(toMessage).map((m) => {
      const actions = (m.activity.suggestedActions?.actions ?? []) as Array<{ title?: unknown }>;
      const { id, seq, direction, senderRole, senderName, text, status, statusDetail, providerMessageId } = m;
      return {
        ...{ id, seq, direction, senderRole, senderName, text, status, statusDetail, providerMessageId },
        buttons: actions.map((a) => a.title).filter((t): t is string => typeof t === 'string'),
        statusAt: m.statusAt?.toISOString() ?? null,
        createdAt: m.createdAt.toISOString(),
        attachments: byMessage.get(m.id) ?? [],
      };
    });
    const events: ConversationEventView[] = evs.rows.map((e) => ({
      id: Number(e.id),
      type: String(e.type),
      agentId: (e.agent_id as string | null) ?? null,
      agentName: (e.agent_name as string | null) ?? null,
      data: (e.data as Record<string, unknown>) ?? {},
      createdAt: iso(e.created_at)!,
    }));
    const cls = row.classification as Record<string, unknown> | null;
    const lastInitiate = [...events].reverse().find((e) => e.type === 'handoff.initiate');
    const lastClose = [...events].reverse().find((e) => e.type === 'closed');
    const summary =
      (typeof lastInitiate?.data.summary === 'string' && lastInitiate.data.summary) ||
      (typeof cls?.summary === 'string' && cls.summary) ||
      null;
    return {
      ...toSummary(row),
      summary,
      outcome: row.control === 'closed' && typeof lastClose?.data.outcome === 'string' ? lastClose.data.outcome : null,
      createdAt: iso(row.created_at)!,
      messages,
      events,
    };
  }

  /**
   * An attachment's stored content.
   * @returns null when the attachment does not exist
   */
  async attachment(id: string): Promise<AttachmentContent | null> {
    if (!isUuid(id)) return null;
    const r = await this.db.query<{ id: string; content_type: string; name: string | null; content: Uint8Array | null }>(
      `SELECT id, content_type, name, content FROM attachments WHERE id = $1`,
      [id],
    );
    const a = r.rows[0];
    if (!a) return null;
    return {
      id: a.id,
      contentType: a.content_type,
      name: a.name,
      content: a.content == null ? null : Buffer.from(a.content),
    };
  }
}
