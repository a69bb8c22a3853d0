import type { DateTime } from 'luxon';
import { describeTimeZone, proposalRefusalMessage, proposeChange, type CallHandling } from '../callflow/index.ts';
import type { ChangeIntent, Intent } from '../language/index.ts';
import { describeAuditEntry, describePendingRequest, isQuestion, needsApproval, type Actor, type ApprovalPolicy, type ChangeWorkflow, type Readout, type WorkflowOutcome } from '../workflow/index.ts';
import { answerQuestion } from './answer-question.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { exitCodeFor } from './render-workflow.ts';

/** What one command runs with. */
export interface CommandRun {
  readonly text: string;
  readonly intent: Intent;
  readonly actor: Actor;
  readonly handling: CallHandling;
  readonly now: DateTime;
  readonly workflow: ChangeWorkflow;
  readonly policy: ApprovalPolicy;
  readonly options: CommandOptions;
}

/** How a command's answer is given, and how a change is confirmed. */
export interface CommandOptions {
  readonly json: boolean;
  /** `run --yes`: the local admin applies a change without being asked. */
  readonly yes: boolean;
  /** The console asks before every change; `run` has none and takes --yes instead. */
  readonly confirm?: ConfirmChange;
}

/**
 * Shows a change's preview and asks `question` ("Apply this change?", "Ask for approval?");
 * true when the person at the console said yes.
 */
export type ConfirmChange = (preview: ReadonlyArray<string>, question: string) => Promise<boolean>;

/** How many audit entries `history` shows when not told. */
const DEFAULT_HISTORY = 10;

/**
 * Runs one understood command and prints the answer; returns the exit code. Questions are
 * answered; workflow commands go to the workflow; a change is previewed and then requested (the
 * local admin applies it at once with --yes; under a team policy it waits for approval). With
 * `confirm` (the console), every change and undo is previewed and asked about first.
 */
export async function carryOutCommand(run: CommandRun, io: CliIo): Promise<number> {
  const { intent, workflow, actor } = run;
  if (isQuestion(intent)) {
    const allowed = await workflow.checkReader(actor);
    if (!allowed.ok) return refuse(allowed.message, io);
    return answerQuestion(intent, run.handling, run.now, run.options.json, io);
  }
  switch (intent.kind) {
    case 'approve':
      return report(await workflow.approve(intent.requestId, actor), run, io);
    case 'reject':
      return report(await workflow.reject(intent.requestId, actor, intent.reason), run, io);
    case 'cancel':
      return report(await workflow.cancel(intent.requestId, actor), run, io);
    case 'undo': {
      const { confirm } = run.options;
      if (confirm !== undefined || (run.policy.kind === 'local-admin' && !run.options.yes)) {
        const planned = await workflow.previewUndo(intent.requestId, run.handling);
        if (!planned.ok) return report(planned.outcome, run, io);
        const lines = planned.changes.map((change) => `- ${change.text}`);
        if (lines.length === 0) lines.push(`Call handling is already as it was before request ${intent.requestId}; nothing would change.`);
        if (confirm === undefined || planned.changes.length === 0) return showPreview(io, lines, planned.changes.length > 0);
        if (!(await confirm(lines, questionFor(run, 'undo')))) return declined(io);
      }
      return report(await workflow.undo(intent.requestId, actor, run.handling), run, io);
    }
    case 'replan':
      return report(await workflow.replan(intent.requestId, actor, run.handling, run.now), run, io);
    case 'list-requests':
      return print(await workflow.pending(actor), run, io, (requests) =>
        requests.length === 0 ? ['No requests are waiting for approval.'] : requests.flatMap(describePendingRequest),
      );
    case 'history':
      return print(await workflow.history(actor, intent.limit ?? DEFAULT_HISTORY), run, io, (entries) =>
        entries.length === 0 ? ['No changes recorded yet.'] : entries.flatMap(describeAuditEntry),
      );
    case 'audit-verify': {
      const verified = await workflow.verifyAudit(actor);
      if (!verified.ok) return refuse(verified.message, io);
      const result = verified.value;
      if (run.options.json) writeLine(io.stdout, JSON.stringify(result, null, 2));
      else if (result.ok) writeLine(io.stdout, `The audit trail is intact: ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}, head ${result.headHash.slice(0, 16)}.`);
      else writeLine(io.stderr, result.message);
      return result.ok ? EXIT.ok : EXIT.refused;
    }
    default:
      return requestChange({ ...run, intent }, io);
  }
}

async function requestChange(run: CommandRun & { readonly intent: ChangeIntent }, io: CliIo): Promise<number> {
  const proposal = proposeChange(run.handling, run.intent, run.now);
  if (!proposal.ok) return refuse(proposalRefusalMessage(proposal.code, proposal.id), io);
  const preview = [
    `Times in ${describeTimeZone(run.handling.timeZone, run.now)}.`,
    ...proposal.changes.map((change) => `- ${change.text}`),
    ...proposal.warnings.map((warning) => `Warning: ${warning.text}`),
  ];
  const { confirm } = run.options;
  if (confirm !== undefined && proposal.plan.length > 0) {
    if (!(await confirm(preview, questionFor(run, run.intent.kind)))) return declined(io);
    const outcome = await run.workflow.requestChange({ text: run.text, intent: run.intent, requester: run.actor, handling: run.handling, at: run.now });
    return report(outcome, run, io, { changes: proposal.changes, warnings: proposal.warnings });
  }
  const previewOnly = proposal.plan.length === 0 || (run.policy.kind === 'local-admin' && !run.options.yes);
  if (previewOnly && run.options.json) {
    writeLine(io.stdout, JSON.stringify({ applied: false, changes: proposal.changes, warnings: proposal.warnings, plan: proposal.plan }, null, 2));
    return EXIT.ok;
  }
  if (previewOnly) return showPreview(io, preview, proposal.plan.length > 0);
  const outcome = await run.workflow.requestChange({ text: run.text, intent: run.intent, requester: run.actor, handling: run.handling, at: run.now });
  if (!run.options.json && exitCodeFor(outcome.code) === EXIT.ok) preview.forEach((line) => writeLine(io.stdout, line));
  return report(outcome, run, io, { changes: proposal.changes, warnings: proposal.warnings });
}

/** The console's question: a change that waits for approvers is asked for, any other is applied. */
function questionFor(run: CommandRun, kind: Intent['kind']): string {
  return needsApproval(run.policy, kind) ? 'Ask for approval?' : 'Apply this change?';
}

/** The answer when the person at the console says no to a change. */
function declined(io: CliIo): number {
  writeLine(io.stdout, 'Nothing changed.');
  return EXIT.ok;
}

/** Shows what a change would do for the local admin to confirm; nothing is stored or sent. */
function showPreview(io: CliIo, lines: ReadonlyArray<string>, changes: boolean): number {
  lines.forEach((line) => writeLine(io.stdout, line));
  if (changes) writeLine(io.stdout, 'Nothing changed yet. Run again with --yes to apply.');
  return EXIT.ok;
}

function report(outcome: WorkflowOutcome, run: CommandRun, io: CliIo, extra: Record<string, unknown> = {}): number {
  const exit = exitCodeFor(outcome.code);
  if (run.options.json) {
    const request = outcome.request ? { id: outcome.request.id, status: outcome.request.status } : undefined;
    writeLine(io.stdout, JSON.stringify({ code: outcome.code, applied: outcome.code === 'applied', message: outcome.message, request, ...extra }, null, 2));
  } else {
    writeLine(exit === EXIT.ok ? io.stdout : io.stderr, outcome.message);
  }
  return exit;
}

function print<T>(readout: Readout<T>, run: CommandRun, io: CliIo, render: (value: T) => string[]): number {
  if (!readout.ok) return refuse(readout.message, io);
  if (run.options.json) writeLine(io.stdout, JSON.stringify(readout.value, null, 2));
  else render(readout.value).forEach((line) => writeLine(io.stdout, line));
  return EXIT.ok;
}

function refuse(message: string, io: CliIo): number {
  writeLine(io.stderr, message);
  return EXIT.refused;
}
