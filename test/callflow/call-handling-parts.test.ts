import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adoptCreatedRuleIds,
  applyPlanToModel,
  changedParts,
  describeCallHandlingPart,
  planChanges,
  restoreParts,
  sharedParts,
  type CallHandling,
} from '../../src/callflow/index.ts';
import { beforeArb, canonical, pairArb } from '../fixtures/call-handling-arbitraries.ts';
import { company, customRule, toExt, weekdays, between } from '../fixtures/call-handling.ts';

const vip = customRule({ id: 'r1', name: 'VIP callers', callers: [{ callerId: '14155550100' }], destination: toExt('101') });
const lunch = customRule({ id: 'r2', name: 'Lunch', destination: toExt('300') });
const base = company({ customRules: [vip, lunch] });

describe('changedParts', () => {
  it('names each part that differs and nothing else', () => {
    const after: CallHandling = {
      ...base,
      businessHours: weekdays(between('08:00', '17:00')),
      customRules: [{ ...vip, destination: toExt('102') }, lunch, customRule({ id: 'new-1', name: 'Dec 25' })],
    };
    expect([...changedParts(base, after)].sort()).toEqual(['business-hours', 'rule-order', 'rule:new-1', 'rule:r1']);
  });

  it('does not count a deletion as a change of order', () => {
    expect([...changedParts(base, { ...base, customRules: [lunch] })]).toEqual(['rule:r1']);
  });

  it('finds nothing between a state and itself', () => {
    fc.assert(
      fc.property(beforeArb, (state) => {
        expect(changedParts(state, state).size).toBe(0);
      }),
    );
  });

  it('finds a shared part when two edits touch the same rule, none when they touch different ones', () => {
    const mine = changedParts(base, { ...base, customRules: [{ ...vip, enabled: false }, lunch] });
    const sameRule = changedParts(base, { ...base, customRules: [{ ...vip, name: 'VIPs' }, lunch] });
    const otherRule = changedParts(base, { ...base, customRules: [vip, { ...lunch, enabled: false }] });
    expect([...sharedParts(mine, sameRule)]).toEqual(['rule:r1']);
    expect(sharedParts(mine, otherRule).size).toBe(0);
  });
});

describe('restoreParts', () => {
  it('restores exactly what a change touched: the result handles calls like before', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        const restored = restoreParts(after, before, changedParts(before, after));
        expect(canonical(restored)).toEqual(canonical(before));
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing when no part is named', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        expect(canonical(restoreParts(after, before, new Set()))).toEqual(canonical(after));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an edit someone else made to another rule while undoing mine', () => {
    const mine = { ...base, customRules: [{ ...vip, enabled: false }, lunch] };
    const theirs = { ...mine, customRules: [mine.customRules[0]!, { ...lunch, name: 'Long lunch' }] };
    const undone = restoreParts(theirs, base, changedParts(base, mine));
    expect(undone.customRules).toEqual([vip, { ...lunch, name: 'Long lunch' }]);
  });

  it('brings a deleted rule back in its old place, which planChanges creates again', () => {
    const deleted = { ...base, customRules: [lunch] };
    const undone = restoreParts(deleted, base, changedParts(base, deleted));
    expect(undone.customRules.map((rule) => rule.id)).toEqual(['r1', 'r2']);
    expect(planChanges(deleted, undone).map((operation) => operation.kind)).toEqual(['delete-rule', 'create-rule', 'create-rule']);
  });
});

describe('adoptCreatedRuleIds', () => {
  it('gives the placeholder ids of new rules the ids RingCentral gave them', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        const intended = applyPlanToModel(before, planChanges(before, after));
        const live: CallHandling = {
          ...intended,
          customRules: intended.customRules.map((rule) => (rule.id.startsWith('new-') ? { ...rule, id: `rc-${rule.id}` } : rule)),
        };
        const adopted = adoptCreatedRuleIds(intended, before, live);
        expect(adopted.target.customRules.map((rule) => rule.id)).toEqual(live.customRules.map((rule) => rule.id));
        expect(changedParts(live, adopted.target).size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves another admin\'s new rule unclaimed', () => {
    const intended = { ...base, customRules: [vip, lunch, customRule({ id: 'new-1', name: 'Dec 25' })] };
    const live = { ...base, customRules: [vip, lunch, customRule({ id: '77', name: 'Someone else' })] };
    const adopted = adoptCreatedRuleIds(intended, base, live);
    expect(adopted.adoptedIds).toEqual([]);
    expect(adopted.target.customRules[2]?.id).toBe('new-1');
  });
});

describe('describeCallHandlingPart', () => {
  it('names rules, even one that is gone, by their name', () => {
    expect(describeCallHandlingPart('rule:r1', { ...base, customRules: [] }, base)).toBe('rule "VIP callers"');
    expect(describeCallHandlingPart('business-hours', base)).toBe('business hours');
  });
});
