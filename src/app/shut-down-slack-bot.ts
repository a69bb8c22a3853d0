import { EXIT, writeLine, type CliIo } from '../console/index.ts';
import type { Logger } from '../logger.ts';
import type { SchedulerLoop } from '../scheduler/index.ts';
import type { JobQueue } from '../store/index.ts';
import type { ChangeWorkflow } from '../workflow/index.ts';
import { SHUTDOWN_DEADLINE_MS, shutDownGracefully } from './graceful-shutdown.ts';

/** SIGINT or SIGTERM: the first asks for a graceful shutdown, a second stops waiting for the work in flight. */
export interface StopSignals {
  readonly first: Promise<NodeJS.Signals>;
  readonly again: Promise<void>;
}

/**
 * Listens for SIGINT and SIGTERM. After a second signal the listeners are removed, so a third one
 * ends the process at once, as Node does by default.
 */
export function listenForStopSignals(): StopSignals {
  let signalled: (signal: NodeJS.Signals) => void = () => {};
  let signalledAgain: () => void = () => {};
  const first = new Promise<NodeJS.Signals>((resolve) => (signalled = resolve));
  const again = new Promise<void>((resolve) => (signalledAgain = resolve));
  let count = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    count += 1;
    if (count === 1) return signalled(signal);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    signalledAgain();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { first, again };
}

/** The running bot's parts that a shutdown stops, drains and closes. */
export interface RunningSlackBot {
  /** The Slack app's gate (createSlackApp): turns new interactions away, tells when those in flight ended. */
  readonly gate: { close(): void; drained(): Promise<void>; inFlight(): ReadonlyArray<string> };
  readonly scheduler: SchedulerLoop;
  readonly delivery: { stop(): Promise<void>; release(): Promise<number | undefined> };
  readonly jobs: Pick<JobQueue, 'releaseHeld'>;
  readonly workflow: Pick<ChangeWorkflow, 'releaseApplyingClaims'>;
  /** This process's lease owner (`host:pid`, as the session's scheduler and workflow claim with). */
  readonly owner: string;
  /** Stops the Slack app and the health server, and closes RingCentral and the database. */
  readonly close: () => Promise<void>;
  readonly logger: Logger;
}

/**
 * After the first stop signal: turns new Slack interactions away (the caller has already made
 * /readyz say so), lets the approvals, applies, deliveries and jobs in flight end, hands back
 * what this process still holds (jobs claimed and not started; past the deadline, the message
 * being posted and the requests being applied) and closes, within SHUTDOWN_DEADLINE_MS. Returns
 * EXIT.ok; past the deadline the process is ended with EXIT.ringCentralFailure, as the work it
 * abandoned still holds sockets (RingCentral, Slack or the database was too slow to answer).
 */
export async function shutDownSlackBot(bot: RunningSlackBot, signals: StopSignals, io: CliIo): Promise<number> {
  const signal = await signals.first;
  bot.gate.close();
  writeLine(io.stderr, `${signal}: Switchboard takes no new work and finishes what is in flight (at most ${SHUTDOWN_DEADLINE_MS / 1000} s); send it again to stop waiting.`);
  bot.logger.info({ signal, slackInFlight: bot.gate.inFlight() }, 'shutdown: started');
  const outcome = await shutDownGracefully({
    parts: [
      { name: 'Slack interactions', finish: () => bot.gate.drained(), inFlight: () => bot.gate.inFlight().map((what) => `Slack ${what}`) },
      { name: 'scheduler (a job, request expiry or recovery)', finish: () => bot.scheduler.stop() },
      { name: 'outbox delivery (a post to Slack)', finish: () => bot.delivery.stop() },
    ],
    release: async () => {
      const jobs = await bot.jobs.releaseHeld(bot.owner);
      const outboxMessage = await bot.delivery.release();
      const requests = await bot.workflow.releaseApplyingClaims();
      if (jobs > 0 || outboxMessage !== undefined || requests > 0) bot.logger.info({ jobs, outboxMessage, requests }, 'shutdown: handed back leases to the other replicas');
    },
    close: bot.close,
    logger: bot.logger,
    hurry: signals.again,
  });
  if (outcome.kind === 'finished') return EXIT.ok;
  writeLine(io.stderr, `Switchboard stopped before its work in flight ended (${outcome.stillRunning.join(', ') || 'closing'}); another replica, or the next start, takes it over.`);
  process.exit(EXIT.ringCentralFailure);
}
