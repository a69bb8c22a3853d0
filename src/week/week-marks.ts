/** The mark of a day that differs from an ordinary week, in the picture and the timeline alike. */
export const UNUSUAL_MARK = '★';

/** What a cell without a value means: the wall-clock hour a change to daylight-saving time skips. */
export const NO_SUCH_HOUR = 'No such hour: the clocks go forward';

/** Whether any hour of the week is one a DST change skips. */
export function hasSkippedHour(week: { readonly days: ReadonlyArray<{ readonly cells: ReadonlyArray<{ readonly at: string | undefined }> }> }): boolean {
  return week.days.some((day) => day.cells.some((cell) => cell.at === undefined));
}
