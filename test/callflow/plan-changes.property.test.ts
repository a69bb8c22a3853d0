import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlanToModel, diffCallHandling, planChanges } from '../../src/callflow/index.ts';
import { beforeArb, canonical, pairArb } from '../fixtures/call-handling-arbitraries.ts';

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
