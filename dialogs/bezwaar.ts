import { MessageFactory } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { bezwaarDeadline, daysBetween, formatDateEn, formatDateNl, localDate } from '../src/cases/deadlines.js';
import { parseDutchDate } from './dates.js';

export const BEZWAAR_DIALOG = 'bezwaar';
const DATE_PROMPT = 'bezwaarDatePrompt';

/** Options: the resident's story (a date in it is used without asking) and language. */
export interface BezwaarOptions {
  story: string;
  lang: string;
  /** Warn when the term ends within this many days (CASE_BEZWAAR_WARN_DAYS). */
  warnDays?: number;
}

/** What the dialog found out; goes with the handoff to the case. */
export interface BezwaarResult {
  decisionDate: string | null;
  deadline: string | null;
  daysLeft: number | null;
}

interface Texts {
  askDate: string;
  askAgain: string;
  lastDay(deadline: string, daysLeft: number): string;
  near: string;
  passed: string;
  noDate: string;
  incompleteIsFine: string;
}

const nl: Texts = {
  askDate:
    'U bent het niet eens met een besluit. Dan kunt u bezwaar maken. Wat is de datum van het besluit? ' +
    'Die staat bovenaan de brief. Bijvoorbeeld: 3 november.',
  askAgain: 'Ik kon de datum niet goed lezen. Schrijf de datum zo: 3 november of 3-11-2026. Weet u het niet? Schrijf dan: weet ik niet.',
  lastDay: (d, n) => `De laatste dag om bezwaar te maken is ${formatDateNl(d)}${n >= 0 ? ` (nog ${n} ${n === 1 ? 'dag' : 'dagen'})` : ''}.`,
  near: 'Dat is snel. Wacht daarom niet: ook een kort bezwaar op tijd is goed. U kunt later meer uitleg en stukken sturen.',
  passed:
    'Die datum is al voorbij. Maak toch bezwaar en vertel waarom het later is. Soms kan het dan nog (Algemene wet bestuursrecht, artikel 6:11). ' +
    'Een medewerker kijkt met u mee.',
  noDate: 'Geen probleem. Een medewerker zoekt de datum met u uit. Bezwaar maken moet binnen 6 weken na de datum van het besluit.',
  incompleteIsFine: 'Wij helpen u met uw bezwaar. Heeft u nog niet alles? Dat is goed. U kunt het later aanvullen.',
};

const en: Texts = {
  askDate: 'You disagree with a decision. You can object (bezwaar). What is the date of the decision? It is at the top of the letter. For example: 3 November.',
  askAgain: 'I could not read the date. Please write it like this: 3 November or 3-11-2026. Do you not know? Then write: I do not know.',
  lastDay: (d, n) => `The last day to object is ${formatDateEn(d)}${n >= 0 ? ` (${n} ${n === 1 ? 'day' : 'days'} left)` : ''}.`,
  near: 'That is soon. So do not wait: a short objection in time is fine. You can send more explanation and documents later.',
  passed:
    'That date has passed. Object anyway and say why it is late. Sometimes it is still accepted (General Administrative Law Act, article 6:11). A staff member will help you.',
  noDate: 'No problem. A staff member will find the date with you. An objection must be made within 6 weeks after the date of the decision.',
  incompleteIsFine: 'We will help you with your objection. Do you not have everything yet? That is fine. You can add to it later.',
};

function textsFor(lang: string): Texts[] {
  if (lang === 'en') return [en];
  if (!lang || lang === 'nl' || lang === 'und') return [nl];
  return [nl, en];
}
const say = (lang: string, pick: (t: Texts) => string) => textsFor(lang).map(pick).join('\n\n');

/**
 * Bezwaar is helped, not refused (Awb 6:5/6:6: an incomplete objection is repaired, not refused).
 * Asks for the date of the decision when the story does not give one (free text: "3 november",
 * "3-11-2026", "vorige week dinsdag"), tells the last day to object (Awb 6:7 six weeks, 6:8 from the
 * day after the decision was sent, Algemene termijnenwet art. 1 for weekends and holidays), warns
 * when it is near or passed (Awb 6:11), and ends — the intake then hands over to the team like any
 * other case. Never asks more than twice. "Today" is the message's own timestamp.
 */
export class BezwaarDialog extends ComponentDialog {
  constructor() {
    super(BEZWAAR_DIALOG);
    this.addDialog(new TextPrompt(DATE_PROMPT));
    this.addDialog(new WaterfallDialog('bezwaarFlow', [this.findDate.bind(this), this.retry.bind(this), this.tell.bind(this)]));
    this.initialDialogId = 'bezwaarFlow';
  }

  private today(step: WaterfallStepContext): string {
    const ts = step.context.activity.timestamp;
    return localDate(ts ? new Date(ts) : new Date());
  }

  private async findDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as BezwaarOptions;
    const found = parseDutchDate(o.story, this.today(step));
    if (found) return step.next({ date: found });
    return step.prompt(DATE_PROMPT, { prompt: MessageFactory.text(say(o.lang, (t) => t.askDate)) });
  }

  private async retry(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as BezwaarOptions;
    if (step.result && typeof step.result === 'object') return step.next(step.result);
    const answer = String(step.result ?? '');
    const found = parseDutchDate(answer, this.today(step));
    if (found) return step.next({ date: found });
    if (/\b(weet( ik)? (het )?niet|geen idee|don'?t know|do not know|not know)\b/i.test(answer)) return step.next({ date: null });
    return step.prompt(DATE_PROMPT, { prompt: MessageFactory.text(say(o.lang, (t) => t.askAgain)) });
  }

  private async tell(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as BezwaarOptions;
    let date: string | null = null;
    if (step.result && typeof step.result === 'object') date = (step.result as { date: string | null }).date;
    else if (typeof step.result === 'string') date = parseDutchDate(step.result, this.today(step));
    const today = this.today(step);
    if (date && date > today) date = null; // a decision in the future is a misreading: let a person ask
    const result: BezwaarResult = { decisionDate: date, deadline: null, daysLeft: null };
    const lines: string[] = [];
    if (date) {
      result.deadline = bezwaarDeadline(date);
      result.daysLeft = daysBetween(today, result.deadline);
      lines.push(say(o.lang, (t) => t.lastDay(result.deadline!, result.daysLeft!)));
      if (result.daysLeft < 0) lines.push(say(o.lang, (t) => t.passed));
      else if (result.daysLeft <= (o.warnDays ?? 10)) lines.push(say(o.lang, (t) => t.near));
    } else {
      lines.push(say(o.lang, (t) => t.noDate));
    }
    lines.push(say(o.lang, (t) => t.incompleteIsFine));
    await step.context.sendActivity(MessageFactory.text(lines.join('\n\n')));
    return step.endDialog(result);
  }
}
