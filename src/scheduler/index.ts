/** The public surface of scheduler/: the notices to schedule for the current call handling. */
export { planNotices, type PlanNoticesOptions } from './plan-notices.ts';
export { NOTICE_KINDS, type NoticeKind, type PlannedNotice } from './planned-notice.ts';
export { describeNoticeTime, describeNoticeDay } from './describe-notice-time.ts';
export { wallClockInstant } from './wall-clock-instant.ts';
export { createScheduler, type AppliedChange, type DriftCheck, type Scheduler, type SchedulerDeps } from './create-scheduler.ts';
export { appliedSinceFrom } from './applied-since.ts';
