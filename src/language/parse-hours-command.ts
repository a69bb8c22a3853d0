import type { WeeklySchedule } from '../callflow/model.ts';
import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { WEEK } from './parse-day-set.ts';
import { parseWeeklySchedule } from './parse-weekly-schedule.ts';

const HOURS = /^(?:set\s+)?(?:business\s+|opening\s+|office\s+)?hours(?:\s+(?:to|are)\b)?(?:\s+(.*))?$/i;
const ALWAYS_OPEN = /^(?:open\s+)?(?:24\/7|24x7|always(?:\s+open)?|all\s+day\s+every\s+day)$/i;

/**
 * `hours Mon-Fri 9-5, Sat 10-14` or `hours 24/7`: the company's business hours as a weekly
 * schedule in its own zone. A day named alone is open all day. A schedule open all day every
 * day is 24/7, which RingCentral spells as no ranges at all (and then has no after-hours rule).
 *
 * @example parseHoursCommand('hours Mon-Fri 9-5, Sat 10-14', context)
 *   // { ok: true, intent: { kind: 'set-business-hours', businessHours: { monday: [{ from: 540, to: 1020 }], … } } }
 */
export const parseHoursCommand: CommandParser = (text) => {
  const command = HOURS.exec(text);
  if (!command) return null;
  const body = (command[1] ?? '').trim();
  if (ALWAYS_OPEN.test(body)) return { ok: true, intent: { kind: 'set-business-hours', businessHours: {} } };
  const reading = parseWeeklySchedule(body);
  if (reading === null) return refuse('weekly-unreadable', body);
  if (!('weekly' in reading)) return reading;
  return { ok: true, intent: { kind: 'set-business-hours', businessHours: withoutAlwaysOpen(reading.weekly) } };
};

function withoutAlwaysOpen(weekly: WeeklySchedule): WeeklySchedule {
  const allDay = WEEK.every((day) => weekly[day]?.length === 1 && weekly[day]?.[0]?.from === 0 && weekly[day]?.[0]?.to === 1440);
  return allDay ? {} : weekly;
}
