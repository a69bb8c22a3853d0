import type { Logger } from '../logger.ts';
import type { RingCentralGateway, RingCentralObserver } from '../ringcentral/index.ts';
import { appliedSinceFrom, createScheduler, type Scheduler } from '../scheduler/index.ts';
import { createStores, openDatabase, type OpenedDatabase, type Stores } from '../store/index.ts';
import { createChangeWorkflow, noGroups, processOwner, type ApprovalPolicy, type ChangeWorkflow, type GroupDirectory } from '../workflow/index.ts';
import { resolveAuditKey } from './audit-key.ts';
import { connectRingCentral, type RingCentralConnection } from './connect-ring-central.ts';
import type { Settings } from './load-settings.ts';

/** How long one apply may hold a request before another process may take it over. */
const APPLY_LEASE_MS = 10 * 60 * 1000;
/** How long one scheduler job may run (a closure end applies a change) before another replica may take it. */
const JOB_LEASE_MS = 10 * 60 * 1000;

/** What every entry point works with: RingCentral, the database and the workflow over both. */
export interface WorkflowSession {
  readonly gateway: RingCentralGateway;
  readonly workflow: ChangeWorkflow;
  /** The approval policy the workflow was built with. */
  readonly policy: ApprovalPolicy;
  /** The database and its stores, for adapters that show requests and history themselves (Slack). */
  readonly database: OpenedDatabase;
  readonly stores: Stores;
  /**
   * Notices, closure ends and the drift watch as durable jobs. Every change applied in this session
   * re-plans them; only the Slack bot runs them (`startSchedulerLoop`).
   */
  readonly scheduler: Scheduler;
  /** Lines to show first: the emulator announcement, requests settled after a crash. */
  readonly notices: ReadonlyArray<string>;
  /** The one-line StoreError for a database failure met while working (gone, or locked too long). */
  explainStoreFailure(error: unknown): Error | undefined;
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), connects RingCentral and settles any request a killed
 * process left half-applied. Throws StoreError or RingCentralApiError with one-line messages.
 */
export async function openWorkflowSession(
  settings: Settings,
  logger: Logger,
  groups: GroupDirectory = noGroups,
  /** The workflow's clock; the console's `:now` sets it back or forward. */
  now: () => Date = () => new Date(),
  /** Hears of every RingCentral request and rate-limit wait (the bot's metrics). */
  observer?: RingCentralObserver,
): Promise<WorkflowSession> {
  const auditKey = await resolveAuditKey(settings);
  const database = await openDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir });
  let ringCentral: RingCentralConnection;
  try {
    ringCentral = await connectRingCentral(settings, logger, observer);
  } catch (error) {
    await database.close();
    throw error;
  }
  const close = async (): Promise<void> => {
    await ringCentral.close();
    await database.close();
  };
  try {
    const stores = createStores(database, { auditKey });
    const owner = processOwner();
    const workflow = createChangeWorkflow({
      ...stores,
      gateway: ringCentral.gateway,
      policy: settings.policy,
      groups,
      now,
      owner,
      applyLeaseMs: APPLY_LEASE_MS,
      logger,
      onApplied: (handling) => scheduler.syncJobs(handling),
    });
    const scheduler = createScheduler({
      jobs: stores.jobs,
      outbox: stores.outbox,
      audit: stores.audit,
      // The drift watch and the notices must see RingCentral as it is, not as a command saw it. They
      // read in the background: a person's requests go first when both wait for the rate limit.
      readCallHandling: () => ringCentral.gateway.withCaller({ priority: 'background' }, () => ringCentral.gateway.readCallHandling({ fresh: true })),
      readBudget: () => ringCentral.gateway.readBudget(),
      now,
      owner,
      leaseMs: JOB_LEASE_MS,
      logger,
      reminderLeadMs: settings.scheduler.reminderLeadMs,
      weeklyRules: settings.scheduler.weeklyNoticeRules,
      driftIntervalMs: settings.scheduler.driftIntervalMs,
      watchState: stores.watchState,
      appliedSince: appliedSinceFrom(stores.requests),
      // A request left applying by a dead process (its lease over) waits for recovery; it must not stop the watch.
      isApplying: async () =>
        (await stores.requests.list({ statuses: ['applying'], limit: 20 })).some((request) => Date.parse(request.applyingLeaseUntil ?? '') > now().getTime()),
      endClosure: (command) => workflow.endClosure(command),
      closureRuleIds: () => workflow.closureRuleIds(),
    });
    const recovered = await workflow.recoverInterrupted();
    const notices = [...(ringCentral.announcement ? [ringCentral.announcement] : []), ...recovered];
    return { gateway: ringCentral.gateway, workflow, policy: settings.policy, database, stores, scheduler, notices, explainStoreFailure: (error) => database.explainFailure(error), close };
  } catch (error) {
    await close();
    throw database.explainFailure(error) ?? error;
  }
}
