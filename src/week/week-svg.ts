import type { WeekDay, WeekLegendEntry, WeekRouting } from '../callflow/index.ts';
import { say, WEEK_MESSAGES } from '../i18n/index.ts';
import { escapeXml } from './escape-xml.ts';
import { hasSkippedHour, noSuchHour, nowClock, UNUSUAL_MARK } from './week-marks.ts';
import { assignColours, textColourOn } from './week-palette.ts';

/** The font the PNG is rendered with (bundled by week-png.ts; never the host's). */
export const WEEK_FONT_FAMILY = 'DejaVu Sans';

const PAD = 16;
const GAP = 32;
const LABEL_WIDTH = 124;
const CELL_WIDTH = 34;
const CELL_HEIGHT = 28;
const GRID_TOP = 58;
const LINE_HEIGHT = 20;
const SWATCH = 14;
const PANEL_WIDTH = LABEL_WIDTH + 24 * CELL_WIDTH;
/** DejaVu Sans is wide: about 0.62 em per character on average, used to cut text that would overflow. */
const EM_PER_CHARACTER = 0.62;
const SKIPPED_FILL = '#F2F2F2';

/** The picture's size in pixels for these weeks (the PNG has the same size). */
export function weekSvgSize(weeks: ReadonlyArray<WeekRouting>): { readonly width: number; readonly height: number } {
  const panels = Math.max(weeks.length, 1);
  const height = Math.max(0, ...weeks.map(panelHeight));
  return { width: 2 * PAD + panels * PANEL_WIDTH + (panels - 1) * GAP, height: PAD + height + PAD };
}

/**
 * The week as SVG: per week a grid of 7 days by 24 hours, each cell a rect carrying `data-date`,
 * `data-hour` and `data-legend-key` (so tests and tools read the picture without pixels), filled
 * by its legend entry; the key printed where a run starts; hour and day labels with unusual days
 * starred; today's "now" line; the legend and why each unusual day is unusual. Several weeks are
 * drawn side by side, the same entry in the same colour. Each panel's words are in its week's language.
 */
export function renderWeekSvg(weeks: ReadonlyArray<WeekRouting>): string {
  const { width, height } = weekSvgSize(weeks);
  const colourOf = assignColours(weeks);
  const panels = weeks.map((week, index) => panel(week, colourOf, PAD + index * (PANEL_WIDTH + GAP), PAD));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${WEEK_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...panels,
    '</svg>',
  ].join('\n');
}

function panelHeight(week: WeekRouting): number {
  const notes = week.legend.length + (hasSkippedHour(week) ? 1 : 0) + (week.now === undefined ? 0 : 1) + week.days.filter((day) => day.unusual.length > 0).length;
  return GRID_TOP + week.days.length * CELL_HEIGHT + LINE_HEIGHT + notes * LINE_HEIGHT;
}

function panel(week: WeekRouting, colourOf: (entry: WeekLegendEntry) => string, left: number, top: number): string {
  const fills = new Map(week.legend.map((entry) => [entry.key, colourOf(entry)]));
  const gridLeft = left + LABEL_WIDTH;
  const gridTop = top + GRID_TOP;
  const parts = [
    text(left, top + 16, fitText(week.title, PANEL_WIDTH, 15), { size: 15, bold: true }),
    ...Array.from({ length: 24 }, (_, hour) =>
      text(gridLeft + hour * CELL_WIDTH + CELL_WIDTH / 2, gridTop - 8, String(hour).padStart(2, '0'), { size: 10, anchor: 'middle', fill: '#444444' }),
    ),
    ...week.days.flatMap((day, index) => dayRow(day, fills, left, gridTop + index * CELL_HEIGHT)),
  ];
  if (week.now !== undefined) {
    const x = gridLeft + (week.now.minuteOfDay / 60) * CELL_WIDTH;
    const y = gridTop + week.now.dayIndex * CELL_HEIGHT;
    // A white line under the black one keeps "now" visible on dark and light fills alike.
    parts.push(
      `<line class="now" x1="${x}" y1="${y - 4}" x2="${x}" y2="${y + CELL_HEIGHT + 4}" stroke="#FFFFFF" stroke-width="5"/>`,
      `<line class="now" x1="${x}" y1="${y - 4}" x2="${x}" y2="${y + CELL_HEIGHT + 4}" stroke="#000000" stroke-width="2.5"/>`,
    );
  }
  let y = gridTop + week.days.length * CELL_HEIGHT + LINE_HEIGHT;
  for (const entry of week.legend) {
    const fill = fills.get(entry.key) ?? SKIPPED_FILL;
    parts.push(
      `<rect x="${left}" y="${y}" width="${SWATCH * 2}" height="${SWATCH}" fill="${fill}" data-legend="${escapeXml(entry.key)}"/>`,
      text(left + SWATCH, y + SWATCH - 3, entry.key, { size: 10, anchor: 'middle', fill: textColourOn(fill), bold: true }),
      text(left + SWATCH * 2 + 8, y + SWATCH - 2, fitText(`${entry.destination} — ${entry.rule}`, PANEL_WIDTH - SWATCH * 2 - 8, 12), { size: 12 }),
    );
    y += LINE_HEIGHT;
  }
  if (hasSkippedHour(week)) {
    parts.push(
      `<rect x="${left}" y="${y}" width="${SWATCH * 2}" height="${SWATCH}" fill="${SKIPPED_FILL}" stroke="#CCCCCC" stroke-width="1"/>`,
      text(left + SWATCH * 2 + 8, y + SWATCH - 2, noSuchHour(week.language), { size: 12 }),
    );
    y += LINE_HEIGHT;
  }
  if (week.now !== undefined) {
    const now = { day: week.days[week.now.dayIndex]?.label ?? '', time: nowClock(week.now.minuteOfDay, week.language) };
    parts.push(
      `<rect x="${left + SWATCH - 1}" y="${y - 2}" width="2.5" height="${SWATCH + 4}" fill="#000000"/>`,
      text(left + SWATCH * 2 + 8, y + SWATCH - 2, say(week.language, WEEK_MESSAGES.now, now), { size: 12 }),
    );
    y += LINE_HEIGHT;
  }
  for (const day of week.days.filter((candidate) => candidate.unusual.length > 0)) {
    parts.push(text(left + SWATCH, y + SWATCH - 2, UNUSUAL_MARK, { size: 12, anchor: 'middle' }));
    parts.push(text(left + SWATCH * 2 + 8, y + SWATCH - 2, fitText(say(week.language, WEEK_MESSAGES['unusual-day'], { day: day.label, reasons: day.unusual }), PANEL_WIDTH - SWATCH * 2 - 8, 12), { size: 12 }));
    y += LINE_HEIGHT;
  }
  return parts.join('\n');
}

function dayRow(day: WeekDay, fills: ReadonlyMap<string, string>, left: number, top: number): string[] {
  const unusual = day.unusual.length > 0;
  const label = text(left, top + CELL_HEIGHT / 2 + 4, unusual ? `${day.label} ${UNUSUAL_MARK}` : day.label, { size: 12, bold: unusual });
  const cells = day.cells.flatMap((cell, index) => {
    const x = left + LABEL_WIDTH + cell.hour * CELL_WIDTH;
    const position = `x="${x}" y="${top}" width="${CELL_WIDTH}" height="${CELL_HEIGHT}" stroke="#FFFFFF" stroke-width="1" data-date="${day.date}" data-hour="${cell.hour}"`;
    if (cell.legendKey === undefined) return [`<rect ${position} fill="${SKIPPED_FILL}" data-skipped="dst"/>`];
    const fill = fills.get(cell.legendKey) ?? SKIPPED_FILL;
    const rect = `<rect ${position} fill="${fill}" data-legend-key="${escapeXml(cell.legendKey)}"/>`;
    // The key where a run starts names it without relying on colour.
    const runStarts = index === 0 || day.cells[index - 1]?.legendKey !== cell.legendKey;
    return runStarts ? [rect, text(x + 4, top + CELL_HEIGHT / 2 + 4, cell.legendKey, { size: 11, bold: true, fill: textColourOn(fill) })] : [rect];
  });
  return [label, ...cells];
}

interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly anchor?: 'start' | 'middle';
  readonly fill?: string;
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  const weight = style.bold === true ? ' font-weight="bold"' : '';
  const anchor = style.anchor === 'middle' ? ' text-anchor="middle"' : '';
  return `<text x="${x}" y="${y}" font-size="${style.size}"${weight}${anchor} fill="${style.fill ?? '#000000'}">${escapeXml(content)}</text>`;
}

/** The text, cut with "…" when it would run past `width` pixels. */
function fitText(content: string, width: number, size: number): string {
  const fits = Math.floor(width / (size * EM_PER_CHARACTER));
  return content.length <= fits ? content : `${content.slice(0, Math.max(0, fits - 1))}…`;
}
