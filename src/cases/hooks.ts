import type { HandoffContext } from '../../dialogs/ports.js';
import type { Queryable, SqlParams } from '../store/db.js';
import type { TurnCaseHints, TurnStatementPart } from '../store/messages.js';
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
  /**
   * The same as a part of the handoff turn's one statement, when it can be one.
   * @returns null when the handoff needs onHandoffInTx
   */
  handoffPart(conv: ConversationRecord, ctx: HandoffContext): HandoffCasePart | null;
  /** After the handoff turn committed. */
  afterHandoff(conversationId: string): Promise<void>;
}

/** A handoff's case as a part of the turn's one statement ({@link CaseHooks.handoffPart}). */
export interface HandoffCasePart {
  /** A new case may be made: its reference goes into the newest of the turn's bot replies with text, so the turn needs one. */
  creates: boolean;
  /** The part, with the statement's parameters. */
  part(p: SqlParams): TurnStatementPart;
  /** After the statement, with its `extra`: leaves the work after the commit for {@link CaseHooks.afterHandoff}. */
  settle(extra: Record<string, unknown>): void;
}
