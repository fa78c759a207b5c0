import { createHash, randomUUID } from 'node:crypto';
import type Bull from 'bull';
import type { Activity } from 'botbuilder';
import type { ChannelSender } from '../../channels/contract.js';
import type { HandoffContext } from '../../dialogs/ports.js';
import { detectWantsFormal } from '../../nlp/intent.js';
import type { AgentRef, CloseOutcome, ConsoleEvents, DeliveryPort } from '../handoff.js';
import type { Logger } from '../logger.js';
import { SqlParams, type Db, type Queryable } from '../store/db.js';
import type { MessageStore, TurnCaseHints } from '../store/messages.js';
import type { ConversationRecord, MessageRecord } from '../store/records.js';
import type { HandoffCasePart } from './hooks.js';
import type { CaseSettings } from './config.js';
import {
  addDays,
  bezwaarDeadline,
  complaintDecisionDeadline,
  localDate,
  notHandledNoticeDeadline,
  isOverdue,
  type Clock,
  type ComplaintTerms,
  type LocalDate,
} from './deadlines.js';
import { expectedJobs, jobId, type CaseJob } from './jobs.js';
import {
  CASE_COLUMNS,
  canTransition,
  REFERENCE_PATTERN,
  toCase,
  type CaseKind,
  type CaseRecord,
  type CaseStatus,
  type Hearing,
} from './records.js';
import { caseTextsFor, readYesNo, type NotHandledReason, type Outcome } from './texts.js';

/** Who did something to a case. */
export type Actor = { kind: 'agent'; agent: AgentRef } | { kind: 'resident' } | { kind: 'system' };

/** A refused case action; `code` maps to an HTTP status in the console API. */
export class CaseError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'invalid' | 'forbidden',
    message: string,
  ) {
    super(message);
    this.name = 'CaseError';
  }
}

/** The part of HandoffService cases use: put a conversation in a team's queue inside a transaction. */
export interface QueuePort {
  queueInTx(tx: Queryable, conversationId: string, ctx: HandoffContext): Promise<void>;
}

export interface CaseDeps {
  db: Db;
  store: MessageStore;
  deliveries: DeliveryPort;
  events: ConsoleEvents;
  handoff: QueuePort;
  queue: Bull.Queue<CaseJob>;
  clock: Clock;
  settings: CaseSettings;
  /** Sends written confirmations by e-mail when the resident's address is known (Awb 9:6, 9:12). */
  emailSender?: ChannelSender;
  /** Team id → resident-facing name. */
  teamName(teamId: string | null): { id: string; name: string };
  logger: Logger;
}

/** Work to do after a transaction committed: deliveries to enqueue, cases to (re)schedule. */
interface AfterCommit {
  deliveries: Array<{ conversationId: string; ids: string[] }>;
  cases: string[];
  mails: CaseJob[];
}

const OPEN: readonly CaseStatus[] = ['ontvangen', 'informeel', 'opgelost', 'formeel'];

/** A case to create for a conversation ({@link CaseService.caseCtes}); `kind` null: none (only the open case is looked for). */
interface NewCase {
  kind: CaseKind | null;
  bodies: string[];
  law: string[];
  team: string | null;
  summary: string | null;
  lang: string | null;
  linkedBy: 'handoff' | 'agent';
  actor: Actor;
  /** The decision a bezwaar is about (YYYY-MM-DD; anything else counts as none). */
  decisionDate: string | null;
}

/**
 * The text around a reference as `caseOpened` says it in `lang` after a blank line, split where
 * the reference goes (the bilingual text names it twice): `array_to_string(parts, reference)`.
 */
function toldParts(lang: string | null): string[] {
  const mark = '\u0000';
  return `\n\n${caseTextsFor(lang).caseOpened(mark)}`.split(mark);
}

/**
 * Cases (dossiers): what the municipality does about one complaint, signal or bezwaar, across
 * conversations and channels (DESIGN §3). Creates a case on handoff, links conversations (only
 * at handoff, by the resident's reference or by an agent — never by guessing), runs the status
 * machine with every change recorded (who, when), the formal procedure of Awb chapter 9, the
 * follow-up after an informal solution, and the delayed jobs for reminders and deadlines.
 */
export class CaseService {
  /** Work left over from handoff turns, run once the turn's transaction committed. */
  private readonly pending = new Map<string, AfterCommit>();

  constructor(private readonly deps: CaseDeps) {}

  private get terms(): ComplaintTerms {
    const s = this.deps.settings;
    return { decisionWeeks: s.decisionWeeks, committeeWeeks: s.committeeWeeks, extensionWeeks: s.extensionWeeks, noticeWeeks: 4 };
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  // ---------------------------------------------------------------------------------------
  // reading

  async get(id: string, q: Queryable = this.deps.db): Promise<CaseRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const r = await q.query(`SELECT ${CASE_COLUMNS} FROM cases cs WHERE cs.id = $1`, [id]);
    return r.rows[0] ? toCase(r.rows[0]) : null;
  }

  async byReference(reference: string, q: Queryable = this.deps.db): Promise<CaseRecord | null> {
    const r = await q.query(`SELECT ${CASE_COLUMNS} FROM cases cs WHERE cs.reference = $1`, [reference.toUpperCase()]);
    return r.rows[0] ? toCase(r.rows[0]) : null;
  }

  /** The cases a conversation belongs to, open ones first, newest first. */
  async forConversation(conversationId: string, q: Queryable = this.deps.db): Promise<CaseRecord[]> {
    const r = await q.query(
      `SELECT ${CASE_COLUMNS} FROM cases cs JOIN case_conversations cc ON cc.case_id = cs.id
        WHERE cc.conversation_id = $1
        ORDER BY (cs.status IN ('afgehandeld', 'ingetrokken')), cs.created_at DESC`,
      [conversationId],
    );
    return r.rows.map(toCase);
  }

  private async lock(tx: Queryable, id: string): Promise<CaseRecord> {
    const r = await tx.query(`SELECT ${CASE_COLUMNS} FROM cases cs WHERE cs.id = $1 FOR UPDATE`, [id]);
    if (!r.rows[0]) throw new CaseError('not_found', 'case not found');
    return toCase(r.rows[0]);
  }

  // ---------------------------------------------------------------------------------------
  // hooks called by the turn processor and the handoff service

  /**
   * Called in the turn's transaction when the bot hands a conversation to a person. A klacht,
   * signaal or bezwaar (or anything the resident wants handled formally) gets a case with a new
   * reference, told to the resident; a conversation already linked to an open case keeps it.
   * @returns outbound message ids to deliver with the turn's replies, and work after the commit
   */
  async onHandoffInTx(tx: Queryable, conv: ConversationRecord, ctx: HandoffContext): Promise<{ messageIds: string[] } | null> {
    const h = this.handoffCase(conv, ctx);
    const messageIds: string[] = [];
    // One statement: the conversation's open case (given the team when it had none), or else,
    // for a case kind, a new case whose reference goes with the bot's handoff reply of this
    // turn (one message, not two).
    const r = await this.createInTx(tx, conv, h.o, { unlessOpen: true, tellIn: h.lang });
    let caseId: string;
    if (r.existingId) caseId = r.existingId;
    else if (!r.created) return null;
    else {
      caseId = r.created.id;
      // Only when there was no bot reply to carry it, the reference is sent on its own.
      if (!r.told) {
        const told = caseTextsFor(h.lang).caseOpened(r.created.reference);
        messageIds.push(...(await this.deps.store.appendOutbound(tx, conv.id, [this.systemMessage(h.lang, `case:${r.created.id}:opened`, told)])));
      }
    }
    const after = this.afterHandoffCase(caseId, r.created, h.wantsFormal);
    if (h.wantsFormal) await this.startFormalInTx(tx, caseId, { kind: 'resident' }, { conversationId: conv.id }, after);
    for (const d of after.deliveries) {
      if (d.conversationId === conv.id) messageIds.push(...d.ids);
    }
    after.deliveries = after.deliveries.filter((d) => d.conversationId !== conv.id);
    this.pending.set(conv.id, after);
    return { messageIds };
  }

  /**
   * The case of a bot handoff as a part of the turn's completion statement
   * ({@link MessageStore.completeTurnWith}), instead of {@link onHandoffInTx} in a transaction:
   * the same case (the conversation's open one, given the team it lacked, or a new one for a
   * case kind, with the year's next reference, its link and `created` event), the reference
   * added to the newest of the turn's bot replies with text as that is inserted, the counter
   * row locked after the conversation row (as in the transaction) and only until the statement
   * commits. `settle`, with the statement's `extra`, leaves the work after the commit for
   * {@link afterHandoff}.
   * @returns null when the handoff needs onHandoffInTx (the resident asks for formal handling);
   *   else `creates` (a new case may be made: its reference needs a bot reply with text in the
   *   turn, or onHandoffInTx, which sends it on its own), `part` and `settle`
   */
  handoffPart(conv: ConversationRecord, ctx: HandoffContext): HandoffCasePart | null {
    const h = this.handoffCase(conv, ctx);
    if (h.wantsFormal) return null;
    return {
      creates: h.o.kind !== null,
      part: (p) => {
        const cte = this.caseCtes(p, conv, h.o, { unlessOpen: true, after: 'c' });
        return {
          middle: [...cte, `case_tail AS (SELECT array_to_string(${p.add(toldParts(h.lang))}::text[], cs.reference) AS tail FROM cs)`],
          tell: 'case_tail',
          // The reference goes into a reply this statement inserts: a reply stored already (a
          // retried turn) leaves it to onHandoffInTx, which finds the newest queued one.
          freshOnly: true,
          // The open case is read with the statement's snapshot: an agent's transaction that made
          // one and held the conversation meanwhile leaves the handoff to onHandoffInTx.
          unchangedConversation: true,
          extra: { openCaseId: '(SELECT id FROM open)', newCase: `(SELECT to_jsonb(x) FROM (SELECT ${CASE_COLUMNS} FROM cs) x)` },
        };
      },
      settle: (extra) => {
        const created = extra.newCase ? toCase(extra.newCase as Record<string, unknown>) : null;
        const caseId = (extra.openCaseId as string | null) ?? created?.id;
        if (caseId) this.pending.set(conv.id, this.afterHandoffCase(caseId, created, false));
      },
    };
  }

  /** What a bot handoff asks of cases: the case to create (or look for), its language, a formal wish. */
  private handoffCase(conv: ConversationRecord, ctx: HandoffContext): { o: NewCase; lang: string | null; wantsFormal: boolean } {
    const c = ctx.classification;
    const wantsFormal = Boolean(c?.wantsFormal);
    let kind: CaseKind | null = c && ['klacht', 'signaal', 'bezwaar'].includes(c.kind) ? (c.kind as CaseKind) : null;
    if (!kind && wantsFormal) kind = 'klacht';
    const bz = (ctx as HandoffContext & { bezwaar?: { decisionDate?: string | null } }).bezwaar;
    return {
      o: {
        kind,
        bodies: c?.bodies ?? [],
        law: c?.law ?? [],
        team: ctx.team.id,
        summary: ctx.summary,
        lang: ctx.lang,
        linkedBy: 'handoff',
        actor: { kind: 'system' },
        decisionDate: kind === 'bezwaar' ? bz?.decisionDate ?? null : null,
      },
      lang: conv.lang ?? ctx.lang,
      wantsFormal,
    };
  }

  /**
   * The work after a handoff's commit. A case created just now is as the statement returned it
   * (nothing else in the turn changes it unless it goes formal): when that state expects no jobs
   * (a klacht or signaal `ontvangen`), there is nothing to schedule after the commit, and no need
   * to read it again then; whatever changes it later schedules its own jobs (and the sweep
   * re-creates lost ones).
   */
  private afterHandoffCase(caseId: string, created: CaseRecord | null, wantsFormal: boolean): AfterCommit {
    const after: AfterCommit = { deliveries: [], cases: [], mails: [] };
    if (!created || wantsFormal || expectedJobs(created, this.deps.settings).length) after.cases.push(caseId);
    return after;
  }

  /** After the handoff turn committed: schedule the case's jobs, send e-mail copies. */
  async afterHandoff(conversationId: string): Promise<void> {
    const after = this.pending.get(conversationId);
    this.pending.delete(conversationId);
    if (after) await this.afterCommit(after);
  }

  /**
   * Create a case for a conversation in ONE statement: take the year's next reference number,
   * insert the case (`ontvangen`), its link to the conversation and its `created` event
   * ({@link caseCtes}). The reference counter is a hot row locked from here to the commit:
   * nothing else waits in between. With `how`:
   * - `unlessOpen`: when the conversation has an open case (the newest), create nothing and
   *   return its id instead, after giving it `o.team` when it had no team;
   * - `tellIn`: append the reference, as `caseOpened` says it in that language, to the newest
   *   queued bot reply of the conversation (in this transaction too).
   * `o.kind` null creates nothing (only the open case is looked for).
   * @returns `existingId` (the open case, with `unlessOpen`), `created` (the new case, else
   *   null) and `told` (whether a bot reply carries the reference now)
   */
  private async createInTx(
    tx: Queryable,
    conv: ConversationRecord,
    o: NewCase,
    how: { unlessOpen?: boolean; tellIn?: string | null } = {},
  ): Promise<{ existingId: string | null; created: CaseRecord | null; told: boolean }> {
    const p = new SqlParams();
    const ctes = this.caseCtes(p, conv, o, how);
    const parts = p.add(how.tellIn !== undefined ? toldParts(how.tellIn) : null);
    const convId = p.add(conv.id);
    const r = await tx.query<Record<string, unknown> & { existing_id: string | null; told: string | number; id: string | null }>(
      `WITH ${ctes.join(',\n       ')},
       told AS (
         UPDATE messages m SET text = m.text || array_to_string(${parts}::text[], cs.reference),
                activity = jsonb_set(m.activity, '{text}', to_jsonb(m.text || array_to_string(${parts}::text[], cs.reference)))
           FROM cs
          WHERE ${parts}::text[] IS NOT NULL
            AND m.id = (SELECT id FROM messages WHERE conversation_id = ${convId} AND direction = 'out' AND sender_role = 'bot'
                          AND status = 'queued' AND text IS NOT NULL ORDER BY seq DESC LIMIT 1)
         RETURNING m.id)
       SELECT (SELECT id FROM open) AS existing_id, (SELECT count(*) FROM told) AS told, c.*
         FROM (SELECT 1) one LEFT JOIN (SELECT ${CASE_COLUMNS} FROM cs) c ON true`,
      p.values,
    );
    const row = r.rows[0]!;
    return { existingId: row.existing_id, created: row.id ? toCase(row) : null, told: Number(row.told) > 0 };
  }

  /**
   * The CTEs that create a case for a conversation: `open` (with `how.unlessOpen` the
   * conversation's newest open case, else none), `team` (gives the open case `o.team` when it had
   * none), `n` (the year's next reference number, taken unless there is an open case or `o.kind`
   * is null), `cs` (the case, `ontvangen`; all its columns), `link` and `case_ev` (its `created`
   * event). The reference is formatReference's (records.ts), in SQL.
   * @param how.after a CTE read before the counter row and an open case are locked (e.g. the
   *   turn's conversation UPDATE `c`), so the locks come in the order the transaction took them
   */
  private caseCtes(p: SqlParams, conv: ConversationRecord, o: NewCase, how: { unlessOpen?: boolean; after?: string }): string[] {
    const now = this.now();
    const decisionDate = o.decisionDate && /^\d{4}-\d{2}-\d{2}$/.test(o.decisionDate) ? o.decisionDate : null;
    const kind = p.add(o.kind);
    const team = p.add(o.team);
    const convId = p.add(conv.id);
    const year = p.add(Number(localDate(now).slice(0, 4)));
    const at = p.add(now);
    const agentId = p.add(o.actor.kind === 'agent' ? o.actor.agent.id : null);
    const after = how.after ? ` AND EXISTS (SELECT 1 FROM ${how.after})` : '';
    return [
      `open AS (
         SELECT cs.id, cs.team FROM cases cs JOIN case_conversations cc ON cc.case_id = cs.id
          WHERE ${p.add(how.unlessOpen === true)}::boolean AND cc.conversation_id = ${convId} AND cs.status IN (${OPEN.map((x) => `'${x}'`).join(', ')})
          ORDER BY cs.created_at DESC LIMIT 1)`,
      `team AS (UPDATE cases SET team = ${team} WHERE id = (SELECT id FROM open) AND team IS NULL${after})`,
      `n AS (
         INSERT INTO case_reference_counters (year, last)
         SELECT ${year}::int, 1 WHERE ${kind}::text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM open)${after}
         ON CONFLICT (year) DO UPDATE SET last = case_reference_counters.last + 1 RETURNING last)`,
      // formatReference (records.ts) in SQL: K-year-number, at least six digits (lpad alone would cut longer ones).
      `cs AS (
         INSERT INTO cases (id, reference, kind, status, bodies, law, team, resident_id, channel, lang, summary, received_at,
                            decision_date, bezwaar_deadline, created_at, updated_at)
         SELECT ${p.add(randomUUID())}, 'K-' || ${year}::int || '-' || lpad(n.last::text, greatest(6, length(n.last::text)), '0'), ${kind}, 'ontvangen',
                ${p.add(JSON.stringify(o.bodies))}::jsonb, ${p.add(JSON.stringify(o.law))}::jsonb, ${team}, ${p.add(conv.residentId)}, ${p.add(conv.channel)},
                ${p.add(o.lang)}, ${p.add(o.summary)}, ${at}, ${p.add(decisionDate)}, ${p.add(decisionDate ? bezwaarDeadline(decisionDate) : null)}, ${at}, ${at}
           FROM n
         RETURNING *)`,
      `link AS (
         INSERT INTO case_conversations (case_id, conversation_id, linked_by, agent_id, linked_at)
         SELECT id, ${convId}, ${p.add(o.linkedBy)}, ${agentId}, ${at} FROM cs)`,
      `case_ev AS (
         INSERT INTO case_events (case_id, type, from_status, to_status, actor, agent_id, data, at)
         SELECT id, 'created', NULL, 'ontvangen', ${p.add(o.actor.kind)}, ${agentId},
                jsonb_build_object('reference', reference, 'kind', kind, 'conversationId', ${convId}::uuid, 'channel', channel), ${at}
           FROM cs)`,
    ];
  }

  /**
   * Called for every resident message before the bot or an agent sees it.
   * - An answer to the follow-up question: "ja" confirms, "nee" reopens the case and queues it.
   * - A case reference (`K-2026-000123`) of an existing case links this conversation to it (the
   *   only way a resident links channels); with the bot in control the message goes straight to
   *   the case's team.
   * - A request for formal handling on a conversation with an open case starts the formal route.
   * @param known what the turn's read found ({@link MessageStore.pendingTurn}); without it the
   *   follow-up and open-case checks are read here
   * @returns true when the message was fully handled here (the bot must not run)
   */
  async onInbound(conv: ConversationRecord, msg: MessageRecord, known?: TurnCaseHints): Promise<boolean> {
    const text = (msg.text ?? '').trim();
    if (!text) return false;
    // Most messages are neither a follow-up answer nor name a reference: the turn's read (or one
    // plain read) decides that, and the locking transaction below runs only when there is
    // something to do.
    if (!REFERENCE_PATTERN.test(text) && !(known ? known.awaitsFollowUp : await this.awaitsFollowUp(conv.id))) {
      return this.onFormalWish(conv, text, known);
    }
    const after: AfterCommit = { deliveries: [], cases: [], mails: [] };
    let consumed = false;

    await this.deps.db.transaction(async (tx) => {
      // 1. follow-up answer
      const fu = await tx.query(
        `SELECT ${CASE_COLUMNS} FROM cases cs WHERE cs.follow_up_conversation_id = $1 AND cs.follow_up_asked_at IS NOT NULL
            AND cs.follow_up_result IS NULL AND cs.status = 'opgelost' ORDER BY cs.follow_up_asked_at DESC LIMIT 1 FOR UPDATE`,
        [conv.id],
      );
      if (fu.rows[0]) {
        const c = toCase(fu.rows[0]);
        const answer = readYesNo(text);
        const t = caseTextsFor(conv.lang ?? c.lang);
        const now = this.now();
        await tx.query(`UPDATE cases SET follow_up_result = $2, follow_up_at = $3, updated_at = $3 WHERE id = $1`, [
          c.id,
          answer === 'yes' ? 'opgelost' : answer === 'no' ? 'niet-opgelost' : 'onduidelijk',
          now,
        ]);
        await this.event(tx, c.id, 'follow-up.answered', null, null, { kind: 'resident' }, { answer, messageId: msg.id });
        let reply: string;
        if (answer === 'yes') reply = t.followUpYes;
        else {
          if (answer === 'no') {
            await this.transitionInTx(tx, c, 'informeel', { kind: 'resident' }, { reason: 'follow-up: niet opgelost' }, 'reopened');
            await tx.query(`UPDATE cases SET reopen_count = reopen_count + 1 WHERE id = $1`, [c.id]);
            reply = t.followUpNo(c.reference);
          } else reply = t.followUpOther;
          if (conv.control === 'bot' || conv.control === 'closed') {
            await this.deps.handoff.queueInTx(tx, conv.id, {
              reason: 'follow-up' as HandoffContext['reason'],
              classification: null,
              team: this.deps.teamName(c.team),
              summary: `Nazorg ${c.reference}: ${answer === 'no' ? 'inwoner zegt dat het probleem niet is opgelost' : 'inwoner reageert op de nazorgvraag'}.`,
              lang: conv.lang ?? c.lang ?? 'nl',
            });
          }
        }
        const ids = await this.deps.store.appendOutbound(tx, conv.id, [this.systemMessage(conv.lang ?? c.lang, `case:${c.id}:followup-answer:${msg.id}`, reply)]);
        await this.deps.store.markProcessed(tx, msg.id);
        after.deliveries.push({ conversationId: conv.id, ids });
        after.cases.push(c.id);
        consumed = true;
        return;
      }

      // 2. a reference the resident gives
      const m = REFERENCE_PATTERN.exec(text);
      if (m) {
        const c = await this.byReference(`K-${m[1]}-${m[2]}`, tx);
        if (c) {
          const linked = await tx.query(
            `INSERT INTO case_conversations (case_id, conversation_id, linked_by, linked_at) VALUES ($1, $2, 'reference', $3)
             ON CONFLICT DO NOTHING RETURNING case_id`,
            [c.id, conv.id, this.now()],
          );
          if (linked.rowCount > 0) {
            await this.event(tx, c.id, 'conversation.linked', null, null, { kind: 'resident' }, { conversationId: conv.id, channel: conv.channel, by: 'reference' });
            after.cases.push(c.id);
            if (conv.control === 'bot' || conv.control === 'closed') {
              const t = caseTextsFor(conv.lang ?? c.lang);
              const ids = await this.deps.store.appendOutbound(tx, conv.id, [
                this.systemMessage(conv.lang ?? c.lang, `case:${c.id}:linked:${conv.id}`, t.linkedByReference(c.reference)),
              ]);
              await this.deps.handoff.queueInTx(tx, conv.id, {
                reason: 'case-reference' as HandoffContext['reason'],
                classification: null,
                team: this.deps.teamName(c.team),
                summary: `Inwoner noemt dossier ${c.reference}: ${text.replace(/\s+/g, ' ').slice(0, 200)}`,
                lang: conv.lang ?? c.lang ?? 'nl',
              });
              await this.deps.store.markProcessed(tx, msg.id);
              after.deliveries.push({ conversationId: conv.id, ids });
              consumed = true;
              return;
            }
          }
        }
      }
    });
    await this.afterCommit(after);
    if (consumed) {
      this.deps.events.conversationChanged(conv.id, 'control');
      return true;
    }

    return this.onFormalWish(conv, text);
  }

  /** Whether a case waits for this conversation's answer to its follow-up question. */
  private async awaitsFollowUp(conversationId: string): Promise<boolean> {
    const r = await this.deps.db.query(
      `SELECT 1 FROM cases WHERE follow_up_conversation_id = $1 AND follow_up_asked_at IS NOT NULL
          AND follow_up_result IS NULL AND status = 'opgelost' LIMIT 1`,
      [conversationId],
    );
    return r.rows.length > 0;
  }

  /**
   * 3. formal handling asked for on a conversation that has an open, informal case.
   * @param known the turn's read, whose `openCaseId` is that case; without it the case is read here
   * @returns false (the bot still answers)
   */
  private async onFormalWish(conv: ConversationRecord, text: string, known?: TurnCaseHints): Promise<false> {
    if (detectWantsFormal(text)) {
      const open = known ? known.openCaseId : (await this.forConversation(conv.id)).find((c) => ['ontvangen', 'informeel', 'opgelost'].includes(c.status))?.id;
      if (open) await this.startFormal(open, { kind: 'resident' }, { conversationId: conv.id });
    }
    return false;
  }

  /** An agent took over a conversation: its open case is handled informally by that agent. */
  async onClaim(conversationId: string, agent: AgentRef): Promise<void> {
    const after: AfterCommit = { deliveries: [], cases: [], mails: [] };
    await this.deps.db.transaction(async (tx) => {
      for (const c0 of await this.forConversation(conversationId, tx)) {
        const c = await this.lock(tx, c0.id);
        if (!c.handlerAgentId) {
          await tx.query(`UPDATE cases SET handler_agent_id = $2, updated_at = $3 WHERE id = $1`, [c.id, agent.id, this.now()]);
          await this.event(tx, c.id, 'handler.assigned', null, null, { kind: 'agent', agent }, { handler: agent.id });
        }
        if (c.status === 'ontvangen') await this.transitionInTx(tx, c, 'informeel', { kind: 'agent', agent }, {});
        after.cases.push(c.id);
      }
    });
    await this.afterCommit(after);
  }

  /** An agent closed a conversation with an outcome: its open case follows where it applies. */
  async onClose(conversationId: string, agent: AgentRef, outcome: CloseOutcome, note?: string): Promise<void> {
    for (const c of await this.forConversation(conversationId)) {
      try {
        if (outcome === 'opgelost-informeel' && ['ontvangen', 'informeel'].includes(c.status)) await this.solve(c.id, agent, note);
        else if (outcome === 'formele-procedure' && ['ontvangen', 'informeel', 'opgelost'].includes(c.status)) await this.startFormal(c.id, { kind: 'agent', agent });
        else if (outcome === 'ingetrokken' && c.status !== 'afgehandeld' && c.status !== 'ingetrokken') await this.transition(c.id, 'ingetrokken', { kind: 'agent', agent }, note);
      } catch (err) {
        this.deps.logger.warn({ caseId: c.id, err: (err as Error).message }, 'case did not follow the conversation close');
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // agent actions

  /** Make a case for a conversation by hand (e.g. a question that turned out to be a complaint). */
  async createForConversation(conversationId: string, agent: AgentRef, kind: CaseKind): Promise<CaseRecord> {
    const after: AfterCommit = { deliveries: [], cases: [], mails: [] };
    const created = await this.deps.db.transaction(async (tx) => {
      // The conversation row first, the reference counter after (in createInTx): the order the
      // handoff turn takes them, so the two cannot deadlock; and the open-case check below reads
      // after a handoff that held the row has committed its case (found by a tester, 2026-12-02).
      await tx.query(`SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE`, [conversationId]);
      const conv = await this.deps.store.getConversation(conversationId, tx);
      if (!conv) throw new CaseError('not_found', 'conversation not found');
      const open = (await this.forConversation(conversationId, tx)).find((x) => OPEN.includes(x.status));
      if (open) throw new CaseError('conflict', `conversation already belongs to ${open.reference}`);
      const cls = conv.classification ?? {};
      const { created: c } = await this.createInTx(tx, conv, {
        kind,
        bodies: Array.isArray(cls.bodies) ? (cls.bodies as string[]) : [],
        law: Array.isArray(cls.law) ? (cls.law as string[]) : [],
        team: conv.team,
        summary: typeof cls.summary === 'string' ? cls.summary : null,
        lang: conv.lang,
        linkedBy: 'agent',
        actor: { kind: 'agent', agent },
        decisionDate: null,
      });
      if (!c) throw new Error(`case for conversation ${conv.id} not created`);
      const ids = await this.deps.store.appendOutbound(tx, conv.id, [
        this.systemMessage(conv.lang, `case:${c.id}:opened`, caseTextsFor(conv.lang).caseOpened(c.reference)),
      ]);
      after.deliveries.push({ conversationId: conv.id, ids });
      after.cases.push(c.id);
      if (conv.control === 'agent' && conv.assignedAgentId) {
        await tx.query(`UPDATE cases SET handler_agent_id = $2 WHERE id = $1`, [c.id, conv.assignedAgentId]);
        await this.transitionInTx(tx, c, 'informeel', { kind: 'agent', agent }, {});
      }
      return c;
    });
    await this.afterCommit(after);
    return (await this.get(created.id))!;
  }

  /** Link another conversation to a case (an agent's decision; the resident's own way is the reference). */
  async linkConversation(caseId: string, conversationId: string, agent: AgentRef): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      await this.lock(tx, caseId);
      const conv = await this.deps.store.getConversation(conversationId, tx);
      if (!conv) throw new CaseError('not_found', 'conversation not found');
      const r = await tx.query(
        `INSERT INTO case_conversations (case_id, conversation_id, linked_by, agent_id, linked_at) VALUES ($1, $2, 'agent', $3, $4)
         ON CONFLICT DO NOTHING`,
        [caseId, conversationId, agent.id, this.now()],
      );
      if (r.rowCount > 0) {
        await this.event(tx, caseId, 'conversation.linked', null, null, { kind: 'agent', agent }, { conversationId, channel: conv.channel, by: 'agent' });
      }
    });
  }

  /** Record an e-mail address of the case's resident (an agent links this identity; Awb 9:6 letters go there too). */
  async addEmailAddress(caseId: string, email: string, agent: AgentRef): Promise<void> {
    const address = email.trim().toLowerCase();
    if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address)) throw new CaseError('invalid', 'not an e-mail address');
    await this.deps.db.transaction(async (tx) => {
      const c = await this.lock(tx, caseId);
      if (!c.residentId) throw new CaseError('invalid', 'case has no resident');
      const r = await tx.query(
        `INSERT INTO resident_addresses (channel, address, resident_id) VALUES ('email', $1, $2) ON CONFLICT (channel, address) DO NOTHING`,
        [address, c.residentId],
      );
      if (r.rowCount === 0) {
        const owner = await tx.query<{ resident_id: string }>(`SELECT resident_id FROM resident_addresses WHERE channel = 'email' AND address = $1`, [address]);
        if (owner.rows[0]?.resident_id !== c.residentId) throw new CaseError('conflict', 'this address belongs to another resident');
      }
      await this.event(tx, caseId, 'contact.added', null, null, { kind: 'agent', agent }, { channel: 'email' });
    });
  }

  async addNote(caseId: string, agent: AgentRef, text: string): Promise<void> {
    const body = text.trim();
    if (!body) throw new CaseError('invalid', 'empty note');
    await this.deps.db.transaction(async (tx) => {
      await this.lock(tx, caseId);
      await tx.query(`INSERT INTO case_notes (id, case_id, agent_id, kind, text, at) VALUES ($1, $2, $3, 'note', $4, $5)`, [
        randomUUID(),
        caseId,
        agent.id,
        body.slice(0, 4000),
        this.now(),
      ]);
      await this.event(tx, caseId, 'note', null, null, { kind: 'agent', agent }, {});
    });
  }

  /** Change the status (checked against the allowed transitions). */
  async transition(caseId: string, to: CaseStatus, actor: Actor, note?: string): Promise<CaseRecord> {
    if (to === 'formeel') return this.startFormal(caseId, actor);
    if (to === 'opgelost' && actor.kind === 'agent') return this.solve(caseId, actor.agent, note);
    const after: AfterCommit = { deliveries: [], cases: [caseId], mails: [] };
    await this.deps.db.transaction(async (tx) => {
      const c = await this.lock(tx, caseId);
      await this.transitionInTx(tx, c, to, actor, note ? { note: note.slice(0, 2000) } : {});
      if (to === 'informeel' && c.status === 'opgelost') await tx.query(`UPDATE cases SET reopen_count = reopen_count + 1 WHERE id = $1`, [caseId]);
    });
    await this.afterCommit(after);
    return (await this.get(caseId))!;
  }

  /**
   * Informal solution: status `opgelost`, follow-up scheduled after `CASE_FOLLOWUP_DAYS` (Awb 9:5:
   * only the complainant's satisfaction ends the procedure — the follow-up asks them).
   */
  async solve(caseId: string, agent: AgentRef, note?: string): Promise<CaseRecord> {
    const after: AfterCommit = { deliveries: [], cases: [caseId], mails: [] };
    await this.deps.db.transaction(async (tx) => {
      const c = await this.lock(tx, caseId);
      const now = this.now();
      await this.transitionInTx(tx, c, 'opgelost', { kind: 'agent', agent }, note ? { note: note.slice(0, 2000) } : {});
      const due = new Date(now.getTime() + this.deps.settings.followUpDays * 86_400_000);
      await tx.query(
        `UPDATE cases SET solved_at = $2, follow_up_due = $3, follow_up_asked_at = NULL, follow_up_result = NULL,
                follow_up_at = NULL, follow_up_conversation_id = NULL, handler_agent_id = COALESCE(handler_agent_id, $4) WHERE id = $1`,
        [caseId, now, due, agent.id],
      );
    });
    await this.afterCommit(after);
    return (await this.get(caseId))!;
  }

  /**
   * Start the formal complaint procedure (Awb 9:1 ff.), asked by the resident or decided by an
   * agent. Computes the Awb 9:11 decision deadline (six weeks, ten with a committee) and the
   * Awb 9:8 notice date (four weeks), and sends the receipt confirmation (Awb 9:6) with reference
   * and date on the resident's channel and by e-mail when an address is known.
   */
  async startFormal(caseId: string, actor: Actor, opts: { committee?: boolean; conversationId?: string } = {}): Promise<CaseRecord> {
    const after: AfterCommit = { deliveries: [], cases: [caseId], mails: [] };
    await this.deps.db.transaction(async (tx) => this.startFormalInTx(tx, caseId, actor, opts, after));
    await this.afterCommit(after);
    return (await this.get(caseId))!;
  }

  private async startFormalInTx(
    tx: Queryable,
    caseId: string,
    actor: Actor,
    opts: { committee?: boolean; conversationId?: string },
    after: AfterCommit,
  ): Promise<void> {
    let c = await this.lock(tx, caseId);
    if (c.status === 'formeel') return;
    if (c.status === 'ontvangen') {
      // The informal step is not skipped silently: the record shows the formal request came first.
      await this.transitionInTx(tx, c, 'informeel', actor, { reason: 'formeel verzoek' });
      c = await this.lock(tx, caseId);
    }
    const now = this.now();
    const received = localDate(now);
    const committee = opts.committee ?? this.deps.settings.committee;
    const deadline = complaintDecisionDeadline(received, { committee, extended: false }, this.terms);
    const notice = notHandledNoticeDeadline(received, this.terms);
    await this.transitionInTx(tx, c, 'formeel', actor, { received, deadline, committee, notice });
    await tx.query(
      `UPDATE cases SET formal_at = $2, formal_received_on = $3, formal_requested_by = $4, committee = $5,
              decision_deadline = $6, notice_deadline = $7, extended = false, kind = CASE WHEN kind = 'signaal' THEN 'klacht' ELSE kind END
        WHERE id = $1`,
      [caseId, now, received, actor.kind, committee, deadline, notice],
    );
    c = await this.lock(tx, caseId);
    const t = caseTextsFor(c.lang);
    await this.letterInTx(tx, c, 'receipt', t.receipt(c.reference, received, deadline, this.deps.settings.municipality), after, opts.conversationId);
    await this.event(tx, caseId, 'receipt.sent', null, null, { kind: 'system' }, { article: 'Awb 9:6', received, deadline });
  }

  /** Awb 9:11 lid 2: postpone the decision once, by at most four weeks, telling the resident. */
  async extend(caseId: string, agent: AgentRef, reason: string): Promise<CaseRecord> {
    const after: AfterCommit = { deliveries: [], cases: [caseId], mails: [] };
    await this.deps.db.transaction(async (tx) => {
      const c = await this.lock(tx, caseId);
      if (c.status !== 'formeel' || !c.formalReceivedOn) throw new CaseError('invalid', 'only a formal complaint can be extended');
      if (c.extended) throw new CaseError('conflict', 'the deadline was extended already (Awb 9:11 lid 2 allows it once)');
      const deadline = complaintDecisionDeadline(c.formalReceivedOn, { committee: c.committee, extended: true }, this.terms);
      await tx.query(`UPDATE cases SET extended = true, extension_reason = $2, decision_deadline = $3, updated_at = $4 WHERE id = $1`, [
        caseId,
        reason.slice(0, 1000),
        deadline,
        this.now(),
      ]);
      await this.event(tx, caseId, 'deadline.extended', null, null, { kind: 'agent', agent }, { article: 'Awb 9:11 lid 2', from: c.decisionDeadline, to: deadline, reason });
      await this.letterInTx(tx, c, 'extension', caseTextsFor(c.lang).extension(c.reference, deadline, reason), after);
    });
    await this.afterCommit(after);
    return (await this.get(caseId))!;
  }

  /** Awb 9:10: record the hearing (or why it was skipped) and its report. */
  async recordHearing(caseId: string, agent: AgentRef, h: { heldOn?: string | null; skipped?: boolean; skipReason?: string; report: string }): Promise<CaseRecord> {
    await this.deps.db.transaction(async (tx) => {
      const c = await this.lock(tx, caseId);
      if (c.status !== 'formeel') throw new CaseError('invalid', 'a hearing belongs to a formal complaint');
      const hearing: Hearing = {
        heldOn: h.heldOn ?? null,
        skipped: Boolean(h.skipped),
        skipReason: h.skipReason,
        report: h.report.slice(0, 8000),
        recordedBy: agent.displayName,
        recordedAt: this.now().toISOString(),
      };
      await tx.query(`UPDATE cases SET hearing = $2::jsonb, updated_at = $3 WHERE id = $1`, [caseId, JSON.stringify(hearing), this.now()]);
      await tx.query(`INSERT INTO case_notes (id, case_id, agent_id, kind, text, at) VALUES ($1, $2, $3, 'hearing', $4, $5)`, [
        randomUUID(),
        caseId,
        agent.id,
        hearing.skipped ? `Niet gehoord: ${h.skipReason ?? ''}\n${hearing.report}` : hearing.report,
        this.now(),
      ]);
      await this.event(tx, caseId, 'hearing.recorded', null, null, { kind: 'agent', agent }, { article: 'Awb 9:10', heldOn: hearing.heldOn, skipped: hearing.skipped });
    });
    await this.schedule(caseId);
    return (await this.get(caseId))!;
  }

  /**
   * Awb 9:12: the written, reasoned outcome (findings, judgment, conclusions) naming the
   * ombudsman and the one-year term (Awb 9:24), on the resident's channel and by e-mail. Status
   * `afgehandeld`; whether it was in time is kept for the annual report (Awb 9:12a).
   */
  async decide(caseId: string, agent: AgentRef, o: Outcome): Promise<CaseRecord> {
    if (!o.findings.trim() || !o.conclusions.trim()) throw new CaseError('invalid', 'findings and conclusions are required (Awb 9:12)');
    const after: AfterCommit = { deliveries: [], cases: [caseId], mails: [] };
    await this.deps.db.transaction(async (tx) => {
      const c = await this.lock(tx, caseId);
      if (c.status !== 'formeel') throw new CaseError('invalid', 'only a formal complaint gets an outcome letter');
      const now = this.now();
      const sentOn = localDate(now);
      const onTime = c.decisionDeadline ? !isOverdue(c.decisionDeadline, now) : null;
      const outcome = { ...o, decidedBy: agent.displayName, sentOn };
      await this.transitionInTx(tx, c, 'afgehandeld', { kind: 'agent', agent }, { judgment: o.judgment, onTime, article: 'Awb 9:12' });
      await tx.query(`UPDATE cases SET outcome = $2::jsonb, outcome_at = $3, closed_at = $3 WHERE id = $1`, [caseId, JSON.stringify(outcome), now]);
      const t = caseTextsFor(c.lang);
      await this.letterInTx(tx, c, 'outcome', t.outcomeLetter(c.reference, o, this.deps.settings.ombudsman, this.deps.settings.municipality), after);
    });
    await this.afterCommit(after);
    return (await this.get(caseId))!;
  }

  /** Awb 9:8: the complaint is not handled; the resident is told why, in writing (within four weeks, lid 2). */
  async notHandled(caseId: string, agent: AgentRef, reason: NotHandledReason, note?: string): Promise<CaseRecord> {
    const after: AfterCommit = { deliveries: [], cases: [caseId], mails: [] };
    await this.deps.db.transaction(async (tx) => {
      const c = await this.lock(tx, caseId);
      if (c.status !== 'formeel') throw new CaseError('invalid', 'only a formal complaint can be declined under Awb 9:8');
      const now = this.now();
      const late = c.noticeDeadline ? isOverdue(c.noticeDeadline, now) : false;
      const nh = { reason, note, decidedBy: agent.displayName, sentOn: localDate(now), late };
      await this.transitionInTx(tx, c, 'afgehandeld', { kind: 'agent', agent }, { notHandled: reason, late, article: 'Awb 9:8' });
      await tx.query(`UPDATE cases SET not_handled = $2::jsonb, outcome_at = $3, closed_at = $3 WHERE id = $1`, [caseId, JSON.stringify(nh), now]);
      await this.letterInTx(tx, c, 'not-handled', caseTextsFor(c.lang).notHandled(c.reference, reason, note, this.deps.settings.ombudsman), after);
    });
    await this.afterCommit(after);
    return (await this.get(caseId))!;
  }

  // ---------------------------------------------------------------------------------------
  // jobs

  /**
   * Make sure every job the case should have exists in bull (idempotent: deterministic jobIds;
   * a job already run is skipped; a delayed job whose time has come by the clock is promoted).
   */
  async schedule(caseId: string): Promise<void> {
    const c = await this.get(caseId);
    if (!c) return;
    const jobs = expectedJobs(c, this.deps.settings);
    if (!jobs.length) return;
    const done = await this.deps.db.query<{ job_key: string }>(`SELECT job_key FROM case_job_runs WHERE case_id = $1`, [caseId]);
    const ran = new Set(done.rows.map((r) => r.job_key));
    for (const job of jobs) if (!ran.has(job.key)) await this.enqueue(job);
  }

  private async enqueue(job: CaseJob): Promise<void> {
    const id = jobId(job);
    const delay = Math.max(0, new Date(job.due).getTime() - this.now().getTime());
    try {
      const existing = await this.deps.queue.getJob(id);
      if (existing) {
        if (delay === 0 && (await existing.isDelayed())) await existing.promote();
        if (await existing.isFailed()) await existing.retry();
        return;
      }
      await this.deps.queue.add(job, {
        jobId: id,
        delay,
        attempts: 6,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: true,
        removeOnFail: { age: 30 * 24 * 3600 },
      });
    } catch (err) {
      this.deps.logger.warn({ caseId: job.caseId, key: job.key, err: (err as Error).message }, 'could not schedule case job; the sweep retries');
    }
  }

  /** Re-create missing jobs of every open case from the database (after a Redis loss, at start, periodically). */
  async sweep(): Promise<number> {
    const r = await this.deps.db.query<{ id: string }>(
      `SELECT id FROM cases WHERE status IN ('ontvangen', 'informeel', 'opgelost', 'formeel')`,
    );
    for (const { id } of r.rows) await this.schedule(id);
    return r.rows.length;
  }

  /** Run one job (the bull worker). Stale jobs (deadline moved, case decided) do nothing. */
  async runJob(job: CaseJob): Promise<void> {
    if (job.type === 'mail') return this.runMail(job);
    const c = await this.get(job.caseId);
    if (!c) return;
    if (!expectedJobs(c, this.deps.settings).some((j) => j.key === job.key)) return;
    if (this.now().getTime() < new Date(job.due).getTime()) return; // the clock says not yet; the sweep re-adds it
    const after: AfterCommit = { deliveries: [], cases: [c.id], mails: [] };
    await this.deps.db.transaction(async (tx) => {
      const first = await tx.query(`INSERT INTO case_job_runs (job_key, case_id, ran_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        `${job.key}`,
        c.id,
        this.now(),
      ]);
      if (first.rowCount === 0) return;
      if (job.type === 'reminder') {
        const coordinators = await tx.query<{ id: string }>(`SELECT id FROM agents WHERE role IN ('coordinator', 'admin') AND NOT disabled`);
        await this.event(tx, c.id, 'reminder', null, null, { kind: 'system' }, {
          deadline: job.deadline,
          date: job.date,
          workingDaysBefore: job.workingDaysBefore,
          to: [...new Set([c.handlerAgentId, ...coordinators.rows.map((x) => x.id)].filter(Boolean))],
        });
      } else if (job.type === 'deadline') {
        await this.event(tx, c.id, 'deadline.passed', null, null, { kind: 'system' }, { deadline: job.deadline, date: job.date });
      } else if (job.type === 'followup') {
        const fresh = await this.lock(tx, c.id);
        if (fresh.status !== 'opgelost' || fresh.followUpAskedAt) return;
        const target = await this.currentConversation(tx, c.id);
        if (!target) return;
        const t = caseTextsFor(target.lang ?? c.lang);
        const ids = await this.deps.store.appendOutbound(tx, target.id, [
          {
            ...this.systemMessage(target.lang ?? c.lang, `case:${c.id}:${job.key}`, t.followUpQuestion(c.reference)),
            activity: {
              type: 'message',
              text: t.followUpQuestion(c.reference),
              locale: target.lang === 'en' ? 'en-GB' : 'nl-NL',
              suggestedActions: { to: [], actions: t.yesNo.map((v) => ({ type: 'imBack', title: v, value: v })) },
              // Outside WhatsApp's 24-hour window the approved follow-up template is sent instead.
              channelData: { whatsappTemplate: { name: 'nazorg_vraag', parameters: [c.reference] } },
            } as Partial<Activity>,
          },
        ]);
        await tx.query(`UPDATE cases SET follow_up_asked_at = $2, follow_up_conversation_id = $3 WHERE id = $1`, [c.id, this.now(), target.id]);
        await this.event(tx, c.id, 'follow-up.asked', null, null, { kind: 'system' }, { conversationId: target.id, channel: target.channel });
        after.deliveries.push({ conversationId: target.id, ids });
      }
    });
    await this.afterCommit(after);
  }

  private async runMail(job: Extract<CaseJob, { type: 'mail' }>): Promise<void> {
    const sender = this.deps.emailSender;
    if (!sender) return;
    const done = await this.deps.db.query(`SELECT 1 FROM case_job_runs WHERE job_key = $1`, [job.key]);
    if (done.rows[0]) return;
    const c = await this.get(job.caseId);
    if (!c) return;
    const id = createHash('sha256').update(`${job.caseId}:${job.key}`).digest('hex').slice(0, 32);
    const { providerMessageId } = await sender.send(
      { conversationId: c.id, address: job.address, externalId: `case:${c.reference}`, channelState: { subject: job.subject }, lastInboundAt: null },
      { id, seq: 0, senderRole: 'system', senderName: this.deps.settings.municipality, activity: { type: 'message', text: job.text }, createdAt: this.now() },
    );
    await this.deps.db.transaction(async (tx) => {
      const first = await tx.query(`INSERT INTO case_job_runs (job_key, case_id, ran_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [job.key, c.id, this.now()]);
      if (first.rowCount > 0) await this.event(tx, c.id, 'letter.emailed', null, null, { kind: 'system' }, { letter: job.key.split(':')[1], providerMessageId });
    });
  }

  // ---------------------------------------------------------------------------------------
  // internals

  private async transitionInTx(tx: Queryable, c: CaseRecord, to: CaseStatus, actor: Actor, data: Record<string, unknown>, type = 'status'): Promise<void> {
    if (c.status === to) return;
    if (!canTransition(c.status, to)) throw new CaseError('invalid', `a case cannot go from ${c.status} to ${to}`);
    const r = await tx.query(
      `UPDATE cases SET status = $3::text, updated_at = $4::timestamptz,
              closed_at = CASE WHEN $3::text IN ('afgehandeld', 'ingetrokken') THEN $4::timestamptz ELSE NULL END
        WHERE id = $1 AND status = $2::text`,
      [c.id, c.status, to, this.now()],
    );
    if (r.rowCount === 0) throw new CaseError('conflict', 'the case changed meanwhile');
    await this.event(tx, c.id, type, c.status, to, actor, data);
    c.status = to;
  }

  private async event(tx: Queryable, caseId: string, type: string, from: string | null, to: string | null, actor: Actor, data: object): Promise<void> {
    await tx.query(
      `INSERT INTO case_events (case_id, type, from_status, to_status, actor, agent_id, data, at) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
      [caseId, type, from, to, actor.kind, actor.kind === 'agent' ? actor.agent.id : null, JSON.stringify(data), this.now()],
    );
  }

  /** The linked conversation the resident used last: where case messages go. */
  private async currentConversation(q: Queryable, caseId: string): Promise<ConversationRecord | null> {
    const r = await q.query(
      `SELECT c.* FROM case_conversations cc JOIN conversations c ON c.id = cc.conversation_id
        WHERE cc.case_id = $1
        ORDER BY (SELECT max(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in') DESC NULLS LAST,
                 cc.linked_at DESC
        LIMIT 1`,
      [caseId],
    );
    if (!r.rows[0]) return null;
    return this.deps.store.getConversation(String(r.rows[0].id), q);
  }

  /**
   * A written message of the procedure (Awb 9:6 receipt, 9:11 extension, 9:12 outcome, 9:8
   * notice): on the resident's channel, and by e-mail to every address known for the case's
   * residents unless that channel is e-mail already.
   */
  private async letterInTx(tx: Queryable, c: CaseRecord, what: string, text: string, after: AfterCommit, conversationId?: string): Promise<void> {
    const key = `${what}:${c.formalReceivedOn ?? ''}:${c.decisionDeadline ?? ''}`;
    const target = conversationId ? await this.deps.store.getConversation(conversationId, tx) : await this.currentConversation(tx, c.id);
    if (target) {
      const ids = await this.deps.store.appendOutbound(tx, target.id, [this.systemMessage(target.lang ?? c.lang, `case:${c.id}:${key}`, text)]);
      after.deliveries.push({ conversationId: target.id, ids });
    }
    const addrs = await tx.query<{ address: string }>(
      `SELECT DISTINCT ra.address FROM case_conversations cc
         JOIN conversations cv ON cv.id = cc.conversation_id
         JOIN resident_addresses ra ON ra.resident_id = cv.resident_id AND ra.channel = 'email'
        WHERE cc.case_id = $1
       UNION
       SELECT ra.address FROM cases cs JOIN resident_addresses ra ON ra.resident_id = cs.resident_id AND ra.channel = 'email'
        WHERE cs.id = $1`,
      [c.id],
    );
    const mailConvs = await tx.query<{ id: string; address: string }>(
      `SELECT cv.id, cv.address FROM case_conversations cc JOIN conversations cv ON cv.id = cc.conversation_id
        WHERE cc.case_id = $1 AND cv.channel = 'email' ORDER BY cv.last_inbound_at DESC NULLS LAST`,
      [c.id],
    );
    for (const { address } of addrs.rows) {
      if (target?.channel === 'email' && target.address.toLowerCase() === address.toLowerCase()) continue;
      // An e-mail thread of this case with that address: the letter goes there, stored like every message.
      const thread = mailConvs.rows.find((x) => x.address.toLowerCase() === address.toLowerCase());
      if (thread) {
        const ids = await this.deps.store.appendOutbound(tx, thread.id, [this.systemMessage(c.lang, `case:${c.id}:${key}:${thread.id}`, text)]);
        after.deliveries.push({ conversationId: thread.id, ids });
        continue;
      }
      const hash = createHash('sha256').update(address).digest('hex').slice(0, 12);
      after.mails.push({
        type: 'mail',
        caseId: c.id,
        key: `mail:${key}:${hash}`,
        due: this.now().toISOString(),
        address,
        subject: caseTextsFor(c.lang).emailSubject(c.reference),
        text,
      });
    }
  }

  private systemMessage(lang: string | null | undefined, key: string, text: string) {
    return {
      senderRole: 'system' as const,
      senderName: 'Gemeente',
      activity: { type: 'message', text, locale: lang === 'en' ? 'en-GB' : 'nl-NL' } as Partial<Activity>,
      idempotencyKey: `system:${key}`,
    };
  }

  private async afterCommit(a: AfterCommit): Promise<void> {
    for (const d of a.deliveries) {
      if (!d.ids.length) continue;
      await this.deps.deliveries.enqueue(d.conversationId, d.ids);
      this.deps.events.conversationChanged(d.conversationId, 'message');
    }
    for (const m of a.mails) await this.enqueue(m);
    for (const id of new Set(a.cases)) await this.schedule(id);
  }

  /** Test and console helper: the local date now by the service clock. */
  today(): LocalDate {
    return localDate(this.now());
  }

  /** Days to add for the follow-up (exposed for the console). */
  followUpDate(from: LocalDate): LocalDate {
    return addDays(from, this.deps.settings.followUpDays);
  }
}
