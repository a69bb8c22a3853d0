import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAIN_HELP, SUBCOMMAND_HELP, SUBCOMMANDS } from '../../src/console/cli-help.ts';
import { driveConsole } from './drive-console.ts';
import { runCli } from '../support/run-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('switchboard start (npm start)', () => {
  it('opens the console on the built-in emulator when nothing is set, announcing it first', async () => {
    // Only the data folder is set, so the test leaves no ./data behind; everything else is the default.
    const console = driveConsole(['start'], { SWITCHBOARD_DATA_DIR: dataDir });
    const started = await console.started;
    const lines = started.stdout.split('\n');
    expect(lines[0]).toMatch(/^Using the built-in RingCentral emulator with a demo company \(state in .*emulator-state\.json\)\. Set RINGCENTRAL_SERVER_URL, .* to use a real account\.$/);
    expect(lines[1]).toBe('Calls to +16505550100, time zone US/Eastern (EST).');
    expect(started.stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
    expect(started.stdout.endsWith('\nswitchboard> ')).toBe(true);
    expect(started.stderr).toBe('');
    expect((await console.send(':quit')).stdout).toBe(':quit\n');
    expect(await console.exited).toBe(0);
  });

  it('refuses arguments it does not take', async () => {
    const result = await runCli(['start', 'now'], { SWITCHBOARD_DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Unexpected "now"\. Usage: switchboard start/);
  });
});

describe('switchboard --help', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('lists every subcommand and exits 0', async () => {
    const result = await runCli(['--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${MAIN_HELP}\n`);
    for (const subcommand of SUBCOMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${subcommand}\\b`, 'm'));
  });

  it.each(SUBCOMMANDS)('gives the usage of "%s" with --help, as the README shows it', async (subcommand) => {
    const result = await runCli([subcommand, '--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${SUBCOMMAND_HELP[subcommand]}\n`);
    const usage = SUBCOMMAND_HELP[subcommand].split('\n')[0]!;
    expect(readme).toContain(usage);
  });

  it('is also what bare "switchboard" prints, with exit code 2', async () => {
    const result = await runCli([], {});
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(`${MAIN_HELP}\n`);
  });
});
