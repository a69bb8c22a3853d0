import type { WeekLegendEntry, WeekRouting } from '../callflow/index.ts';

/**
 * Cell fills, in the order legend entries are met. The first eight are Okabe & Ito's palette for
 * colour-blind readers (black swapped for grey, so text and the "now" line stay visible); the
 * rest are Paul Tol's "muted" set. Past sixteen, colours repeat, and the key letter printed at the
 * start of each run in the picture (and the glyph in the timeline) still tells entries apart.
 */
export const WEEK_PALETTE: ReadonlyArray<string> = [
  '#56B4E9',
  '#E69F00',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#999999',
  '#88CCEE',
  '#DDCC77',
  '#117733',
  '#CC6677',
  '#44AA99',
  '#882255',
  '#999933',
  '#AA4499',
];

/**
 * A palette index per legend entry of every week, so the same destination under the same rule
 * has the same colour in weeks drawn side by side (now, and after a change).
 */
export function assignColours(weeks: ReadonlyArray<WeekRouting>): (entry: WeekLegendEntry) => string {
  const indexes = new Map<string, number>();
  for (const entry of weeks.flatMap((week) => week.legend)) {
    const identity = identityOf(entry);
    if (!indexes.has(identity)) indexes.set(identity, indexes.size);
  }
  return (entry) => WEEK_PALETTE[(indexes.get(identityOf(entry)) ?? 0) % WEEK_PALETTE.length] ?? '#999999';
}

function identityOf(entry: WeekLegendEntry): string {
  return `${entry.destination}\n${entry.rule}`;
}

/** Black or white, whichever reads better on a fill (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const [red, green, blue] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(fill.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
  // Contrast with black beats contrast with white above this luminance.
  return luminance > 0.179 ? '#000000' : '#FFFFFF';
}
