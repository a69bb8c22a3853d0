import { describeClockTime, say, WEEK_MESSAGES, type Language } from '../i18n/index.ts';

/** The mark of a day that differs from an ordinary week, in the picture and the timeline alike. */
export const UNUSUAL_MARK = '★';

/** What a cell without a value means: the wall-clock hour a change to daylight-saving time skips. */
export function noSuchHour(language: Language): string {
  return say(language, WEEK_MESSAGES['no-such-hour']);
}

/** Where the "now" line is, as a time of day: `10:20` / `10 h 20`. */
export function nowClock(minuteOfDay: number, language: Language): string {
  return describeClockTime({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }, language);
}

/** Whether any hour of the week is one a DST change skips. */
export function hasSkippedHour(week: { readonly days: ReadonlyArray<{ readonly cells: ReadonlyArray<{ readonly at: string | undefined }> }> }): boolean {
  return week.days.some((day) => day.cells.some((cell) => cell.at === undefined));
}
