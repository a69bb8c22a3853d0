import type { CallHandling } from '../callflow/index.ts';
import type { Logger } from '../logger.ts';
import type { RingCentralGateway } from '../ringcentral/index.ts';
import type { AuditLog, ChangeDraftStore, ChangeRequestStore, Outbox } from '../store/index.ts';
import type { ApprovalPolicy, GroupDirectory } from './approval-policy.ts';

/** Everything the workflow works with; adapters build one per process. */
export interface WorkflowContext {
  readonly requests: ChangeRequestStore;
  /** Previews waiting to be requested by their authors. */
  readonly drafts: ChangeDraftStore;
  readonly audit: AuditLog;
  readonly outbox: Outbox;
  readonly gateway: RingCentralGateway;
  readonly policy: ApprovalPolicy;
  readonly groups: GroupDirectory;
  /** The current time; tests pass their own. */
  readonly now: () => Date;
  /** Who is applying (`host:pid`), so a restart can tell a dead applier from a live one. */
  readonly owner: string;
  /** How long an apply may run before another process may take it over. */
  readonly applyLeaseMs: number;
  readonly logger: Logger;
  /**
   * Told the call handling a change left, after it is applied and audited (the scheduler re-plans
   * its notices); a failure here is logged and never fails the change.
   */
  readonly onApplied?: (handling: CallHandling) => Promise<void>;
}

/** The current time as a UTC ISO string, the form the store keeps. */
export function nowIso(context: Pick<WorkflowContext, 'now'>): string {
  return context.now().toISOString();
}
