import { SERVICE_WINDOW_MS } from '../channels/whatsapp/sender.js';

/**
 * Safety margin before the end of WhatsApp's customer service window from which free text is no
 * longer sent (the sender uses the same 2 minutes): a reply must reach Meta inside the window.
 */
export const WINDOW_MARGIN_MS = 2 * 60 * 1000;

/** WhatsApp's 24-hour customer service window of one conversation. */
export interface ServiceWindow {
  /** False on channels without a window (web chat, e-mail): free text is always allowed. */
  applies: boolean;
  /** True when free text may be sent now. */
  open: boolean;
  /**
   * When free text stops being possible: `last_inbound_at` + 24 h − {@link WINDOW_MARGIN_MS};
   * null when the resident never wrote.
   */
  endsAt: Date | null;
}

/**
 * The WhatsApp 24-hour customer service window (Cloud API: free-form messages only within 24 h
 * of the resident's last message; outside it only approved templates), from `last_inbound_at`.
 */
export function serviceWindow(conv: { channel: string; lastInboundAt: Date | null }, now: Date): ServiceWindow {
  if (conv.channel !== 'whatsapp') return { applies: false, open: true, endsAt: null };
  if (!conv.lastInboundAt) return { applies: true, open: false, endsAt: null };
  const endsAt = new Date(conv.lastInboundAt.getTime() + SERVICE_WINDOW_MS - WINDOW_MARGIN_MS);
  return { applies: true, open: now.getTime() < endsAt.getTime(), endsAt };
}

/** `channelData` of an outbound activity that asks the WhatsApp sender for the approved template. */
export const TEMPLATE_CHANNEL_DATA = { whatsappTemplate: true } as const;

/** True when an outbound activity is an explicit template request (see {@link TEMPLATE_CHANNEL_DATA}). */
export function isTemplateRequest(activity: { channelData?: unknown }): boolean {
  return Boolean((activity.channelData as { whatsappTemplate?: unknown } | undefined)?.whatsappTemplate);
}
