import type { DateTime } from 'luxon';
import { describeTimeZone, proposalRefusalMessage, type CallHandling } from '../callflow/index.ts';
import { CONSOLE_MESSAGES, REQUEST_RECORD_MESSAGES, say, type Language } from '../i18n/index.ts';
import type { ChangeIntent, Intent } from '../language/index.ts';
import { describeAuditEntry, describePendingRequest, isQuestion, needsApproval, type Actor, type DraftedChange, type ApprovalPolicy, type ChangeWorkflow, type Readout, type WorkflowOutcome } from '../workflow/index.ts';
import { answerQuestion } from './answer-question.ts';
import { appliesAtOnceLine, approvalPreview, replanPreview, undoPreview, type DecisionPreview } from './decision-preview.ts';
import { changesInLanguage, warningsInLanguage } from './changes-in-language.ts';
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
  /** The language every answer is in; English when not given. */
  readonly language?: Language;
}

/** How a command's answer is given, and how a change is confirmed. */
export interface CommandOptions {
  readonly json: boolean;
  /** `run --yes`: apply a change, approve, undo or replan without being asked. */
  readonly yes: boolean;
  /** The console asks before every change; `run` has none and takes --yes instead. */
  readonly confirm?: ConfirmChange;
  /** `run --png FILE`: where `week` writes its picture. */
  readonly png?: string;
}

/**
 * Shows a change's preview and asks `question` ("Apply this change?", "Ask for approval?", in the
 * run's language);
 * true when the person at the console said yes.
 */
export type ConfirmChange = (preview: ReadonlyArray<string>, question: string) => Promise<boolean>;

/** How many audit entries `history` shows when not told. */
const DEFAULT_HISTORY = 10;

/**
 * Runs one understood command and prints the answer; returns the exit code. Questions are
 * answered; workflow commands go to the workflow; a change is previewed and then requested (one
 * that applies at once, the local admin's or a kind the team lets through, needs --yes; others
 * wait for approval). `approve`, `undo` and `replan` are previewed too and need --yes under any
 * policy. With `confirm` (the console), every change, approval, undo and replan is previewed and
 * asked about first.
 */
export async function carryOutCommand(run: CommandRun, io: CliIo): Promise<number> {
  const { intent, workflow, actor } = run;
  if (run.options.png !== undefined && intent.kind !== 'week') {
    writeLine(io.stderr, say(languageOf(run), CONSOLE_MESSAGES['png-week-only'], { png: run.options.png }));
    return EXIT.usage;
  }
  if (isQuestion(intent)) {
    const allowed = await workflow.checkReader(actor);
    if (!allowed.ok) return refuse(allowed.message[languageOf(run)], io);
    return answerQuestion(intent, run.handling, run.now, run.options, io, run.language);
  }
  switch (intent.kind) {
    case 'approve': {
      const planned = await workflow.previewApprove(intent.requestId, actor);
      if (!planned.ok) return report(planned.outcome, run, io);
      return confirmDecision(run, io, approvalPreview(planned, languageOf(run)), () => workflow.approve(intent.requestId, actor));
    }
    case 'reject':
      return report(await workflow.reject(intent.requestId, actor, intent.reason), run, io);
    case 'cancel':
      return report(await workflow.cancel(intent.requestId, actor), run, io);
    case 'undo': {
      const planned = await workflow.previewUndo(intent.requestId, actor, run.handling);
      if (!planned.ok) return report(planned.outcome, run, io);
      return confirmDecision(run, io, undoPreview(run.policy, intent.requestId, planned.changes, languageOf(run)), () => workflow.undo(intent.requestId, actor, run.handling));
    }
    case 'replan': {
      const planned = await workflow.previewReplan(intent.requestId, actor, run.handling, run.now);
      if (!planned.ok) return report(planned.outcome, run, io);
      return confirmDecision(run, io, replanPreview(run.policy, planned, languageOf(run)), () => workflow.replan(intent.requestId, actor, run.handling, run.now));
    }
    case 'list-requests':
      return print(
        await workflow.pending(actor),
        run,
        io,
        (requests) => (requests.length === 0 ? [say(languageOf(run), REQUEST_RECORD_MESSAGES['no-pending-requests'])] : requests.flatMap((request) => describePendingRequest(request, languageOf(run)))),
        (requests) => requests.map((request) => ({ ...request, ...jsonTexts(request, languageOf(run)) })),
      );
    // Audit entries are printed as recorded, whatever the language: their hash covers their texts.
    case 'history':
      return print(await workflow.history(actor, intent.limit ?? DEFAULT_HISTORY), run, io, (entries) =>
        entries.length === 0 ? [say(languageOf(run), REQUEST_RECORD_MESSAGES['no-recorded-changes'])] : entries.flatMap((entry) => describeAuditEntry(entry, languageOf(run))),
      );
    case 'audit-verify': {
      const verified = await workflow.verifyAudit(actor);
      if (!verified.ok) return refuse(verified.message[languageOf(run)], io);
      const result = verified.value;
      if (run.options.json) writeLine(io.stdout, JSON.stringify(result, null, 2));
      else if (result.ok) writeLine(io.stdout, say(languageOf(run), CONSOLE_MESSAGES['audit-intact'], { entries: result.entries, head: result.headHash.slice(0, 16) }));
      else writeLine(io.stderr, result.message);
      return result.ok ? EXIT.ok : EXIT.refused;
    }
    default:
      return requestChange({ ...run, intent }, io);
  }
}

async function requestChange(run: CommandRun & { readonly intent: ChangeIntent }, io: CliIo): Promise<number> {
  // Planned as the workflow will plan it, so `open` previews exactly the closure rules it deletes.
  const proposal = await run.workflow.draftChange({ text: run.text, intent: run.intent, author: run.actor, handling: run.handling, at: run.now });
  if (!proposal.ok) return refuse(proposalRefusalMessage(proposal.code, proposal.id), io);
  const preview = previewLines(run, run.handling.timeZone, run.now, proposal);
  const { confirm } = run.options;
  if (confirm !== undefined && proposal.draftId !== undefined) return confirmDraft(run, io, confirm, preview, proposal);
  // A change that applies at once (the local admin's, or a kind the team lets through) waits for --yes.
  if (proposal.draftId === undefined || (!needsApproval(run.policy, run.intent.kind) && !run.options.yes)) {
    if (run.options.json) {
      writeLine(io.stdout, JSON.stringify({ applied: false, ...jsonTexts(proposal, languageOf(run)), plan: proposal.plan }, null, 2));
      return EXIT.ok;
    }
    return showPreview(io, preview, proposal.draftId !== undefined, languageOf(run));
  }
  const outcome = await run.workflow.requestDraft(proposal.draftId, run.actor);
  if (!run.options.json && exitCodeFor(outcome.code) === EXIT.ok) preview.forEach((line) => writeLine(io.stdout, line));
  return reportRequest(outcome, run, io, proposal);
}

/**
 * The console asks about the preview and requests exactly that draft. When RingCentral changed what
 * it touches meanwhile, nothing is requested: the new preview is shown and asked about in turn.
 */
async function confirmDraft(run: CommandRun, io: CliIo, confirm: ConfirmChange, preview: ReadonlyArray<string>, proposal: DraftedChange): Promise<number> {
  if (!(await confirm(preview, questionFor(run, run.intent.kind)))) return declined(io, languageOf(run));
  const outcome = await run.workflow.requestDraft(proposal.draftId ?? '', run.actor);
  const { redraft } = outcome;
  if (redraft === undefined) return reportRequest(outcome, run, io, proposal);
  writeLine(io.stdout, outcome.message[languageOf(run)]);
  return confirmDraft(run, io, confirm, previewLines(run, redraft.timeZone, redraft.at, redraft.preview), redraft.preview);
}

/** What a change would do, in words: the time zone, the changes, the warnings, and whether it applies at once. */
function previewLines(run: CommandRun, timeZone: string, at: DateTime, proposal: DraftedChange): string[] {
  const language = languageOf(run);
  return [
    say(language, CONSOLE_MESSAGES['times-in'], { zone: describeTimeZone(timeZone, at, language) }),
    ...proposal.changes.map((change) => `- ${change.text[language]}`),
    ...proposal.warnings.map((warning) => say(language, CONSOLE_MESSAGES.warning, { text: warning.text[language] })),
    ...(proposal.draftId !== undefined ? optionalLine(appliesAtOnceLine(run.policy, run.intent.kind, language)) : []),
  ];
}

/**
 * A proposal's changes and warnings as `--json` prints them: each text in the run's language, one
 * string, as scripts read it before texts were worded in each language.
 */
function jsonTexts(proposal: Pick<DraftedChange, 'changes' | 'warnings'>, language: Language): Record<string, unknown> {
  return { changes: changesInLanguage(proposal.changes, language), warnings: warningsInLanguage(proposal.warnings, language) };
}

/** A request's outcome; when RingCentral changed under the preview, the new preview comes with it (nothing was requested). */
function reportRequest(outcome: WorkflowOutcome, run: CommandRun, io: CliIo, proposal: DraftedChange): number {
  const { redraft } = outcome;
  if (redraft === undefined) return report(outcome, run, io, jsonTexts(proposal, languageOf(run)));
  if (run.options.json) return report(outcome, run, io, jsonTexts(redraft.preview, languageOf(run)));
  writeLine(io.stderr, outcome.message[languageOf(run)]);
  previewLines(run, redraft.timeZone, redraft.at, redraft.preview).forEach((line) => writeLine(io.stdout, line));
  return exitCodeFor(outcome.code);
}

/** The console's question: a change that waits for approvers is asked for, any other is applied. */
function questionFor(run: CommandRun, kind: Intent['kind']): string {
  return say(languageOf(run), needsApproval(run.policy, kind) ? CONSOLE_MESSAGES['ask-for-approval'] : CONSOLE_MESSAGES['apply-change']);
}

/**
 * Shows what `approve`, `undo` or `replan` would do before doing it: the console asks first; `run`
 * does it only with --yes, and without it prints the preview (JSON with `applied: false` under
 * --json) and changes nothing. With nothing to change, the preview is the answer.
 */
async function confirmDecision(run: CommandRun, io: CliIo, preview: DecisionPreview, act: () => Promise<WorkflowOutcome>): Promise<number> {
  const { confirm } = run.options;
  if (!preview.changes || (confirm === undefined && !run.options.yes)) {
    if (run.options.json) writeLine(io.stdout, JSON.stringify({ applied: false, ...preview.json }, null, 2));
    else {
      preview.lines.forEach((line) => writeLine(io.stdout, line));
      if (preview.changes) writeLine(io.stdout, preview.yesHint);
    }
    return EXIT.ok;
  }
  if (confirm !== undefined && !(await confirm(preview.lines, preview.question))) return declined(io, languageOf(run));
  const outcome = await act();
  // With --yes, what was done is shown above the outcome, as for a change.
  if (confirm === undefined && !run.options.json && exitCodeFor(outcome.code) === EXIT.ok) preview.lines.forEach((line) => writeLine(io.stdout, line));
  return report(outcome, run, io, { changes: preview.json['changes'] });
}

function optionalLine(line: string | undefined): string[] {
  return line === undefined ? [] : [line];
}

/** The answer when the person at the console says no to a change. */
function declined(io: CliIo, language: Language): number {
  writeLine(io.stdout, say(language, CONSOLE_MESSAGES['nothing-changed']));
  return EXIT.ok;
}

/** Shows what a change would do for the local admin to confirm; nothing is stored or sent. */
function showPreview(io: CliIo, lines: ReadonlyArray<string>, changes: boolean, language: Language): number {
  lines.forEach((line) => writeLine(io.stdout, line));
  if (changes) writeLine(io.stdout, say(language, CONSOLE_MESSAGES['yes-to-apply']));
  return EXIT.ok;
}

function report(outcome: WorkflowOutcome, run: CommandRun, io: CliIo, extra: Record<string, unknown> = {}): number {
  const exit = exitCodeFor(outcome.code);
  if (run.options.json) {
    const request = outcome.request ? { id: outcome.request.id, status: outcome.request.status } : undefined;
    writeLine(io.stdout, JSON.stringify({ code: outcome.code, applied: outcome.code === 'applied', message: outcome.message[languageOf(run)], request, ...extra }, null, 2));
  } else {
    writeLine(exit === EXIT.ok ? io.stdout : io.stderr, outcome.message[languageOf(run)]);
  }
  return exit;
}

function print<T>(readout: Readout<T>, run: CommandRun, io: CliIo, render: (value: T) => string[], toJson: (value: T) => unknown = (value) => value): number {
  if (!readout.ok) return refuse(readout.message[languageOf(run)], io);
  if (run.options.json) writeLine(io.stdout, JSON.stringify(toJson(readout.value), null, 2));
  else render(readout.value).forEach((line) => writeLine(io.stdout, line));
  return EXIT.ok;
}

function refuse(message: string, io: CliIo): number {
  writeLine(io.stderr, message);
  return EXIT.refused;
}

/** The language the person at the console reads: English unless one was chosen. */
function languageOf(run: Pick<CommandRun, 'language'>): Language {
  return run.language ?? 'en';
}
