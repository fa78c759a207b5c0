import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { CaseError } from '../cases/service.js';
import type { CasesModule } from '../cases/index.js';
import { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '../cases/records.js';
import { JUDGMENTS, NOT_HANDLED_REASONS, type Judgment, type NotHandledReason } from '../cases/texts.js';
import type { AgentRef } from '../handoff.js';
import type { Logger } from '../logger.js';
import type { Agent } from './agents.js';
import { isUuid } from './queries.js';
import type { ConsoleExtension } from './server.js';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
/** Chart.js's UMD build, served from node_modules (no CDN; CSP `script-src 'self'`). */
const CHART_JS = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.js');

const STATUS: Record<CaseError['code'], number> = { not_found: 404, conflict: 409, invalid: 400, forbidden: 403 };
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bodies = {
  create: z.object({ kind: z.enum(CASE_KINDS as [CaseKind, ...CaseKind[]]) }),
  status: z.object({ to: z.enum(CASE_STATUSES as [CaseStatus, ...CaseStatus[]]), note: z.string().max(2000).optional() }),
  note: z.object({ text: z.string().trim().min(1).max(4000) }),
  formal: z.object({ committee: z.boolean().optional() }),
  extend: z.object({ reason: z.string().trim().min(3).max(1000) }),
  hearing: z.object({
    heldOn: date.nullable().optional(),
    skipped: z.boolean().optional(),
    skipReason: z.string().max(1000).optional(),
    report: z.string().trim().min(1).max(8000),
  }),
  outcome: z.object({
    findings: z.string().trim().min(1).max(8000),
    judgment: z.enum(JUDGMENTS as [Judgment, ...Judgment[]]),
    conclusions: z.string().trim().min(1).max(8000),
  }),
  notHandled: z.object({ reason: z.enum(NOT_HANDLED_REASONS as [NotHandledReason, ...NotHandledReason[]]), note: z.string().max(2000).optional() }),
  link: z.object({ conversationId: z.string().refine(isUuid, 'uuid') }),
  contact: z.object({ email: z.string().trim().min(3).max(254) }),
  signal: z.object({
    themeKey: z.string().min(1).max(200),
    label: z.string().min(1).max(200),
    caseIds: z.array(z.string().refine(isUuid, 'uuid')).max(1000),
    decision: z.string().trim().min(3).max(4000),
  }),
  period: z.object({ from: date.optional(), to: date.optional() }),
};

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value ?? {});
  if (!r.success) {
    const first = r.error.issues[0];
    throw new CaseError('invalid', first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'invalid input');
  }
  return r.data;
}

const isCoordinator = (a: Agent) => a.role === 'coordinator' || a.role === 'admin';

/**
 * Console plugin for cases: the case panel's API (`/api/agent/cases/*`,
 * `/api/agent/conversations/:id/cases`), the coordinator page `/agent/coordinator` (coordinator
 * and admin only) with its API (`/api/agent/coordinator/*`: statistics, themes, signals, CSV and
 * JSON export) and Chart.js at `/agent/vendor/chart.umd.js`.
 */
export function casesConsolePlugin(cases: CasesModule, logger: Logger): (ext: ConsoleExtension) => void {
  const log = logger.child({ module: 'console-cases' });
  return ({ api, router, agentOf, agentOfCookie, pageHeaders, audit }) => {
    const ref = (res: Response): AgentRef => {
      const a = agentOf(res);
      return { id: a.id, displayName: a.displayName, role: a.role };
    };
    const caseId = (req: Request) => {
      const id = String(req.params.id ?? '');
      if (!isUuid(id)) throw new CaseError('invalid', 'case id must be a uuid');
      return id;
    };
    /** Wrap a handler: CaseErrors become JSON errors with their status. */
    const h =
      (fn: (req: Request, res: Response) => Promise<unknown>) =>
      async (req: Request, res: Response, next: NextFunction) => {
        try {
          const out = await fn(req, res);
          if (!res.headersSent) res.json(out);
        } catch (err) {
          if (err instanceof CaseError) res.status(STATUS[err.code]).json({ error: { code: err.code, message: err.message } });
          else next(err);
        }
      };
    const detail = async (id: string) => {
      const d = await cases.queries.detail(id);
      if (!d) throw new CaseError('not_found', 'case not found');
      return { case: d };
    };
    const coordinatorOnly = (res: Response) => {
      if (!isCoordinator(agentOf(res))) throw new CaseError('forbidden', 'only coordinators and admins');
    };
    const period = (req: Request) => {
      const q = parse(bodies.period, req.query);
      const d = cases.reports.defaultPeriod();
      return { from: q.from ?? d.from, to: q.to ?? d.to };
    };

    // Tell the page the case API exists (the case panel stays away from consoles without it).
    router.use('/api/agent', (_req, res, next) => {
      res.setHeader('X-Console-Features', 'cases');
      next();
    });

    // --- case panel ---------------------------------------------------------------------
    api.get(
      '/conversations/:id/cases',
      h(async (req, res) => {
        const id = String(req.params.id ?? '');
        if (!isUuid(id)) throw new CaseError('invalid', 'conversation id must be a uuid');
        const ids = await cases.queries.idsForConversation(id);
        log.info({ event: 'console.case.view', agentId: agentOf(res).id, conversationId: id }, 'cases viewed');
        for (const caseIdOf of ids) await audit(res, 'case.view', 'case', caseIdOf);
        return { cases: await Promise.all(ids.map(async (x) => (await cases.queries.detail(x))!)), kinds: CASE_KINDS };
      }),
    );
    api.post(
      '/conversations/:id/cases',
      h(async (req, res) => {
        const id = String(req.params.id ?? '');
        if (!isUuid(id)) throw new CaseError('invalid', 'conversation id must be a uuid');
        const c = await cases.service.createForConversation(id, ref(res), parse(bodies.create, req.body).kind);
        await audit(res, 'case.create', 'case', c.id);
        return detail(c.id);
      }),
    );
    api.get(
      '/cases',
      h(async (req, res) => {
        const status = typeof req.query.status === 'string' && (CASE_STATUSES as readonly string[]).includes(req.query.status) ? req.query.status : undefined;
        const list = await cases.queries.list({ status, openOnly: req.query.open === '1' });
        await audit(res, 'case.list', 'cases', status ?? (req.query.open === '1' ? 'open' : 'all'));
        return { cases: list };
      }),
    );
    api.get(
      '/cases/reminders',
      h(async (_req, res) => {
        const reminders = await cases.queries.reminders(agentOf(res).id);
        await audit(res, 'case.reminders', 'agent', agentOf(res).id);
        return { reminders };
      }),
    );
    api.get(
      '/cases/by-reference/:ref',
      h(async (req, res) => {
        const c = await cases.service.byReference(String(req.params.ref ?? ''));
        if (!c) throw new CaseError('not_found', 'no case with that reference');
        await audit(res, 'case.view', 'case', c.id);
        return detail(c.id);
      }),
    );
    api.get(
      '/cases/:id',
      h(async (req, res) => {
        const id = caseId(req);
        log.info({ event: 'console.case.view', agentId: agentOf(res).id, caseId: id }, 'case viewed');
        const d = await detail(id);
        await audit(res, 'case.view', 'case', id);
        return d;
      }),
    );
    const action = (path: string, fn: (id: string, req: Request, res: Response) => Promise<unknown>) =>
      api.post(
        `/cases/:id/${path}`,
        h(async (req, res) => {
          const id = caseId(req);
          await fn(id, req, res);
          log.info({ event: `console.case.${path}`, agentId: agentOf(res).id, caseId: id }, 'case action');
          await audit(res, `case.${path}`, 'case', id);
          return detail(id);
        }),
      );
    action('status', (id, req, res) => {
      const b = parse(bodies.status, req.body);
      return cases.service.transition(id, b.to, { kind: 'agent', agent: ref(res) }, b.note);
    });
    action('notes', (id, req, res) => cases.service.addNote(id, ref(res), parse(bodies.note, req.body).text));
    action('formal', (id, req, res) => cases.service.startFormal(id, { kind: 'agent', agent: ref(res) }, parse(bodies.formal, req.body)));
    action('extend', (id, req, res) => cases.service.extend(id, ref(res), parse(bodies.extend, req.body).reason));
    action('hearing', (id, req, res) => cases.service.recordHearing(id, ref(res), parse(bodies.hearing, req.body)));
    action('outcome', (id, req, res) => cases.service.decide(id, ref(res), parse(bodies.outcome, req.body)));
    action('not-handled', (id, req, res) => {
      const b = parse(bodies.notHandled, req.body);
      return cases.service.notHandled(id, ref(res), b.reason, b.note);
    });
    action('link', (id, req, res) => cases.service.linkConversation(id, parse(bodies.link, req.body).conversationId, ref(res)));
    action('contact', (id, req, res) => cases.service.addEmailAddress(id, parse(bodies.contact, req.body).email, ref(res)));

    // --- coordinator ----------------------------------------------------------------------
    api.get(
      '/coordinator/stats',
      h(async (req, res) => {
        coordinatorOnly(res);
        const p = period(req);
        const result = { stats: await cases.reports.stats(p), overdue: (await cases.queries.list({ openOnly: true })).filter((c) => c.overdue) };
        await audit(res, 'cases.stats', 'period', `${p.from}..${p.to}`);
        return result;
      }),
    );
    api.get(
      '/coordinator/themes',
      h(async (req, res) => {
        coordinatorOnly(res);
        const p = period(req);
        const result = { themes: await cases.reports.themes(p), signals: await cases.reports.signals() };
        await audit(res, 'cases.themes', 'period', `${p.from}..${p.to}`);
        return result;
      }),
    );
    api.post(
      '/coordinator/signals',
      h(async (req, res) => {
        coordinatorOnly(res);
        const b = parse(bodies.signal, req.body);
        const id = await cases.reports.markSignal({ ...b, agentId: agentOf(res).id });
        log.info({ event: 'console.signal', agentId: agentOf(res).id, signalId: id }, 'theme marked as signal');
        await audit(res, 'signal.mark', 'signal', String(id));
        return { id, signals: await cases.reports.signals() };
      }),
    );
    api.get(
      '/coordinator/export.json',
      h(async (req, res) => {
        coordinatorOnly(res);
        const p = period(req);
        await audit(res, 'cases.export', 'period', `${p.from}..${p.to}`);
        res.setHeader('Content-Disposition', `attachment; filename="klachten-${p.from}-${p.to}.json"`);
        return cases.reports.exportJson(p);
      }),
    );
    api.get(
      '/coordinator/export.csv',
      h(async (req, res) => {
        coordinatorOnly(res);
        const p = period(req);
        await audit(res, 'cases.export', 'period', `${p.from}..${p.to}`);
        const csv = await cases.reports.exportCsv(p);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="klachten-${p.from}-${p.to}.csv"`);
        res.send(csv);
      }),
    );

    // --- pages ----------------------------------------------------------------------------
    router.get('/agent/coordinator', pageHeaders, async (req, res, next) => {
      try {
        const agent = await agentOfCookie(req.headers.cookie);
        res.setHeader('Cache-Control', 'no-store');
        if (!agent) return res.redirect(303, '/agent');
        if (!isCoordinator(agent)) return res.status(403).type('text/plain; charset=utf-8').send('Alleen voor coördinatoren en beheerders.');
        res.sendFile('coordinator.html', { root: PUBLIC_DIR });
      } catch (err) {
        next(err);
      }
    });
    router.get('/agent/vendor/chart.umd.js', pageHeaders, (_req, res) => {
      res.setHeader('Cache-Control', 'public, max-age=86400');
      res.type('application/javascript').sendFile(CHART_JS);
    });
  };
}
