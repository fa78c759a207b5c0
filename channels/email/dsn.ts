import { Readable } from 'node:stream';
import { Splitter } from '@zone-eu/mailsplit';
import libmime from 'libmime';
import type { DeliveryStatusUpdate } from '../contract.js';

/** One recipient's part of a delivery status notification. */
export interface DsnRecipient {
  /** Address from `Final-Recipient: rfc822; …` (lower case), if given. */
  finalRecipient?: string;
  /** `delivered`, `relayed`, `expanded`, `failed` or `delayed` (RFC 3464 §2.3.3). */
  action: string;
  /** Enhanced status code, e.g. `2.0.0`, `5.1.1` (RFC 3463). */
  status?: string;
}

/** What a delivery status notification says about one mail we sent. */
export interface DsnReport {
  /** `Original-Envelope-Id`: the `ENVID` we gave in `MAIL FROM` (RFC 3461 §4.4). */
  envelopeId?: string;
  /** `<Message-ID>` of the original mail, from the returned headers (`RET=HDRS`), if present. */
  originalMessageId?: string;
  recipients: DsnRecipient[];
}

/** Largest DSN body part read, in bytes (a report is a few hundred bytes). */
const MAX_PART_BYTES = 64 * 1024;
/** Most recipient groups read from one report (we send every reply to one recipient). */
const MAX_RECIPIENTS = 10;

/**
 * Read a delivery status notification (RFC 3464: `multipart/report;
 * report-type=delivery-status` with a `message/delivery-status` part and usually a
 * `text/rfc822-headers` part). MIME is split by mailsplit; field groups are decoded by libmime.
 * @param raw the whole mail as received
 * @returns the report, or null when the mail is not a DSN (or has no delivery-status part)
 */
export async function parseDsn(raw: Buffer): Promise<DsnReport | null> {
  const head = raw.subarray(0, 16 * 1024).toString('latin1');
  if (!/content-type:\s*multipart\/report/i.test(head)) return null;

  type Node = { getDecoder(): NodeJS.ReadWriteStream };
  const raws: Record<'status' | 'headers', { node: Node | null; chunks: Buffer[]; bytes: number }> = {
    status: { node: null, chunks: [], bytes: 0 },
    headers: { node: null, chunks: [], bytes: 0 },
  };
  let current: 'status' | 'headers' | null = null;
  const splitter = new Splitter({ ignoreEmbedded: true, maxHeadSize: 64 * 1024 });
  for await (const chunk of Readable.from([raw]).pipe(splitter) as AsyncIterable<{ type: string; contentType?: string | false; value?: Buffer } & Node>) {
    if (chunk.type === 'node') {
      const type = String(chunk.contentType || '').toLowerCase();
      current = type === 'message/delivery-status' || type === 'message/global-delivery-status' ? 'status' : type === 'text/rfc822-headers' ? 'headers' : null;
      if (current && raws[current].node) current = null; // the first such part counts
      else if (current) raws[current].node = chunk;
    } else if (chunk.type === 'body' && current && chunk.value && raws[current].bytes + chunk.value.length <= MAX_PART_BYTES) {
      raws[current].chunks.push(chunk.value);
      raws[current].bytes += chunk.value.length;
    }
  }
  // Undo the part's Content-Transfer-Encoding (base64, quoted-printable) with mailsplit's decoder.
  const decoded = async (p: { node: Node | null; chunks: Buffer[] }): Promise<Buffer | null> => {
    if (!p.node || !p.chunks.length) return null;
    const decoder = p.node.getDecoder();
    const out: Buffer[] = [];
    const done = new Promise<void>((resolve, reject) => {
      decoder.on('data', (b: Buffer) => out.push(b));
      decoder.on('end', () => resolve());
      decoder.on('error', reject);
    });
    decoder.end(Buffer.concat(p.chunks));
    await done;
    return Buffer.concat(out);
  };
  const parts = { status: await decoded(raws.status), headers: await decoded(raws.headers) };
  if (!parts.status) return null;

  // Field groups are separated by blank lines: the first is per message, the rest per recipient.
  const groups = parts.status
    .toString('utf8')
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((g) => g.trim())
    .filter(Boolean)
    .map((g) => libmime.decodeHeaders(g) as Record<string, string[]>);
  const first = (h: Record<string, string[]> | undefined, key: string): string | undefined => {
    const v = h?.[key]?.[0];
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const perMessage = groups.find((g) => !g['action']);
  const recipients: DsnRecipient[] = groups
    .filter((g) => g['action'])
    .slice(0, MAX_RECIPIENTS)
    .map((g) => {
      const final = first(g, 'final-recipient');
      const address = final ? /;\s*<?([^\s<>;]+@[^\s<>;]+)>?/.exec(final)?.[1] : undefined;
      return {
        action: (first(g, 'action') ?? '').toLowerCase(),
        ...(address ? { finalRecipient: address.toLowerCase() } : {}),
        ...(first(g, 'status') ? { status: /\d\.\d{1,3}\.\d{1,3}/.exec(first(g, 'status')!)?.[0] } : {}),
      };
    });
  let originalMessageId: string | undefined;
  if (parts.headers) {
    const headers = libmime.decodeHeaders(parts.headers.toString('utf8')) as Record<string, string[]>;
    const id = first(headers, 'message-id');
    if (id) originalMessageId = `<${id.replace(/^<|>$/g, '')}>`;
  }
  return {
    ...(first(perMessage, 'original-envelope-id') ? { envelopeId: libmime.decodeWords(first(perMessage, 'original-envelope-id')!) } : {}),
    ...(originalMessageId ? { originalMessageId } : {}),
    recipients,
  };
}

/**
 * Decode RFC 3461 xtext (`+XX` hex escapes), as `ENVID` travels in `MAIL FROM`.
 * @example decodeXtext('at1+3Aabc') === 'at1:abc'
 */
export function decodeXtext(s: string): string {
  return s.replace(/\+([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The status updates a DSN gives for the mail we sent: one per recipient with a final action
 * (`delayed` says nothing final and is skipped). `delivered` → delivered; `relayed`/`expanded`
 * → sent (handed to a system that gives no further reports); `failed` → failed with the
 * enhanced status code only (diagnostic texts quote addresses). A recipient without a
 * `Final-Recipient` address gives nothing.
 * @param providerMessageId the `<Message-ID>` our sender recorded for that mail
 */
export function dsnStatusUpdates(report: DsnReport, providerMessageId: string, at: Date): DeliveryStatusUpdate[] {
  const out: DeliveryStatusUpdate[] = [];
  for (const r of report.recipients) {
    if (!r.finalRecipient) continue; // a status must name the address it is about
    const status = r.action === 'delivered' ? 'delivered' : r.action === 'relayed' || r.action === 'expanded' ? 'sent' : r.action === 'failed' ? 'failed' : null;
    if (!status) continue;
    out.push({
      channel: 'email',
      providerMessageId,
      status,
      at,
      ...(status === 'failed' ? { detail: `${r.status ?? '5.0.0'} bounced` } : {}),
      ...(report.envelopeId ? { sendRef: decodeXtext(report.envelopeId) } : {}),
      ...(r.finalRecipient ? { recipient: r.finalRecipient } : {}),
    });
  }
  return out;
}
