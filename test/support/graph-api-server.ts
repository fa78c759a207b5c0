/**
 * Test support for the WhatsApp channel, for unit and end-to-end tests alike.
 *
 * 1. {@link startGraphApiServer} — a real local HTTP server shaped like the Meta Graph API
 *    (`POST /{version}/{phone-number-id}/messages`): checks the bearer token, validates bodies
 *    like Meta does (button/list limits …), records requests, can be told to fail.
 * 2. {@link signedWebhook} — a webhook body + headers with a correct `X-Hub-Signature-256`,
 *    serialised the way Meta does (non-ASCII, `/` and `@` escaped), for `POST /api/whatsapp/webhook`.
 * 3. Builders for realistic Cloud API webhook payloads (`wa…` functions) with invented data
 *    only: wa_id 31600000001, profile name "Test Inwoner", phone_number_id 100000000000001.
 *
 * Example (end-to-end):
 * ```ts
 * const graph = await startGraphApiServer();           // WHATSAPP_GRAPH_URL = graph.url
 * const { body, headers } = signedWebhook(APP_SECRET, waWebhook({ messages: [waText('Mijn pgb is niet betaald')] }));
 * await fetch(`${base}/api/whatsapp/webhook`, { method: 'POST', body, headers });
 * const [reply] = await graph.waitFor((r) => r.length >= 1, 5000);
 * await graph.close();
 * ```
 * Shapes follow Meta's "messages webhook reference" and "Send messages" reference
 * (see /work/shared/reference/channels.md §1).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// ───────────────────────────── invented test identities ─────────────────────────────

/** WhatsApp Business Account id (entry[].id). */
export const TEST_WABA_ID = '100000000000000';
/** Business phone number id: routes webhooks, and the path segment of the send API. */
export const TEST_PHONE_NUMBER_ID = '100000000000001';
/** Business display number. */
export const TEST_DISPLAY_PHONE_NUMBER = '31850000000';
/** The resident's wa_id (also `from`). */
export const TEST_WA_ID = '31600000001';
/** The resident's WhatsApp profile name. */
export const TEST_PROFILE_NAME = 'Test Inwoner';
/** Access token the fake Graph API accepts by default. */
export const TEST_ACCESS_TOKEN = 'test-access-token';

// ───────────────────────────── the fake Graph API ─────────────────────────────

/** One request the fake Graph API received (also the refused ones). */
export interface GraphRequest {
  /** API version from the path, e.g. `v21.0`. */
  version: string;
  /** Phone number id from the path. */
  phoneNumberId: string;
  /** The parsed JSON body (or the raw string when it was not JSON). */
  body: any;
  /** The `Authorization` header as sent. */
  authorization: string | undefined;
  /** HTTP status the fake answered with. */
  status: number;
  /** wamid returned for an accepted message (undefined otherwise). */
  wamid?: string;
  /** The JSON (or text) the fake answered with, e.g. `{messages:[{id}]}` or a Graph error. */
  response?: any;
  at: Date;
}

/** How {@link GraphApiServer.failNext} makes requests fail. */
export interface GraphFailure {
  /** HTTP status, default 400. */
  status?: number;
  /** Graph error code, e.g. 131047, 130429, 131026, 100. Omit with `raw` for a non-JSON error. */
  code?: number;
  message?: string;
  subcode?: number;
  /** Send this text instead of a Graph error body (e.g. a proxy's HTML error page). */
  raw?: string;
}

export interface GraphApiServer {
  /** Base URL, e.g. `http://127.0.0.1:43123` — use as `graphUrl` / WHATSAPP_GRAPH_URL. */
  readonly url: string;
  /** The bearer token it accepts. */
  readonly accessToken: string;
  /** Every request to `/{version}/{id}/messages`, oldest first (failed ones too). */
  readonly received: GraphRequest[];
  /** Requests it accepted with 200 (messages and mark-as-read). */
  accepted(): GraphRequest[];
  /** Make the next `n` requests (after the token check) fail as described. */
  failNext(n: number, failure: GraphFailure): void;
  /**
   * Resolve with `received` once `predicate(received)` is true (checked now and after every
   * request); reject after `timeoutMs` (default 2000) with an error saying how many arrived.
   */
  waitFor(predicate: (received: GraphRequest[]) => boolean, timeoutMs?: number): Promise<GraphRequest[]>;
  /**
   * Before answering the next accepted message, run `fn(wamid)` (e.g. post a status webhook for
   * that wamid, as Meta sometimes does before the send API's response arrives).
   */
  beforeNextAccept(fn: (wamid: string) => Promise<void>): void;
  /**
   * Accept the next `n` messages (they count as sent, and their statuses go out) but hold the
   * HTTP answer for `ms`: with a shorter client timeout the sender never learns the outcome.
   * `cutOff`: send the 200 status line and a few bytes of the body at once, then stall `ms` and
   * drop the connection (an answer that arrives but cannot be read).
   */
  acceptSlowly(n: number, ms: number, opts?: { cutOff?: boolean }): void;
  /**
   * Behave like Meta's webhooks: after every accepted message, POST a signed `sent` status
   * (echoing `biz_opaque_callback_data`) to `url`, retrying with backoff (max 2 s apart) until it
   * gets a 2xx or the server closes. Statuses in flight: {@link GraphApiServer.statusesPending}.
   * `null` stops sending statuses for messages accepted from then on.
   */
  sendStatusesTo(target: { url: string; appSecret: string; delayMs?: number } | null): void;
  /** Status webhooks not yet acknowledged by the service. */
  statusesPending(): number;
  /** Forget recorded requests and pending failures. */
  reset(): void;
  close(): Promise<void>;
}

/** A Graph-shaped error body: `{error:{message,type,code,error_subcode?,error_data?,fbtrace_id}}`. */
export function graphError(code: number, message: string, details?: string, subcode?: number): { error: Record<string, unknown> } {
  return {
    error: {
      message,
      type: 'OAuthException',
      code,
      ...(subcode !== undefined ? { error_subcode: subcode } : {}),
      ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}),
      fbtrace_id: 'A' + randomBytes(8).toString('hex'),
    },
  };
}

const len = (s: unknown): number => (typeof s === 'string' ? Array.from(s).length : -1);
const isStr = (s: unknown, min: number, max: number): boolean => len(s) >= min && len(s) <= max;

/**
 * Validate a send body like the Cloud API does. Limits: text ≤ 4096; reply buttons 1–3, id ≤ 256,
 * title ≤ 20, unique, body ≤ 1024; list body ≤ 4096, button ≤ 20, sections ≤ 10, rows ≤ 10 in
 * total, row id ≤ 200, title ≤ 24, description ≤ 72, section title ≤ 24 (required when > 1).
 * @returns null when valid, else the `details` text Meta would give (served as code 100)
 */
export function validateSendBody(b: any): string | null {
  if (!b || typeof b !== 'object') return 'Body must be a JSON object';
  if (b.messaging_product !== 'whatsapp') return 'The parameter messaging_product is required.';
  if (b.status === 'read') return isStr(b.message_id, 1, 1000) ? null : 'The parameter message_id is required.';
  if (!isStr(b.to, 1, 64)) return 'The parameter to is required.';
  if (b.recipient_type !== undefined && b.recipient_type !== 'individual') return 'Invalid recipient_type';
  if (b.biz_opaque_callback_data !== undefined && !isStr(b.biz_opaque_callback_data, 0, 512)) return 'biz_opaque_callback_data must be a string of at most 512 characters';
  switch (b.type) {
    case 'text':
      return isStr(b.text?.body, 1, 4096) ? null : 'text.body must be 1-4096 characters';
    case 'template':
      return isStr(b.template?.name, 1, 512) && isStr(b.template?.language?.code, 2, 15)
        ? null
        : 'template.name and template.language.code are required';
    case 'image':
    case 'audio':
    case 'video':
    case 'document':
    case 'sticker':
      return b[b.type]?.id || b[b.type]?.link ? null : `${b.type}.id or ${b.type}.link is required`;
    case 'interactive':
      return validateInteractive(b.interactive);
    default:
      return `Unsupported message type: ${String(b.type)}`;
  }
}

function validateInteractive(i: any): string | null {
  if (!i || typeof i !== 'object') return 'interactive is required';
  if (i.type === 'button') {
    if (!isStr(i.body?.text, 1, 1024)) return 'interactive.body.text must be 1-1024 characters';
    const buttons = i.action?.buttons;
    if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) return 'action.buttons must have 1-3 items';
    for (const btn of buttons) {
      if (btn?.type !== 'reply') return 'button type must be reply';
      if (!isStr(btn.reply?.id, 1, 256)) return 'Button id length invalid. Min length: 1, Max length: 256';
      if (!isStr(btn.reply?.title, 1, 20)) return 'Button title length invalid. Min length: 1, Max length: 20';
    }
    if (new Set(buttons.map((x: any) => x.reply.id)).size !== buttons.length) return 'Button ids must be unique';
    if (new Set(buttons.map((x: any) => x.reply.title)).size !== buttons.length) return 'Button titles must be unique';
    return null;
  }
  if (i.type === 'list') {
    if (!isStr(i.body?.text, 1, 4096)) return 'interactive.body.text must be 1-4096 characters';
    if (!isStr(i.action?.button, 1, 20)) return 'action.button must be 1-20 characters';
    const sections = i.action?.sections;
    if (!Array.isArray(sections) || sections.length < 1 || sections.length > 10) return 'action.sections must have 1-10 items';
    let rows = 0;
    const ids = new Set<string>();
    for (const s of sections) {
      if (sections.length > 1 && !isStr(s?.title, 1, 24)) return 'section title required (1-24 characters) with several sections';
      if (s?.title !== undefined && !isStr(s.title, 1, 24)) return 'section title must be 1-24 characters';
      if (!Array.isArray(s?.rows) || s.rows.length < 1) return 'each section needs rows';
      for (const r of s.rows) {
        rows++;
        if (!isStr(r?.id, 1, 200)) return 'Row id length invalid. Max length: 200';
        if (!isStr(r?.title, 1, 24)) return 'Row title length invalid. Max length: 24';
        if (r.description !== undefined && !isStr(r.description, 0, 72)) return 'Row description length invalid. Max length: 72';
        if (ids.has(r.id)) return 'Row ids must be unique';
        ids.add(r.id);
      }
    }
    return rows <= 10 ? null : 'At most 10 rows in total';
  }
  return `Unsupported interactive type: ${String(i.type)}`;
}

/** A wamid shaped like Meta's (base64 with `=`/`+`/`/`), random. */
export function newWamid(): string {
  return 'wamid.' + randomBytes(30).toString('base64');
}

/**
 * Start the fake Graph API on 127.0.0.1 with a free port.
 *
 * `POST /{version}/{phoneNumberId}/messages`:
 * - wrong/missing `Authorization: Bearer <accessToken>` → 401 Graph error code 190;
 * - a pending {@link GraphApiServer.failNext} failure → that status and Graph error;
 * - invalid body ({@link validateSendBody}) → 400 Graph error code 100 with `error_data.details`;
 * - `{status:'read', message_id}` → 200 `{success:true}`;
 * - else 200 `{messaging_product:'whatsapp', contacts:[{input,wa_id}], messages:[{id:'wamid.…'}]}`.
 * Any other path → 404 Graph error code 2500.
 * @param opts.accessToken token to accept (default {@link TEST_ACCESS_TOKEN})
 */
export async function startGraphApiServer(opts: { accessToken?: string } = {}): Promise<GraphApiServer> {
  const accessToken = opts.accessToken ?? TEST_ACCESS_TOKEN;
  const received: GraphRequest[] = [];
  const failures: GraphFailure[] = [];
  const acceptHooks: Array<(wamid: string) => Promise<void>> = [];
  const waiters = new Set<() => void>();
  const slow: Array<{ ms: number; cutOff: boolean }> = [];
  let statusTarget: { url: string; appSecret: string; delayMs?: number } | null = null;
  let pendingStatuses = 0;
  let closed = false;

  /** POST a `sent` status for an accepted message until the service acknowledges it. */
  const postStatus = async (wamid: string, body: any): Promise<void> => {
    const target = statusTarget!;
    pendingStatuses += 1;
    try {
      await new Promise((r) => setTimeout(r, target.delayMs ?? 20));
      const status = { ...waStatus(wamid, 'sent', { recipientId: String(body.to) }), ...(typeof body.biz_opaque_callback_data === 'string' ? { biz_opaque_callback_data: body.biz_opaque_callback_data } : {}) };
      const { body: payload, headers } = signedWebhook(target.appSecret, waWebhook({ statuses: [status] }));
      for (let delay = 100; !closed; delay = Math.min(delay * 2, 2000)) {
        try {
          const res = await fetch(target.url, { method: 'POST', body: payload, headers, signal: AbortSignal.timeout(10_000) });
          await res.arrayBuffer().catch(() => undefined);
          if (res.ok) return;
        } catch {
          // the service is down: Meta keeps retrying
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    } finally {
      pendingStatuses -= 1;
    }
  };

  const reply = (res: ServerResponse, status: number, body: unknown): void => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const m = /^\/(v\d+\.\d+)\/([^/]+)\/messages$/.exec(path);
    if (req.method !== 'POST' || !m) {
      reply(res, 404, graphError(2500, 'Unknown path components: ' + path));
      return;
    }
    let body: any = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // keep raw
    }
    const record: GraphRequest = {
      version: m[1]!,
      phoneNumberId: decodeURIComponent(m[2]!),
      body,
      authorization: req.headers.authorization,
      status: 0,
      at: new Date(),
    };
    const answer = (status: number, out: unknown): void => {
      record.status = status;
      record.response = out;
      received.push(record);
      reply(res, status, out);
      for (const w of [...waiters]) w();
    };

    if (req.headers.authorization !== `Bearer ${accessToken}`) {
      answer(401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
      return;
    }
    const failure = failures.shift();
    if (failure) {
      const status = failure.status ?? 400;
      answer(status, failure.raw ?? graphError(failure.code ?? 131000, failure.message ?? 'Simulated failure', failure.message, failure.subcode));
      return;
    }
    const invalid = validateSendBody(body);
    if (invalid) {
      answer(400, graphError(100, '(#100) Invalid parameter', invalid));
      return;
    }
    if (body.status === 'read') {
      answer(200, { success: true });
      return;
    }
    record.wamid = newWamid();
    const hook = acceptHooks.shift();
    if (hook) await hook(record.wamid);
    if (statusTarget) void postStatus(record.wamid, body);
    const hold = slow.shift();
    if (hold?.cutOff) {
      record.status = 200;
      received.push(record);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
      res.write('{"mess');
      for (const w of [...waiters]) w();
      await new Promise((r) => setTimeout(r, hold.ms));
      res.destroy();
      return;
    }
    if (hold) await new Promise((r) => setTimeout(r, hold.ms));
    answer(200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: record.wamid }] });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => reply(res, 500, graphError(1, 'An unknown error occurred')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accessToken,
    received,
    accepted: () => received.filter((r) => r.status === 200),
    failNext(n, failure) {
      for (let i = 0; i < n; i++) failures.push(failure);
    },
    waitFor(predicate, timeoutMs = 2000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (!predicate(received)) return;
          cleanup();
          resolve(received);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`graph-api-server: condition not met within ${timeoutMs} ms (${received.length} requests received)`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    beforeNextAccept(fn) {
      acceptHooks.push(fn);
    },
    acceptSlowly(n, ms, opts) {
      for (let i = 0; i < n; i++) slow.push({ ms, cutOff: Boolean(opts?.cutOff) });
    },
    sendStatusesTo(target) {
      statusTarget = target;
    },
    statusesPending: () => pendingStatuses,
    reset() {
      received.length = 0;
      failures.length = 0;
      slow.length = 0;
    },
    close() {
      closed = true;
      return new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}

// ───────────────────────────── signed webhooks ─────────────────────────────

/**
 * Serialise like Meta: JSON with non-ASCII characters as `\uXXXX`, `/` as `\/` and `@` as
 * `\u0040`. The result differs byte-wise from `JSON.stringify`, so a handler that re-serialises
 * the parsed body before checking the signature fails — exactly Meta's pitfall.
 */
export function metaJson(payload: unknown): string {
  return JSON.stringify(payload)
    .replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
    .replace(/\//g, '\\/')
    .replace(/@/g, '\\u0040');
}

/**
 * A webhook POST as Meta would send it.
 * @param appSecret the app secret the router under test was given
 * @param payload   an object (serialised with {@link metaJson}) or an exact body string
 * @returns `body` (string, the signed bytes) and `headers` (`content-type`,
 *          `x-hub-signature-256: sha256=<hex HMAC-SHA256(appSecret, body)>`) for `fetch`
 */
export function signedWebhook(appSecret: string, payload: unknown): { body: string; headers: Record<string, string> } {
  const body = typeof payload === 'string' ? payload : metaJson(payload);
  const signature = 'sha256=' + createHmac('sha256', appSecret).update(body, 'utf8').digest('hex');
  return {
    body,
    headers: { 'content-type': 'application/json', 'user-agent': 'facebookexternalua', 'x-hub-signature-256': signature },
  };
}

// ───────────────────────────── payload builders ─────────────────────────────

/** A Cloud API inbound message object (`value.messages[]`). */
export type WaMessage = { id: string; from: string; timestamp: string; type: string } & Record<string, unknown>;
/** A Cloud API status object (`value.statuses[]`). */
export type WaStatus = { id: string; status: string; timestamp: string; recipient_id: string } & Record<string, unknown>;

/** Options common to every message builder. */
export interface WaMessageOptions {
  /** Sender wa_id, default {@link TEST_WA_ID}. */
  from?: string;
  /** wamid, default a new random one. */
  id?: string;
  /** When sent: a Date or Unix seconds; default now. */
  timestamp?: Date | number;
  /** The quoted message / the message whose button was tapped. */
  context?: { id: string; from?: string };
}

function unix(t: Date | number | undefined): string {
  if (t === undefined) return String(Math.floor(Date.now() / 1000));
  return String(typeof t === 'number' ? Math.floor(t) : Math.floor(t.getTime() / 1000));
}

function message(type: string, content: Record<string, unknown>, o: WaMessageOptions = {}): WaMessage {
  return {
    from: o.from ?? TEST_WA_ID,
    id: o.id ?? newWamid(),
    timestamp: unix(o.timestamp),
    ...(o.context ? { context: { from: TEST_DISPLAY_PHONE_NUMBER, ...o.context } } : {}),
    type,
    ...content,
  };
}

const fakeSha = (): string => randomBytes(32).toString('base64');
const fakeMediaId = (): string => String(1_000_000_000_000_000n + BigInt(randomBytes(6).readUIntBE(0, 6)));

/** `type: "text"` with `text.body`. */
export function waText(body: string, o?: WaMessageOptions): WaMessage {
  return message('text', { text: { body } }, o);
}

/** A voice note: `type: "audio"`, `audio {mime_type "audio/ogg; codecs=opus", sha256, id, voice: true}`. */
export function waVoiceNote(o?: WaMessageOptions & { mediaId?: string }): WaMessage {
  return message('audio', { audio: { mime_type: 'audio/ogg; codecs=opus', sha256: fakeSha(), id: o?.mediaId ?? fakeMediaId(), voice: true } }, o);
}

/** `type: "image"`, `image {mime_type "image/jpeg", sha256, id, caption?}`. */
export function waImage(o?: WaMessageOptions & { caption?: string; mediaId?: string }): WaMessage {
  return message(
    'image',
    { image: { ...(o?.caption !== undefined ? { caption: o.caption } : {}), mime_type: 'image/jpeg', sha256: fakeSha(), id: o?.mediaId ?? fakeMediaId() } },
    o,
  );
}

/** `type: "document"`, `document {filename, mime_type, sha256, id, caption?}`; default a PDF "beschikking.pdf". */
export function waDocument(o?: WaMessageOptions & { filename?: string; mimeType?: string; caption?: string; mediaId?: string }): WaMessage {
  return message(
    'document',
    {
      document: {
        ...(o?.caption !== undefined ? { caption: o.caption } : {}),
        filename: o?.filename ?? 'beschikking.pdf',
        mime_type: o?.mimeType ?? 'application/pdf',
        sha256: fakeSha(),
        id: o?.mediaId ?? fakeMediaId(),
      },
    },
    o,
  );
}

/** `type: "location"`, `location {latitude, longitude, name?, address?}`; default a made-up spot in Utrecht. */
export function waLocation(
  o?: WaMessageOptions & { latitude?: number; longitude?: number; name?: string; address?: string },
): WaMessage {
  return message(
    'location',
    {
      location: {
        latitude: o?.latitude ?? 52.0907,
        longitude: o?.longitude ?? 5.1214,
        name: o?.name ?? 'Wijkcentrum Test',
        address: o?.address ?? 'Teststraat 1, 3511 AA Utrecht',
      },
    },
    o,
  );
}

/** A tapped reply button: `type: "interactive"`, `interactive {type "button_reply", button_reply {id, title}}`. */
export function waButtonReply(id: string, title: string, o?: WaMessageOptions): WaMessage {
  return message('interactive', { interactive: { type: 'button_reply', button_reply: { id, title } } }, o);
}

/** A chosen list row: `interactive {type "list_reply", list_reply {id, title, description?}}`. */
export function waListReply(id: string, title: string, description?: string, o?: WaMessageOptions): WaMessage {
  return message(
    'interactive',
    { interactive: { type: 'list_reply', list_reply: { id, title, ...(description !== undefined ? { description } : {}) } } },
    o,
  );
}

/** A quick-reply button on a template: `type: "button"`, `button {text, payload}`. */
export function waTemplateButton(text: string, payload: string, o?: WaMessageOptions): WaMessage {
  return message('button', { button: { text, payload } }, o);
}

/** `type: "reaction"`, `reaction {message_id, emoji?}` (no emoji = reaction removed). */
export function waReaction(messageId: string, emoji?: string, o?: WaMessageOptions): WaMessage {
  return message('reaction', { reaction: { message_id: messageId, ...(emoji !== undefined ? { emoji } : {}) } }, o);
}

/** `type: "unsupported"` with `unsupported.type` (default `poll_creation`) and error 131051. */
export function waUnsupported(o?: WaMessageOptions & { unsupportedType?: string }): WaMessage {
  return message(
    'unsupported',
    {
      unsupported: { type: o?.unsupportedType ?? 'poll_creation' },
      errors: [
        { code: 131051, title: 'Message type unknown', message: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } },
      ],
    },
    o,
  );
}

/** A status callback: `{id, status, timestamp, recipient_id, conversation?, pricing?}`. */
export function waStatus(
  wamid: string,
  status: 'sent' | 'delivered' | 'read' | 'failed',
  o?: { recipientId?: string; timestamp?: Date | number; errors?: Array<Record<string, unknown>> },
): WaStatus {
  return {
    id: wamid,
    status,
    timestamp: unix(o?.timestamp),
    recipient_id: o?.recipientId ?? TEST_WA_ID,
    ...(status === 'sent' || status === 'delivered'
      ? {
          conversation: { id: randomBytes(16).toString('hex'), origin: { type: 'service' } },
          pricing: { billable: false, pricing_model: 'PMP', category: 'service' },
        }
      : {}),
    ...(o?.errors ? { errors: o.errors } : {}),
  };
}

/**
 * A `failed` status; default error 131047 "Re-engagement message" (24-hour window closed).
 * @param code  Graph error code; title for 131047/131026 is filled in, else `title`
 */
export function waFailedStatus(wamid: string, code = 131047, title?: string, o?: { recipientId?: string; timestamp?: Date | number }): WaStatus {
  const titles: Record<number, string> = { 131047: 'Re-engagement message', 131026: 'Message undeliverable' };
  const t = title ?? titles[code] ?? 'Failure';
  return waStatus(wamid, 'failed', {
    ...o,
    errors: [{ code, title: t, message: t, error_data: { details: t } }],
  });
}

/**
 * Wrap messages/statuses in the webhook envelope:
 * `{object:"whatsapp_business_account", entry:[{id, changes:[{field:"messages", value:{messaging_product,
 * metadata:{display_phone_number, phone_number_id}, contacts?, messages?, statuses?, errors?}}]}]}`.
 * `contacts` defaults to one `{profile:{name: profileName}, wa_id}` per distinct message sender.
 */
export function waWebhook(p: {
  messages?: WaMessage[];
  statuses?: WaStatus[];
  errors?: Array<Record<string, unknown>>;
  contacts?: Array<{ wa_id: string; profile?: { name?: string } }>;
  phoneNumberId?: string;
  displayPhoneNumber?: string;
  /** Profile name for the default contacts, default {@link TEST_PROFILE_NAME}. */
  profileName?: string;
}): Record<string, unknown> {
  const senders = [...new Set((p.messages ?? []).map((m) => m.from))];
  const contacts = p.contacts ?? senders.map((wa_id) => ({ profile: { name: p.profileName ?? TEST_PROFILE_NAME }, wa_id }));
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: TEST_WABA_ID,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: p.displayPhoneNumber ?? TEST_DISPLAY_PHONE_NUMBER,
                phone_number_id: p.phoneNumberId ?? TEST_PHONE_NUMBER_ID,
              },
              ...(contacts.length ? { contacts } : {}),
              ...(p.messages ? { messages: p.messages } : {}),
              ...(p.statuses ? { statuses: p.statuses } : {}),
              ...(p.errors ? { errors: p.errors } : {}),
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
}
