import { applyPlanToModel, diffCallHandling, planChanges, restoreParts, type CallHandling, type CallHandlingPart } from '../callflow/index.ts';
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
 * `expectedLive` is what the writes already done made of `preApply` (or the state last read):
 * what is live, as far as anyone knows, when RingCentral cannot be read again.
 */
export async function rollBack(
  context: WorkflowContext,
  preApply: CallHandling,
  parts: ReadonlySet<CallHandlingPart>,
  expectedLive: CallHandling,
): Promise<RollbackResult> {
  let live: CallHandling;
  try {
    live = await context.gateway.readCallHandling({ fresh: true });
  } catch (error) {
    // Nothing was rolled back, so what the done writes made is live: say what that is.
    return {
      ok: false,
      operations: [],
      summary: `Rolling back failed: RingCentral could not be read (${errorText(error)}) ${describeLive(preApply, expectedLive)}`,
    };
  }
  const plan = planChanges(live, restoreParts(live, preApply, parts));
  const result = await context.gateway.applyPlan(plan);
  const operations = operationResults(plan, result);
  if (result.ok) return { ok: true, operations, summary: `The steps already done were rolled back (${countOperations(plan.length)}), so nothing changed.` };
  let now: CallHandling;
  try {
    now = await context.gateway.readCallHandling({ fresh: true });
  } catch {
    // Then what is live is the state read before the rollback, with the rollback's writes that were done.
    now = applyPlanToModel(live, result.done);
  }
  return { ok: false, operations, summary: `Rolling back failed too (${result.failed.error.message}). ${describeLive(preApply, now)}` };
}

function describeLive(preApply: CallHandling, live: CallHandling): string {
  const differences = diffCallHandling(preApply, live).map((change) => change.text);
  return `Now live, compared with before: ${differences.join('; ') || 'no difference'}.`;
}
