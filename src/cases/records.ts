import type { LocalDate } from './deadlines.js';
import type { NotHandledReason, Outcome } from './texts.js';

/** DESIGN §3: `ontvangen` → `informeel` → `opgelost`, or `informeel` → `formeel` → `afgehandeld`; `ingetrokken` any time. */
export type CaseStatus = 'ontvangen' | 'informeel' | 'opgelost' | 'formeel' | 'afgehandeld' | 'ingetrokken';
export const CASE_STATUSES: readonly CaseStatus[] = ['ontvangen', 'informeel', 'opgelost', 'formeel', 'afgehandeld', 'ingetrokken'];

/** Kinds that get a case (DESIGN taxonomy: a `vraag` needs no complaint file, a crisis is handled as such). */
export type CaseKind = 'klacht' | 'signaal' | 'bezwaar';
export const CASE_KINDS: readonly CaseKind[] = ['klacht', 'signaal', 'bezwaar'];

/**
 * Allowed status changes. `opgelost` → `informeel` is the reopen path (follow-up "no", or an
 * agent); `opgelost` → `formeel` when the resident is not satisfied after all (Awb 9:5: the
 * complainant's satisfaction counts); `ingetrokken` → `informeel` when the resident comes back.
 */
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  ontvangen: ['informeel', 'formeel', 'ingetrokken'],
  informeel: ['opgelost', 'formeel', 'ingetrokken'],
  opgelost: ['informeel', 'formeel'],
  formeel: ['afgehandeld', 'ingetrokken'],
  afgehandeld: [],
  ingetrokken: ['informeel'],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Awb 9:10: who was heard, when, and the report. */
export interface Hearing {
  heldOn: LocalDate | null;
  /** True when the complainant declined or the complaint was clearly unfounded (9:10 lid 2). */
  skipped: boolean;
  skipReason?: string;
  report: string;
  recordedBy: string;
  recordedAt: string;
}

export interface CaseRecord {
  id: string;
  reference: string;
  kind: CaseKind;
  status: CaseStatus;
  bodies: string[];
  law: string[];
  team: string | null;
  handlerAgentId: string | null;
  residentId: string | null;
  channel: string;
  lang: string | null;
  summary: string | null;
  receivedAt: Date;
  formalAt: Date | null;
  formalReceivedOn: LocalDate | null;
  formalRequestedBy: string | null;
  committee: boolean;
  extended: boolean;
  extensionReason: string | null;
  decisionDeadline: LocalDate | null;
  noticeDeadline: LocalDate | null;
  hearing: Hearing | null;
  outcome: (Outcome & { decidedBy: string; sentOn: LocalDate }) | null;
  outcomeAt: Date | null;
  notHandled: { reason: NotHandledReason; note?: string; decidedBy: string; sentOn: LocalDate; late: boolean } | null;
  decisionDate: LocalDate | null;
  bezwaarDeadline: LocalDate | null;
  solvedAt: Date | null;
  followUpDue: Date | null;
  followUpAskedAt: Date | null;
  followUpConversationId: string | null;
  followUpResult: string | null;
  followUpAt: Date | null;
  reopenCount: number;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Columns of `cases` with dates as text (no time-zone conversion by the drivers). */
export const CASE_COLUMNS = `
  cs.id, cs.reference, cs.kind, cs.status, cs.bodies, cs.law, cs.team, cs.handler_agent_id, cs.resident_id,
  cs.channel, cs.lang, cs.summary, cs.received_at, cs.formal_at, cs.formal_received_on::text AS formal_received_on,
  cs.formal_requested_by, cs.committee, cs.extended, cs.extension_reason, cs.decision_deadline::text AS decision_deadline,
  cs.notice_deadline::text AS notice_deadline, cs.hearing, cs.outcome, cs.outcome_at, cs.not_handled,
  cs.decision_date::text AS decision_date, cs.bezwaar_deadline::text AS bezwaar_deadline, cs.solved_at,
  cs.follow_up_due, cs.follow_up_asked_at, cs.follow_up_conversation_id, cs.follow_up_result, cs.follow_up_at,
  cs.reopen_count, cs.closed_at, cs.created_at, cs.updated_at`;

type Row = Record<string, unknown>;
const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const str = (v: unknown): string | null => (v == null ? null : String(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function toCase(r: Row): CaseRecord {
  return {
    id: String(r.id),
    reference: String(r.reference),
    kind: r.kind as CaseKind,
    status: r.status as CaseStatus,
    bodies: strings(r.bodies),
    law: strings(r.law),
    team: str(r.team),
    handlerAgentId: str(r.handler_agent_id),
    residentId: str(r.resident_id),
    channel: String(r.channel),
    lang: str(r.lang),
    summary: str(r.summary),
    receivedAt: date(r.received_at)!,
    formalAt: date(r.formal_at),
    formalReceivedOn: str(r.formal_received_on),
    formalRequestedBy: str(r.formal_requested_by),
    committee: Boolean(r.committee),
    extended: Boolean(r.extended),
    extensionReason: str(r.extension_reason),
    decisionDeadline: str(r.decision_deadline),
    noticeDeadline: str(r.notice_deadline),
    hearing: (r.hearing as Hearing | null) ?? null,
    outcome: (r.outcome as CaseRecord['outcome']) ?? null,
    outcomeAt: date(r.outcome_at),
    notHandled: (r.not_handled as CaseRecord['notHandled']) ?? null,
    decisionDate: str(r.decision_date),
    bezwaarDeadline: str(r.bezwaar_deadline),
    solvedAt: date(r.solved_at),
    followUpDue: date(r.follow_up_due),
    followUpAskedAt: date(r.follow_up_asked_at),
    followUpConversationId: str(r.follow_up_conversation_id),
    followUpResult: str(r.follow_up_result),
    followUpAt: date(r.follow_up_at),
    reopenCount: Number(r.reopen_count ?? 0),
    closedAt: date(r.closed_at),
    createdAt: date(r.created_at)!,
    updatedAt: date(r.updated_at)!,
  };
}

/** `K-2026-000123`: the reference a resident can use on any channel. */
export const REFERENCE_PATTERN = /\bK-(\d{4})-(\d{6})\b/i;

export function formatReference(year: number, n: number): string {
  return `K-${year}-${String(n).padStart(6, '0')}`;
}
