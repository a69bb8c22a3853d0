import { APPLYING_MESSAGES, inEachLanguage, say, sayEach, type Said } from '../i18n/index.ts';
import {
  adoptCreatedRuleIds,
  applyPlanToModel,
  changedParts,
  clashingParts,
  describeCallHandlingPart,
  planChanges,
  restoreParts,
  sharedParts,
  type CallHandling,
  type CallHandlingPart,
  type ChangePlan,
} from '../callflow/index.ts';
import type { ApplyResult, RingCentralApiError } from '../ringcentral/index.ts';
import type { ChangeRequest } from '../store/index.ts';
import { describeDecided } from './describe-request.ts';
import { errorText } from './error-text.ts';
import { operationResults } from './operation-results.ts';
import { recordOutcome } from './record-outcome.ts';
import { rollBack } from './roll-back.ts';
import { nowIso, type WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';

/**
 * Applies an approved request exactly once: claims it (approved -> applying, compare-and-set, so
 * of many callers one wins and the others are told who did), re-reads RingCentral, refuses as
 * stale when someone changed what the request touches, applies, and on a failure half-way rolls
 * back what was done. The request always ends in a status that tells the truth.
 */
export async function applyApprovedRequest(
  context: WorkflowContext,
  approved: ChangeRequest,
  /** RingCentral as its caller read it a moment ago, for a request applied as soon as it is made; else read here. */
  readJustBefore?: CallHandling,
): Promise<WorkflowOutcome> {
  const claimed = await context.requests.transition(approved.id, 'approved', approved.version, 'applying', {
    applyingOwner: context.owner,
    applyingLeaseUntil: new Date(context.now().getTime() + context.applyLeaseMs).toISOString(),
    updatedAt: nowIso(context),
  });
  if (claimed === undefined) return describeDecided(context, approved.id);
  let live: CallHandling;
  try {
    live = readJustBefore ?? (await context.gateway.readCallHandling({ fresh: true }));
  } catch (error) {
    const summary = sayEach(APPLYING_MESSAGES['read-failed'], { error: errorText(error) });
    return ended(await recordOutcome(context, claimed, { to: 'failed', event: 'failed', summary }), 'failed', summary, claimed);
  }
  const touched = changedParts(claimed.before, claimed.intended);
  const clash = clashingParts(claimed.before, claimed.intended, live);
  if (clash.size > 0) {
    const summary = inEachLanguage((language) => {
      const what = [...clash].map((part) => describeCallHandlingPart(part, live, claimed.before, language)).join(', ');
      return say(language, APPLYING_MESSAGES.stale, { id: claimed.id, what });
    });
    return ended(await recordOutcome(context, claimed, { to: 'stale', event: 'stale', summary }), 'stale', summary, claimed);
  }
  // Against the live state, so edits others made elsewhere since the request stay as they are.
  const plan = planChanges(live, restoreParts(live, claimed.intended, touched));
  // The state read right before the writes, kept before any write so a restart knows what to compare.
  const marked = await context.requests.transition(claimed.id, 'applying', claimed.version, 'applying', { preApply: live, updatedAt: nowIso(context) });
  if (marked === undefined) return describeDecided(context, claimed.id);
  const result = await context.gateway.applyPlan(plan);
  if (!result.ok) return failHalfWay(context, marked, live, plan, result);
  const applied = modelAfterWrites(live, plan, result.createdRuleIds);
  const summary = plan.length === 0 ? sayEach(APPLYING_MESSAGES['nothing-to-apply']) : sayEach(APPLYING_MESSAGES['applied-operations'], { count: plan.length });
  const operations = operationResults(plan, result);
  const done = await recordOutcome(context, marked, { to: 'applied', event: 'applied', summary, operations, update: { applied, outcome: { operations, summary: summary.en } } });
  return ended(done, 'applied', inEachLanguage((language) => say(language, APPLYING_MESSAGES['request-applied'], { id: marked.id, summary: summary[language] })), marked);
}

async function failHalfWay(
  context: WorkflowContext,
  request: ChangeRequest,
  preApply: CallHandling,
  plan: ChangePlan,
  result: Extract<ApplyResult, { ok: false }>,
): Promise<WorkflowOutcome> {
  const operations = operationResults(plan, result);
  const step = result.done.length + 1;
  const cause = sayEach(APPLYING_MESSAGES['step-refused'], { step, total: plan.length, error: result.failed.error.message });
  const planned = applyPlanToModel(preApply, plan);
  const touched = new Set<CallHandlingPart>([...changedParts(preApply, planned), ...result.createdRuleIds.map((id): CallHandlingPart => `rule:${id}`)]);
  let expectedLive = modelAfterWrites(preApply, result.done, result.createdRuleIds);
  let reached = result.done.length > 0;
  if (mayHaveActed(result.failed.error)) {
    // The connection broke or RingCentral failed mid-request: the failed write may have happened.
    // Look, and take back whatever did (a rule it created is found by its content).
    try {
      const live = await context.gateway.readCallHandling({ fresh: true });
      for (const id of adoptCreatedRuleIds(planned, preApply, live).adoptedIds) touched.add(`rule:${id}`);
      reached ||= sharedParts(changedParts(preApply, live), touched).size > 0;
      expectedLive = live;
    } catch {
      // RingCentral cannot be read: the rollback below tries again and says what is known.
      reached = true;
    }
  }
  const rollback = reached ? await rollBack(context, preApply, touched, expectedLive) : undefined;
  const summary = inEachLanguage((language) =>
    rollback === undefined ? say(language, APPLYING_MESSAGES['failed-nothing-changed'], { cause: cause[language] }) : `${cause[language]}. ${rollback.summary[language]}`,
  );
  const outcome = { operations, ...(rollback ? { rollback: rollback.operations } : {}), summary: summary.en };
  const done = await recordOutcome(context, request, {
    to: 'failed',
    event: 'failed',
    summary,
    operations: [...operations, ...(rollback?.operations ?? [])],
    update: { outcome },
  });
  return ended(done, 'failed', inEachLanguage((language) => say(language, APPLYING_MESSAGES['request-failed'], { id: request.id, summary: summary[language] })), request);
}

/** Whether RingCentral may have carried out a write that failed: no answer, or a server error mid-request. */
function mayHaveActed(error: RingCentralApiError): boolean {
  return error.code === 'network' || error.code === 'server-error';
}

/**
 * The state after the writes that were done (the whole plan, after a successful apply), worked out
 * with the ids RingCentral gave the new rules rather than read back: one read fewer per change, and
 * the model follows RingCentral's side effects (applyPlanToModel), which the contract tests hold it
 * to. After a failure it is what is live when RingCentral cannot be read to roll back.
 */
function modelAfterWrites(before: CallHandling, writes: ChangePlan, createdRuleIds: ReadonlyArray<string>): CallHandling {
  const model = applyPlanToModel(before, writes);
  let created = 0;
  return { ...model, customRules: model.customRules.map((rule) => (rule.id.startsWith('new-') ? { ...rule, id: createdRuleIds[created++] ?? rule.id } : rule)) };
}

function ended(done: ChangeRequest | undefined, code: WorkflowOutcome['code'], message: Said, fallback: ChangeRequest): WorkflowOutcome {
  return { code, message, request: done ?? fallback };
}
