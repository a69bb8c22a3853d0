import { DateTime } from 'luxon';
import { changedParts, diffCallHandling, restoreParts, type CallHandling, type CallHandlingPart } from '../callflow/index.ts';
import type { Logger } from '../logger.ts';
import type { AuditLog, Job, JobQueue, Outbox, WatchStateStore } from '../store/index.ts';
import { describeNoticeTime } from './describe-notice-time.ts';
import { planNotices } from './plan-notices.ts';
import type { NoticeKind } from './planned-notice.ts';

/** A change Switchboard itself applied: the state just before, and the state it left. */
export interface AppliedChange {
  readonly preApply: CallHandling;
  readonly applied: CallHandling;
}

export interface SchedulerDeps {
  readonly jobs: JobQueue;
  readonly outbox: Outbox;
  readonly audit: AuditLog;
  /** Reads the live call handling from RingCentral. */
  readonly readCallHandling: () => Promise<CallHandling>;
  readonly now: () => Date;
  /** This replica's name, for job leases. */
  readonly owner: string;
  readonly leaseMs: number;
  readonly logger: Logger;
  /** How long before a date range its reminder is due (planNotices' default, 24 h, when absent). */
  readonly reminderLeadMs?: number;
  /** A notice that runs more than this after its time is marked late (default 5 minutes). */
  readonly lateAfterMs?: number;
  /** Weekly rules worth a switch notice (none by default). */
  readonly weeklyRuleIds?: ReadonlyArray<string>;
  /** How long a pass waits before retrying jobs it could not run (RingCentral down); default 1 minute. */
  readonly retryAfterMs?: number;
  /** The drift watch's memory; `checkDrift` needs it. */
  readonly watchState?: WatchStateStore;
  /** The changes Switchboard applied after this ISO instant, oldest first; `checkDrift` needs it. */
  readonly appliedSince?: (iso: string) => Promise<ReadonlyArray<AppliedChange>>;
}

/** What one drift check found. */
export type DriftCheck =
  | { readonly outcome: 'unavailable' }
  | { readonly outcome: 'first-save' }
  | { readonly outcome: 'unchanged' }
  | { readonly outcome: 'drift'; readonly auditSeq: number; readonly changes: number };

export interface Scheduler {
  /** Plans the notices for this call handling and stores them as jobs; drops the notices no longer planned. */
  syncNotices(handling: CallHandling): Promise<void>;
  /** Claims the due jobs and runs them; returns how many ran (completed, with or without a message). */
  runDue(): Promise<number>;
  /** Compares RingCentral with the last known state and reports changes made outside Switchboard. */
  checkDrift(): Promise<DriftCheck>;
}

/** What a notice job carries. */
interface NoticePayload {
  readonly noticeKey: string;
  readonly ruleId: string;
  readonly kind: NoticeKind;
  /** The planned instant; the job's run_at moves on a retry, this does not. */
  readonly at: string;
}

const NOTICE_JOB = 'notice';
const CLAIM_LIMIT = 50;
const DEFAULT_LATE_AFTER_MS = 5 * 60_000;
const DEFAULT_RETRY_AFTER_MS = 60_000;
const WATCH_ID = 'call-handling';

/**
 * The scheduler over the durable job queue. Notices are stored as jobs keyed by their stable
 * notice key, so re-planning updates them in place; at fire time a notice is planned again from
 * the call handling of that moment, so it says what is true then, or is dropped when its rule was
 * deleted, disabled or changed since. Messages go through the outbox (dedupe key = notice key), so
 * a Slack outage delays them and a job re-run after a lost lease posts nothing twice.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const lateAfterMs = deps.lateAfterMs ?? DEFAULT_LATE_AFTER_MS;
  const retryAfterMs = deps.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  const planOptions = {
    ...(deps.reminderLeadMs === undefined ? {} : { reminderLeadMs: deps.reminderLeadMs }),
    ...(deps.weeklyRuleIds === undefined ? {} : { weeklyRuleIds: deps.weeklyRuleIds }),
  };
  const nowIso = (): string => deps.now().toISOString();

  async function syncNotices(handling: CallHandling): Promise<void> {
    const notices = planNotices(handling, { ...planOptions, now: DateTime.fromJSDate(deps.now()) });
    await deps.jobs.upsert(
      notices.map((notice) => ({
        key: `${NOTICE_JOB}:${notice.key}`,
        kind: NOTICE_JOB,
        payload: { noticeKey: notice.key, ruleId: notice.ruleId, kind: notice.kind, at: notice.at } satisfies NoticePayload,
        runAt: notice.at,
      })),
    );
    await deps.jobs.dropMissing([NOTICE_JOB], notices.map((notice) => `${NOTICE_JOB}:${notice.key}`));
  }

  async function runNotice(job: Job, handling: CallHandling, now: Date): Promise<void> {
    const payload = job.payload as NoticePayload;
    const plannedAt = payload.at ?? job.runAt;
    const runAt = DateTime.fromISO(plannedAt, { zone: 'utc' });
    // Planned again from just before its time under the handling of now: the same key is found
    // only when the rule still yields this notice at this time.
    const fresh = planNotices(handling, { ...planOptions, now: runAt.minus({ milliseconds: 1 }) }).find(
      (notice) => notice.key === payload.noticeKey,
    );
    if (fresh === undefined) {
      deps.logger.info({ job: job.key }, 'notice dropped: its rule no longer yields it');
    } else {
      const late = now.getTime() - Date.parse(plannedAt) > lateAfterMs;
      const text = late ? `Late: ${fresh.text} (planned for ${describeNoticeTime(runAt, handling.timeZone)})` : fresh.text;
      await deps.outbox.enqueue({
        recipient: 'managers',
        kind: `notice-${fresh.kind}`,
        payload: { text, ruleId: fresh.ruleId, at: fresh.at, late },
        dedupeKey: `${NOTICE_JOB}:${fresh.key}`,
        createdAt: now.toISOString(),
      });
    }
    await deps.jobs.complete(job.id, deps.owner, now.toISOString());
  }

  async function runDue(): Promise<number> {
    const now = deps.now();
    const claimed = await deps.jobs.claimDue(now.toISOString(), deps.owner, deps.leaseMs, CLAIM_LIMIT);
    if (claimed.length === 0) return 0;
    let handling: CallHandling;
    try {
      handling = await deps.readCallHandling();
    } catch (error) {
      // Without the handling of now, a notice could say what was planned rather than what is true: retry later.
      const message = error instanceof Error ? error.message : String(error);
      deps.logger.warn({ err: message, jobs: claimed.length }, 'scheduler: cannot read the call handling; jobs retried later');
      const retryAt = new Date(now.getTime() + retryAfterMs).toISOString();
      for (const job of claimed) await deps.jobs.fail(job.id, deps.owner, `RingCentral: ${message}`, retryAt);
      return 0;
    }
    let ran = 0;
    for (const job of claimed) {
      if (job.kind === NOTICE_JOB) {
        await runNotice(job, handling, now);
        ran += 1;
      } else {
        deps.logger.warn({ job: job.key, kind: job.kind }, 'scheduler: unknown job kind; retried later');
        await deps.jobs.fail(job.id, deps.owner, `unknown job kind ${job.kind}`, new Date(now.getTime() + retryAfterMs).toISOString());
      }
    }
    return ran;
  }

  async function checkDrift(): Promise<DriftCheck> {
    const { watchState, appliedSince } = deps;
    if (watchState === undefined || appliedSince === undefined) throw new Error('checkDrift needs watchState and appliedSince');
    let live: CallHandling;
    try {
      live = await deps.readCallHandling();
    } catch (error) {
      // No false "changed" report: the next poll tries again.
      deps.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'drift watch: cannot read the call handling');
      return { outcome: 'unavailable' };
    }
    const checkedAt = nowIso();
    const last = await watchState.get(WATCH_ID);
    if (last === undefined) {
      await watchState.save(WATCH_ID, live, checkedAt);
      await syncNotices(live);
      return { outcome: 'first-save' };
    }
    const changed = changedParts(last.handling, live);
    if (changed.size === 0) {
      await watchState.save(WATCH_ID, live, checkedAt);
      return { outcome: 'unchanged' };
    }
    // The parts Switchboard itself wrote since the last save are not drift.
    const ours = new Set<CallHandlingPart>();
    for (const change of await appliedSince(last.savedAt)) {
      for (const part of changedParts(change.preApply, change.applied)) ours.add(part);
    }
    const outside = [...changed].filter((part) => !ours.has(part));
    let result: DriftCheck = { outcome: 'unchanged' };
    if (outside.length > 0) {
      // Switchboard's own parts put back as they were, so the words name only the outside changes.
      const withoutOurs = ours.size === 0 ? live : restoreParts(live, last.handling, ours);
      const changes = diffCallHandling(last.handling, withoutOurs);
      const count = changes.length > 0 ? changes.length : outside.length;
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
        payload: { summary, auditSeq: entry.seq, changes: changes.map((change) => change.text) },
        dedupeKey: `drift:${entry.seq}`,
        createdAt: checkedAt,
      });
      result = { outcome: 'drift', auditSeq: entry.seq, changes: count };
    }
    await watchState.save(WATCH_ID, live, checkedAt);
    await syncNotices(live);
    return result;
  }

  return { syncNotices, runDue, checkDrift };
}
