import { expect } from 'chai';
import { canonicalAddress, detectAutoReply } from '../../channels/email/auto-reply.js';
import { visibleReplyText } from '../../channels/email/reply-text.js';

describe('visibleReplyText (quoted history and signatures)', () => {
  const cases: Array<[name: string, input: string, expected: string]> = [
    [
      'Gmail Dutch attribution with quoted lines',
      'Nog steeds geen hulp.\n\nOp ma 2 mrt 2026 om 10:12 schreef Meldpunt <meldpunt@gemeente.example>:\n> Is de hulp geweest?',
      'Nog steeds geen hulp.',
    ],
    [
      'Gmail English attribution wrapped over two lines',
      'Thanks.\n\nOn Mon, Mar 2, 2026 at 10:12 AM Meldpunt <\nmeldpunt@gemeente.example> wrote:\n> question',
      'Thanks.',
    ],
    [
      'Apple Mail Dutch "het volgende geschreven"',
      'Ja dat klopt.\n\nOp 2 mrt. 2026, om 10:12 heeft Meldpunt het volgende geschreven:\n\n> vraag',
      'Ja dat klopt.',
    ],
    [
      'Outlook "Oorspronkelijk bericht"',
      'Antwoord\n-----Oorspronkelijk bericht-----\nVan: Meldpunt <meldpunt@gemeente.example>\nVerzonden: maandag 2 maart 2026 10:12\nAan: inwoner\nOnderwerp: Uw melding\n\nvraag',
      'Antwoord',
    ],
    [
      'Outlook underscore rule with Van/Verzonden/Aan block',
      'Antwoord\n________________________________\nVan: Meldpunt <meldpunt@gemeente.example>\nVerzonden: maandag 2 maart 2026 10:12\nAan: inwoner\n\nvraag',
      'Antwoord',
    ],
    ['RFC 3676 signature separator', 'Mijn pgb is niet betaald.\n-- \nJan de Vries\nDorpsstraat 1', 'Mijn pgb is niet betaald.'],
    ['"Verzonden vanaf mijn iPhone"', 'Het gaat niet goed.\n\nVerzonden vanaf mijn iPhone', 'Het gaat niet goed.'],
    ['"Sent from my iPhone"', 'Still waiting.\n\nSent from my iPhone', 'Still waiting.'],
    ['interleaved answers keep the resident\'s lines', '> Vraag 1?\nJa.\n> Vraag 2?\nNee.', 'Ja.\nNee.'],
    ['CRLF line ends', 'Regel een\r\n\r\n> oud\r\n', 'Regel een'],
  ];
  for (const [name, input, expected] of cases) {
    it(`strips: ${name}`, () => {
      expect(visibleReplyText(input)).to.equal(expected);
    });
  }

  it('keeps ordinary complaint text that merely starts with "Op … schreef …:" (email-reply-parser loses it)', () => {
    const input = 'Beste meneer,\n\nOp 1 mei 2026 schreef ik u al een brief over mijn eigen bijdrage:\nhet CAK rekent te veel.';
    expect(visibleReplyText(input)).to.equal(input);
  });

  it('keeps a "Van:" line that is not part of a quoted header block', () => {
    const input = 'Mijn zoon kreeg een beschikking.\nVan: de gemeente <post@gemeente.example>\nDaarin staat niets over vervoer.';
    expect(visibleReplyText(input)).to.equal(input);
  });

  it('falls back to the whole text when stripping would leave nothing', () => {
    expect(visibleReplyText('> alleen een citaat\n> meer niet')).to.equal('> alleen een citaat\n> meer niet');
  });

  it('stays fast on a hostile single line of a megabyte', () => {
    const started = Date.now();
    visibleReplyText(`Op ${'a '.repeat(500_000)}schreef:`);
    expect(Date.now() - started).to.be.below(500);
  });
});

describe('detectAutoReply / canonicalAddress', () => {
  const base = { headerLines: [], ownAddresses: ['meldpunt@gemeente.example'] };

  it('treats a person\'s mail as not automatic', () => {
    expect(detectAutoReply({ ...base, envelopeFrom: 'a@example.org', fromAddress: 'a@example.org' })).to.equal(null);
  });

  it('recognises Return-Path: <> as the null sender', () => {
    expect(
      detectAutoReply({ ...base, headerLines: [{ key: 'return-path', line: 'Return-Path: <>' }] }),
    ).to.equal('null-sender');
  });

  it('does not treat Precedence: first-class as bulk', () => {
    expect(
      detectAutoReply({ ...base, headerLines: [{ key: 'precedence', line: 'Precedence: first-class' }] }),
    ).to.equal(null);
  });

  it('lower-cases and drops the plus-tag', () => {
    expect(canonicalAddress(' Meldpunt+K-2026-000123@Gemeente.Example ')).to.equal('meldpunt@gemeente.example');
    expect(canonicalAddress('+x@example.org')).to.equal('+x@example.org');
  });
});
