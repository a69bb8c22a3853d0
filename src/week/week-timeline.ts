import type { WeekDay, WeekLegendEntry, WeekRouting } from '../callflow/index.ts';
import { say, WEEK_MESSAGES } from '../i18n/index.ts';
import { hasSkippedHour, noSuchHour, nowClock, UNUSUAL_MARK } from './week-marks.ts';
import { assignColours } from './week-palette.ts';

/** Block glyphs, one per legend entry in order, so the timeline reads without colour too. */
const GLYPHS = ['█', '░', '▓', '▒', '▚', '▞', '▀', '▄', '▌', '▐', '▙', '▟', '▛', '▜', '▖', '▝'];
/** Two characters per hour: one is too thin to see a single-hour rule. */
const HOUR_WIDTH = 2;
const RULER_STEP = 3;
/** An hour a DST change skips. */
const SKIPPED = '··';

/**
 * The week as terminal text: the title, an hour ruler, one line per day (two characters per hour,
 * a glyph per legend entry, coloured when `color`), "◀ now" on today's line and ★ on unusual days;
 * then one line per legend entry and one per unusual day saying why, in the week's language.
 *
 * @example weekTimeline(week, { color: false })
 * // ['Where calls to … go, week of Mon Dec 21, 2026 (US/Eastern)',
 * //  '           00    03    06 …',
 * //  'Mon Dec 21 ░░░░░░░░░░░░░░░░░░████████…', …,
 * //  '██ A  the company greeting — The business-hours rule', …]
 */
export function weekTimeline(week: WeekRouting, options: { readonly color: boolean }): ReadonlyArray<string> {
  const colourOf = assignColours([week]);
  const marks = new Map(week.legend.map((entry, index) => [entry.key, markOf(entry, index)]));
  const paint = (key: string | undefined, text: string): string => {
    const entry = week.legend.find((candidate) => candidate.key === key);
    return options.color && entry !== undefined ? coloured(text, colourOf(entry)) : text;
  };
  const labelWidth = Math.max(...week.days.map((day) => dayLabel(day).length)) + 1;
  const ruler = Array.from({ length: 24 / RULER_STEP }, (_, index) => String(index * RULER_STEP).padStart(2, '0').padEnd(RULER_STEP * HOUR_WIDTH)).join('');
  const days = week.days.map((day, index) => {
    // One colour escape per run of equal hours keeps the line short for the terminal.
    const hours = runsOf(day).map((run) => paint(run.key, (run.key === undefined ? SKIPPED : (marks.get(run.key) ?? SKIPPED)).repeat(run.length))).join('');
    const now = week.now?.dayIndex === index ? `  ${say(week.language, WEEK_MESSAGES['now-mark'], { time: nowClock(week.now.minuteOfDay, week.language) })}` : '';
    return `${dayLabel(day).padEnd(labelWidth)}${hours}${now}`;
  });
  const legend = week.legend.map((entry) => `${paint(entry.key, marks.get(entry.key) ?? '')} ${entry.key.padEnd(2)} ${entry.destination} — ${entry.rule}`);
  const skipped = hasSkippedHour(week) ? [`${SKIPPED}    ${noSuchHour(week.language)}`] : [];
  const unusual = week.days
    .filter((day) => day.unusual.length > 0)
    .map((day) => `${UNUSUAL_MARK} ${say(week.language, WEEK_MESSAGES['unusual-day'], { day: day.label, reasons: day.unusual })}`);
  return [week.title, `${' '.repeat(labelWidth)}${ruler.trimEnd()}`, ...days, ...legend, ...skipped, ...unusual];
}

/** The day's hours as runs of one legend key (undefined: hours a DST change skips). */
function runsOf(day: WeekDay): ReadonlyArray<{ readonly key: string | undefined; readonly length: number }> {
  const runs: Array<{ key: string | undefined; length: number }> = [];
  for (const cell of day.cells) {
    const last = runs.at(-1);
    if (last !== undefined && last.key === cell.legendKey) last.length += 1;
    else runs.push({ key: cell.legendKey, length: 1 });
  }
  return runs;
}

function dayLabel(day: WeekDay): string {
  return day.unusual.length > 0 ? `${day.label} ${UNUSUAL_MARK}` : day.label;
}

/** An entry's mark for one hour: its glyph, or past the glyphs its key, which is always distinct. */
function markOf(entry: WeekLegendEntry, index: number): string {
  const glyph = GLYPHS[index];
  return glyph === undefined ? entry.key.padEnd(HOUR_WIDTH).slice(0, HOUR_WIDTH) : glyph.repeat(HOUR_WIDTH);
}

/** Text in a palette colour (24-bit ANSI, so the terminal shows the picture's own colours). */
function coloured(text: string, colour: string): string {
  const [red, green, blue] = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));
  return `\u001b[38;2;${red};${green};${blue}m${text}\u001b[39m`;
}
