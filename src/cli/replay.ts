/**
 * `npm run replay -- FILE.jsonl --channel whatsapp|webchat|email [--limit N]`
 *
 * Sends labelled resident messages through one channel's real protocol to a RUNNING service
 * (signed Cloud API webhooks, Direct Line 3.0, SMTP) and prints, per message, the bot's answer
 * and the conversation's state in the agent queue, read through the agent console API.
 *
 * Options: `--url` (default http://localhost:3978), `--smtp host:port` (default localhost:2525),
 * `--to` intake address (default EMAIL_INTAKE_ADDRESS or meldpunt@gemeente.example),
 * `--agent USER` with AGENT_PASSWORD in the environment (an account made with agent:add),
 * `--wait MS` how long to wait for the bot per message (default 15000).
 * WhatsApp webhooks are signed with WHATSAPP_APP_SECRET (default: the service's dev default).
 * Standard output carries only the results; progress and errors go to standard error.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { z } from 'zod';

const line = z.object({
  id: z.string().optional(),
  text: z.string().min(1),
  subject: z.string().optional(),
  channel: z.string().optional(),
});
type Line = z.infer<typeof line>;

const USAGE = `usage: npm run -s replay -- FILE.jsonl --channel whatsapp|webchat|email [--limit N]
         --agent USER (password in AGENT_PASSWORD) [--url http://localhost:3978]
         [--smtp localhost:2525] [--to meldpunt@gemeente.example] [--wait 15000]
`;

interface Args {
  file: string;
  channel: 'whatsapp' | 'webchat' | 'email';
  limit: number;
  url: string;
  smtp: { host: string; port: number };
  to: string;
  agent?: string;
  waitMs: number;
}

function parseArgs(argv: string[]): Args {
  const opts: Record<string, string> = {};
  const rest: string[] = [];
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(USAGE);
    process.exit(0);
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? a.slice(2).split(/=(.*)/s) : [a.slice(2), argv[++i]];
      if (v === undefined) fail(`option --${k} needs a value`);
      opts[k!] = v!;
    } else rest.push(a);
  }
  const file = rest[0];
  if (!file) fail(USAGE.trim());
  const channel = opts.channel;
  if (channel !== 'whatsapp' && channel !== 'webchat' && channel !== 'email') fail('--channel must be whatsapp, webchat or email');
  const limit = opts.limit ? Number(opts.limit) : Infinity;
  if (!(limit > 0)) fail('--limit must be a positive number');
  const [smtpHost, smtpPort] = (opts.smtp ?? 'localhost:2525').split(':');
  return {
    file,
    channel,
    limit,
    url: (opts.url ?? process.env.REPLAY_URL ?? 'http://localhost:3978').replace(/\/$/, ''),
    smtp: { host: smtpHost || 'localhost', port: Number(smtpPort || 2525) },
    to: opts.to ?? process.env.EMAIL_INTAKE_ADDRESS ?? 'meldpunt@gemeente.example',
    agent: opts.agent ?? process.env.REPLAY_AGENT,
    waitMs: Number(opts.wait ?? 15000),
  };
}

function fail(msg: string): never {
  process.stderr.write(`replay: ${msg}\n`);
  process.exit(2);
}

/** Console API session (cookie + CSRF token). */
class Console {
  private cookie = '';
  constructor(private readonly url: string) {}
  async login(user: string, password: string): Promise<void> {
    const res = await fetch(`${this.url}/api/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user, password }),
    });
    if (!res.ok) fail(`agent login failed (${res.status}); check --agent and AGENT_PASSWORD`);
    this.cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  }
  async get(path: string): Promise<any> {
    const res = await fetch(`${this.url}${path}`, { headers: { cookie: this.cookie } });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res.json();
  }
}

async function sendWhatsApp(args: Args, msg: Line, n: number): Promise<{ providerMessageId: string }> {
  const secret = process.env.WHATSAPP_APP_SECRET ?? 'dev-app-secret';
  const waId = `3169${String(Date.now() % 1e5).padStart(5, '0')}${String(n).padStart(3, '0')}`;
  const wamid = `wamid.replay.${randomBytes(12).toString('hex')}`;
  const payload = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '100000000000000',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '31850000000', phone_number_id: process.env.REPLAY_PHONE_NUMBER_ID ?? '100000000000001' },
              contacts: [{ wa_id: waId, profile: { name: 'Replay' } }],
              messages: [{ from: waId, id: wamid, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: msg.text } }],
            },
          },
        ],
      },
    ],
  };
  const body = JSON.stringify(payload);
  const sig = 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
  const res = await fetch(`${args.url}/api/whatsapp/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig },
    body,
  });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
  return { providerMessageId: wamid };
}

async function sendWebChat(args: Args, msg: Line): Promise<{ providerMessageId: string; conversationId: string; token: string }> {
  const gen = await fetch(`${args.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!gen.ok) throw new Error(`tokens/generate answered ${gen.status}`);
  const { token } = (await gen.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const conv = await fetch(`${args.url}/v3/directline/conversations`, { method: 'POST', headers: auth, body: '{}' });
  if (conv.status !== 201 && conv.status !== 200) throw new Error(`conversations answered ${conv.status}`);
  const { conversationId } = (await conv.json()) as { conversationId: string };
  const post = await fetch(`${args.url}/v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ type: 'message', text: msg.text, locale: 'nl-NL', channelData: { clientActivityID: randomBytes(8).toString('hex') } }),
  });
  if (!post.ok) throw new Error(`activities answered ${post.status}`);
  const { id } = (await post.json()) as { id: string };
  return { providerMessageId: id, conversationId, token };
}

async function sendEmail(args: Args, msg: Line, n: number): Promise<{ providerMessageId: string }> {
  const transport = nodemailer.createTransport({ host: args.smtp.host, port: args.smtp.port, secure: false, ignoreTLS: true });
  const messageId = `<replay-${n}-${randomBytes(6).toString('hex')}@replay.invalid>`;
  try {
    await transport.sendMail({
      from: `Replay ${n} <replay-${n}-${randomBytes(3).toString('hex')}@example.org>`,
      to: args.to,
      subject: msg.subject ?? 'Melding',
      text: msg.text,
      messageId,
    });
  } finally {
    transport.close();
  }
  return { providerMessageId: messageId };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const password = process.env.AGENT_PASSWORD;
  if (!args.agent || !password) fail('needs an agent account to read the queue: --agent USER and AGENT_PASSWORD (make one with npm run agent:add)');
  const lines = readFileSync(args.file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, args.limit === Infinity ? undefined : args.limit)
    .map((l, i) => {
      const parsed = line.safeParse(JSON.parse(l));
      if (!parsed.success) fail(`line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  const api = new Console(args.url);
  await api.login(args.agent, password);

  let n = 0;
  for (const msg of lines) {
    n += 1;
    const id = msg.id ?? `#${n}`;
    try {
      const sent =
        args.channel === 'whatsapp'
          ? await sendWhatsApp(args, msg, n)
          : args.channel === 'webchat'
            ? await sendWebChat(args, msg)
            : await sendEmail(args, msg, n);
      const result = await waitForAnswer(api, args, sent.providerMessageId);
      process.stdout.write(`${format(id, args.channel, result)}\n`);
    } catch (err) {
      process.stdout.write(`[${id}] ${args.channel}: ERROR ${(err as Error).message}\n`);
    }
  }
}

interface Answer {
  conversation: any | null;
  answers: Array<{ role: string; text: string }>;
  queuePosition: number | null;
  queueLength: number;
}

async function waitForAnswer(api: Console, args: Args, providerMessageId: string): Promise<Answer> {
  const deadline = Date.now() + args.waitMs;
  const q = `/api/agent/conversations/lookup?channel=${args.channel}&providerMessageId=${encodeURIComponent(providerMessageId)}`;
  for (;;) {
    const found = await api.get(q);
    const conv = found?.conversation ?? null;
    if (conv) {
      const inbound = conv.messages.find((m: any) => m.direction === 'in' && m.providerMessageId === providerMessageId) ?? null;
      const after = conv.messages.filter((m: any) => m.direction === 'out' && (!inbound || m.seq > inbound.seq));
      const processed = inbound ? inbound.status === 'processed' : false;
      if (processed && (after.length || conv.control !== 'bot' || Date.now() > deadline)) {
        const queue = ((await api.get('/api/agent/queue'))?.conversations ?? []) as any[];
        const pos = queue.findIndex((c) => c.id === conv.id);
        return {
          conversation: conv,
          answers: after.map((m: any) => ({ role: m.senderRole, text: m.text ?? '' })),
          queuePosition: pos >= 0 ? pos + 1 : null,
          queueLength: queue.length,
        };
      }
    }
    if (Date.now() > deadline) return { conversation: conv, answers: [], queuePosition: null, queueLength: 0 };
    await new Promise((r) => setTimeout(r, 200));
  }
}

function format(id: string, channel: string, a: Answer): string {
  const c = a.conversation;
  if (!c) return `[${id}] ${channel}: no conversation found (not stored?)`;
  const cl = c.classification;
  const state =
    c.control === 'queued'
      ? `queued #${a.queuePosition ?? '?'} of ${a.queueLength}, team ${c.team ?? '-'}`
      : `control ${c.control}`;
  const labels = cl ? `bodies=${(cl.bodies ?? []).join('+')} kind=${cl.kind} urgency=${cl.urgency} lang=${cl.lang} conf=${Number(cl.confidence ?? 0).toFixed(2)}` : 'not classified';
  const answers = a.answers.length
    ? a.answers.map((x) => `  ${x.role}: ${x.text.replace(/\s*\n+\s*/g, ' ⏎ ')}`).join('\n')
    : '  (no answer yet)';
  return `[${id}] ${channel} · ${state} · ${labels}\n${answers}`;
}

main().catch((err) => {
  const cause = (err as Error & { cause?: Error }).cause?.message;
  fail(`${(err as Error).message}${cause ? ` (${cause})` : ''} — is the service running at the --url / --smtp given?`);
});
