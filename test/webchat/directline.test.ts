import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import { WebSocket } from 'ws';
import { TOKEN_AUDIENCE } from '../../channels/webchat/tokens.js';
import {
  MemoryStore,
  SECRET,
  StreamClient,
  call,
  decodeJwt,
  redisForTest,
  startServer,
  waitFor,
  type TestServer,
} from './harness.js';

describe('webchat: Direct Line 3.0 endpoint', function () {
  let redis: ReturnType<typeof redisForTest>;
  let store: MemoryStore;
  let a: TestServer;
  let b: TestServer; // a second service instance sharing Redis and the store
  let dl: string;

  before(async function () {
    redis = redisForTest();
    store = new MemoryStore();
    a = await startServer(store, redis, { keepaliveSeconds: 1 });
    b = await startServer(store, redis);
    dl = `${a.url}/v3/directline`;
  });

  after(async function () {
    await a?.close();
    await b?.close();
    await redis?.quit();
  });

  /** generate + start, as Web Chat does with a token from the page. */
  async function startConversation(base = dl) {
    const gen = await call(`${base}/tokens/generate`, { method: 'POST' });
    const started = await call(`${base}/conversations`, { method: 'POST', token: gen.body.token, body: {} });
    expect(started.status).to.equal(201);
    return { conv: gen.body.conversationId as string, token: started.body.token as string, streamUrl: started.body.streamUrl as string, user: decodeJwt(gen.body.token).user as string };
  }

  describe('tokens', function () {
    it('generate returns a conversation id and a JWT with a dl_ user and the conversation', async function () {
      const res = await call(`${dl}/tokens/generate`, { method: 'POST' });
      expect(res.status).to.equal(200);
      expect(res.body).to.have.keys('conversationId', 'token', 'expires_in');
      expect(res.body.conversationId).to.match(/^[A-Za-z0-9_-]{22}$/);
      expect(res.body.expires_in).to.equal(1800);
      const claims = decodeJwt(res.body.token);
      expect(claims.user).to.match(/^dl_[0-9a-f-]{36}$/);
      expect(claims.conv).to.equal(res.body.conversationId);
      expect(claims.exp).to.be.a('number');
      expect(store.convs.has(res.body.conversationId), 'nothing stored before start').to.equal(false);
    });

    it('generate accepts a user id from the body, but never a dl_ one', async function () {
      const own = await call(`${dl}/tokens/generate`, { body: { user: { id: 'resident-42', name: 'Ans' } } });
      expect(decodeJwt(own.body.token)).to.include({ user: 'resident-42', name: 'Ans' });
      const forged = await call(`${dl}/tokens/generate`, { body: { user: { id: 'dl_someone-else' } } });
      const minted = decodeJwt(forged.body.token).user;
      expect(minted).to.not.equal('dl_someone-else');
      expect(minted).to.match(/^dl_[0-9a-f-]{36}$/);
    });

    it('refresh returns a new token for the same started conversation', async function () {
      const { conv, token, user } = await startConversation();
      await new Promise((r) => setTimeout(r, 1100)); // a new iat/exp
      const res = await call(`${dl}/tokens/refresh`, { method: 'POST', token });
      expect(res.status).to.equal(200);
      expect(res.body.conversationId).to.equal(conv);
      expect(res.body.token).to.not.equal(token);
      expect(decodeJwt(res.body.token)).to.include({ conv, user });
    });

    it('refresh of a conversation never started is 404', async function () {
      const gen = await call(`${dl}/tokens/generate`, { method: 'POST' });
      const res = await call(`${dl}/tokens/refresh`, { method: 'POST', token: gen.body.token });
      expect(res.status).to.equal(404);
      expect(res.body.error.code).to.equal('NotFound');
    });

    it('no, invalid, foreign-audience or expired token is 401 with a JSON error', async function () {
      const { conv } = await startConversation();
      const none = await call(`${dl}/conversations/${conv}/activities`);
      expect(none.status).to.equal(401);
      expect(none.body).to.deep.equal({ error: { code: 'MissingToken', message: 'A token is required.' } });
      const bad = await call(`${dl}/conversations/${conv}/activities`, { token: 'not.a.jwt' });
      expect(bad.status).to.equal(401);
      expect(bad.body.error.code).to.equal('InvalidToken');
      const otherKey = jwt.sign({ user: 'dl_x', conv }, 'another-secret-0123456789', { audience: TOKEN_AUDIENCE });
      expect((await call(`${dl}/conversations/${conv}/activities`, { token: otherKey })).status).to.equal(401);
      const noAudience = jwt.sign({ user: 'dl_x', conv }, SECRET);
      expect((await call(`${dl}/conversations/${conv}/activities`, { token: noAudience })).status).to.equal(401);
      const expired = jwt.sign({ user: 'dl_x', conv, exp: Math.floor(Date.now() / 1000) - 10 }, SECRET, {
        audience: TOKEN_AUDIENCE,
      });
      const exp = await call(`${dl}/tokens/refresh`, { method: 'POST', token: expired });
      expect(exp.status).to.equal(401);
      expect(exp.body.error.code).to.equal('TokenExpired');
    });
  });

  describe('conversations', function () {
    it('POST /conversations with a generated token starts THAT conversation: 201, streamUrl, one conversationUpdate', async function () {
      const gen = await call(`${dl}/tokens/generate`, { body: { user: { id: 'r-7', name: 'Bea' } } });
      const conv = gen.body.conversationId;
      const res = await call(`${dl}/conversations`, { method: 'POST', token: gen.body.token, body: { locale: 'nl-NL' } });
      expect(res.status).to.equal(201);
      expect(res.body.conversationId).to.equal(conv);
      expect(res.body.expires_in).to.equal(1800);
      expect(decodeJwt(res.body.token)).to.include({ conv, user: 'r-7' });
      expect(res.body.streamUrl).to.match(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conv}/stream\\?t=`));
      // a second start (client retry) is absorbed by the intake's idempotency
      await call(`${dl}/conversations`, { method: 'POST', token: gen.body.token });
      const updates = store.received.filter((m) => m.externalId === conv);
      expect(updates).to.have.length(2);
      expect(updates.map((m) => m.providerMessageId)).to.deep.equal([`${conv}.start`, `${conv}.start`]);
      expect(store.convs.get(conv)!.entries).to.have.length(1);
      const m = updates[0]!;
      expect(m).to.include({ channel: 'webchat', address: 'r-7', externalId: conv, displayName: 'Bea' });
      expect(m.activity).to.deep.include({ type: 'conversationUpdate', locale: 'nl-NL' });
      expect(m.activity.membersAdded).to.deep.equal([{ id: 'r-7', name: 'Bea' }]);
      // the client never sees it
      const poll = await call(`${dl}/conversations/${conv}/activities`, { token: res.body.token });
      expect(poll.body.activities).to.deep.equal([]);
      expect(poll.body.watermark).to.equal('1');
    });

    it('POST /conversations without any Authorization mints a new conversation', async function () {
      const res = await call(`${dl}/conversations`, { method: 'POST' });
      expect(res.status).to.equal(201);
      expect(decodeJwt(res.body.token)).to.include({ conv: res.body.conversationId });
      expect(store.convs.has(res.body.conversationId)).to.equal(true);
    });

    it('uses publicUrl-less host of the request and answers CORS preflights', async function () {
      const res = await fetch(`${dl}/conversations/x/activities`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://elders.example', 'Access-Control-Request-Headers': 'authorization,x-ms-bot-agent' },
      });
      expect(res.status).to.equal(204);
      expect(res.headers.get('access-control-allow-origin')).to.equal('*');
      expect(res.headers.get('access-control-allow-headers')).to.match(/Authorization/).and.match(/x-ms-bot-agent/).and.match(/Content-Type/);
    });

    it('a token for conversation A cannot read, post to, reconnect to or stream B (403)', async function () {
      const A = await startConversation();
      const B = await startConversation();
      const read = await call(`${dl}/conversations/${B.conv}/activities`, { token: A.token });
      expect(read.status).to.equal(403);
      expect(read.body.error.code).to.equal('Forbidden');
      const post = await call(`${dl}/conversations/${B.conv}/activities`, { token: A.token, body: { type: 'message', text: 'hallo' } });
      expect(post.status).to.equal(403);
      expect((await call(`${dl}/conversations/${B.conv}`, { token: A.token })).status).to.equal(403);
      expect((await call(`${dl}/conversations/${B.conv}/upload`, { method: 'POST', token: A.token })).status).to.equal(403);
      const ticket = new URL(A.streamUrl).search;
      const wrongPath = `${A.streamUrl.split('/conversations/')[0]}/conversations/${B.conv}/stream${ticket}`;
      let err: Error | null = null;
      await StreamClient.open(wrongPath).catch((e: Error) => (err = e));
      expect(String(err)).to.contain('403');
      expect(store.received.filter((m) => m.externalId === B.conv && m.activity.type === 'message')).to.have.length(0);
    });

    it('unknown conversation is 404 (token minted but never started)', async function () {
      const gen = await call(`${dl}/tokens/generate`, { method: 'POST' });
      const conv = gen.body.conversationId;
      const post = await call(`${dl}/conversations/${conv}/activities`, { token: gen.body.token, body: { type: 'message', text: 'hoi' } });
      expect(post.status).to.equal(404);
      expect(post.body.error.code).to.equal('NotFound');
      expect((await call(`${dl}/conversations/${conv}/activities`, { token: gen.body.token })).status).to.equal(404);
      expect((await call(`${dl}/conversations/${conv}`, { token: gen.body.token })).status).to.equal(404);
    });

    it('upload is 501 with a JSON message', async function () {
      const { conv, token } = await startConversation();
      const res = await call(`${dl}/conversations/${conv}/upload?userId=x`, { method: 'POST', token });
      expect(res.status).to.equal(501);
      expect(res.body.error.code).to.equal('NotImplemented');
    });
  });

  describe('activities', function () {
    it('malformed JSON is 400, invalid activity 400, text over 10,000 characters 400, oversized body 413', async function () {
      const { conv, token } = await startConversation();
      const url = `${dl}/conversations/${conv}/activities`;
      const malformed = await call(url, { token, rawBody: '{"type":"message",' });
      expect(malformed.status).to.equal(400);
      expect(malformed.body.error.code).to.equal('BadArgument');
      expect(JSON.stringify(malformed.body)).to.not.match(/at .*\.js|stack/i);
      expect((await call(url, { token, body: { type: 'conversationUpdate' } })).status).to.equal(400);
      expect((await call(url, { token, body: { type: 'message' } })).status).to.equal(400);
      expect((await call(url, { token, body: [1, 2] })).status).to.equal(400);
      const long = await call(url, { token, body: { type: 'message', text: 'x'.repeat(10_001) } });
      expect(long.status).to.equal(400);
      expect(long.body.error.message).to.contain('10000');
      expect((await call(url, { token, body: { type: 'message', text: 'x'.repeat(10_000) } })).status).to.equal(200);
      const huge = await call(url, { token, body: { type: 'message', text: 'x', value: 'y'.repeat(200_000) } });
      expect(huge.status).to.equal(413);
      expect(huge.body.error.code).to.equal('PayloadTooLarge');
      const wm = await call(`${url}?watermark=abc`, { token });
      expect(wm.status).to.equal(400);
    });

    it('intake failure is a 5xx without details, and nothing is acknowledged', async function () {
      const { conv, token } = await startConversation();
      store.failNext = true;
      const res = await call(`${dl}/conversations/${conv}/activities`, { token, body: { type: 'message', text: 'hallo' } });
      expect(res.status).to.equal(500);
      expect(res.body).to.deep.equal({ error: { code: 'ServiceError', message: 'Something went wrong on our side. Please try again.' } });
    });

    it('POST → intake got it; the echo keeps the clientActivityID, by polling and over the WebSocket', async function () {
      const { conv, token, streamUrl, user } = await startConversation();
      const stream = await StreamClient.open(streamUrl);
      const res = await call(`${dl}/conversations/${conv}/activities`, {
        token,
        body: {
          type: 'message',
          text: 'Mijn huishoudelijke hulp komt niet meer',
          locale: 'nl-NL',
          from: { id: 'dl_forged', role: 'user' },
          attachments: [],
          channelData: { clientActivityID: 'abc123', secret: 'not passed on' },
          entities: [{ type: 'ClientCapabilities' }],
        },
      });
      expect(res.status).to.equal(200);
      expect(res.body).to.deep.equal({ id: `${conv}.abc123` });

      const got = store.received.find((m) => m.providerMessageId === `${conv}.abc123`)!;
      expect(got).to.include({ channel: 'webchat', address: user, externalId: conv });
      expect(got.activity).to.deep.equal({
        type: 'message',
        text: 'Mijn huishoudelijke hulp komt niet meer',
        locale: 'nl-NL',
        attachments: [],
        channelData: { clientActivityID: 'abc123' },
      });

      const poll = await call(`${dl}/conversations/${conv}/activities?watermark=1`, { token });
      expect(poll.body.watermark).to.equal('2');
      expect(poll.body.activities).to.have.length(1);
      const echo = poll.body.activities[0];
      expect(echo).to.deep.include({
        type: 'message',
        id: `${conv}.abc123`,
        text: 'Mijn huishoudelijke hulp komt niet meer',
        from: { id: user, role: 'user' },
        conversation: { id: conv },
        channelData: { clientActivityID: 'abc123' },
      });
      expect(Date.parse(echo.timestamp)).to.be.closeTo(Date.now(), 5000);

      await stream.until(() => stream.activities.some((x) => x.id === `${conv}.abc123`), 3000, 'echo on the stream');
      const wsEcho = stream.activities.find((x) => x.id === `${conv}.abc123`);
      expect(wsEcho.channelData).to.deep.equal({ clientActivityID: 'abc123' });
      expect(stream.frames.at(-1)!.watermark).to.equal('2');
      stream.close();
    });

    it('a retried POST with the same clientActivityID is stored once and answers the same id', async function () {
      const { conv, token } = await startConversation();
      const body = { type: 'message', text: 'nog een keer', channelData: { clientActivityID: 'retry-1' } };
      const one = await call(`${dl}/conversations/${conv}/activities`, { token, body });
      const two = await call(`${dl}/conversations/${conv}/activities`, { token, body });
      expect(one.body.id).to.equal(two.body.id);
      expect(store.convs.get(conv)!.entries.filter((e) => e.activity.type === 'message')).to.have.length(1);
    });

    it('typing is acknowledged but not handed to the intake; events are', async function () {
      const { conv, token } = await startConversation();
      const before = store.received.length;
      const typing = await call(`${dl}/conversations/${conv}/activities`, { token, body: { type: 'typing' } });
      expect(typing.status).to.equal(200);
      expect(store.received.length).to.equal(before);
      const ev = await call(`${dl}/conversations/${conv}/activities`, { token, body: { type: 'event', name: 'webchat/join', value: { x: 1 } } });
      expect(ev.status).to.equal(200);
      expect(store.received.at(-1)!.activity).to.deep.include({ type: 'event', name: 'webchat/join', value: { x: 1 } });
      // events are not shown to the client
      const poll = await call(`${dl}/conversations/${conv}/activities`, { token });
      expect(poll.body.activities).to.deep.equal([]);
    });
  });

  describe('stream', function () {
    it('pushes an outbound entry after the sender publishes, as bot or agent, without user channelData', async function () {
      const { conv, token, streamUrl, user } = await startConversation();
      const stream = await StreamClient.open(streamUrl);
      await call(`${dl}/conversations/${conv}/activities`, { token, body: { type: 'message', text: 'hallo', channelData: { clientActivityID: 'c1' } } });
      const echoId = `${conv}.c1`;
      const reply = await store.reply(a.sender, conv, {
        type: 'message',
        text: 'Dank u. Ik stel een paar vragen.',
        replyToId: echoId,
        channelData: { clientActivityID: 'c1' }, // a careless bot copying the user's channelData
        suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Ja', value: 'Ja' }] },
      } as any);
      await stream.until(() => stream.activities.some((x) => x.id === reply.id), 3000, 'bot reply');
      const bot = stream.activities.find((x) => x.id === reply.id);
      expect(bot).to.deep.include({
        type: 'message',
        text: 'Dank u. Ik stel een paar vragen.',
        replyToId: echoId,
        from: { id: 'bot', name: 'Digitale assistent', role: 'bot' },
        conversation: { id: conv },
      });
      expect(bot.suggestedActions.actions[0].title).to.equal('Ja');
      expect(bot).to.not.have.property('channelData');
      expect(bot.recipient).to.deep.equal({ id: user, role: 'user' });

      const agent = await store.reply(a.sender, conv, { type: 'message', text: 'Ik ben Ana.' }, { role: 'agent', name: 'Ana' });
      await stream.until(() => stream.activities.some((x) => x.id === agent.id), 3000, 'agent reply');
      expect(stream.activities.find((x) => x.id === agent.id).from).to.deep.equal({ id: 'bot', name: 'Ana', role: 'bot' });
      // no activity twice, watermark increasing
      const ids = stream.activities.map((x) => x.id);
      expect(new Set(ids).size).to.equal(ids.length);
      const wms = stream.frames.map((f) => Number(f.watermark));
      expect(wms).to.deep.equal([...wms].sort((x, y) => x - y));
      stream.close();
    });

    it('fans out across instances: socket on instance B gets what instance A stored', async function () {
      const { conv, token } = await startConversation();
      const re = await call(`${b.url}/v3/directline/conversations/${conv}?watermark=1`, { token });
      expect(re.status).to.equal(200);
      const stream = await StreamClient.open(re.body.streamUrl);
      await call(`${dl}/conversations/${conv}/activities`, { token, body: { type: 'message', text: 'via A', channelData: { clientActivityID: 'x1' } } });
      await stream.until(() => stream.activities.some((x) => x.id === `${conv}.x1`), 3000, 'echo via B');
      stream.close();
    });

    it('replays after the watermark on reconnect (GET /conversations/:id gives a fresh streamUrl)', async function () {
      const { conv, token, streamUrl } = await startConversation();
      for (const n of [1, 2, 3]) {
        await call(`${dl}/conversations/${conv}/activities`, { token, body: { type: 'message', text: `bericht ${n}`, channelData: { clientActivityID: `m${n}` } } });
      }
      const first = await StreamClient.open(streamUrl);
      await first.until(() => first.activities.length === 3, 3000, 'history');
      expect(first.activities.map((x) => x.text)).to.deep.equal(['bericht 1', 'bericht 2', 'bericht 3']);
      expect(first.frames.at(-1)!.watermark).to.equal('4');
      first.close();
      await store.reply(a.sender, conv, { type: 'message', text: 'antwoord terwijl weg' });

      // the same ticket cannot be used twice
      let reused: Error | null = null;
      await StreamClient.open(streamUrl).catch((e: Error) => (reused = e));
      expect(String(reused)).to.contain('401');

      const re = await call(`${dl}/conversations/${conv}?watermark=3`, { token });
      expect(re.status).to.equal(200);
      expect(re.body.conversationId).to.equal(conv);
      expect(re.body.streamUrl).to.not.equal(streamUrl);
      const second = await StreamClient.open(re.body.streamUrl);
      await second.until(() => second.activities.length >= 2, 3000, 'replay after watermark 3');
      await new Promise((r) => setTimeout(r, 100));
      expect(second.activities.map((x) => x.text)).to.deep.equal(['bericht 3', 'antwoord terwijl weg']);
      second.close();
    });

    it('one socket per conversation: a newer socket closes the older one, also on another instance', async function () {
      const { conv, token, streamUrl } = await startConversation();
      const older = await StreamClient.open(streamUrl);
      const re = await call(`${b.url}/v3/directline/conversations/${conv}`, { token });
      const newer = await StreamClient.open(re.body.streamUrl);
      await older.until(() => older.closeCode !== null, 3000, 'older socket closed');
      expect(older.closeCode).to.equal(4001);
      expect(newer.ws.readyState).to.equal(WebSocket.OPEN);
      newer.close();
    });

    it('sends empty keepalive frames and ignores the client\'s "" keepalives', async function () {
      const { streamUrl } = await startConversation();
      const s = await StreamClient.open(streamUrl);
      s.ws.send('');
      s.ws.send('anything');
      await waitFor(() => s.empty.length > 0, 2500, 'keepalive frame');
      expect(s.ws.readyState).to.equal(WebSocket.OPEN);
      s.close();
    });

    it('refuses a stream without a valid ticket (401)', async function () {
      const { conv } = await startConversation();
      let err: Error | null = null;
      await StreamClient.open(`${a.url.replace('http', 'ws')}/v3/directline/conversations/${conv}/stream?t=nope`).catch(
        (e: Error) => (err = e),
      );
      expect(String(err)).to.contain('401');
    });
  });

  describe('configuration and privacy', function () {
    it('builds wss stream URLs from publicUrl and logs ids only, never text or user ids', async function () {
      const logLines: string[] = [];
      const c = await startServer(store, redis, { publicUrl: () => 'https://chat.example.org/', logLines });
      try {
        const base = `${c.url}/v3/directline`;
        const gen = await call(`${base}/tokens/generate`, { body: { user: { id: 'resident-secret-id', name: 'Geheime Naam' } } });
        const started = await call(`${base}/conversations`, { method: 'POST', token: gen.body.token });
        const conv = gen.body.conversationId;
        expect(started.body.streamUrl).to.match(new RegExp(`^wss://chat\\.example\\.org/v3/directline/conversations/${conv}/stream\\?t=`));
        await call(`${base}/conversations/${conv}/activities`, { token: started.body.token, body: { type: 'message', text: 'mijn BSN is 123456782' } });
        store.failNext = true;
        await call(`${base}/conversations/${conv}/activities`, { token: started.body.token, body: { type: 'message', text: 'mijn BSN is 123456782' } });
        const log = logLines.join('');
        expect(log).to.contain(conv);
        const failed = logLines.find((l) => l.includes('webchat request failed'));
        expect(failed, 'the failure is logged').to.be.a('string');
        expect(JSON.parse(failed!)).to.deep.include({ conv, err: { type: 'Error', message: 'store down' } });
        expect(log).to.not.contain('123456782');
        expect(log).to.not.contain('resident-secret-id');
        expect(log).to.not.contain('Geheime Naam');
        expect(log).to.not.contain(gen.body.token);
      } finally {
        await c.close();
      }
    });
  });
});
