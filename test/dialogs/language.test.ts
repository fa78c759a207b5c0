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
    it('a short request for a language switches to it; Dutch look-alikes do not', () => {
      const cases: [current: string, text: string, expected: string][] = [
        ['nl', 'English please', 'en'], ['nl', 'Can you answer in English?', 'en'], ['nl', 'English, please', 'en'],
        ['nl', 'Please English', 'en'], ['nl', 'Sorry, English?', 'en'], ['nl', 'No Dutch', 'en'], ['nl', "I don't speak Dutch", 'en'],
        ['en', 'in het Nederlands graag', 'nl'], ['en', 'NL graag', 'nl'], ['nl', 'Türkçe lütfen', 'tr'], ['nl', 'po polsku', 'pl'],
        ['nl', 'Arabic please', 'ar'], ['nl', 'Ik heb een Engelse brief gekregen', 'nl'], ['nl', 'En?', 'nl'], ['nl', 'Dat is eng', 'nl'],
      ];
      for (const [current, text, expected] of cases) expect(conversationLanguage(current, 'nl', text), text).to.equal(expected);
    });
    it('a longer message that only mentions a language is a story: its detected language decides', () => {
      expect(conversationLanguage('nl', 'nl', 'Ik heb een brief in het Engels gekregen van de Belastingdienst en ik snap hem niet')).to.equal('nl');
      expect(conversationLanguage('nl', 'nl', 'Ik wil niet in het Engels, in het Nederlands graag')).to.equal('nl');
      expect(conversationLanguage('en', 'en', 'My neighbour wrote to you in het Nederlands but I need help with my own rent debt now')).to.equal('en');
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
