import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { PrivacyService } from '../privacy/service.js';
import type { ConsoleExtension } from './server.js';

/** Roles, from least to most rights. */
export const ROLES = ['agent', 'coordinator', 'admin'] as const;

/** An error the console answers as JSON (`status`, `{error:{code,message}}`). */
class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const residentBody = z.object({
  channel: z.enum(['whatsapp', 'webchat', 'email']),
  address: z.string().trim().min(1).max(320),
});
const eraseBody = residentBody.extend({ confirm: z.literal(true) });
const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z.coerce.number().int().positive().optional(),
  targetId: z.string().max(100).optional(),
});

/**
 * Admin routes of the console (issue 6, points 5 and 7), all under `/api/agent/admin`, for the
 * `admin` role only (403 otherwise):
 * - `GET  /admin/audit?limit&before&targetId` — the audit log, newest first.
 * - `POST /admin/residents/export {channel, address}` — everything stored about the resident
 *   who owns that address, as JSON (audited). POST keeps the address out of URLs and access logs.
 * - `POST /admin/residents/erase {channel, address, confirm: true}` — erase that resident (audited).
 * - `POST /admin/retention/run` — enforce the retention policy now (it also runs hourly).
 */
export function privacyRoutes(privacy: PrivacyService, logger: Logger) {
  const log = logger.child({ module: 'privacy' });
  return (ext: ConsoleExtension): void => {
    const admin = (res: Response) => {
      const agent = ext.agentOf(res);
      if (agent.role !== 'admin') throw new RouteError(403, 'forbidden', 'only an admin may do this');
      return agent;
    };
    const parse = <T>(schema: z.ZodType<T>, v: unknown): T => {
      const r = schema.safeParse(v ?? {});
      if (!r.success) {
        const first = r.error.issues[0];
        throw new RouteError(400, 'invalid', first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'invalid input');
      }
      return r.data;
    };
    const send = (fn: (req: Request, res: Response) => Promise<unknown>) => async (req: Request, res: Response) => {
      try {
        res.json(await fn(req, res));
      } catch (err) {
        if (!(err instanceof RouteError)) throw err;
        res.status(err.status).json({ error: { code: err.code, message: err.message } });
      }
    };

    ext.api.get('/admin/audit', send(async (req, res) => {
      admin(res);
      const q = parse(auditQuery, req.query);
      return { entries: await privacy.auditLog(q) };
    }));
    ext.api.post('/admin/residents/export', send(async (req, res) => {
      const agent = admin(res);
      const body = parse(residentBody, req.body);
      const data = await privacy.exportResident(body);
      if (!data) throw new RouteError(404, 'not_found', 'no resident has that address');
      const residentId = (data.resident as { id: string }).id;
      await privacy.audit({ agentId: agent.id, role: agent.role, action: 'resident.export', targetType: 'resident', targetId: residentId });
      log.info({ event: 'privacy.export', agentId: agent.id, residentId }, 'resident data exported');
      return data;
    }));
    ext.api.post('/admin/residents/erase', send(async (req, res) => {
      const agent = admin(res);
      const body = parse(eraseBody, req.body);
      const out = await privacy.eraseResident(body, agent.id, agent.role);
      if (!out) throw new RouteError(404, 'not_found', 'no resident has that address');
      log.info({ event: 'privacy.erase', agentId: agent.id, residentId: out.residentId }, 'resident erased');
      return { ok: true, ...out };
    }));
    ext.api.post('/admin/retention/run', send(async (_req, res) => {
      const agent = admin(res);
      const result = await privacy.enforceRetention();
      await privacy.audit({ agentId: agent.id, role: agent.role, action: 'retention.run', detail: { ...result } });
      return result;
    }));
  };
}
