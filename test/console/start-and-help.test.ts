import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAIN_HELP, SUBCOMMAND_HELP, SUBCOMMANDS } from '../../src/console/cli-help.ts';
import { driveConsole } from './drive-console.ts';
import { startFakeSlack } from '../support/fake-slack/index.ts';
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

describe('switchboard start with a Slack app but no RingCentral account', () => {
  const slackApp = { SLACK_BOT_TOKEN: 'xoxb-demo-check', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd990000085a5e' };

  it('refuses to let the bot serve the demo company, in one line, before opening anything (exit 2)', async () => {
    const refusedDir = join(dataDir, 'refused');
    const result = await runCli(['start'], { ...slackApp, SWITCHBOARD_DATA_DIR: refusedDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'SLACK_BOT_TOKEN is set but RINGCENTRAL_SERVER_URL is not, so the bot would serve the demo company: set RINGCENTRAL_SERVER_URL, RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT for your account, or SWITCHBOARD_DEMO=1 to try the bot on the demo company\n',
    );
    expect(result.stdout).toBe('');
    expect(existsSync(refusedDir)).toBe(false);
  });

  it('lets the bot go on to the demo company with SWITCHBOARD_DEMO=1, announcing it in the first line', async () => {
    // A Slack that refuses the token ends the bot right after the announcement, with no port to free.
    const slack = await startFakeSlack({ botToken: 'xoxb-another-token' });
    try {
      const result = await runCli(['start'], { ...slackApp, SLACK_API_URL: slack.url, SWITCHBOARD_DEMO: '1', SWITCHBOARD_DATA_DIR: join(dataDir, 'demo-bot') });
      const lines = result.stderr.split('\n');
      expect(lines[0]).toMatch(/^Using the built-in RingCentral emulator with a demo company \(state in .*emulator-state\.json\)\./);
      expect(lines.at(-2)).toMatch(/^Slack refused the bot token \(.*invalid_auth.*\): check SLACK_BOT_TOKEN\.$/);
      expect(result.code).toBe(2);
    } finally {
      await slack.close();
    }
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
