import { inEachLanguage, type Said } from '../i18n/index.ts';
import { DateTime } from 'luxon';
import { isClosureRule, type CallHandling } from '../callflow/index.ts';
import type { Logger } from '../logger.ts';
import type { RateLimitBudget } from '../ringcentral/index.ts';
import type { AuditLog, Job, JobQueue, Outbox, WatchStateStore } from '../store/index.ts';
import { checkDrift, type AppliedChange, type DriftCheck } from './check-drift.ts';
import { describeNoticeTime } from './describe-notice-time.ts';
import { planClosureEnds } from './plan-closure-ends.ts';
import { planNotices } from './plan-notices.ts';
import type { NoticeKind, PlannedNotice } from './planned-notice.ts';

export interface SchedulerDeps {
  readonly jobs: JobQueue;
  readonly outbox: Outbox;
  readonly audit: AuditLog;
  /** Reads the live call handling from RingCentral. */
  readonly readCallHandling: () => Promise<CallHandling>;
  /** What is left of the rate-limit budget a read spends: the drift watch yields when it is low (never, when absent). */
  readonly readBudget?: () => ReadonlyArray<RateLimitBudget>;
  readonly now: () => Date;
  /** This replica's name, for job leases. */
  readonly owner: string;
  readonly leaseMs: number;
  readonly logger: Logger;
  /** How long before a date range its reminder is due (planNotices' default, 24 h, when absent; 0: none). */
  readonly reminderLeadMs?: number;
  /** Weekly rules (ids or names) worth a switch notice (none by default). */
  readonly weeklyRules?: ReadonlyArray<string>;
  /** How long a pass waits before retrying jobs it could not run (RingCentral down); default 1 minute. */
  readonly retryAfterMs?: number;
  /** How often the drift watch looks at RingCentral (default 5 minutes). */
  readonly driftIntervalMs?: number;
  /** The drift watch's memory; the drift watch needs it. */
  readonly watchState?: WatchStateStore;
  /** The changes Switchboard applied after this ISO instant, oldest first; the drift watch needs it. */
  readonly appliedSince?: (iso: string) => Promise<ReadonlyArray<AppliedChange>>;
  /** Whether a request is being applied now; the drift watch waits meanwhile (none applying when absent). */
  readonly isApplying?: () => Promise<boolean>;
  /** Removes a spent closure rule through the workflow; closure-end jobs need it and `closureRuleIds`. Returns what happened, in words. */
  readonly endClosure?: (command: { readonly ruleId: string; readonly ruleName: string; readonly handling: CallHandling; readonly at: DateTime }) => Promise<{ readonly message: Said }>;
  /** The ids of the closure rules Switchboard made (from the store, through the workflow); only those get closure-end jobs. */
  readonly closureRuleIds?: () => Promise<ReadonlyArray<string>>;
}

export interface Scheduler {
  /** Plans the notices and closure ends for this call handling as jobs; drops those no longer planned. */
  syncJobs(handling: CallHandling): Promise<void>;
  /**
   * Claims the due jobs and runs them; returns how many ran (completed, with or without a message).
   * Once `stopping()` says so, no further job is started: the rest stay claimed by this replica
   * until it releases them (JobQueue.releaseHeld) as it shuts down.
   */
  runDue(stopping?: () => boolean): Promise<number>;
  /** Compares RingCentral with the last known state and reports changes made outside Switchboard. */
  checkDrift(): Promise<DriftCheck>;
  /** Schedules the drift watch's recurring job now (each replica at start; the job runs on one of them). */
  startDriftWatch(): Promise<void>;
}

/** What a notice job carries. */
interface NoticePayload {
  readonly noticeKey: string;
  readonly ruleId: string;
  readonly kind: NoticeKind;
  /** The planned instant; the job's run_at moves on a retry, this does not. */
  readonly at: string;
}

/** What a closure-end job carries. */
interface ClosureEndPayload {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly at: string;
}

/** What the drift watch's recurring job carries: how many looks in a row RingCentral could not be read. */
interface DriftPayload {
  readonly failures: number;
}

const NOTICE_JOB = 'notice';
const CLOSURE_END_JOB = 'closure-end';
const DRIFT_JOB = 'drift-check';
const PLANNED_KINDS = [NOTICE_JOB, CLOSURE_END_JOB];
/** At most this many jobs per claim; `runDue` returning it means more may be due. */
export const CLAIM_LIMIT = 50;
const DEFAULT_RETRY_AFTER_MS = 60_000;
/** How often the drift watch looks at RingCentral when not told. */
export const DEFAULT_DRIFT_INTERVAL_MS = 5 * 60_000;
const FIRST_DRIFT_RETRY_MS = 30_000;
/** RingCentral's rate-limit window: after a yield, the budget has refilled by then. */
const DRIFT_YIELD_MS = 60_000;
const REPLAN_HORIZON_DAYS = 8;

/**
 * The scheduler over the durable job queue. Notices are stored as jobs keyed by their stable
 * notice key, so re-planning updates them in place; at fire time a notice is planned again from
 * the call handling of that moment, so it says what is true then, or is dropped when its rule was
 * deleted, disabled or changed since. Messages go through the outbox (dedupe key = notice key), so
 * a Slack outage delays them and a job re-run after a lost lease posts nothing twice.
 *
 * The drift watch is one recurring job too, so with several replicas one of them looks each time
 * (and a second look cannot report the same change twice).
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const retryAfterMs = deps.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  const driftIntervalMs = deps.driftIntervalMs ?? DEFAULT_DRIFT_INTERVAL_MS;
  const planOptions = {
    ...(deps.reminderLeadMs === undefined ? {} : { reminderLeadMs: deps.reminderLeadMs }),
    ...(deps.weeklyRules === undefined ? {} : { weeklyRules: deps.weeklyRules }),
  };
  const later = (from: Date, ms: number): string => new Date(from.getTime() + ms).toISOString();

  async function syncJobs(handling: CallHandling): Promise<void> {
    const notices = planNotices(handling, { ...planOptions, now: DateTime.fromJSDate(deps.now()) })
      // A zero lead means no reminders.
      .filter((notice) => notice.kind !== 'reminder' || deps.reminderLeadMs !== 0);
    // The store is asked for Switchboard's closures only when a rule is named like one.
    const { endClosure, closureRuleIds } = deps;
    const closureEnds =
      endClosure !== undefined && closureRuleIds !== undefined && handling.customRules.some(isClosureRule)
        ? planClosureEnds(handling, await closureRuleIds())
        : [];
    const planned = [
      ...notices.map((notice) => ({
        key: `${NOTICE_JOB}:${notice.key}`,
        kind: NOTICE_JOB,
        payload: { noticeKey: notice.key, ruleId: notice.ruleId, kind: notice.kind, at: notice.at } satisfies NoticePayload,
        runAt: notice.at,
      })),
      ...closureEnds.map((end) => ({
        key: end.key,
        kind: CLOSURE_END_JOB,
        payload: { ruleId: end.ruleId, ruleName: end.ruleName, at: end.at } satisfies ClosureEndPayload,
        runAt: end.at,
      })),
    ];
    await deps.jobs.upsert(planned);
    // Jobs already due are kept: planning starts at now, so it cannot see a notice missed while no
    // replica ran, and that notice still goes out, late (it re-checks the rules when it runs).
    await deps.jobs.dropMissing(PLANNED_KINDS, planned.map((job) => job.key), deps.now().toISOString());
  }

  /**
   * The notices at `at`, planned from just before it under `handling`, by key. The window reaches a
   * week ahead so a weekly window starting at `at` is seen whole (its notice says until when).
   */
  function replanAt(handling: CallHandling, at: string): ReadonlyMap<string, PlannedNotice> {
    const instant = DateTime.fromISO(at, { zone: 'utc' });
    const notices = planNotices(handling, { ...planOptions, now: instant.minus({ milliseconds: 1 }), horizonDays: REPLAN_HORIZON_DAYS, onlyAt: instant });
    return new Map(notices.map((notice) => [notice.key, notice]));
  }

  async function runNotice(job: Job, replanned: ReadonlyMap<string, PlannedNotice>, handling: CallHandling, now: Date): Promise<void> {
    const payload = job.payload as NoticePayload;
    const runAt = DateTime.fromISO(payload.at, { zone: 'utc' });
    // The same key is found only when the rule still yields this notice at this time.
    const fresh = replanned.get(payload.noticeKey);
    if (fresh === undefined) {
      deps.logger.info({ job: job.key }, 'notice dropped: its rule no longer yields it');
    } else if (fresh.mootAt !== undefined && now.getTime() >= Date.parse(fresh.mootAt)) {
      deps.logger.info({ job: job.key }, 'notice dropped: run after what it announces was over');
    } else {
      // Whoever posts it says "Late:" when that is later than its time, whether the job ran late or Slack was down.
      // Text and time go in each language: the channel and each manager may read another one.
      const plannedFor = inEachLanguage((language) => describeNoticeTime(runAt, handling.timeZone, language));
      await deps.outbox.enqueue({
        recipient: 'managers',
        kind: `notice-${fresh.kind}`,
        payload: { text: fresh.text, ruleId: fresh.ruleId, at: fresh.at, plannedFor },
        dedupeKey: `${NOTICE_JOB}:${fresh.key}`,
        createdAt: now.toISOString(),
      });
    }
    await deps.jobs.complete(job.id, deps.owner, now.toISOString());
  }

  async function runClosureEnd(job: Job, handling: CallHandling, ownClosureRuleIds: ReadonlyArray<string>, now: Date): Promise<void> {
    const payload = job.payload as ClosureEndPayload;
    // Still the closure planned, and over: one replaced or extended since has a job of its own.
    const stillDue = planClosureEnds(handling, ownClosureRuleIds).some((end) => end.key === job.key) && Date.parse(payload.at) <= now.getTime();
    if (stillDue && deps.endClosure !== undefined) {
      const outcome = await deps.endClosure({ ruleId: payload.ruleId, ruleName: payload.ruleName, handling, at: DateTime.fromJSDate(now) });
      deps.logger.info({ job: job.key, outcome: outcome.message.en }, 'closure ended');
    }
    await deps.jobs.complete(job.id, deps.owner, now.toISOString());
  }

  async function runDriftCheck(job: Job, now: Date): Promise<void> {
    const check = await checkDriftNow();
    if (check.outcome === 'yielded') {
      // Left to people this minute: look again once the budget has refilled, counting no failure.
      await deps.jobs.reschedule(job.id, deps.owner, later(now, Math.min(driftIntervalMs, DRIFT_YIELD_MS)), job.payload as DriftPayload);
      return;
    }
    const failures = check.outcome === 'unavailable' ? (job.payload as DriftPayload).failures + 1 : 0;
    // RingCentral down: look again soon, backing off from 30 s and doubling, but never later than the interval.
    const delay = failures === 0 ? driftIntervalMs : Math.min(driftIntervalMs, FIRST_DRIFT_RETRY_MS * 2 ** (failures - 1));
    await deps.jobs.reschedule(job.id, deps.owner, later(now, delay), { failures } satisfies DriftPayload);
  }

  async function runDue(stopping: () => boolean = () => false): Promise<number> {
    const now = deps.now();
    const claimed = await deps.jobs.claimDue(now.toISOString(), deps.owner, deps.leaseMs, CLAIM_LIMIT);
    let ran = 0;
    const planned: Job[] = [];
    for (const job of claimed) {
      if (stopping()) return ran;
      if (job.kind === DRIFT_JOB) {
        await runDriftCheck(job, now);
        ran += 1;
      } else if (PLANNED_KINDS.includes(job.kind)) {
        planned.push(job);
      } else {
        deps.logger.warn({ job: job.key, kind: job.kind }, 'scheduler: unknown job kind; retried later');
        await deps.jobs.fail(job.id, deps.owner, `unknown job kind ${job.kind}`, later(now, retryAfterMs));
      }
    }
    if (planned.length === 0 || stopping()) return ran;
    let handling: CallHandling;
    let ownClosureRuleIds: ReadonlyArray<string> = [];
    try {
      handling = await deps.readCallHandling();
      if (deps.closureRuleIds !== undefined && planned.some((job) => job.kind === CLOSURE_END_JOB)) ownClosureRuleIds = await deps.closureRuleIds();
    } catch (error) {
      // Without the handling of now, a notice could say what was planned rather than what is true: retry later.
      const message = error instanceof Error ? error.message : String(error);
      deps.logger.warn({ err: message, jobs: planned.length }, 'scheduler: cannot read the call handling; jobs retried later');
      for (const job of planned) await deps.jobs.fail(job.id, deps.owner, `RingCentral: ${message}`, later(now, retryAfterMs));
      return ran;
    }
    // Notices due at the same instant (a holiday's on and another's off) share one re-planning.
    const replannedAt = new Map<string, ReadonlyMap<string, PlannedNotice>>();
    for (const job of planned) {
      if (stopping()) break;
      if (job.kind === NOTICE_JOB) {
        const { at } = job.payload as NoticePayload;
        let replanned = replannedAt.get(at);
        if (replanned === undefined) replannedAt.set(at, (replanned = replanAt(handling, at)));
        await runNotice(job, replanned, handling, now);
      } else {
        await runClosureEnd(job, handling, ownClosureRuleIds, now);
      }
      ran += 1;
    }
    return ran;
  }

  function checkDriftNow(): Promise<DriftCheck> {
    const { watchState, appliedSince } = deps;
    if (watchState === undefined || appliedSince === undefined) throw new Error('the drift watch needs watchState and appliedSince');
    return checkDrift({
      audit: deps.audit,
      outbox: deps.outbox,
      watchState,
      appliedSince,
      isApplying: deps.isApplying ?? (async () => false),
      readCallHandling: deps.readCallHandling,
      readBudget: deps.readBudget,
      now: deps.now,
      logger: deps.logger,
      syncJobs,
    });
  }

  async function startDriftWatch(): Promise<void> {
    await deps.jobs.upsert([{ key: DRIFT_JOB, kind: DRIFT_JOB, payload: { failures: 0 } satisfies DriftPayload, runAt: deps.now().toISOString() }]);
  }

  return { syncJobs, runDue, checkDrift: checkDriftNow, startDriftWatch };
}
