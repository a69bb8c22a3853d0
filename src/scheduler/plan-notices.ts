import type { DateTime } from 'luxon';
import {
  describeDestination,
  isClosureRule,
  resolveCall,
  type CallHandling,
  type CallResolution,
  type CustomRule,
} from '../callflow/index.ts';
import { inEachLanguage, NOTICE_MESSAGES, say, type Language, type Said } from '../i18n/index.ts';
import { describeNoticeDay, describeNoticeTime } from './describe-notice-time.ts';
import { NOTICE_KINDS, type NoticeKind, type PlannedNotice } from './planned-notice.ts';
import { resolveDateRangeSpans, resolveWeeklySpans, type RuleSpan } from './rule-spans.ts';

/** How far ahead `planNotices` looks, and which notices it plans. */
export interface PlanNoticesOptions {
  /** The planning instant; only notices strictly after it are planned. */
  readonly now: DateTime;
  /** Notices up to `now` plus this many calendar days in the company zone are planned (default 400). */
  readonly horizonDays?: number;
  /** How long before a date range starts its reminder is due (default 24 hours). */
  readonly reminderLeadMs?: number;
  /** Only the notices at exactly this instant (re-planning one notice when it fires); all in the window when absent. */
  readonly onlyAt?: DateTime;
  /** Weekly rules worth a switch notice, by id or name (any case); weekly rules get none unless listed (default none). */
  readonly weeklyRules?: ReadonlyArray<string>;
}

const DEFAULT_HORIZON_DAYS = 400;
/** How long before a date range its reminder goes out when not told. */
export const DEFAULT_REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;
// A weekly span in force now may have started days ago; looking a week back finds its real start,
// so its switch-off key does not change from one planning to the next.
const WEEKLY_LOOKBACK_DAYS = 7;

/**
 * The notices to schedule for the current call handling: for each enabled custom rule with date
 * ranges, a reminder `reminderLeadMs` before each range, a switch-on at its start and a switch-off
 * at its end; for the weekly rules in `weeklyRules`, a switch-on and -off at each window. Only
 * notices after `now` and within the horizon, sorted by time, then switch-off, switch-on, reminder.
 *
 * Pure: the texts say where a call at that instant goes under the handling given (`resolveCall`),
 * in each language, so whoever posts them picks the readers'; whoever fires a notice later should
 * re-plan from the handling of that moment.
 *
 * @example
 * planNotices(handling, { now: DateTime.fromISO('2026-12-01T09:00', { zone: 'US/Eastern' }) })
 * // [{ kind: 'reminder', at: '2026-12-24T00:00:00-05:00', key: 'reminder:7:2026-12-25T00:00:00-05:00', … },
 * //  { kind: 'switch-on', at: '2026-12-25T00:00:00-05:00', … }, { kind: 'switch-off', at: '2026-12-26T00:00:00-05:00', … }]
 */
export function planNotices(handling: CallHandling, options: PlanNoticesOptions): ReadonlyArray<PlannedNotice> {
  const zone = handling.timeZone;
  const now = options.now.setZone(zone);
  // An unknown zone cannot place a wall-clock time; plan nothing rather than guess an offset.
  if (!now.isValid) return [];
  const horizon = now.plus({ days: options.horizonDays ?? DEFAULT_HORIZON_DAYS });
  const lead = options.reminderLeadMs ?? DEFAULT_REMINDER_LEAD_MS;
  const weeklyRules = new Set((options.weeklyRules ?? []).map((rule) => rule.toLowerCase()));
  const isWorthWeeklyNotices = (rule: CustomRule): boolean => weeklyRules.has(rule.id.toLowerCase()) || weeklyRules.has(rule.name.toLowerCase());
  const onlyAt = options.onlyAt?.toMillis();
  const isPlanned = (at: DateTime): boolean => at > now && at <= horizon && (onlyAt === undefined || at.toMillis() === onlyAt);

  const notices: PlannedNotice[] = [];
  for (const rule of handling.customRules) {
    if (!rule.enabled) continue;
    const schedule = rule.schedule;
    if (schedule.kind === 'dates') {
      for (const span of resolveDateRangeSpans(schedule.ranges, zone)) {
        // Most spans lie outside the window; skipping them by milliseconds saves building instants
        // in the company zone, which is most of the cost of re-planning one notice.
        if (span.end.toMillis() <= now.toMillis() || span.start.toMillis() - lead > horizon.toMillis()) continue;
        const remindAt = span.start.minus({ milliseconds: lead });
        if (span.start > now && isPlanned(remindAt)) notices.push(reminder(handling, rule, span, remindAt));
        if (isPlanned(span.start)) notices.push(switchOn(handling, rule, span));
        if (isPlanned(span.end)) notices.push(switchOff(handling, rule, span));
      }
    } else if (schedule.kind === 'weekly' && isWorthWeeklyNotices(rule)) {
      // A week back finds the real start of a span in force now (stable keys); one day past the
      // horizon makes a span cut at the last day end after the horizon (no false switch-off).
      const first = now.startOf('day').minus({ days: WEEKLY_LOOKBACK_DAYS });
      const last = horizon.startOf('day').plus({ days: 1 });
      for (const span of resolveWeeklySpans(schedule.weekly, first, last, zone)) {
        if (isPlanned(span.start)) notices.push(switchOn(handling, rule, span));
        if (isPlanned(span.end)) notices.push(switchOff(handling, rule, span));
      }
    }
  }
  return sortAndDeduplicate(notices);
}

function reminder(handling: CallHandling, rule: CustomRule, span: RuleSpan, at: DateTime): PlannedNotice {
  const zone = handling.timeZone;
  const resolution = resolveCall(handling, callUnder(rule, span.start));
  const text = inEachLanguage((language) =>
    say(language, NOTICE_MESSAGES.reminder, { when: describeNoticeDay(span.start, at, zone, language), ...switchValues(handling, rule, span, resolution, language) }),
  );
  return notice('reminder', rule, span, at, text, zone);
}

function switchOn(handling: CallHandling, rule: CustomRule, span: RuleSpan): PlannedNotice {
  const resolution = resolveCall(handling, callUnder(rule, span.start));
  const text = inEachLanguage((language) =>
    say(language, NOTICE_MESSAGES['switch-on'], { kind: switchingRuleKind(rule), ...switchValues(handling, rule, span, resolution, language) }),
  );
  return notice('switch-on', rule, span, span.start, text, handling.timeZone);
}

function switchOff(handling: CallHandling, rule: CustomRule, span: RuleSpan): PlannedNotice {
  const resolution = resolveCall(handling, callUnder(rule, span.end));
  const text = inEachLanguage((language) =>
    say(language, NOTICE_MESSAGES['switch-off'], { name: rule.name, where: describeDestination(handling, resolution.destination, language), decidedBy: resolution.rule }),
  );
  return notice('switch-off', rule, span, span.end, text, handling.timeZone);
}

/**
 * What a reminder and a switch-on notice say about the span: where calls go, until its end when
 * this rule decides them, else which earlier rule does (the rule is shadowed then).
 */
function switchValues(
  handling: CallHandling,
  rule: CustomRule,
  span: RuleSpan,
  resolution: CallResolution,
  language: Language,
): { name: string; where: string; until?: string; shadowedBy?: CallResolution['rule'] } {
  const where = describeDestination(handling, resolution.destination, language);
  if (isDecidedBy(resolution, rule)) return { name: rule.name, where, until: describeNoticeTime(span.end, handling.timeZone, language) };
  return { name: rule.name, where, shadowedBy: resolution.rule };
}

function notice(
  kind: NoticeKind,
  rule: CustomRule,
  span: RuleSpan,
  at: DateTime,
  text: Said,
  zone: string,
): PlannedNotice {
  // The key names the span by its start, so a span's off notice keeps its key while the span is on.
  const key = `${kind}:${rule.id}:${isoIn(span.start, zone)}`;
  // A reminder is moot once its span starts, an on notice once its span ends; an off notice never is.
  const moot = kind === 'reminder' ? span.start : kind === 'switch-on' ? span.end : undefined;
  return { key, kind, ruleId: rule.id, ruleName: rule.name, at: isoIn(at, zone), text, ...(moot === undefined ? {} : { mootAt: isoIn(moot, zone) }) };
}

/**
 * A call the rule's own conditions admit (its first caller ID and called number, if it has any), so
 * a rule limited to some callers is described for those callers rather than for anonymous ones.
 */
function callUnder(rule: CustomRule, at: DateTime): { at: DateTime; from?: string; to?: string } {
  const from = rule.callers[0]?.callerId;
  const to = rule.calledNumbers[0];
  return { at, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

function isDecidedBy(resolution: CallResolution, rule: CustomRule): boolean {
  return resolution.rule.kind === 'custom' && resolution.rule.id === rule.id;
}

function switchingRuleKind(rule: CustomRule): 'closure' | 'dates' | 'weekly' {
  if (isClosureRule(rule)) return 'closure';
  return rule.schedule.kind === 'dates' ? 'dates' : 'weekly';
}

function isoIn(at: DateTime, zone: string): string {
  // Valid by construction: every instant here comes from a valid `now` or a parsed range.
  return at.setZone(zone).toISO({ suppressMilliseconds: true }) ?? at.toString();
}

/**
 * Sorted by time, then kind (an off before an on at the same instant reads in the order calls
 * switch), then key. Keys are unique per rule id; should two rules share an id, the first wins so a
 * store upserting by key never sees two jobs for one key.
 */
function sortAndDeduplicate(notices: ReadonlyArray<PlannedNotice>): ReadonlyArray<PlannedNotice> {
  const unique = new Map<string, PlannedNotice>();
  for (const planned of notices) if (!unique.has(planned.key)) unique.set(planned.key, planned);
  const order = (kind: NoticeKind): number => NOTICE_KINDS.indexOf(kind);
  return [...unique.values()].sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) || order(a.kind) - order(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
