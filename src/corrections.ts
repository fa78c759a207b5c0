import { randomUUID } from 'node:crypto';
import { HandoffError, type AgentRef, type ConsoleEvents } from './handoff.js';
import type { Db, Queryable } from './store/db.js';

/** Allowed values (taxonomy of nlp/, DESIGN §3). */
export const KINDS = ['klacht', 'signaal', 'bezwaar', 'vraag', 'crisis'] as const;
export const URGENCIES = ['crisis', 'hoog', 'normaal'] as const;

/** What an agent says the classification should have been. */
export interface CorrectionInput {
  /** Taxonomy body ids, the responsible body first (1–5). */
  bodies: string[];
  kind: (typeof KINDS)[number];
  urgency: (typeof URGENCIES)[number];
  law?: string[];
}

/** A stored correction as the console shows it. */
export interface CorrectionView {
  id: string;
  agentId: string;
  agentName: string | null;
  original: Record<string, unknown> | null;
  corrected: CorrectionInput;
  createdAt: string;
}

/** One line of `--corrections FILE` for `npm run train` (format: nlp/README.md "Agent corrections"). */
export interface CorrectionLine {
  id: string;
  text: string;
  subject?: string;
  bodies: string[];
  kind: string;
  urgency: string;
  law?: string[];
  lang?: string;
  who: string;
  when: string;
  modelVersion?: string;
}

/** Longest resident text kept with a correction (characters). */
export const CORRECTION_TEXT_MAX = 4000;

/**
 * Classification corrections by agents (issue 4 §7, issue 3 §7): stored with who, when, the
 * original and corrected classification and the resident's text (their inbound messages of the
 * conversation so far), applied to the conversation, and exported for training.
 */
export class Corrections {
  constructor(
    private readonly db: Db,
    private readonly events: ConsoleEvents,
    /** Taxonomy body ids accepted in `bodies`. */
    private readonly knownBodies: ReadonlySet<string>,
    /**
     * Called inside the correction's transaction when an agent marks the conversation a crisis
     * (kind or urgency `crisis`): it must reach a person at once, also when the bot still has it.
     * @param control the conversation's control before the correction (`bot`, `queued`, `agent`, `closed`)
     */
    private readonly onCrisis?: (tx: Queryable, conversationId: string, bodies: string[], control: string) => Promise<void>,
  ) {}

  /**
   * Correct a conversation's classification. The conversation's routing team does not change
   * (transfer it for that).
   * @throws HandoffError `invalid` (unknown body/kind/urgency, no resident text), `not_found`
   */
  async correct(conversationId: string, agent: AgentRef, input: CorrectionInput): Promise<string> {
    const bodies = [...new Set(input.bodies)];
    if (!bodies.length || bodies.length > 5 || bodies.some((b) => !this.knownBodies.has(b))) throw new HandoffError('invalid', 'unknown body');
    if (!KINDS.includes(input.kind)) throw new HandoffError('invalid', 'unknown kind');
    if (!URGENCIES.includes(input.urgency)) throw new HandoffError('invalid', 'unknown urgency');
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      const c = await tx.query<{ classification: Record<string, unknown> | null; channel_state: Record<string, unknown>; control: string }>(
        `SELECT classification, channel_state, control FROM conversations WHERE id = $1 FOR UPDATE`,
        [conversationId],
      );
      if (!c.rows[0]) throw new HandoffError('not_found', 'conversation not found');
      const original = c.rows[0].classification;
      const texts = await tx.query<{ text: string }>(
        // Anonymised text (retention, erasure) is no resident text: nothing to learn, nobody to help.
        `SELECT text FROM messages WHERE conversation_id = $1 AND direction = 'in' AND text IS NOT NULL AND text <> '' AND anonymised_at IS NULL ORDER BY seq`,
        [conversationId],
      );
      const text = texts.rows.map((r) => r.text).join('\n').slice(0, CORRECTION_TEXT_MAX);
      if (!text) throw new HandoffError('invalid', 'the resident wrote no text to learn from');
      const corrected: CorrectionInput = { bodies, kind: input.kind, urgency: input.urgency, ...(input.law ? { law: input.law } : {}) };
      const subject = typeof c.rows[0].channel_state?.subject === 'string' ? c.rows[0].channel_state.subject : null;
      await tx.query(
        `INSERT INTO classification_corrections (id, conversation_id, agent_id, original, corrected, text, subject, model_version)
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)`,
        [id, conversationId, agent.id, original ? JSON.stringify(original) : null, JSON.stringify(corrected), text, subject, typeof original?.modelVersion === 'string' ? original.modelVersion : null],
      );
      const merged = { ...(original ?? {}), ...corrected, confidence: 1, correctedBy: agent.id, correctedAt: new Date().toISOString() };
      await tx.query(`UPDATE conversations SET classification = $2::jsonb, urgency = $3, updated_at = now() WHERE id = $1`, [
        conversationId,
        JSON.stringify(merged),
        input.urgency,
      ]);
      await tx.query(`INSERT INTO conversation_events (conversation_id, type, agent_id, data) VALUES ($1, 'classification.corrected', $2, $3::jsonb)`, [
        conversationId,
        agent.id,
        JSON.stringify({ correctionId: id, from: original ? { bodies: original.bodies, kind: original.kind, urgency: original.urgency } : null, to: corrected }),
      ]);
      if ((input.kind === 'crisis' || input.urgency === 'crisis') && this.onCrisis) await this.onCrisis(tx, conversationId, bodies, c.rows[0].control);
    });
    this.events.conversationChanged(conversationId, 'classification');
    return id;
  }

  /** Corrections of one conversation, oldest first. */
  async list(conversationId: string): Promise<CorrectionView[]> {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT k.id, k.agent_id, a.display_name, k.original, k.corrected, k.created_at
         FROM classification_corrections k LEFT JOIN agents a ON a.id = k.agent_id
        WHERE k.conversation_id = $1 ORDER BY k.created_at, k.id`,
      [conversationId],
    );
    return r.rows.map((x) => ({
      id: String(x.id),
      agentId: String(x.agent_id),
      agentName: (x.display_name as string | null) ?? null,
      original: (x.original as Record<string, unknown> | null) ?? null,
      corrected: x.corrected as CorrectionInput,
      createdAt: new Date(x.created_at as string).toISOString(),
    }));
  }

  /**
   * Every correction as training lines (nlp/README.md "Agent corrections"): `who` is the agent's
   * username, `when` ISO 8601, `id` the correction id. Text is exported as stored; the trainer
   * masks PII itself (`maskPii`) before training.
   */
  async exportLines(): Promise<CorrectionLine[]> {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT k.id, k.text, k.subject, k.corrected, k.original, k.model_version, k.created_at, a.username
         FROM classification_corrections k JOIN agents a ON a.id = k.agent_id ORDER BY k.created_at, k.id`,
    );
    return r.rows.map((x) => {
      const c = x.corrected as CorrectionInput;
      const o = (x.original as Record<string, unknown> | null) ?? {};
      const line: CorrectionLine = {
        id: String(x.id),
        text: String(x.text),
        bodies: c.bodies,
        kind: c.kind,
        urgency: c.urgency,
        who: String(x.username),
        when: new Date(x.created_at as string).toISOString(),
      };
      if (typeof x.subject === 'string' && x.subject) line.subject = x.subject;
      const law = c.law ?? (Array.isArray(o.law) ? (o.law as string[]) : undefined);
      if (law?.length) line.law = law;
      if (typeof o.lang === 'string' && o.lang !== 'und') line.lang = o.lang;
      if (typeof x.model_version === 'string') line.modelVersion = x.model_version;
      return line;
    });
  }
}
