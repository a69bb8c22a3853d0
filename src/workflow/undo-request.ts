import { inEachLanguage, REQUEST_MESSAGES, sayEach, type Said } from '../i18n/index.ts';
import type { DateTime } from 'luxon';
import {
  changedParts,
  diffCallHandling,
  planChanges,
  proposalRefusalMessage,
  proposeChange,
  restoreParts,
  type CallHandling,
  type CallHandlingChange,
  type ChangeOperation,
} from '../callflow/index.ts';
import type { ChangeRequest } from '../store/index.ts';
import { canRequest, type Actor } from './approval-policy.ts';
import { notFound } from './describe-request.ts';
import { fingerprintCallHandling } from './fingerprint.ts';
import { openRequest } from './open-request.ts';
import { withOwnClosureRuleIds } from './own-closure-rule-ids.ts';
import { notAllowedToRequest } from './request-change.ts';
import type { WorkflowContext } from './workflow-context.ts';
import type { WorkflowOutcome } from './workflow-outcome.ts';

/**
 * Asks to undo an applied change: a new request (approved and audited like any other) that puts
 * back exactly what the change touched, as it was right before it was applied, and leaves
 * everything else as it is now.
 */
export async function undoRequest(context: WorkflowContext, id: number, requester: Actor, handling: CallHandling): Promise<WorkflowOutcome> {
  if (!(await canRequest(context.policy, requester, context.groups))) return notAllowedToRequest(requester);
  const planned = await planUndo(context, id, handling);
  if (!planned.ok) return planned.outcome;
  return openPlanned(context, { text: `undo ${id}`, intent: { kind: 'undo', requestId: id }, requester, handling, target: planned.target, undoOf: id });
}

/** What undoing an applied change would do to the call handling as it is now, without asking for it. */
export async function planUndo(
  context: WorkflowContext,
  id: number,
  handling: CallHandling,
): Promise<{ readonly ok: true; readonly target: CallHandling; readonly changes: ReadonlyArray<CallHandlingChange> } | { readonly ok: false; readonly outcome: WorkflowOutcome }> {
  const original = await context.requests.get(id);
  if (original === undefined) return { ok: false, outcome: notFound(id) };
  if (original.status !== 'applied' || original.preApply === undefined || original.applied === undefined) {
    return { ok: false, outcome: { code: 'not-undoable', message: sayEach(REQUEST_MESSAGES['not-undoable'], { id, status: original.status }), request: original } };
  }
  const target = restoreParts(handling, original.preApply, changedParts(original.preApply, original.applied));
  return { ok: true, target, changes: diffCallHandling(handling, target) };
}

/** What undoing would change, refused as `undoRequest` refuses someone who may not ask; asks for nothing. */
export async function previewUndo(context: WorkflowContext, id: number, requester: Actor, handling: CallHandling): ReturnType<typeof planUndo> {
  if (!(await canRequest(context.policy, requester, context.groups))) return { ok: false, outcome: notAllowedToRequest(requester) };
  return planUndo(context, id, handling);
}

/** What re-planning a request would ask for: the request it re-plans and the new plan against the call handling as it is now. */
export type ReplanPreview =
  | {
      readonly ok: true;
      readonly original: ChangeRequest;
      readonly target: CallHandling;
      readonly changes: ReadonlyArray<CallHandlingChange>;
      /** Empty when the call handling already is as the request asked. */
      readonly plan: ReadonlyArray<ChangeOperation>;
    }
  | { readonly ok: false; readonly outcome: WorkflowOutcome };

/**
 * Plans a stale (or failed) request again against the call handling as it is now, without asking
 * for it; refuses exactly as `replanRequest` does.
 */
export async function previewReplan(context: WorkflowContext, id: number, requester: Actor, handling: CallHandling, at: DateTime): Promise<ReplanPreview> {
  if (!(await canRequest(context.policy, requester, context.groups))) return { ok: false, outcome: notAllowedToRequest(requester) };
  const original = await context.requests.get(id);
  if (original === undefined) return { ok: false, outcome: notFound(id) };
  if (original.status !== 'stale' && original.status !== 'failed') {
    return { ok: false, outcome: { code: 'refused', message: sayEach(REQUEST_MESSAGES['not-replannable'], { id, status: original.status }), request: original } };
  }
  const target = await replanTarget(context, original, handling, at);
  if (!target.ok) return { ok: false, outcome: { code: 'refused', message: target.message, request: original } };
  return { ok: true, original, target: target.after, changes: diffCallHandling(handling, target.after), plan: planChanges(handling, target.after) };
}

/**
 * Plans a stale (or failed) request again against the call handling as it is now, as a new request
 * that goes through approval again.
 */
export async function replanRequest(context: WorkflowContext, id: number, requester: Actor, handling: CallHandling, at: DateTime): Promise<WorkflowOutcome> {
  const planned = await previewReplan(context, id, requester, handling, at);
  if (!planned.ok) return planned.outcome;
  const { original } = planned;
  return openPlanned(context, { text: original.commandText, intent: original.intent, requester, handling, target: planned.target, replanOf: id });
}

async function replanTarget(
  context: WorkflowContext,
  original: ChangeRequest,
  handling: CallHandling,
  at: DateTime,
): Promise<{ ok: true; after: CallHandling } | { ok: false; message: Said }> {
  const { intent } = original;
  // By what it asks, not by `undoOf`: a re-planned undo keeps the undo intent but has only `replanOf`.
  if (intent.kind === 'undo') {
    const undone = await context.requests.get(intent.requestId);
    if (undone?.preApply === undefined || undone.applied === undefined) return { ok: false, message: sayEach(REQUEST_MESSAGES['no-longer-undoable'], { id: intent.requestId }) };
    return { ok: true, after: restoreParts(handling, undone.preApply, changedParts(undone.preApply, undone.applied)) };
  }
  const proposal = proposeChange(handling, await withOwnClosureRuleIds(context.requests, intent), at);
  if (proposal.ok) return { ok: true, after: proposal.after };
  const { code, id } = proposal;
  return { ok: false, message: inEachLanguage((language) => proposalRefusalMessage(code, id, language)) };
}

async function openPlanned(
  context: WorkflowContext,
  planned: {
    readonly text: string;
    readonly intent: ChangeRequest['intent'];
    readonly requester: Actor;
    readonly handling: CallHandling;
    readonly target: CallHandling;
    readonly undoOf?: number;
    readonly replanOf?: number;
  },
): Promise<WorkflowOutcome> {
  const plan = planChanges(planned.handling, planned.target);
  if (plan.length === 0) return { code: 'no-change', message: sayEach(REQUEST_MESSAGES['already-like-that']) };
  return openRequest(context, {
    commandText: planned.text,
    requester: planned.requester.id,
    intent: planned.intent,
    plan,
    changes: diffCallHandling(planned.handling, planned.target),
    warnings: [],
    before: planned.handling,
    fingerprint: fingerprintCallHandling(planned.handling),
    intended: planned.target,
    ...(planned.undoOf !== undefined ? { undoOf: planned.undoOf } : {}),
    ...(planned.replanOf !== undefined ? { replanOf: planned.replanOf } : {}),
  });
}
