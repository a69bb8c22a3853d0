import { APPLYING_MESSAGES, inEachLanguage, say, sayEach, type Language, type Said } from '../i18n/index.ts';
import { applyPlanToModel, diffCallHandling, planChanges, restoreParts, type CallHandling, type CallHandlingPart } from '../callflow/index.ts';
import type { OperationResult } from '../store/index.ts';
import { errorText } from './error-text.ts';
import { operationResults } from './operation-results.ts';
import type { WorkflowContext } from './workflow-context.ts';

/** What a rollback did, with a sentence that says what is live now. */
export interface RollbackResult {
  readonly ok: boolean;
  readonly operations: ReadonlyArray<OperationResult>;
  /** What it did and what is live now, in each language. */
  readonly summary: Said;
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
      summary: inEachLanguage((language) => say(language, APPLYING_MESSAGES['rollback-read-failed'], { error: errorText(error), live: describeLive(preApply, expectedLive, language) })),
    };
  }
  const plan = planChanges(live, restoreParts(live, preApply, parts));
  const result = await context.gateway.applyPlan(plan);
  const operations = operationResults(plan, result);
  if (result.ok) return { ok: true, operations, summary: sayEach(APPLYING_MESSAGES['rolled-back'], { count: plan.length }) };
  let now: CallHandling;
  try {
    now = await context.gateway.readCallHandling({ fresh: true });
  } catch {
    // Then what is live is the state read before the rollback, with the rollback's writes that were done.
    now = applyPlanToModel(live, result.done);
  }
  const error = result.failed.error.message;
  return { ok: false, operations, summary: inEachLanguage((language) => say(language, APPLYING_MESSAGES['rollback-failed-too'], { error, live: describeLive(preApply, now, language) })) };
}

function describeLive(preApply: CallHandling, live: CallHandling, language: Language): string {
  const differences = diffCallHandling(preApply, live).map((change) => change.text[language]);
  return say(language, APPLYING_MESSAGES['now-live'], { differences });
}
