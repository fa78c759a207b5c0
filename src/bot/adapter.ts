import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { CLASSIFICATION_EVENT } from '../../dialogs/events.js';

/** What the bot produced in one turn, collected by {@link QueueAdapter}. */
export interface TurnOutput {
  /** Message activities to deliver, in order. */
  replies: Partial<Activity>[];
  /** Set when a dialog sent a `handoff.initiate` event (EventFactory.createHandoffInitiation). */
  handoff: { context: Record<string, unknown> } | null;
  /** The latest classification the dialogs reported (event `aan-tafel.classification`). */
  classification: Record<string, unknown> | null;
}

const OUTPUT = Symbol('aan-tafel.turnOutput');


/**
 * A botbuilder adapter for channels the service runs itself (WhatsApp, web chat, e-mail).
 *
 * It does not send anything during the turn: `sendActivities` collects the bot's activities so
 * that the turn processor can store them together with the turn's completion in one database
 * transaction and deliver them through the durable `deliver` queue afterwards. This keeps
 * botbuilder's types at this edge: the rest of the service sees plain data.
 */
export class QueueAdapter extends BotAdapter {
  /**
   * Run one turn of `logic` for `activity`.
   * @returns the collected output
   * @throws whatever the bot logic throws (the turn job is then retried)
   */
  async runTurn(activity: Partial<Activity>, logic: (ctx: TurnContext) => Promise<void>): Promise<TurnOutput> {
    const ctx = new TurnContext(this, activity);
    const out: TurnOutput = { replies: [], handoff: null, classification: null };
    ctx.turnState.set(OUTPUT, out);
    await this.runMiddleware(ctx, logic);
    return out;
  }

  override async sendActivities(ctx: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const out = ctx.turnState.get(OUTPUT) as TurnOutput | undefined;
    if (!out) throw new Error('QueueAdapter.sendActivities outside runTurn');
    const responses: ResourceResponse[] = [];
    for (const a of activities) {
      const id = randomUUID();
      responses.push({ id });
      if (a.type === ActivityTypes.Event && a.name === 'handoff.initiate') {
        out.handoff = { context: (a.value as Record<string, unknown>) ?? {} };
      } else if (a.type === ActivityTypes.Event && a.name === CLASSIFICATION_EVENT) {
        out.classification = (a.value as Record<string, unknown>) ?? null;
      } else if (a.type === ActivityTypes.Message) {
        out.replies.push(a);
      }
      // typing, trace, delay and other events are not delivered on these channels.
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('updating a sent message is not supported on WhatsApp, e-mail or this web chat');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('deleting a sent message is not supported on WhatsApp, e-mail or this web chat');
  }

  /** Proactive turn: runs `logic` with a `continueConversation` event for `reference`. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (ctx: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    await this.runTurn(activity, logic);
  }
}

/**
 * Merge consecutive plain text replies of one turn into one message, so a resident gets one
 * WhatsApp message / one e-mail per turn (WhatsApp pair rate limit, channels.md §1).
 * Suggested actions and attachments stay with the last message they belong to.
 */
export function mergeReplies(replies: Partial<Activity>[]): Partial<Activity>[] {
  const merged: Partial<Activity>[] = [];
  for (const r of replies) {
    const prev = merged[merged.length - 1];
    const plain = (a: Partial<Activity>) => !a.attachments?.length;
    if (prev && plain(prev) && plain(r) && !prev.suggestedActions && typeof prev.text === 'string' && typeof r.text === 'string') {
      merged[merged.length - 1] = { ...prev, text: `${prev.text}\n\n${r.text}`, suggestedActions: r.suggestedActions, inputHint: r.inputHint };
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}
