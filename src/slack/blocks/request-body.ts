import type { ChangeRequest } from '../../store/index.ts';
import { mentionPerson } from '../escape-mrkdwn.ts';
import { cutMrkdwn, header, paginate, section, type Block } from './block-parts.ts';
import { changeLines, countOf, quoteCommand, warningLines } from './change-lines.ts';
import { slackDate } from './slack-date.ts';

// Budgets for a request's parts in the approval channel; with the header, context and actions
// they stay within 50 blocks and the message text budget.
const CHANGE_BLOCKS = 25;
const CHANGE_CHARS = 6000;
const WARNING_BLOCKS = 8;
const WARNING_CHARS = 2000;
const COMMAND_CHARS = 1000;

/** A change request as the approval channel shows it: who asked for what, the diff and warnings. */
export function requestBody(request: ChangeRequest): Block[] {
  const undo = request.undoOf === undefined ? '' : ` (undoes request ${request.undoOf})`;
  return [
    header(`Change request ${request.id}`),
    section(`${mentionPerson(request.requester)} asks to${undo}:\n${cutMrkdwn(quoteCommand(request.commandText), COMMAND_CHARS)}`),
    ...(request.changes.length === 0
      ? [section('Nothing would change: the call handling already is as asked.')]
      : paginate(['*What would change:*', ...changeLines(request.changes)], {
          maxBlocks: CHANGE_BLOCKS,
          maxChars: CHANGE_CHARS,
          more: (hidden) => `…and ${hidden} more`,
        })),
    ...paginate(warningLines(request.warnings), {
      maxBlocks: WARNING_BLOCKS,
      maxChars: WARNING_CHARS,
      more: (hidden) => `…and ${countOf(hidden, 'more warning')}`,
    }),
  ];
}

/** "Requested … · expires …" with Slack dates, which every reader sees in their own zone. */
export function requestTimes(request: ChangeRequest): string {
  return `Requested ${slackDate(request.createdAt)} · expires ${slackDate(request.expiresAt)}`;
}

/** Who approved so far: "Approvals: 1 of 2 (<@U2>)". */
export function approvalsLine(approvals: ReadonlyArray<string>, required: number): string {
  const who = approvals.length === 0 ? '' : ` (${approvals.map(mentionPerson).join(', ')})`;
  return `Approvals: ${approvals.length} of ${required}${who}`;
}
