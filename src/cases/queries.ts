import type { Db } from '../store/db.js';
import { daysLeft, isOverdue, localDate, type Clock, type LocalDate } from './deadlines.js';
import { CASE_COLUMNS, toCase, type CaseRecord } from './records.js';

/** A deadline as the console shows it. */
export interface DeadlineView {
  kind: 'decision' | 'notice' | 'bezwaar';
  date: LocalDate;
  daysLeft: number;
  overdue: boolean;
  /** Met: the step was taken (outcome sent / notice sent); null while open. */
  met: boolean | null;
}

export interface CaseEventView {
  id: number;
  type: string;
  from: string | null;
  to: string | null;
  actor: string;
  agentName: string | null;
  data: Record<string, unknown>;
  at: string;
}

export interface CaseDetail extends Omit<CaseRecord, 'receivedAt' | 'formalAt' | 'outcomeAt' | 'solvedAt' | 'followUpDue' | 'followUpAskedAt' | 'followUpAt' | 'closedAt' | 'createdAt' | 'updatedAt'> {
  receivedAt: string;
  formalAt: string | null;
  outcomeAt: string | null;
  solvedAt: string | null;
  followUpDue: string | null;
  followUpAskedAt: string | null;
  followUpAt: string | null;
  closedAt: string | null;
  handlerName: string | null;
  deadlines: DeadlineView[];
  overdue: boolean;
  firstHumanAnswerAt: string | null;
  conversations: Array<{ id: string; channel: string; control: string; linkedBy: string; linkedAt: string; residentName: string | null }>;
  notes: Array<{ id: string; kind: string; text: string; agentName: string | null; at: string }>;
  events: CaseEventView[];
}

export interface CaseListItem {
  id: string;
  reference: string;
  kind: string;
  status: string;
  team: string | null;
  channel: string;
  bodies: string[];
  handlerName: string | null;
  receivedAt: string;
  decisionDeadline: string | null;
  bezwaarDeadline: string | null;
  overdue: boolean;
  summary: string | null;
}

const iso = (v: unknown): string | null => (v == null ? null : (v instanceof Date ? v : new Date(String(v))).toISOString());

/** Deadlines of a case with their state at `now`. */
export function deadlinesOf(c: CaseRecord, now: Date): DeadlineView[] {
  const out: DeadlineView[] = [];
  const view = (kind: DeadlineView['kind'], date: LocalDate, met: boolean | null): DeadlineView => ({
    kind,
    date,
    daysLeft: daysLeft(date, now),
    overdue: met === null && isOverdue(date, now),
    met,
  });
  if (c.decisionDeadline) {
    const metAt = c.outcomeAt ?? null;
    out.push(view('decision', c.decisionDeadline, metAt ? localDate(metAt) <= c.decisionDeadline : c.status === 'formeel' ? null : c.status === 'ingetrokken' ? true : null));
  }
  if (c.noticeDeadline && c.status === 'formeel' && !c.hearing && !c.outcome) out.push(view('notice', c.noticeDeadline, null));
  if (c.notHandled && c.noticeDeadline) out.push(view('notice', c.noticeDeadline, !c.notHandled.late));
  if (c.kind === 'bezwaar' && c.bezwaarDeadline) out.push({ ...view('bezwaar', c.bezwaarDeadline, null), overdue: false });
  return out;
}

/** Read models of cases for the console and the coordinator page. */
export class CaseQueries {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async detail(id: string): Promise<CaseDetail | null> {
    const r = await this.db.query(
      `SELECT ${CASE_COLUMNS}, a.display_name AS handler_name FROM cases cs LEFT JOIN agents a ON a.id = cs.handler_agent_id WHERE cs.id = $1`,
      [id],
    );
    const row = r.rows[0];
    if (!row) return null;
    const c = toCase(row);
    const [convs, notes, events, first] = await Promise.all([
      this.db.query(
        `SELECT cv.id, cv.channel, cv.control, cc.linked_by, cc.linked_at, rs.display_name
           FROM case_conversations cc JOIN conversations cv ON cv.id = cc.conversation_id
           LEFT JOIN residents rs ON rs.id = cv.resident_id
          WHERE cc.case_id = $1 ORDER BY cc.linked_at, cv.id`,
        [id],
      ),
      this.db.query(
        `SELECT n.id, n.kind, n.text, n.at, a.display_name FROM case_notes n LEFT JOIN agents a ON a.id = n.agent_id
          WHERE n.case_id = $1 ORDER BY n.at, n.id`,
        [id],
      ),
      this.db.query(
        `SELECT e.id, e.type, e.from_status, e.to_status, e.actor, e.data, e.at, a.display_name
           FROM case_events e LEFT JOIN agents a ON a.id = e.agent_id WHERE e.case_id = $1 ORDER BY e.id`,
        [id],
      ),
      this.db.query<{ at: unknown }>(
        `SELECT min(m.created_at) AS at FROM messages m JOIN case_conversations cc ON cc.conversation_id = m.conversation_id
          WHERE cc.case_id = $1 AND m.sender_role = 'agent'`,
        [id],
      ),
    ]);
    const now = this.clock.now();
    const deadlines = deadlinesOf(c, now);
    return {
      ...c,
      receivedAt: iso(c.receivedAt)!,
      formalAt: iso(c.formalAt),
      outcomeAt: iso(c.outcomeAt),
      solvedAt: iso(c.solvedAt),
      followUpDue: iso(c.followUpDue),
      followUpAskedAt: iso(c.followUpAskedAt),
      followUpAt: iso(c.followUpAt),
      closedAt: iso(c.closedAt),
      handlerName: (row.handler_name as string | null) ?? null,
      deadlines,
      overdue: deadlines.some((d) => d.overdue),
      firstHumanAnswerAt: iso(first.rows[0]?.at),
      conversations: convs.rows.map((x) => ({
        id: String(x.id),
        channel: String(x.channel),
        control: String(x.control),
        linkedBy: String(x.linked_by),
        linkedAt: iso(x.linked_at)!,
        residentName: (x.display_name as string | null) ?? null,
      })),
      notes: notes.rows.map((n) => ({
        id: String(n.id),
        kind: String(n.kind),
        text: String(n.text),
        agentName: (n.display_name as string | null) ?? null,
        at: iso(n.at)!,
      })),
      events: events.rows.map((e) => ({
        id: Number(e.id),
        type: String(e.type),
        from: (e.from_status as string | null) ?? null,
        to: (e.to_status as string | null) ?? null,
        actor: String(e.actor),
        agentName: (e.display_name as string | null) ?? null,
        data: (e.data as Record<string, unknown>) ?? {},
        at: iso(e.at)!,
      })),
    };
  }

  async idsForConversation(conversationId: string): Promise<string[]> {
    const r = await this.db.query<{ case_id: string }>(
      `SELECT cc.case_id FROM case_conversations cc JOIN cases cs ON cs.id = cc.case_id WHERE cc.conversation_id = $1
        ORDER BY (cs.status IN ('afgehandeld', 'ingetrokken')), cs.created_at DESC`,
      [conversationId],
    );
    return r.rows.map((x) => x.case_id);
  }

  /** Cases, open ones with the nearest deadline first; `overdue` marks a passed deadline. */
  async list(filter: { status?: string; openOnly?: boolean; limit?: number } = {}): Promise<CaseListItem[]> {
    const r = await this.db.query(
      `SELECT ${CASE_COLUMNS}, a.display_name AS handler_name FROM cases cs LEFT JOIN agents a ON a.id = cs.handler_agent_id
        WHERE ($1::text IS NULL OR cs.status = $1) AND (NOT $2 OR cs.status IN ('ontvangen', 'informeel', 'opgelost', 'formeel'))
        ORDER BY cs.decision_deadline ASC NULLS LAST, cs.received_at DESC LIMIT $3`,
      [filter.status ?? null, Boolean(filter.openOnly), filter.limit ?? 500],
    );
    const now = this.clock.now();
    return r.rows.map((row) => {
      const c = toCase(row);
      return {
        id: c.id,
        reference: c.reference,
        kind: c.kind,
        status: c.status,
        team: c.team,
        channel: c.channel,
        bodies: c.bodies,
        handlerName: (row.handler_name as string | null) ?? null,
        receivedAt: c.receivedAt.toISOString(),
        decisionDeadline: c.decisionDeadline,
        bezwaarDeadline: c.bezwaarDeadline,
        overdue: deadlinesOf(c, now).some((d) => d.overdue),
        summary: c.summary,
      };
    });
  }

  /** Reminders of the last `days` days addressed to an agent (handler or coordinator). */
  async reminders(agentId: string, days = 14): Promise<Array<{ caseId: string; reference: string; deadline: string; date: string; workingDaysBefore: number; at: string }>> {
    const since = new Date(this.clock.now().getTime() - days * 86_400_000);
    const r = await this.db.query(
      `SELECT e.case_id, cs.reference, e.data, e.at FROM case_events e JOIN cases cs ON cs.id = e.case_id
        WHERE e.type = 'reminder' AND e.at >= $2 AND e.data->'to' ? $1
          AND cs.status IN ('ontvangen', 'informeel', 'opgelost', 'formeel')
        ORDER BY e.at DESC LIMIT 100`,
      [agentId, since],
    );
    return r.rows.map((x) => {
      const d = x.data as Record<string, unknown>;
      return {
        caseId: String(x.case_id),
        reference: String(x.reference),
        deadline: String(d.deadline),
        date: String(d.date),
        workingDaysBefore: Number(d.workingDaysBefore),
        at: iso(x.at)!,
      };
    });
  }
}
