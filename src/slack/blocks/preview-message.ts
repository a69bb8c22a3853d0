import type { CallHandlingChange, ProposalWarning } from '../../callflow/index.ts';
import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import type { IntentKind } from '../../language/index.ts';
import { BUTTON_VALUE_LIMIT } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { CANCEL_PREVIEW_ACTION, EDIT_REQUEST_ACTION, REQUEST_APPROVAL_ACTION, SHOW_WEEK_AFTER_ACTION } from './action-ids.ts';
import { actions, button, context, cutMrkdwn, fallbackText, paginate, section, type Block, type SlackMessage } from './block-parts.ts';
import { changeLines, quoteCommand, warningLines } from './change-lines.ts';

/** A button the preview can offer. */
export type PreviewAction = 'request-approval' | 'show-week' | 'edit' | 'cancel';

/** What the preview of `/ivr <change>` shows. */
export interface PreviewInput {
  /** The command as typed; it is also the value of the Edit button. */
  readonly commandText: string;
  /** The stored draft the Request approval (or Apply) button requests and Show the week draws; without one both are left out. */
  readonly draftId?: string;
  /** A line above the preview: why it is shown again (RingCentral changed under the previous one). */
  readonly lead?: string;
  /** The company zone, e.g. "Times in US/Eastern (EST)." */
  readonly zoneLine: string;
  readonly changes: ReadonlyArray<CallHandlingChange>;
  readonly warnings: ReadonlyArray<ProposalWarning>;
  /** The buttons wanted; Request approval is left out when there is nothing to change or it cannot be asked for. */
  readonly actions: ReadonlyArray<PreviewAction>;
  /**
   * Set to the change's kind when the team lets it through without approval (SWITCHBOARD_NO_APPROVAL_FOR):
   * the preview says it applies at once and the button says Apply.
   */
  readonly appliesAtOnceKind?: IntentKind;
  /** The language of the person the preview is shown to. */
  readonly language: Language;
}

// Blocks and characters for each part of the preview; their sum stays under the message limits.
const CHANGE_BLOCKS = 30;
const CHANGE_CHARS = 7000;
const WARNING_BLOCKS = 10;
const WARNING_CHARS = 2500;
const COMMAND_CHARS = 1000;

/**
 * The ephemeral preview of `/ivr <change>`: what was understood, the diff in words, warnings and
 * the buttons. Request approval carries only the draft's id: the click requests exactly the plan
 * shown, and the server checks again who clicked and whether RingCentral changed meanwhile. Show
 * the week after this change carries it too, to draw that plan.
 */
export function previewMessage(input: PreviewInput): SlackMessage {
  const { language } = input;
  const fits = input.commandText.length <= BUTTON_VALUE_LIMIT;
  const canRequest = input.actions.includes('request-approval') && input.draftId !== undefined && input.changes.length > 0;
  const canShowWeek = input.actions.includes('show-week') && input.draftId !== undefined && input.changes.length > 0;
  const notes: string[] = [];
  if (input.appliesAtOnceKind !== undefined && input.changes.length > 0) notes.push(say(language, SLACK_MESSAGES['applies-at-once'], { kind: input.appliesAtOnceKind }));
  if (!fits && input.actions.includes('edit')) notes.push(say(language, SLACK_MESSAGES['too-long-to-edit'], { length: input.commandText.length, limit: BUTTON_VALUE_LIMIT }));

  const buttons = [
    ...(canRequest ? [button(REQUEST_APPROVAL_ACTION, say(language, SLACK_MESSAGES[input.appliesAtOnceKind !== undefined ? 'apply' : 'request-approval']), input.draftId ?? '', 'primary')] : []),
    ...(canShowWeek ? [button(SHOW_WEEK_AFTER_ACTION, say(language, SLACK_MESSAGES['show-week-after']), input.draftId ?? '')] : []),
    ...(input.actions.includes('edit') && fits ? [button(EDIT_REQUEST_ACTION, say(language, SLACK_MESSAGES.edit), input.commandText)] : []),
    ...(input.actions.includes('cancel') ? [button(CANCEL_PREVIEW_ACTION, say(language, SLACK_MESSAGES.cancel))] : []),
  ];
  const changes =
    input.changes.length === 0
      ? [section(say(language, SLACK_MESSAGES['nothing-would-change']))]
      : paginate([say(language, SLACK_MESSAGES['what-would-change']), ...changeLines(input.changes, language)], {
          maxBlocks: CHANGE_BLOCKS,
          maxChars: CHANGE_CHARS,
          more: (count) => say(language, SLACK_MESSAGES['and-more'], { count }),
        });
  const warnings = paginate(warningLines(input.warnings, language), {
    maxBlocks: WARNING_BLOCKS,
    maxChars: WARNING_CHARS,
    more: (count) => say(language, SLACK_MESSAGES['and-more-warnings'], { count }),
  });
  const blocks: Block[] = [
    ...(input.lead === undefined ? [] : [section(cutMrkdwn(escapeMrkdwn(input.lead), COMMAND_CHARS))]),
    section(say(language, SLACK_MESSAGES['preview-title'], { command: cutMrkdwn(quoteCommand(input.commandText), COMMAND_CHARS) })),
    context(escapeMrkdwn(input.zoneLine)),
    ...changes,
    ...warnings,
    ...(notes.length > 0 ? [context(notes.map(escapeMrkdwn).join('\n'))] : []),
    ...(buttons.length > 0 ? [actions(buttons)] : []),
  ];
  const changeCount = say(language, SLACK_MESSAGES['change-count'], { count: input.changes.length });
  const summary = `${changeCount}${input.warnings.length > 0 ? `, ${say(language, SLACK_MESSAGES['warning-count'], { count: input.warnings.length })}` : ''}`;
  return { text: fallbackText(say(language, SLACK_MESSAGES['preview-fallback'], { summary, command: cutMrkdwn(escapeMrkdwn(input.commandText), COMMAND_CHARS) })), blocks };
}
