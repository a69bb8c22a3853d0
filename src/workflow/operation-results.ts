import type { ChangePlan } from '../callflow/index.ts';
import type { ApplyResult } from '../ringcentral/index.ts';
import type { OperationResult } from '../store/index.ts';

/** Each operation of a plan with what came of it: done, the one that failed, and those never sent. */
export function operationResults(plan: ChangePlan, result: ApplyResult): OperationResult[] {
  const doneCount = result.ok ? plan.length : result.done.length;
  let created = 0;
  return plan.map((operation, index): OperationResult => {
    if (index < doneCount) {
      const createdRuleId = operation.kind === 'create-rule' ? result.createdRuleIds[created++] : undefined;
      return { operation, result: 'done', ...(createdRuleId ? { createdRuleId } : {}) };
    }
    if (!result.ok && index === doneCount) return { operation, result: 'failed', error: result.failed.error.message };
    return { operation, result: 'skipped' };
  });
}
