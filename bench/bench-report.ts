/**
 * The one report every benchmark feeds: each figure beside the baseline it is measured against in
 * the same run, as a ratio, so a slower or faster machine moves both and the ratio stays readable.
 */

/** One measured figure and its same-run baseline. */
export interface BenchRow {
  readonly scenario: string;
  readonly value: number;
  /** What `value` counts, e.g. `changes/s`, `µs p50`, `ms p99`, `calls`, `s`. */
  readonly unit: string;
  /** What the figure is compared with: a baseline scenario, a minimum, a bound. */
  readonly baseline: string;
  readonly baselineValue: number;
  /** value / baselineValue (undefined when the baseline is 0). */
  readonly ratio: number | undefined;
}

/** One benchmark's figures and what a reader needs to know to read them. */
export interface BenchSection {
  readonly name: string;
  readonly title: string;
  readonly rows: ReadonlyArray<BenchRow>;
  readonly notes: ReadonlyArray<string>;
}

/** A row: `value` beside `baselineValue`, with their ratio. */
export function benchRow(scenario: string, value: number, unit: string, baseline: string, baselineValue: number): BenchRow {
  return { scenario, value, unit, baseline, baselineValue, ratio: baselineValue === 0 ? undefined : value / baselineValue };
}

/** The report as a text table, one block per benchmark. */
export function formatReport(sections: ReadonlyArray<BenchSection>): string {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(`== ${section.name}: ${section.title}`);
    const header = ['scenario', 'value', 'unit', 'baseline', 'baseline value', 'ratio'];
    const cells = section.rows.map((row) => [
      row.scenario,
      formatNumber(row.value),
      row.unit,
      row.baseline,
      formatNumber(row.baselineValue),
      row.ratio === undefined ? '–' : `${row.ratio.toFixed(2)}x`,
    ]);
    const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)));
    const line = (cell: ReadonlyArray<string>): string =>
      cell.map((text, column) => (column === 0 || column === 2 || column === 3 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0))).join('  ').trimEnd();
    lines.push(line(header), ...cells.map(line));
    for (const note of section.notes) lines.push(`  ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(2);
}
