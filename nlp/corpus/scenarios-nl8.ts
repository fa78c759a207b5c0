/**
 * Eighth batch (authors' own sentences, not derived from eval data): messages that say nothing
 * about the matter at all ("ik heb een vraag", "kan iemand mij terugbellen"), Dutch and English.
 * taxonomy.md: `onbekend` = "cannot be told from the message"; it is never combined with another
 * body. (Batches of organisations outside the list and of non-social municipal matters were tried
 * as well and did not improve held-out-by-scenario top-1; the keyword priors cover those.)
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

export const NL8: Scenario[] = [
  S('onbekend', 'vraag', 'normaal', [
    'Ik heb een vraag.',
    'Kan iemand mij terugbellen?',
    'Ik weet niet of ik hier goed zit, ik heb een probleem.',
    'goedemiddag, met wie kan ik hierover praten?',
    'Ik wil graag iemand spreken over mijn situatie.',
    'hoi ik heb hulp nodig, kunnen jullie bellen',
    'Ik stuur dit bericht maar, misschien kunt u mij verder helpen.',
  ]),
  S('onbekend', 'vraag', 'normaal', [
    'Can someone please call me back?',
    'I have a question, who can I talk to?',
    'Hello, I need some help, please contact me.',
  ], undefined, 'en'),
];
