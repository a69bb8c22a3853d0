import { describe, expect, it } from 'vitest';
import type { CallHandling, CustomRule } from '../../src/callflow/index.ts';
import type { ChangeRequest, NewChangeRequest } from '../../src/store/index.ts';
import { resolveOwnClosureRuleIds } from '../../src/workflow/own-closure-rule-ids.ts';
import { allDayOn, company, customRule, onDates } from '../fixtures/call-handling.ts';
import { newChangeRequest } from '../store/change-request-fixture.ts';

const closure = customRule({ id: 'new-1', name: 'Closed until Nov 27, 17:00', schedule: onDates(allDayOn('2026-11-27')) });
const handMade = customRule({ id: '5', name: 'Closed until Dec 1, 09:00', schedule: onDates(allDayOn('2026-11-30')) });

function withRules(...rules: CustomRule[]): CallHandling {
  return company({ customRules: rules });
}

function applied(id: number, request: Partial<NewChangeRequest> & Pick<ChangeRequest, 'outcome'>): ChangeRequest {
  return { ...newChangeRequest(request), ...request, id, status: 'applied', version: 3, updatedAt: '2026-11-25T17:00:00.000Z' };
}

describe('resolveOwnClosureRuleIds', () => {
  const close = applied(1, {
    intent: { kind: 'close', range: allDayOn('2026-11-27') },
    outcome: { summary: 'Applied 1 operation.', operations: [{ operation: { kind: 'create-rule', rule: closure }, result: 'done', createdRuleId: '81' }] },
  });

  it('holds the rule an applied close created, and no rule a person named "Closed until …"', () => {
    expect(resolveOwnClosureRuleIds([close])).toEqual(['81']);
  });

  it('holds the rule an undo of its deletion brought back under a new id', () => {
    const open = applied(2, {
      intent: { kind: 'open' },
      outcome: { summary: 'Applied 1 operation.', operations: [{ operation: { kind: 'delete-rule', ruleId: '81', name: closure.name }, result: 'done' }] },
    });
    const undo = applied(3, {
      intent: { kind: 'undo', requestId: 2 },
      outcome: { summary: 'Applied 1 operation.', operations: [{ operation: { kind: 'create-rule', rule: closure }, result: 'done', createdRuleId: '82' }] },
    });
    expect(resolveOwnClosureRuleIds([close, open, undo])).toEqual(['81', '82']);
  });

  it('does not hold a hand-made closure brought back by undoing a deletion of it', () => {
    const deleted = applied(2, {
      intent: { kind: 'change-rule', ruleId: '5', change: 'delete' },
      outcome: { summary: 'Applied 1 operation.', operations: [{ operation: { kind: 'delete-rule', ruleId: '5', name: handMade.name }, result: 'done' }] },
    });
    const undo = applied(3, {
      intent: { kind: 'undo', requestId: 2 },
      outcome: { summary: 'Applied 1 operation.', operations: [{ operation: { kind: 'create-rule', rule: handMade }, result: 'done', createdRuleId: '83' }] },
    });
    expect(resolveOwnClosureRuleIds([deleted, undo])).toEqual([]);
  });

  it('finds the rule of a close settled after a restart, which recorded no operations, by its content', () => {
    const recovered = applied(4, {
      intent: { kind: 'close', range: allDayOn('2026-11-27') },
      before: withRules(handMade),
      intended: withRules(closure, handMade),
      outcome: { summary: 'applied on recovery', operations: [] },
    });
    const settled = { ...recovered, preApply: withRules(handMade), applied: withRules({ ...closure, id: '84' }, handMade) };
    expect(resolveOwnClosureRuleIds([settled])).toEqual(['84']);
  });
});
