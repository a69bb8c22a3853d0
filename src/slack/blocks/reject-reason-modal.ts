import type { types } from '@slack/bolt';
import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import { REJECT_REASON_BLOCK, REJECT_REASON_CALLBACK, REJECT_REASON_INPUT } from './action-ids.ts';
import { section } from './block-parts.ts';

/** The longest reason the modal takes, so the decided message that quotes it stays short. */
export const REJECT_REASON_MAX_LENGTH = 500;

/**
 * The modal Reject opens: one required reason, shown to the requester. The request id travels
 * in `private_metadata`; the submission handler checks the request and the clicker again. It is
 * worded in the clicker's language.
 */
export function rejectReasonModal(requestId: number, language: Language): types.ModalView {
  return {
    type: 'modal',
    callback_id: REJECT_REASON_CALLBACK,
    private_metadata: String(requestId),
    title: { type: 'plain_text', text: say(language, SLACK_MESSAGES['reject-title']) },
    submit: { type: 'plain_text', text: say(language, SLACK_MESSAGES.reject) },
    close: { type: 'plain_text', text: say(language, SLACK_MESSAGES.back) },
    blocks: [
      section(say(language, SLACK_MESSAGES['reject-why'], { id: requestId })),
      {
        type: 'input',
        block_id: REJECT_REASON_BLOCK,
        label: { type: 'plain_text', text: say(language, SLACK_MESSAGES['reject-reason']) },
        element: {
          type: 'plain_text_input',
          action_id: REJECT_REASON_INPUT,
          multiline: true,
          max_length: REJECT_REASON_MAX_LENGTH,
          placeholder: { type: 'plain_text', text: say(language, SLACK_MESSAGES['reject-placeholder']) },
        },
      },
    ],
  };
}
