import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TERMINAL_LOG_FILE } from '../../src/app/terminal-logger.ts';
import { runCli } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const run = runCli;
const BIN = fileURLToPath(new URL('../../bin/switchboard.js', import.meta.url));

const emulator = useCliEmulator('cli');
const accountEnv = emulator.env;

describe('switchboard run', () => {
  it('prints where calls go now, in business hours, after hours and under each custom rule', async () => {
    const result = await run(['run', '--now', '2026-12-01T20:00', 'status'], accountEnv());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Now (Tue Dec 1, 2026 20:00): The after-hours rule sends the call to Main Voicemail (ext 300).');
    expect(result.stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
    expect(result.stdout).toContain('After hours: Main Voicemail (ext 300).');
    expect(result.stdout).toContain('1. "VIP callers" during business hours for callers 1415555');
    expect(result.stdout).not.toMatch(/62000000\d{3}/);
  });

  it('answers where a call at a plain-English time from a caller goes', async () => {
    const result = await run(['run', '--now', '2026-11-25T12:00', 'test Dec 24 10am from +1 415 555 0100'], accountEnv());
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      'A call at Thu Dec 24, 2026 10:00 US/Eastern (EST) from +14155550100: Custom rule "VIP callers" sends the call to Support Queue (ext 200).',
    );
  });

  it('gives JSON with --json', async () => {
    const result = await run(['run', '--json', '--now', '2026-11-25T12:00', 'test 2026-12-24T22:00'], accountEnv());
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ at: '2026-12-24T22:00:00.000-05:00', rule: { kind: 'after-hours' } });
  });

  it('refuses a command it does not understand with one line and exit code 1', async () => {
    const result = await run(['run', 'teleport calls to the moon'], accountEnv());
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('I don\'t know the command "teleport"');
  });

  it('exits 2 on an unknown option or a missing command', async () => {
    expect((await run(['run', '--bogus', 'status'], accountEnv())).code).toBe(2);
    expect((await run(['run'], accountEnv())).code).toBe(2);
    expect((await run(['teleport'], accountEnv())).code).toBe(2);
  });

  it('exits 2 with the variable named when the configuration is invalid', async () => {
    const result = await run(['run', 'status'], { RINGCENTRAL_SERVER_URL: 'not a url', SWITCHBOARD_DATA_DIR: accountEnv().SWITCHBOARD_DATA_DIR ?? '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^RINGCENTRAL_SERVER_URL must be a URL/);
  });

  it('exits 3 with one line naming the request when RingCentral fails', async () => {
    await fetch(`${emulator.url()}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [{ path: '/business-hours', status: 403, errorCode: 'CMN-401', times: 10 }] }),
    });
    try {
      const result = await run(['run', 'status'], accountEnv());
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('GET /restapi/v1.0/account/~/business-hours');
    } finally {
      await fetch(`${emulator.url()}/_emulator/faults`, { method: 'DELETE' });
    }
  });

  it('runs on the embedded emulator with the demo company when no RingCentral is configured', async () => {
    const embeddedDir = mkdtempSync(join(tmpdir(), 'switchboard-embedded-'));
    try {
      const result = await run(['run', '--now', '2026-12-01T10:00', 'status'], { SWITCHBOARD_DATA_DIR: embeddedDir });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('Using the built-in RingCentral emulator with a demo company');
      expect(result.stdout).toContain('Now (Tue Dec 1, 2026 10:00): The business-hours rule sends the call to the company greeting.');
    } finally {
      rmSync(embeddedDir, { recursive: true, force: true });
    }
  });
});

describe('the switchboard bin', () => {
  // Asynchronous on purpose: the emulator answers from this process's event loop.
  it('runs a command through npx-style execution with no build step', async () => {
    const result = await promisify(execFile)(process.execPath, ['bin/switchboard.js', 'run', '--now', '2026-12-01T10:00', 'status'], {
      env: { ...process.env, ...accountEnv(), LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
  });

  /** `switchboard <args>` as a process of its own in `cwd`, on the test's emulator, with `env` over what this process has. */
  const runBin = (args: ReadonlyArray<string>, options: { cwd: string; env: Record<string, string> }) => {
    // Set here, these would win over a .env file.
    const inherited = Object.entries(process.env).filter(([name]) => name !== 'LOG_LEVEL' && name !== 'SWITCHBOARD_DATA_DIR');
    return promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { ...Object.fromEntries(inherited), RINGCENTRAL_SERVER_URL: emulator.url(), ...options.env },
      encoding: 'utf8',
      timeout: 30_000,
    });
  };

  it('logs to the data folder, not the terminal: a refused token refresh prints no log record', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-stale-session-'));
    try {
      const hourAgo = Date.now() - 3_600_000;
      // An access token that has expired and a refresh token the server does not know: the gateway
      // tries the refresh, is refused, and logs in again with the JWT.
      writeFileSync(
        join(dataDir, 'ringcentral-tokens.json'),
        JSON.stringify({
          token_type: 'bearer',
          access_token: 'stale-access',
          expires_in: '3600',
          expire_time: hourAgo,
          refresh_token: 'stale-refresh',
          refresh_token_expires_in: '604800',
          refresh_token_expire_time: hourAgo + 7 * 24 * 3_600_000,
        }),
      );

      const result = await runBin(['run', '--now', '2026-12-01T10:00', 'status'], { cwd: dataDir, env: { SWITCHBOARD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });

      expect(result.stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
      expect(result.stderr.split('\n').filter((line) => line.startsWith('{'))).toEqual([]);
      const log = readFileSync(join(dataDir, TERMINAL_LOG_FILE), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(log).toContainEqual(expect.objectContaining({ level: 40, msg: 'RingCentral token refresh failed' }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reads .env in its working folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'switchboard-bin-env-file-'));
    try {
      const dataDir = join(folder, 'data-from-env-file');
      writeFileSync(join(folder, '.env'), `SWITCHBOARD_DATA_DIR=${dataDir}\n`);

      const result = await runBin(['run', '--now', '2026-12-01T10:00', 'status'], { cwd: folder, env: { LOG_LEVEL: 'silent' } });

      expect(result.stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
      // The session was saved in the folder the file named.
      expect(existsSync(join(dataDir, 'ringcentral-tokens.json'))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
