import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { instantIso } from './instant-iso.ts';
import { parseCallNumbers } from './parse-call-numbers.ts';
import { parseInstant } from './parse-instant.ts';
import { DAY_PROBE_HOUR } from './parse-status-command.ts';

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
  const numbers = parseCallNumbers(rest);
  if (!numbers.ok) return numbers;
  if (numbers.rest === '') return refuse('test-needs-time', rest);
  const instant = parseInstant(numbers.rest, context);
  if (!instant.ok) return instant;
  const at = instant.dateOnly ? instant.at.set({ hour: DAY_PROBE_HOUR }) : instant.at;
  return { ok: true, intent: { kind: 'test', at: instantIso(at), ...numbers.numbers } };
};
