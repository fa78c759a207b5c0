import type Bull from 'bull';

/** Most jobs one bulk add carries; more start the next at once. */
export const MAX_JOBS_PER_ADD = 200;

/**
 * Adds bull jobs in bulk: the jobs asked for while the event loop runs the callbacks that are
 * ready (a burst of webhooks read together) go to Redis as one `Queue.addBulk`, one MULTI/EXEC
 * round trip, instead of one `addJob` round trip each. Each caller still gets its own promise,
 * settled when its batch is written, so it can wait for its job as with `Queue.add`. The job
 * options (jobId, attempts, backoff) are bull's own, unchanged: an add of a jobId bull still
 * holds is ignored as before.
 *
 * A batch that Redis refuses as a whole rejects every promise of it with that error. A job that
 * Redis refused inside the MULTI (out of memory, a script flushed) comes back from bull's addBulk
 * without an id (bull ignores the command's error): its promise rejects, as `Queue.add` would.
 * A connection lost in the middle of the MULTI loses the batch (ioredis does not resend a
 * transaction): every promise rejects, and callers must cope, as the turn recovery sweep does.
 */
export class BulkAdder<T> {
  private pending: Array<{ data: T; opts: Bull.JobOptions; resolve: () => void; reject: (err: Error) => void }> = [];
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly queue: Bull.Queue<T>) {}

  /**
   * Queue a job with the next bulk add.
   * @returns a promise settled when the job's batch was written (rejects with Redis' error)
   */
  add(data: T, opts: Bull.JobOptions): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ data, opts, resolve, reject });
      if (this.pending.length >= MAX_JOBS_PER_ADD) this.flush();
      else this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Write what is pending now (nothing when nothing is). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    const batch = this.pending;
    if (!batch.length) return;
    this.pending = [];
    this.queue.addBulk(batch.map(({ data, opts }) => ({ data, opts }))).then(
      (jobs) => {
        batch.forEach((b, i) => {
          if (jobs[i]?.id != null) b.resolve();
          else b.reject(new Error(`bull did not add job ${String(b.opts.jobId ?? i)}: Redis refused it inside the MULTI`));
        });
      },
      (err: Error) => { for (const b of batch) b.reject(err); },
    );
  }
}
