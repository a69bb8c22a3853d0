import type { types } from '@slack/bolt';
import { MODAL_TITLE_LIMIT, OPTION_TEXT_LIMIT } from '../block-kit-limits.ts';
import { inputActionId } from './modal-ids.ts';

/** A plain_text object; Slack shows it as typed, so it needs no mrkdwn escaping. */
export function plainText(text: string): types.PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

/** An option of a select, radio or checkbox group; text cut to Slack's 75 characters. */
export function option(text: string, value: string): types.PlainTextOption {
  return { text: plainText(cutPlain(text, OPTION_TEXT_LIMIT)), value };
}

/** Plain text cut to `limit` characters, ending with "…". */
export function cutPlain(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** An input block whose element's action id is derived from the block id (`inputActionId`). */
export function input(
  blockId: string,
  label: string,
  element: types.InputBlock['element'],
  options: { readonly optional?: boolean; readonly hint?: string } = {},
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plainText(label),
    optional: options.optional ?? false,
    ...(options.hint === undefined ? {} : { hint: plainText(options.hint) }),
    element: { ...element, action_id: element.action_id ?? inputActionId(blockId) } as types.InputBlock['element'],
  };
}

/** A timepicker, set to `initial` ("09:00") when given. */
export function timepicker(initial: string | undefined, placeholder = 'Time'): types.Timepicker {
  return { type: 'timepicker', placeholder: plainText(placeholder), ...(initial === undefined ? {} : { initial_time: initial }) };
}

/** A datepicker, set to `initial` ("2026-12-25") when given. */
export function datepicker(initial: string | undefined, placeholder = 'Date'): types.Datepicker {
  return { type: 'datepicker', placeholder: plainText(placeholder), ...(initial === undefined ? {} : { initial_date: initial }) };
}

/** What every editor modal has in common: a title, Next and Cancel, and its own metadata. */
export function modal(callbackId: string, title: string, blocks: types.KnownBlock[], privateMetadata: string, submit = 'Next'): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plainText(cutPlain(title, MODAL_TITLE_LIMIT)),
    submit: plainText(submit),
    close: plainText('Cancel'),
    private_metadata: privateMetadata,
    blocks,
  };
}

/** The view shown while RingCentral is read, replaced by the editor (trigger ids last 3 s). */
export function loadingView(callbackId: string, title: string, text = 'Reading the call handling from RingCentral…'): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plainText(cutPlain(title, MODAL_TITLE_LIMIT)),
    close: plainText('Close'),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  };
}

/** "09:00" for 540 minutes after midnight; 1440 (end of day) reads "00:00", as a timepicker shows it. */
export function clockOf(minutes: number): string {
  const wrapped = minutes % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
