import { expect } from 'chai';
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { IntakeBot } from '../../dialogs/bot.js';
import { conversationLanguage, MIN_WORDS_TO_SWITCH } from '../../dialogs/language.js';
import type { StoryClassification } from '../../dialogs/ports.js';
import { CLARIFY_THRESHOLD, loadClassifier } from '../../nlp/index.js';
import { Teams } from '../../src/teams.js';

describe('dialogs: the conversation language is sticky', function () {
  this.timeout(60_000);

  describe('conversationLanguage', () => {
    it('takes the first detected language and keeps it when nothing is detected', () => {
      expect(conversationLanguage(undefined, 'en', 'yes')).to.equal('en');
      expect(conversationLanguage('en', 'und', '👍')).to.equal('en');
      expect(conversationLanguage(undefined, 'und', '👍')).to.equal(undefined);
    });
    it('a short Latin-script reply never switches a known language', () => {
      for (const [current, detected, text] of [['en', 'nl', 'yes'], ['tr', 'nl', 'evet'], ['pl', 'nl', 'tak dziękuję'], ['en', 'nl', 'iets anders'], ['ar', 'nl', 'ok']]) {
        expect(conversationLanguage(current, detected, text!), `${current} + "${text}"`).to.equal(current);
      }
    });
    it(`a Latin-script message of ${MIN_WORDS_TO_SWITCH} words or more switches`, () => {
      expect(conversationLanguage('nl', 'en', 'Sorry, can we continue in English please?')).to.equal('en');
      expect(conversationLanguage('en', 'nl', 'Ik spreek liever gewoon Nederlands')).to.equal('nl');
    });
    it('a short request for a language switches to it', () => {
      expect(conversationLanguage('nl', 'nl', 'English please')).to.equal('en');
      expect(conversationLanguage('nl', 'nl', 'Can you answer in English?')).to.equal('en');
      expect(conversationLanguage('en', 'nl', 'in het Nederlands graag')).to.equal('nl');
      expect(conversationLanguage('nl', 'nl', 'Türkçe lütfen')).to.equal('tr');
      expect(conversationLanguage('nl', 'nl', 'po polsku')).to.equal('pl');
      expect(conversationLanguage('nl', 'nl', 'Ik heb een Engelse brief gekregen')).to.equal('nl');
    });
    it('Arabic or Cyrillic script decides even in one word', () => {
      expect(conversationLanguage('nl', 'ar', 'شكرا')).to.equal('ar');
      expect(conversationLanguage('nl', 'uk', 'дякую')).to.equal('uk');
    });
  });

  describe('IntakeBot (botbuilder TestAdapter, the real classifier)', () => {
    let classifier: Awaited<ReturnType<typeof loadClassifier>>;
    before(async () => {
      classifier = await loadClassifier();
    });

    /** Send each text in one new conversation (fresh bot state); returns the bot's message texts per turn. */
    async function converse(texts: string[]): Promise<string[][]> {
      const bot = new IntakeBot({
        conversationState: new ConversationState(new MemoryStorage()),
        classifier: { clarifyThreshold: CLARIFY_THRESHOLD, classify: (input) => classifier.classify(input as Parameters<typeof classifier.classify>[0]) as StoryClassification },
        routing: new Teams().routing,
        municipality: 'Testdorp',
      });
      const adapter = new TestAdapter(async (ctx) => { await bot.run(ctx); }, { channelId: 'whatsapp' } as Partial<Activity> as never);
      const turns: string[][] = [];
      for (const text of texts) {
        await adapter.send(text).startTest();
        const said: string[] = [];
        while (adapter.activeQueue.length) {
          const a = adapter.activeQueue.shift()!;
          if (a.type === 'message' && a.text) said.push(a.text);
        }
        turns.push(said);
      }
      return turns;
    }

    it('an English resident whose next message is only "ok" is still answered in English', async () => {
      const turns = await converse(['Hello', 'ok']);
      expect(turns[0]!.join(' ')).to.match(/digital assistant/);
      expect(turns[1]!.join(' '), 'the answer to "ok"').to.match(/What is it mainly about/);
      expect(turns[1]!.join(' ')).not.to.match(/Waar gaat het vooral over/);
    });

    it('an English resident who answers "yes" to the clarifying question is still answered in English', async () => {
      const turns = await converse(['Hello', 'I have a problem with a letter I got', 'yes']);
      expect(turns[1]!.join(' ')).to.match(/What is it mainly about/);
      expect(turns[2]!.join(' '), 'the answer to "yes"').to.match(/What is it mainly about|staff member|team/);
      expect(turns[2]!.join(' ')).not.to.match(/Waar gaat het vooral over|medewerker/);
    });
  });
});
