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

/**
 * Short requests for a language ("English please", "no Dutch", "in het Nederlands graag",
 * "Türkçe lütfen", "po polsku", "Arabic please"). Only messages of at most ASK_MAX_WORDS words count:
 * a longer message that mentions a language ("ik kreeg een brief in het Engels") is a story, and its
 * detected language decides. Checked in this order: "no Dutch" asks for English.
 */
const ASKED_FOR: [RegExp, string][] = [
  [/\b(no|not|geen|niet) (in )?(dutch|nederlands)\b|\b(don'?t|do not|cannot|can'?t) (speak|read|understand) dutch\b/i, 'en'],
  // not "en" or "eng" alone: Dutch words ("and", "scary")
  [/\b(english|engels)\b/i, 'en'],
  [/\b(nederlands|dutch)\b|^\W*nl( graag| aub| alstublieft| please)?\W*$/i, 'nl'],
  [/\b(türkçe|turkce|turkish|turks)\b/i, 'tr'],
  [/\b(po polsku|polski|polish|pools)\b/i, 'pl'],
  [/\b(arabic|arabisch)\b|عربي|بالعربية/i, 'ar'],
  [/\b(ukrainian|oekraïens|oekraiens)\b|українською/i, 'uk'],
];
/** A language request is a short message: at most this many words. */
const ASK_MAX_WORDS = 5;

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
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words > 0 && words <= ASK_MAX_WORDS) for (const [re, lang] of ASKED_FOR) if (re.test(text)) return lang;
  if (!detected || detected === 'und') return current;
  if (!current || current === detected || SCRIPT_DECIDED.has(detected)) return detected;
  return words >= MIN_WORDS_TO_SWITCH ? detected : current;
}
