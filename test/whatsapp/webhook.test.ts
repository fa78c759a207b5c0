import { expect } from 'chai';
import { LOCATION_CONTENT_TYPE, UNSUPPORTED_CONTENT_TYPE } from '../../channels/whatsapp/normalise.js';
import {
  signedWebhook,
  TEST_DISPLAY_PHONE_NUMBER,
  TEST_PHONE_NUMBER_ID,
  TEST_PROFILE_NAME,
  TEST_WA_ID,
  waButtonReply,
  waDocument,
  waFailedStatus,
  waImage,
  waListReply,
  waLocation,
  waReaction,
  waStatus,
  waTemplateButton,
  waText,
  waUnsupported,
  waVoiceNote,
  waWebhook,
  type WaMessage,
} from '../support/graph-api-server.js';
import { APP_SECRET, startWebhook, VERIFY_TOKEN, type WebhookHarness } from './helpers.js';

async function post(h: WebhookHarness, payload: unknown, secret = APP_SECRET): Promise<Response> {
  const { body, headers } = signedWebhook(secret, payload);
  return fetch(h.url, { method: 'POST', body, headers });
}

/** Post one message and return what the intake got. */
async function receiveOne(h: WebhookHarness, m: WaMessage) {
  const res = await post(h, waWebhook({ messages: [m] }));
  expect(res.status).to.equal(200);
  expect(h.intake.received).to.have.length(1);
  return h.intake.received[0]!;
}

async function expectError(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).to.equal(status);
  expect(res.headers.get('content-type')).to.match(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).to.deep.equal(['error']);
  expect(body.error.code).to.equal(code);
  expect(body.error.message).to.be.a('string').and.not.match(/\n\s+at /);
}

describe('whatsapp webhook', () => {
  let h: WebhookHarness;
  beforeEach(async () => {
    h = await startWebhook();
  });
  afterEach(async () => {
    await h.close();
  });

  describe('GET verification handshake', () => {
    const verify = (q: Record<string, string>) => fetch(`${h.url}?${new URLSearchParams(q)}`);

    it('echoes hub.challenge as text/plain for the right token', async () => {
      const res = await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' });
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^text\/plain/);
      expect(await res.text()).to.equal('1158201444');
    });

    it('refuses a wrong token with 403 JSON', async () => {
      const res = await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' });
      await expectError(res, 403, 'forbidden');
    });

    it('refuses a wrong mode and a missing token', async () => {
      await expectError(await verify({ 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' }), 403, 'forbidden');
      await expectError(await verify({ 'hub.mode': 'subscribe', 'hub.challenge': '1' }), 403, 'forbidden');
    });
  });

  describe('POST signature and body checks', () => {
    it('accepts a correctly signed body and stores the message', async () => {
      const res = await post(h, waWebhook({ messages: [waText('Hallo')] }));
      expect(res.status).to.equal(200);
      expect(h.intake.received).to.have.length(1);
    });

    it('rejects a body signed with another secret (401)', async () => {
      await expectError(await post(h, waWebhook({ messages: [waText('Hallo')] }), 'other-secret'), 401, 'bad_signature');
      expect(h.intake.received).to.have.length(0);
    });

    it('rejects a missing signature header (401)', async () => {
      const { body } = signedWebhook(APP_SECRET, waWebhook({ messages: [waText('Hallo')] }));
      const res = await fetch(h.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      await expectError(res, 401, 'bad_signature');
      expect(h.intake.received).to.have.length(0);
    });

    it('rejects a malformed signature header (401)', async () => {
      const { body, headers } = signedWebhook(APP_SECRET, waWebhook({ messages: [waText('Hallo')] }));
      const res = await fetch(h.url, { method: 'POST', body, headers: { ...headers, 'x-hub-signature-256': 'sha1=abc' } });
      await expectError(res, 401, 'bad_signature');
    });

    it('checks the raw bytes: Meta-escaped unicode verifies, a re-serialised body does not', async () => {
      const text = 'Geen reactie van de zorgaanbieder — café @ wijkteam/zorg ✓';
      const signed = signedWebhook(APP_SECRET, waWebhook({ messages: [waText(text)] }));
      expect(signed.body).to.contain('\\u2014').and.contain('\\/').and.contain('\\u0040');

      const reserialised = JSON.stringify(JSON.parse(signed.body));
      await expectError(await fetch(h.url, { method: 'POST', body: reserialised, headers: signed.headers }), 401, 'bad_signature');
      expect(h.intake.received).to.have.length(0);

      const ok = await fetch(h.url, { method: 'POST', body: signed.body, headers: signed.headers });
      expect(ok.status).to.equal(200);
      expect(h.intake.received[0]!.activity.text).to.equal(text);
    });

    it('verifies the signature even without a JSON content-type', async () => {
      const { body, headers } = signedWebhook(APP_SECRET, waWebhook({ messages: [waText('Hallo')] }));
      const res = await fetch(h.url, { method: 'POST', body, headers: { ...headers, 'content-type': 'text/plain' } });
      expect(res.status).to.equal(200);
    });

    it('answers 400 malformed_json for a signed body that is not JSON', async () => {
      await expectError(await post(h, '{"object": "whatsapp_business_account", "entry": ['), 400, 'malformed_json');
    });

    it('answers 400 invalid_payload for a wrong shape, naming the path', async () => {
      const noEntry = await post(h, { object: 'whatsapp_business_account', entry: 'nope' });
      await expectError(noEntry, 400, 'invalid_payload');

      const payload = waWebhook({ messages: [waText('Hallo')] }) as any;
      delete payload.entry[0].changes[0].value.messages[0].id;
      const res = await post(h, payload);
      expect(res.status).to.equal(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).to.equal('invalid_payload');
      expect(body.error.message).to.contain('entry.0.changes.0.value.messages.0.id');
      expect(body.error.message).not.to.contain('Hallo');
      expect(h.intake.received).to.have.length(0);
    });

    it('answers 400 when a text message has no text object, or metadata is missing', async () => {
      const m = waText('x');
      delete (m as any).text;
      await expectError(await post(h, waWebhook({ messages: [m] })), 400, 'invalid_payload');

      const p = waWebhook({ messages: [waText('x')] }) as any;
      delete p.entry[0].changes[0].value.metadata;
      await expectError(await post(h, p), 400, 'invalid_payload');
    });

    it('stores nothing when one message of a batch is invalid', async () => {
      const bad = waText('x');
      (bad as any).timestamp = 'yesterday';
      await expectError(await post(h, waWebhook({ messages: [waText('first'), bad] })), 400, 'invalid_payload');
      expect(h.intake.received).to.have.length(0);
    });

    it('allows unknown extra fields', async () => {
      const m = { ...waText('Hallo'), brand_new_field: { x: 1 } };
      const p = waWebhook({ messages: [m] }) as any;
      p.entry[0].changes[0].value.something_else = true;
      p.entry[0].time = 1;
      expect((await post(h, p)).status).to.equal(200);
      expect(h.intake.received).to.have.length(1);
    });

    it('answers 413 payload_too_large above maxBodyBytes', async () => {
      const small = await startWebhook({ maxBodyBytes: 1024 });
      try {
        const res = await post(small, waWebhook({ messages: [waText('x'.repeat(2000))] }));
        await expectError(res, 413, 'payload_too_large');
        expect(small.intake.received).to.have.length(0);
      } finally {
        await small.close();
      }
    });

    it('ignores other objects and other fields with 200', async () => {
      const page = await post(h, { object: 'page', entry: [{ id: '1', messaging: [] }] });
      expect(page.status).to.equal(200);
      const other = await post(h, {
        object: 'whatsapp_business_account',
        entry: [{ id: '1', changes: [{ field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } }] }],
      });
      expect(other.status).to.equal(200);
      expect(h.intake.received).to.have.length(0);
      expect(h.statuses.updates).to.have.length(0);
    });
  });

  describe('normalisation to InboundMessage', () => {
    it('text: ids, address, name, externalId, channelState, sentAt, activity', async () => {
      const m = waText('Mijn pgb is niet uitbetaald', { timestamp: 1767261600 });
      const msg = await receiveOne(h, m);
      expect(msg.channel).to.equal('whatsapp');
      expect(msg.providerMessageId).to.equal(m.id);
      expect(msg.address).to.equal(TEST_WA_ID);
      expect(msg.displayName).to.equal(TEST_PROFILE_NAME);
      expect(msg.externalId).to.equal(`${TEST_PHONE_NUMBER_ID}:${TEST_WA_ID}`);
      expect(msg.channelState).to.deep.equal({ phone_number_id: TEST_PHONE_NUMBER_ID, display_phone_number: TEST_DISPLAY_PHONE_NUMBER });
      expect(msg.sentAt!.toISOString()).to.equal('2026-01-01T10:00:00.000Z');
      expect(msg.activity.type).to.equal('message');
      expect(msg.activity.text).to.equal('Mijn pgb is niet uitbetaald');
      expect(msg.activity).not.to.have.property('locale');
      expect(msg.activity.channelData).to.deep.equal(m);
      expect(msg.attachments).to.equal(undefined);
    });

    it('quoted message: context.id becomes replyToId', async () => {
      const msg = await receiveOne(h, waText('zie hierboven', { context: { id: 'wamid.earlier' } }));
      expect(msg.activity.replyToId).to.equal('wamid.earlier');
    });

    it('voice note: audio attachment with media id, sha256 and voice flag, empty text', async () => {
      const m = waVoiceNote({ mediaId: '1234567890' });
      const msg = await receiveOne(h, m);
      expect(msg.activity.text).to.equal('');
      expect(msg.attachments).to.have.length(1);
      const a = msg.attachments![0]!;
      expect(a.contentType).to.equal('audio/ogg; codecs=opus');
      expect(a.providerRef).to.equal('1234567890');
      expect(a.meta).to.include({ voice: true, sha256: (m.audio as any).sha256, whatsappType: 'audio' });
      expect(msg.activity.attachments![0]).to.deep.include({ contentType: 'audio/ogg; codecs=opus' });
      expect((msg.activity.attachments![0] as any).content.providerRef).to.equal('1234567890');
    });

    it('image: caption becomes text and meta.caption', async () => {
      const msg = await receiveOne(h, waImage({ caption: 'De lekkage in de badkamer' }));
      expect(msg.activity.text).to.equal('De lekkage in de badkamer');
      expect(msg.attachments![0]!.contentType).to.equal('image/jpeg');
      expect(msg.attachments![0]!.meta!.caption).to.equal('De lekkage in de badkamer');
    });

    it('document: filename as name and meta.filename', async () => {
      const msg = await receiveOne(h, waDocument({ filename: 'beschikking-wmo.pdf' }));
      const a = msg.attachments![0]!;
      expect(a.contentType).to.equal('application/pdf');
      expect(a.name).to.equal('beschikking-wmo.pdf');
      expect(a.meta!.filename).to.equal('beschikking-wmo.pdf');
      expect(msg.activity.text).to.equal('');
    });

    it('location: geo attachment with coordinates, empty text', async () => {
      const msg = await receiveOne(h, waLocation({ latitude: 52.1, longitude: 5.2, name: 'Buurthuis', address: 'Teststraat 1' }));
      expect(msg.activity.text).to.equal('');
      const a = msg.attachments![0]!;
      expect(a.contentType).to.equal(LOCATION_CONTENT_TYPE);
      expect(a.meta).to.deep.equal({ latitude: 52.1, longitude: 5.2, name: 'Buurthuis', address: 'Teststraat 1' });
      const content = (msg.activity.attachments![0] as any).content;
      expect(content.geometry).to.deep.equal({ type: 'Point', coordinates: [5.2, 52.1] });
      expect(content.properties.address).to.equal('Teststraat 1');
    });

    it('button_reply: text = title, value = {id, title}', async () => {
      const msg = await receiveOne(h, waButtonReply('kind:klacht', 'Ik wil klagen'));
      expect(msg.activity.text).to.equal('Ik wil klagen');
      expect(msg.activity.value).to.deep.equal({ id: 'kind:klacht', title: 'Ik wil klagen' });
    });

    it('list_reply: text = title, value includes the description', async () => {
      const msg = await receiveOne(h, waListReply('body:svb', 'SVB', 'Sociale Verzekeringsbank'));
      expect(msg.activity.text).to.equal('SVB');
      expect(msg.activity.value).to.deep.equal({ id: 'body:svb', title: 'SVB', description: 'Sociale Verzekeringsbank' });
    });

    it('template quick reply button: text = button text, value = payload', async () => {
      const msg = await receiveOne(h, waTemplateButton('Ja, graag', 'resume-yes'));
      expect(msg.activity.text).to.equal('Ja, graag');
      expect(msg.activity.value).to.equal('resume-yes');
    });

    it('reaction: messageReaction activity pointing at the reacted message', async () => {
      const added = await receiveOne(h, waReaction('wamid.ours', '👍'));
      expect(added.activity.type).to.equal('messageReaction');
      expect(added.activity.replyToId).to.equal('wamid.ours');
      expect(added.activity.reactionsAdded).to.deep.equal([{ type: '👍' }]);
      expect(added.activity.text).to.equal(undefined);
    });

    it('reaction removed (no emoji): reactionsRemoved', async () => {
      const removed = await receiveOne(h, waReaction('wamid.ours'));
      expect(removed.activity.type).to.equal('messageReaction');
      expect(removed.activity.reactionsRemoved).to.have.length(1);
    });

    it('unsupported: stored with a placeholder attachment naming the type', async () => {
      const msg = await receiveOne(h, waUnsupported({ unsupportedType: 'poll_creation' }));
      expect(msg.activity.type).to.equal('message');
      const a = msg.attachments![0]!;
      expect(a.contentType).to.equal(UNSUPPORTED_CONTENT_TYPE);
      expect(a.meta).to.deep.equal({ whatsappType: 'unsupported', subType: 'poll_creation', errorCodes: [131051] });
    });

    it('other types (contacts, system) are stored, not dropped', async () => {
      const contacts = {
        from: TEST_WA_ID,
        id: 'wamid.contacts1',
        timestamp: '1767261600',
        type: 'contacts',
        contacts: [{ name: { formatted_name: 'Test Buur' }, phones: [{ phone: '+31 6 00000002' }] }],
      };
      const system = {
        from: TEST_WA_ID,
        id: 'wamid.system1',
        timestamp: '1767261601',
        type: 'system',
        system: { body: 'User changed number', new_wa_id: '31600000009', type: 'user_changed_number' },
      };
      const res = await post(h, waWebhook({ messages: [contacts, system] }));
      expect(res.status).to.equal(200);
      const [c, s] = h.intake.received;
      expect(c!.attachments![0]!.meta).to.include({ whatsappType: 'contacts' });
      expect(s!.attachments![0]!.meta).to.include({ whatsappType: 'system', subType: 'user_changed_number' });
      expect(s!.activity.text).to.equal('');
      expect(s!.activity.channelData).to.deep.equal(system);
    });

    it('falls back to no display name when contacts are absent', async () => {
      const res = await post(h, waWebhook({ messages: [waText('x')], contacts: [] }));
      expect(res.status).to.equal(200);
      expect(h.intake.received[0]!.displayName).to.equal(undefined);
    });
  });

  describe('batches and statuses', () => {
    it('hands every message of a batch to the intake, in order, with the right sender names', async () => {
      const a = waText('een', { from: '31600000001' });
      const b = waText('twee', { from: '31600000002' });
      const c = waVoiceNote({ from: '31600000001' });
      const res = await post(h, waWebhook({
        messages: [a, b, c],
        contacts: [
          { wa_id: '31600000001', profile: { name: 'Test Inwoner' } },
          { wa_id: '31600000002', profile: { name: 'Test Buurvrouw' } },
        ],
      }));
      expect(res.status).to.equal(200);
      expect(h.intake.received.map((m) => m.providerMessageId)).to.deep.equal([a.id, b.id, c.id]);
      expect(h.intake.received.map((m) => m.displayName)).to.deep.equal(['Test Inwoner', 'Test Buurvrouw', 'Test Inwoner']);
      expect(h.intake.received[1]!.externalId).to.equal(`${TEST_PHONE_NUMBER_ID}:31600000002`);
    });

    it('handles several entries and changes in one POST', async () => {
      const one = waWebhook({ messages: [waText('a')] }) as any;
      const two = waWebhook({ messages: [waText('b')], phoneNumberId: '100000000000002' }) as any;
      one.entry.push(two.entry[0]);
      expect((await post(h, one)).status).to.equal(200);
      expect(h.intake.received.map((m) => m.channelState!.phone_number_id)).to.deep.equal([TEST_PHONE_NUMBER_ID, '100000000000002']);
    });

    it('maps sent/delivered/read/failed statuses, failed with code and title', async () => {
      const res = await post(h, waWebhook({
        statuses: [
          waStatus('wamid.out1', 'sent', { timestamp: 1767261600 }),
          waStatus('wamid.out1', 'delivered', { timestamp: 1767261601 }),
          waStatus('wamid.out1', 'read', { timestamp: 1767261602 }),
          waFailedStatus('wamid.out2', 131047, undefined, { timestamp: 1767261603 }),
        ],
      }));
      expect(res.status).to.equal(200);
      const who = { recipient: '31600000001', account: '100000000000001' };
      expect(h.statuses.updates).to.deep.equal([
        { channel: 'whatsapp', providerMessageId: 'wamid.out1', status: 'sent', at: new Date(1767261600_000), ...who },
        { channel: 'whatsapp', providerMessageId: 'wamid.out1', status: 'delivered', at: new Date(1767261601_000), ...who },
        { channel: 'whatsapp', providerMessageId: 'wamid.out1', status: 'read', at: new Date(1767261602_000), ...who },
        { channel: 'whatsapp', providerMessageId: 'wamid.out2', status: 'failed', detail: '131047 Re-engagement message', at: new Date(1767261603_000), ...who },
      ]);
      expect(h.intake.received).to.have.length(0);
    });

    it('ignores statuses it does not track (deleted)', async () => {
      const s = { ...waStatus('wamid.out1', 'sent'), status: 'deleted' };
      expect((await post(h, waWebhook({ statuses: [s as any] }))).status).to.equal(200);
      expect(h.statuses.updates).to.have.length(0);
    });

    it('accepts top-level system errors without storing anything', async () => {
      const res = await post(h, waWebhook({ errors: [{ code: 130429, title: 'Rate limit hit' }] }));
      expect(res.status).to.equal(200);
    });
  });

  describe('acknowledgement only after storage', () => {
    it('replies 500 when the intake throws, and stops at that message', async () => {
      const a = waText('een');
      const b = waText('twee');
      const c = waText('drie');
      h.intake.failWhen = (m) => m.providerMessageId === b.id;
      await expectError(await post(h, waWebhook({ messages: [a, b, c] })), 500, 'intake_failed');
      expect(h.intake.received.map((m) => m.providerMessageId)).to.deep.equal([a.id]);
    });

    it('replies 500 when the status sink throws', async () => {
      h.statuses.fail = true;
      await expectError(await post(h, waWebhook({ statuses: [waStatus('wamid.x', 'read')] })), 500, 'intake_failed');
    });

    it('does not answer before intake.receive resolved', async () => {
      let open!: () => void;
      h.intake.gate = new Promise((resolve) => (open = resolve));
      let settled = false;
      const pending = post(h, waWebhook({ messages: [waText('wacht')] })).then((r) => {
        settled = true;
        return r;
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(settled).to.equal(false);
      open();
      expect((await pending).status).to.equal(200);
      expect(h.intake.received).to.have.length(1);
    });
  });

  describe('privacy of logs', () => {
    it('logs wamid and phone_number_id but never text, wa_id or the profile name', async () => {
      const m = waText('Mijn BSN is 111222333 en ik ben boos');
      await post(h, waWebhook({ messages: [m], statuses: [waFailedStatus('wamid.out9')] }));
      const logs = h.logs();
      expect(logs).to.contain(m.id);
      expect(logs).to.contain(TEST_PHONE_NUMBER_ID);
      expect(logs).not.to.contain('111222333');
      expect(logs).not.to.contain('boos');
      expect(logs).not.to.contain(TEST_WA_ID);
      expect(logs).not.to.contain(TEST_PROFILE_NAME);
    });
  });
});
