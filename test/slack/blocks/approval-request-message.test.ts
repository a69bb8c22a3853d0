import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { approvalRequestMessage, decidedRequestMessage } from '../../../src/slack/blocks/index.ts';
import { describeStanding } from '../../../src/workflow/index.ts';
import { actionIds, allText, buttonOf, hasHostileToken, sampleRequest } from './block-fixtures.ts';
import { sameInEachLanguage } from '../../support/same-in-each-language.ts';

describe('approvalRequestMessage', () => {
  it('names the requester with a mention, and shows the command, the diff and the approvals so far', () => {
    const message = approvalRequestMessage(sampleRequest(), ['U0APPROVER'], 2, 'en');
    const text = allText(message.blocks);
    expect(text).toContain('<@U0REQUESTER> asks to:\n>route to voicemail on Dec 25');
    expect(text).toContain('• New custom rule "Dec 25"');
    expect(text).toContain('Approvals: 1 of 2 (<@U0APPROVER>)');
    expect(message.text).toContain('<@U0REQUESTER> asks for approval of request 12');
  });

  it('shows when it expires as a Slack date with the workflow wording as fallback', () => {
    const text = allText(approvalRequestMessage(sampleRequest(), [], 1, 'en').blocks);
    expect(text).toContain(`expires <!date^${Date.parse('2026-12-21T14:00:00Z') / 1000}^{date_short_pretty} at {time}|2026-12-21 14:00 UTC>`);
  });

  it('writes a console requester by name, escaped', () => {
    const text = allText(approvalRequestMessage(sampleRequest({ requester: 'alice <!here>' }), [], 1, 'en').blocks);
    expect(text).toContain('alice &lt;!here&gt; asks to');
  });

  it('offers Approve and Reject whose value is only the request id', () => {
    const { blocks } = approvalRequestMessage(sampleRequest(), [], 1, 'en');
    expect(actionIds(blocks)).toEqual(['approve_request', 'reject_request']);
    expect(buttonOf(blocks, 'approve_request')).toMatchObject({ value: '12', style: 'primary' });
    expect(buttonOf(blocks, 'reject_request')).toMatchObject({ value: '12', style: 'danger' });
  });

  it('shows warnings and escapes everything user-typed', () => {
    const request = sampleRequest({
      commandText: 'route to voicemail named "<!channel>"',
      changes: [{ kind: 'rule-added', text: sameInEachLanguage('New custom rule "<!channel>".') }],
      warnings: [{ code: 'overlaps-rule', text: sameInEachLanguage('Overlaps "<@U1>".') }],
    });
    const message = approvalRequestMessage(request, [], 1, 'en');
    expect(allText(message.blocks)).toContain(':warning: Overlaps "&lt;@U1&gt;".');
    expect(hasHostileToken(allText(message))).toBe(false);
  });

  it('says what an undo request undoes', () => {
    expect(allText(approvalRequestMessage(sampleRequest({ undoOf: 9, commandText: 'undo 9' }), [], 1, 'en').blocks)).toContain('asks to (undoes request 9)');
  });
});

describe('decidedRequestMessage', () => {
  it('leaves no buttons and ends with where the request stands, approvers as mentions', () => {
    const request = sampleRequest({ status: 'applied', decidedBy: 'U0APPROVER', updatedAt: '2026-12-20T15:02:00.000Z' });
    const message = decidedRequestMessage(request, describeStanding(request, ['U0APPROVER']).en, 'en', ['U0APPROVER']);
    expect(actionIds(message.blocks)).toEqual([]);
    expect(allText(message.blocks)).toContain(':white_check_mark: Request 12 was approved by <@U0APPROVER> and applied at 2026-12-20 15:02 UTC.');
    expect(allText(message.blocks)).toContain('<@U0REQUESTER> asks to');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
  });

  it('escapes a reject reason and does not mention ids typed into it', () => {
    const request = sampleRequest({ status: 'rejected', decidedBy: 'U0APPROVER', reason: 'ask U0OTHER <!channel>' });
    const message = decidedRequestMessage(request, describeStanding(request, []).en, 'en');
    const text = allText(message.blocks);
    expect(text).toContain(':x: Request 12 was rejected by <@U0APPROVER>');
    expect(text).toContain('ask U0OTHER &lt;!channel&gt;');
    expect(hasHostileToken(text)).toBe(false);
  });
});
