import type { types } from '@slack/bolt';
import { say, SLACK_MODAL_MESSAGES, type Language, type Message, type NoValues } from '../../i18n/index.ts';
import { MODAL_TITLE_LIMIT, OPTION_TEXT_LIMIT } from '../block-kit-limits.ts';
import { inputActionId } from './modal-ids.ts';

/** The modals' words that take no values: labels, titles, hints. */
export type ModalWord = { [Key in keyof typeof SLACK_MODAL_MESSAGES]: (typeof SLACK_MODAL_MESSAGES)[Key] extends Message<NoValues> ? Key : never }[keyof typeof SLACK_MODAL_MESSAGES];

/** Says the modals' fixed words in one language: `words('rule-name')`. */
export function modalWords(language: Language): (word: ModalWord) => string {
  return (word) => say(language, SLACK_MODAL_MESSAGES[word]);
}

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
export function timepicker(initial: string | undefined, placeholder: string): types.Timepicker {
  return { type: 'timepicker', placeholder: plainText(placeholder), ...(initial === undefined ? {} : { initial_time: initial }) };
}

/** A datepicker, set to `initial` ("2026-12-25") when given. */
export function datepicker(initial: string | undefined, placeholder: string): types.Datepicker {
  return { type: 'datepicker', placeholder: plainText(placeholder), ...(initial === undefined ? {} : { initial_date: initial }) };
}

/** What every editor modal has in common: a title, Next and Cancel in the user's language, and its own metadata. */
export function modal(callbackId: string, title: string, blocks: types.KnownBlock[], privateMetadata: string, language: Language): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plainText(cutPlain(title, MODAL_TITLE_LIMIT)),
    submit: plainText(say(language, SLACK_MODAL_MESSAGES.next)),
    close: plainText(say(language, SLACK_MODAL_MESSAGES.cancel)),
    private_metadata: privateMetadata,
    blocks,
  };
}

/** The view shown while RingCentral is read, replaced by the editor (trigger ids last 3 s); `text` says why it stays. */
export function loadingView(callbackId: string, title: string, language: Language, text?: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plainText(cutPlain(title, MODAL_TITLE_LIMIT)),
    close: plainText(say(language, SLACK_MODAL_MESSAGES.close)),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: text ?? say(language, SLACK_MODAL_MESSAGES.loading) } }],
  };
}

/** "09:00" for 540 minutes after midnight; 1440 (end of day) reads "00:00", as a timepicker shows it. */
export function clockOf(minutes: number): string {
  const wrapped = minutes % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
