import { expect } from 'chai';
import type { CardAction } from 'botbuilder';
import { formatSendRef, isOutcomeUnknown, PermanentDeliveryError, type DeliveryTarget, type OutboundMessage } from '../../channels/contract.js';
import { buildParts, shorten, splitText } from '../../channels/whatsapp/outbound.js';
import { createWhatsAppSender, GraphApiError, type WhatsAppSender } from '../../channels/whatsapp/sender.js';
import {
  startGraphApiServer,
  TEST_PHONE_NUMBER_ID,
  TEST_WA_ID,
  type GraphApiServer,
} from '../support/graph-api-server.js';
import { captureLogger } from './helpers.js';

const NOW = new Date('2026-03-02T12:00:00Z');
const HOUR = 3600_000;

function target(over: Partial<DeliveryTarget> = {}): DeliveryTarget {
  return {
    conversationId: 'conv-1',
    address: TEST_WA_ID,
    externalId: `${TEST_PHONE_NUMBER_ID}:${TEST_WA_ID}`,
    channelState: { phone_number_id: TEST_PHONE_NUMBER_ID },
    lastInboundAt: new Date(NOW.getTime() - HOUR),
    ...over,
  };
}

function message(activity: OutboundMessage['activity'], over: Partial<OutboundMessage> = {}): OutboundMessage {
  return { id: 'msg-1', seq: 2, senderRole: 'bot', senderName: 'Digitale assistent', activity, createdAt: NOW, ...over };
}

const actions = (...titles: string[]): CardAction[] => titles.map((t) => ({ type: 'imBack', title: t, value: t }));

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('whatsapp sender', () => {
  let graph: GraphApiServer;
  let sender: WhatsAppSender;
  let logs: () => string;

  before(async () => {
    graph = await startGraphApiServer();
  });
  after(async () => {
    await graph.close();
  });
  beforeEach(() => {
    graph.reset();
    const captured = captureLogger();
    logs = captured.lines;
    sender = createWhatsAppSender({
      graphUrl: graph.url,
      apiVersion: 'v21.0',
      accessToken: graph.accessToken,
      templateName: 'gesprek_hervatten',
      templateLang: 'nl',
      logger: captured.logger,
      now: () => NOW,
    });
  });

  describe('free-form messages inside the 24-hour window', () => {
    it('sends text to /{version}/{phone_number_id}/messages with the bearer token and returns the wamid', async () => {
      const result = await sender.send(target(), message({ type: 'message', text: 'Dank u, ik heb uw melding ontvangen.' }));
      expect(graph.received).to.have.length(1);
      const req = graph.received[0]!;
      expect(req.status).to.equal(200);
      expect(req.version).to.equal('v21.0');
      expect(req.phoneNumberId).to.equal(TEST_PHONE_NUMBER_ID);
      expect(req.authorization).to.equal(`Bearer ${graph.accessToken}`);
      expect(req.body).to.deep.equal({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: TEST_WA_ID,
        type: 'text',
        text: { body: 'Dank u, ik heb uw melding ontvangen.', preview_url: false },
        biz_opaque_callback_data: 'at1:msg-1:0/1',
      });
      expect(result).to.deep.equal({ providerMessageId: req.wamid, kind: 'text', parts: 1 });
    });

    it('prefixes agent messages with the agent name in bold; bot messages are not prefixed', async () => {
      await sender.send(target(), message({ text: 'Ik bel u morgen.' }, { senderRole: 'agent', senderName: 'Ana' }));
      await sender.send(target(), message({ text: 'Hallo' }, { senderRole: 'agent', senderName: '*Evil*\nName' }));
      await sender.send(target(), message({ text: 'Ik ben de assistent.' }));
      expect(graph.received.map((r) => r.body.text.body)).to.deep.equal(['*Ana*: Ik bel u morgen.', '*EvilName*: Hallo', 'Ik ben de assistent.']);
    });

    it('maps 1–3 suggested actions to reply buttons within Meta limits', async () => {
      const result = await sender.send(
        target(),
        message({
          text: 'Waar gaat uw melding over?',
          suggestedActions: { to: [], actions: [...actions('Zorg thuis', 'Een heel lange knoptekst die te lang is'), { type: 'postBack', title: 'Iets anders', value: { kind: 'other' } }] },
        }),
      );
      expect(result.kind).to.equal('interactive');
      const req = graph.received[0]!;
      expect(req.status, JSON.stringify(req.body)).to.equal(200);
      expect(req.body.type).to.equal('interactive');
      expect(req.body.interactive.type).to.equal('button');
      expect(req.body.interactive.body).to.deep.equal({ text: 'Waar gaat uw melding over?' });
      const buttons = req.body.interactive.action.buttons;
      expect(buttons).to.have.length(3);
      expect(buttons[0]).to.deep.equal({ type: 'reply', reply: { id: 'Zorg thuis', title: 'Zorg thuis' } });
      expect(Array.from(buttons[1].reply.title as string).length).to.be.at.most(20);
      expect(buttons[1].reply.title).to.match(/…$/);
      expect(buttons[2].reply.id).to.equal('{"kind":"other"}');
    });

    it('keeps button titles unique after shortening', async () => {
      await sender.send(target(), message({ text: 'Kies', suggestedActions: { to: [], actions: actions('Wijkteam Noord afdeling A', 'Wijkteam Noord afdeling B') } }));
      const req = graph.received[0]!;
      expect(req.status, JSON.stringify(req.body)).to.equal(200);
      const [a, b] = req.body.interactive.action.buttons;
      expect(a.reply.title).not.to.equal(b.reply.title);
    });

    it('maps 4–10 suggested actions to a list with a "Kies" button', async () => {
      const titles = ['Wmo', 'Jeugdzorg', 'Participatiewet', 'Schuldhulpverlening', 'Leerlingenvervoer met een heel lange naam'];
      await sender.send(target(), message({ text: 'Welke regeling?', suggestedActions: { to: [], actions: actions(...titles) } }));
      const req = graph.received[0]!;
      expect(req.status, JSON.stringify(req.body)).to.equal(200);
      expect(req.body.interactive.type).to.equal('list');
      expect(req.body.interactive.action.button).to.equal('Kies');
      const rows = req.body.interactive.action.sections[0].rows;
      expect(rows).to.have.length(5);
      expect(rows[0]).to.deep.equal({ id: 'Wmo', title: 'Wmo' });
      expect(Array.from(rows[4].title as string).length).to.be.at.most(24);
      expect(rows[4].description).to.equal('Leerlingenvervoer met een heel lange naam');
    });

    it('sends more than 10 actions as text with numbered options', async () => {
      const titles = Array.from({ length: 11 }, (_, i) => `Optie ${i + 1}`);
      await sender.send(target(), message({ text: 'Kies een nummer:', suggestedActions: { to: [], actions: actions(...titles) } }));
      const body = graph.received[0]!.body;
      expect(body.type).to.equal('text');
      expect(body.text.body).to.match(/^Kies een nummer:\n\n1\. Optie 1\n2\. Optie 2/);
      expect(body.text.body).to.contain('11. Optie 11');
    });

    it('splits text over 4096 characters into several messages in order and returns the first wamid', async () => {
      const paragraph = 'Dit is een lange zin over de voorziening die niet werd geleverd. '.repeat(30).trim();
      const text = [paragraph, paragraph, paragraph].join('\n\n'); // ~5,900 characters
      const result = await sender.send(target(), message({ text }, { senderRole: 'agent', senderName: 'Ana' }));
      expect(graph.received.length).to.be.greaterThan(1);
      expect(result.parts).to.equal(graph.received.length);
      expect(result.providerMessageId).to.equal(graph.received[0]!.wamid);
      for (const r of graph.received) {
        expect(r.status).to.equal(200);
        expect(Array.from(r.body.text.body as string).length).to.be.at.most(4096);
      }
      const joined = graph.received.map((r) => r.body.text.body).join(' ').replace(/\s+/g, ' ');
      expect(joined).to.equal(`*Ana*: ${text}`.replace(/\s+/g, ' '));
      // Each part names itself in biz_opaque_callback_data, which Meta echoes in its statuses.
      expect(graph.received.map((r) => r.body.biz_opaque_callback_data)).to.deep.equal(
        graph.received.map((_, i) => formatSendRef({ messageId: 'msg-1', part: i, parts: graph.received.length })),
      );
    });

    it('sends long text before buttons and keeps the button body within 1024 characters', async () => {
      const text = 'Eerste deel van de uitleg. '.repeat(60) + 'Wilt u doorgaan?';
      await sender.send(target(), message({ text, suggestedActions: { to: [], actions: actions('Ja', 'Nee') } }));
      expect(graph.received.map((r) => r.body.type)).to.deep.equal(['text', 'interactive']);
      expect(graph.received.every((r) => r.status === 200)).to.equal(true);
      expect(graph.received[1]!.body.interactive.body.text).to.match(/Wilt u doorgaan\?$/);
    });

    it('falls back to the externalId for the phone_number_id', async () => {
      await sender.send(target({ channelState: {} }), message({ text: 'x' }));
      expect(graph.received[0]!.phoneNumberId).to.equal(TEST_PHONE_NUMBER_ID);
    });

    it('refuses a target without phone_number_id and an empty message permanently', async () => {
      const noId = await rejection(sender.send(target({ channelState: {}, externalId: '' }), message({ text: 'x' })));
      expect(noId).to.be.instanceOf(PermanentDeliveryError);
      expect((noId as PermanentDeliveryError).code).to.equal('no_phone_number_id');
      const empty = await rejection(sender.send(target(), message({ text: '  ' })));
      expect((empty as PermanentDeliveryError).code).to.equal('empty_message');
      expect(graph.received).to.have.length(0);
    });
  });

  describe('outside the 24-hour window', () => {
    it('sends the approved template instead of the content when the last inbound is older than 24 h', async () => {
      const result = await sender.send(
        target({ lastInboundAt: new Date(NOW.getTime() - 25 * HOUR) }),
        message({ text: 'Geheime inhoud' }, { senderRole: 'agent', senderName: 'Ana' }),
      );
      const body = graph.received[0]!.body;
      expect(body).to.deep.equal({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: TEST_WA_ID,
        type: 'template',
        template: { name: 'gesprek_hervatten', language: { code: 'nl' } },
        biz_opaque_callback_data: 'at1:msg-1:0/1',
      });
      expect(result.kind).to.equal('template');
      expect(result.providerMessageId).to.equal(graph.received[0]!.wamid);
    });

    it('uses the template when there never was an inbound message, and free text at 23 h', async () => {
      await sender.send(target({ lastInboundAt: null }), message({ text: 'x' }));
      await sender.send(target({ lastInboundAt: new Date(NOW.getTime() - 23 * HOUR) }), message({ text: 'x' }));
      expect(graph.received.map((r) => r.body.type)).to.deep.equal(['template', 'text']);
    });

    it('throws PermanentDeliveryError 131047 when Meta says the window is closed', async () => {
      graph.failNext(1, { status: 400, code: 131047, message: 'Re-engagement message' });
      const err = await rejection(sender.send(target(), message({ text: 'x' })));
      expect(err).to.be.instanceOf(PermanentDeliveryError);
      expect((err as PermanentDeliveryError).code).to.equal('131047');
    });
  });

  describe('errors: permanent versus retryable', () => {
    const cases: Array<[string, Parameters<GraphApiServer['failNext']>[1], 'permanent' | 'retry', string?]> = [
      ['131026 undeliverable', { status: 400, code: 131026, message: 'Message undeliverable' }, 'permanent', '131026'],
      ['100 invalid parameter', { status: 400, code: 100, message: '(#100) Invalid parameter' }, 'permanent', '100'],
      ['131051 unsupported type', { status: 400, code: 131051 }, 'permanent', '131051'],
      ['500 with 131000', { status: 500, code: 131000, message: 'Something went wrong' }, 'retry'],
      ['429 / 130429 throughput', { status: 429, code: 130429, message: 'Rate limit hit' }, 'retry'],
      ['400 / 131056 pair rate limit', { status: 400, code: 131056, message: 'Pair rate limit hit' }, 'retry'],
      ['502 HTML from a proxy', { status: 502, raw: '<html>Bad gateway</html>' }, 'retry'],
      ['400 without a Graph body', { status: 400, raw: 'nope' }, 'permanent', 'http_400'],
    ];
    for (const [name, failure, expected, code] of cases) {
      it(`${name} → ${expected}`, async () => {
        graph.failNext(1, failure);
        const err = await rejection(sender.send(target(), message({ text: 'x' })));
        if (expected === 'permanent') {
          expect(err).to.be.instanceOf(PermanentDeliveryError);
          expect((err as PermanentDeliveryError).code).to.equal(code);
        } else {
          expect(err).to.be.instanceOf(GraphApiError);
          expect(err).not.to.be.instanceOf(PermanentDeliveryError);
        }
      });
    }

    it('a rejected access token (401 / 190) is retryable and logged at error level', async () => {
      const captured = captureLogger();
      const wrong = createWhatsAppSender({
        graphUrl: graph.url, apiVersion: 'v21.0', accessToken: 'expired', templateName: 't', templateLang: 'nl', logger: captured.logger, now: () => NOW,
      });
      const err = await rejection(wrong.send(target(), message({ text: 'x' })));
      expect(err).to.be.instanceOf(GraphApiError);
      expect((err as GraphApiError).info).to.include({ status: 401, code: 190 });
      expect(captured.lines()).to.match(/"level":50/);
      expect(captured.lines()).not.to.contain('expired');
    });

    it('a network failure is retryable', async () => {
      const closed = await startGraphApiServer();
      const url = closed.url;
      await closed.close();
      const s = createWhatsAppSender({
        graphUrl: url, apiVersion: 'v21.0', accessToken: 'x', templateName: 't', templateLang: 'nl', logger: captureLogger().logger, now: () => NOW,
      });
      const err = await rejection(s.send(target(), message({ text: 'x' })));
      expect(err).to.be.instanceOf(GraphApiError);
      expect((err as GraphApiError).info.status).to.equal(0);
      // A refused connection never reached Meta: the outcome is known (not sent).
      expect(isOutcomeUnknown(err)).to.equal(false);
    });

    it('a timeout after Meta may have accepted the message is retryable with an unknown outcome', async () => {
      graph.acceptSlowly(1, 600);
      const s = createWhatsAppSender({
        graphUrl: graph.url, apiVersion: 'v21.0', accessToken: graph.accessToken, templateName: 't', templateLang: 'nl',
        logger: captureLogger().logger, now: () => NOW, timeoutMs: 100,
      });
      const err = await rejection(s.send(target(), message({ text: 'Uw hulp komt morgen.' })));
      expect(err).to.be.instanceOf(GraphApiError);
      expect(isOutcomeUnknown(err)).to.equal(true);
      // …and Meta did take it: only its status callback can tell us.
      const [accepted] = await graph.waitFor((r) => r.some((x) => x.status === 200), 3000);
      expect(accepted!.body.biz_opaque_callback_data).to.equal(formatSendRef({ messageId: 'msg-1', part: 0, parts: 1 }));
    });

    it('the fake Graph API rejects what Meta rejects (sanity check of the test double)', async () => {
      const res = await fetch(`${graph.url}/v21.0/${TEST_PHONE_NUMBER_ID}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${graph.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          messaging_product: 'whatsapp', to: TEST_WA_ID, type: 'interactive',
          interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [1, 2, 3, 4].map((i) => ({ type: 'reply', reply: { id: `${i}`, title: `${i}` } })) } },
        }),
      });
      expect(res.status).to.equal(400);
      const body = (await res.json()) as { error: { code: number; error_data: { details: string } } };
      expect(body.error.code).to.equal(100);
      expect(body.error.error_data.details).to.match(/1-3/);
    });

    it('never logs message text or the recipient', async () => {
      graph.failNext(1, { status: 400, code: 131026, message: 'Message undeliverable for 31600000001' });
      await rejection(sender.send(target(), message({ text: 'Mijn schuld is 4000 euro' })));
      await sender.send(target(), message({ text: 'Mijn schuld is 4000 euro' }));
      expect(logs()).not.to.contain('schuld');
      expect(logs()).not.to.contain(TEST_WA_ID);
      expect(logs()).to.contain(graph.received[1]!.wamid!);
    });
  });

  it('markAsRead posts {status:"read", message_id}', async () => {
    await sender.markAsRead(TEST_PHONE_NUMBER_ID, 'wamid.in1');
    expect(graph.received[0]!.body).to.deep.equal({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.in1' });
    expect(graph.received[0]!.status).to.equal(200);
  });
});

describe('whatsapp outbound formatting', () => {
  const opts = { listButtonLabel: 'Kies', emptyBodyText: 'Maak een keuze:' };

  it('shorten counts code points and never splits an emoji', () => {
    expect(shorten('Hallo', 20)).to.equal('Hallo');
    expect(shorten('👍'.repeat(30), 20)).to.equal('👍'.repeat(19) + '…');
  });

  it('splitText prefers paragraph, then sentence, then word boundaries', () => {
    expect(splitText('aaaa bbbb\n\ncccc dddd', 12)).to.deep.equal(['aaaa bbbb', 'cccc dddd']);
    expect(splitText('Een twee. Drie vier vijf.', 15)).to.deep.equal(['Een twee.', 'Drie vier vijf.']);
    expect(splitText('Een twee drie. Vier vijf zes zeven', 20)).to.deep.equal(['Een twee drie.', 'Vier vijf zes zeven']);
    expect(splitText('x'.repeat(25), 10)).to.deep.equal(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(splitText('   ', 10)).to.deep.equal([]);
  });

  it('buttons without text get a default body (interactive bodies are required)', () => {
    const [part] = buildParts('', [{ id: 'a', title: 'A' }], opts);
    expect((part as any).interactive.body.text).to.equal('Maak een keuze:');
  });
});
