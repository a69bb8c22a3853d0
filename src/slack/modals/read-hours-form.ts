import { WEEKDAYS, type MinuteRange, type Weekday } from '../../callflow/index.ts';
import type { Language } from '../../i18n/index.ts';
import { intentSchema, type ChangeIntent } from '../../language/index.ts';
import { HOURS_RANGES_PER_DAY } from './hours-editor-view.ts';
import { hoursBlockId } from './modal-ids.ts';
import { modalWords } from './modal-parts.ts';
import { readTimeRange } from './read-route-form.ts';
import type { FormResult, ViewState } from './view-state.ts';

/**
 * A submitted business-hours editor read into a `set-business-hours` Intent, or the fields at
 * fault: a range needs both times, ends after it starts, and a day's second range starts after
 * its first ends. A week with no hours at all is refused: the Intent would read it as open 24/7.
 * The errors are in `language`.
 */
export function readHoursForm(state: ViewState, language: Language): FormResult<ChangeIntent> {
  const words = modalWords(language);
  const errors: Record<string, string> = {};
  const week: Partial<Record<Weekday, MinuteRange[]>> = {};
  for (const day of WEEKDAYS) {
    const ranges: MinuteRange[] = [];
    for (let index = 0; index < HOURS_RANGES_PER_DAY; index += 1) {
      const fromBlock = hoursBlockId(day, index, 'from');
      const toBlock = hoursBlockId(day, index, 'to');
      const fromTime = state.time(fromBlock);
      const toTime = state.time(toBlock);
      if (fromTime === undefined && toTime === undefined) continue;
      // An empty start with an end given is the start missing, not the whole day.
      const range = readTimeRange(fromTime ?? 'missing', toTime, fromBlock, toBlock, errors, words);
      if (range === undefined) continue;
      const previous = ranges.at(-1);
      if (previous !== undefined && range.from < previous.to) {
        errors[fromBlock] = words('error-second-range-overlaps');
        continue;
      }
      ranges.push(range);
    }
    if (ranges.length > 0) week[day] = ranges;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (Object.keys(week).length === 0) {
    return { ok: false, errors: { [hoursBlockId('monday', 0, 'from')]: words('error-no-hours') } };
  }
  const intent: ChangeIntent = { kind: 'set-business-hours', businessHours: week };
  if (!intentSchema.safeParse(intent).success) return { ok: false, errors: { [hoursBlockId('monday', 0, 'from')]: words('error-hours-cannot-be-set') } };
  return { ok: true, value: intent };
}
