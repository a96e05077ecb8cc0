// Jobs due at a sandbox time: payment expiry, notification deliveries and their retries, asynchronous refunds.
// A job runs when sandbox time reaches it, either because the wall clock got there (one unref'd timer for the
// earliest job) or because the clock was moved forward (`runDue()` after `advance`). Jobs run one at a time in
// due order; a job may schedule further jobs, which run in the same pass when they are already due. A job names the
// payment it is about, so what it changed is written to the state file after it ran (`afterJob`).
import type { SandboxClock } from './clock.ts';
import type { Payment } from './model.ts';

export type Job = (dueAt: number) => Promise<void> | void;

export interface Scheduler {
  /** Runs `job` at sandbox time `dueAt`; `subject` is the payment it changes. */
  at(dueAt: number, job: Job, subject?: Payment): void;
  /** Runs every job that is due now (including ones scheduled meanwhile); resolves when none is left. */
  runDue(): Promise<void>;
  /** Number of jobs waiting. */
  pending(): number;
  /** Drops every waiting job and the timer. */
  clear(): void;
}

const MAX_TIMER_MS = 2_147_483_647;

/** `afterJob` runs after every job (whether it threw or not) with the job's subject. */
export function createScheduler(clock: SandboxClock, onError: (error: unknown) => void, afterJob?: (subject: Payment | undefined) => void): Scheduler {
  let jobs: Array<{ dueAt: number; seq: number; job: Job; subject: Payment | undefined }> = [];
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const arm = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = jobs[0];
    if (next === undefined) return;
    timer = setTimeout(() => void runDue(), Math.min(Math.max(next.dueAt - clock.now(), 0), MAX_TIMER_MS));
    timer.unref();
  };

  const drain = async (): Promise<void> => {
    do {
      again = false;
      while (jobs[0] !== undefined && jobs[0].dueAt <= clock.now()) {
        const { dueAt, job, subject } = jobs.shift() as (typeof jobs)[number];
        try {
          await job(dueAt);
        } catch (error) {
          onError(error);
        }
        try {
          afterJob?.(subject);
        } catch (error) {
          onError(error);
        }
      }
    } while (again);
    arm();
  };

  const runDue = (): Promise<void> => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = drain().finally(() => (running = undefined));
    return running;
  };

  return {
    at(dueAt, job, subject) {
      jobs.push({ dueAt, seq: seq++, job, subject });
      jobs.sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
      if (running === undefined) arm();
      else again = true;
    },
    runDue,
    pending: () => jobs.length,
    clear() {
      jobs = [];
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
