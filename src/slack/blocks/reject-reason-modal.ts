import type { types } from '@slack/bolt';
import { REJECT_REASON_BLOCK, REJECT_REASON_CALLBACK, REJECT_REASON_INPUT } from './action-ids.ts';
import { section } from './block-parts.ts';

/** The longest reason the modal takes, so the decided message that quotes it stays short. */
export const REJECT_REASON_MAX_LENGTH = 500;

/**
 * The modal Reject opens: one required reason, shown to the requester. The request id travels
 * in `private_metadata`; the submission handler checks the request and the clicker again.
 */
export function rejectReasonModal(requestId: number): types.ModalView {
  return {
    type: 'modal',
    callback_id: REJECT_REASON_CALLBACK,
    private_metadata: String(requestId),
    title: { type: 'plain_text', text: 'Reject request' },
    submit: { type: 'plain_text', text: 'Reject' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: [
      section(`Why reject request ${requestId}? The requester sees the reason.`),
      {
        type: 'input',
        block_id: REJECT_REASON_BLOCK,
        label: { type: 'plain_text', text: 'Reason' },
        element: {
          type: 'plain_text_input',
          action_id: REJECT_REASON_INPUT,
          multiline: true,
          max_length: REJECT_REASON_MAX_LENGTH,
          placeholder: { type: 'plain_text', text: 'e.g. Dec 25 is already covered by the holiday rule' },
        },
      },
    ],
  };
}
