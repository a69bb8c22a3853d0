import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createStores, openDatabase, type OpenedDatabase, type Stores } from '../store/index.ts';
import { createChangeWorkflow, noGroups, processOwner, type ChangeWorkflow, type GroupDirectory } from '../workflow/index.ts';
import { connectRingCentral, type RingCentralConnection } from './connect-ring-central.ts';

/** How long one apply may hold a request before another process may take it over. */
const APPLY_LEASE_MS = 10 * 60 * 1000;

/** What a console or CLI run works with: RingCentral, the database and the workflow over both. */
export interface WorkflowSession {
  readonly ringCentral: RingCentralConnection;
  readonly workflow: ChangeWorkflow;
  /** The database and its stores, for adapters that show requests and history themselves (Slack). */
  readonly database: OpenedDatabase;
  readonly stores: Stores;
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
  config: Config,
  logger: Logger,
  groups: GroupDirectory = noGroups,
  /** The workflow's clock; the console's `:now` sets it back or forward. */
  now: () => Date = () => new Date(),
): Promise<WorkflowSession> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  let ringCentral: RingCentralConnection;
  try {
    ringCentral = await connectRingCentral(config, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  const close = async (): Promise<void> => {
    await ringCentral.close();
    await database.close();
  };
  try {
    const stores = createStores(database.db);
    const workflow = createChangeWorkflow({
      ...stores,
      gateway: ringCentral.gateway,
      policy: config.policy,
      groups,
      now,
      owner: processOwner(),
      applyLeaseMs: APPLY_LEASE_MS,
      logger,
    });
    const recovered = await workflow.recoverInterrupted();
    const notices = [...(ringCentral.announcement ? [ringCentral.announcement] : []), ...recovered];
    return { ringCentral, workflow, database, stores, notices, explainStoreFailure: (error) => database.explainFailure(error), close };
  } catch (error) {
    await close();
    throw database.explainFailure(error) ?? error;
  }
}
