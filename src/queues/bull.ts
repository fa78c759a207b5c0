import Bull from 'bull';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { withTimeout } from '../util/sanitize.js';

/**
 * How long closing the queues waits for the jobs this process runs (ms); then their connections
 * are cut. Below the 20 s after which a stopping service is ended by force (src/index.ts).
 */
export const QUEUE_CLOSE_WAIT_MS = 10_000;

/**
 * A turn job's bull options (with its own `jobId`): five attempts with exponential backoff from
 * 500 ms; after the last, TurnProcessor.failTurns apologises and hands the conversation to a person.
 */
export const TURN_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} satisfies Bull.JobOptions;

/** The bull queues of the service. */
export interface Queues {
  /** Resident turns; job data `{ conversationId }`, jobId = the inbound message id. */
  turn: Bull.Queue<{ conversationId: string }>;
  /** Outbound deliveries; job data `{ conversationId, messageIds }`, delivered in order. */
  deliver: Bull.Queue<{ conversationId: string; messageIds: string[] }>;
  /** Periodic maintenance (crash recovery sweep). */
  maintenance: Bull.Queue<{ task: string }>;
  /**
   * Close the three queues, waiting for the jobs this process is running to finish (at most
   * {@link QUEUE_CLOSE_WAIT_MS}), then their connections. A second call returns the first one's
   * promise.
   */
  close(): Promise<void>;
}

/**
 * Create the bull queues on one shared command connection and one shared subscriber
 * connection; every blocking client is new, as bull requires (bull REFERENCE.md, createClient).
 * @param redisUrl REDIS_URL
 * @param prefix bull key prefix (REDIS_PREFIX), also isolates test runs from each other
 */
export function createQueues(redisUrl: string, prefix: string, logger: Logger): Queues {
  const shared = new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: false });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: false });
  shared.on('error', () => undefined);
  subscriber.on('error', () => undefined);
  const blocking: Redis[] = [];
  const opts: Bull.QueueOptions = {
    prefix: `${prefix}:bull`,
    createClient: (type) => {
      if (type === 'client') return shared;
      if (type === 'subscriber') return subscriber;
      const c = new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: false });
      c.on('error', () => undefined);
      blocking.push(c);
      return c;
    },
    settings: { stalledInterval: 15_000, maxStalledCount: 3 },
  };
  const turn = new Bull<{ conversationId: string }>('turn', opts);
  const deliver = new Bull<{ conversationId: string; messageIds: string[] }>('deliver', opts);
  const maintenance = new Bull<{ task: string }>('maintenance', opts);
  for (const q of [turn, deliver, maintenance]) {
    q.on('error', (err) => logger.warn({ queue: q.name, err: err.message }, 'queue error'));
  }
  let closing: Promise<void> | undefined;
  return {
    turn,
    deliver,
    maintenance,
    close() {
      closing ??= (async () => {
        // With Redis gone a running job's commands wait for it forever (maxRetriesPerRequest
        // null), and so would bull's close: wait QUEUE_CLOSE_WAIT_MS at most, then disconnect,
        // which fails those commands. The job's messages stay pending in PostgreSQL and are
        // swept after the restart.
        await withTimeout(Promise.allSettled([turn.close(), deliver.close(), maintenance.close()]), QUEUE_CLOSE_WAIT_MS, 'closing the queues').catch(
          (err: Error) => logger.warn({ err: err.message }, 'running jobs cut off at shutdown; the sweep picks up their messages'),
        );
        for (const c of [shared, subscriber, ...blocking]) c.disconnect();
      })();
      return closing;
    },
  };
}
