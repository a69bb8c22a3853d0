import type { DateTime } from 'luxon';
import type { CallHandlingRequest, RequestTarget } from './call-handling-request.ts';
import { closureRuleName, isOwnClosureRule } from './closure-rule.ts';
import type { CallHandling, CustomRule, DateRange, IvrKeyAction, RuleSchedule } from './model.ts';
import { parseDateRange } from './parse-date-range.ts';
import type { ProposalRefusal } from './proposed-change.ts';
import { resolveQueueTarget, withRingMode, type ResolvedTarget } from './resolve-queue-target.ts';
import {
  CREATED_AFTER_HOURS_RULE,
  isAllowedInIvrMode,
  isAlwaysOpen,
  resolveAfterHoursDestination,
  resolveAfterHoursRule,
  withCreatedRule,
} from './ringcentral-behaviour.ts';

/** The state a request leads to, and the ids of the custom rules it adds or replaces. */
export interface RequestedHandling {
  readonly ok: true;
  readonly after: CallHandling;
  readonly touchedRuleIds: ReadonlyArray<string>;
}

/** The call handling a request asks for, or why it cannot be done. Pure; `at` is "now". */
export function resolveRequestedHandling(
  handling: CallHandling,
  request: CallHandlingRequest,
  at: DateTime,
): RequestedHandling | ProposalRefusal {
  switch (request.kind) {
    case 'route': {
      // With 24/7 hours RingCentral has no after-hours rule to set; hours must come first.
      if (request.rule === 'after-hours' && isAlwaysOpen(handling.businessHours)) return refuse('after-hours-missing');
      const resolved = resolveAllowedTarget(handling, request.target);
      if (!resolved.ok) return resolved;
      const { destination } = resolved;
      if (request.rule === 'business-hours') return done({ ...resolved.handling, businessHoursDestination: destination });
      return done({ ...resolved.handling, afterHoursDestination: destination });
    }
    case 'add-rule': {
      const resolved = resolveAllowedTarget(handling, request.target);
      if (!resolved.ok) return resolved;
      if (request.schedule.kind === 'dates') {
        const invalid = checkRanges(request.schedule.ranges, handling.timeZone, at);
        if (invalid !== null) return invalid;
      }
      const rule = {
        name: request.name ?? request.proposedName,
        enabled: true,
        schedule: request.schedule,
        callers: request.callers.map((callerId) => ({ callerId })),
        calledNumbers: request.calledNumbers,
        destination: resolved.destination,
      };
      return withRule(resolved.handling, rule, (existing) => existing.name === rule.name);
    }
    case 'holidays': {
      const resolved = targetOrAfterHours(handling, request.target);
      if (!resolved.ok) return resolved;
      const { destination } = resolved;
      const ranges = request.holidays.map((holiday) => holiday.range);
      const invalid = checkRanges(ranges, handling.timeZone, at);
      if (invalid !== null) return invalid;
      const rule = { name: request.proposedName, enabled: true, schedule: datesOf(ranges), callers: [], calledNumbers: [], destination };
      // Same name means the same holiday list imported again: replace it rather than add a twin.
      return withRule(resolved.handling, rule, (existing) => existing.name === rule.name);
    }
    case 'close': {
      const resolved = targetOrAfterHours(handling, request.target);
      if (!resolved.ok) return resolved;
      const { destination } = resolved;
      const invalid = checkRanges([request.range], handling.timeZone, at);
      if (invalid !== null) return invalid;
      const rule = {
        name: closureRuleName(request.range.to, handling.timeZone),
        enabled: true,
        schedule: datesOf([request.range]),
        callers: [],
        calledNumbers: [],
        destination,
      };
      // One closure at a time: a new `close` replaces Switchboard's closure in force, so `open` ends all of it.
      return withRule(resolved.handling, rule, (existing) => isOwnClosureRule(existing, request.closureRuleIds));
    }
    case 'open': {
      // Only the closures Switchboard made: a rule a person named "Closed until …" stays.
      const customRules = handling.customRules.filter((rule) => !isOwnClosureRule(rule, request.closureRuleIds));
      return done({ ...handling, customRules });
    }
    case 'set-business-hours': {
      const businessHours = request.businessHours;
      // The model keeps the after-hours destination undefined exactly when open 24/7; coming out of
      // 24/7, RingCentral creates the after-hours rule with the company greeting.
      const afterHoursDestination = resolveAfterHoursRule(
        handling.businessHours,
        businessHours,
        handling.afterHoursDestination,
        CREATED_AFTER_HOURS_RULE.destination,
      );
      return done({ ...handling, businessHours, afterHoursDestination });
    }
    case 'set-ring-mode': {
      const queue = handling.callQueues.find((candidate) => candidate.id === request.queueId);
      if (queue === undefined) return refuse('queue-not-found', request.queueId);
      return done(withRingMode(handling, queue, request.ringMode));
    }
    case 'set-dial-zero': {
      // The main site's key 0 has no public API.
      if (request.menu.kind === 'main-site') return refuse('unsupported-request');
      const menuId = request.menu.menuId;
      const menu = handling.ivrMenus.find((candidate) => candidate.id === menuId);
      if (menu === undefined) return refuse('menu-not-found', menuId);
      const zero: IvrKeyAction = { input: '0', ...request.action };
      const actions = menu.actions.some((action) => action.input === '0')
        ? menu.actions.map((action) => (action.input === '0' ? zero : action))
        : [...menu.actions, zero];
      const ivrMenus = handling.ivrMenus.map((candidate) => (candidate.id === menuId ? { ...menu, actions } : candidate));
      return done({ ...handling, ivrMenus });
    }
    case 'change-rule': {
      const ruleId = request.ruleId;
      if (!handling.customRules.some((rule) => rule.id === ruleId)) return refuse('rule-not-found', ruleId);
      const customRules =
        request.change === 'delete'
          ? handling.customRules.filter((rule) => rule.id !== ruleId)
          : handling.customRules.map((rule) => (rule.id === ruleId ? { ...rule, enabled: request.change === 'enable' } : rule));
      return done({ ...handling, customRules });
    }
  }
}

/** The destination of a holiday or closure; no target means "as after hours". */
function targetOrAfterHours(handling: CallHandling, target: RequestTarget | undefined): ResolvedTarget | ProposalRefusal {
  if (target === undefined) {
    return allowedInIvrMode(handling, { ok: true, handling, destination: resolveAfterHoursDestination(handling) ?? { kind: 'greeting' } });
  }
  return resolveAllowedTarget(handling, target);
}

/** Where a target sends calls, refused when the account's IVR mode can't take it. */
function resolveAllowedTarget(handling: CallHandling, target: RequestTarget): ResolvedTarget | ProposalRefusal {
  return allowedInIvrMode(handling, resolveQueueTarget(handling, target));
}

/**
 * Refuses a destination RingCentral would refuse at apply time: in multi-level IVR mode a rule
 * can't play the company greeting (behaviour `multi-level-ivr`, AWR-182). Said now, when the
 * command is read, rather than after an approval.
 */
function allowedInIvrMode(handling: CallHandling, resolved: ResolvedTarget | ProposalRefusal): ResolvedTarget | ProposalRefusal {
  if (resolved.ok && !isAllowedInIvrMode(handling.ivrMode, resolved.destination)) return refuse('greeting-in-multi-level-ivr');
  return resolved;
}

/**
 * Replaces the first rule `isSame` picks in place (an update keeps its place in the evaluation
 * order) and drops any other it picks; with none, appends the rule under a placeholder id.
 */
function withRule(
  handling: CallHandling,
  rule: Omit<CustomRule, 'id'>,
  isSame: (existing: CustomRule) => boolean,
): RequestedHandling {
  const first = handling.customRules.find(isSame);
  if (first === undefined) {
    const id = placeholderId(handling.customRules);
    return done({ ...handling, customRules: withCreatedRule(handling.customRules, { id, ...rule }) }, [id]);
  }
  const customRules = handling.customRules.flatMap((existing) =>
    existing === first ? [{ id: first.id, ...rule }] : isSame(existing) ? [] : [existing],
  );
  return done({ ...handling, customRules }, [first.id]);
}

/** `new-1`, or the first `new-N` not already in use. */
function placeholderId(rules: ReadonlyArray<CustomRule>): string {
  const ids = new Set(rules.map((rule) => rule.id));
  let n = 1;
  while (ids.has(`new-${n}`)) n += 1;
  return `new-${n}`;
}

function checkRanges(ranges: ReadonlyArray<DateRange>, timeZone: string, at: DateTime): ProposalRefusal | null {
  const instants = ranges.map((range) => parseDateRange(range, timeZone));
  if (instants.length === 0 || instants.some((range) => range === null || range.to <= range.from)) {
    return refuse('date-range-invalid');
  }
  // A rule whose every range is over would never match; that is a mistake, not a change.
  return instants.every((range) => range !== null && range.to <= at) ? refuse('date-range-ended') : null;
}

function datesOf(ranges: ReadonlyArray<DateRange>): RuleSchedule {
  return { kind: 'dates', ranges };
}

function done(after: CallHandling, touchedRuleIds: ReadonlyArray<string> = []): RequestedHandling {
  return { ok: true, after, touchedRuleIds };
}

function refuse(code: ProposalRefusal['code'], id?: string): ProposalRefusal {
  return id === undefined ? { ok: false, code } : { ok: false, code, id };
}
