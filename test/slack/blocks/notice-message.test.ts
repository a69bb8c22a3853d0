import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/language/index.ts';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { noticeMessage, ruleEditCommand } from '../../../src/slack/blocks/index.ts';
import { allDayOn, company, customRule, dateRange, greetingThenHangUp, onDates, toExt } from '../../fixtures/call-handling.ts';
import { actionIds, allText, buttonOf, hasHostileToken } from './block-fixtures.ts';

/** A day before the reminder of the Christmas rule, in the company zone. */
const now = DateTime.fromISO('2026-12-20T09:00', { zone: 'US/Eastern' });
const remindAt = '2026-12-24T00:00:00-05:00';
const christmas = customRule({ id: '7', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('300') });
const command = 'route to ext 300 from 2026-12-25T00:00:00-05:00 until 2026-12-26T00:00:00-05:00 named "Christmas"';

describe('noticeMessage', () => {
  it('shows the sentence, the kind of notice and its time, with an Edit button carrying the command on a reminder', () => {
    const message = noticeMessage({ kind: 'notice-reminder', text: 'Tomorrow, "Christmas" starts: calls will go to Main Voicemail (ext 300).', at: remindAt, editCommand: command, language: 'en' });
    const text = allText(message.blocks);
    expect(text).toContain('Tomorrow, "Christmas" starts: calls will go to Main Voicemail (ext 300).');
    expect(text).toContain('Reminder');
    expect(text).toMatch(/<!date\^\d+\^/);
    expect(message.text).toContain('"Christmas" starts');
    expect(actionIds(message.blocks)).toEqual(['edit_request']);
    expect(buttonOf(message.blocks, 'edit_request')?.value).toBe(command);
    expect(findBlockKitViolation('message', message)).toBeUndefined();
  });

  it('offers no Edit button on a switch notice, even with a command', () => {
    const message = noticeMessage({ kind: 'notice-switch-on', text: 'Holiday routing "Christmas" is now on.', at: '2026-12-25T00:00:00-05:00', editCommand: command, language: 'en' });
    expect(actionIds(message.blocks)).toEqual([]);
    expect(allText(message.blocks)).toContain('Rule on');
  });

  it('offers no Edit button on a reminder without a command, or with one longer than a button value', () => {
    expect(actionIds(noticeMessage({ kind: 'notice-reminder', text: 'x', at: remindAt, language: 'en' }).blocks)).toEqual([]);
    const tooLong = noticeMessage({ kind: 'notice-reminder', text: 'x', at: remindAt, editCommand: 'c'.repeat(2001), language: 'en' });
    expect(actionIds(tooLong.blocks)).toEqual([]);
  });

  it('writes a time before 1970 as text, not as a Slack date token (which takes a positive Unix time)', () => {
    const text = allText(noticeMessage({ kind: 'notice-reminder', text: 'Switch', at: '0111-01-01T00:00:00Z', language: 'en' }).blocks);
    expect(text).not.toContain('<!date^');
    expect(allText(noticeMessage({ kind: 'notice-reminder', text: 'Switch', at: remindAt, language: 'en' }).blocks)).toContain('<!date^1798088400^');
  });

  it('escapes a hostile rule name and keeps the limits with a very long sentence', () => {
    const message = noticeMessage({ kind: 'notice-switch-off', text: `"<!channel> <@U1> ${'x'.repeat(5000)}" is now off.`, at: 'not a date', language: 'en' });
    expect(hasHostileToken(allText(message))).toBe(false);
    expect(findBlockKitViolation('message', message)).toBeUndefined();
  });
});

describe('ruleEditCommand', () => {
  it("names the rule's destination, next range and name in a command the language reads back", () => {
    const handling = company({ customRules: [christmas] });
    expect(ruleEditCommand(christmas, handling, remindAt)).toBe(command);
    const parsed = parseCommand(command, { ...handling, now });
    expect(parsed).toMatchObject({
      ok: true,
      intent: { kind: 'add-rule', name: 'Christmas', target: toExt('300'), schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T00:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' }] } },
    });
  });

  it('takes the range after the reminder, keeps the callers and reads a greeting back', () => {
    const rule = customRule({
      id: '8',
      name: 'New "Year"',
      schedule: onDates(allDayOn('2026-12-25'), dateRange('2026-12-31T17:00', '2027-01-01T09:00')),
      callers: [{ callerId: '+1415555' }],
      destination: greetingThenHangUp,
    });
    const handling = company({ customRules: [rule] });
    const text = ruleEditCommand(rule, handling, '2026-12-30T17:00:00-05:00');
    expect(text).toBe(`route to greeting then hang up from 2026-12-31T17:00:00-05:00 until 2027-01-01T09:00:00-05:00 when +1415555 calls named "New 'Year'"`);
    expect(parseCommand(text ?? '', { ...handling, now })).toMatchObject({
      ok: true,
      intent: { kind: 'add-rule', name: "New 'Year'", callers: ['+1415555'], target: { kind: 'greeting-then-hang-up' } },
    });
  });

  it('gives nothing for a rule without a range still to come, a weekly rule, or an extension the account does not know', () => {
    const handling = company();
    expect(ruleEditCommand(christmas, handling, '2026-12-25T00:00:00-05:00')).toBeUndefined();
    expect(ruleEditCommand({ ...christmas, schedule: { kind: 'weekly', weekly: {} } }, handling, remindAt)).toBeUndefined();
    expect(ruleEditCommand({ ...christmas, destination: { kind: 'extension', extensionId: '999' } }, handling, remindAt)).toBeUndefined();
  });

  it('gives nothing when the command would be longer than the language reads', () => {
    const callers = Array.from({ length: 40 }, (_, index) => ({ callerId: `+1415555${String(index).padStart(4, '0')}` }));
    expect(ruleEditCommand({ ...christmas, callers }, company(), remindAt)).toBeUndefined();
  });
});
