import type { Logger } from '../logger.ts';
import { CLAIM_LIMIT, type Scheduler } from './create-scheduler.ts';

/** The scheduler running in the background of the bot, until `stop()`. */
export interface SchedulerLoop {
  /** Starts no further pass or job, and resolves once the job running now (if any) has ended. */
  stop(): Promise<void>;
}

export interface SchedulerLoopOptions {
  readonly scheduler: Pick<Scheduler, 'runDue'>;
  /**
   * Expires pending requests past their time. A sweep each pass rather than a job per request:
   * the request row already holds its expiry, and expiring is a compare-and-set, so replicas
   * sweeping at once expire each request once.
   */
  readonly expireRequests: () => Promise<number>;
  /**
   * Settles requests a dead replica left half-applied once their lease is over, so a running
   * replica takes them over without waiting for a restart.
   */
  readonly recoverRequests: () => Promise<void>;
  readonly logger: Logger;
  /** How often due jobs are looked for (default 15 s): notices are posted within that of their minute. */
  readonly tickMs?: number;
}

const DEFAULT_TICK_MS = 15_000;

/**
 * Runs due jobs (notices, closure ends, the drift watch), expires requests and settles abandoned
 * ones every tick, one pass at a time; a pass that fails is logged and the next tick tries again.
 */
export function startSchedulerLoop(options: SchedulerLoopOptions): SchedulerLoop {
  const tickMs = options.tickMs ?? DEFAULT_TICK_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async (): Promise<void> => {
    try {
      // A full batch means more may be due (after downtime, a backlog): keep claiming.
      // Stopping ends the pass after the job running now; the jobs it claimed and did not start are
      // released by the shutdown (JobQueue.releaseHeld), so another replica runs them at once.
      while (!stopped && (await options.scheduler.runDue(() => stopped)) >= CLAIM_LIMIT);
      if (!stopped) await options.expireRequests();
      if (!stopped) await options.recoverRequests();
    } catch (error) {
      options.logger.error({ err: error }, 'scheduler pass failed; the next tick tries again');
    }
  };

  const tick = (): void => {
    running = pass().then(() => {
      if (!stopped) timer = setTimeout(tick, tickMs);
    });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
