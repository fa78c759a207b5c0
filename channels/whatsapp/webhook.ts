import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { z } from 'zod';
import type { Logger } from '../../src/logger.js';
import type { IntakeSink, StatusSink } from '../contract.js';
import { normaliseMessage, normaliseStatus } from './normalise.js';
import { messagesValueSchema, WABA_OBJECT, webhookEnvelopeSchema, type MessagesValue } from './payload.js';

/** Default largest accepted webhook body: Meta batches up to ~3 MB (channels.md §1 Retries). */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface WhatsAppRouterDeps {
  /** The verify token entered in App Dashboard → WhatsApp → Configuration. */
  verifyToken: string;
  /** The Meta app secret; keys the `X-Hub-Signature-256` HMAC. */
  appSecret: string;
  intake: IntakeSink;
  statuses: StatusSink;
  logger: Logger;
  /** Largest accepted POST body in bytes; larger bodies get 413. Default {@link DEFAULT_MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
}

/** Error codes of the JSON error body `{ error: { code, message } }`. */
export type WebhookErrorCode =
  | 'forbidden'
  | 'missing_challenge'
  | 'bad_signature'
  | 'malformed_json'
  | 'invalid_payload'
  | 'payload_too_large'
  | 'bad_request'
  | 'raw_body_unavailable'
  | 'intake_failed';

function sendError(res: Response, status: number, code: WebhookErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Constant-time string equality that does not leak the length either (both sides hashed). */
function safeEqualStrings(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a, 'utf8').digest();
  const hb = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(ha, hb);
}

/**
 * Check `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(appSecret, raw body)>` in constant time.
 * Source: channels.md §1 "Signature" — HMAC over the exact bytes received, never re-serialised.
 * @returns true only for a present, well-formed and matching header
 */
export function verifySignature(appSecret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]!.toLowerCase(), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function firstQuery(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Issue list for a 400: paths and messages only, never values (they may hold personal data). */
function describeIssues(issues: z.core.$ZodIssue[], prefix: PropertyKey[] = []): string {
  return issues
    .slice(0, 5)
    .map((i) => `${[...prefix, ...i.path].map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * The WhatsApp Cloud API webhook, to be mounted at `/api/whatsapp` BEFORE any global body
 * parser (the signature is computed over the raw bytes).
 *
 * - `GET /webhook` — Meta's verification handshake: `hub.mode=subscribe` and a `hub.verify_token`
 *   equal (constant time) to `verifyToken` → 200 `text/plain` with `hub.challenge`; otherwise
 *   403 JSON (`forbidden`), or 400 (`missing_challenge`) when the challenge is absent.
 * - `POST /webhook` — raw body up to `maxBodyBytes` (413 `payload_too_large`), signature check
 *   (401 `bad_signature` for a missing or wrong `X-Hub-Signature-256`), JSON parse (400
 *   `malformed_json`), shape check (400 `invalid_payload`, unknown extra fields allowed). Objects
 *   other than `whatsapp_business_account` and changes of fields other than `messages` get 200
 *   and are ignored. Every message is normalised and handed to `intake.receive`, in order, and
 *   every status (`sent`/`delivered`/`read`/`failed`) to `statuses.updateStatus`. The reply is
 *   200 only after all of them resolved; on the first failure processing stops and the reply
 *   is 500 (`intake_failed`) so Meta retries the whole batch — the intake's idempotency on the
 *   wamid absorbs what was already stored, and stopping keeps a conversation's order.
 *
 * Error bodies are `{ "error": { "code", "message" } }`, never a stack trace. Logs carry only
 * wamids, phone_number_id and counts — never text, wa_id or names.
 */
export function createWhatsAppRouter(deps: WhatsAppRouterDeps): express.Router {
  const { verifyToken, appSecret, intake, statuses } = deps;
  const log = deps.logger.child({ channel: 'whatsapp' });
  const router = express.Router();

  router.get('/webhook', (req: Request, res: Response) => {
    const mode = firstQuery(req.query['hub.mode']);
    const token = firstQuery(req.query['hub.verify_token']);
    const challenge = firstQuery(req.query['hub.challenge']);
    if (mode !== 'subscribe' || token === undefined || !safeEqualStrings(token, verifyToken)) {
      log.warn({ mode: mode === 'subscribe' ? mode : 'other' }, 'whatsapp webhook verification refused');
      sendError(res, 403, 'forbidden', 'Verification failed: wrong hub.mode or hub.verify_token.');
      return;
    }
    if (!challenge) {
      sendError(res, 400, 'missing_challenge', 'hub.challenge is missing.');
      return;
    }
    log.info('whatsapp webhook verified');
    res.status(200).type('text/plain').set('X-Content-Type-Options', 'nosniff').send(challenge);
  });

  router.post(
    '/webhook',
    express.raw({ type: () => true, limit: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }),
    async (req: Request, res: Response) => {
      if (!Buffer.isBuffer(req.body)) {
        // A body parser ran before this router: the signed bytes are gone.
        log.error('whatsapp webhook: raw body unavailable; mount the router before any JSON body parser');
        sendError(res, 500, 'raw_body_unavailable', 'The raw request body is not available.');
        return;
      }
      const raw: Buffer = req.body;
      if (!verifySignature(appSecret, raw, req.get('x-hub-signature-256'))) {
        log.warn({ hasHeader: Boolean(req.get('x-hub-signature-256')) }, 'whatsapp webhook: bad signature');
        sendError(res, 401, 'bad_signature', 'Missing or invalid X-Hub-Signature-256.');
        return;
      }

      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        sendError(res, 400, 'malformed_json', 'The body is not valid JSON.');
        return;
      }

      // Other objects (Messenger `page`, `instagram` …) have other shapes: ignore before validating.
      const object = (json as { object?: unknown } | null)?.object;
      if (typeof object === 'string' && object !== WABA_OBJECT) {
        log.debug({ object: object.slice(0, 64) }, 'whatsapp webhook: other object ignored');
        res.status(200).json({ ok: true, ignored: true });
        return;
      }
      const envelope = webhookEnvelopeSchema.safeParse(json);
      if (!envelope.success) {
        sendError(res, 400, 'invalid_payload', `Unexpected webhook shape: ${describeIssues(envelope.error.issues)}`);
        return;
      }

      // Validate everything before storing anything, so a 400 never leaves half a batch stored.
      const values: MessagesValue[] = [];
      for (const [e, entry] of envelope.data.entry.entries()) {
        for (const [c, change] of entry.changes.entries()) {
          if (change.field !== 'messages') {
            log.debug({ field: change.field.slice(0, 64) }, 'whatsapp webhook: other field ignored');
            continue;
          }
          const value = messagesValueSchema.safeParse(change.value);
          if (!value.success) {
            const where = ['entry', e, 'changes', c, 'value'];
            sendError(res, 400, 'invalid_payload', `Unexpected webhook shape: ${describeIssues(value.error.issues, where)}`);
            return;
          }
          values.push(value.data);
        }
      }

      const current: { wamid?: string } = {};
      try {
        for (const value of values) {
          const phoneNumberId = value.metadata.phone_number_id;
          for (const err of value.errors ?? []) {
            log.warn({ phone_number_id: phoneNumberId, code: err.code, title: err.title }, 'whatsapp webhook: system error');
          }
          for (const message of value.messages ?? []) {
            current.wamid = message.id;
            const receipt = await intake.receive(normaliseMessage(value, message));
            // Per message at debug only: at info level a busy webhook spends its time on log writes.
            log.debug(
              { wamid: message.id, phone_number_id: phoneNumberId, type: message.type, duplicate: receipt.duplicate },
              'whatsapp message received',
            );
          }
          for (const status of value.statuses ?? []) {
            current.wamid = status.id;
            const update = normaliseStatus(status, phoneNumberId);
            if (!update) {
              log.debug({ wamid: status.id, status: status.status.slice(0, 32) }, 'whatsapp status ignored');
              continue;
            }
            await statuses.updateStatus(update);
            log.debug({ wamid: status.id, phone_number_id: phoneNumberId, status: update.status }, 'whatsapp status recorded');
            if (update.status === 'failed') {
              log.warn({ wamid: status.id, phone_number_id: phoneNumberId, detail: update.detail }, 'whatsapp delivery failed');
            }
          }
        }
      } catch (err) {
        log.error({ wamid: current.wamid, err: errorSummary(err) }, 'whatsapp webhook: intake failed; provider will retry');
        sendError(res, 500, 'intake_failed', 'The message could not be stored; please retry.');
        return;
      }
      res.status(200).json({ ok: true });
    },
  );

  // Errors of the body parser (too large, aborted, bad encoding) and anything unexpected.
  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = (err as { status?: unknown })?.status;
    const type = (err as { type?: unknown })?.type;
    if (status === 413 || type === 'entity.too.large') {
      log.warn('whatsapp webhook: body too large');
      sendError(res, 413, 'payload_too_large', 'The request body is too large.');
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, status, 'bad_request', 'The request could not be read.');
    } else {
      log.error({ err: errorSummary(err) }, 'whatsapp webhook: unexpected error');
      sendError(res, 500, 'intake_failed', 'Unexpected error; please retry.');
    }
  });

  return router;
}

/** Name and message of an error for a log line (no stack, no payloads). */
function errorSummary(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message.slice(0, 300) } : { name: typeof err, message: '' };
}
