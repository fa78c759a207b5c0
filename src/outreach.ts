import { randomUUID } from 'node:crypto';
import { HandoffError, type AgentRef, type ConsoleEvents, type DeliveryPort } from './handoff.js';
import type { Db, Queryable } from './store/db.js';
import type { MessageStore } from './store/messages.js';
import { toConversation, type ConversationRecord } from './store/records.js';
import { TEMPLATE_CHANNEL_DATA } from './window.js';
import { threadSubjectOf } from '../channels/email/compose.js';

/** Subject of an e-mail conversation an agent starts (the resident's "Re:" finds it by subject too). */
const OUTREACH_SUBJECT = 'Uw bericht aan de gemeente';
const OUTREACH_THREAD_SUBJECT = threadSubjectOf(OUTREACH_SUBJECT).base;

export interface OutreachDeps {
  db: Db;
  store: MessageStore;
  deliveries: DeliveryPort;
  events: ConsoleEvents;
  /** Approved WhatsApp template (WHATSAPP_TEMPLATE_NAME) and what it says, for the transcript. */
  templateName: string;
}

/**
 * What an agent can do when WhatsApp's 24-hour window is closed (issue 4 §6): send the approved
 * template (an explicit action, recorded as such), or write to the resident's linked e-mail
 * address. Both need the agent to hold the conversation.
 */
export class Outreach {
  constructor(private readonly deps: OutreachDeps) {}

  private async held(tx: Queryable, conversationId: string, agent: AgentRef): Promise<ConversationRecord> {
    const r = await tx.query(`SELECT * FROM conversations WHERE id = $1 FOR UPDATE`, [conversationId]);
    if (!r.rows[0]) throw new HandoffError('not_found', 'conversation not found');
    const conv = toConversation(r.rows[0]);
    if (conv.control !== 'agent' || conv.assignedAgentId !== agent.id) throw new HandoffError('forbidden', 'take over the conversation first');
    return conv;
  }

  /**
   * Queue the approved re-engagement template on a WhatsApp conversation. The transcript shows
   * it as the template (not as free text) and it gets the usual delivery states.
   * @returns the message id
   * @throws HandoffError `invalid` on another channel, `forbidden`, `not_found`
   */
  async sendTemplate(conversationId: string, agent: AgentRef, clientId?: string): Promise<string> {
    const ids = await this.deps.db.transaction(async (tx) => {
      const conv = await this.held(tx, conversationId, agent);
      if (conv.channel !== 'whatsapp') throw new HandoffError('invalid', 'templates exist only on WhatsApp');
      await tx.query(`INSERT INTO conversation_events (conversation_id, type, agent_id, data) VALUES ($1, 'template.sent', $2, $3::jsonb)`, [
        conversationId,
        agent.id,
        JSON.stringify({ template: this.deps.templateName }),
      ]);
      return this.deps.store.appendOutbound(tx, conversationId, [
        {
          senderRole: 'agent',
          senderName: agent.displayName.split(/\s+/)[0] ?? agent.displayName,
          agentId: agent.id,
          activity: {
            type: 'message',
            text: `[Template ${this.deps.templateName}] Uitnodiging om het gesprek voort te zetten.`,
            channelData: { ...TEMPLATE_CHANNEL_DATA, template: this.deps.templateName },
          },
          idempotencyKey: `template:${agent.id}:${clientId ?? randomUUID()}`,
        },
      ]);
    });
    await this.deps.deliveries.enqueue(conversationId, ids);
    this.deps.events.conversationChanged(conversationId, 'message');
    return ids[0]!;
  }

  /** The newest e-mail address linked to the conversation's resident, or null. */
  async emailOf(conversationId: string, q: Queryable = this.deps.db): Promise<string | null> {
    const r = await q.query<{ address: string }>(
      `SELECT ra.address FROM resident_addresses ra JOIN conversations c ON c.resident_id = ra.resident_id
        WHERE c.id = $1 AND ra.channel = 'email' ORDER BY ra.created_at DESC LIMIT 1`,
      [conversationId],
    );
    return r.rows[0]?.address ?? null;
  }

  /**
   * Write to the resident's linked e-mail address instead (a new e-mail conversation held by the
   * same agent; the resident's answer by mail threads into it). Both conversations record it.
   * @returns the e-mail conversation's id and the message id
   * @throws HandoffError `invalid` (no e-mail address known, empty text), `forbidden`, `not_found`
   */
  async sendEmail(conversationId: string, agent: AgentRef, text: string, clientId?: string): Promise<{ conversationId: string; messageId: string }> {
    const body = text.trim();
    if (!body) throw new HandoffError('invalid', 'empty message');
    const out = await this.deps.db.transaction(async (tx) => {
      const conv = await this.held(tx, conversationId, agent);
      const address = await this.emailOf(conversationId, tx);
      if (!address) throw new HandoffError('invalid', 'no e-mail address is linked to this resident');
      const existing = await tx.query<{ id: string }>(
        `SELECT id FROM conversations WHERE channel = 'email' AND resident_id = $1 AND address = $2
            AND control = 'agent' AND assigned_agent_id = $3 ORDER BY updated_at DESC LIMIT 1`,
        [conv.residentId, address, agent.id],
      );
      let mailId = existing.rows[0]?.id;
      if (!mailId) {
        mailId = randomUUID();
        await tx.query(
          `INSERT INTO conversations (id, channel, external_id, resident_id, address, control, assigned_agent_id, team, lang, channel_state, classification, urgency)
           VALUES ($1, 'email', $2, $3, $4, 'agent', $5, $6, $7, $8::jsonb, $9::jsonb, $10)`,
          [
            mailId,
            `agent-mail:${mailId}`,
            conv.residentId,
            address,
            agent.id,
            conv.team,
            conv.lang,
            JSON.stringify({ subject: OUTREACH_SUBJECT, threadSubject: OUTREACH_THREAD_SUBJECT, linkedConversationId: conv.id }),
            conv.classification ? JSON.stringify(conv.classification) : null,
            conv.urgency,
          ],
        );
      }
      for (const [id, data] of [
        [conv.id, { emailConversationId: mailId }],
        [mailId, { fromConversationId: conv.id }],
      ] as const) {
        await tx.query(`INSERT INTO conversation_events (conversation_id, type, agent_id, data) VALUES ($1, 'email.sent', $2, $3::jsonb)`, [
          id,
          agent.id,
          JSON.stringify(data),
        ]);
      }
      const ids = await this.deps.store.appendOutbound(tx, mailId, [
        {
          senderRole: 'agent',
          senderName: agent.displayName.split(/\s+/)[0] ?? agent.displayName,
          agentId: agent.id,
          activity: { type: 'message', text: body },
          idempotencyKey: `agentmail:${agent.id}:${clientId ?? randomUUID()}`,
        },
      ]);
      return { mailId, ids };
    });
    await this.deps.deliveries.enqueue(out.mailId, out.ids);
    this.deps.events.conversationChanged(conversationId, 'message');
    this.deps.events.conversationChanged(out.mailId, 'control');
    return { conversationId: out.mailId, messageId: out.ids[0]! };
  }

  /**
   * Link a channel address to the conversation's resident (an agent's action, DESIGN §3: never
   * by guessing). When the address belongs to another resident record, that record's
   * conversations and addresses move to this resident.
   * @throws HandoffError `not_found`, `invalid` (malformed e-mail address)
   */
  async linkAddress(conversationId: string, agent: AgentRef, channel: 'email' | 'whatsapp', address: string): Promise<void> {
    const value = channel === 'email' ? address.trim().toLowerCase() : address.replace(/\D/g, '');
    if (channel === 'email' && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value)) throw new HandoffError('invalid', 'not an e-mail address');
    if (channel === 'whatsapp' && !/^\d{8,15}$/.test(value)) throw new HandoffError('invalid', 'not a phone number');
    await this.deps.db.transaction(async (tx) => {
      const c = await tx.query<{ resident_id: string }>(`SELECT resident_id FROM conversations WHERE id = $1`, [conversationId]);
      const residentId = c.rows[0]?.resident_id;
      if (!residentId) throw new HandoffError('not_found', 'conversation not found');
      const other = await tx.query<{ resident_id: string }>(`SELECT resident_id FROM resident_addresses WHERE channel = $1 AND address = $2`, [channel, value]);
      const otherId = other.rows[0]?.resident_id;
      if (otherId && otherId !== residentId) {
        await tx.query(`UPDATE conversations SET resident_id = $1 WHERE resident_id = $2`, [residentId, otherId]);
        await tx.query(`UPDATE resident_addresses SET resident_id = $1 WHERE resident_id = $2`, [residentId, otherId]);
        await tx.query(`DELETE FROM residents WHERE id = $1`, [otherId]);
      } else if (!otherId) {
        await tx.query(`INSERT INTO resident_addresses (channel, address, resident_id) VALUES ($1, $2, $3)`, [channel, value, residentId]);
      }
      await tx.query(`INSERT INTO conversation_events (conversation_id, type, agent_id, data) VALUES ($1, 'address.linked', $2, $3::jsonb)`, [
        conversationId,
        agent.id,
        JSON.stringify({ channel, merged: Boolean(otherId && otherId !== residentId) }),
      ]);
    });
    this.deps.events.conversationChanged(conversationId, 'control');
  }
}
