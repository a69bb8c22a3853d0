import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { instantIso } from './instant-iso.ts';
import { parseInstant } from './parse-instant.ts';
import { parsePhoneNumber, PHONE_PATTERN } from './parse-phone-number.ts';
import { DAY_PROBE_HOUR } from './parse-status-command.ts';

const TEST_NUMBERS = new RegExp(String.raw`(?:^|\s+)(from|to)\s+(${PHONE_PATTERN})\s*$`, 'i');

/**
 * `test <time> [from <number>] [to <number>]`: where a call at that moment, from that caller, to
 * that company number would go. Numbers are kept as digits with an optional leading +.
 *
 * @example parseTestCommand('test Dec 24 10am from +1 415 555 0100', context)
 *   // { kind: 'test', at: '2026-12-24T10:00:00.000-05:00', from: '+14155550100' }
 */
export const parseTestCommand: CommandParser = (text, context) => {
  const command = /^test(?:\s+(.*))?$/i.exec(text);
  if (!command) return null;
  const rest = (command[1] ?? '').trim();
  let timeText = rest;
  const numbers: { from?: string; to?: string } = {};
  for (let match = TEST_NUMBERS.exec(timeText); match; match = TEST_NUMBERS.exec(timeText)) {
    const direction = match[1]?.toLowerCase() === 'from' ? 'from' : 'to';
    const number = parsePhoneNumber(match[2] ?? '');
    if (number === null || numbers[direction] !== undefined) return refuse('phone-number-unreadable', (match[2] ?? '').trim());
    numbers[direction] = number;
    timeText = timeText.slice(0, match.index);
  }
  if (timeText.trim() === '') return refuse('test-needs-time', rest);
  const instant = parseInstant(timeText, context);
  if (!instant.ok) return instant;
  const at = instant.dateOnly ? instant.at.set({ hour: DAY_PROBE_HOUR }) : instant.at;
  return { ok: true, intent: { kind: 'test', at: instantIso(at), ...numbers } };
};
