import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { previewMessage, type PreviewInput } from '../../../src/slack/blocks/index.ts';
import { actionIds, allText, buttonOf, hasHostileToken } from './block-fixtures.ts';
import { sameInEachLanguage } from '../../support/same-in-each-language.ts';

const base: PreviewInput = {
  commandText: 'route to voicemail on Dec 25',
  zoneLine: 'Times in US/Eastern (EST).',
  changes: [{ kind: 'rule-added', text: sameInEachLanguage('New custom rule "Dec 25" on Dec 25, 2026 (all day): Main Voicemail (ext 300).') }],
  warnings: [{ code: 'dst-change-day', text: sameInEachLanguage('Mar 8 is a daylight-saving change day.') }],
  actions: ['request-approval', 'edit', 'cancel'],
  draftId: 'k3P9x2QmZ7vB1nR4tY6wUa',
  language: 'en',
};

describe('previewMessage', () => {
  it('shows the command, the zone, the diff as bullets and the warnings', () => {
    const message = previewMessage(base);
    const text = allText(message.blocks);
    expect(text).toContain('>route to voicemail on Dec 25');
    expect(text).toContain('Times in US/Eastern (EST).');
    expect(text).toContain('• New custom rule "Dec 25" on Dec 25, 2026 (all day): Main Voicemail (ext 300).');
    expect(text).toContain(':warning: Mar 8 is a daylight-saving change day.');
    expect(message.text).toContain('route to voicemail on Dec 25');
  });

  it('offers Request approval carrying only the draft id, Edit carrying the command text, and Cancel', () => {
    const { blocks } = previewMessage(base);
    expect(actionIds(blocks)).toEqual(['request_approval', 'edit_request', 'cancel_preview']);
    expect(buttonOf(blocks, 'request_approval')).toMatchObject({ value: 'k3P9x2QmZ7vB1nR4tY6wUa', style: 'primary' });
    expect(buttonOf(blocks, 'edit_request')?.value).toBe('route to voicemail on Dec 25');
    expect(buttonOf(blocks, 'cancel_preview')?.value).toBeUndefined();
  });

  it('says a change the team lets through applies at once, and its button says Apply', () => {
    const { blocks, text } = previewMessage({ ...base, appliesAtOnceKind: 'close' });
    expect(actionIds(blocks)).toEqual(['request_approval', 'edit_request', 'cancel_preview']);
    expect(buttonOf(blocks, 'request_approval')).toMatchObject({ text: { text: 'Apply' }, value: 'k3P9x2QmZ7vB1nR4tY6wUa' });
    expect(allText(blocks)).toContain('This applies at once');
    expect(allText(blocks)).not.toContain('Request approval');
    expect(text).toContain('route to voicemail on Dec 25');
  });

  it('labels the button Request approval when the change waits for approvers', () => {
    expect(buttonOf(previewMessage(base).blocks, 'request_approval')).toMatchObject({ text: { text: 'Request approval' } });
    expect(allText(previewMessage(base).blocks)).not.toContain('applies at once');
  });

  it('offers no Request approval when nothing would change, or without a draft to request', () => {
    expect(actionIds(previewMessage({ ...base, draftId: undefined }).blocks)).toEqual(['edit_request', 'cancel_preview']);
    const { blocks } = previewMessage({ ...base, changes: [], warnings: [] });
    expect(actionIds(blocks)).toEqual(['edit_request', 'cancel_preview']);
    expect(allText(blocks)).toContain('Nothing would change');
  });

  it('offers Show the week after this change carrying the draft id, when there is a change and a draft to draw', () => {
    const { blocks } = previewMessage({ ...base, actions: ['request-approval', 'show-week', 'edit', 'cancel'] });
    expect(actionIds(blocks)).toEqual(['request_approval', 'show_week_after', 'edit_request', 'cancel_preview']);
    expect(buttonOf(blocks, 'show_week_after')).toMatchObject({ text: { text: 'Show the week after this change' }, value: 'k3P9x2QmZ7vB1nR4tY6wUa' });
    expect(actionIds(previewMessage({ ...base, actions: ['show-week', 'cancel'] }).blocks)).toEqual(['show_week_after', 'cancel_preview']);
    expect(actionIds(previewMessage({ ...base, actions: ['show-week'], draftId: undefined }).blocks)).toEqual([]);
    expect(actionIds(previewMessage({ ...base, actions: ['show-week'], changes: [] }).blocks)).toEqual([]);
  });

  it('shows only the buttons asked for', () => {
    expect(actionIds(previewMessage({ ...base, actions: ['cancel'] }).blocks)).toEqual(['cancel_preview']);
  });

  it('escapes rule names and command text so they ping nobody', () => {
    const message = previewMessage({
      ...base,
      commandText: 'route to voicemail on Dec 25 named "<!channel>"',
      changes: [{ kind: 'rule-added', text: sameInEachLanguage('New custom rule "<!channel>" on Dec 25: <@U1>.') }],
    });
    expect(hasHostileToken(allText(message.blocks))).toBe(false);
    expect(hasHostileToken(message.text)).toBe(false);
    expect(allText(message.blocks)).toContain('&lt;!channel&gt;');
    // The button value is data, not mrkdwn: the editor reads it again as typed.
    expect(buttonOf(message.blocks, 'edit_request')?.value).toBe('route to voicemail on Dec 25 named "<!channel>"');
  });

  it('drops Edit when the command is longer than a button value can be; the draft can still be requested', () => {
    const message = previewMessage({ ...base, commandText: `route to voicemail ${'x'.repeat(5000)}` });
    expect(actionIds(message.blocks)).toEqual(['request_approval', 'cancel_preview']);
    expect(allText(message.blocks)).toContain('too long to edit in a form');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
  });

  it('leads with why it is shown again when RingCentral changed under the previous preview', () => {
    const { blocks } = previewMessage({ ...base, lead: 'Since this preview, someone changed rule "Lunch" in RingCentral.' });
    expect(allText(blocks).indexOf('someone changed rule')).toBeLessThan(allText(blocks).indexOf('Preview'));
  });

  it('cuts 500 changes to the message limits with "and N more"', () => {
    const changes = Array.from({ length: 500 }, (_, index) => ({ kind: 'rule-added' as const, text: sameInEachLanguage(`Change ${index} ${'x'.repeat(100)}`) }));
    const message = previewMessage({ ...base, changes });
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(allText(message.blocks)).toMatch(/…and \d+ more/);
    expect(allText(message.blocks)).toContain('• Change 0 ');
  });
});
