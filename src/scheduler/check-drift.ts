import { changedParts, diffCallHandling, restoreParts, type CallHandling, type CallHandlingPart } from '../callflow/index.ts';
import type { Logger } from '../logger.ts';
import type { RateLimitBudget } from '../ringcentral/index.ts';
import type { AuditLog, Outbox, WatchStateStore } from '../store/index.ts';

/** A change Switchboard itself applied: the state just before, and the state it left. */
export interface AppliedChange {
  readonly preApply: CallHandling;
  readonly applied: CallHandling;
}

/** What one drift check found. */
export type DriftCheck =
  | { readonly outcome: 'unavailable' }
  /** A request is being applied: its half-written state is not drift, so the check waits. */
  | { readonly outcome: 'busy' }
  /** Little of RingCentral's rate limit is left this minute: the check leaves it to people. */
  | { readonly outcome: 'yielded' }
  | { readonly outcome: 'first-save' }
  | { readonly outcome: 'unchanged' }
  | { readonly outcome: 'drift'; readonly auditSeq: number; readonly changes: number };

export interface DriftWatchDeps {
  readonly audit: AuditLog;
  readonly outbox: Outbox;
  readonly watchState: WatchStateStore;
  /** The changes Switchboard applied after this ISO instant, oldest first. */
  readonly appliedSince: (iso: string) => Promise<ReadonlyArray<AppliedChange>>;
  /** Whether a request is being applied right now (by any process). */
  readonly isApplying: () => Promise<boolean>;
  readonly readCallHandling: () => Promise<CallHandling>;
  /** What is left of the rate-limit budget a read spends; the watch always reads when absent. */
  readonly readBudget?: () => ReadonlyArray<RateLimitBudget>;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Re-plans the scheduler's jobs from the call handling just read. */
  readonly syncJobs: (handling: CallHandling) => Promise<void>;
}

const WATCH_ID = 'call-handling';
/**
 * The share of a group's budget that must be left for the watch to read. A read spends about a
 * dozen requests; below half, the people using Switchboard this minute would feel it.
 */
const LOW_BUDGET_SHARE = 0.5;

/**
 * Compares RingCentral with the last known state and reports what changed outside Switchboard:
 * one `drift` audit entry with the differences in words, and a message for the audit channel.
 * The parts Switchboard wrote since the last look are subtracted first; nothing is reported while
 * RingCentral cannot be read or a request is half-applied. Every look re-plans the jobs, so notices
 * follow the rules whoever changed them (and the planning horizon moves on).
 */
export async function checkDrift(deps: DriftWatchDeps): Promise<DriftCheck> {
  const low = (deps.readBudget?.() ?? []).filter((budget) => budget.remaining < budget.limit * LOW_BUDGET_SHARE);
  if (low.length > 0) {
    deps.logger.debug({ budget: low.map((budget) => `${budget.group} ${budget.remaining} of ${budget.limit} left`) }, 'drift watch: RingCentral rate limit low; looking later');
    return { outcome: 'yielded' };
  }
  if (await deps.isApplying()) return { outcome: 'busy' };
  let live: CallHandling;
  try {
    live = await deps.readCallHandling();
  } catch (error) {
    // No false "changed" report: the next look tries again.
    deps.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'drift watch: cannot read the call handling');
    return { outcome: 'unavailable' };
  }
  const checkedAt = deps.now().toISOString();
  const last = await deps.watchState.get(WATCH_ID);
  let result: DriftCheck = { outcome: 'unchanged' };
  if (last === undefined) {
    result = { outcome: 'first-save' };
  } else {
    const outside = await outsideChanges(deps, last.handling, live, last.savedAt);
    if (outside !== undefined) result = await reportDrift(deps, outside, checkedAt);
  }
  await deps.watchState.save(WATCH_ID, live, checkedAt);
  await deps.syncJobs(live);
  return result;
}

/** The differences made outside Switchboard, in words; undefined when there are none. */
async function outsideChanges(
  deps: DriftWatchDeps,
  last: CallHandling,
  live: CallHandling,
  lastSavedAt: string,
): Promise<{ readonly changes: ReturnType<typeof diffCallHandling>; readonly count: number } | undefined> {
  const changed = changedParts(last, live);
  if (changed.size === 0) return undefined;
  // The parts Switchboard itself wrote since the last save are not drift.
  const ours = new Set<CallHandlingPart>();
  for (const change of await deps.appliedSince(lastSavedAt)) {
    for (const part of changedParts(change.preApply, change.applied)) ours.add(part);
  }
  const outside = [...changed].filter((part) => !ours.has(part));
  if (outside.length === 0) return undefined;
  // Switchboard's own parts put back as they were, so the words name only the outside changes.
  const withoutOurs = ours.size === 0 ? live : restoreParts(live, last, ours);
  const changes = diffCallHandling(last, withoutOurs);
  return { changes, count: changes.length > 0 ? changes.length : outside.length };
}

async function reportDrift(
  deps: DriftWatchDeps,
  outside: { readonly changes: ReturnType<typeof diffCallHandling>; readonly count: number },
  checkedAt: string,
): Promise<DriftCheck> {
  const { changes, count } = outside;
  const summary = `Changed in RingCentral, not through Switchboard: ${count} change${count === 1 ? '' : 's'}.`;
  const entry = await deps.audit.append({
    event: 'drift',
    recordedAt: checkedAt,
    requestId: undefined,
    requestedBy: 'RingCentral',
    approvedBy: [],
    commandText: 'changed in RingCentral, not through Switchboard',
    changes,
    operations: [],
    summary,
  });
  await deps.outbox.enqueue({
    recipient: 'audit',
    kind: 'drift',
    payload: { summary, auditSeq: entry.seq, auditHash: entry.hash, changes: changes.map((change) => change.text) },
    dedupeKey: `drift:${entry.seq}`,
    createdAt: checkedAt,
  });
  return { outcome: 'drift', auditSeq: entry.seq, changes: count };
}
