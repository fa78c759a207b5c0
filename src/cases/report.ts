import stemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import type { Db } from '../store/db.js';
import { daysBetween, localDate, type Clock } from './deadlines.js';

/** Period of a report: calendar dates, inclusive, Dutch time. */
export interface Period {
  from: string;
  to: string;
}

export interface Count {
  key: string;
  n: number;
}

/** What the coordinator page charts (DESIGN §1 "learn from it"). */
export interface CaseStats {
  period: Period;
  total: number;
  byBody: Count[];
  byKind: Count[];
  byChannel: Count[];
  byWeek: Count[];
  byStatus: Count[];
  informal: number;
  formal: number;
  /** Median minutes from receipt of the case to the first message of a person (null without data). */
  medianFirstAnswerMinutes: number | null;
  /** Formal complaints decided (outcome or Awb 9:8 notice) on or before their deadline vs. after, and open ones past it. */
  deadlines: { onTime: number; late: number; openOverdue: number; compliance: number | null };
  /** Cases reopened after an informal solution, of all ever solved. */
  reopen: { reopened: number; solved: number; rate: number | null };
  judgments: Count[];
}

/** A recurring theme: similar cases grouped by TF-IDF cosine similarity of their summaries. */
export interface Theme {
  key: string;
  label: string;
  caseIds: string[];
  references: string[];
  size: number;
  signal: { decision: string; decidedBy: string | null; decidedAt: string } | null;
}

export interface ExportRow {
  reference: string;
  received: string;
  kind: string;
  status: string;
  bodies: string;
  team: string;
  channels: string;
  formal: boolean;
  formalReceived: string;
  decisionDeadline: string | null;
  extended: boolean;
  decided: string | null;
  onTime: string;
  judgment: string;
  notHandledReason: string;
  hearing: string;
  firstAnswerMinutes: number | null;
  handlingDays: string;
  reopened: number;
  followUp: string;
  summary: string;
}

const WEEK_SQL = `to_char(cs.received_at AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW')`;
const RANGE_SQL = `(cs.received_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1::date AND $2::date`;

/** Dutch and English words that say nothing about a theme. */
const STOP = new Set(
  (
    'de het een en of maar dat die dit deze er is zijn was waren ben bent heb heeft hebben had niet geen wel ook nog al ' +
    'ik je jij u hij zij we wij ze mijn me mij uw jullie hun hem haar ons onze zich met van voor naar op in aan bij uit om ' +
    'over door tot als dan toen want omdat wat wie waar hoe wanneer nu al weer meer veel heel erg zo te ja nee kan kunnen ' +
    'moet moeten wil willen wordt worden werd zou zouden gaat gaan komt komen doen doet krijg krijgen gemeente the a an ' +
    'and or of to in on for is are was were i my me we you it this that not no with at be have has had do does'
  ).split(' '),
);

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w))
    .map((w) => stemmerNl.stem(w));
}

/**
 * Group texts into themes: TF-IDF vectors (log-scaled tf, smoothed idf), cosine similarity,
 * greedy single-link grouping above `threshold`. Deterministic for the same input.
 * @returns groups of indices (size ≥ minSize), largest first, with their top terms
 */
export function groupSimilar(texts: string[], threshold = 0.3, minSize = 2): Array<{ members: number[]; terms: string[] }> {
  const docs = texts.map(tokens);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const vecs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const cos = (a: Map<string, number>, b: Map<string, number>) => {
    let s = 0;
    const [small, big] = a.size < b.size ? [a, b] : [b, a];
    for (const [t, w] of small) s += w * (big.get(t) ?? 0);
    return s;
  };
  // union-find over pairs above the threshold
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (cos(vecs[i]!, vecs[j]!) >= threshold) parent[find(j)] = find(i);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()]
    .filter((g) => g.length >= minSize)
    .map((members) => {
      const weight = new Map<string, number>();
      for (const i of members) for (const [t, w] of vecs[i]!) weight.set(t, (weight.get(t) ?? 0) + w);
      const terms = [...weight]
        .filter(([t]) => members.filter((i) => vecs[i]!.has(t)).length >= Math.min(2, members.length))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 4)
        .map(([t]) => t);
      return { members, terms };
    })
    .sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);
}

const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Coordinator reports: statistics, themes, signals, and the annual complaints report export (Awb 9:12a). */
export class CaseReports {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Default period: this calendar year up to today. */
  defaultPeriod(): Period {
    const today = localDate(this.clock.now());
    return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }

  async stats(p: Period): Promise<CaseStats> {
    const count = async (expr: string, extra = ''): Promise<Count[]> => {
      const r = await this.db.query<{ key: string | null; n: string }>(
        `SELECT ${expr} AS key, count(*) AS n FROM cases cs WHERE ${RANGE_SQL} ${extra} GROUP BY 1 ORDER BY 2 DESC, 1`,
        [p.from, p.to],
      );
      return r.rows.map((x) => ({ key: x.key ?? 'onbekend', n: Number(x.n) }));
    };
    const [byBody, byKind, byChannel, byWeekRaw, byStatus, judgments] = await Promise.all([
      count(`COALESCE(cs.bodies->>0, 'onbekend')`),
      count('cs.kind'),
      count('cs.channel'),
      count(WEEK_SQL),
      count('cs.status'),
      count(`cs.outcome->>'judgment'`, `AND cs.outcome IS NOT NULL`),
    ]);
    const rows = await this.rows(p);
    const now = this.clock.now();
    let onTime = 0;
    let late = 0;
    let openOverdue = 0;
    for (const r of rows) {
      if (!r.decisionDeadline) continue;
      if (r.decided) (r.decided <= r.decisionDeadline ? onTime++ : late++);
      else if (r.status === 'formeel' && localDate(now) > r.decisionDeadline) openOverdue++;
    }
    const solved = rows.filter((r) => r.solvedAt || r.reopened > 0).length;
    const reopened = rows.filter((r) => r.reopened > 0).length;
    const formal = rows.filter((r) => r.formal).length;
    const decidedTotal = onTime + late + openOverdue;
    return {
      period: p,
      total: rows.length,
      byBody,
      byKind,
      byChannel,
      byWeek: byWeekRaw.sort((a, b) => a.key.localeCompare(b.key)),
      byStatus,
      informal: rows.length - formal,
      formal,
      medianFirstAnswerMinutes: median(rows.flatMap((r) => (typeof r.firstAnswerMinutes === 'number' ? [r.firstAnswerMinutes] : []))),
      deadlines: { onTime, late, openOverdue, compliance: decidedTotal ? onTime / decidedTotal : null },
      reopen: { reopened, solved, rate: solved ? reopened / solved : null },
      judgments,
    };
  }

  /** Themes of the period's cases, with the signal decision when one was recorded. */
  async themes(p: Period): Promise<Theme[]> {
    const r = await this.db.query<{ id: string; reference: string; summary: string | null }>(
      `SELECT cs.id, cs.reference, cs.summary FROM cases cs WHERE ${RANGE_SQL} AND cs.summary IS NOT NULL ORDER BY cs.received_at, cs.id`,
      [p.from, p.to],
    );
    const groups = groupSimilar(r.rows.map((x) => x.summary ?? ''));
    const signals = await this.signals();
    return groups.map((g) => {
      const key = g.terms.slice().sort().join('+') || `theme-${g.members[0]}`;
      const s = signals.find((x) => x.themeKey === key);
      return {
        key,
        label: g.terms.join(', '),
        caseIds: g.members.map((i) => r.rows[i]!.id),
        references: g.members.map((i) => r.rows[i]!.reference),
        size: g.members.length,
        signal: s ? { decision: s.decision, decidedBy: s.decidedBy, decidedAt: s.decidedAt } : null,
      };
    });
  }

  async signals(): Promise<Array<{ id: string; themeKey: string; label: string; caseIds: string[]; decision: string; decidedBy: string | null; decidedAt: string }>> {
    const r = await this.db.query(
      `SELECT s.*, a.display_name FROM case_signals s LEFT JOIN agents a ON a.id = s.decided_by ORDER BY s.decided_at DESC`,
    );
    return r.rows.map((x) => ({
      id: String(x.id),
      themeKey: String(x.theme_key),
      label: String(x.label),
      caseIds: (x.case_ids as string[]) ?? [],
      decision: String(x.decision),
      decidedBy: (x.display_name as string | null) ?? null,
      decidedAt: new Date(String(x.decided_at instanceof Date ? x.decided_at.toISOString() : x.decided_at)).toISOString(),
    }));
  }

  /** Mark a theme as a signal with the decision taken about it (who and when recorded). */
  async markSignal(s: { themeKey: string; label: string; caseIds: string[]; decision: string; agentId: string }): Promise<string> {
    const id = crypto.randomUUID();
    await this.db.query(
      `INSERT INTO case_signals (id, theme_key, label, case_ids, decision, decided_by, decided_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)`,
      [id, s.themeKey, s.label, JSON.stringify(s.caseIds), s.decision, s.agentId, this.clock.now()],
    );
    return id;
  }

  /** One row per case, as the annual complaints report (Awb 9:12a) needs it. */
  async rows(p: Period): Promise<Array<Omit<ExportRow, 'decisionDeadline'> & { decisionDeadline: string | null; decided: string | null; solvedAt: string | null }>> {
    const r = await this.db.query(
      `SELECT cs.reference, cs.received_at, cs.kind, cs.status, cs.bodies, cs.team, cs.formal_at, cs.formal_received_on::text AS formal_received_on,
              cs.decision_deadline::text AS decision_deadline, cs.extended, cs.outcome, cs.outcome_at, cs.not_handled, cs.hearing,
              cs.reopen_count, cs.follow_up_result, cs.summary, cs.solved_at, cs.closed_at,
              (SELECT string_agg(DISTINCT cv.channel, '+') FROM case_conversations cc JOIN conversations cv ON cv.id = cc.conversation_id WHERE cc.case_id = cs.id) AS channels,
              (SELECT min(m.created_at) FROM messages m JOIN case_conversations cc ON cc.conversation_id = m.conversation_id
                WHERE cc.case_id = cs.id AND m.sender_role = 'agent') AS first_answer
         FROM cases cs WHERE ${RANGE_SQL} ORDER BY cs.received_at, cs.reference`,
      [p.from, p.to],
    );
    return r.rows.map((x) => {
      const received = new Date(String(x.received_at instanceof Date ? x.received_at.toISOString() : x.received_at));
      const outcomeAt = x.outcome_at ? new Date(x.outcome_at instanceof Date ? x.outcome_at.toISOString() : String(x.outcome_at)) : null;
      const closedAt = x.closed_at ? new Date(x.closed_at instanceof Date ? x.closed_at.toISOString() : String(x.closed_at)) : null;
      const firstAnswer = x.first_answer ? new Date(x.first_answer instanceof Date ? x.first_answer.toISOString() : String(x.first_answer)) : null;
      const decided = outcomeAt ? localDate(outcomeAt) : null;
      const deadline = (x.decision_deadline as string | null) ?? null;
      const outcome = x.outcome as { judgment?: string } | null;
      const notHandled = x.not_handled as { reason?: string } | null;
      const firstAnswerMinutes = firstAnswer ? Math.max(0, Math.round((firstAnswer.getTime() - received.getTime()) / 60_000)) : null;
      const end = outcomeAt ?? closedAt;
      return {
        reference: String(x.reference),
        received: localDate(received),
        kind: String(x.kind),
        status: String(x.status),
        bodies: ((x.bodies as string[]) ?? []).join('+'),
        team: (x.team as string | null) ?? '',
        channels: (x.channels as string | null) ?? '',
        formal: x.formal_at != null,
        formalReceived: (x.formal_received_on as string | null) ?? '',
        decisionDeadline: deadline,
        extended: Boolean(x.extended),
        decided,
        onTime: decided && deadline ? (decided <= deadline ? 'ja' : 'nee') : '',
        judgment: outcome?.judgment ?? '',
        notHandledReason: notHandled?.reason ?? '',
        hearing: x.hearing ? ((x.hearing as { skipped?: boolean }).skipped ? 'niet gehoord' : 'gehoord') : '',
        firstAnswerMinutes,
        handlingDays: end ? String(daysBetween(localDate(received), localDate(end))) : '',
        reopened: Number(x.reopen_count ?? 0),
        followUp: (x.follow_up_result as string | null) ?? '',
        summary: (x.summary as string | null) ?? '',
        solvedAt: x.solved_at ? String(x.solved_at) : null,
      } as Omit<ExportRow, 'decisionDeadline'> & { decisionDeadline: string | null; decided: string | null; solvedAt: string | null };
    });
  }

  /** The annual complaints report's figures and rows (Awb 9:12a: registration and publication). */
  async exportJson(p: Period) {
    const [stats, rows, themes] = await Promise.all([this.stats(p), this.rows(p), this.themes(p)]);
    const times = rows.filter((r) => r.handlingDays !== '').map((r) => Number(r.handlingDays));
    return {
      generatedAt: this.clock.now().toISOString(),
      legalBasis: 'Awb 9:12a (registratie en jaarlijkse publicatie van klachten)',
      period: p,
      numberOfCases: stats.total,
      numberOfComplaints: rows.filter((r) => r.kind === 'klacht').length,
      numberOfFormalComplaints: stats.formal,
      subjects: { byBody: stats.byBody, byKind: stats.byKind, byChannel: stats.byChannel, themes: themes.map((t) => ({ label: t.label, size: t.size, signal: t.signal })) },
      outcomes: { byStatus: stats.byStatus, judgments: stats.judgments, notHandled: rows.filter((r) => r.notHandledReason).length },
      times: {
        medianFirstAnswerMinutes: stats.medianFirstAnswerMinutes,
        medianHandlingDays: median(times),
        deadlines: stats.deadlines,
        reopen: stats.reopen,
      },
      cases: rows.map(({ solvedAt: _s, ...r }) => r),
    };
  }

  /** The same rows as CSV (semicolon-separated, as Dutch spreadsheet programs expect; UTF-8 with BOM). */
  async exportCsv(p: Period): Promise<string> {
    const rows = await this.rows(p);
    const cols: Array<keyof ExportRow> = [
      'reference', 'received', 'kind', 'status', 'bodies', 'team', 'channels', 'formal', 'formalReceived', 'decisionDeadline',
      'extended', 'decided', 'onTime', 'judgment', 'notHandledReason', 'hearing', 'firstAnswerMinutes', 'handlingDays', 'reopened', 'followUp', 'summary',
    ];
    const cell = (v: unknown) => {
      const s = v == null ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);
      // Quote everything that could break a cell; neutralise spreadsheet formulas.
      const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
      return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    const lines = [cols.join(';'), ...rows.map((r) => cols.map((c) => cell(r[c])).join(';'))];
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }
}
