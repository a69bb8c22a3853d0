import type { DateTime } from 'luxon';
import { resolveWeek, type WeekRouting } from '../callflow/index.ts';
import type { Language } from '../i18n/index.ts';
import type { DraftStates } from './draft-change.ts';

/** How far ahead a change is looked for: the 12 months a calendar shows, and a little more. */
const WEEKS_AHEAD = 53;

/**
 * The week a change shows in, before and after it: the first week, from the one containing `now`
 * up to a year ahead, in which some hour routes differently (a rule for Dec 25 previewed in
 * November shows Christmas week, not this one). The week containing `now` when no hour differs
 * (a new ring order, a rule only some callers meet).
 */
export function weekOfChange(states: DraftStates, now: DateTime, language: Language): { readonly before: WeekRouting; readonly after: WeekRouting } {
  const weekAt = (weekOf: DateTime) => ({ before: resolveWeek(states.before, { weekOf, now, language }), after: resolveWeek(states.intended, { weekOf, now, language }) });
  for (let ahead = 0; ahead < WEEKS_AHEAD; ahead += 1) {
    const weeks = weekAt(now.plus({ weeks: ahead }));
    if (routesDiffer(weeks.before, weeks.after)) return weeks;
  }
  return weekAt(now);
}

/** Whether some hour goes elsewhere, or by another rule; legend keys are per week, so their entries are compared. */
function routesDiffer(before: WeekRouting, after: WeekRouting): boolean {
  const route = (week: WeekRouting, key: string | undefined) => {
    const entry = week.legend.find((candidate) => candidate.key === key);
    return entry === undefined ? '' : `${entry.destination}\n${entry.rule}`;
  };
  return before.days.some((day, dayIndex) => day.cells.some((cell, hour) => route(before, cell.legendKey) !== route(after, after.days[dayIndex]?.cells[hour]?.legendKey)));
}
