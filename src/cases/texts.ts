/**
 * Resident-facing texts of a case: reference, receipt confirmation, extension, outcome letter,
 * notice of not handling, follow-up. Dutch at B1 level ("u", short sentences, no "ongegrond" /
 * "niet-ontvankelijk", VNG advice in reference/domain.md §5) and English; other languages get
 * Dutch followed by English, like dialogs/texts.ts.
 */
import { formatDateEn, formatDateNl, type LocalDate } from './deadlines.js';

/** Awb 9:8 lid 1 grounds for not handling a complaint, as the console offers them. */
export type NotHandledReason = 'al-behandeld' | 'ouder-dan-een-jaar' | 'bezwaar-mogelijk' | 'te-gering';
export const NOT_HANDLED_REASONS: readonly NotHandledReason[] = ['al-behandeld', 'ouder-dan-een-jaar', 'bezwaar-mogelijk', 'te-gering'];

/** The judgment in an outcome letter (Awb 9:12 lid 1: findings, judgment, conclusions). */
export type Judgment = 'terecht' | 'deels-terecht' | 'niet-terecht' | 'geen-oordeel';
export const JUDGMENTS: readonly Judgment[] = ['terecht', 'deels-terecht', 'niet-terecht', 'geen-oordeel'];

export interface Outcome {
  findings: string;
  judgment: Judgment;
  conclusions: string;
}

export interface Ombudsman {
  name: string;
  contact: string;
}

export interface CaseTexts {
  caseOpened(ref: string): string;
  linkedByReference(ref: string): string;
  receipt(ref: string, received: LocalDate, deadline: LocalDate, municipality: string): string;
  extension(ref: string, deadline: LocalDate, reason: string): string;
  outcomeLetter(ref: string, o: Outcome, ombudsman: Ombudsman, municipality: string): string;
  notHandled(ref: string, reason: NotHandledReason, note: string | undefined, ombudsman: Ombudsman): string;
  followUpQuestion(ref: string): string;
  followUpYes: string;
  followUpNo(ref: string): string;
  followUpOther: string;
  yesNo: readonly [string, string];
  emailSubject(ref: string): string;
}

const JUDGMENT_NL: Record<Judgment, string> = {
  terecht: 'Wij vinden uw klacht terecht.',
  'deels-terecht': 'Wij vinden uw klacht voor een deel terecht.',
  'niet-terecht': 'Wij vinden uw klacht niet terecht.',
  'geen-oordeel': 'Wij geven geen oordeel over uw klacht.',
};
const JUDGMENT_EN: Record<Judgment, string> = {
  terecht: 'We find your complaint justified.',
  'deels-terecht': 'We find your complaint partly justified.',
  'niet-terecht': 'We do not find your complaint justified.',
  'geen-oordeel': 'We give no judgment on your complaint.',
};
const REASON_NL: Record<NotHandledReason, string> = {
  'al-behandeld': 'Wij hebben over dezelfde gebeurtenis al eerder een klacht behandeld.',
  'ouder-dan-een-jaar': 'De gebeurtenis was meer dan een jaar voordat u de klacht indiende.',
  'bezwaar-mogelijk': 'U kunt (of kon) bezwaar maken tegen het besluit. Dat is de juiste weg. Wij helpen u daar graag bij.',
  'te-gering': 'Het belang van de klacht is te klein om die te behandelen.',
};
const REASON_EN: Record<NotHandledReason, string> = {
  'al-behandeld': 'We have already handled a complaint about the same event.',
  'ouder-dan-een-jaar': 'The event took place more than one year before your complaint.',
  'bezwaar-mogelijk': 'You can (or could) object to the decision (bezwaar). That is the right route, and we are glad to help you with it.',
  'te-gering': 'The matter is too small to handle as a complaint.',
};

const nl: CaseTexts = {
  caseOpened: (ref) =>
    `Uw melding heeft het nummer ${ref}. Noem dit nummer als u ons later schrijft, via WhatsApp, de chat of e-mail. ` +
    'Dan weten wij meteen waar het over gaat.',
  linkedByReference: (ref) =>
    `Dank u. Uw bericht hoort bij dossier ${ref}. Ik geef het door aan de medewerker van uw dossier. U hoeft niets opnieuw te vertellen.`,
  receipt: (ref, received, deadline, m) =>
    `Bevestiging van uw klacht\n\n` +
    `Wij hebben uw klacht ontvangen op ${formatDateNl(received)}. Het nummer van uw klacht is ${ref}.\n` +
    `Wij behandelen uw klacht volgens de regels voor klachten (Algemene wet bestuursrecht, hoofdstuk 9).\n` +
    `U krijgt uiterlijk ${formatDateNl(deadline)} een schriftelijk antwoord van ${m}.\n` +
    'Wij vragen u ook om uw klacht in een gesprek toe te lichten. U mag iemand meenemen.',
  extension: (ref, deadline, reason) =>
    `Over uw klacht ${ref}: wij hebben meer tijd nodig. ${reason ? `De reden is: ${reason}. ` : ''}` +
    `U krijgt uiterlijk ${formatDateNl(deadline)} ons antwoord. Wij kunnen dit maar één keer uitstellen.`,
  outcomeLetter: (ref, o, om, m) =>
    `Antwoord op uw klacht ${ref}\n\n` +
    `Wat wij hebben onderzocht:\n${o.findings.trim()}\n\n` +
    `Ons oordeel:\n${JUDGMENT_NL[o.judgment]}\n\n` +
    `Wat wij nu doen:\n${o.conclusions.trim()}\n\n` +
    `Bent u het niet eens met dit antwoord? Dan kunt u naar ${om.name} (${om.contact}). ` +
    `Dat kan tot één jaar na deze brief. Het is gratis.\n\nMet vriendelijke groet,\n${m}`,
  notHandled: (ref, reason, note, om) =>
    `Over uw klacht ${ref}: wij behandelen deze klacht niet als officiële klacht.\n` +
    `${REASON_NL[reason]}${note ? `\n${note}` : ''}\n` +
    `Bent u het hier niet mee eens? Dan kunt u naar ${om.name} (${om.contact}). Dat kan tot één jaar na deze brief.`,
  followUpQuestion: (ref) =>
    `Een tijd geleden hebben wij samen met u een probleem opgelost (dossier ${ref}). Is het probleem echt opgelost? Antwoord met ja of nee.`,
  followUpYes: 'Fijn om te horen. Dank u wel voor uw antwoord.',
  followUpNo: (ref) =>
    `Wat vervelend. Ik zet dossier ${ref} weer open. Een medewerker neemt het van hier over. U hoeft niets opnieuw te vertellen.`,
  followUpOther: 'Dank u. Een medewerker leest uw bericht.',
  yesNo: ['Ja', 'Nee'],
  emailSubject: (ref) => `Uw klacht ${ref}`,
};

const en: CaseTexts = {
  caseOpened: (ref) =>
    `Your report has the number ${ref}. Please mention this number when you write to us later, by WhatsApp, chat or e-mail. ` +
    'Then we know straight away what it is about.',
  linkedByReference: (ref) =>
    `Thank you. Your message belongs to case ${ref}. I am passing it to the staff member of your case. You do not need to tell your story again.`,
  receipt: (ref, received, deadline, m) =>
    `Confirmation of your complaint\n\n` +
    `We received your complaint on ${formatDateEn(received)}. Your complaint number is ${ref}.\n` +
    `We handle your complaint under the rules for complaints (General Administrative Law Act, chapter 9).\n` +
    `You will get a written answer from ${m} by ${formatDateEn(deadline)} at the latest.\n` +
    'We also invite you to explain your complaint in a conversation. You may bring someone.',
  extension: (ref, deadline, reason) =>
    `About your complaint ${ref}: we need more time. ${reason ? `The reason is: ${reason}. ` : ''}` +
    `You will get our answer by ${formatDateEn(deadline)} at the latest. We can postpone only once.`,
  outcomeLetter: (ref, o, om, m) =>
    `Answer to your complaint ${ref}\n\n` +
    `What we looked into:\n${o.findings.trim()}\n\n` +
    `Our judgment:\n${JUDGMENT_EN[o.judgment]}\n\n` +
    `What we will do:\n${o.conclusions.trim()}\n\n` +
    `Do you disagree with this answer? You can turn to ${om.name} (${om.contact}) ` +
    `up to one year after this letter. It is free.\n\nKind regards,\n${m}`,
  notHandled: (ref, reason, note, om) =>
    `About your complaint ${ref}: we will not handle it as an official complaint.\n` +
    `${REASON_EN[reason]}${note ? `\n${note}` : ''}\n` +
    `Do you disagree? You can turn to ${om.name} (${om.contact}) up to one year after this letter.`,
  followUpQuestion: (ref) =>
    `Some time ago we solved a problem together with you (case ${ref}). Is the problem really solved? Please answer yes or no.`,
  followUpYes: 'Good to hear. Thank you for your answer.',
  followUpNo: (ref) => `We are sorry. I am reopening case ${ref}. A staff member will take it from here. You do not need to tell your story again.`,
  followUpOther: 'Thank you. A staff member will read your message.',
  yesNo: ['Yes', 'No'],
  emailSubject: (ref) => `Your complaint ${ref}`,
};

const both = (a: string, b: string) => `${a}\n\n${b}`;
const bilingual: CaseTexts = {
  caseOpened: (r) => both(nl.caseOpened(r), en.caseOpened(r)),
  linkedByReference: (r) => both(nl.linkedByReference(r), en.linkedByReference(r)),
  receipt: (r, a, b, m) => both(nl.receipt(r, a, b, m), en.receipt(r, a, b, m)),
  extension: (r, d, x) => both(nl.extension(r, d, x), en.extension(r, d, x)),
  outcomeLetter: (r, o, om, m) => both(nl.outcomeLetter(r, o, om, m), en.outcomeLetter(r, o, om, m)),
  notHandled: (r, x, n, om) => both(nl.notHandled(r, x, n, om), en.notHandled(r, x, n, om)),
  followUpQuestion: (r) => both(nl.followUpQuestion(r), en.followUpQuestion(r)),
  followUpYes: both(nl.followUpYes, en.followUpYes),
  followUpNo: (r) => both(nl.followUpNo(r), en.followUpNo(r)),
  followUpOther: both(nl.followUpOther, en.followUpOther),
  yesNo: nl.yesNo,
  emailSubject: nl.emailSubject,
};

/** Case texts for a language (nl, en; anything else: Dutch then English). */
export function caseTextsFor(lang: string | null | undefined): CaseTexts {
  if (lang === 'en') return en;
  if (!lang || lang === 'nl' || lang === 'und') return nl;
  return bilingual;
}

/** A resident's answer to the follow-up question: yes, no, or something else. */
export function readYesNo(text: string): 'yes' | 'no' | 'other' {
  const t = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim();
  if (/^(nee|neen|no|nope|niet|helaas niet|nog (steeds )?niet)\b|\b(niet opgelost|not solved|nog steeds|still not|opnieuw|weer mis)\b/.test(t)) return 'no';
  if (/^(ja|jazeker|jawel|yes|yep|klopt|zeker|het is opgelost|opgelost|solved)\b/.test(t)) return 'yes';
  return 'other';
}
