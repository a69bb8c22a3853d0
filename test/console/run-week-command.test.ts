import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const emulator = useCliEmulator('week');
const NOW = '2026-10-28T10:20';
let pictures = '';

beforeAll(async () => {
  pictures = mkdtempSync(join(tmpdir(), 'switchboard-week-png-'));
  // A holiday in the week where DST ends (Sun Nov 1), applied as an admin would.
  const applied = await runCli(['run', '--now', NOW, '--yes', 'route to announcement on Oct 29'], emulator.env());
  expect(applied.code, applied.stderr).toBe(0);
});

afterAll(() => rmSync(pictures, { recursive: true, force: true }));

const run = (...args: string[]): ReturnType<typeof runCli> => runCli(['run', '--now', NOW, ...args], emulator.env());

describe('switchboard run "week"', () => {
  it('prints the timeline without colour when stdout is not a terminal', async () => {
    const result = await run('week');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Where calls to +16505550100 go, week of Mon Oct 26, 2026 (US/Eastern)');
    expect(lines.slice(2, 9).map((line) => line.slice(0, 13))).toEqual(['Mon Oct 26   ', 'Tue Oct 27   ', 'Wed Oct 28   ', 'Thu Oct 29 ★ ', 'Fri Oct 30   ', 'Sat Oct 31   ', 'Sun Nov 1    ']);
    expect(lines[4]).toMatch(/◀ now 10:20$/);
    expect(lines).toContain('▓▓ C  Holiday Message (ext 400) — Custom rule "Oct 29, 2026"');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('gives the week as JSON whose cells agree with "test" at the same instants', async () => {
    const result = await run('--json', 'week from +1 415 555 0100');
    expect(result.code, result.stderr).toBe(0);
    const week = JSON.parse(result.stdout) as { days: Array<{ date: string; cells: Array<{ at: string; legendKey: string }> }>; legend: Array<{ key: string; destination: string; rule: string }>; caller: string };
    expect(week.caller).toBe('+14155550100');
    for (const [day, hour] of [[1, 10], [3, 10], [6, 1], [6, 2]] as const) {
      const cell = week.days[day]?.cells[hour];
      const entry = week.legend.find((candidate) => candidate.key === cell?.legendKey);
      const answer = await run(`test ${cell?.at ?? ''} from +1 415 555 0100`);
      expect(answer.stdout, `${week.days[day]?.date} ${hour}:00`).toContain(`${entry?.rule} sends the call to ${entry?.destination}.`);
    }
  });

  it('writes the picture with --png, and says where with the legend', async () => {
    const file = join(pictures, 'week.png');
    const result = await run('--png', file, 'week Oct 29');
    expect(result.code, result.stderr).toBe(0);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    const [, width, height] = /\((\d+)×(\d+) PNG\)/.exec(result.stdout) ?? [];
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(width), Number(height)]);
    expect(result.stdout).toContain('C: Holiday Message (ext 400), by Custom rule "Oct 29, 2026"');
    expect(result.stdout).toContain('Thu Oct 29 is unusual: Date rule "Oct 29, 2026".');
  });

  it('refuses --png for any other command in one line, exit 2', async () => {
    const result = await run('--png', join(pictures, 'status.png'), 'status');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--png draws the week only');
  });

  it('refuses a picture it cannot write in one line, exit 1', async () => {
    const result = await run('--png', join(pictures, 'no-such-folder', 'week.png'), 'week');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Could not write the picture to');
  });
});
