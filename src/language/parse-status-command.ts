import type { CommandParser } from './command-parser.ts';
import { instantIso } from './instant-iso.ts';
import { parseInstant } from './parse-instant.ts';

/** The time a day-only probe is read at ("status at Dec 25"): midday, clear of night rules. */
export const DAY_PROBE_HOUR = 12;

/**
 * `status [at <time>]`: where calls go now, or at a given moment.
 *
 * @example parseStatusCommand('status at Dec 24 6pm', context) // { kind: 'status', at: '2026-12-24T18:00:00.000-05:00' }
 */
export const parseStatusCommand: CommandParser = (text, context) => {
  const command = /^status(?:\s+(?:at|on|for)?\s*(.*))?$/i.exec(text);
  if (!command) return null;
  const timeText = (command[1] ?? '').trim();
  if (timeText === '') return { ok: true, intent: { kind: 'status' } };
  const instant = parseInstant(timeText, context);
  if (!instant.ok) return instant;
  const at = instant.dateOnly ? instant.at.set({ hour: DAY_PROBE_HOUR }) : instant.at;
  return { ok: true, intent: { kind: 'status', at: instantIso(at) } };
};
