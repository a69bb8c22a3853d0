import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { approvalRequestMessage, decidedRequestMessage } from '../../../src/slack/blocks/index.ts';
import { allText, manyChanges, sampleRequest } from './block-fixtures.ts';

describe('approvalRequestMessage in French', () => {
  it('says who asks for what, the approvals so far and when it was asked, in French', () => {
    const message = approvalRequestMessage(sampleRequest(), ['U0APPROVER'], 2, 'fr');
    const text = allText(message.blocks);
    expect(text).toContain('Demande de modification 12');
    expect(text).toContain('<@U0REQUESTER> demande\u00A0:\n>route to voicemail on Dec 25');
    expect(text).toContain('*Ce qui changerait\u00A0:*');
    expect(text).toContain('Approbations\u00A0: 1 sur 2 (<@U0APPROVER>)');
    // Slack words the date in the reader's locale; the word between day and time is ours.
    expect(text).toContain(`Demandée <!date^${Date.parse('2026-12-20T14:00:00Z') / 1000}^{date_short_pretty} à {time}|`);
    expect(text).toContain('· expire <!date^');
    expect(message.text).toBe('Approbation demandée pour la demande 12 par <@U0REQUESTER>\u00A0: route to voicemail on Dec 25');
  });

  it('labels Approve and Reject and the confirmation dialog in French', () => {
    const { blocks } = approvalRequestMessage(sampleRequest(), [], 1, 'fr');
    const buttons = blocks.flatMap((block) => (block.type === 'actions' ? block.elements : [])) as Array<{ text: { text: string }; confirm?: Record<string, { text: string }> }>;
    expect(buttons.map((button) => button.text.text)).toEqual(['Approuver', 'Refuser']);
    expect(buttons[0]?.confirm?.title?.text).toBe('Approuver la demande 12\u202F?');
    expect(buttons[0]?.confirm?.confirm?.text).toBe('Approuver');
    expect(buttons[0]?.confirm?.deny?.text).toBe('Retour');
  });

  it('says what an undo request undoes, in French', () => {
    expect(allText(approvalRequestMessage(sampleRequest({ undoOf: 9, commandText: 'undo 9' }), [], 1, 'fr').blocks)).toContain('<@U0REQUESTER> demande (défait la demande 9)\u00A0:');
  });

  it('keeps the limits with 500 changes in French', () => {
    const message = approvalRequestMessage(sampleRequest({ changes: manyChanges(500) }), [], 1, 'fr');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(allText(message.blocks)).toMatch(/…et \d+ de plus/);
  });
});

describe('decidedRequestMessage in French', () => {
  it('keeps the request in French and its times under the standing', () => {
    const request = sampleRequest({ status: 'rejected', decidedBy: 'U0APPROVER' });
    const message = decidedRequestMessage(request, 'La demande 12 a été refusée par U0APPROVER.', 'fr');
    const text = allText(message.blocks);
    expect(text).toContain('Demande de modification 12');
    expect(text).toContain(':x: La demande 12 a été refusée par <@U0APPROVER>.\nDemandée <!date^');
  });
});
