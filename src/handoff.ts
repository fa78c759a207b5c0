import type { Activity } from 'botbuilder';
import type { HandoffContext } from '../dialogs/ports.js';
import { textsFor } from '../dialogs/texts.js';
import type { Logger } from './logger.js';
import { onlineAgentsSql, type HandoffCheck } from './availability.js';
import type { Db, Queryable, SqlParams } from './store/db.js';
import type { MessageStore, TurnStatementPart } from './store/messages.js';
import { toConversation, type ConversationRecord } from './store/records.js';
import { serviceWindow } from './window.js';

/** The agent acting, as the console knows them after login. */
export interface AgentRef {
  id: string;
  displayName: string;
  role: 'agent' | 'coordinator' | 'admin';
}

/** What changed about a conversation, as the console's `conversations:changed` event names it. */
export type ChangeKind = 'message' | 'control' | 'classification';

/** Live notifications to agent consoles (implemented with socket.io). */
export interface ConsoleEvents {
  /**
   * Something about a conversation changed: `message` (a message was added or its delivery state
   * changed), `control` (queued, claimed, handed back, closed), `classification`. The console
   * may fold a burst of changes to one conversation into one (250 ms window), and sends the
   * changes of all conversations within one turn of its event loop as one `conversations:changed`
   * event `{ changes: [{ conversationId, what }] }`; `immediate` (a resident's new message) is
   * not folded, only batched.
   */
  conversationChanged(conversationId: string, what: ChangeKind, opts?: { immediate?: boolean }): void;
}

/** Enqueues outbound messages for delivery, in order. */
export interface DeliveryPort {
  enqueue(conversationId: string, messageIds: string[]): Promise<void>;
}

/**
 * The conversation columns a bot classification sets: the classification as JSON text, its
 * language (null for none or `und`: keep the known one) and its urgency (null: keep).
 */
export function classificationColumns(classification: Record<string, unknown>): { classification: string; lang: string | null; urgency: string | null } {
  return {
    classification: JSON.stringify(classification),
    lang: typeof classification.lang === 'string' && classification.lang !== 'und' ? classification.lang : null,
    urgency: typeof classification.urgency === 'string' ? classification.urgency : null,
  };
}

/**
 * The assignments of the queue change: into team `team`'s queue with priority `priority` (a
 * queued conversation keeps its waiting time and the higher priority; one an agent holds stays
 * with the agent), handoff reason `reason`. The arguments name parameters (e.g. `'$2'`); the
 * expressions read the row as it was before the UPDATE.
 */
function queueAssignments(priority: string, team: string, reason: string): string[] {
  return [
    `control = CASE WHEN control = 'agent' THEN control ELSE 'queued' END`,
    `queued_at = CASE WHEN control = 'queued' THEN queued_at WHEN control = 'agent' THEN queued_at ELSE now() END`,
    `priority = GREATEST(CASE WHEN control = 'queued' THEN priority ELSE 0 END, ${priority})`,
    `team = ${team}, handoff_reason = ${reason}`,
  ];
}

/**
 * CTE `u` of the queue change ({@link HandoffService.queueInTx}): conversation $1 into team $3's
 * queue with priority $2 ({@link queueAssignments}), handoff reason $4, urgency $5 (null: keep).
 * Returns `id`.
 */
const QUEUE_CHANGE = `u AS (
  UPDATE conversations
     SET ${queueAssignments('$2', '$3', '$4').join(',\n         ')},
         urgency = COALESCE($5, urgency), updated_at = now()
   WHERE id = $1
RETURNING id)`;

/**
 * CTE `ev`: a handoff's events in one INSERT, in this order (their ids say which came first):
 * `handoff.initiate` with data `p.data` for the conversation (`id`) of each row of CTE `from`,
 * then, when CTE `online` (column `n`, {@link onlineAgentsSql}) counts nobody or the office is
 * closed (`p.open`), `availability.notice` of conversation `p.conv`. The fields of `p` name
 * parameters.
 */
function handoffEvents(from: string, p: { conv: string; data: string; team: string; open: string; nextOpening: string }): string {
  return `ev AS (
         INSERT INTO conversation_events (conversation_id, type, agent_id, data)
         SELECT e.conversation_id, e.type, NULL, e.data FROM (
           SELECT 1 AS ord, ${from}.id AS conversation_id, 'handoff.initiate' AS type, ${p.data}::jsonb AS data FROM ${from}
           UNION ALL
           SELECT 2, ${p.conv}, 'availability.notice',
                  jsonb_build_object('open', ${p.open}::boolean, 'onlineAgents', online.n, 'nextOpening', ${p.nextOpening}::text, 'team', ${p.team}::text)
             FROM online WHERE NOT (${p.open}::boolean AND online.n > 0)) e
         ORDER BY e.ord)`;
}

/** The `handoff.initiate` event's data: reason, team, queue priority, the bot's summary. */
function initiateData(ctx: HandoffContext, priority: number): string {
  return JSON.stringify({ reason: ctx.reason, team: ctx.team.id, priority, summary: ctx.summary });
}

/** Outcome an agent records when closing (issue 4 §4). */
export type CloseOutcome =
  | 'opgelost-informeel'
  | 'formele-procedure'
  | 'ingetrokken'
  | 'warm-overgedragen'
  | 'geen-actie-nodig';

export const CLOSE_OUTCOMES: readonly CloseOutcome[] = [
  'opgelost-informeel',
  'formele-procedure',
  'ingetrokken',
  'warm-overgedragen',
  'geen-actie-nodig',
];

/** A refused handoff action; `code` maps to an HTTP status in the console API. */
export class HandoffError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'forbidden' | 'invalid' | 'window_closed',
    message: string,
    readonly heldBy?: string | null,
  ) {
    super(message);
    this.name = 'HandoffError';
  }
}

/** Queue priority from urgency: crisis first, then high urgency, then the rest (by waiting time). */
export function priorityFor(urgency: string | undefined | null, kind?: string | null): number {
  if (urgency === 'crisis' || kind === 'crisis') return 1000;
  if (urgency === 'hoog') return 100;
  return 0;
}

export interface HandoffDeps {
  db: Db;
  store: MessageStore;
  deliveries: DeliveryPort;
  events: ConsoleEvents;
  /** Forget the bot's dialog state so a handed-back conversation starts fresh. */
  resetBotState(conversation: ConversationRecord): Promise<void>;
  logger: Logger;
  /** Clock (for the WhatsApp 24-hour window); default `new Date()`. */
  now?: () => Date;
  /** Cases follow claims and closes (src/cases); set after construction by the composition root. */
  caseHooks?: {
    onClaim(conversationId: string, agent: AgentRef): Promise<void>;
    onClose(conversationId: string, agent: AgentRef, outcome: CloseOutcome, note?: string): Promise<void>;
  };
}

/** Where a conversation is transferred to: a team's queue, or straight to one agent. */
export interface TransferTarget {
  /** Team id (validated by the caller against the teams configuration). */
  team?: string;
  /** Agent id; the conversation goes to that agent directly (control stays `agent`). */
  agentId?: string;
  /** Internal note for the colleague (never sent to the resident), 1–2000 characters. */
  note: string;
}

/**
 * The one place that decides who controls a conversation: `bot` → `queued` → `agent` →
 * `bot` | `closed` (DESIGN §4). Every change is a single conditional UPDATE, so two agents
 * claiming at once cannot both win, and every change is recorded in `conversation_events`.
 */
export class HandoffService {
  constructor(private readonly deps: HandoffDeps) {}

  /**
   * Put a conversation in its team's queue (inside the caller's transaction, which holds the
   * conversation's row lock from here to its commit). A conversation an agent already holds
   * stays with that agent. One statement: the queue change and its `handoff.initiate` event,
   * and with `check` also the count of the team's online agents and, when nobody can answer
   * now (closed, or nobody online), the `availability.notice` event after it (the notice's text
   * is {@link Availability.handoffNotice}'s).
   * @param check the team's office status ({@link Availability.handoffCheck}); without it no
   *   agents are counted and no notice is recorded
   * @returns the number of the team's online agents at `check.at`, or null without `check`
   */
  async queueInTx(tx: Queryable, conversationId: string, ctx: HandoffContext, check?: HandoffCheck): Promise<number | null> {
    const c = ctx.classification;
    const priority = priorityFor(c?.urgency, c?.kind);
    const params = [conversationId, priority, ctx.team.id, ctx.reason, c?.urgency ?? null, initiateData(ctx, priority)];
    if (!check) {
      await tx.query(
        `WITH ${QUEUE_CHANGE}
         INSERT INTO conversation_events (conversation_id, type, agent_id, data) SELECT id, 'handoff.initiate', NULL, $6::jsonb FROM u`,
        params,
      );
      return null;
    }
    const r = await tx.query<{ n: string | number }>(
      `WITH online AS (${onlineAgentsSql('$3', '$7', '$8')}),
       ${QUEUE_CHANGE},
       ${handoffEvents('u', { conv: '$1', data: '$6', team: '$3', open: '$9', nextOpening: '$10' })}
       SELECT n FROM online`,
      [...params, check.at, check.presenceTtlMs, check.open, check.nextOpening?.toISOString() ?? null],
    );
    return Number(r.rows[0]?.n ?? 0);
  }

  /**
   * A bot handoff's queue change as part of the turn's completion statement
   * ({@link MessageStore.completeTurnWith}) instead of {@link queueInTx}: the same assignments on
   * the turn's conversation UPDATE (`c`, which holds the row lock from there to the commit), the
   * same events after it, and with `check` the count of the team's online agents, which chooses
   * the turn's items: variant 1 (with {@link Availability.handoffNotice}'s notice) when nobody can
   * answer now (closed, or nobody online), else variant 2. The urgency is not set here: the
   * turn's classification columns carry the handoff's (`ctx.classification.urgency`) first.
   * @param check as queueInTx's; without it no agents are counted, no notice is recorded and the
   *   items have no variant
   * @returns the part; its `extra` has `onlineAgents` (number) with `check`
   */
  queuePart(p: SqlParams, conversationId: string, ctx: HandoffContext, check?: HandoffCheck): TurnStatementPart {
    const c = ctx.classification;
    const priority = priorityFor(c?.urgency, c?.kind);
    const team = p.add(ctx.team.id);
    const set = queueAssignments(p.add(priority), team, p.add(ctx.reason));
    const data = p.add(initiateData(ctx, priority));
    if (!check) {
      return {
        set,
        last: [`ev AS (INSERT INTO conversation_events (conversation_id, type, agent_id, data) SELECT id, 'handoff.initiate', NULL, ${data}::jsonb FROM c)`],
      };
    }
    const open = p.add(check.open);
    return {
      first: [`online AS (${onlineAgentsSql(team, p.add(check.at), p.add(check.presenceTtlMs))})`],
      variant: `(SELECT CASE WHEN ${open}::boolean AND n > 0 THEN 2 ELSE 1 END FROM online)`,
      set,
      last: [handoffEvents('c', { conv: p.add(conversationId), data, team, open, nextOpening: p.add(check.nextOpening?.toISOString() ?? null) })],
      extra: { onlineAgents: '(SELECT n FROM online)' },
    };
  }

  /**
   * A crisis message arrived while a person has (or waits for) the conversation: raise it to
   * the top of the queue (priority 1000, urgency `crisis`) and record it. Inside `tx`.
   */
  async escalateCrisisInTx(tx: Queryable, conversationId: string): Promise<void> {
    await tx.query(
      `UPDATE conversations SET priority = GREATEST(priority, $2), urgency = 'crisis', updated_at = now() WHERE id = $1`,
      [conversationId, priorityFor('crisis')],
    );
    await this.event(tx, conversationId, 'crisis.escalated', null, {});
  }

  /**
   * Take over a conversation. Atomic: of two agents claiming at once exactly one wins.
   * An agent may also take a conversation the bot still has.
   * @throws HandoffError `conflict` (with `heldBy`, the holder's name) or `not_found`
   */
  async claim(conversationId: string, agent: AgentRef): Promise<ConversationRecord> {
    const conv = await this.deps.db.transaction(async (tx) => {
      const r = await tx.query(
        `UPDATE conversations SET control = 'agent', assigned_agent_id = $2, updated_at = now()
          WHERE id = $1 AND control IN ('queued', 'bot')
        RETURNING *`,
        [conversationId, agent.id],
      );
      if (!r.rows[0]) {
        const cur = await tx.query<{ control: string; agent_display_name: string | null; assigned_agent_id: string | null }>(
          `SELECT c.*, a.display_name AS agent_display_name FROM conversations c LEFT JOIN agents a ON a.id = c.assigned_agent_id WHERE c.id = $1`,
          [conversationId],
        );
        if (!cur.rows[0]) throw new HandoffError('not_found', 'conversation not found');
        // The holder claiming again (a double click, a retried request) changes nothing and
        // must not greet the resident a second time.
        if (cur.rows[0].control === 'agent' && cur.rows[0].assigned_agent_id === agent.id) {
          return { conv: toConversation(cur.rows[0] as never), ids: [] as string[], again: true };
        }
        if (cur.rows[0].control === 'closed') throw new HandoffError('conflict', 'conversation is closed', null);
        throw new HandoffError('conflict', `already taken by ${cur.rows[0].agent_display_name ?? 'another agent'}`, cur.rows[0].agent_display_name);
      }
      const conv = toConversation(r.rows[0]);
      await this.event(tx, conversationId, 'claimed', agent.id, {});
      const ids = await this.deps.store.appendOutbound(tx, conversationId, [
        this.system(conv, `claim:${conversationId}:${Date.now()}`, textsFor(conv.lang).agentJoined(firstName(agent.displayName))),
      ]);
      return { conv, ids, again: false };
    });
    if (conv.again) return conv.conv;
    await this.deps.deliveries.enqueue(conversationId, conv.ids);
    this.deps.events.conversationChanged(conversationId, 'control');
    await this.deps.caseHooks?.onClaim(conversationId, agent);
    return conv.conv;
  }

  /**
   * Send an agent's reply to the resident on the conversation's channel.
   * @param clientId optional idempotency key from the console (a retried send stores once)
   * @throws HandoffError `forbidden` when this agent does not hold the conversation
   */
  async reply(conversationId: string, agent: AgentRef, text: string, clientId?: string): Promise<string> {
    const body = text.trim();
    if (!body) throw new HandoffError('invalid', 'empty reply');
    if (body.length > 4000) throw new HandoffError('invalid', 'reply longer than 4000 characters');
    const ids = await this.deps.db.transaction(async (tx) => {
      const r = await tx.query(`SELECT * FROM conversations WHERE id = $1 FOR UPDATE`, [conversationId]);
      if (!r.rows[0]) throw new HandoffError('not_found', 'conversation not found');
      const conv = toConversation(r.rows[0]);
      if (conv.control !== 'agent' || conv.assignedAgentId !== agent.id) {
        throw new HandoffError('forbidden', 'take over the conversation before replying');
      }
      const window = serviceWindow(conv, this.now());
      if (window.applies && !window.open) {
        // Refused BEFORE queueing: the text would never reach the resident (Cloud API 131047).
        throw new HandoffError('window_closed', `the WhatsApp 24-hour window closed at ${window.endsAt?.toISOString() ?? 'never opened'}`);
      }
      return this.deps.store.appendOutbound(tx, conversationId, [
        {
          senderRole: 'agent',
          senderName: firstName(agent.displayName),
          agentId: agent.id,
          activity: { type: 'message', text: body, locale: localeOf(conv.lang) },
          idempotencyKey: `agent:${agent.id}:${clientId ?? `${conversationId}:${Date.now()}:${Math.random()}`}`,
        },
      ]);
    });
    await this.deps.deliveries.enqueue(conversationId, ids);
    this.deps.events.conversationChanged(conversationId, 'message');
    return ids[0]!;
  }

  /**
   * Transfer a conversation to another team (back into the queue, keeping its waiting time and
   * priority) or to one agent (who holds it at once). The note stays internal; the resident gets
   * one short message that a colleague takes over and need not repeat anything.
   * Allowed for the holder, and for coordinators/admins on any open conversation.
   * @throws HandoffError `invalid` (no target, empty note, unknown/disabled agent), `forbidden`
   *   (someone else holds it), `not_found`, `conflict` (closed)
   */
  async transfer(conversationId: string, agent: AgentRef, target: TransferTarget): Promise<ConversationRecord> {
    const note = target.note.trim().slice(0, 2000);
    if (!note) throw new HandoffError('invalid', 'a transfer needs a note for the colleague');
    if (!target.team && !target.agentId) throw new HandoffError('invalid', 'choose a team or an agent');
    const out = await this.deps.db.transaction(async (tx) => {
      const r = await tx.query(`SELECT * FROM conversations WHERE id = $1 FOR UPDATE`, [conversationId]);
      if (!r.rows[0]) throw new HandoffError('not_found', 'conversation not found');
      const cur = toConversation(r.rows[0]);
      if (cur.control === 'closed') throw new HandoffError('conflict', 'conversation is closed', null);
      const mayAct = (cur.control === 'agent' && cur.assignedAgentId === agent.id) || agent.role !== 'agent';
      if (!mayAct) throw new HandoffError('forbidden', 'take over the conversation before transferring it');
      let toAgent: { id: string; team: string | null } | null = null;
      if (target.agentId) {
        const a = await tx.query<{ id: string; team: string | null; disabled: boolean }>(
          `SELECT id, team, disabled FROM agents WHERE id::text = $1`,
          [target.agentId],
        );
        if (!a.rows[0] || a.rows[0].disabled) throw new HandoffError('invalid', 'unknown agent');
        if (a.rows[0].id === cur.assignedAgentId) throw new HandoffError('invalid', 'that agent already holds the conversation');
        toAgent = a.rows[0];
      }
      const team = target.team ?? toAgent?.team ?? cur.team;
      const upd = await tx.query(
        toAgent
          ? `UPDATE conversations SET control = 'agent', assigned_agent_id = $2, team = $3, updated_at = now()
              WHERE id = $1 RETURNING *`
          : `UPDATE conversations SET control = 'queued', assigned_agent_id = NULL, team = $3,
                    queued_at = COALESCE(queued_at, now()), updated_at = now()
              WHERE id = $1 AND $2::uuid IS NULL RETURNING *`,
        [conversationId, toAgent?.id ?? null, team],
      );
      const conv = toConversation(upd.rows[0]!);
      const ev = await tx.query<{ id: string }>(
        `INSERT INTO conversation_events (conversation_id, type, agent_id, data) VALUES ($1, 'transferred', $2, $3::jsonb) RETURNING id`,
        [conversationId, agent.id, JSON.stringify({ fromAgentId: cur.assignedAgentId, fromTeam: cur.team, toTeam: team, toAgentId: toAgent?.id ?? null, note })],
      );
      const ids = await this.deps.store.appendOutbound(tx, conversationId, [
        this.system(conv, `transfer:${conversationId}:${ev.rows[0]!.id}`, textsFor(conv.lang).transferred),
      ]);
      return { conv, ids };
    });
    await this.deps.deliveries.enqueue(conversationId, out.ids);
    this.deps.events.conversationChanged(conversationId, 'control');
    return out.conv;
  }

  /**
   * Hand the conversation back to the bot (it starts a fresh intake on the next message).
   * @throws HandoffError `forbidden` when another agent holds it
   */
  async handBack(conversationId: string, agent: AgentRef): Promise<void> {
    const conv = await this.transition(conversationId, agent, 'bot', 'handed-back', (c) => textsFor(c.lang).handedBack);
    await this.deps.resetBotState(conv);
  }

  /**
   * Close the conversation with an outcome.
   * @throws HandoffError `forbidden` when another agent holds it, `invalid` for an unknown outcome
   */
  async close(conversationId: string, agent: AgentRef, outcome: CloseOutcome, note?: string): Promise<void> {
    if (!CLOSE_OUTCOMES.includes(outcome)) throw new HandoffError('invalid', `unknown outcome ${outcome}`);
    const conv = await this.transition(conversationId, agent, 'closed', 'closed', (c) => textsFor(c.lang).closed, {
      outcome,
      note: note?.slice(0, 2000),
    });
    await this.deps.resetBotState(conv);
    await this.deps.caseHooks?.onClose(conversationId, agent, outcome, note);
  }

  private async transition(
    conversationId: string,
    agent: AgentRef,
    to: 'bot' | 'closed',
    eventType: string,
    notice: (c: ConversationRecord) => string,
    data: Record<string, unknown> = {},
  ): Promise<ConversationRecord> {
    const out = await this.deps.db.transaction(async (tx) => {
      const r = await tx.query(
        `UPDATE conversations SET control = $3, assigned_agent_id = NULL, queued_at = NULL, priority = 0, updated_at = now()
          WHERE id = $1 AND (control IN ('queued', 'bot') OR (control = 'agent' AND (assigned_agent_id = $2 OR $4)))
        RETURNING *`,
        [conversationId, agent.id, to, agent.role !== 'agent'],
      );
      if (!r.rows[0]) {
        const exists = await tx.query<{ control: string }>(`SELECT control FROM conversations WHERE id = $1`, [conversationId]);
        if (!exists.rows[0]) throw new HandoffError('not_found', 'conversation not found');
        if (exists.rows[0].control === 'closed') throw new HandoffError('conflict', 'conversation is already closed', null);
        throw new HandoffError('forbidden', 'another agent holds this conversation');
      }
      const conv = toConversation(r.rows[0]);
      await this.event(tx, conversationId, eventType, agent.id, data);
      const ids = await this.deps.store.appendOutbound(tx, conversationId, [
        this.system(conv, `${eventType}:${conversationId}:${Date.now()}`, notice(conv)),
      ]);
      return { conv, ids };
    });
    await this.deps.deliveries.enqueue(conversationId, out.ids);
    this.deps.events.conversationChanged(conversationId, 'control');
    return out.conv;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private system(conv: ConversationRecord, key: string, text: string) {
    return {
      senderRole: 'system' as const,
      senderName: 'Gemeente',
      activity: { type: 'message', text, locale: localeOf(conv.lang) } as Partial<Activity>,
      idempotencyKey: `system:${key}`,
    };
  }

  private async event(tx: Queryable, conversationId: string, type: string, agentId: string | null, data: object) {
    await tx.query(`INSERT INTO conversation_events (conversation_id, type, agent_id, data) VALUES ($1, $2, $3, $4::jsonb)`, [
      conversationId,
      type,
      agentId,
      JSON.stringify(data),
    ]);
  }
}

function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] || displayName;
}

function localeOf(lang: string | null): string {
  return lang === 'en' ? 'en-GB' : 'nl-NL';
}
