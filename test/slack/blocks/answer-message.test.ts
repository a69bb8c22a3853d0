import { describe, expect, it } from 'vitest';
import { findBlockKitViolation, SECTION_TEXT_LIMIT } from '../../../src/slack/block-kit-limits.ts';
import { answerMessage } from '../../../src/slack/blocks/index.ts';
import { allText, hasHostileToken } from './block-fixtures.ts';

describe('answerMessage', () => {
  it('shows the lines in one section when they fit', () => {
    const message = answerMessage(['Calls to +16505550100, time zone US/Eastern (EST).', 'Now (Fri Dec 25, 2026 10:00): the company greeting.'], 'en');
    expect(message.blocks).toHaveLength(1);
    expect(allText(message.blocks)).toContain('Calls to +16505550100, time zone US/Eastern (EST).\nNow (Fri Dec 25, 2026 10:00): the company greeting.');
    expect(message.text).toBe('Calls to +16505550100, time zone US/Eastern (EST).');
  });

  it('escapes rule names read from RingCentral', () => {
    const message = answerMessage(['  1. "<!channel>" on Dec 25: <@U1> (ext 300)'], 'en');
    expect(hasHostileToken(allText(message))).toBe(false);
  });

  it('splits long answers into sections of at most 3000 characters', () => {
    const lines = Array.from({ length: 60 }, (_, index) => `  ${index + 1}. "Rule ${index}" ${'x'.repeat(100)}`);
    const message = answerMessage(lines, 'en');
    expect(message.blocks.length).toBeGreaterThan(1);
    for (const block of message.blocks) expect((block as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(allText(message.blocks)).toContain('"Rule 59"');
  });

  it('ends an answer too long for one message with "and N more lines"', () => {
    const lines = Array.from({ length: 2000 }, (_, index) => `  ${index + 1}. "Rule ${index}" ${'x'.repeat(100)}`);
    const message = answerMessage(lines, 'en');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(allText(message.blocks)).toMatch(/…and \d+ more lines/);
  });

  it('cuts a single line longer than a section', () => {
    const message = answerMessage(['y'.repeat(10_000)], 'en');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
  });

  it('says there is nothing to show for no lines', () => {
    expect(answerMessage([], 'en').text).toBe('Nothing to show.');
  });
});
