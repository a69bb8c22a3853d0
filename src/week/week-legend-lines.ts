import type { WeekRouting } from '../callflow/index.ts';
import { say, WEEK_MESSAGES } from '../i18n/index.ts';

/**
 * The week's legend as plain text, one line per entry, e.g. `A: Main Voicemail (ext 300), by the
 * after-hours rule`, then the unusual days: what a screen reader reads beside the picture, whose
 * runs of cells are labelled with the same keys. In the week's language, as its legend is.
 */
export function weekLegendLines(week: WeekRouting): ReadonlyArray<string> {
  const legend = week.legend.map((entry) => say(week.language, WEEK_MESSAGES['legend-line'], entry));
  const unusual = week.days
    .filter((day) => day.unusual.length > 0)
    .map((day) => say(week.language, WEEK_MESSAGES['unusual-day-line'], { day: day.label, reasons: day.unusual }));
  return [...legend, ...unusual];
}
