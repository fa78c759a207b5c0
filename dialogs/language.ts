/**
 * Which language the bot keeps answering in. A conversation's language is sticky: one short
 * Latin-script reply ("ok", "ja", "thx", a quick-reply title) says too little to switch on, and
 * detection defaults undecided short Latin text to Dutch, so an English-speaking resident who
 * answers "yes" would otherwise suddenly get Dutch (DESIGN: answer in the resident's language).
 */

/** Scripts that decide the language on their own, even in one word (nlp/lang.ts codes). */
const SCRIPT_DECIDED = new Set(['ar', 'fa', 'ur', 'uk', 'ru', 'sr', 'el', 'ti', 'zh']);

/** Latin-script messages with fewer words than this never switch a known language. */
export const MIN_WORDS_TO_SWITCH = 4;

/** Short requests for a language ("English please", "in het Nederlands", "Türkçe lütfen", "po polsku"). */
const ASKED_FOR: [RegExp, string][] = [
  [/^\W*(in )?(english|engels)( please| pls| plz| graag| alstublieft| aub)?\W*$|\b(speak|write|answer|reply) (in )?english\b|\bin het engels\b/i, 'en'],
  [/^\W*(in (het )?)?(nederlands|dutch)( graag| alstublieft| aub| please)?\W*$|\bin het nederlands\b/i, 'nl'],
  [/^\W*(türkçe|turkce|turkish|turks)( lütfen| lutfen| please| graag)?\W*$/i, 'tr'],
  [/^\W*(po polsku|polski|polish|pools)( proszę| prosze| please| graag)?\W*$/i, 'pl'],
];

/**
 * @param current the conversation's language so far (ISO 639-1), or undefined before the first message
 * @param detected the language detected for this message (nlp detectLanguage; 'und' = no letters)
 * @param text the message the detection was made on
 * @returns the language to answer in from now on: the language the resident asks for in a short
 *   request ("English please", "in het Nederlands"); `detected` when there was none yet, when the
 *   script decides (Arabic, Cyrillic, ...), or when the message has at least MIN_WORDS_TO_SWITCH
 *   words; otherwise `current`. Never throws.
 */
export function conversationLanguage(current: string | undefined, detected: string | undefined, text: string): string | undefined {
  for (const [re, lang] of ASKED_FOR) if (re.test(text)) return lang;
  if (!detected || detected === 'und') return current;
  if (!current || current === detected || SCRIPT_DECIDED.has(detected)) return detected;
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  return words >= MIN_WORDS_TO_SWITCH ? detected : current;
}
