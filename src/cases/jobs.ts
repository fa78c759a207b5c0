import Bull from 'bull';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { withTimeout } from '../util/sanitize.js';
import type { CaseSettings } from './config.js';
import { atLocalTime, endOfDay, workingDaysBefore, type LocalDate } from './deadlines.js';
import type { CaseRecord } from './records.js';

/** Which deadline a reminder or deadline job is about. */
export type DeadlineKind =
  /** Awb 9:11: decision on a formal complaint. */
  | 'decision'
  /** Awb 9:8 lid 2: notice that a complaint is not handled, within four weeks. */
  | 'notice'
  /** Awb 6:7: the resident's last day to object (the handler helps in time). */
  | 'bezwaar';

/** A delayed job of a case. `key` is unique per case and deterministic (the bull jobId is `case:{caseId}:{key}`). */
export type CaseJob =
  | { type: 'reminder'; caseId: string; key: string; due: string; deadline: DeadlineKind; date: LocalDate; workingDaysBefore: number }
  | { type: 'deadline'; caseId: string; key: string; due: string; deadline: DeadlineKind; date: LocalDate }
  | { type: 'followup'; caseId: string; key: string; due: string }
  | { type: 'mail'; caseId: string; key: string; due: string; address: string; subject: string; text: string };

/** Reminders go out at 08:00 Dutch time on their working day. */
export const REMINDER_HOUR = 8;

/** The bull jobId of a case job (deterministic: scheduling twice adds one job). */
export function jobId(job: Pick<CaseJob, 'caseId' | 'key'>): string {
  return `case:${job.caseId}:${job.key}`;
}

/**
 * Every reminder, deadline and follow-up job a case should have now, derived from its record
 * alone; the scheduler adds the missing ones, a job whose key is no longer expected (deadline
 * extended, case decided) does nothing when it fires.
 * - formal complaint: reminders N working days before the Awb 9:11 deadline and a job at its
 *   end (marks it overdue); reminders before the Awb 9:8 four-week notice date while no outcome
 *   and no notice exist.
 * - bezwaar with a known last day, while the case is open: reminders before that day.
 * - solved informally: the follow-up question after `CASE_FOLLOWUP_DAYS`.
 */
export function expectedJobs(c: CaseRecord, s: Pick<CaseSettings, 'reminderWorkingDays'>): CaseJob[] {
  const jobs: CaseJob[] = [];
  const remind = (deadline: DeadlineKind, date: LocalDate, notBefore: LocalDate | null) => {
    for (const n of s.reminderWorkingDays) {
      const day = workingDaysBefore(date, n);
      if (notBefore && day < notBefore) continue; // term shorter than the reminder distance
      jobs.push({
        type: 'reminder',
        caseId: c.id,
        key: `reminder:${deadline}:${date}:${n}`,
        due: atLocalTime(day, REMINDER_HOUR, 0).toISOString(),
        deadline,
        date,
        workingDaysBefore: n,
      });
    }
  };
  if (c.status === 'formeel' && c.decisionDeadline) {
    remind('decision', c.decisionDeadline, c.formalReceivedOn);
    jobs.push({
      type: 'deadline',
      caseId: c.id,
      key: `deadline:decision:${c.decisionDeadline}`,
      due: new Date(endOfDay(c.decisionDeadline).getTime() + 1).toISOString(),
      deadline: 'decision',
      date: c.decisionDeadline,
    });
    if (c.noticeDeadline && !c.hearing && !c.outcome && !c.notHandled) remind('notice', c.noticeDeadline, c.formalReceivedOn);
  }
  if (c.kind === 'bezwaar' && c.bezwaarDeadline && (c.status === 'ontvangen' || c.status === 'informeel')) {
    remind('bezwaar', c.bezwaarDeadline, null);
  }
  if (c.status === 'opgelost' && c.followUpDue && !c.followUpAskedAt && c.solvedAt) {
    jobs.push({ type: 'followup', caseId: c.id, key: `followup:${c.solvedAt.getTime()}`, due: c.followUpDue.toISOString() });
  }
  return jobs;
}

/** How long closing the case queue waits for its running jobs and Redis (ms); then it disconnects. */
export const CASE_QUEUE_CLOSE_WAIT_MS = 3000;

/** The bull queue of case jobs, on its own Redis connections (same pattern as src/queues/bull.ts). */
export function createCaseQueue(redisUrl: string, prefix: string, logger: Logger): { queue: Bull.Queue<CaseJob>; close(): Promise<void> } {
  const conns: Redis[] = [];
  const conn = () => {
    const c = new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: false });
    c.on('error', () => undefined);
    conns.push(c);
    return c;
  };
  const shared = conn();
  const subscriber = conn();
  const queue = new Bull<CaseJob>('cases', {
    prefix: `${prefix}:bull`,
    createClient: (type) => (type === 'client' ? shared : type === 'subscriber' ? subscriber : conn()),
    settings: { stalledInterval: 15_000, maxStalledCount: 3 },
  });
  queue.on('error', (err) => logger.warn({ queue: 'cases', err: err.message }, 'queue error'));
  return {
    queue,
    async close() {
      // A Redis that does not answer would hold bull's close (and the shutdown) forever. A case
      // job cut off is stalled in bull, which runs it again after the restart; case_job_runs
      // (its key) keeps it from acting twice.
      await withTimeout(queue.close(), CASE_QUEUE_CLOSE_WAIT_MS, 'closing the case queue').catch(() => undefined);
      for (const c of conns) c.disconnect();
    },
  };
}
