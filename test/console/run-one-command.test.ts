import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const run = runCli;

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
});
