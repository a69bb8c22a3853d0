import type { Language } from '../../i18n/index.ts';
import type { WorkflowCode, WorkflowOutcome } from '../../workflow/index.ts';
import { escapeMentioning } from '../escape-mrkdwn.ts';
import { cutMrkdwn } from './block-parts.ts';
import { SECTION_TEXT_LIMIT } from '../block-kit-limits.ts';

/** Codes after which the clicker sees a warning mark: nothing they asked for happened. */
const REFUSED: ReadonlySet<WorkflowCode> = new Set(['failed', 'stale', 'not-found', 'not-allowed', 'self-approval', 'refused', 'not-undoable', 'expired', 'draft-changed']);

/**
 * The ephemeral note to whoever clicked or typed, from a workflow outcome: its sentence, escaped,
 * with the request's requester and decider (and any `people` given, e.g. the clicker or the
 * approvers) as mentions: "Request 12 was approved by <@U2> and applied at 2026-12-24 15:02 UTC."
 */
export function outcomeText(outcome: WorkflowOutcome, language: Language, people: ReadonlyArray<string> = []): string {
  const named = [outcome.request?.requester, outcome.request?.decidedBy, ...people];
  const mark = REFUSED.has(outcome.code) ? ':warning: ' : '';
  return cutMrkdwn(`${mark}${escapeMentioning(outcome.message[language], named)}`, SECTION_TEXT_LIMIT);
}
