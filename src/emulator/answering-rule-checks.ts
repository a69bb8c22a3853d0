import { toStoredCallerId } from '../callflow/ringcentral-behaviour.ts';
import { apiFailure, invalidParameter, resourceNotFound, type ApiFailure } from './api-error.ts';
import { normaliseDateRanges } from './date-ranges.ts';
import { BYPASS_TARGET_TYPES, type AnsweringRuleRecord, type EmulatorState, type ExtensionRecord, type RuleSchedule } from './emulator-state.ts';
import { checkWeeklyRanges, hasWeeklyRanges } from './weekly-ranges.ts';

/** RingCentral's limit on a rule name (old error table: AWR-179; the spec text says 30). */
export const MAX_RULE_NAME_LENGTH = 127;

/** What the checks need to know about the company. */
export interface RuleCheckContext {
  readonly extensions: ReadonlyArray<ExtensionRecord>;
  /** The company time zone: offset-less date ranges are read in it. */
  readonly timeZone: string;
  /** Multi-level IVR mode, where a rule must `Bypass` (AWR-182). */
  readonly multiLevelIvr: boolean;
}

/** What the checks need, from the company's state. */
export function ruleCheckContext(state: Pick<EmulatorState, 'extensions' | 'account' | 'multiLevelIvr'>): RuleCheckContext {
  return { extensions: state.extensions, timeZone: state.account.regionalSettings.timezone.name, multiLevelIvr: state.multiLevelIvr === true };
}

/** The outcome of checking a rule: the rule as RingCentral would store it, or why it is refused. */
export type RuleCheckResult = { ok: true; rule: AnsweringRuleRecord } | { ok: false; failure: ApiFailure };

const refuse = (failure: ApiFailure): RuleCheckResult => ({ ok: false, failure });

/** Checks who the rule sends calls to (AWR-182, AWR-172, AWR-173, CMN-102). */
function checkTarget(rule: AnsweringRuleRecord, context: RuleCheckContext): ApiFailure | null {
  const { extensions } = context;
  if (context.multiLevelIvr && rule.callHandlingAction !== 'Bypass') {
    return apiFailure(400, 'AWR-182', 'Only bypass action is available in multi-level IVR mode', 'callHandlingAction');
  }
  if (rule.callHandlingAction !== 'Bypass') {
    return rule.extension === undefined
      ? null
      : apiFailure(400, 'AWR-173', 'Extension can be specified only for [Bypass] call handling action', 'extension');
  }
  const id = rule.extension?.id;
  if (id === undefined || id === '') {
    return apiFailure(400, 'AWR-172', 'Extension is required for [Bypass] call handling action', 'extension');
  }
  const target = extensions.find((candidate) => String(candidate.id) === id);
  return target !== undefined && BYPASS_TARGET_TYPES.includes(target.type) ? null : resourceNotFound('extension.id', 400);
}

/** Checks the schedule and returns it normalised (empty parts dropped, date ranges in UTC). */
function normaliseSchedule(
  schedule: RuleSchedule,
  timeZone: string,
): { ok: true; schedule: RuleSchedule | undefined } | { ok: false; failure: ApiFailure } {
  const parts = [schedule.weeklyRanges, schedule.ranges, schedule.ref].filter((part) => part !== undefined);
  if (parts.length > 1) return { ok: false, failure: invalidParameter('schedule') };
  if (schedule.weeklyRanges !== undefined) {
    const failure = checkWeeklyRanges(schedule.weeklyRanges, 'schedule.weeklyRanges');
    if (failure !== null) return { ok: false, failure };
    return { ok: true, schedule: hasWeeklyRanges(schedule.weeklyRanges) ? { weeklyRanges: schedule.weeklyRanges } : undefined };
  }
  if (schedule.ranges !== undefined) {
    const ranges = normaliseDateRanges(schedule.ranges, timeZone, 'schedule.ranges');
    if (!ranges.ok) return ranges;
    return { ok: true, schedule: ranges.ranges.length > 0 ? { ranges: ranges.ranges } : undefined };
  }
  return { ok: true, schedule: schedule.ref === undefined ? undefined : { ref: schedule.ref } };
}

/**
 * Checks a default rule: it "cannot be used with callers' or callees' conditions" and its
 * schedule is always its own reference.
 */
function checkDefaultRuleConditions(rule: AnsweringRuleRecord): ApiFailure | null {
  if ((rule.callers?.length ?? 0) > 0) return invalidParameter('callers');
  if ((rule.calledNumbers?.length ?? 0) > 0) return invalidParameter('calledNumbers');
  const schedule = rule.schedule;
  if (schedule !== undefined && (schedule.ref !== ownReference(rule) || Object.keys(schedule).length !== 1)) {
    return invalidParameter('schedule');
  }
  return null;
}

/** The schedule reference a default rule always carries. */
function ownReference(rule: AnsweringRuleRecord): 'BusinessHours' | 'AfterHours' {
  return rule.type === 'AfterHours' ? 'AfterHours' : 'BusinessHours';
}

/** Checks that a custom rule has a condition and that `ref` is not its only one (AWR-111, AWR-120). */
function checkCustomRuleConditions(rule: AnsweringRuleRecord): ApiFailure | null {
  if ((rule.callers?.length ?? 0) > 0 || (rule.calledNumbers?.length ?? 0) > 0) return null;
  if (rule.schedule === undefined) return apiFailure(400, 'AWR-111', 'At least one answering rule condition should be specified');
  if (rule.schedule.ref !== undefined) {
    return apiFailure(400, 'AWR-120', 'Schedule reference is allowed only with other answering rule conditions', 'schedule.ref');
  }
  return null;
}

/** Checks phone-number lists: caller ids present, called numbers not repeated (AWR-113). */
function checkNumbers(rule: AnsweringRuleRecord): ApiFailure | null {
  if (rule.callers?.some((caller) => toStoredCallerId(caller.callerId ?? '') === '')) {
    return invalidParameter('callers.callerId');
  }
  const seen = new Set<string>();
  for (const called of rule.calledNumbers ?? []) {
    const key = called.phoneNumber ?? called.id ?? '';
    if (key === '') return invalidParameter('calledNumbers.phoneNumber');
    if (seen.has(key)) return apiFailure(400, 'AWR-113', `Called number [${key}] is duplicated`, 'calledNumbers');
    seen.add(key);
  }
  return null;
}

/** Checks greetings: one greeting per type (AWR-106). */
function checkGreetings(rule: AnsweringRuleRecord): ApiFailure | null {
  const seen = new Set<string>();
  for (const greeting of rule.greetings ?? []) {
    const type = greeting.type ?? '';
    if (seen.has(type)) return apiFailure(400, 'AWR-106', `Greeting [${type}] is duplicated`, 'greetings');
    seen.add(type);
  }
  return null;
}

/**
 * Runs RingCentral's business checks on a whole rule (after a PUT has been merged into it) and
 * returns the rule as it would be stored: caller ids as RingCentral keeps them (callflow's
 * RingCentral behaviour `caller-id-match`), empty schedule parts removed, date ranges as UTC
 * instants. The first failing check wins, in the order RingCentral appears to use: name, target,
 * numbers, schedule, conditions.
 */
export function checkAnsweringRule(rule: AnsweringRuleRecord, context: RuleCheckContext): RuleCheckResult {
  if ((rule.name?.length ?? 0) > MAX_RULE_NAME_LENGTH) {
    return refuse(apiFailure(400, 'AWR-179', `Answering rule name should not exceed ${MAX_RULE_NAME_LENGTH} symbols`, 'name'));
  }
  const early = checkTarget(rule, context) ?? checkNumbers(rule) ?? checkGreetings(rule);
  if (early !== null) return refuse(early);
  const checked: AnsweringRuleRecord = { ...rule };
  if (rule.type !== 'Custom') {
    const failure = checkDefaultRuleConditions(rule);
    if (failure !== null) return refuse(failure);
    checked.schedule = { ref: ownReference(rule) };
    return { ok: true, rule: checked };
  }
  const normalised = rule.schedule === undefined ? { ok: true as const, schedule: undefined } : normaliseSchedule(rule.schedule, context.timeZone);
  if (!normalised.ok) return normalised;
  if (normalised.schedule === undefined) delete checked.schedule;
  else checked.schedule = normalised.schedule;
  if (rule.callers !== undefined) {
    checked.callers = rule.callers.map((caller) => ({ ...caller, callerId: toStoredCallerId(caller.callerId ?? '') }));
  }
  const conditions = checkCustomRuleConditions(checked);
  return conditions === null ? { ok: true, rule: checked } : refuse(conditions);
}
