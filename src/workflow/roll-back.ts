import { diffCallHandling, planChanges, restoreParts, type CallHandling, type CallHandlingPart } from '../callflow/index.ts';
import type { OperationResult } from '../store/index.ts';
import { errorText } from './error-text.ts';
import { countOperations, operationResults } from './operation-results.ts';
import type { WorkflowContext } from './workflow-context.ts';

/** What a rollback did, with a sentence that says what is live now. */
export interface RollbackResult {
  readonly ok: boolean;
  readonly operations: ReadonlyArray<OperationResult>;
  readonly summary: string;
}

/**
 * Puts the given parts back as they were in `preApply`, against RingCentral as it is now. When
 * that fails too, the summary says exactly what is live, as differences from `preApply`.
 */
export async function rollBack(context: WorkflowContext, preApply: CallHandling, parts: ReadonlySet<CallHandlingPart>): Promise<RollbackResult> {
  let live: CallHandling;
  try {
    live = await context.gateway.readCallHandling({ fresh: true });
  } catch (error) {
    return { ok: false, operations: [], summary: `Rolling back failed: RingCentral could not be read (${errorText(error)}) Check the call handling with "status".` };
  }
  const plan = planChanges(live, restoreParts(live, preApply, parts));
  const result = await context.gateway.applyPlan(plan);
  const operations = operationResults(plan, result);
  if (result.ok) return { ok: true, operations, summary: `The steps already done were rolled back (${countOperations(plan.length)}), so nothing changed.` };
  let now = live;
  try {
    now = await context.gateway.readCallHandling({ fresh: true });
  } catch {
    // The differences below are then those known before the rollback started.
  }
  const differences = diffCallHandling(preApply, now).map((change) => change.text);
  return {
    ok: false,
    operations,
    summary: `Rolling back failed too (${result.failed.error.message}). Now live, compared with before: ${differences.join('; ') || 'no difference'}.`,
  };
}
