import type { CallHandlingChange, ProposalWarning } from '../../callflow/index.ts';
import type { IntentKind } from '../../language/index.ts';
import { appliesAtOnceNote } from '../../workflow/index.ts';
import { BUTTON_VALUE_LIMIT } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { CANCEL_PREVIEW_ACTION, EDIT_REQUEST_ACTION, REQUEST_APPROVAL_ACTION } from './action-ids.ts';
import { actions, button, context, cutMrkdwn, fallbackText, paginate, section, type Block, type SlackMessage } from './block-parts.ts';
import { changeLines, countOf, quoteCommand, warningLines } from './change-lines.ts';

/** A button the preview can offer. */
export type PreviewAction = 'request-approval' | 'edit' | 'cancel';

/** What the preview of `/ivr <change>` shows. */
export interface PreviewInput {
  /** The command as typed; it is also the value of the Request approval and Edit buttons. */
  readonly commandText: string;
  /** The company zone, e.g. "Times in US/Eastern (EST)." */
  readonly zoneLine: string;
  readonly changes: ReadonlyArray<CallHandlingChange>;
  readonly warnings: ReadonlyArray<ProposalWarning>;
  /** The buttons wanted; Request approval is left out when there is nothing to change or it cannot be asked for. */
  readonly actions: ReadonlyArray<PreviewAction>;
  /** False under the local-admin policy: no one approves, so the preview says so instead of offering Request approval. */
  readonly approvalsConfigured?: boolean;
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
 * the buttons. The buttons carry only the command text; the server parses it again on click.
 */
export function previewMessage(input: PreviewInput): SlackMessage {
  const fits = input.commandText.length <= BUTTON_VALUE_LIMIT;
  const configured = input.approvalsConfigured ?? true;
  const canRequest = input.actions.includes('request-approval') && configured && fits && input.changes.length > 0;
  const notes: string[] = [];
  if (input.actions.includes('request-approval') && !configured) {
    notes.push('Approvals are not configured, so this change cannot be requested from Slack. Set SWITCHBOARD_REQUESTERS and SWITCHBOARD_APPROVERS to turn them on.');
  }
  if (input.appliesAtOnceKind !== undefined && input.changes.length > 0) notes.push(appliesAtOnceNote(input.appliesAtOnceKind));
  if (!fits) notes.push(`This command is too long to request from a button (${input.commandText.length} characters, ${BUTTON_VALUE_LIMIT} at most); shorten it.`);

  const buttons = [
    ...(canRequest ? [button(REQUEST_APPROVAL_ACTION, input.appliesAtOnceKind !== undefined ? 'Apply' : 'Request approval', input.commandText, 'primary')] : []),
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
