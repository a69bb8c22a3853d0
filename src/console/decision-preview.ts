import type { CallHandlingChange } from '../callflow/index.ts';
import { CONSOLE_MESSAGES, REQUEST_MESSAGES, say, type Language } from '../i18n/index.ts';
import type { IntentKind } from '../language/index.ts';
import { appliesAtOnceNote, letsThroughWithoutApproval, needsApproval, type ApprovalPolicy, type ApprovalPreview, type ReplanPreview } from '../workflow/index.ts';
import { changesInLanguage, warningsInLanguage } from './changes-in-language.ts';

/**
 * What `approve`, `undo` or `replan` would do, shown before it is done: the lines to print, the
 * JSON for `--json`, the console's question and what `run` says to do without `--yes`, all in the
 * reader's language.
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
export function appliesAtOnceLine(policy: ApprovalPolicy, kind: IntentKind, language: Language): string | undefined {
  return letsThroughWithoutApproval(policy, kind) ? appliesAtOnceNote(kind, language) : undefined;
}

/** The approve preview: the stored request's changes and whether this approval completes it (and so applies it). */
export function approvalPreview(preview: Extract<ApprovalPreview, { ok: true }>, language: Language): DecisionPreview {
  const { request, approvals, required, completes } = preview;
  const count = { id: request.id, count: approvals + 1, required };
  return {
    lines: [
      say(language, CONSOLE_MESSAGES['approval-request'], { id: request.id, requester: request.requester, command: request.commandText }),
      ...changeLines(request.changes, language),
      ...request.warnings.map((warning) => say(language, CONSOLE_MESSAGES.warning, { text: warning.text[language] })),
      say(language, completes ? CONSOLE_MESSAGES['approval-completes'] : CONSOLE_MESSAGES['approval-adds'], count),
    ],
    json: {
      request: { id: request.id, status: request.status },
      changes: changesInLanguage(request.changes, language),
      warnings: warningsInLanguage(request.warnings, language),
      plan: request.plan,
      approvals,
      required,
      completes,
    },
    changes: true,
    question: say(language, completes ? CONSOLE_MESSAGES['approve-and-apply'] : CONSOLE_MESSAGES['approve-request']),
    yesHint: say(language, completes ? CONSOLE_MESSAGES['yes-to-approve-and-apply'] : CONSOLE_MESSAGES['yes-to-add-approval']),
  };
}

/** The undo preview: what putting back the request's change would do to the call handling as it is now. */
export function undoPreview(policy: ApprovalPolicy, id: number, changes: ReadonlyArray<CallHandlingChange>, language: Language): DecisionPreview {
  const lines = changes.length === 0 ? [say(language, CONSOLE_MESSAGES['undo-nothing'], { id })] : [say(language, CONSOLE_MESSAGES['undo-heading'], { id }), ...changeLines(changes, language)];
  return planPreview(policy, 'undo', lines, { undoOf: id, changes: changesInLanguage(changes, language) }, language);
}

/** The replan preview: the request's change planned again against the call handling as it is now. */
export function replanPreview(policy: ApprovalPolicy, preview: Extract<ReplanPreview, { ok: true }>, language: Language): DecisionPreview {
  const { original, changes, plan } = preview;
  const lines =
    plan.length === 0
      ? [say(language, REQUEST_MESSAGES['already-like-that'])]
      : [say(language, CONSOLE_MESSAGES['replan-heading'], { id: original.id, command: original.commandText }), ...changeLines(changes, language)];
  const json = { replanOf: original.id, changes: changesInLanguage(changes, language), plan };
  return { ...planPreview(policy, original.intent.kind, lines, json, language), changes: plan.length > 0 };
}

function planPreview(policy: ApprovalPolicy, kind: IntentKind, lines: ReadonlyArray<string>, json: Record<string, unknown> & { changes: ReadonlyArray<unknown> }, language: Language): DecisionPreview {
  const waits = needsApproval(policy, kind);
  const atOnce = appliesAtOnceLine(policy, kind, language);
  const changes = json.changes.length > 0;
  return {
    lines: changes && atOnce !== undefined ? [...lines, atOnce] : lines,
    json: { ...json, needsApproval: waits },
    changes,
    question: say(language, waits ? CONSOLE_MESSAGES['ask-for-approval'] : CONSOLE_MESSAGES['apply-change']),
    yesHint: say(language, waits ? CONSOLE_MESSAGES['yes-to-ask-approval'] : CONSOLE_MESSAGES['yes-to-apply']),
  };
}

function changeLines(changes: ReadonlyArray<CallHandlingChange>, language: Language): string[] {
  return changes.map((change) => `- ${change.text[language]}`);
}
