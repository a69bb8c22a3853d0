import type { CallHandlingChange } from '../../callflow/index.ts';
import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import type { IntentKind } from '../../language/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { CANCEL_PREVIEW_ACTION, REPLAN_REQUEST_ACTION } from './action-ids.ts';
import { actions, button, context, cutMrkdwn, fallbackText, paginate, section, type SlackMessage } from './block-parts.ts';
import { changeLines, quoteCommand } from './change-lines.ts';

/** What `/ivr replan <id>` shows before re-planning a request of a kind the team lets through. */
export interface ReplanPreviewInput {
  readonly requestId: number;
  readonly commandText: string;
  readonly kind: IntentKind;
  readonly changes: ReadonlyArray<CallHandlingChange>;
  /** The Apply button's value: the request id and the fingerprint of the call handling the preview was made against. */
  readonly confirmValue: string;
  /** A line above the preview: why it is shown again. */
  readonly lead?: string;
  /** The language of the person it is shown to. */
  readonly language: Language;
}

const CHANGE_BLOCKS = 30;
const CHANGE_CHARS = 7000;
const COMMAND_CHARS = 1000;

/**
 * The preview of re-planning a request that applies at once (SWITCHBOARD_NO_APPROVAL_FOR): no
 * approver will see it, so the requester does, with an Apply button, before anything changes.
 */
export function replanPreviewMessage(input: ReplanPreviewInput): SlackMessage {
  const { language, requestId: id } = input;
  return {
    text: fallbackText(say(language, SLACK_MESSAGES['replanning-fallback'], { id, command: cutMrkdwn(escapeMrkdwn(input.commandText), COMMAND_CHARS) })),
    blocks: [
      ...(input.lead === undefined ? [] : [section(cutMrkdwn(escapeMrkdwn(input.lead), COMMAND_CHARS))]),
      section(say(language, SLACK_MESSAGES['replanning-title'], { id, command: cutMrkdwn(quoteCommand(input.commandText), COMMAND_CHARS) })),
      ...paginate([say(language, SLACK_MESSAGES['what-would-change']), ...changeLines(input.changes, language)], {
        maxBlocks: CHANGE_BLOCKS,
        maxChars: CHANGE_CHARS,
        more: (count) => say(language, SLACK_MESSAGES['and-more'], { count }),
      }),
      context(escapeMrkdwn(say(language, SLACK_MESSAGES['applies-at-once'], { kind: input.kind }))),
      actions([button(REPLAN_REQUEST_ACTION, say(language, SLACK_MESSAGES.apply), input.confirmValue, 'primary'), button(CANCEL_PREVIEW_ACTION, say(language, SLACK_MESSAGES.cancel))]),
    ],
  };
}
