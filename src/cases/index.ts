import type { ChannelSender } from '../../channels/contract.js';
import type { Config } from '../config.js';
import type { ConsoleEvents, DeliveryPort } from '../handoff.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/db.js';
import type { MessageStore } from '../store/messages.js';
import type { CaseSettings } from './config.js';
import { systemClock, type Clock } from './deadlines.js';
import { createCaseQueue } from './jobs.js';
import { CaseQueries } from './queries.js';
import { CaseReports } from './report.js';
import { CaseService, type QueuePort } from './service.js';

export { CaseService } from './service.js';
export type { Clock } from './deadlines.js';

/** How often the case sweep re-creates missing delayed jobs from the database (ms). */
export const CASE_SWEEP_INTERVAL_MS = 60_000;

export interface CasesModule {
  service: CaseService;
  queries: CaseQueries;
  reports: CaseReports;
  settings: CaseSettings;
  clock: Clock;
  /** Start the worker and the periodic sweep (and run one sweep now). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Settings from the validated configuration. */
export function caseSettings(config: Config): CaseSettings {
  return {
    decisionWeeks: config.CASE_DECISION_WEEKS,
    committeeWeeks: config.CASE_COMMITTEE_WEEKS,
    committee: config.CASE_COMMITTEE,
    extensionWeeks: config.CASE_EXTENSION_WEEKS,
    reminderWorkingDays: config.CASE_REMINDER_WORKING_DAYS,
    followUpDays: config.CASE_FOLLOWUP_DAYS,
    bezwaarWarnDays: config.CASE_BEZWAAR_WARN_DAYS,
    ombudsman: { name: config.OMBUDSMAN_NAME, contact: config.OMBUDSMAN_CONTACT },
    municipality: config.MUNICIPALITY_NAME,
  };
}

/** Build the case module: service, read models, reports and its bull queue of delayed jobs. */
export function createCases(deps: {
  config: Config;
  db: Db;
  store: MessageStore;
  deliveries: DeliveryPort;
  events: ConsoleEvents;
  handoff: QueuePort;
  emailSender?: ChannelSender;
  teamName(teamId: string | null): { id: string; name: string };
  clock?: Clock;
  logger: Logger;
}): CasesModule {
  const clock = deps.clock ?? systemClock;
  const settings = caseSettings(deps.config);
  const { queue, close } = createCaseQueue(deps.config.REDIS_URL, deps.config.REDIS_PREFIX, deps.logger);
  const log = deps.logger.child({ module: 'cases' });
  const service = new CaseService({
    db: deps.db,
    store: deps.store,
    deliveries: deps.deliveries,
    events: deps.events,
    handoff: deps.handoff,
    queue,
    clock,
    settings,
    emailSender: deps.emailSender,
    teamName: deps.teamName,
    logger: log,
  });
  return {
    service,
    queries: new CaseQueries(deps.db, clock),
    reports: new CaseReports(deps.db, clock),
    settings,
    clock,
    async start() {
      void queue.process(4, async (job) => {
        if ((job.data as { type?: string }).type === 'sweep') {
          await service.sweep();
          return;
        }
        await service.runJob(job.data);
      });
      queue.on('failed', (job, err) => log.warn({ jobId: job.id, attempts: job.attemptsMade, err: err.message }, 'case job failed'));
      await queue.add({ type: 'sweep' } as never, { repeat: { every: CASE_SWEEP_INTERVAL_MS }, jobId: 'case-sweep', removeOnComplete: true, removeOnFail: true });
      await service.sweep().catch((err) => log.warn({ err: (err as Error).message }, 'case sweep failed'));
    },
    close,
  };
}
