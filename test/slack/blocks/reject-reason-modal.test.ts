import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { rejectReasonModal } from '../../../src/slack/blocks/index.ts';

describe('rejectReasonModal', () => {
  it('asks for a reason in one input, carrying the request id in private_metadata', () => {
    const modal = rejectReasonModal(12, 'en');
    expect(modal).toMatchObject({ type: 'modal', callback_id: 'reject_reason', private_metadata: '12', submit: { text: 'Reject' } });
    const inputs = modal.blocks.filter((block) => block.type === 'input');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ block_id: 'reason', element: { type: 'plain_text_input', action_id: 'reason_input' } });
    expect(JSON.stringify(modal.blocks)).toContain('Why reject request 12?');
  });

  it('keeps the title within 24 characters and the modal within the limits for any id', () => {
    for (const id of [1, 12, 2_147_483_647, Number.MAX_SAFE_INTEGER]) {
      const modal = rejectReasonModal(id, 'en');
      expect(modal.title.text.length).toBeLessThanOrEqual(24);
      expect(findBlockKitViolation('modal', modal)).toBeUndefined();
    }
  });
});
