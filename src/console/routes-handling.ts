import { randomUUID } from 'node:crypto';
import type express from 'express';
import { z } from 'zod';
import { PRESENCE_TTL_MS, PRESENCES, type Availability, type Presence } from '../availability.js';
import { KINDS, URGENCIES, type Corrections } from '../corrections.js';
import type { AgentRef, HandoffService } from '../handoff.js';
import type { Outreach } from '../outreach.js';
import type { Db } from '../store/db.js';
import type { Teams } from '../teams.js';
import { serviceWindow } from '../window.js';
import { ApiError, type ConsoleExtension } from './server.js';

/** What the handling routes need. */
export interface HandlingDeps {
  db: Db;
  handoff: HandoffService;
  teams: Teams;
  availability: Availability;
  outreach: Outreach;
  corrections: Corrections;
  /** Taxonomy body ids (for the correction form). */
  bodies: string[];
}

const clientId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional();
const presenceBody = z.object({ status: z.enum(PRESENCES as [Presence, ...Presence[]]) });
const transferBody = z
  .object({
    team: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).optional(),
    agentId: z.string().uuid().optional(),
    note: z.string().trim().min(1).max(2000),
  })
  .refine((b) => b.team || b.agentId, 'choose a team or an agent');
const emailBody = z.object({ text: z.string().trim().min(1).max(10_000), clientId });
const templateBody = z.object({ clientId });
const linkBody = z.object({ channel: z.enum(['email', 'whatsapp']), address: z.string().trim().min(3).max(320) });
const correctionBody = z.object({
  bodies: z.array(z.string().min(1).max(64)).min(1).max(5),
  kind: z.enum(KINDS),
  urgency: z.enum(URGENCIES),
  law: z.array(z.string().min(1).max(32)).max(5).optional(),
});
const cannedBody = z.object({
  title: z.string().trim().min(1).max(80),
  body: z.string().trim().min(1).max(2000),
  team: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).nullable().optional(),
});

type Row = Record<string, unknown>;

/** Helpers the handling routes use on top of {@link ConsoleExtension}. */
interface Helpers {
  agentOf(res: express.Response): import('./agents.js').Agent;
  parse<T>(schema: z.ZodType<T>, value: unknown): T;
  conversationId(req: express.Request): string;
}

function helpers(ext: ConsoleExtension): Helpers {
  return {
    agentOf: ext.agentOf,
    parse<T>(schema: z.ZodType<T>, value: unknown): T {
      const r = schema.safeParse(value ?? {});
      if (!r.success) {
        const first = r.error.issues[0];
        throw new ApiError(400, 'invalid', first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'invalid input');
      }
      return r.data;
    },
    conversationId(req) {
      const id = String(req.params.id ?? '');
      if (!z.string().uuid().safeParse(id).success) throw new ApiError(400, 'invalid', 'conversation id must be a uuid');
      return id;
    },
  };
}
const iso = (v: unknown): string | null => (v == null ? null : new Date(v as string).toISOString());

/**
 * Console API for teams, presence, transfer, the WhatsApp window (template / e-mail), linked
 * channels, earlier conversations, classification corrections, call-backs and canned answers
 * (issue 4 §1, §3, §5–§7). Mounted through `createConsole({ extend })`, so every route is behind
 * the console's session and CSRF checks; errors are `{error:{code,message}}` as elsewhere.
 *
 * - `GET  /teams` → `{teams:[{id,name,label,open,nextOpening,onlineAgents,holiday}], agents:[{id,displayName,team,presence}]}`
 * - `PUT  /presence {status}` → sets the caller's presence; the console repeats it every minute (heartbeat)
 * - `POST /conversations/:id/transfer {team?|agentId?, note}` → 200 `{ok}`; 400/403/404/409
 * - `GET  /conversations/:id/context` → window, linked e-mail, earlier conversations, corrections, call-backs, last transfer
 * - `POST /conversations/:id/template {clientId?}` → sends the approved WhatsApp template
 * - `POST /conversations/:id/email {text, clientId?}` → writes to the linked e-mail address
 * - `POST /conversations/:id/link {channel, address}` → links an address to the resident
 * - `POST /conversations/:id/classification {bodies, kind, urgency, law?}` → stores a correction
 * - `POST /callbacks/:cid/done` → marks a call-back request handled
 * - `GET  /canned` · `POST /canned` · `PUT /canned/:cid` · `DELETE /canned/:cid` (coordinator/admin for changes)
 */
export function handlingRoutes(deps: HandlingDeps): (ext: ConsoleExtension) => void {
  return (ext) => {
    const api = ext.api;
    const h = helpers(ext);
    const ref = (res: express.Response): AgentRef => {
      const a = h.agentOf(res);
      return { id: a.id, displayName: a.displayName, role: a.role };
    };
    const coordinator = (res: express.Response) => {
      if (h.agentOf(res).role === 'agent') throw new ApiError(403, 'forbidden', 'only coordinators manage canned answers');
    };
    const uuidParam = (v: unknown): string => {
      const s = String(v ?? '');
      if (!z.string().uuid().safeParse(s).success) throw new ApiError(400, 'invalid', 'id must be a uuid');
      return s;
    };

    api.get('/teams', async (_req, res) => {
      const teams = await Promise.all(
        deps.teams.list().map(async (t) => {
          const a = await deps.availability.forTeam(t.id);
          return { ...t, open: a.open, nextOpening: iso(a.nextOpening), onlineAgents: a.onlineAgents, holiday: a.holiday };
        }),
      );
      const r = await deps.db.query<Row>(
        `SELECT id, display_name, team, role,
                CASE WHEN presence <> 'offline' AND presence_at > $2::timestamptz - ($1::int * interval '1 millisecond') THEN presence ELSE 'offline' END AS presence
           FROM agents WHERE NOT disabled ORDER BY display_name`,
        [PRESENCE_TTL_MS, deps.availability.now()],
      );
      const agents = r.rows.map((x) => ({ id: String(x.id), displayName: String(x.display_name), team: (x.team as string | null) ?? null, role: String(x.role), presence: String(x.presence) }));
      res.json({ teams, agents, bodies: deps.bodies, timeZone: deps.teams.file.timeZone });
    });

    api.put('/presence', async (req, res) => {
      const body = h.parse(presenceBody, req.body);
      const agent = h.agentOf(res);
      await deps.db.query(`UPDATE agents SET presence = $2, presence_at = $3 WHERE id = $1`, [agent.id, body.status, deps.availability.now()]);
      res.json({ presence: body.status });
    });

    api.post('/conversations/:id/transfer', async (req, res) => {
      const id = h.conversationId(req);
      const body = h.parse(transferBody, req.body);
      if (body.team && !deps.teams.has(body.team)) throw new ApiError(400, 'invalid', 'unknown team');
      await deps.handoff.transfer(id, ref(res), body);
      res.json({ ok: true });
    });

    api.get('/conversations/:id/context', async (req, res) => {
      const id = h.conversationId(req);
      const c = await deps.db.query<Row>(`SELECT id, channel, resident_id, last_inbound_at FROM conversations WHERE id = $1`, [id]);
      const row = c.rows[0];
      if (!row) throw new ApiError(404, 'not_found', 'conversation not found');
      const window = serviceWindow(
        { channel: String(row.channel), lastInboundAt: row.last_inbound_at ? new Date(row.last_inbound_at as string) : null },
        deps.availability.now(),
      );
      const [addresses, earlier, corrections, callbacks, transfer] = await Promise.all([
        deps.db.query<Row>(`SELECT channel, address FROM resident_addresses WHERE resident_id = $1 ORDER BY created_at`, [row.resident_id]),
        deps.db.query<Row>(
          `SELECT c.id, c.channel, c.control, c.created_at, c.updated_at, c.classification,
                  (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' AND m.text IS NOT NULL ORDER BY m.seq LIMIT 1) AS first_text,
                  (SELECT e.data->>'outcome' FROM conversation_events e WHERE e.conversation_id = c.id AND e.type = 'closed' ORDER BY e.id DESC LIMIT 1) AS outcome
             FROM conversations c WHERE c.resident_id = $1 AND c.id <> $2 ORDER BY c.created_at DESC LIMIT 20`,
          [row.resident_id, id],
        ),
        deps.corrections.list(id),
        deps.db.query<Row>(
          `SELECT cb.id, cb.phone, cb.created_at, cb.handled_at, a.display_name AS handled_by
             FROM callback_requests cb LEFT JOIN agents a ON a.id = cb.handled_by WHERE cb.conversation_id = $1 ORDER BY cb.created_at`,
          [id],
        ),
        deps.db.query<Row>(
          `SELECT e.data, e.created_at, a.display_name AS by_name, t.display_name AS to_name
             FROM conversation_events e LEFT JOIN agents a ON a.id = e.agent_id
             LEFT JOIN agents t ON t.id::text = e.data->>'toAgentId'
            WHERE e.conversation_id = $1 AND e.type = 'transferred' ORDER BY e.id DESC LIMIT 1`,
          [id],
        ),
      ]);
      const email = addresses.rows.filter((a) => a.channel === 'email').map((a) => String(a.address)).at(-1) ?? null;
      const t = transfer.rows[0];
      res.json({
        window: { applies: window.applies, open: window.open, endsAt: iso(window.endsAt) },
        email,
        addresses: addresses.rows.map((a) => ({ channel: String(a.channel), address: String(a.address) })),
        earlier: earlier.rows.map((e) => {
          const cls = (e.classification as Record<string, unknown> | null) ?? {};
          const text = typeof e.first_text === 'string' ? e.first_text.replace(/\s+/g, ' ').trim() : '';
          return {
            id: String(e.id),
            channel: String(e.channel),
            control: String(e.control),
            createdAt: iso(e.created_at),
            updatedAt: iso(e.updated_at),
            bodies: Array.isArray(cls.bodies) ? cls.bodies : [],
            outcome: (e.outcome as string | null) ?? null,
            preview: text.length > 100 ? `${text.slice(0, 99)}…` : text,
          };
        }),
        corrections,
        callbacks: callbacks.rows.map((cb) => ({
          id: String(cb.id),
          phone: (cb.phone as string | null) ?? null,
          createdAt: iso(cb.created_at),
          handledAt: iso(cb.handled_at),
          handledBy: (cb.handled_by as string | null) ?? null,
        })),
        transfer: t
          ? {
              note: String((t.data as Row).note ?? ''),
              byName: (t.by_name as string | null) ?? null,
              toName: (t.to_name as string | null) ?? null,
              toTeam: ((t.data as Row).toTeam as string | null) ?? null,
              createdAt: iso(t.created_at),
            }
          : null,
      });
    });

    api.post('/conversations/:id/template', async (req, res) => {
      const id = h.conversationId(req);
      const body = h.parse(templateBody, req.body);
      res.json({ messageId: await deps.outreach.sendTemplate(id, ref(res), body.clientId) });
    });

    api.post('/conversations/:id/email', async (req, res) => {
      const id = h.conversationId(req);
      const body = h.parse(emailBody, req.body);
      res.json(await deps.outreach.sendEmail(id, ref(res), body.text, body.clientId));
    });

    api.post('/conversations/:id/link', async (req, res) => {
      const id = h.conversationId(req);
      const body = h.parse(linkBody, req.body);
      await deps.outreach.linkAddress(id, ref(res), body.channel, body.address);
      res.json({ ok: true });
    });

    api.post('/conversations/:id/classification', async (req, res) => {
      const id = h.conversationId(req);
      const body = h.parse(correctionBody, req.body);
      res.json({ correctionId: await deps.corrections.correct(id, ref(res), body) });
    });

    api.post('/callbacks/:cid/done', async (req, res) => {
      const cid = uuidParam(req.params.cid);
      const r = await deps.db.query<{ conversation_id: string }>(
        `UPDATE callback_requests SET handled_at = now(), handled_by = $2 WHERE id = $1 AND handled_at IS NULL RETURNING conversation_id`,
        [cid, h.agentOf(res).id],
      );
      if (!r.rows[0]) throw new ApiError(404, 'not_found', 'no open call-back request with that id');
      res.json({ ok: true });
    });

    api.get('/canned', async (req, res) => {
      const team = typeof req.query.team === 'string' ? req.query.team : h.agentOf(res).team;
      const r = await deps.db.query<Row>(
        `SELECT id, team, title, body, updated_at FROM canned_answers
          WHERE NOT archived AND (team IS NULL OR $1::text IS NULL OR team = $1) ORDER BY team NULLS FIRST, title`,
        [team ?? null],
      );
      res.json({ answers: r.rows.map((x) => ({ id: String(x.id), team: (x.team as string | null) ?? null, title: String(x.title), body: String(x.body), updatedAt: iso(x.updated_at) })) });
    });
    api.post('/canned', async (req, res) => {
      coordinator(res);
      const body = h.parse(cannedBody, req.body);
      if (body.team && !deps.teams.has(body.team)) throw new ApiError(400, 'invalid', 'unknown team');
      const id = randomUUID();
      await deps.db.query(`INSERT INTO canned_answers (id, team, title, body, created_by) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        body.team ?? null,
        body.title,
        body.body,
        h.agentOf(res).id,
      ]);
      res.status(201).json({ id });
    });
    api.put('/canned/:cid', async (req, res) => {
      coordinator(res);
      const cid = uuidParam(req.params.cid);
      const body = h.parse(cannedBody, req.body);
      const r = await deps.db.query(`UPDATE canned_answers SET title = $2, body = $3, team = $4, updated_at = now() WHERE id = $1 AND NOT archived`, [
        cid,
        body.title,
        body.body,
        body.team ?? null,
      ]);
      if (!r.rowCount) throw new ApiError(404, 'not_found', 'canned answer not found');
      res.json({ ok: true });
    });
    api.delete('/canned/:cid', async (req, res) => {
      coordinator(res);
      const cid = uuidParam(req.params.cid);
      const r = await deps.db.query(`UPDATE canned_answers SET archived = true, updated_at = now() WHERE id = $1 AND NOT archived`, [cid]);
      if (!r.rowCount) throw new ApiError(404, 'not_found', 'canned answer not found');
      res.json({ ok: true });
    });
  };
}
