import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  WEEKDAYS,
  applyPlanToModel,
  diffCallHandling,
  planChanges,
  type CallHandling,
  type CustomRule,
  type DateRange,
  type Destination,
  type IvrKeyAction,
  type RuleSchedule,
  type WeeklySchedule,
} from '../../src/callflow/index.ts';
import { MAIN_MENU, MAIN_NUMBER, SALES_NUMBER, company } from '../fixtures/call-handling.ts';

// Small pools so that generated states often share rules, names, numbers and hours.
const destinationArb: fc.Arbitrary<Destination> = fc.oneof(
  fc.constant<Destination>({ kind: 'greeting' }),
  fc.constant<Destination>({ kind: 'greeting-then-hang-up' }),
  fc.constantFrom('1001', '1100', '2000', '3000', '5000').map((extensionId): Destination => ({ kind: 'extension', extensionId })),
);

const minuteRangeArb = fc
  .tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 }))
  .filter(([from, to]) => from < to)
  .map(([from, to]) => ({ from: from * 30, to: to * 30 }));

const weeklyArb: fc.Arbitrary<WeeklySchedule> = fc.record(
  Object.fromEntries(WEEKDAYS.map((day) => [day, fc.array(minuteRangeArb, { minLength: 1, maxLength: 2 })])),
  { requiredKeys: [] },
);

const businessHoursArb: fc.Arbitrary<WeeklySchedule> = fc.oneof(fc.constant({}), weeklyArb);

const base = DateTime.fromISO('2026-12-20T00:00Z').toMillis();
const dateRangeArb: fc.Arbitrary<DateRange> = fc
  .tuple(fc.integer({ min: 0, max: 24 * 400 }), fc.integer({ min: 1, max: 24 * 10 }))
  .map(([startHour, hours]) => ({
    from: new Date(base + startHour * 3_600_000).toISOString(),
    to: new Date(base + (startHour + hours) * 3_600_000).toISOString(),
  }));

const scheduleArb: fc.Arbitrary<RuleSchedule> = fc.oneof(
  fc.constant<RuleSchedule>({ kind: 'always' }),
  fc.constant<RuleSchedule>({ kind: 'business-hours' }),
  fc.constant<RuleSchedule>({ kind: 'after-hours' }),
  weeklyArb.map((weekly): RuleSchedule => ({ kind: 'weekly', weekly })),
  fc.array(dateRangeArb, { minLength: 1, maxLength: 3 }).map((ranges): RuleSchedule => ({ kind: 'dates', ranges })),
);

const ruleContentArb: fc.Arbitrary<Omit<CustomRule, 'id'>> = fc.record({
  name: fc.constantFrom('Christmas', 'Lunch', 'VIP', 'Night', 'Sales line'),
  enabled: fc.boolean(),
  schedule: scheduleArb,
  callers: fc.array(
    fc.record({ callerId: fc.constantFrom('1415555', '1212', '+1 650'), name: fc.constantFrom('Acme', 'Globex') }, { requiredKeys: ['callerId'] }),
    { maxLength: 2 },
  ),
  calledNumbers: fc.uniqueArray(fc.constantFrom(MAIN_NUMBER, SALES_NUMBER), { maxLength: 2 }),
  destination: destinationArb,
});

const ivrActionsArb: fc.Arbitrary<ReadonlyArray<IvrKeyAction>> = fc.uniqueArray(
  fc.oneof(
    fc.record({ input: fc.constantFrom('0', '1', '2', 'Star'), action: fc.constantFrom('DoNothing', 'ConnectToOperator', 'Repeat') }),
    fc.record({ input: fc.constantFrom('0', '1', '2', 'Star'), action: fc.constant('Connect'), extensionId: fc.constantFrom('1001', '2000') }),
  ),
  { selector: (action) => action.input, maxLength: 4 },
);

function withDefaults(businessHours: WeeklySchedule, afterHours: Destination, rest: Partial<CallHandling>): CallHandling {
  const alwaysOpen = WEEKDAYS.every((day) => (businessHours[day] ?? []).length === 0);
  return company({ businessHours, afterHoursDestination: alwaysOpen ? undefined : afterHours, ...rest });
}

const beforeArb: fc.Arbitrary<CallHandling> = fc
  .record({
    businessHours: businessHoursArb,
    businessHoursDestination: destinationArb,
    afterHours: destinationArb,
    rules: fc.uniqueArray(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'), { maxLength: 5 }).chain((ids) =>
      fc.tuple(...ids.map((id) => ruleContentArb.map((content): CustomRule => ({ ...content, id })))),
    ),
    actions: ivrActionsArb,
  })
  .map(({ businessHours, businessHoursDestination, afterHours, rules, actions }) =>
    withDefaults(businessHours, afterHours, { businessHoursDestination, customRules: rules, ivrMenus: [{ ...MAIN_MENU, actions }] }),
  );

/** Keeps a value most of the time, otherwise draws a new one. */
function mostlySame<T>(value: T, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(value), weight: 3 }, { arbitrary, weight: 1 });
}

function mutateRule(rule: CustomRule): fc.Arbitrary<CustomRule> {
  return fc.record({
    id: fc.constant(rule.id),
    name: mostlySame(rule.name, ruleContentArb.map((content) => content.name)),
    enabled: mostlySame(rule.enabled, fc.boolean()),
    schedule: mostlySame(rule.schedule, scheduleArb),
    callers: mostlySame(rule.callers, ruleContentArb.map((content) => content.callers)),
    calledNumbers: mostlySame(rule.calledNumbers, ruleContentArb.map((content) => content.calledNumbers)),
    destination: mostlySame(rule.destination, destinationArb),
  });
}

/** A `before` and an `after` that keeps, edits, drops, reorders and adds rules and edits the rest. */
const pairArb = beforeArb.chain((before) => {
  const kept = fc
    .subarray([...before.customRules])
    .chain((rules) => (rules.length === 0 ? fc.constant<CustomRule[]>([]) : fc.tuple(...rules.map(mutateRule))));
  const added = fc
    .array(ruleContentArb, { maxLength: 2 })
    .map((contents) => contents.map((content, index): CustomRule => ({ ...content, id: `placeholder-${index + 1}` })));
  const rules = fc.tuple(kept, added).chain(([keptRules, addedRules]) =>
    fc.oneof(
      fc.constant([...keptRules, ...addedRules]),
      fc.shuffledSubarray([...keptRules, ...addedRules], { minLength: keptRules.length + addedRules.length }),
    ),
  );
  const menu = before.ivrMenus[0] ?? MAIN_MENU;
  return fc
    .record({
      businessHours: mostlySame(before.businessHours, businessHoursArb),
      businessHoursDestination: mostlySame(before.businessHoursDestination, destinationArb),
      afterHours: mostlySame<Destination>(before.afterHoursDestination ?? { kind: 'greeting' }, destinationArb),
      rules,
      actions: mostlySame(menu.actions, ivrActionsArb),
    })
    .map(({ businessHours, businessHoursDestination, afterHours, rules: customRules, actions }) => ({
      before,
      after: withDefaults(businessHours, afterHours, { businessHoursDestination, customRules, ivrMenus: [{ ...menu, actions }] }),
    }));
});

/**
 * A form in which two states are equal exactly when RingCentral would handle calls the same and
 * show the same settings: rule ids dropped (new ones are the server's), lists whose order means
 * nothing sorted, numbers reduced to digits, instants to milliseconds.
 */
function canonical(handling: CallHandling): unknown {
  const weekly = (schedule: WeeklySchedule): unknown =>
    WEEKDAYS.map((day) => [...(schedule[day] ?? [])].map((range) => `${range.from}-${range.to}`).sort());
  const schedule = (value: RuleSchedule): unknown =>
    value.kind === 'weekly'
      ? { kind: 'weekly', weekly: weekly(value.weekly) }
      : value.kind === 'dates'
        ? { kind: 'dates', ranges: value.ranges.map((range) => `${Date.parse(range.from)}/${Date.parse(range.to)}`).sort() }
        : value;
  const digits = (value: string): string => value.replace(/\D/g, '');
  return {
    businessHours: weekly(handling.businessHours),
    businessHoursDestination: handling.businessHoursDestination,
    afterHoursDestination: handling.afterHoursDestination,
    customRules: handling.customRules.map((rule) => ({
      name: rule.name,
      enabled: rule.enabled,
      schedule: schedule(rule.schedule),
      callers: rule.callers.map((caller) => `${digits(caller.callerId)} ${caller.name ?? ''}`).sort(),
      calledNumbers: rule.calledNumbers.map(digits).sort(),
      destination: rule.destination,
    })),
    ivrMenus: handling.ivrMenus.map((menu) => ({ ...menu, actions: [...menu.actions].sort((x, y) => x.input.localeCompare(y.input)) })),
  };
}

describe('planChanges (properties)', () => {
  it('turns before into after, up to the ids of created rules', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        const result = applyPlanToModel(before, planChanges(before, after));
        expect(canonical(result)).toEqual(canonical(after));
        const beforeIds = new Set(before.customRules.map((rule) => rule.id));
        result.customRules.forEach((rule, index) => {
          // A rule keeps its id unless it was created; a created rule never reuses an old id.
          if (rule.id.startsWith('new-')) expect(beforeIds.has(rule.id)).toBe(false);
          else expect(rule.id).toBe(after.customRules[index]?.id);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('needs every operation it plans: leaving any one out misses after', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        const plan = planChanges(before, after);
        plan.forEach((_, skipped) => {
          const shorter = plan.filter((__, index) => index !== skipped);
          let reached = false;
          try {
            reached = JSON.stringify(canonical(applyPlanToModel(before, shorter))) === JSON.stringify(canonical(after));
          } catch {
            reached = false; // a plan RingCentral would refuse does not reach after either
          }
          expect(reached).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('plans nothing exactly when the diff finds nothing', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        expect(planChanges(before, after).length === 0).toBe(diffCallHandling(before, after).length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('plans nothing and finds no difference from a state to itself', () => {
    fc.assert(
      fc.property(beforeArb, (state) => {
        expect(planChanges(state, state)).toEqual([]);
        expect(diffCallHandling(state, state)).toEqual([]);
      }),
    );
  });
});
