import type { types } from '@slack/bolt';
import { WEEKDAYS, type WeeklySchedule } from '../../callflow/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { HOURS_EDITOR_CALLBACK, hoursBlockId } from './modal-ids.ts';
import { clockOf, input, modal, timepicker } from './modal-parts.ts';

/** Ranges a day can have in the editor. */
export const HOURS_RANGES_PER_DAY = 2;

/**
 * The business-hours editor: for each day Monday to Sunday, up to two opening ranges as
 * timepickers, prefilled from `hours`; a day left empty is closed. A day with more ranges than
 * the editor shows keeps only the first two (said in a note).
 */
export function hoursEditorView(hours: WeeklySchedule, timeZone: string, privateMetadata: string): types.ModalView {
  const crowded = WEEKDAYS.filter((day) => (hours[day]?.length ?? 0) > HOURS_RANGES_PER_DAY);
  const note = [
    `Times in ${escapeMrkdwn(timeZone)}. Leave a day empty when closed; 00:00 to 00:00 is open all day. A second range is optional.`,
    ...(crowded.length > 0 ? [`${crowded.join(', ')} had more than ${HOURS_RANGES_PER_DAY} ranges; only the first ${HOURS_RANGES_PER_DAY} are shown and kept.`] : []),
  ];
  const blocks: types.KnownBlock[] = [{ type: 'context', elements: [{ type: 'mrkdwn', text: note.join('\n') }] }];
  for (const day of WEEKDAYS) {
    const ranges = hours[day] ?? [];
    const label = day.charAt(0).toUpperCase() + day.slice(1);
    for (let index = 0; index < HOURS_RANGES_PER_DAY; index += 1) {
      const range = ranges[index];
      const prefix = index === 0 ? label : `${label}, then`;
      blocks.push(
        input(hoursBlockId(day, index, 'from'), `${prefix} opens at`, timepicker(range === undefined ? undefined : clockOf(range.from), 'Opens'), { optional: true }),
        input(hoursBlockId(day, index, 'to'), `${prefix} closes at`, timepicker(range === undefined ? undefined : clockOf(range.to), 'Closes'), { optional: true }),
      );
    }
  }
  return modal(HOURS_EDITOR_CALLBACK, 'Business hours', blocks, privateMetadata);
}
