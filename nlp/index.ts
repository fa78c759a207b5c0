/**
 * Public interface of the nlp module. nlp knows text, nothing of channels or dialogs.
 * Import order matters: quiet-env silences dotenv (pulled in by `natural`) before anything else.
 */
import './quiet-env.js';

export type {
  Body, Kind, Urgency, Law, ClassifyInput, CrisisMatch, Classification, Classifier,
} from './types.js';
export { CLARIFY_THRESHOLD, MEMO_CHARS, MEMO_ENTRIES, loadClassifier, classifyWithHint } from './classifier.js';
export { detectLanguage } from './lang.js';
export { detectCrisis } from './crisis.js';
export { maskPii } from './pii.js';
export { detectWantsHuman, detectWantsFormal } from './intent.js';
