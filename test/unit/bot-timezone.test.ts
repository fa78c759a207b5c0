import { expect } from 'chai';
import { createRequire } from 'node:module';
import { EventFactory, TurnContext, type Activity } from 'botbuilder';
import { keepHandoffTimezone } from '../../src/bot/timezone.js';

const require = createRequire(import.meta.url);

describe('bot: the handoff event keeps the time zone it found first', () => {
  const ctx = { activity: { type: 'message', id: 'a1', channelId: 'whatsapp', serviceUrl: 'https://example.invalid', conversation: { id: 'c1' }, from: { id: 'f1' }, recipient: { id: 'bot' } } } as unknown as TurnContext;

  it('patches the dayjs that botbuilder loads (one copy)', () => {
    const ours = require.resolve('dayjs');
    const botbuilders = require.resolve('dayjs', { paths: [require.resolve('botbuilder')] });
    expect(botbuilders).to.equal(ours);
  });

  it('stamps handoff.initiate with the zone, without building a DateTimeFormat per event', () => {
    const zone = keepHandoffTimezone();
    expect(zone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const Original = Intl.DateTimeFormat;
    let built = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) { built += 1; return new Original(...args); } as unknown as typeof Intl.DateTimeFormat;
    Object.assign(counting, Original);
    (Intl as { DateTimeFormat: typeof Intl.DateTimeFormat }).DateTimeFormat = counting;
    try {
      for (let i = 0; i < 3; i++) {
        const ev = EventFactory.createHandoffInitiation(ctx, { reason: 'test' }) as Partial<Activity>;
        expect(ev.localTimezone).to.equal(zone);
        expect(ev.name).to.equal('handoff.initiate');
      }
    } finally {
      (Intl as { DateTimeFormat: typeof Intl.DateTimeFormat }).DateTimeFormat = Original;
    }
    expect(built).to.equal(0);
    expect(keepHandoffTimezone()).to.equal(zone);
  });
});
