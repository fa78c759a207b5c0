import { STATUS_CODES } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import type { Logger } from '../../src/logger.js';
import {
  formatSendRef,
  PermanentDeliveryError,
  type ChannelSender,
  type DeliveryTarget,
  type OutboundMessage,
} from '../contract.js';
import { buildParts, choicesOf, type GraphMessagePart } from './outbound.js';

/** The customer service window: free-form messages only within 24 h of the last inbound one. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface WhatsAppSenderDeps {
  /** e.g. `https://graph.facebook.com` (no trailing slash needed). */
  graphUrl: string;
  /** e.g. `v21.0`. */
  apiVersion: string;
  /** System-user access token, sent as `Authorization: Bearer …`. */
  accessToken: string;
  /**
   * Approved template sent instead of free text outside the 24-hour window. It must take no
   * parameters and invite the resident to reply (e.g. "Er is een nieuw bericht over uw melding.
   * Stuur ons een bericht om het gesprek voort te zetten."): the reply reopens the window.
   */
  templateName: string;
  /** Template language code, e.g. `nl`. */
  templateLang: string;
  logger: Logger;
  /**
   * undici dispatcher for the Graph API requests; default a keep-alive `Agent` of this sender
   * (closed by `close()`). undici's `request` costs a quarter of the CPU of `fetch` per call.
   */
  dispatcher?: Dispatcher;
  /** Clock for the 24-hour window; defaults to `new Date()`. */
  now?: () => Date;
  /**
   * Safety margin in ms before the window end from which the template is used already, so a
   * message sent at 23:59:59 does not reach Meta after the window closed. Default 2 minutes.
   */
  windowMarginMs?: number;
  /** Per-request timeout in ms. Default 15 000. */
  timeoutMs?: number;
  /** Label of the button that opens a list (≤ 20 chars). Default `Kies`. */
  listButtonLabel?: string;
  /** Body used when a message has buttons but no text. Default `Maak een keuze:`. */
  emptyBodyText?: string;
}

/** What a send produced. Assignable to the contract's `{ providerMessageId }`. */
export interface WhatsAppSendResult {
  /** wamid of the first message sent for this outbound message. */
  providerMessageId: string;
  /**
   * `template` when the window was closed: the resident got the re-engagement template, NOT the
   * message content. The content stays in the transcript; whoever calls the sender should
   * show the agent that it is waiting for the resident's reply.
   */
  kind: 'text' | 'interactive' | 'template';
  /** Number of WhatsApp messages sent (> 1 when long text was split). */
  parts: number;
}

/** Facts of a Graph API error response (no message text, no recipient). */
export interface GraphErrorInfo {
  /** HTTP status; 0 for a network failure or timeout. */
  status: number;
  code?: number;
  subcode?: number;
  type?: string;
  fbtraceId?: string;
}

/**
 * A Graph API failure that retrying can fix (5xx, rate limits, network, token).
 * `outcomeUnknown` is true when no answer came back although the request may have reached Meta
 * (a timeout or a connection reset): Meta may have accepted the message (see
 * {@link isOutcomeUnknown} in the channel contract).
 */
export class GraphApiError extends Error {
  constructor(
    message: string,
    readonly info: GraphErrorInfo,
    readonly outcomeUnknown = false,
  ) {
    super(message);
    this.name = 'GraphApiError';
  }
}

/** A Graph API failure that retrying cannot fix; `code` is the Graph code or `http_<status>`. */
export class PermanentGraphApiError extends PermanentDeliveryError {
  constructor(
    message: string,
    readonly info: GraphErrorInfo,
  ) {
    super(message, info.code !== undefined ? String(info.code) : `http_${info.status}`);
    this.name = 'PermanentGraphApiError';
  }
}

/**
 * Graph error codes worth retrying. Sources: Cloud API "Error codes" reference; channels.md §1
 * "Rate limits". 1/2 temporary/unknown, 4/80007 app or WABA rate limit, 130429 throughput,
 * 131056 pair rate limit (~1 message per 6 s to one user), 131057 account in maintenance,
 * 131000/131016/133004 something went wrong / service unavailable.
 * 190 (access token invalid or expired) is retried on purpose: it is an operational failure,
 * not a property of the message — retries buy time to rotate the token instead of failing
 * every resident's message for good. It is logged at error level.
 */
const RETRYABLE_CODES = new Set([1, 2, 4, 17, 190, 80007, 130429, 131000, 131016, 131056, 131057, 133004]);

/**
 * Whether a Graph API failure may succeed on retry.
 * Listed retryable codes → true; any other code on a 4xx (100 invalid parameter, 131026
 * undeliverable, 131047 window closed, 131051 unsupported type, 132xxx template problems …)
 * → false; without a code: 5xx, 408, 429 and network failures (status 0) → true, other 4xx → false.
 */
export function isRetryable(info: GraphErrorInfo): boolean {
  if (info.code !== undefined && RETRYABLE_CODES.has(info.code)) return true;
  if (info.status === 0 || info.status >= 500 || info.status === 408 || info.status === 429) return true;
  return false;
}

/** Network error codes of a request that never reached Meta (nothing can have been accepted). */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** HTTP statuses after which Meta may nevertheless have accepted the message. */
const OUTCOME_UNKNOWN_STATUSES = new Set([500, 502, 504]);

/** Graph messages rarely hold personal data; mask long digit runs (phone numbers) anyway. */
function maskDigits(s: string): string {
  return s.replace(/\d{8,}/g, '[number]').slice(0, 200);
}

/** Remove WhatsApp formatting characters and line breaks from a name shown in bold. */
function plainName(name: string): string {
  return name.replace(/[*_~`\r\n]/g, '').trim().slice(0, 60);
}

export interface WhatsAppSender extends ChannelSender {
  send(target: DeliveryTarget, message: OutboundMessage, opts?: { signal?: AbortSignal }): Promise<WhatsAppSendResult>;
  /**
   * Mark an inbound message as read (blue ticks): `{status:'read', message_id}`.
   * @throws GraphApiError (retryable) or PermanentGraphApiError
   */
  markAsRead(phoneNumberId: string, wamid: string): Promise<void>;
  /** Close the sender's own connections (not an injected dispatcher). */
  close(): Promise<void>;
}

/**
 * The WhatsApp outbound side: `POST {graphUrl}/{apiVersion}/{phone_number_id}/messages`.
 *
 * `send(target, message)`:
 * - `phone_number_id` comes from `target.channelState.phone_number_id` (else the part of
 *   `target.externalId` before `:`), the recipient is `target.address` (wa_id).
 * - `message.activity.channelData.whatsappTemplate` truthy: the approved template is sent.
 * - Window (Cloud API, channels.md §1): when `target.lastInboundAt` is null or older than 24 h
 *   (minus `windowMarginMs`) by `now()`, the approved template `{name: templateName,
 *   language: {code: templateLang}}` is sent instead of the content (see
 *   {@link WhatsAppSendResult.kind}).
 * - Otherwise `activity.text` (agents: prefixed `*Name*: ` so the resident sees a person
 *   writes) with `activity.suggestedActions.actions` (imBack/postBack/messageBack) as reply
 *   buttons (1–3: titles ≤ 20, ids ≤ 256, body ≤ 1024) or a list (4–10: rows ≤ 24, button
 *   "Kies"), else plain text with a numbered list of the options.
 * - Text over 4096 characters is SPLIT at paragraph/sentence/word boundaries into several
 *   messages sent in order (chosen over truncation: nothing an agent writes is lost). The first
 *   wamid is returned. If a later part fails the error is thrown and a retry re-sends the
 *   earlier parts: rare, and a repeated part is better than a lost one.
 * - Every part carries `biz_opaque_callback_data` = `formatSendRef({messageId, part, parts})`
 *   (Cloud API "Send messages": an arbitrary string ≤ 512 characters that Meta returns in the
 *   `statuses[]` webhooks of that message), so a status can settle a send whose response was lost.
 * - Attachments on the activity are not sent (media upload is not implemented).
 *
 * @returns the first wamid, `kind` and number of parts
 * @throws PermanentGraphApiError (a {@link PermanentDeliveryError}; `code` `131047` when Meta
 *   says the window is closed, `100` for an invalid parameter, `131026` undeliverable …),
 *   PermanentDeliveryError `no_phone_number_id` / `no_recipient` / `empty_message` for an
 *   unusable target or message, or GraphApiError (retryable) for 5xx, 429, rate-limit codes
 *   130429/131056, 190 and network failures or timeouts.
 */
export function createWhatsAppSender(deps: WhatsAppSenderDeps): WhatsAppSender {
  const ownDispatcher = deps.dispatcher ? null : new Agent({ keepAliveTimeout: 30_000, connections: 64 });
  const dispatcher = deps.dispatcher ?? ownDispatcher!;
  const now = deps.now ?? (() => new Date());
  const margin = deps.windowMarginMs ?? 2 * 60 * 1000;
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const base = deps.graphUrl.replace(/\/+$/, '');
  const log = deps.logger.child({ channel: 'whatsapp' });
  const buildOpts = {
    listButtonLabel: deps.listButtonLabel ?? 'Kies',
    emptyBodyText: deps.emptyBodyText ?? 'Maak een keuze:',
  };

  /**
   * POST one body; returns the parsed JSON of a 2xx, throws classified errors otherwise.
   * @param signal aborts the request early (the caller's deadline), besides `timeoutMs`
   */
  async function post(phoneNumberId: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const url = `${base}/${deps.apiVersion}/${encodeURIComponent(phoneNumberId)}/messages`;
    let status: number;
    let json: unknown = undefined;
    let unreadable = false;
    const deadline = signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
    try {
      const res = await request(url, {
        method: 'POST',
        dispatcher,
        headers: { authorization: `Bearer ${deps.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: deadline,
      });
      status = res.statusCode;
      try {
        json = await res.body.json();
      } catch {
        // Non-JSON body (proxy error page) is classified by status below; a 2xx whose body could
        // not be read (cut off, timed out) may be an accepted message.
        unreadable = true;
        res.body.destroy();
      }
    } catch (err) {
      const reason = err instanceof Error ? err.name : 'unknown';
      // A refused connection, a failed DNS lookup or a connect timeout never reached Meta; a
      // timeout or a reset after connecting may have come after Meta accepted the message.
      const e = err as { code?: unknown; cause?: { code?: unknown } } | undefined;
      const code = typeof e?.code === 'string' ? e.code : e?.cause?.code;
      const neverSent = typeof code === 'string' && NEVER_SENT_CODES.has(code);
      throw new GraphApiError(`WhatsApp Graph API unreachable (${reason}${typeof code === 'string' ? ` ${code}` : ''})`, { status: 0 }, !neverSent);
    }
    const ok = status >= 200 && status < 300;
    if (ok && json && typeof json === 'object') return json as Record<string, unknown>;
    if (ok) {
      log.warn({ phone_number_id: phoneNumberId, status, unreadable }, 'whatsapp send: 2xx without a readable answer; outcome unknown');
      throw new GraphApiError(`WhatsApp Graph API ${status}: answer ${unreadable ? 'unreadable' : 'not an object'}`, { status }, true);
    }

    const e = (json as { error?: Record<string, unknown> } | undefined)?.error ?? {};
    const info: GraphErrorInfo = {
      status,
      code: typeof e.code === 'number' ? e.code : undefined,
      subcode: typeof e.error_subcode === 'number' ? e.error_subcode : undefined,
      type: typeof e.type === 'string' ? e.type : undefined,
      fbtraceId: typeof e.fbtrace_id === 'string' ? e.fbtrace_id : undefined,
    };
    const text = `WhatsApp Graph API ${status}${info.code !== undefined ? ` code ${info.code}` : ''}: ${
      typeof e.message === 'string' ? maskDigits(e.message) : (STATUS_CODES[status] ?? 'unexpected response')
    }`;
    const retry = isRetryable(info);
    log[info.code === 190 ? 'error' : 'warn']({ phone_number_id: phoneNumberId, ...info, retry }, 'whatsapp send failed');
    // A gateway error or an internal error may come after Meta took the message.
    throw retry ? new GraphApiError(text, info, OUTCOME_UNKNOWN_STATUSES.has(status)) : new PermanentGraphApiError(text, info);
  }

  /** POST one part; `ref` goes out as `biz_opaque_callback_data` and comes back in its statuses. */
  async function sendPart(phoneNumberId: string, to: string, part: GraphMessagePart, ref: string, signal?: AbortSignal): Promise<string> {
    const json = await post(phoneNumberId, { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...part, biz_opaque_callback_data: ref }, signal);
    const id = (json.messages as Array<{ id?: unknown }> | undefined)?.[0]?.id;
    if (typeof id !== 'string' || !id) {
      throw new GraphApiError('WhatsApp Graph API: response without messages[0].id', { status: 200 }, true);
    }
    return id;
  }

  return {
    channel: 'whatsapp',
    confirmsByStatus: true,

    async send(target, message, opts) {
      const fromState = target.channelState?.phone_number_id;
      const phoneNumberId =
        typeof fromState === 'string' && fromState ? fromState : target.externalId?.split(':')[0] || undefined;
      if (!phoneNumberId) throw new PermanentDeliveryError('WhatsApp target has no phone_number_id', 'no_phone_number_id');
      if (!target.address) throw new PermanentDeliveryError('WhatsApp target has no recipient', 'no_recipient');

      const last = target.lastInboundAt?.getTime();
      const windowOpen = last !== undefined && now().getTime() - last < SERVICE_WINDOW_MS - margin;

      let parts: GraphMessagePart[];
      let kind: WhatsAppSendResult['kind'];
      // An explicit template request (`channelData.whatsappTemplate`, an agent's "send template")
      // sends the approved template whatever the window.
      const templateRequested = Boolean((message.activity.channelData as { whatsappTemplate?: unknown } | undefined)?.whatsappTemplate);
      if (!windowOpen || templateRequested) {
        kind = 'template';
        parts = [templatePart(message.activity.channelData, deps.templateName, deps.templateLang)];
      } else {
        let text = message.activity.text ?? '';
        const name = plainName(message.senderName ?? '');
        if (message.senderRole === 'agent' && name && text.trim()) text = `*${name}*: ${text}`;
        parts = buildParts(text, choicesOf(message.activity.suggestedActions?.actions), buildOpts);
        kind = parts.some((p) => p.type === 'interactive') ? 'interactive' : 'text';
      }
      if (parts.length === 0) throw new PermanentDeliveryError('Nothing to send: empty text and no choices', 'empty_message');

      let first: string | undefined;
      for (const [i, part] of parts.entries()) {
        const id = await sendPart(phoneNumberId, target.address, part, formatSendRef({ messageId: message.id, part: i, parts: parts.length }), opts?.signal);
        first ??= id;
      }
      // Debug like every per-message line: the message row records the send (wamid, status).
      log.debug(
        { conversationId: target.conversationId, messageId: message.id, wamid: first, phone_number_id: phoneNumberId, kind, parts: parts.length },
        'whatsapp message sent',
      );
      return { providerMessageId: first!, kind, parts: parts.length };
    },

    async markAsRead(phoneNumberId, wamid) {
      await post(phoneNumberId, { messaging_product: 'whatsapp', status: 'read', message_id: wamid });
    },

    async close() {
      await ownDispatcher?.close();
    },
  };
}

/**
 * The template part to send: `channelData.whatsappTemplate` may name an approved template with
 * body parameters (`{name, parameters?, lang?}`, e.g. the follow-up question `nazorg_vraag` with
 * the case reference); `true` or anything else means the configured re-engagement template.
 */
function templatePart(channelData: unknown, defaultName: string, defaultLang: string): GraphMessagePart {
  const t = (channelData as { whatsappTemplate?: unknown } | undefined)?.whatsappTemplate as
    | { name?: unknown; parameters?: unknown; lang?: unknown }
    | undefined;
  if (t && typeof t === 'object' && typeof t.name === 'string' && t.name) {
    const params = Array.isArray(t.parameters) ? t.parameters.filter((p): p is string => typeof p === 'string') : [];
    return {
      type: 'template',
      template: {
        name: t.name,
        language: { code: typeof t.lang === 'string' && t.lang ? t.lang : defaultLang },
        ...(params.length ? { components: [{ type: 'body' as const, parameters: params.map((text) => ({ type: 'text' as const, text })) }] } : {}),
      },
    };
  }
  return { type: 'template', template: { name: defaultName, language: { code: defaultLang } } };
}
