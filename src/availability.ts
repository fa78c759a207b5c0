import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { HandoffContext } from '../dialogs/ports.js';
import { textsFor } from '../dialogs/texts.js';
import { describeOpening } from './office-hours.js';
import type { Db, Queryable } from './store/db.js';
import type { NewOutbound } from './store/messages.js';
import type { ConversationRecord, MessageRecord } from './store/records.js';
import type { Teams } from './teams.js';

/** An agent counts as online when the console's heartbeat is younger than this (ms). */
export const PRESENCE_TTL_MS = 3 * 60 * 1000;

/** Agent presence as set in the console. */
export type Presence = 'online' | 'away' | 'offline';
export const PRESENCES: readonly Presence[] = ['online', 'away', 'offline'];

/** Can a person take over a team's conversation now? */
export interface TeamAvailability {
  teamId: string | null;
  /** Within office hours (and not a holiday). */
  open: boolean;
  /** Agents of the team (or without a team) online with a fresh heartbeat. */
  onlineAgents: number;
  /** When closed: the next opening; null when open or none within 30 days. */
  nextOpening: Date | null;
  /** Name of today's holiday, if any. */
  holiday: string | null;
}

/**
 * Find a call-back number in a resident's message: Dutch numbers (06…, 0xx…, +31…, 0031…, ten
 * national digits, spaces/dashes allowed) or international `+` numbers (8–15 digits).
 * A BSN (nine digits) never matches, and nothing else in the text is kept.
 * @returns the number in E.164-like form (`+316…`), or null
 */
export function findPhoneNumber(text: string): string | null {
  const nl = /(?:^|[^\d+])((?:\+31|0031|0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.-]?\d){8})(?!\d)/.exec(text);
  if (nl) {
    const digits = nl[1]!.replace(/\(0\)/, '').replace(/\D/g, '');
    const national = digits.startsWith('0031') ? digits.slice(4) : digits.startsWith('31') ? digits.slice(2) : digits.slice(1);
    if (national.length === 9) return `+31${national}`;
  }
  const intl = /(?:^|[^\d])(\+[1-9](?:[\s.-]?\d){7,14})(?!\d)/.exec(text);
  if (intl) return `+${intl[1]!.replace(/\D/g, '')}`;
  return null;
}

/** A phone number as the resident sees it back: only its last two digits, in words. */
export function maskPhone(phone: string, lang: string | null = 'nl'): string {
  return lang === 'en' ? `the number ending in ${phone.slice(-2)}` : `het nummer dat eindigt op ${phone.slice(-2)}`;
}

export interface AvailabilityDeps {
  db: Db;
  teams: Teams;
  /** Clock; tests inject a fixed time. Default `new Date()`. */
  now?: () => Date;
}

/**
 * SQL counting (as `n`) the online agents of a team (agents without a team count for every team)
 * whose presence at a time is fresher than a number of ms; the arguments name the parameters
 * that hold team id, time and ms (e.g. `'$1', '$2', '$3'`), so other statements can embed it.
 */
export function onlineAgentsSql(team: string, at: string, ttlMs: string): string {
  return `SELECT count(*) AS n FROM agents
  WHERE NOT disabled AND presence = 'online' AND presence_at > ${at}::timestamptz - (${ttlMs}::int * interval '1 millisecond')
    AND (team IS NULL OR team = ${team})`;
}

/** Online agents of team $1 at $2, presence fresher than $3 ms (see {@link onlineAgentsSql}). */
const ONLINE_AGENTS = onlineAgentsSql('$1', '$2', '$3');

/**
 * A team's office status at the moment of a handoff, for the statement that queues the
 * conversation to count the online agents in ({@link HandoffService.queueInTx}, {@link HandoffService.queuePart}).
 */
export interface HandoffCheck {
  teamId: string;
  /** The moment checked (presence is compared with it). */
  at: Date;
  /** Within office hours (and not a holiday). */
  open: boolean;
  /** When closed: the next opening; null when open or none within 30 days. */
  nextOpening: Date | null;
  /** See {@link PRESENCE_TTL_MS} (ms). */
  presenceTtlMs: number;
}

/**
 * "Never a dead end" (issue 4 §5): knows office hours and who is online, tells the resident
 * honestly when a person will answer when nobody can take over, offers a call back (phone number
 * optional) and records it while the conversation stays in the queue. Crisis conversations
 * always get the safety numbers again.
 */
export class Availability {
  constructor(private readonly deps: AvailabilityDeps) {}

  now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Office status and online agents of a team (agents without a team count for every team). */
  async forTeam(teamId: string | null, q: Queryable = this.deps.db): Promise<TeamAvailability> {
    const at = this.now();
    const status = this.deps.teams.status(teamId, at);
    const r = await q.query<{ n: string | number }>(ONLINE_AGENTS, [teamId, at, PRESENCE_TTL_MS]);
    return {
      teamId,
      open: status.open,
      onlineAgents: Number(r.rows[0]?.n ?? 0),
      nextOpening: status.nextOpening,
      holiday: status.holiday,
    };
  }

  /**
   * The office status of a handoff's team now, for the queue statement to count the online
   * agents and record the notice in ({@link HandoffService.queueInTx} with `check`).
   */
  handoffCheck(teamId: string): HandoffCheck {
    const at = this.now();
    const status = this.deps.teams.status(teamId, at);
    return { teamId, at, open: status.open, nextOpening: status.nextOpening, presenceTtlMs: PRESENCE_TTL_MS };
  }

  /**
   * Messages for the resident right after the bot queued the conversation, when no person can
   * take over now: when someone will answer, the call-back offer with two buttons, and for a
   * crisis the safety numbers. The queue statement counted the online agents and recorded
   * `availability.notice` ({@link HandoffService.queueInTx}, or {@link HandoffService.queuePart}
   * in the turn's one statement); this only writes the text.
   * @param onlineAgents the count the queue statement returned for `check`; 0 for the turn's one
   *   statement, which writes this notice (the text does not depend on the count) when its count
   *   finds nobody
   * @returns outbound messages to append (empty when the team is open and someone is online)
   */
  handoffNotice(conv: ConversationRecord, ctx: HandoffContext, replyToId: string, check: HandoffCheck, onlineAgents: number): NewOutbound[] {
    const a = { open: check.open, onlineAgents, nextOpening: check.nextOpening };
    if (a.open && a.onlineAgents > 0) return [];
    const lang = ctx.lang ?? conv.lang ?? 'nl';
    const t = textsFor(lang);
    const tz = this.deps.teams.file.timeZone;
    const when = !a.open && a.nextOpening ? describeOpening(a.nextOpening, this.now(), tz, lang === 'en' ? 'en' : 'nl') : null;
    const lines = [when ? t.personAnswersAt(when) : t.personAnswersSoon];
    // A crisis hand-off from the bot already gave the safety numbers (texts.crisis) in the same
    // reply; say them here only when they were not said yet.
    if (ctx.reason !== 'crisis' && ctx.classification?.urgency === 'crisis') lines.push(t.safetyNumbers);
    lines.push(t.callbackOffer);
    return [
      {
        senderRole: 'system',
        senderName: 'Gemeente',
        activity: {
          type: 'message',
          text: lines.join('\n\n'),
          suggestedActions: { to: [], actions: t.callbackButtons.map((b) => ({ type: 'imBack', title: b, value: b })) },
        } as Partial<Activity>,
        idempotencyKey: `availability:${replyToId}`,
        replyToId,
      },
    ];
  }

  /**
   * A resident message while the conversation waits in the queue after a call-back offer:
   * a phone number (or "Bel mij terug" / "Call me back") records a call-back request, "Ik wacht
   * hier" / "I will wait here" is
   * acknowledged; anything else is only relayed to the agents (no reply).
   * @returns outbound messages to append (inside the turn's transaction)
   */
  async onQueuedMessageInTx(tx: Queryable, conv: ConversationRecord, msg: MessageRecord): Promise<NewOutbound[]> {
    const text = (msg.text ?? '').trim();
    if (!text) return [];
    const offered = await tx.query<{ type: string }>(
      `SELECT type FROM conversation_events WHERE conversation_id = $1 AND type IN ('availability.notice', 'callback.requested', 'claimed', 'transferred')
        ORDER BY id DESC LIMIT 1`,
      [conv.id],
    );
    const last = offered.rows[0]?.type;
    if (last !== 'availability.notice' && last !== 'callback.requested') return [];
    const t = textsFor(conv.lang);
    const phone = findPhoneNumber(text);
    const wantsCall = phone !== null || (last === 'availability.notice' && /^(bel mij( terug)?|call me( back)?)\b/i.test(text));
    const reply = (body: string): NewOutbound[] => [
      { senderRole: 'system', senderName: 'Gemeente', activity: { type: 'message', text: body }, idempotencyKey: `callback:${msg.id}`, replyToId: msg.id },
    ];
    if (wantsCall) {
      // On WhatsApp the resident's own number is known; elsewhere the number is optional.
      const number = phone ?? (conv.channel === 'whatsapp' ? `+${conv.address.replace(/\D/g, '')}` : null);
      await tx.query(`INSERT INTO callback_requests (id, conversation_id, phone) VALUES ($1, $2, $3)`, [randomUUID(), conv.id, number]);
      await tx.query(`INSERT INTO conversation_events (conversation_id, type, data) VALUES ($1, 'callback.requested', $2::jsonb)`, [
        conv.id,
        JSON.stringify({ withPhone: number !== null }),
      ]);
      return reply(t.callbackNoted(number ? maskPhone(number, conv.lang) : null));
    }
    if (last === 'availability.notice' && /^(ik wacht( hier)?|i('ll| will)? wait( here)?)\b/i.test(text)) {
      await tx.query(`INSERT INTO conversation_events (conversation_id, type, data) VALUES ($1, 'callback.declined', '{}'::jsonb)`, [conv.id]);
      return reply(t.waitingNoted);
    }
    return [];
  }
}
