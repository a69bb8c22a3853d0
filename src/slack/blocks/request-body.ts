import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import type { ChangeRequest } from '../../store/index.ts';
import { mentionPerson } from '../escape-mrkdwn.ts';
import { cutMrkdwn, header, paginate, section, type Block } from './block-parts.ts';
import { changeLines, quoteCommand, warningLines } from './change-lines.ts';
import { slackDate } from './slack-date.ts';

// Budgets for a request's parts in the approval channel; with the header, context and actions
// they stay within 50 blocks and the message text budget.
const CHANGE_BLOCKS = 25;
const CHANGE_CHARS = 6000;
const WARNING_BLOCKS = 8;
const WARNING_CHARS = 2000;
const COMMAND_CHARS = 1000;

/** A change request as the approval channel shows it: who asked for what, the diff and warnings. */
export function requestBody(request: ChangeRequest, language: Language): Block[] {
  const command = cutMrkdwn(quoteCommand(request.commandText), COMMAND_CHARS);
  return [
    header(say(language, SLACK_MESSAGES['change-request-header'], { id: request.id })),
    section(say(language, SLACK_MESSAGES['asks-to'], { requester: mentionPerson(request.requester), command, ...(request.undoOf === undefined ? {} : { undoOf: request.undoOf }) })),
    ...(request.changes.length === 0
      ? [section(say(language, SLACK_MESSAGES['nothing-would-change']))]
      : paginate([say(language, SLACK_MESSAGES['what-would-change']), ...changeLines(request.changes, language)], {
          maxBlocks: CHANGE_BLOCKS,
          maxChars: CHANGE_CHARS,
          more: (count) => say(language, SLACK_MESSAGES['and-more'], { count }),
        })),
    ...paginate(warningLines(request.warnings, language), {
      maxBlocks: WARNING_BLOCKS,
      maxChars: WARNING_CHARS,
      more: (count) => say(language, SLACK_MESSAGES['and-more-warnings'], { count }),
    }),
  ];
}

/** "Requested … · expires …" with Slack dates, which every reader sees in their own zone. */
export function requestTimes(request: ChangeRequest, language: Language): string {
  return say(language, SLACK_MESSAGES['requested-expires'], { requested: slackDate(request.createdAt, language), expires: slackDate(request.expiresAt, language) });
}

/** Who approved so far: "Approvals: 1 of 2 (<@U2>)". */
export function approvalsLine(approvals: ReadonlyArray<string>, required: number, language: Language): string {
  const who = approvals.length === 0 ? '' : ` (${approvals.map(mentionPerson).join(', ')})`;
  return say(language, SLACK_MESSAGES['approvals-line'], { count: approvals.length, required, who });
}
