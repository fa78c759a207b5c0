import type Bull from 'bull';
import {
  isOutcomeUnknown,
  parseSendRef,
  PermanentDeliveryError,
  type ChannelId,
  type ChannelSender,
  type DeliveryStatusUpdate,
  type StatusSink,
} from '../channels/contract.js';
import type { ConsoleEvents, DeliveryPort } from './handoff.js';
import type { Logger } from './logger.js';
import type { MessageStore } from './store/messages.js';
import { withTimeout } from './util/sanitize.js';
import { isTemplateRequest, serviceWindow } from './window.js';

/** Status detail of a free-text message refused because the WhatsApp window is closed. */
export const WINDOW_CLOSED_DETAIL = 'window_closed: WhatsApp 24-uursvenster is dicht; vrije tekst kan niet aankomen. Stuur de template of mail.';

/**
 * Retry policy for deliveries: 13 attempts, exponential from 1 s (1 + 2 + … + 2048 s ≈ 68 minutes
 * in all), so a provider or relay outage of an hour loses no reply; after that the reply is
 * marked failed with the reason, visible to the agent, and logged at error level.
 */
export const DELIVERY_ATTEMPTS = 13;
export const DELIVERY_BACKOFF_MS = 1000;
const LEASE_MS = 60_000;
/** Attempts with an unknown outcome (and no confirming status) after which a reply is not resent. */
export const MAX_UNKNOWN_OUTCOMES = 2;
/** Status detail of a reply given up after {@link MAX_UNKNOWN_OUTCOMES}. */
export const UNKNOWN_TWICE_DETAIL = 'outcome_unknown: twee keer onzeker of het bericht aankwam en geen bevestiging; niet opnieuw verstuurd om dubbele berichten te voorkomen. Vraag het de inwoner of stuur het zelf opnieuw.';
/** How long a delivery waits for an earlier reply that another worker is sending now (ms). */
const IN_FLIGHT_WAIT_MS = 3000;
const IN_FLIGHT_POLL_MS = 25;
/** An attempt is aborted this long before its lease ends, so it never outlives it (ms). */
const LEASE_MARGIN_MS = 10_000;
/**
 * How long a send whose outcome is unknown (the process died, or the request timed out, after
 * the provider may have accepted it) waits for the provider's status callback before it is sent
 * again (ms). Meta reports `sent` within seconds; its webhooks retry for longer, so a resend after
 * this wait is still possible but only when the callback is very late. Default 2 minutes.
 */
export const STATUS_WAIT_MS = 120_000;
/** How long `enqueue` waits for Redis before leaving the messages to the recovery sweep (ms). */
export const DELIVERY_ENQUEUE_TIMEOUT_MS = 2000;

/**
 * Thrown when a queued message is leased by another attempt (a worker that is sending it now, or
 * one that died mid-send and whose lease has not run out): bull retries the job later, when the
 * lease has either ended in `sent` or expired.
 */
export class LeaseBusyError extends Error {
  constructor(readonly messageId: string) {
    super(`message ${messageId} is leased by another delivery attempt; retrying later`);
    this.name = 'LeaseBusyError';
  }
}

export interface DeliveryDeps {
  queue: Bull.Queue<{ conversationId: string; messageIds: string[] }>;
  store: MessageStore;
  senders: Partial<Record<ChannelId, ChannelSender>>;
  events: ConsoleEvents;
  logger: Logger;
  /** Clock for the WhatsApp window check; default `new Date()`. */
  now?: () => Date;
  /** See {@link STATUS_WAIT_MS} (ms). */
  statusWaitMs?: number;
  /**
   * Sends this process may start at once outside the queue (default 0: every delivery goes
   * through the queue). See {@link DeliveryService.enqueue}.
   */
  directSends?: number;
}

/** How long `close` waits for direct sends in progress before it lets them go (ms). */
export const DIRECT_SEND_CLOSE_WAIT_MS = 10_000;

/** How long a status for an unknown provider id is kept, waiting for its `markSent` (ms). */
export const EARLY_STATUS_TTL_MS = 60 * 60 * 1000;

/**
 * Durable outbound delivery through the bull `deliver` queue: messages of one job go out in
 * order; a failed send is retried with exponential backoff; a permanent failure (bad address,
 * WhatsApp window closed) marks the message `failed` with the provider's reason, visible in the
 * console. Every state change notifies the consoles.
 */
export class DeliveryService implements DeliveryPort, StatusSink {
  /** The lease's status wait: the channels whose provider confirms sends by a status callback. */
  private readonly statusWait: { ms: number; channels: ChannelId[] };
  /** Direct sends in progress (see {@link enqueue}). */
  private readonly direct = new Set<Promise<void>>();
  private closing = false;

  constructor(private readonly deps: DeliveryDeps) {
    const channels = (Object.entries(deps.senders) as Array<[ChannelId, ChannelSender | undefined]>)
      .filter(([, sender]) => sender?.confirmsByStatus)
      .map(([channel]) => channel);
    this.statusWait = { ms: deps.statusWaitMs ?? STATUS_WAIT_MS, channels };
  }

  /**
   * Deliver messages (ids from the store, in order): at once in this process when one of its
   * {@link DeliveryDeps.directSends} slots is free, else (and for a failed or busy direct send,
   * after {@link DELIVERY_BACKOFF_MS}) through the durable queue, whose job id is idempotent per
   * first id. Returns without waiting for the send. A direct send saves the queue's round trips
   * and a hop of latency; what it risks on a crash is covered like any interrupted send: the
   * messages are stored as `queued` with a lease, and the recovery sweep queues them again.
   * Never waits for Redis longer than {@link DELIVERY_ENQUEUE_TIMEOUT_MS}, for the same reason.
   * @param attempt a tag for a re-queue (the recovery sweep's time bucket): always queued; bull
   *   ignores an add whose jobId it still retains, so a re-queue needs a fresh id; leases
   *   prevent double sends.
   */
  async enqueue(conversationId: string, messageIds: string[], attempt?: string): Promise<void> {
    if (!messageIds.length) return;
    if (attempt === undefined && !this.closing && this.direct.size < (this.deps.directSends ?? 0)) {
      const send: Promise<void> = this.sendDirect(conversationId, messageIds).finally(() => this.direct.delete(send));
      this.direct.add(send);
      return;
    }
    await this.queueJob(conversationId, messageIds, attempt, 0);
  }

  /** A direct send; on any failure the queue takes over with backoff. Never rejects. */
  private async sendDirect(conversationId: string, messageIds: string[]): Promise<void> {
    try {
      await this.deliver(conversationId, messageIds, 'direct');
    } catch (err) {
      if (!(err instanceof LeaseBusyError) && !(err as { sendFailed?: boolean }).sendFailed) {
        this.deps.logger.warn({ conversationId, err: (err as Error).message }, 'direct delivery failed; queued');
      }
      await this.queueJob(conversationId, messageIds, undefined, DELIVERY_BACKOFF_MS);
    }
  }

  private async queueJob(conversationId: string, messageIds: string[], attempt: string | undefined, delayMs: number): Promise<void> {
    try {
      await withTimeout(this.deps.queue.add(
        { conversationId, messageIds },
        {
          jobId: attempt ? `deliver:${messageIds[0]}:${attempt}` : `deliver:${messageIds[0]}`,
          attempts: DELIVERY_ATTEMPTS,
          backoff: { type: 'exponential', delay: DELIVERY_BACKOFF_MS },
          ...(delayMs ? { delay: delayMs } : {}),
          removeOnComplete: { age: 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      ), DELIVERY_ENQUEUE_TIMEOUT_MS, 'queueing the delivery');
    } catch (err) {
      // The messages are stored as `queued`; the recovery sweep will queue them again.
      this.deps.logger.warn({ conversationId, err: (err as Error).message }, 'could not queue delivery; sweep will retry');
    }
  }

  /**
   * Stop starting direct sends and wait (at most {@link DIRECT_SEND_CLOSE_WAIT_MS}) for those in
   * progress; one still running after that is finished by the recovery sweep after a restart.
   */
  async close(): Promise<void> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.direct]),
      new Promise((r) => { timer = setTimeout(r, DIRECT_SEND_CLOSE_WAIT_MS); }),
    ]);
    clearTimeout(timer);
  }

  /** Register the worker. */
  start(concurrency: number): void {
    void this.deps.queue.process(concurrency, (job) => this.process(job));
    this.deps.queue.on('failed', (job, err) => {
      // A busy lease is not a failed send: the recovery sweep queues the message again.
      if (job.attemptsMade >= (job.opts.attempts ?? 1) && !(err instanceof LeaseBusyError)) void this.giveUp(job.data.messageIds, err);
    });
  }

  /** Deliver one job's messages in order. @throws to make bull retry the rest */
  async process(job: Bull.Job<{ conversationId: string; messageIds: string[] }>): Promise<void> {
    await this.deliver(job.data.conversationId, job.data.messageIds, job.attemptsMade + 1);
  }

  /**
   * Send messages of one conversation in order (`attempt`, for the log: the queue's attempt,
   * counting from 1, or `direct` for the direct send before the queue's attempts).
   * @throws LeaseBusyError when a message is leased elsewhere; the send error (marked
   *   `sendFailed`) after a transient failure, so the caller retries the rest
   */
  private async deliver(conversationId: string, messageIds: string[], attempt: number | 'direct'): Promise<void> {
    for (const id of messageIds) {
      // The lease reads the conversation as it is now (address, WhatsApp window) in the same statement.
      let msg = await this.deps.store.leaseForDelivery(id, LEASE_MS, this.statusWait);
      // An earlier reply of the conversation (or this one) being sent right now by another
      // worker usually finishes within milliseconds: wait for it briefly instead of backing off.
      for (let waited = 0; !msg && waited < IN_FLIGHT_WAIT_MS && (await this.deps.store.sendInFlight(id)); waited += IN_FLIGHT_POLL_MS) {
        await new Promise((r) => setTimeout(r, IN_FLIGHT_POLL_MS));
        msg = await this.deps.store.leaseForDelivery(id, LEASE_MS, this.statusWait);
      }
      if (!msg) {
        // Already sent or failed (or gone with its conversation): done. Still queued: another
        // attempt holds the lease (or died holding it), an earlier reply is not out yet, or an
        // attempt with unknown outcome waits for its status callback; completing now would leave
        // it stuck, so retry after backoff.
        const cur = await this.deps.store.getMessage(id);
        if (cur && cur.status === 'queued') throw new LeaseBusyError(id);
        continue;
      }
      const conv = msg.conversation;
      const sender = this.deps.senders[conv.channel];
      const log = this.deps.logger.child({ conversationId, messageId: id, channel: conv.channel });
      if (!sender) {
        await this.deps.store.markAttemptFailed(id, `no sender configured for ${conv.channel}`, true);
        this.deps.events.conversationChanged(conversationId, 'message');
        continue;
      }
      if (msg.unknownOutcomes >= MAX_UNKNOWN_OUTCOMES) {
        // Two attempts may both have reached the resident; a third could be a third copy. A
        // person decides (the console shows the reason); nothing is sent again automatically.
        await this.deps.store.markAttemptFailed(id, UNKNOWN_TWICE_DETAIL, true);
        await this.deps.store.releaseLease(id);
        this.deps.events.conversationChanged(conversationId, 'message');
        log.error({ unknownOutcomes: msg.unknownOutcomes }, 'delivery stopped: outcome unknown twice, no status; reply marked failed');
        continue;
      }
      if (msg.unknownSince) {
        // At-least-once fallback: the earlier attempt was interrupted (crash, timeout) and, where
        // the provider confirms by status, no status came; a lost reply is worse than a rare
        // double one.
        log.warn(
          { unknownSince: msg.unknownSince.toISOString(), waitedForStatus: Boolean(sender.confirmsByStatus) },
          sender.confirmsByStatus ? 'sending again: earlier attempt had an unknown outcome and no status came' : 'sending again after an interrupted attempt',
        );
      }
      const templateRequested = isTemplateRequest(msg.activity);
      const window = serviceWindow(conv, this.deps.now?.() ?? new Date());
      if (window.applies && !window.open && !templateRequested) {
        // Never let the sender swap free text for the template silently: the text would not arrive.
        await this.deps.store.markAttemptFailed(id, WINDOW_CLOSED_DETAIL, true);
        this.deps.events.conversationChanged(conversationId, 'message');
        log.info('not sent: WhatsApp 24-hour window closed');
        continue;
      }
      try {
        const result = await sender.send(
          {
            conversationId,
            address: conv.address,
            externalId: conv.externalId,
            channelState: conv.channelState,
            lastInboundAt: conv.lastInboundAt,
          },
          {
            id: msg.id,
            seq: msg.seq,
            senderRole: msg.senderRole === 'resident' ? 'system' : msg.senderRole,
            senderName: msg.senderName ?? 'Gemeente',
            activity: msg.activity,
            createdAt: msg.createdAt,
          },
          { signal: AbortSignal.timeout(LEASE_MS - LEASE_MARGIN_MS) },
        );
        const { providerMessageId } = result;
        await this.deps.store.markSent(id, providerMessageId);
        if ((result as { kind?: string }).kind === 'template' && !templateRequested) {
          // The window closed between our check and the send: only the template arrived.
          await this.deps.store.markAttemptFailed(id, WINDOW_CLOSED_DETAIL, true);
        }
        await this.deps.store.applyEarlyStatuses(conv.channel, providerMessageId);
        log.debug('delivered');
      } catch (err) {
        const permanent = err instanceof PermanentDeliveryError;
        const detail = permanent ? `${err.code ?? ''} ${err.message}`.trim() : (err as Error).message;
        await this.deps.store.markAttemptFailed(id, detail, permanent);
        await this.deps.store.releaseLease(id, !permanent && isOutcomeUnknown(err));
        this.deps.events.conversationChanged(conversationId, 'message');
        if (permanent) {
          log.warn({ code: (err as PermanentDeliveryError).code }, 'delivery failed permanently');
          continue;
        }
        // The reason (type, code, masked message) is logged as well as stored for the console.
        log.warn({ attempt, of: DELIVERY_ATTEMPTS, err }, 'delivery failed; will retry');
        throw Object.assign(err as Error, { sendFailed: true });
      }
      this.deps.events.conversationChanged(conversationId, 'message');
    }
  }

  private async giveUp(messageIds: string[], err: Error): Promise<void> {
    for (const id of messageIds) {
      const msg = await this.deps.store.getMessage(id);
      if (msg && msg.status === 'queued') {
        await this.deps.store.markAttemptFailed(id, `gave up after ${DELIVERY_ATTEMPTS} attempts: ${err.message}`, true);
        this.deps.logger.error({ conversationId: msg.conversationId, messageId: id, channel: msg.channel, attempts: DELIVERY_ATTEMPTS }, 'delivery given up: reply marked failed');
        this.deps.events.conversationChanged(msg.conversationId, 'message');
      }
    }
  }

  /**
   * Provider status callbacks (WhatsApp statuses); never downgrades a status. A status that
   * carries our send reference for the last part of a message whose send was never recorded
   * (crash or timeout after the provider accepted it) settles that message as sent, so it is not
   * sent again ({@link STATUS_WAIT_MS}).
   */
  async updateStatus(update: DeliveryStatusUpdate): Promise<void> {
    let conversationId = await this.deps.store.applyStatus(update);
    if (!conversationId && !(await this.deps.store.knowsProviderMessage(update.channel, update.providerMessageId))) {
      const ref = parseSendRef(update.sendRef);
      // Only the last part settles a message: after an earlier part, later parts may be unsent.
      if (ref && ref.part === ref.parts - 1) {
        const settled = update.recipient
          ? await this.deps.store.reconcileSent(ref.messageId, update.channel, update.providerMessageId, { recipient: update.recipient, account: update.account })
          : null;
        if (settled) {
          this.deps.logger.info({ conversationId: settled, messageId: ref.messageId, channel: update.channel }, 'send settled by the provider status callback');
          conversationId = (await this.deps.store.applyStatus(update)) ?? settled;
        }
      }
      if (!conversationId) {
        // Arrived before markSent stored the id: keep it, then look again (markSent may have
        // committed in between; it applies early statuses after storing the id, so one of the
        // two sides always sees the other).
        await this.deps.store.keepEarlyStatus(update);
        conversationId = await this.deps.store.applyEarlyStatuses(update.channel, update.providerMessageId);
      }
    }
    if (conversationId) this.deps.events.conversationChanged(conversationId, 'message');
  }

  /** Drop early statuses nobody claimed within {@link EARLY_STATUS_TTL_MS} (called by the sweep). */
  async pruneEarlyStatuses(): Promise<number> {
    return this.deps.store.pruneEarlyStatuses(EARLY_STATUS_TTL_MS);
  }
}
