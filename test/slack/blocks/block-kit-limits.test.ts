import { describe, expect, it } from 'vitest';
import {
  findBlockKitViolation,
  MESSAGE_BLOCK_LIMIT,
  SECTION_TEXT_LIMIT,
  VIEW_BLOCK_LIMIT,
} from '../../../src/slack/block-kit-limits.ts';

const text = (length: number, type = 'mrkdwn') => ({ type, text: 'x'.repeat(length) });
const plain = (length: number) => text(length, 'plain_text');
const sectionOf = (length: number) => ({ type: 'section', text: text(length) });
const blocks = (count: number) => Array.from({ length: count }, () => ({ type: 'divider' }));
const inActions = (element: unknown) => ({ blocks: [{ type: 'actions', elements: [element] }] });
const buttonWith = (overrides: Record<string, unknown>) => ({ type: 'button', action_id: 'a', text: plain(5), value: 'v', ...overrides });
const selectWith = (options: unknown[]) => ({ type: 'static_select', action_id: 's', placeholder: plain(5), options });
const option = (textLength: number, valueLength = 1) => ({ text: plain(textLength), value: 'v'.repeat(valueLength) });
const modal = (overrides: Record<string, unknown> = {}) => ({ title: plain(10), blocks: [], ...overrides });

describe('findBlockKitViolation', () => {
  it('accepts a small valid message', () => {
    expect(findBlockKitViolation('message', { text: 'hi', blocks: [sectionOf(10), { type: 'divider' }] })).toBeUndefined();
  });

  it('exports the three limits builders lean on', () => {
    expect([MESSAGE_BLOCK_LIMIT, VIEW_BLOCK_LIMIT, SECTION_TEXT_LIMIT]).toEqual([50, 100, 3000]);
  });

  it('refuses more than 50 blocks in a message, 100 in a modal or on Home', () => {
    expect(findBlockKitViolation('message', { blocks: blocks(50) })).toBeUndefined();
    expect(findBlockKitViolation('message', { blocks: blocks(51) })).toBe('[ERROR] no more than 50 items allowed [json-pointer:/blocks]');
    expect(findBlockKitViolation('home', { blocks: blocks(100) })).toBeUndefined();
    expect(findBlockKitViolation('home', { blocks: blocks(101) })).toBe('[ERROR] no more than 100 items allowed [json-pointer:/blocks]');
    expect(findBlockKitViolation('modal', modal({ blocks: blocks(101) }))).toBe('[ERROR] no more than 100 items allowed [json-pointer:/blocks]');
  });

  it('points at a section text over 3000 characters, in Slack words', () => {
    const payload = { blocks: [{ type: 'divider' }, { type: 'divider' }, { type: 'divider' }, sectionOf(3001)] };
    expect(findBlockKitViolation('message', payload)).toBe('[ERROR] must be less than 3001 characters [json-pointer:/blocks/3/text/text]');
    expect(findBlockKitViolation('message', { blocks: [sectionOf(3000)] })).toBeUndefined();
  });

  it('refuses an empty section text', () => {
    expect(findBlockKitViolation('message', { blocks: [sectionOf(0)] })).toBe('[ERROR] must be more than 0 characters [json-pointer:/blocks/0/text/text]');
  });

  it('refuses more than 10 section fields and a field over 2000 characters', () => {
    const fields = (count: number, length = 5) => ({ blocks: [{ type: 'section', fields: Array.from({ length: count }, () => text(length)) }] });
    expect(findBlockKitViolation('message', fields(10))).toBeUndefined();
    expect(findBlockKitViolation('message', fields(11))).toBe('[ERROR] no more than 10 items allowed [json-pointer:/blocks/0/fields]');
    expect(findBlockKitViolation('message', fields(1, 2001))).toBe('[ERROR] must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]');
  });

  it('refuses a header over 150 characters', () => {
    expect(findBlockKitViolation('message', { blocks: [{ type: 'header', text: plain(150) }] })).toBeUndefined();
    expect(findBlockKitViolation('message', { blocks: [{ type: 'header', text: plain(151) }] })).toBe(
      '[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]',
    );
  });

  it('refuses more than 10 context elements', () => {
    const contextOf = (count: number) => ({ blocks: [{ type: 'context', elements: Array.from({ length: count }, () => text(3)) }] });
    expect(findBlockKitViolation('message', contextOf(10))).toBeUndefined();
    expect(findBlockKitViolation('message', contextOf(11))).toBe('[ERROR] no more than 10 items allowed [json-pointer:/blocks/0/elements]');
  });

  it('refuses more than 25 actions elements', () => {
    const actionsOf = (count: number) => ({ blocks: [{ type: 'actions', elements: Array.from({ length: count }, () => buttonWith({})) }] });
    expect(findBlockKitViolation('message', actionsOf(25))).toBeUndefined();
    expect(findBlockKitViolation('message', actionsOf(26))).toBe('[ERROR] no more than 25 items allowed [json-pointer:/blocks/0/elements]');
  });

  it('refuses a button text over 75, value over 2000 and url over 3000 characters', () => {
    expect(findBlockKitViolation('message', inActions(buttonWith({ text: plain(75), value: 'v'.repeat(2000), url: 'u'.repeat(3000) })))).toBeUndefined();
    expect(findBlockKitViolation('message', inActions(buttonWith({ text: plain(76) })))).toBe(
      '[ERROR] must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
    );
    expect(findBlockKitViolation('message', inActions(buttonWith({ value: 'v'.repeat(2001) })))).toBe(
      '[ERROR] must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]',
    );
    expect(findBlockKitViolation('message', inActions(buttonWith({ url: 'u'.repeat(3001) })))).toBe(
      '[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/elements/0/url]',
    );
  });

  it('refuses an action_id or block_id over 255 characters', () => {
    expect(findBlockKitViolation('message', inActions(buttonWith({ action_id: 'a'.repeat(256) })))).toBe(
      '[ERROR] must be less than 256 characters [json-pointer:/blocks/0/elements/0/action_id]',
    );
    expect(findBlockKitViolation('message', { blocks: [{ type: 'divider', block_id: 'b'.repeat(256) }] })).toBe(
      '[ERROR] must be less than 256 characters [json-pointer:/blocks/0/block_id]',
    );
    expect(findBlockKitViolation('message', { blocks: [{ type: 'divider', block_id: 'b'.repeat(255) }] })).toBeUndefined();
  });

  it('refuses an option text over 75, a value over 150 and more than 100 options', () => {
    expect(findBlockKitViolation('message', inActions(selectWith([option(75, 150)])))).toBeUndefined();
    expect(findBlockKitViolation('message', inActions(selectWith([option(76)])))).toBe(
      '[ERROR] must be less than 76 characters [json-pointer:/blocks/0/elements/0/options/0/text/text]',
    );
    expect(findBlockKitViolation('message', inActions(selectWith([option(5, 151)])))).toBe(
      '[ERROR] must be less than 151 characters [json-pointer:/blocks/0/elements/0/options/0/value]',
    );
    expect(findBlockKitViolation('message', inActions(selectWith(Array.from({ length: 101 }, () => option(3)))))).toBe(
      '[ERROR] no more than 100 items allowed [json-pointer:/blocks/0/elements/0/options]',
    );
  });

  it('checks options inside option groups', () => {
    const grouped = { type: 'static_select', action_id: 's', option_groups: [{ label: plain(5), options: [option(80)] }] };
    expect(findBlockKitViolation('message', inActions(grouped))).toBe(
      '[ERROR] must be less than 76 characters [json-pointer:/blocks/0/elements/0/option_groups/0/options/0/text/text]',
    );
  });

  it('refuses a modal title, submit or close over 24 characters, and a modal without a title', () => {
    expect(findBlockKitViolation('modal', modal({ title: plain(24), submit: plain(24), close: plain(24) }))).toBeUndefined();
    expect(findBlockKitViolation('modal', modal({ title: plain(25) }))).toBe('[ERROR] must be less than 25 characters [json-pointer:/title/text]');
    expect(findBlockKitViolation('modal', modal({ submit: plain(25) }))).toBe('[ERROR] must be less than 25 characters [json-pointer:/submit/text]');
    expect(findBlockKitViolation('modal', modal({ close: plain(25) }))).toBe('[ERROR] must be less than 25 characters [json-pointer:/close/text]');
    expect(findBlockKitViolation('modal', { blocks: [] })).toBe('[ERROR] missing required field [json-pointer:/title]');
  });

  it('refuses private_metadata over 3000 characters on a modal or Home', () => {
    expect(findBlockKitViolation('modal', modal({ private_metadata: 'm'.repeat(3000) }))).toBeUndefined();
    expect(findBlockKitViolation('home', { blocks: [], private_metadata: 'm'.repeat(3001) })).toBe(
      '[ERROR] must be less than 3001 characters [json-pointer:/private_metadata]',
    );
  });

  it('refuses an input label over 2000 characters and a placeholder over 150', () => {
    const input = (label: number, placeholder: number) =>
      modal({ blocks: [{ type: 'input', label: plain(label), element: { type: 'plain_text_input', action_id: 'i', placeholder: plain(placeholder) } }] });
    expect(findBlockKitViolation('modal', input(2000, 150))).toBeUndefined();
    expect(findBlockKitViolation('modal', input(2001, 5))).toBe('[ERROR] must be less than 2001 characters [json-pointer:/blocks/0/label/text]');
    expect(findBlockKitViolation('modal', input(5, 151))).toBe('[ERROR] must be less than 151 characters [json-pointer:/blocks/0/element/placeholder/text]');
  });

  it('refuses a message text over 40000 characters', () => {
    expect(findBlockKitViolation('message', { text: 't'.repeat(40_000) })).toBeUndefined();
    expect(findBlockKitViolation('message', { text: 't'.repeat(40_001) })).toBe('[ERROR] must be less than 40001 characters [json-pointer:/text]');
  });

  it('reports the first problem only', () => {
    expect(findBlockKitViolation('message', { blocks: [sectionOf(3001), { type: 'header', text: plain(151) }] })).toContain('/blocks/0/');
  });
});
