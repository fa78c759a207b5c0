/**
 * Resident-facing texts. Dutch at B1 level (short sentences, common words, "u"), English as the
 * second language; residents writing in another language get simple Dutch followed by English
 * (issue 3: "others falling back to simple Dutch plus English").
 * Safety numbers: 112, 113 Zelfmoordpreventie (113 / 0800-0113), Veilig Thuis 0800-2000
 * (reference/domain.md §4).
 */
export type Lang = 'nl' | 'en';

export interface Texts {
  welcome(municipality: string): string;
  askStory: string;
  received: { voice: string; image: string; document: string; location: string; other: string };
  askTypeAFew: string;
  /** After a voice note, photo or file without text has been passed to a person. */
  addAFewWords: string;
  clarify: string;
  clarifyOptions: readonly [string, string, string, string, string];
  understood(topic: string, kind: string): string;
  pickedUpBy(team: string): string;
  noNeedToRepeat: string;
  bezwaarDeadline: string;
  formalNoted: string;
  askedForHuman: string;
  crisis: string;
  kindNames: Record<string, string>;
  bodyTopics: Record<string, string>;
  agentJoined(name: string): string;
  handedBack: string;
  closed: string;
  botError: string;
  /** After a transfer to a colleague (issue 4 §3): one short message, no need to repeat. */
  transferred: string;
  /** Nobody can take over now: when a person will answer, e.g. `maandag vanaf 9.00 uur`. */
  personAnswersAt(when: string): string;
  /** Open, but no one in the team is online. */
  personAnswersSoon: string;
  /** Offer of a call back; the phone number is optional. */
  callbackOffer: string;
  /** Reply buttons: ask for a call back / keep waiting here. */
  callbackButtons: readonly [string, string];
  /** Call back recorded; `phone` is shown masked (e.g. `06-……78`), null when none was given. */
  callbackNoted(phone: string | null): string;
  /** The resident chose to wait here. */
  waitingNoted: string;
  /** Safety numbers, short (repeated while nobody can take over a crisis). */
  safetyNumbers: string;
}

const nl: Texts = {
  welcome: (m) =>
    `Hallo! Ik ben de digitale assistent van ${m}. Ik ben een computer, geen mens. ` +
    `Ik lees uw bericht en geef het door aan een medewerker. Die helpt u verder.`,
  askStory: 'Vertel in uw eigen woorden wat er aan de hand is. U hoeft niets in te vullen.',
  received: {
    voice: 'Dank u voor uw spraakbericht. Ik kan het zelf niet beluisteren, maar een medewerker kan dat wel.',
    image: 'Dank u voor de foto. Ik kan die zelf niet bekijken, maar een medewerker kan dat wel.',
    document: 'Dank u voor het document. Ik kan het zelf niet lezen, maar een medewerker kan dat wel.',
    location: 'Dank u, ik heb de locatie ontvangen. Een medewerker kan die zien.',
    other: 'Dank u, ik heb uw bericht ontvangen. Een medewerker kan het bekijken.',
  },
  askTypeAFew: 'Wilt u in een paar woorden typen waar het over gaat? Dan kan ik het sneller bij de goede medewerker krijgen.',
  addAFewWords: 'Wilt u er in een paar woorden bij typen waar het over gaat? Dan kan de medewerker u sneller helpen.',
  clarify: 'Ik wil u goed helpen. Waar gaat het vooral over? Kies een knop of schrijf het in uw eigen woorden.',
  clarifyOptions: ['hulp in huis', 'jeugdhulp', 'uitkering', 'schulden', 'iets anders'],
  understood: (topic, kind) => `Ik begrijp dat het gaat over ${topic}. Ik zie het als ${kind}.`,
  pickedUpBy: (team) => `Ik geef uw bericht nu door aan een medewerker van ${team} van de gemeente.`,
  noNeedToRepeat: 'U hoeft uw verhaal niet opnieuw te vertellen: de medewerker leest wat u schreef. Wilt u nog iets aanvullen? Stuur gerust een bericht.',
  bezwaarDeadline:
    'Bent u het niet eens met een besluit? Dan kunt u bezwaar maken. Dat moet binnen 6 weken na de datum van het besluit. ' +
    'Wij helpen u daarbij. Ook als u nog niet alles heeft, is dat goed.',
  formalNoted: 'U wilt een officiële klacht indienen. Dat is goed. De medewerker zet dat voor u in gang.',
  askedForHuman: 'Goed, ik zet u door naar een medewerker van de gemeente.',
  crisis:
    'Ik maak me zorgen over uw veiligheid.\n' +
    '• Is er nu gevaar? Bel 112.\n' +
    '• Denkt u aan zelfdoding? Bel gratis 113 of 0800-0113 (dag en nacht, anoniem), of chat op 113.nl.\n' +
    '• Geweld thuis of een kind in gevaar? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht).\n' +
    'Ik geef uw bericht nu met voorrang door aan een medewerker.',
  kindNames: {
    klacht: 'een klacht',
    signaal: 'een melding van een probleem',
    bezwaar: 'bezwaar tegen een besluit',
    vraag: 'een vraag',
    crisis: 'een noodsituatie',
  },
  bodyTopics: {
    'gemeente-wmo': 'hulp of ondersteuning van de gemeente (Wmo), zoals hulp in huis of hulpmiddelen',
    'gemeente-jeugd': 'jeugdhulp',
    'gemeente-werk-inkomen': 'uw uitkering of inkomen',
    'gemeente-schuldhulp': 'schulden en hulp bij geldzaken',
    'gemeente-vervoer': 'vervoer, zoals leerlingenvervoer of Wmo-vervoer',
    'gemeente-overig': 'een zaak van de gemeente',
    wijkteam: 'het wijkteam',
    zorgaanbieder: 'de zorg of hulp van een zorgaanbieder',
    vervoerder: 'de taxi of het vervoer',
    cak: 'de eigen bijdrage (CAK)',
    svb: 'het pgb (SVB)',
    uwv: 'een uitkering van het UWV',
    toeslagen: 'toeslagen',
    wlz: 'langdurige zorg (Wlz)',
    jeugdbescherming: 'jeugdbescherming',
    'veilig-thuis': 'een onveilige situatie thuis',
    woningcorporatie: 'uw woning',
    onbekend: 'uw situatie',
  },
  agentJoined: (name) => `U praat nu met ${name}, medewerker van de gemeente.`,
  handedBack: 'De medewerker heeft het gesprek teruggegeven aan de digitale assistent. U kunt altijd weer om een medewerker vragen.',
  closed: 'Dit gesprek is afgesloten. Heeft u nog een vraag of probleem? Stuur gerust een nieuw bericht.',
  botError: 'Sorry, er ging bij mij iets mis. Uw bericht is niet verloren: ik geef het door aan een medewerker.',
  transferred: 'Een collega neemt uw gesprek over. U hoeft uw verhaal niet opnieuw te vertellen: de collega leest alles wat u schreef.',
  personAnswersAt: (when) => `Er is nu geen medewerker beschikbaar. Een medewerker leest uw bericht ${when}. Uw bericht blijft bewaard.`,
  personAnswersSoon: 'Er is nu geen medewerker vrij. Uw bericht blijft bewaard. Een medewerker leest het zo snel mogelijk.',
  callbackOffer: 'Wilt u liever gebeld worden? Stuur dan uw telefoonnummer. Dat hoeft niet. Stuur geen BSN.',
  callbackButtons: ['Bel mij terug', 'Ik wacht hier'],
  callbackNoted: (phone) =>
    phone
      ? `Dank u. Een medewerker belt u terug op ${phone}.`
      : 'Dank u. Wat is uw telefoonnummer? Stuur het hier, dan belt een medewerker u terug. Stuur geen BSN.',
  waitingNoted: 'Goed. Een medewerker antwoordt hier. U kunt hier nog iets aanvullen.',
  safetyNumbers: 'Is er nu gevaar? Bel 112. Denkt u aan zelfdoding? Bel 113 of 0800-0113 (gratis, dag en nacht). Geweld thuis of een kind in gevaar? Bel Veilig Thuis: 0800-2000.',
};

const en: Texts = {
  welcome: (m) =>
    `Hello! I am the digital assistant of ${m === 'de gemeente' ? 'the municipality' : m}. I am a computer, not a person. ` +
    `I read your message and pass it on to a staff member, who will help you further.`,
  askStory: 'Please tell me in your own words what is going on. There is no form to fill in.',
  received: {
    voice: 'Thank you for your voice message. I cannot listen to it myself, but a staff member can.',
    image: 'Thank you for the photo. I cannot look at it myself, but a staff member can.',
    document: 'Thank you for the document. I cannot read it myself, but a staff member can.',
    location: 'Thank you, I received the location. A staff member can see it.',
    other: 'Thank you, I received your message. A staff member can look at it.',
  },
  askTypeAFew: 'Could you type in a few words what it is about? Then I can get it to the right person faster.',
  addAFewWords: 'Could you add in a few words what it is about? Then the staff member can help you sooner.',
  clarify: 'I want to help you well. What is it mainly about? Choose a button or write it in your own words.',
  clarifyOptions: ['hulp in huis', 'jeugdhulp', 'uitkering', 'schulden', 'iets anders'],
  understood: (topic, kind) => `I understand this is about ${topic}. I see it as ${kind}.`,
  // Team names are Dutch ("het team Wmo"): drop the Dutch article inside an English sentence.
  pickedUpBy: (team) => `I am passing your message to a staff member of the ${team.replace(/^(het|de)\s+/i, '')} at the municipality.`,
  noNeedToRepeat: 'You do not need to tell your story again: the staff member reads what you wrote. Want to add something? Just send a message.',
  bezwaarDeadline:
    'Do you disagree with a decision? You can object (bezwaar). This must be done within 6 weeks after the date of the decision. ' +
    'We will help you, even if you do not have everything yet.',
  formalNoted: 'You want to file an official complaint. That is fine. The staff member will start it for you.',
  askedForHuman: 'All right, I am passing you to a staff member of the municipality.',
  crisis:
    'I am worried about your safety.\n' +
    '• In danger right now? Call 112.\n' +
    '• Thinking about suicide? Call 113 or 0800-0113 for free (day and night, anonymous), or chat at 113.nl.\n' +
    '• Violence at home or a child in danger? Call Veilig Thuis: 0800-2000 (free, day and night).\n' +
    'I am passing your message to a staff member with priority now.',
  kindNames: {
    klacht: 'a complaint',
    signaal: 'a report of a problem',
    bezwaar: 'an objection to a decision',
    vraag: 'a question',
    crisis: 'an emergency',
  },
  bodyTopics: {
    'gemeente-wmo': 'support from the municipality (Wmo), such as help at home or aids',
    'gemeente-jeugd': 'youth care',
    'gemeente-werk-inkomen': 'your benefit or income',
    'gemeente-schuldhulp': 'debts and help with money matters',
    'gemeente-vervoer': 'transport, such as school transport or Wmo transport',
    'gemeente-overig': 'a municipal matter',
    wijkteam: 'the district team',
    zorgaanbieder: 'care or support from a care provider',
    vervoerder: 'the taxi or transport',
    cak: 'the personal contribution (CAK)',
    svb: 'the personal budget (pgb, SVB)',
    uwv: 'a UWV benefit',
    toeslagen: 'allowances (toeslagen)',
    wlz: 'long-term care (Wlz)',
    jeugdbescherming: 'child protection',
    'veilig-thuis': 'an unsafe situation at home',
    woningcorporatie: 'your home',
    onbekend: 'your situation',
  },
  agentJoined: (name) => `You are now talking with ${name}, a staff member of the municipality.`,
  handedBack: 'The staff member has handed the conversation back to the digital assistant. You can always ask for a staff member again.',
  closed: 'This conversation is closed. Do you have another question or problem? Feel free to send a new message.',
  botError: 'Sorry, something went wrong on my side. Your message is not lost: I am passing it to a staff member.',
  transferred: 'A colleague is taking over your conversation. You do not need to tell your story again: they can read everything you wrote.',
  personAnswersAt: (when) => `No staff member is available right now. A staff member will read your message ${when}. Your message is saved.`,
  personAnswersSoon: 'No staff member is free right now. Your message is saved. A staff member will read it as soon as possible.',
  callbackOffer: 'Would you rather be called? Send your phone number. You do not have to. Do not send your BSN.',
  callbackButtons: ['Call me back', 'I will wait here'],
  callbackNoted: (phone) =>
    phone
      ? `Thank you. A staff member will call you back on ${phone}.`
      : 'Thank you. What is your phone number? Send it here and a staff member will call you back. Do not send your BSN.',
  waitingNoted: 'All right. A staff member will answer here. You can add more here.',
  safetyNumbers: 'In danger right now? Call 112. Thinking about suicide? Call 113 or 0800-0113 (free, day and night). Violence at home or a child in danger? Call Veilig Thuis: 0800-2000.',
};

/**
 * Texts for a detected language (ISO 639-1). Dutch and English have their own texts; any
 * other language gets Dutch followed by English.
 */
export function textsFor(lang: string | null | undefined): Texts {
  if (lang === 'en') return en;
  if (!lang || lang === 'nl' || lang === 'und') return nl;
  return bilingual;
}

const both = (a: string, b: string) => (a === b ? a : `${a}\n\n${b}`);
const bilingual: Texts = {
  ...nl,
  welcome: (m) => both(nl.welcome(m), en.welcome(m)),
  askStory: both(nl.askStory, en.askStory),
  received: {
    voice: both(nl.received.voice, en.received.voice),
    image: both(nl.received.image, en.received.image),
    document: both(nl.received.document, en.received.document),
    location: both(nl.received.location, en.received.location),
    other: both(nl.received.other, en.received.other),
  },
  askTypeAFew: both(nl.askTypeAFew, en.askTypeAFew),
  addAFewWords: both(nl.addAFewWords, en.addAFewWords),
  clarify: both(nl.clarify, en.clarify),
  understood: (t, k) => nl.understood(t, k),
  pickedUpBy: (team) => both(nl.pickedUpBy(team), en.pickedUpBy(team)),
  noNeedToRepeat: both(nl.noNeedToRepeat, en.noNeedToRepeat),
  bezwaarDeadline: both(nl.bezwaarDeadline, en.bezwaarDeadline),
  formalNoted: both(nl.formalNoted, en.formalNoted),
  askedForHuman: both(nl.askedForHuman, en.askedForHuman),
  crisis: both(nl.crisis, en.crisis),
  agentJoined: (n) => both(nl.agentJoined(n), en.agentJoined(n)),
  handedBack: both(nl.handedBack, en.handedBack),
  closed: both(nl.closed, en.closed),
  botError: both(nl.botError, en.botError),
  transferred: both(nl.transferred, en.transferred),
  personAnswersAt: (w) => nl.personAnswersAt(w),
  personAnswersSoon: both(nl.personAnswersSoon, en.personAnswersSoon),
  callbackOffer: both(nl.callbackOffer, en.callbackOffer),
  callbackNoted: (p) => both(nl.callbackNoted(p), en.callbackNoted(p)),
  waitingNoted: both(nl.waitingNoted, en.waitingNoted),
  safetyNumbers: both(nl.safetyNumbers, en.safetyNumbers),
};
