import {
  ActivityTypes,
  EventFactory,
  MessageFactory,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { BEZWAAR_DIALOG, BezwaarDialog, type BezwaarOptions, type BezwaarResult } from './bezwaar.js';
import { CLASSIFICATION_EVENT } from './events.js';
import { conversationLanguage } from './language.js';
import type { ClassifierPort, HandoffContext, HandoffReason, RoutingPort, StoryClassification } from './ports.js';
import { textsFor } from './texts.js';

export const INTAKE_DIALOG = 'intake';
const STORY_PROMPT = 'storyPrompt';
const CLARIFY_PROMPT = 'clarifyPrompt';
const FLOW = 'intakeFlow';

/** Options with which the intake starts. */
export interface IntakeOptions {
  /** The resident's first message, when it already tells the story. */
  story?: string;
  subject?: string;
  lang?: string;
}

/** Most clarifying questions before a person takes over (issue 3: "never more than two"). */
export const MAX_CLARIFICATIONS = 2;

interface IntakeValues {
  story: string;
  subject?: string;
  /** the language the bot answers in; undefined until one is known (texts then default to Dutch) */
  lang?: string;
  hint?: string;
  clarifications: number;
  classification?: StoryClassification;
}

/**
 * The intake: let the resident tell their story in their own words (no required fields),
 * classify it, ask at most two open clarifying questions when unsure, say back in plain
 * language what was understood and which team picks it up, then hand off to a person.
 * It never tells the resident to go elsewhere (DESIGN §1, "van het kastje naar de muur").
 */
export class IntakeDialog extends ComponentDialog {
  constructor(
    private readonly classifier: ClassifierPort,
    private readonly routing: RoutingPort,
  ) {
    super(INTAKE_DIALOG);
    this.addDialog(new TextPrompt(STORY_PROMPT));
    this.addDialog(new TextPrompt(CLARIFY_PROMPT));
    this.addDialog(new BezwaarDialog());
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.askStory.bind(this),
        this.classifyStory.bind(this),
        this.useClarification.bind(this),
        this.useClarification.bind(this),
        this.askDecisionDate.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private async askStory(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const opts = (step.options ?? {}) as IntakeOptions;
    const v = step.values as IntakeValues;
    v.clarifications = 0;
    v.lang = opts.lang;
    v.subject = opts.subject;
    if (opts.story && opts.story.trim()) return step.next(opts.story);
    return step.prompt(STORY_PROMPT, { prompt: MessageFactory.text(textsFor(v.lang).askStory) });
  }

  private async classifyStory(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const v = step.values as IntakeValues;
    v.story = String(step.result ?? '');
    return this.classifyOrClarify(step);
  }

  private async useClarification(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const v = step.values as IntakeValues;
    if (step.result === undefined || v.classification === undefined || step.result === DONE) return step.next(DONE);
    const answer = String(step.result);
    v.hint = answer;
    v.story = `${v.story}\n${answer}`;
    return this.classifyOrClarify(step);
  }

  private async classifyOrClarify(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const v = step.values as IntakeValues;
    const c = this.classifier.classify({
      text: v.story,
      subject: v.subject,
      channel: step.context.activity.channelId,
      hint: v.hint,
    });
    v.classification = c;
    v.lang = conversationLanguage(v.lang, c.lang, v.story);
    await reportClassification(step.context, c);
    const unsure = c.confidence < this.classifier.clarifyThreshold || c.bodies[0] === 'onbekend';
    // An urgent message (cut-off, eviction, no income or care) goes to a person at once, even
    // when its topic is unclear: a question would leave it waiting, unseen, with the bot.
    if (unsure && v.clarifications < MAX_CLARIFICATIONS && !c.wantsHuman && !c.crisis && c.urgency !== 'hoog') {
      v.clarifications += 1;
      const t = textsFor(v.lang);
      const prompt = MessageFactory.suggestedActions([...t.clarifyOptions], t.clarify);
      return step.prompt(CLARIFY_PROMPT, { prompt });
    }
    return step.next(DONE);
  }

  /** A bezwaar: ask the decision date and tell the last day to object (dialogs/bezwaar.ts). */
  private async askDecisionDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const v = step.values as IntakeValues;
    if (v.classification?.kind !== 'bezwaar') return step.next();
    return step.beginDialog(BEZWAAR_DIALOG, { story: v.story, lang: v.lang ?? 'nl' } satisfies BezwaarOptions);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const v = step.values as IntakeValues;
    const bezwaar = step.result && typeof step.result === 'object' && 'decisionDate' in step.result ? (step.result as BezwaarResult) : undefined;
    const c = v.classification!;
    const t = textsFor(v.lang);
    const team = this.routing.teamFor(c.bodies);
    if (c.crisis || c.kind === 'crisis') {
      // The danger showed only in the story as a whole (a sentence split over messages, or told
      // in answer to a clarifying question): safety numbers first, and a crisis handoff.
      await sayAndHandOff(step.context, t.crisis, { reason: 'crisis', classification: c, team, summary: summarise(v.story), lang: v.lang ?? 'nl' });
      return step.endDialog(c);
    }
    const unclear = c.confidence < this.classifier.clarifyThreshold || c.bodies[0] === 'onbekend';
    const lines: string[] = [];
    if (!unclear) lines.push(t.understood(t.bodyTopics[c.bodies[0] ?? 'onbekend'] ?? t.bodyTopics.onbekend!, t.kindNames[c.kind] ?? t.kindNames.vraag!));
    if (c.kind === 'bezwaar' && !bezwaar) lines.push(t.bezwaarDeadline);
    if (c.wantsFormal) lines.push(t.formalNoted);
    lines.push(t.pickedUpBy(team.name), t.noNeedToRepeat);
    await step.context.sendActivity(MessageFactory.text(lines.join('\n\n')));
    await initiateHandoff(step.context, {
      reason: unclear ? 'unclear' : 'intake-complete',
      classification: c,
      team,
      summary: summarise(v.story),
      lang: v.lang ?? 'nl',
      ...(bezwaar ? { bezwaar: { decisionDate: bezwaar.decisionDate, deadline: bezwaar.deadline } } : {}),
    });
    return step.endDialog(c);
  }
}

const DONE = Symbol.for('aan-tafel.intake.done');

/** Tell the service what the bot understood (stored on the conversation for the agent). */
export async function reportClassification(ctx: TurnContext, c: StoryClassification): Promise<void> {
  await ctx.sendActivity({ type: ActivityTypes.Event, name: CLASSIFICATION_EVENT, value: c });
}

/**
 * Send `handoff.initiate` (botbuilder EventFactory.createHandoffInitiation) with the handoff
 * context; the service's adapter turns it into a queued conversation.
 */
export async function initiateHandoff(ctx: TurnContext, context: HandoffContext): Promise<void> {
  const event = EventFactory.createHandoffInitiation(ctx, context) as Partial<Activity>;
  await ctx.sendActivity(event);
}

/**
 * The urgent path shared by the first message (dialogs/bot.ts) and the story as a whole (finish):
 * send `say` (for a crisis: the safety numbers 112 / 113 / Veilig Thuis, taxonomy.md "crisis")
 * before anything else, then `handoff.initiate` with `context`. Raises what the adapter's
 * sendActivity raises (the turn is retried by the caller's queue).
 */
export async function sayAndHandOff(ctx: TurnContext, say: string, context: HandoffContext): Promise<void> {
  await ctx.sendActivity(MessageFactory.text(say));
  await initiateHandoff(ctx, context);
}

/** First 280 characters of the story, on one line, for the agent's handoff card. */
export function summarise(story: string): string {
  const oneLine = story.replace(/\s+/g, ' ').trim();
  // Cut on code points, never inside a surrogate pair (an emoji), which jsonb would refuse.
  const chars = Array.from(oneLine);
  return chars.length > 280 ? `${chars.slice(0, 279).join('')}…` : oneLine;
}

export type { HandoffReason };
