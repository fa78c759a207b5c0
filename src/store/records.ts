import type { Activity } from 'botbuilder';
import type { ChannelId } from '../../channels/contract.js';

/** Who controls a conversation (DESIGN §3); the handoff module is the only writer. */
export type Control = 'bot' | 'queued' | 'agent' | 'closed';
export type SenderRole = 'resident' | 'bot' | 'agent' | 'system';
export type MessageStatus =
  | 'received' // inbound, stored, turn not yet processed
  | 'processed' // inbound, turn done
  | 'queued' // outbound, waiting for delivery
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed';

/** A conversation row as the service uses it. */
export interface ConversationRecord {
  id: string;
  channel: ChannelId;
  externalId: string;
  residentId: string;
  address: string;
  control: Control;
  assignedAgentId: string | null;
  classification: Record<string, unknown> | null;
  urgency: string | null;
  priority: number;
  team: string | null;
  queuedAt: Date | null;
  handoffReason: string | null;
  lang: string | null;
  channelState: Record<string, unknown>;
  lastSeq: number;
  lastInboundAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A message row. */
export interface MessageRecord {
  id: string;
  conversationId: string;
  seq: number;
  direction: 'in' | 'out';
  senderRole: SenderRole;
  senderName: string | null;
  agentId: string | null;
  channel: ChannelId;
  providerMessageId: string | null;
  text: string | null;
  activity: Partial<Activity>;
  status: MessageStatus;
  statusDetail: string | null;
  attempts: number;
  replyToId: string | null;
  createdAt: Date;
  processedAt: Date | null;
  statusAt: Date | null;
}

type Row = Record<string, unknown>;

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

/** Map a `conversations` row (snake_case, driver types) to a {@link ConversationRecord}. */
export function toConversation(r: Row): ConversationRecord {
  return {
    id: String(r.id),
    channel: r.channel as ChannelId,
    externalId: String(r.external_id),
    residentId: String(r.resident_id),
    address: String(r.address),
    control: r.control as Control,
    assignedAgentId: (r.assigned_agent_id as string | null) ?? null,
    classification: (r.classification as Record<string, unknown> | null) ?? null,
    urgency: (r.urgency as string | null) ?? null,
    priority: Number(r.priority ?? 0),
    team: (r.team as string | null) ?? null,
    queuedAt: date(r.queued_at),
    handoffReason: (r.handoff_reason as string | null) ?? null,
    lang: (r.lang as string | null) ?? null,
    channelState: (r.channel_state as Record<string, unknown>) ?? {},
    lastSeq: Number(r.last_seq ?? 0),
    lastInboundAt: date(r.last_inbound_at),
    createdAt: date(r.created_at) as Date,
    updatedAt: date(r.updated_at) as Date,
  };
}

/** Map a `messages` row to a {@link MessageRecord}. */
export function toMessage(r: Row): MessageRecord {
  return {
    id: String(r.id),
    conversationId: String(r.conversation_id),
    seq: Number(r.seq),
    direction: r.direction as 'in' | 'out',
    senderRole: r.sender_role as SenderRole,
    senderName: (r.sender_name as string | null) ?? null,
    agentId: (r.agent_id as string | null) ?? null,
    channel: r.channel as ChannelId,
    providerMessageId: (r.provider_message_id as string | null) ?? null,
    text: (r.text as string | null) ?? null,
    activity: (r.activity as Partial<Activity>) ?? {},
    status: r.status as MessageStatus,
    statusDetail: (r.status_detail as string | null) ?? null,
    attempts: Number(r.attempts ?? 0),
    replyToId: (r.reply_to_id as string | null) ?? null,
    createdAt: date(r.created_at) as Date,
    processedAt: date(r.processed_at),
    statusAt: date(r.status_at),
  };
}
