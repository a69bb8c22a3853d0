import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { answerMessage, noticeMessage, rejectReasonModal, weekTextMessage } from '../../../src/slack/blocks/index.ts';
import { actionIds, allText } from './block-fixtures.ts';

const remindAt = '2026-12-24T00:00:00-05:00';

describe('noticeMessage in French', () => {
  it('names the kind of notice in French, with the Slack date and a Modifier button', () => {
    const message = noticeMessage({ kind: 'notice-reminder', text: 'Demain, « Noël » commence.', at: remindAt, editCommand: 'route to ext 300', language: 'fr' });
    const text = allText(message.blocks);
    expect(text).toContain(':alarm_clock: Rappel · <!date^1798088400^{date_short_pretty} à {time}|');
    expect(text).toContain('Modifier');
    expect(actionIds(message.blocks)).toEqual(['edit_request']);
  });

  it('names switch notices and unknown kinds in French', () => {
    expect(allText(noticeMessage({ kind: 'notice-switch-on', text: 'x', at: remindAt, language: 'fr' }).blocks)).toContain(':arrow_forward: Règle activée');
    expect(allText(noticeMessage({ kind: 'notice-switch-off', text: 'x', at: remindAt, language: 'fr' }).blocks)).toContain(':black_square_for_stop: Règle désactivée');
    expect(allText(noticeMessage({ kind: 'notice-other', text: 'x', at: remindAt, language: 'fr' }).blocks)).toContain('Avis · ');
  });

  it('writes a date Slack cannot show in French words', () => {
    const text = allText(noticeMessage({ kind: 'notice-reminder', text: 'x', at: '0111-01-01T00:00:00Z', language: 'fr' }).blocks);
    expect(text).not.toContain('<!date^');
  });
});

describe('rejectReasonModal in French', () => {
  it('asks for the reason in French', () => {
    const modal = rejectReasonModal(12, 'fr');
    expect(modal.title.text).toBe('Refuser la demande');
    expect(modal.submit?.text).toBe('Refuser');
    expect(modal.close?.text).toBe('Retour');
    const text = allText(modal.blocks);
    expect(text).toContain('Pourquoi refuser la demande 12\u202F? Le demandeur verra le motif.');
    expect(text).toContain('Motif');
    expect(findBlockKitViolation('modal', modal)).toBeUndefined();
  });
});

describe('answerMessage and weekTextMessage in French', () => {
  it('says there is nothing to show in French', () => {
    expect(answerMessage([], 'fr')).toEqual({ text: 'Rien à afficher.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Rien à afficher.' } }] });
  });

  it('counts the lines left out in French and keeps the limits', () => {
    const message = answerMessage(Array.from({ length: 3000 }, (_, index) => `ligne ${index} ${'x'.repeat(50)}`), 'fr');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(allText(message.blocks)).toMatch(/_…et \d+ autres lignes\._/);
  });

  it('counts the timeline lines left out in French', () => {
    const message = weekTextMessage([Array.from({ length: 2000 }, () => 'x'.repeat(80))], "L'image n'a pas pu être publiée ici.", 'fr');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(allText(message.blocks)).toMatch(/…et \d+ autres lignes/);
    expect(allText(message.blocks)).toContain("L'image n'a pas pu être publiée ici.");
  });
});
