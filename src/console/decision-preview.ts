import type { CallHandlingChange } from '../callflow/index.ts';
import type { IntentKind } from '../language/index.ts';
import { appliesAtOnceNote, letsThroughWithoutApproval, needsApproval, type ApprovalPolicy, type ApprovalPreview, type ReplanPreview } from '../workflow/index.ts';

/**
 * What `approve`, `undo` or `replan` would do, shown before it is done: the lines to print, the
 * JSON for `--json`, the console's question and what `run` says to do without `--yes`.
 */
export interface DecisionPreview {
  readonly lines: ReadonlyArray<string>;
  /** The `--json` preview; `applied: false` is added when printed. */
  readonly json: Record<string, unknown>;
  /** False when nothing would change: nothing is asked, the lines are the answer. */
  readonly changes: boolean;
  /** The console's `[y/N]` question. */
  readonly question: string;
  /** The last line `run` prints without --yes, e.g. "Nothing changed yet. Run again with --yes to apply." */
  readonly yesHint: string;
}

/** The line that says a change of this kind skips the approvers (SWITCHBOARD_NO_APPROVAL_FOR); undefined otherwise. */
export function appliesAtOnceLine(policy: ApprovalPolicy, kind: IntentKind): string | undefined {
  return letsThroughWithoutApproval(policy, kind) ? appliesAtOnceNote(kind) : undefined;
}

/** The approve preview: the stored request's changes and whether this approval completes it (and so applies it). */
export function approvalPreview(preview: Extract<ApprovalPreview, { ok: true }>): DecisionPreview {
  const { request, approvals, required, completes } = preview;
  const standing = completes
    ? `Approving request ${request.id} completes its approvals (${approvals + 1} of ${required}), so the change is applied at once.`
    : `Approving request ${request.id} adds approval ${approvals + 1} of ${required}; the change is applied once it has all ${required}.`;
  return {
    lines: [
      `Request ${request.id} by ${request.requester}: ${request.commandText}`,
      ...changeLines(request.changes),
      ...request.warnings.map((warning) => `Warning: ${warning.text}`),
      standing,
    ],
    json: {
      request: { id: request.id, status: request.status },
      changes: request.changes,
      warnings: request.warnings,
      plan: request.plan,
      approvals,
      required,
      completes,
    },
    changes: true,
    question: completes ? 'Approve and apply this change?' : 'Approve this request?',
    yesHint: completes ? 'Nothing changed yet. Run again with --yes to approve and apply it.' : 'Nothing changed yet. Run again with --yes to add your approval.',
  };
}

/** The undo preview: what putting back the request's change would do to the call handling as it is now. */
export function undoPreview(policy: ApprovalPolicy, id: number, changes: ReadonlyArray<CallHandlingChange>): DecisionPreview {
  const nothing = `Call handling is already as it was before request ${id}; nothing would change.`;
  return planPreview(policy, 'undo', changes.length === 0 ? [nothing] : [`Undoing request ${id}:`, ...changeLines(changes)], { undoOf: id, changes });
}

/** The replan preview: the request's change planned again against the call handling as it is now. */
export function replanPreview(policy: ApprovalPolicy, preview: Extract<ReplanPreview, { ok: true }>): DecisionPreview {
  const { original, changes, plan } = preview;
  const lines =
    plan.length === 0
      ? ['Call handling is already like that; nothing would change.']
      : [`Request ${original.id} planned again against the call handling as it is now: ${original.commandText}`, ...changeLines(changes)];
  return { ...planPreview(policy, original.intent.kind, lines, { replanOf: original.id, changes, plan }), changes: plan.length > 0 };
}

function planPreview(policy: ApprovalPolicy, kind: IntentKind, lines: ReadonlyArray<string>, json: Record<string, unknown> & { changes: ReadonlyArray<CallHandlingChange> }): DecisionPreview {
  const waits = needsApproval(policy, kind);
  const atOnce = appliesAtOnceLine(policy, kind);
  const changes = json.changes.length > 0;
  return {
    lines: changes && atOnce !== undefined ? [...lines, atOnce] : lines,
    json: { ...json, needsApproval: waits },
    changes,
    question: waits ? 'Ask for approval?' : 'Apply this change?',
    yesHint: waits ? 'Nothing changed yet. Run again with --yes to ask for approval.' : 'Nothing changed yet. Run again with --yes to apply.',
  };
}

function changeLines(changes: ReadonlyArray<CallHandlingChange>): string[] {
  return changes.map((change) => `- ${change.text}`);
}
