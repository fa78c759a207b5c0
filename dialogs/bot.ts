import { ActivityHandler, MessageFactory, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { INTAKE_DIALOG, IntakeDialog, initiateHandoff, reportClassification, sayAndHandOff, summarise, type IntakeOptions } from './intake.js';
import { conversationLanguage } from './language.js';
import type { ClassifierPort, RoutingPort } from './ports.js';
import { textsFor } from './texts.js';

/** Per-conversation facts the bot keeps between turns (in ConversationState, i.e. Redis). */
interface BotMemory {
  lang?: string;
  welcomed?: boolean;
}

/** Dependencies of {@link IntakeBot}. */
export interface IntakeBotDeps {
  conversationState: ConversationState;
  classifier: ClassifierPort;
  routing: RoutingPort;
  /** Municipality name used in the welcome. */
  municipality: string;
}

const GREETING = /^\s*(hoi+|hallo+|hey+|hi+|hello|goede(morgen|middag|avond|ndag)|dag|merhaba|selam|salam|dzie[nń] dobry|cze[sś][cć]|привіт|добрий день|مرحبا|السلام عليكم)[\s!.,?]*$/iu;

/**
 * The one bot for every channel. It welcomes, lets the resident tell their story, and hands the
 * conversation to a person when the intake is complete or whenever the resident asks. Crisis
 * words win at every turn: safety numbers at once and the top of the agent queue (DESIGN §6).
 * Messages without text (voice notes, photos, documents, locations) are acknowledged politely and
 * kept for the agent, never dropped.
 */
export class IntakeBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly memory: StatePropertyAccessor<BotMemory>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: IntakeBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.memory = deps.conversationState.createProperty<BotMemory>('memory');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new IntakeDialog(deps.classifier, deps.routing));

    this.onMembersAdded(async (ctx, next) => {
      const others = (ctx.activity.membersAdded ?? []).filter((m) => m.id !== ctx.activity.recipient?.id);
      const mem = await this.memory.get(ctx, {});
      if (others.length && !mem.welcomed) {
        mem.welcomed = true;
        const t = textsFor(mem.lang);
        await ctx.sendActivity(MessageFactory.text(`${t.welcome(deps.municipality)}\n\n${t.askStory}`));
      }
      await next();
    });

    this.onMessage(async (ctx, next) => {
      await this.handleMessage(ctx);
      await next();
    });

    this.onDialog(async (ctx, next) => {
      await this.deps.conversationState.saveChanges(ctx, false);
      await next();
    });
  }

  private async handleMessage(ctx: TurnContext): Promise<void> {
    const mem = await this.memory.get(ctx, {});
    const text = (ctx.activity.text ?? '').trim();
    const subject = (ctx.activity.channelData as { subject?: string } | undefined)?.subject;
    const attachments = ctx.activity.attachments ?? [];

    if (!text && attachments.length) {
      const t = textsFor(mem.lang);
      const kind = attachmentKind(attachments[0]!);
      if (kind === 'other' || kind === 'location') {
        // A sticker, a poll, a system notice, a bare location: nothing for a person to act on yet.
        await ctx.sendActivity(MessageFactory.text(`${t.received[kind]} ${t.askTypeAFew}`));
        return;
      }
      // A voice note, photo or file without words: the bot cannot read it, a person can. Pass it
      // on at once (a resident who cannot or will not type is never left waiting with the bot).
      const team = this.deps.routing.teamFor([]);
      await ctx.sendActivity(MessageFactory.text(`${t.received[kind]} ${t.pickedUpBy(team.name)} ${t.addAFewWords}`));
      const dc = await this.dialogs.createContext(ctx);
      await dc.cancelAllDialogs();
      await initiateHandoff(ctx, { reason: 'attachment', classification: null, team, summary: `(${kind}, zonder tekst)`, lang: mem.lang ?? 'nl' });
      return;
    }
    if (!text) return;
    if (attachments.length) {
      // A photo or document with a caption: thank for the file, then treat the caption as the story.
      await ctx.sendActivity(MessageFactory.text(textsFor(mem.lang).received[attachmentKind(attachments[0]!)]));
    }

    const c = this.deps.classifier.classify({ text, subject, channel: ctx.activity.channelId });
    mem.lang = conversationLanguage(mem.lang, c.lang, text);
    const t = textsFor(mem.lang);
    const dc = await this.dialogs.createContext(ctx);

    // Crisis words win over everything; a resident who asks for a person gets one at once.
    const urgentReason = c.crisis || c.kind === 'crisis' ? 'crisis' : c.wantsHuman ? 'resident-asked' : null;
    if (urgentReason) {
      const say = urgentReason === 'crisis' ? t.crisis : `${t.askedForHuman} ${t.noNeedToRepeat}`;
      await reportClassification(ctx, c);
      await dc.cancelAllDialogs();
      await sayAndHandOff(ctx, say, {
        reason: urgentReason,
        classification: c,
        team: this.deps.routing.teamFor(c.bodies),
        summary: summarise(text),
        lang: mem.lang ?? 'nl',
      });
      return;
    }

    const result = await dc.continueDialog();
    if (result.status !== DialogTurnStatus.empty) return;

    if (GREETING.test(text)) {
      if (!mem.welcomed) {
        mem.welcomed = true;
        await ctx.sendActivity(MessageFactory.text(t.welcome(this.deps.municipality)));
      }
      // Without a story the intake asks for one, in the resident's own words.
      await dc.beginDialog(INTAKE_DIALOG, { lang: mem.lang, subject } satisfies IntakeOptions);
      return;
    }
    if (!mem.welcomed && ctx.activity.channelId !== 'webchat') {
      // First contact on WhatsApp or e-mail: say once who answers (honest about automation).
      mem.welcomed = true;
      await ctx.sendActivity(MessageFactory.text(t.welcome(this.deps.municipality)));
    }
    await dc.beginDialog(INTAKE_DIALOG, { story: text, subject, lang: mem.lang } satisfies IntakeOptions);
  }
}

function attachmentKind(attachment: { contentType?: string; content?: unknown }): 'voice' | 'image' | 'document' | 'location' | 'other' {
  const contentType = attachment.contentType ?? '';
  const providerType = (attachment.content as { meta?: { whatsappType?: string } } | undefined)?.meta?.whatsappType;
  // Stickers, polls, system notices (number changed …) and other types a person cannot act on.
  if (providerType === 'sticker' || contentType.includes('unsupported')) return 'other';
  if (contentType.startsWith('audio/')) return 'voice';
  if (contentType.startsWith('image/') || contentType.startsWith('video/')) return 'image';
  if (contentType.includes('geo')) return 'location';
  if (contentType.startsWith('application/') || contentType.startsWith('text/')) return 'document';
  return 'other';
}
