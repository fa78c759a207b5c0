import type { Activity } from 'botbuilder';
import type { HandoffContext } from '../dialogs/ports.js';
import { textsFor } from '../dialogs/texts.js';
import { mergeReplies, type QueueAdapter, type TurnOutput } from './bot/adapter.js';
import type { Availability } from './availability.js';
import type { CaseHooks } from './cases/hooks.js';
import { classificationColumns, type ConsoleEvents, type DeliveryPort, type HandoffService } from './handoff.js';
import type { Logger } from './logger.js';
import type { RedisLock } from './queues/lock.js';
import type { RoutingTable } from './routing.js';
import { isDivisionByZero, type Db } from './store/db.js';
import type { MessageStore, NewOutbound, TurnCaseHints, TurnClassification, TurnItem } from './store/messages.js';
import type { ConversationRecord, MessageRecord } from './store/records.js';

/** The bot as the turn processor sees it: botbuilder's `ActivityHandler.run`. */
export interface BotLogic {
  run(ctx: import('botbuilder').TurnContext): Promise<void>;
}

export interface TurnDeps {
  db: Db;
  store: MessageStore;
  adapter: QueueAdapter;
  bot: BotLogic;
  handoff: HandoffService;
  deliveries: DeliveryPort;
  events: ConsoleEvents;
  lock: RedisLock;
  routing: RoutingTable;
  /** True when the text holds crisis words (nlp's rule layer, independent of the model). */
  isCrisis(text: string): boolean;
  /** Office hours, presence and call-back offers (issue 4 §5); optional in tests. */
  availability?: Availability;
  logger: Logger;
  /** Cases (src/cases): reference links, follow-up answers, formal requests, a case on handoff. */
  cases?: CaseHooks;
}

/** Thrown when the conversation's lock is held: the job is retried later. */
export class ConversationBusy extends Error {}

/**
 * Runs resident turns. The turns of one conversation run one at a time and in `seq` order
 * (a Redis lock per conversation, pending messages read from the database); different
 * conversations run in parallel. Each turn's replies, the handoff it asks for and the
 * inbound message's completion are written in ONE transaction, so a crash either redoes the
 * whole turn or nothing: a resident is answered exactly once.
 */
export class TurnProcessor {
  constructor(private readonly deps: TurnDeps) {}

  /**
   * Process every pending inbound message of a conversation.
   * @returns number of messages processed (0 when another worker holds the conversation; that
   *   worker re-checks for pending messages after it releases the lock, so nothing is left behind)
   */
  async processConversation(conversationId: string): Promise<number> {
    let total = 0;
    for (;;) {
      const release = await this.deps.lock.tryAcquire(`conv:${conversationId}`);
      if (!release) return total;
      let askedMeanwhile = false;
      try {
        // One round trip for the pending messages and the conversation as it is now.
        const pending = await this.deps.store.pendingTurn(conversationId);
        let conv = pending.conversation;
        for (const [i, msg] of pending.messages.entries()) {
          // A previous turn may have changed the conversation (a handoff) and its cases: read
          // the conversation again, and let the case checks read theirs.
          if (i > 0) conv = await this.deps.store.getConversation(conversationId);
          if (!conv) break;
          await this.processMessage(conv, msg, i === 0 ? pending.cases ?? undefined : undefined);
          total += 1;
        }
      } finally {
        askedMeanwhile = await release();
      }
      // A message stored while we held the lock had its job return early (the lock says so):
      // look once more. A job that failed to queue at all is the recovery sweep's.
      if (!askedMeanwhile) return total;
    }
  }

  /** @param known the case checks' facts from the turn's read (first message only) */
  private async processMessage(conv: ConversationRecord, msg: MessageRecord, known?: TurnCaseHints): Promise<void> {
    // An e-mail's subject counts too ("Help, mijn man slaat me" with a body about the pgb).
    const subject = (msg.activity.channelData as { subject?: unknown } | undefined)?.subject;
    // Trimmed as the bot reads them, so its classification reuses this crisis check (nlp memo).
    const said = [typeof subject === 'string' ? subject.trim() : '', typeof msg.text === 'string' ? msg.text.trim() : ''].filter(Boolean).join('\n');
    const crisis = said !== '' && this.deps.isCrisis(said);
    if (this.deps.cases && !crisis && (await this.deps.cases.onInbound(conv, msg, known))) return;

    if (conv.control !== 'bot') {
      // A person has it (or it waits for one): the bot says nothing, the agent sees the message.
      // Crisis words always win (DESIGN §6): the safety numbers go out at once and the
      // conversation moves to the top of the queue, whoever controls it.
      let ids: string[] = [];
      if (crisis || (conv.control === 'queued' && this.deps.availability)) {
        ids = await this.deps.db.transaction(async (tx) => {
          let ids: string[] = [];
          if (crisis) {
            ids = await this.deps.store.appendOutbound(tx, conv.id, [
              {
                senderRole: 'system',
                senderName: 'Gemeente',
                activity: { type: 'message', text: textsFor(conv.lang).crisis },
                idempotencyKey: `crisis:${msg.id}`,
                replyToId: msg.id,
              },
            ]);
            await this.deps.handoff.escalateCrisisInTx(tx, conv.id);
          } else if (this.deps.availability) {
            const out = await this.deps.availability.onQueuedMessageInTx(tx, conv, msg);
            if (out.length) ids = await this.deps.store.appendOutbound(tx, conv.id, out);
          }
          await this.deps.store.markProcessed(tx, msg.id);
          return ids;
        });
      } else {
        // Nothing to say: the completion is one statement, a transaction on its own.
        await this.deps.store.markProcessed(this.deps.db, msg.id);
      }
      if (ids.length) await this.deps.deliveries.enqueue(conv.id, ids);
      this.deps.events.conversationChanged(conv.id, crisis ? 'control' : 'message');
      this.deps.logger.debug({ conversationId: conv.id, messageId: msg.id, control: conv.control, crisis }, 'resident message relayed to agents');
      return;
    }

    const output = await this.deps.adapter.runTurn(toActivity(conv, msg), (ctx) => this.deps.bot.run(ctx));
    const ids = await this.commitTurn(conv, msg, output);
    if (ids.length) await this.deps.deliveries.enqueue(conv.id, ids);
    if (output.handoff) await this.deps.cases?.afterHandoff(conv.id);
    this.deps.events.conversationChanged(conv.id, output.handoff ? 'control' : 'message');
    // One line per turn at debug level only: at info it costs a synchronous write per message.
    this.deps.logger.debug({ conversationId: conv.id, messageId: msg.id, channel: conv.channel, replies: ids.length, handoff: Boolean(output.handoff) }, 'turn processed');
  }

  private async commitTurn(conv: ConversationRecord, msg: MessageRecord, output: TurnOutput): Promise<string[]> {
    const replies = mergeReplies(output.replies);
    const botReplies: NewOutbound[] = replies.map((activity, i) => ({
      senderRole: 'bot' as const,
      senderName: 'Digitale assistent',
      activity: cleanReply(activity),
      idempotencyKey: `bot:${msg.id}:${i}`,
      replyToId: msg.id,
    }));
    if (!output.handoff) {
      // The common turn: classification, replies and completion in ONE statement.
      return this.deps.store.completeTurn(conv.id, msg.id, botReplies, output.classification ? classificationColumns(output.classification) : null);
    }
    const ctx = output.handoff ? (output.handoff.context as unknown as HandoffContext) : null;
    const alone = ctx ? await this.commitHandoffAlone(conv, msg, output, ctx, botReplies) : null;
    if (alone) return alone;
    return this.deps.db.transaction(async (tx) => {
      let notice: NewOutbound[] = [];
      if (ctx) {
        // One statement: the queue change, the team's online agents and the notice's event.
        const check = this.deps.availability?.handoffCheck(ctx.team.id);
        const online = await this.deps.handoff.queueInTx(tx, conv.id, ctx, check);
        if (check) notice = this.deps.availability!.handoffNotice(conv, ctx, msg.id, check, online ?? 0);
      }
      // The classification is stored by the completion (one statement less). The queue change
      // above set the handoff's urgency; it stays first, as when the classification came first.
      let cols = output.classification ? classificationColumns(output.classification) : null;
      if (cols && ctx?.classification?.urgency) cols = { ...cols, urgency: ctx.classification.urgency };
      const ids = await this.deps.store.completeTurn(conv.id, msg.id, foldNotice(botReplies, notice), cols, tx);
      if (ctx) ids.push(...((await this.deps.cases?.onHandoffInTx(tx, conv, ctx))?.messageIds ?? []));
      return ids;
    });
  }

  /**
   * A bot handoff's turn in ONE statement, without BEGIN/COMMIT
   * ({@link MessageStore.completeTurnWith}): what the transaction in {@link commitTurn} writes, in
   * the same order and with the same locks (the conversation row first, then the case counter
   * row, both until the statement commits). The classification and the queue change are one
   * UPDATE ({@link HandoffService.queuePart}); the online agents are counted in the statement and
   * choose the replies (with the availability notice folded in when nobody can answer now, or
   * without); the case ({@link CaseHooks.handoffPart}) puts its reference into the newest bot
   * reply with text as that is inserted; then the events and the completion.
   * @returns the ids of the turn's outbound messages, or null when the turn needs the transaction:
   *   a formal request, a new case without a bot reply with text to carry its reference, one of
   *   the replies stored already, or a conversation a concurrent writer changed while the
   *   statement waited for its row (the statement read the cases before; it was undone whole)
   */
  private async commitHandoffAlone(
    conv: ConversationRecord,
    msg: MessageRecord,
    output: TurnOutput,
    ctx: HandoffContext,
    botReplies: NewOutbound[],
  ): Promise<string[] | null> {
    const kase = this.deps.cases ? this.deps.cases.handoffPart(conv, ctx) : undefined;
    if (kase === null || (kase?.creates && !botReplies.some((r) => typeof r.activity.text === 'string'))) return null;
    const check = this.deps.availability?.handoffCheck(ctx.team.id);
    // Both sets of replies: variant 1 with the notice (its text does not depend on the count),
    // variant 2 without; the statement's count of online agents chooses.
    const items: TurnItem[] = check
      ? [
          ...foldNotice(botReplies, this.deps.availability!.handoffNotice(conv, ctx, msg.id, check, 0)).map((x) => ({ ...x, variant: 1 })),
          ...botReplies.map((x) => ({ ...x, variant: 2 })),
        ]
      : botReplies;
    try {
      const r = await this.deps.store.completeTurnWith(conv.id, msg.id, items, handoffColumns(output.classification, ctx), undefined, (p) => [
        this.deps.handoff.queuePart(p, conv.id, ctx, check),
        ...(kase ? [kase.part(p)] : []),
      ]);
      kase?.settle(r.extra);
      return r.ids;
    } catch (err) {
      if (isDivisionByZero(err)) return null;
      throw err;
    }
  }

  /**
   * Last resort after a turn failed every retry: the resident gets an apology and the
   * conversation goes to a person, so the message is never silently lost.
   */
  async failTurns(conversationId: string, err: Error): Promise<void> {
    const pending = await this.deps.store.pendingInbound(conversationId);
    if (!pending.length) return;
    const conv = await this.deps.store.getConversation(conversationId);
    if (!conv) return;
    const last = pending[pending.length - 1]!;
    const team = this.deps.routing.teamFor(((conv.classification?.bodies as string[]) ?? ['onbekend']));
    const ids = await this.deps.db.transaction(async (tx) => {
      const ids = await this.deps.store.appendOutbound(tx, conv.id, [
        {
          senderRole: 'system',
          senderName: 'Gemeente',
          activity: { type: 'message', text: textsFor(conv.lang).botError },
          idempotencyKey: `boterror:${last.id}`,
        },
      ]);
      if (conv.control === 'bot') {
        await this.deps.handoff.queueInTx(tx, conv.id, {
          reason: 'unclear',
          classification: null,
          team,
          summary: 'De digitale assistent kon dit bericht niet verwerken.',
          lang: conv.lang ?? 'nl',
        });
      }
      for (const m of pending) await this.deps.store.markProcessed(tx, m.id);
      return ids;
    });
    await this.deps.deliveries.enqueue(conv.id, ids);
    this.deps.events.conversationChanged(conv.id, 'control');
    this.deps.logger.error({ conversationId, err: err.message }, 'turn failed permanently; handed to a person');
  }
}

/**
 * The conversation columns of a handoff turn: the classification's ({@link classificationColumns}),
 * with the handoff's urgency first (as when the queue change set it before the classification).
 * @returns null when there is nothing to set
 */
function handoffColumns(classification: Record<string, unknown> | null, ctx: HandoffContext): TurnClassification | null {
  const cols = classification ? classificationColumns(classification) : null;
  const urgency = ctx.classification?.urgency ?? cols?.urgency ?? null;
  if (cols) return { ...cols, urgency };
  return urgency ? { classification: null, lang: null, urgency } : null;
}

/**
 * Put a one-message notice (e.g. when a person will answer) into the bot's last reply of the
 * turn, so the resident gets one message instead of two (one WhatsApp message per turn,
 * channels.md §1 pair rate limit). The notice's buttons go along; anything else stays separate.
 */
export function foldNotice(replies: NewOutbound[], notice: NewOutbound[]): NewOutbound[] {
  const last = replies[replies.length - 1];
  const extra = notice[0];
  if (!last || notice.length !== 1 || !extra) return [...replies, ...notice];
  const a = last.activity;
  const b = extra.activity;
  if (a.suggestedActions || a.attachments?.length || b.attachments?.length || typeof a.text !== 'string' || typeof b.text !== 'string') {
    return [...replies, ...notice];
  }
  const merged: NewOutbound = {
    ...last,
    activity: { ...a, text: `${a.text}\n\n${b.text}`, ...(b.suggestedActions ? { suggestedActions: b.suggestedActions } : {}) },
  };
  return [...replies.slice(0, -1), merged];
}

/** Build the Activity the bot sees from a stored inbound message. */
export function toActivity(conv: ConversationRecord, msg: MessageRecord): Partial<Activity> {
  const a = msg.activity;
  return {
    ...a,
    type: a.type ?? 'message',
    id: msg.id,
    channelId: conv.channel,
    serviceUrl: 'urn:aan-tafel',
    timestamp: msg.createdAt,
    conversation: { id: conv.id, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: conv.residentId, role: 'user', name: '' },
    recipient: { id: 'aan-tafel', role: 'bot', name: 'Digitale assistent' },
    membersAdded: a.type === 'conversationUpdate' ? [{ id: conv.residentId, name: '' }] : a.membersAdded,
  };
}

/** Keep only what a channel needs from a bot reply (no conversation refs, no user channelData). */
function cleanReply(a: Partial<Activity>): Partial<Activity> {
  const out: Partial<Activity> = { type: 'message' };
  if (a.text !== undefined) out.text = a.text;
  if (a.suggestedActions) out.suggestedActions = a.suggestedActions;
  if (a.attachments?.length) out.attachments = a.attachments;
  if (a.locale) out.locale = a.locale;
  if (a.inputHint) out.inputHint = a.inputHint;
  return out;
}
