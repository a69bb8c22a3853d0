import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import type { ChangeRequest } from '../../store/index.ts';
import { escapeMentioning, escapeMrkdwn, mentionPerson } from '../escape-mrkdwn.ts';
import { APPROVE_REQUEST_ACTION, REJECT_REQUEST_ACTION } from './action-ids.ts';
import { actions, button, context, cutMrkdwn, fallbackText, type SlackMessage } from './block-parts.ts';
import { approvalsLine, requestBody, requestTimes } from './request-body.ts';

// The notification names the command, not the whole diff.
const FALLBACK_COMMAND_CHARS = 200;

/**
 * The message in the approval channel that asks for a decision: who asked, the command, the
 * diff, warnings, when it expires, and Approve / Reject buttons whose value is only the request id
 * (the server checks who clicked and the request's state; it never trusts the value).
 */
export function approvalRequestMessage(request: ChangeRequest, approvals: ReadonlyArray<string>, required: number, language: Language): SlackMessage {
  const id = String(request.id);
  const approve = {
    ...button(APPROVE_REQUEST_ACTION, say(language, SLACK_MESSAGES.approve), id, 'primary'),
    confirm: {
      title: { type: 'plain_text' as const, text: say(language, SLACK_MESSAGES['approve-confirm-title'], { id }) },
      text: { type: 'plain_text' as const, text: say(language, SLACK_MESSAGES['approve-confirm-text']) },
      confirm: { type: 'plain_text' as const, text: say(language, SLACK_MESSAGES.approve) },
      deny: { type: 'plain_text' as const, text: say(language, SLACK_MESSAGES.back) },
    },
  };
  return {
    text: fallbackText(
      say(language, SLACK_MESSAGES['approval-fallback'], { requester: mentionPerson(request.requester), id, command: cutMrkdwn(escapeMrkdwn(request.commandText), FALLBACK_COMMAND_CHARS) }),
    ),
    blocks: [
      ...requestBody(request, language),
      context(`${requestTimes(request, language)} · ${approvalsLine(approvals, required, language)}`),
      actions([approve, button(REJECT_REQUEST_ACTION, say(language, SLACK_MESSAGES.reject), id, 'danger')]),
    ],
  };
}

/** The mark before a decided request's standing. */
const STATUS_MARK: Readonly<Record<ChangeRequest['status'], string>> = {
  pending: ':hourglass_flowing_sand:',
  approved: ':hourglass_flowing_sand:',
  applying: ':hourglass_flowing_sand:',
  applied: ':white_check_mark:',
  failed: ':warning:',
  rejected: ':x:',
  expired: ':hourglass:',
  stale: ':arrows_counterclockwise:',
  cancelled: ':no_entry_sign:',
};

/**
 * The approval message once decided, updated in place: the same request, no buttons left to
 * click, and a context line with where it stands (`describeStanding`'s sentence). Pass the
 * approvers named in it so they show as mentions.
 */
export function decidedRequestMessage(request: ChangeRequest, standing: string, language: Language, approvers: ReadonlyArray<string> = []): SlackMessage {
  // Only the people of this request become mentions; any other id in the sentence stays text.
  const people = [request.requester, request.decidedBy, ...approvers];
  const line = `${STATUS_MARK[request.status]} ${escapeMentioning(standing, people)}`;
  return {
    text: fallbackText(line),
    blocks: [...requestBody(request, language), context(`${line}\n${requestTimes(request, language)}`)],
  };
}
