/**
 * Shared set-up of the handoff-turn tests (handoff-turn.test.ts, handoff-turn-break.test.ts): a
 * resident's klacht, posting it as a signed WhatsApp webhook, a conversation whose first message
 * waits for its turn, and the handoff context and bot reply a turn would produce.
 */
import { expect } from 'chai';
import type { HandoffContext } from '../../dialogs/ports.js';
import type { NewOutbound } from '../../src/store/messages.js';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { TEST_APP_SECRET, type TestService } from '../support/service.js';

export const KLACHT = 'Ik heb een klacht over de thuiszorg: de zorgaanbieder komt al twee weken niet opdagen en niemand belt terug. Ik wil een medewerker spreken.';

/** The handoff context of a klacht about home care (team wmo). */
export const HANDOFF_CTX: HandoffContext = {
  reason: 'resident-asked',
  classification: { kind: 'klacht', bodies: ['zorgaanbieder'], law: [], urgency: 'hoog' } as never,
  team: { id: 'wmo', name: 'Wmo' },
  summary: 'thuiszorg komt niet',
  lang: 'nl',
};

/** The bot's handoff reply to message `msgId`. */
export const botReply = (msgId: string): NewOutbound[] => [
  { senderRole: 'bot', senderName: 'Digitale assistent', activity: { type: 'message', text: 'Ik geef u door aan een medewerker.' }, idempotencyKey: `bot:${msgId}:0`, replyToId: msgId },
];

/**
 * Helpers bound to a running test service.
 * @param get the service (read at call time: it starts in a before hook)
 * @param numbers a prefix of invented phone numbers, unique per test file
 */
export function handoffHelpers(get: () => TestService, numbers: string) {
  let n = 0;
  /** Post `text` from `from` as a signed webhook; returns its wamid. */
  const post = async (from: string, text: string): Promise<string> => {
    const msg = waText(text, { from });
    const signed = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [msg] }));
    const res = await fetch(`${get().baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(res.status).to.equal(200);
    return msg.id;
  };
  const q = async <T>(sql: string, params: unknown[] = []) => (await get().app.db.query<T>(sql, params)).rows;
  /** A new conversation whose first message (the klacht) waits for its turn, as the turn processor sees it. */
  const pendingConversation = async () => {
    n += 1;
    const store = get().app.store;
    const r = await store.storeInbound({
      channel: 'whatsapp',
      externalId: `${numbers}${n}`,
      address: `${numbers}${n}`,
      providerMessageId: `wamid.${numbers}.${n}`,
      activity: { type: 'message', text: KLACHT },
    });
    return { conv: (await store.getConversation(r.conversationId))!, msgId: r.messageId };
  };
  return { post, q, pendingConversation };
}
