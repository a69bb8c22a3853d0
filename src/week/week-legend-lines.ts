import type { WeekRouting } from '../callflow/index.ts';

/**
 * The week's legend as plain text, one line per entry, e.g. `A: Main Voicemail (ext 300), by the
 * after-hours rule`, then the unusual days: what a screen reader reads beside the picture, whose
 * runs of cells are labelled with the same keys.
 */
export function weekLegendLines(week: WeekRouting): ReadonlyArray<string> {
  const legend = week.legend.map((entry) => `${entry.key}: ${entry.destination}, by ${entry.rule.replace(/^The /, 'the ')}`);
  const unusual = week.days.filter((day) => day.unusual.length > 0).map((day) => `${day.label} is unusual: ${day.unusual.join('; ')}.`);
  return [...legend, ...unusual];
}
