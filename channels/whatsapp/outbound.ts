import type { CardAction } from 'botbuilder';

/**
 * Building Cloud API send bodies from an Activity's text and suggested actions.
 *
 * Limits (Cloud API "Send messages" reference; channels.md §1 "Send API"):
 * - text: body ≤ 4096 characters
 * - reply buttons (`interactive.type "button"`): body.text ≤ 1024, 1–3 buttons,
 *   `reply.id` ≤ 256, `reply.title` ≤ 20, ids and titles unique
 * - list (`interactive.type "list"`): body.text ≤ 4096, action.button ≤ 20, ≤ 10 rows in total,
 *   row id ≤ 200, row title ≤ 24, row description ≤ 72
 */
export const LIMITS = {
  textBody: 4096,
  buttonBody: 1024,
  maxButtons: 3,
  buttonId: 256,
  buttonTitle: 20,
  listBody: 4096,
  listButton: 20,
  maxRows: 10,
  rowId: 200,
  rowTitle: 24,
  rowDescription: 72,
} as const;

/** The type-specific part of a send body (without `messaging_product`, `recipient_type`, `to`). */
export type GraphMessagePart =
  | { type: 'text'; text: { body: string; preview_url: boolean } }
  | { type: 'interactive'; interactive: Record<string, unknown> }
  | {
      type: 'template';
      template: { name: string; language: { code: string }; components?: Array<{ type: 'body'; parameters: Array<{ type: 'text'; text: string }> }> };
    };

/** Length in characters as WhatsApp counts them (code points; an emoji is not split in two). */
function chars(s: string): string[] {
  return Array.from(s);
}

/**
 * Shorten to at most `max` characters, ending in `…` when cut.
 * @param max characters (code points), ≥ 1
 */
export function shorten(s: string, max: number): string {
  const c = chars(s);
  if (c.length <= max) return s;
  return c.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Preferred cut points, best first, with how many matched characters stay on the left. */
const BREAKS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\n\s*\n/g, 0], // paragraph
  [/\n/g, 0], // line
  [/[.!?](?=\s)/g, 1], // sentence end (keep the punctuation)
  [/\s/g, 0], // word
];

/**
 * Split text into chunks of at most `max` characters, preferring to cut at a paragraph break,
 * then a line break, then a sentence end, then a space; a single overlong word is cut hard.
 * Whitespace at the cut is dropped. Empty input gives `[]`.
 */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = chars(text.trim());
  while (rest.length > max) {
    const window = rest.slice(0, max + 1).join('');
    let cut = -1;
    for (const [sep, keep] of BREAKS) {
      sep.lastIndex = 0;
      let m: RegExpExecArray | null;
      let last = -1;
      while ((m = sep.exec(window))) {
        const end = m.index + keep;
        if (end > 0 && end <= max) last = end;
      }
      if (last > max / 2) {
        cut = last;
        break;
      }
    }
    // `cut` is an index into the string `window`; convert back to code points.
    const headLen = cut > 0 ? chars(window.slice(0, cut)).length : max;
    const head = rest.slice(0, headLen).join('').trimEnd();
    if (head) out.push(head);
    rest = chars(rest.slice(headLen).join('').trimStart());
  }
  const tail = rest.join('');
  if (tail) out.push(tail);
  return out;
}

/** A suggested action reduced to what WhatsApp can show: an id sent back, and a title. */
export interface Choice {
  id: string;
  title: string;
}

/**
 * Suggested actions of type imBack, postBack or messageBack as choices; other types (openUrl,
 * call …) cannot be shown as WhatsApp replies and are left out. The id is the action's value
 * (JSON for non-string values) or its title; the title is the action's title or its value.
 */
export function choicesOf(actions: CardAction[] | undefined): Choice[] {
  const out: Choice[] = [];
  for (const a of actions ?? []) {
    if (a.type !== 'imBack' && a.type !== 'postBack' && a.type !== 'messageBack') continue;
    const value = a.value === undefined || a.value === null ? undefined : typeof a.value === 'string' ? a.value : JSON.stringify(a.value);
    const title = (a.title || a.displayText || value || '').trim();
    const id = (value || title).trim();
    if (!title || !id) continue;
    out.push({ id, title });
  }
  return out;
}

/** Make labels unique after shortening: a repeated label gets ` 2`, ` 3` … within `max`. */
function uniqueLabels(labels: string[], max: number): string[] {
  const seen = new Set<string>();
  return labels.map((l) => {
    let candidate = l;
    for (let n = 2; seen.has(candidate); n++) candidate = shorten(l, max - String(n).length - 1) + ` ${n}`;
    seen.add(candidate);
    return candidate;
  });
}

/**
 * Split `text` into free-text chunks and a final part of at most `tailMax` characters that
 * becomes the interactive body. The tail is the last whole paragraph/sentence that fits.
 */
function headAndTail(text: string, tailMax: number): { head: string[]; tail: string } {
  if (chars(text).length <= tailMax) return { head: [], tail: text };
  const pieces = splitText(text, tailMax);
  const tail = pieces.pop() ?? '';
  return { head: splitText(pieces.join('\n'), LIMITS.textBody), tail };
}

export interface BuildOptions {
  /** Label of the button that opens a list, ≤ 20 chars (e.g. "Kies"). */
  listButtonLabel: string;
  /** Body text when the message has choices but no text (interactive bodies are required). */
  emptyBodyText: string;
}

/**
 * Turn text and choices into one or more send parts, in order:
 * - 1–3 choices → reply buttons; 4–10 → a list with one section; more than 10 → plain text
 *   with the options as a numbered list (the resident types the answer).
 * - Text longer than the interactive body limit is sent first as plain text chunks, the last
 *   sentence(s) go into the interactive body.
 * - Plain text longer than 4096 characters is split into several text messages at paragraph,
 *   line, sentence or word boundaries (nothing an agent wrote is lost; see sender docs).
 * @returns parts to send in order; `[]` when there is nothing to send
 */
export function buildParts(text: string, choices: Choice[], opts: BuildOptions): GraphMessagePart[] {
  const textPart = (body: string): GraphMessagePart => ({ type: 'text', text: { body, preview_url: false } });
  const isButtons = choices.length >= 1 && choices.length <= LIMITS.maxButtons;
  const isList = choices.length > LIMITS.maxButtons && choices.length <= LIMITS.maxRows;

  if (!isButtons && !isList) {
    const options = choices.length ? '\n\n' + choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n') : '';
    return splitText(text + options, LIMITS.textBody).map(textPart);
  }

  const [bodyMax, titleMax, idMax] = isButtons
    ? [LIMITS.buttonBody, LIMITS.buttonTitle, LIMITS.buttonId]
    : [LIMITS.listBody, LIMITS.rowTitle, LIMITS.rowId];
  const { head, tail } = headAndTail(text.trim() || opts.emptyBodyText, bodyMax);
  const titles = uniqueLabels(choices.map((c) => shorten(c.title, titleMax)), titleMax);
  const ids = uniqueLabels(choices.map((c) => shorten(c.id, idMax)), idMax);
  const action = isButtons
    ? { buttons: choices.map((_, i) => ({ type: 'reply', reply: { id: ids[i], title: titles[i] } })) }
    : {
        button: shorten(opts.listButtonLabel, LIMITS.listButton),
        sections: [
          {
            rows: choices.map((c, i) => ({
              id: ids[i],
              title: titles[i],
              // A cut title is shown in full (as far as it fits) in the row description.
              ...(titles[i] !== c.title ? { description: shorten(c.title, LIMITS.rowDescription) } : {}),
            })),
          },
        ],
      };
  return [
    ...head.map(textPart),
    { type: 'interactive', interactive: { type: isButtons ? 'button' : 'list', body: { text: tail }, action } },
  ];
}
