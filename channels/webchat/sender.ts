import type { Redis } from 'ioredis';
import {
  PermanentDeliveryError,
  type ChannelSender,
  type DeliveryTarget,
  type OutboundMessage,
} from '../contract.js';

/**
 * The Redis pub/sub channel that wakes the streams of one Direct Line conversation:
 * `${prefix}:dl:${conversationId}`.
 */
export function streamChannel(prefix: string, conversationId: string): string {
  return `${prefix}:dl:${conversationId}`;
}

/** What is published on {@link streamChannel}: a wake-up call, never message content. */
export interface StreamNotification {
  conversationId: string;
  /** Set when a new socket opened for the conversation: every other socket for it closes. */
  takeover?: string;
  /** When the socket in `takeover` opened (ms since epoch): of two sockets the newer one stays. */
  openedAt?: number;
}

/**
 * The web chat's outbound side. Web chat messages are not pushed to a provider: the message is
 * already in the transcript (the deliver job runs after it was stored), so sending means waking
 * every service instance that holds an open Direct Line stream for the conversation. Each one
 * reads the transcript after its socket's watermark and pushes what is new, so ordering and
 * completeness come from the stored `seq`, not from this notification.
 *
 * @param deps.publisher a Redis connection not in subscriber mode
 * @param deps.prefix the service's Redis prefix (REDIS_PREFIX)
 * @returns a ChannelSender for 'webchat'; `send` resolves `{ providerMessageId: message.id }`
 *   (the Direct Line activity id of an outbound message is our message id)
 * @throws PermanentDeliveryError when the target has no Direct Line conversation id; Redis
 *   errors are thrown as they are (retryable)
 */
export function createWebChatSender(deps: { publisher: Redis; prefix: string }): ChannelSender {
  return {
    channel: 'webchat',
    async send(target: DeliveryTarget, message: OutboundMessage) {
      if (!target.externalId) {
        throw new PermanentDeliveryError('Web chat target has no Direct Line conversation id');
      }
      const note: StreamNotification = { conversationId: target.externalId };
      await deps.publisher.publish(streamChannel(deps.prefix, target.externalId), JSON.stringify(note));
      return { providerMessageId: message.id };
    },
  };
}
