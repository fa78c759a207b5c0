import type { Activity } from 'botbuilder';
import type { TranscriptEntry } from '../contract.js';

/** The `from` of every outbound activity; agents keep this id and differ by `name` only. */
export const BOT_ID = 'bot';
export const DEFAULT_BOT_NAME = 'Digitale assistent';

/** What one Direct Line conversation looks like to its client. */
export interface DirectLineContext {
  /** Direct Line conversation id. */
  conversationId: string;
  /** The resident's Direct Line user id (token `user` claim). */
  userId: string;
}

/** Direct Line 3.0 ActivitySet, the frame of the stream and the body of GET …/activities. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  /** The seq of the last transcript entry covered, as a string (opaque to the client). */
  watermark: string;
}

/**
 * Convert one stored transcript entry to the activity a Direct Line client sees.
 *
 * Rules (Web Chat CHAT_ADAPTER.md, postActivitySaga, createActivitiesReducer):
 * - inbound messages are echoed with `id` = the provider id we minted on POST, `from.role:'user'`
 *   and the SAME `channelData.clientActivityID`, so Web Chat marks the message as sent;
 * - inbound non-messages (conversationUpdate, events, typing) are not shown: `null`;
 * - outbound activities get `id` = entry id and `from {id:'bot', name, role:'bot'}` (agents are
 *   shown with their own name) and never any channelData: copying the user's clientActivityID
 *   into a reply makes Web Chat replace the user's message with it;
 * - every activity has `timestamp` (ISO 8601, from `createdAt`), by which Web Chat orders.
 * @returns the activity, or null when the client must not see this entry
 */
export function toDirectLineActivity(entry: TranscriptEntry, ctx: DirectLineContext): Partial<Activity> | null {
  const a = entry.activity ?? {};
  const type = a.type ?? 'message';
  const base = {
    timestamp: entry.createdAt.toISOString() as unknown as Date,
    channelId: 'webchat',
    conversation: { id: ctx.conversationId } as Activity['conversation'],
  };
  if (entry.direction === 'in') {
    if (type !== 'message') return null;
    const clientActivityID = readClientActivityId(a.channelData);
    const out: Partial<Activity> = {
      type: 'message',
      id: entry.providerMessageId ?? entry.id,
      ...base,
      from: { id: a.from?.id || ctx.userId, role: 'user' } as Activity['from'],
    };
    copy(out, a, ['text', 'value', 'attachments', 'locale']);
    // What a resident typed is shown as typed: markup in it is text, never formatting or HTML.
    if (typeof out.text === 'string') out.textFormat = 'plain';
    if (clientActivityID) out.channelData = { clientActivityID };
    return out;
  }
  if (type !== 'message' && type !== 'event' && type !== 'typing') return null;
  const out: Partial<Activity> = {
    type,
    id: entry.id,
    ...base,
    from: { id: BOT_ID, name: entry.senderName || DEFAULT_BOT_NAME, role: 'bot' } as Activity['from'],
    recipient: { id: ctx.userId, role: 'user' } as Activity['recipient'],
  };
  copy(out, a, [
    'text',
    'textFormat',
    'speak',
    'inputHint',
    'suggestedActions',
    'attachments',
    'attachmentLayout',
    'locale',
    'replyToId',
    'summary',
  ]);
  if (type === 'event') copy(out, a, ['name', 'value']);
  // Bot and system texts are written as plain text and may quote what a resident wrote: unless
  // a reply asks for markdown, markup in it shows as text (no HTML, no images, no links).
  if (typeof out.text === 'string' && out.textFormat === undefined && entry.senderRole !== 'agent') out.textFormat = 'plain';
  // A person writes: say who, so the resident can tell the agent from the digital assistant
  // (Web Chat shows one avatar for every non-user sender).
  if (entry.senderRole === 'agent' && typeof out.text === 'string' && entry.senderName) {
    // The agent's words are plain text too: markup typed in the console shows as typed.
    out.text = `**${escapeMarkdown(entry.senderName)}** (medewerker): ${escapeMarkdown(out.text)}`;
  }
  return out;
}

/** Escape the characters Web Chat's markdown gives meaning to, for names shown in bold. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}\[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

/**
 * Build the ActivitySet for a page of entries.
 * @param afterSeq the watermark the page was read after (returned when the page is empty)
 */
export function toActivitySet(entries: TranscriptEntry[], ctx: DirectLineContext, afterSeq: number): ActivitySet {
  const activities: Partial<Activity>[] = [];
  for (const e of entries) {
    const act = toDirectLineActivity(e, ctx);
    if (act) activities.push(act);
  }
  const last = entries.length ? entries[entries.length - 1]!.seq : afterSeq;
  return { activities, watermark: String(last) };
}

export function readClientActivityId(channelData: unknown): string | undefined {
  if (channelData && typeof channelData === 'object') {
    const v = (channelData as Record<string, unknown>).clientActivityID;
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

function copy(target: Partial<Activity>, source: Partial<Activity>, keys: (keyof Activity)[]): void {
  for (const k of keys) {
    const v = source[k];
    if (v !== undefined && v !== null) (target as Record<string, unknown>)[k] = v;
  }
}
