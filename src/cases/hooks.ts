import type { HandoffContext } from '../../dialogs/ports.js';
import type { Queryable } from '../store/db.js';
import type { TurnCaseHints } from '../store/messages.js';
import type { ConversationRecord, MessageRecord } from '../store/records.js';

/** What the turn processor asks of the case module (implemented by CaseService). */
export interface CaseHooks {
  /**
   * Every resident message, before the bot or an agent sees it (reference links, follow-up
   * answers, formal requests).
   * @param known what the turn's read found about the conversation's cases (for its first
   *   message); without it the checks read it themselves
   * @returns true when the message was handled (the bot must not run)
   */
  onInbound(conv: ConversationRecord, msg: MessageRecord, known?: TurnCaseHints): Promise<boolean>;
  /** In the handoff turn's transaction: open or continue the case. @returns messages to deliver with the turn */
  onHandoffInTx(tx: Queryable, conv: ConversationRecord, ctx: HandoffContext): Promise<{ messageIds: string[] } | null>;
  /** After the handoff turn committed. */
  afterHandoff(conversationId: string): Promise<void>;
}
