import type { CommandParser } from './command-parser.ts';
import { instantIso } from './instant-iso.ts';
import { parseCallNumbers } from './parse-call-numbers.ts';
import { parseInstant } from './parse-instant.ts';

/**
 * `week [<date>] [from <number>] [to <number>]`: where calls go hour by hour over the week
 * containing that date (this week without one), for that caller and company number.
 *
 * @example parseWeekCommand('week Dec 21 from +1 415 555 0100', context)
 *   // { kind: 'week', weekOf: '2026-12-21T00:00:00.000-05:00', from: '+14155550100' }
 */
export const parseWeekCommand: CommandParser = (text, context) => {
  const command = /^week(?:\s+(?:of\s+)?(.*))?$/i.exec(text);
  if (!command) return null;
  const numbers = parseCallNumbers((command[1] ?? '').trim());
  if (!numbers.ok) return numbers;
  if (numbers.rest === '') return { ok: true, intent: { kind: 'week', ...numbers.numbers } };
  const instant = parseInstant(numbers.rest, context);
  if (!instant.ok) return instant;
  return { ok: true, intent: { kind: 'week', weekOf: instantIso(instant.at), ...numbers.numbers } };
};
