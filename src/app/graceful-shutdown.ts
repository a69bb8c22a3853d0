import type { Logger } from '../logger.ts';

/**
 * How long a shutdown may take from the signal to the exit: under the 30 s a container runtime
 * (Kubernetes' terminationGracePeriodSeconds, `docker stop`) waits before it kills.
 */
export const SHUTDOWN_DEADLINE_MS = 30_000;
/** The part of it kept for handing back leases and closing the servers and the database. */
const CLOSING_MS = 5_000;

/** A part of the bot whose work may be in flight when a shutdown begins. */
export interface DrainingPart {
  /** Its name in the log: `Slack interactions`, `scheduler`, `outbox delivery`. */
  readonly name: string;
  /** Starts no new work and resolves once the work in flight has ended. */
  readonly finish: () => Promise<void>;
  /** What is still running, for the log when the deadline passes; the name alone when absent. */
  readonly inFlight?: () => ReadonlyArray<string>;
}

/** What a shutdown works with. */
export interface GracefulShutdownOptions {
  readonly parts: ReadonlyArray<DrainingPart>;
  /**
   * Hands back the leases and claims this process still holds (jobs claimed and not started,
   * and after the deadline whatever was abandoned), so another replica takes them at once.
   */
  readonly release: () => Promise<void>;
  /** Closes the servers and the database. */
  readonly close: () => Promise<void>;
  readonly logger: Logger;
  /** The whole shutdown's time (SHUTDOWN_DEADLINE_MS by default; tests shorten it). */
  readonly deadlineMs?: number;
  /** Resolves when the work in flight must not be waited for any longer (a second signal). */
  readonly hurry?: Promise<void>;
}

/** How a shutdown ended: everything finished, or something was abandoned (`stillRunning`) or could not be closed in time. */
export type ShutdownOutcome = { readonly kind: 'finished' } | { readonly kind: 'overdue'; readonly stillRunning: ReadonlyArray<string> };

/**
 * Lets the work in flight end, then hands back leases and closes, all within the deadline. Each
 * part is asked to finish at once and in parallel; the parts still running when the time for
 * them is up (or when hurried) are logged at error by what they were doing and abandoned: the
 * caller then ends the process, and their leases, handed back, let another replica redo them.
 */
export async function shutDownGracefully(options: GracefulShutdownOptions): Promise<ShutdownOutcome> {
  const { logger } = options;
  const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
  const closingMs = Math.min(CLOSING_MS, deadlineMs / 2);
  const running = new Set(options.parts);
  const finished = Promise.all(
    options.parts.map(async (part) => {
      try {
        await part.finish();
      } catch (error) {
        logger.error({ err: error, part: part.name }, 'shutdown: a part failed while finishing its work');
      }
      running.delete(part);
    }),
  );
  const inTime = await within(
    deadlineMs - closingMs,
    finished.then(() => true),
    options.hurry,
  );
  const stillRunning = inTime ? [] : [...running].flatMap((part) => nonEmpty(part.inFlight?.()) ?? [part.name]);
  if (!inTime) {
    logger.error({ stillRunning }, 'shutdown: work still running at the deadline is abandoned; its leases are handed to the other replicas');
  }
  const closed = await within(
    closingMs,
    (async () => {
      try {
        await options.release();
      } catch (error) {
        // The leases then end by themselves; closing still matters.
        logger.error({ err: error }, 'shutdown: could not hand back the leases; other replicas take the work over when they end');
      }
      await options.close();
    })().then(
      () => true,
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown: could not close the servers or the database');
        return false;
      },
    ),
  );
  if (!closed) logger.error('shutdown: closing did not end in time');
  return inTime && closed ? { kind: 'finished' } : { kind: 'overdue', stillRunning };
}

/** What `work` said if it ended within `ms` (and before `hurry`), else false; it is not awaited beyond that. */
async function within(ms: number, work: Promise<boolean>, hurry?: Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work, timeUp, ...(hurry === undefined ? [] : [hurry.then(() => false)])]);
  } finally {
    clearTimeout(timer);
  }
}

function nonEmpty(items: ReadonlyArray<string> | undefined): ReadonlyArray<string> | undefined {
  return items === undefined || items.length === 0 ? undefined : items;
}
