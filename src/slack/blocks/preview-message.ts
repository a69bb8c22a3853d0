import type { CallHandlingChange, ProposalWarning } from '../../callflow/index.ts';
import type { IntentKind } from '../../language/index.ts';
import { appliesAtOnceNote } from '../../workflow/index.ts';
import { BUTTON_VALUE_LIMIT } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { CANCEL_PREVIEW_ACTION, EDIT_REQUEST_ACTION, REQUEST_APPROVAL_ACTION, SHOW_WEEK_AFTER_ACTION } from './action-ids.ts';
import { actions, button, context, cutMrkdwn, fallbackText, paginate, section, type Block, type SlackMessage } from './block-parts.ts';
import { changeLines, countOf, quoteCommand, warningLines } from './change-lines.ts';

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
  const fits = input.commandText.length <= BUTTON_VALUE_LIMIT;
  const canRequest = input.actions.includes('request-approval') && input.draftId !== undefined && input.changes.length > 0;
  const canShowWeek = input.actions.includes('show-week') && input.draftId !== undefined && input.changes.length > 0;
  const notes: string[] = [];
  if (input.appliesAtOnceKind !== undefined && input.changes.length > 0) notes.push(appliesAtOnceNote(input.appliesAtOnceKind));
  if (!fits && input.actions.includes('edit')) notes.push(`This command is too long to edit in a form (${input.commandText.length} characters, ${BUTTON_VALUE_LIMIT} at most).`);

  const buttons = [
    ...(canRequest ? [button(REQUEST_APPROVAL_ACTION, input.appliesAtOnceKind !== undefined ? 'Apply' : 'Request approval', input.draftId ?? '', 'primary')] : []),
    ...(canShowWeek ? [button(SHOW_WEEK_AFTER_ACTION, 'Show the week after this change', input.draftId ?? '')] : []),
    ...(input.actions.includes('edit') && fits ? [button(EDIT_REQUEST_ACTION, 'Edit', input.commandText)] : []),
    ...(input.actions.includes('cancel') ? [button(CANCEL_PREVIEW_ACTION, 'Cancel')] : []),
  ];
  const changes =
    input.changes.length === 0
      ? [section('Nothing would change: the call handling already is as asked.')]
      : paginate(['*What would change:*', ...changeLines(input.changes)], {
          maxBlocks: CHANGE_BLOCKS,
          maxChars: CHANGE_CHARS,
          more: (hidden) => `…and ${hidden} more`,
        });
  const warnings = paginate(warningLines(input.warnings), { maxBlocks: WARNING_BLOCKS, maxChars: WARNING_CHARS, more: (hidden) => `…and ${countOf(hidden, 'more warning')}` });
  const blocks: Block[] = [
    ...(input.lead === undefined ? [] : [section(cutMrkdwn(escapeMrkdwn(input.lead), COMMAND_CHARS))]),
    section(`*Preview* of\n${cutMrkdwn(quoteCommand(input.commandText), COMMAND_CHARS)}`),
    context(escapeMrkdwn(input.zoneLine)),
    ...changes,
    ...warnings,
    ...(notes.length > 0 ? [context(notes.map(escapeMrkdwn).join('\n'))] : []),
    ...(buttons.length > 0 ? [actions(buttons)] : []),
  ];
  const summary = `${countOf(input.changes.length, 'change')}${input.warnings.length > 0 ? `, ${countOf(input.warnings.length, 'warning')}` : ''}`;
  return { text: fallbackText(`Preview (${summary}): ${cutMrkdwn(escapeMrkdwn(input.commandText), COMMAND_CHARS)}`), blocks };
}
