import type { types } from '@slack/bolt';
import { WEEKDAYS, type WeeklySchedule } from '../../callflow/index.ts';
import { say, SLACK_MODAL_MESSAGES, type Language } from '../../i18n/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { HOURS_EDITOR_CALLBACK, hoursBlockId } from './modal-ids.ts';
import { clockOf, input, modal, modalWords, timepicker } from './modal-parts.ts';

/** Ranges a day can have in the editor. */
export const HOURS_RANGES_PER_DAY = 2;

/**
 * The business-hours editor: for each day Monday to Sunday, up to two opening ranges as
 * timepickers, prefilled from `hours`; a day left empty is closed. A day with more ranges than
 * the editor shows keeps only the first two (said in a note). Worded in the user's `language`.
 */
export function hoursEditorView(hours: WeeklySchedule, timeZone: string, privateMetadata: string, language: Language): types.ModalView {
  const words = modalWords(language);
  const crowded = WEEKDAYS.filter((day) => (hours[day]?.length ?? 0) > HOURS_RANGES_PER_DAY);
  const crowdedDays = crowded.map((day) => (language === 'en' ? day : say(language, SLACK_MODAL_MESSAGES.weekday, { day }).toLowerCase())).join(', ');
  const note = [
    say(language, SLACK_MODAL_MESSAGES['hours-note'], { zone: escapeMrkdwn(timeZone) }),
    ...(crowded.length > 0 ? [say(language, SLACK_MODAL_MESSAGES['hours-crowded'], { days: crowdedDays, ranges: HOURS_RANGES_PER_DAY })] : []),
  ];
  const blocks: types.KnownBlock[] = [{ type: 'context', elements: [{ type: 'mrkdwn', text: note.join('\n') }] }];
  for (const day of WEEKDAYS) {
    const ranges = hours[day] ?? [];
    const dayName = say(language, SLACK_MODAL_MESSAGES.weekday, { day });
    for (let index = 0; index < HOURS_RANGES_PER_DAY; index += 1) {
      const range = ranges[index];
      const which = { day: dayName, second: index > 0 };
      blocks.push(
        input(hoursBlockId(day, index, 'from'), say(language, SLACK_MODAL_MESSAGES['day-opens-at'], which), timepicker(range === undefined ? undefined : clockOf(range.from), words('opens')), { optional: true }),
        input(hoursBlockId(day, index, 'to'), say(language, SLACK_MODAL_MESSAGES['day-closes-at'], which), timepicker(range === undefined ? undefined : clockOf(range.to), words('closes')), { optional: true }),
      );
    }
  }
  return modal(HOURS_EDITOR_CALLBACK, words('hours-title'), blocks, privateMetadata, language);
}
