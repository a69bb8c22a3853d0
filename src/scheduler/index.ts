/** The public surface of scheduler/: notices, closure ends and the drift watch, as durable jobs. */
export { planNotices, DEFAULT_REMINDER_LEAD_MS, type PlanNoticesOptions } from './plan-notices.ts';
export { planClosureEnds, type PlannedClosureEnd } from './plan-closure-ends.ts';
export { NOTICE_KINDS, type NoticeKind, type PlannedNotice } from './planned-notice.ts';
export { describeNoticeTime, describeNoticeDay } from './describe-notice-time.ts';
export { wallClockInstant } from './wall-clock-instant.ts';
export { createScheduler, CLAIM_LIMIT, DEFAULT_DRIFT_INTERVAL_MS, type Scheduler, type SchedulerDeps } from './create-scheduler.ts';
export type { AppliedChange, DriftCheck } from './check-drift.ts';
export { appliedSinceFrom } from './applied-since.ts';
export { startSchedulerLoop, type SchedulerLoop, type SchedulerLoopOptions } from './run-scheduler-loop.ts';
