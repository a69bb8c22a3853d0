import { CHANGE_MESSAGES as WORDS, describeDay, inEachLanguage, say } from '../i18n/index.ts';
import { describeDateRange } from './describe-date-range.ts';
import { findDstChangeDays } from './find-dst-change-days.ts';
import { WEEKDAYS, type CallHandling, type CustomRule, type DateRange, type RuleSchedule } from './model.ts';
import { parseDateRange } from './parse-date-range.ts';
import type { ProposalWarning } from './proposed-change.ts';

/**
 * What the requester should know about the rules a change adds or replaces: an earlier rule that
 * hides one completely, other rules whose dates overlap it, and daylight-saving days in its dates.
 */
export function resolveProposalWarnings(after: CallHandling, touchedRuleIds: ReadonlyArray<string>): ReadonlyArray<ProposalWarning> {
  return after.customRules.flatMap((rule, index) =>
    touchedRuleIds.includes(rule.id) ? warnAboutRule(after, rule, after.customRules.slice(0, index)) : [],
  );
}

function warnAboutRule(after: CallHandling, rule: CustomRule, earlier: ReadonlyArray<CustomRule>): ProposalWarning[] {
  const zone = after.timeZone;
  // Only a rule without caller or number conditions matches every call its schedule covers.
  const shadow = earlier.find(
    (candidate) => candidate.enabled && candidate.callers.length === 0 && candidate.calledNumbers.length === 0 && covers(candidate.schedule, rule.schedule, zone),
  );
  const warnings: ProposalWarning[] = [];
  if (shadow !== undefined) {
    warnings.push({
      code: 'shadowed-by-earlier-rule',
      text: inEachLanguage((language) => say(language, WORDS['warning-shadowed-by-earlier-rule'], { rule: rule.name, earlier: shadow.name })),
    });
  }
  const ranges = rule.schedule.kind === 'dates' ? rule.schedule.ranges : [];
  for (const other of after.customRules) {
    if (other === rule || other === shadow || !other.enabled || other.schedule.kind !== 'dates') continue;
    const otherRanges = other.schedule.ranges;
    const shared = ranges.filter((range) => otherRanges.some((candidate) => overlaps(range, candidate, zone)));
    if (shared.length > 0) {
      warnings.push({
        code: 'overlaps-rule',
        text: inEachLanguage((language) =>
          say(language, WORDS['warning-overlaps-rule'], {
            rule: rule.name,
            other: other.name,
            days: shared.map((range) => describeDateRange(range, zone, language)),
          }),
        ),
      });
    }
  }
  const seen = new Set<string>();
  for (const range of ranges) {
    const instants = parseDateRange(range, zone);
    for (const day of instants === null ? [] : findDstChangeDays(instants, zone)) {
      const key = day.toISODate() ?? '';
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({
        code: 'dst-change-day',
        // `Mar 14, 2027` / `14 mars 2027`, the day in the company zone.
        text: inEachLanguage((language) =>
          say(language, WORDS['warning-dst-change-day'], { rule: rule.name, day: describeDay(day, language, { weekday: false }), zone }),
        ),
      });
    }
  }
  return warnings;
}

/** A half-open span of numbers: epoch milliseconds for dates, minutes of the day for weekly windows. */
interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * Whether `earlier` covers every instant of `later`. Dates are compared with dates and weekly
 * windows with weekly windows; mixed kinds count as not covered, so the warning is never false.
 */
function covers(earlier: RuleSchedule, later: RuleSchedule, zone: string): boolean {
  if (earlier.kind === 'always') return true;
  if (earlier.kind === 'dates' && later.kind === 'dates') {
    const union = mergeSpans(earlier.ranges.flatMap((range) => toSpan(range, zone)));
    return later.ranges.every((range) => toSpan(range, zone).every((span) => isInside(span, union)));
  }
  if (earlier.kind === 'weekly' && later.kind === 'weekly') {
    return WEEKDAYS.every((day) => {
      const union = mergeSpans(earlier.weekly[day] ?? []);
      return (later.weekly[day] ?? []).every((span) => isInside(span, union));
    });
  }
  return false;
}

function overlaps(a: DateRange, b: DateRange, zone: string): boolean {
  const [x] = toSpan(a, zone);
  const [y] = toSpan(b, zone);
  return x !== undefined && y !== undefined && x.from < y.to && y.from < x.to;
}

/** A date range as epoch milliseconds, or nothing when unreadable. */
function toSpan(range: DateRange, zone: string): Span[] {
  const instants = parseDateRange(range, zone);
  return instants === null ? [] : [{ from: instants.from.toMillis(), to: instants.to.toMillis() }];
}

/** Sorted, with touching or overlapping spans joined, so coverage by several pieces counts. */
function mergeSpans(spans: ReadonlyArray<Span>): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, span.to) };
    else merged.push(span);
  }
  return merged;
}

function isInside(span: Span, union: ReadonlyArray<Span>): boolean {
  return union.some((piece) => piece.from <= span.from && span.to <= piece.to);
}
