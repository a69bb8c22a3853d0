import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('the .env file in the working folder', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'switchboard-env-file-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  const writeEnvFile = (text: string): void => writeFileSync(join(folder, '.env'), text);
  const demoStateIn = (dataDir: string): string => `Using the built-in RingCentral emulator with a demo company (state in ${dataDir}/emulator-state.json).`;

  it('is read at start: its variables reach switchboard run', async () => {
    const fromFile = join(folder, 'data-from-file');
    writeEnvFile(`# written by hand\nexport SWITCHBOARD_DATA_DIR="${fromFile}"\n`);

    const result = await runCli(['run', '--now', '2026-12-01T10:00', 'status'], {}, { cwd: folder });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(demoStateIn(fromFile));
    expect(result.stdout).toContain('Now (Tue Dec 1, 2026 10:00): The business-hours rule sends the call to the company greeting.');
  });

  it('gives way to the environment', async () => {
    const fromFile = join(folder, 'data-from-file');
    const fromEnvironment = join(folder, 'data-from-environment');
    writeEnvFile(`SWITCHBOARD_DATA_DIR=${fromFile}\n`);

    const result = await runCli(['run', '--now', '2026-12-01T10:00', 'status'], { SWITCHBOARD_DATA_DIR: fromEnvironment }, { cwd: folder });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(demoStateIn(fromEnvironment));
    expect(result.stderr).not.toContain(fromFile);
  });

  it('is refused in one line naming the line that is not NAME=value, without its text, exit 2', async () => {
    // A value pasted without its name: Node's parser would join it to the next line's name and lose LOG_LEVEL.
    writeEnvFile('# Switchboard\nRINGCENTRAL_SERVER_URL=https://platform.ringcentral.com\neyJhbGciOiJSUzI1NiJ9-secret\nLOG_LEVEL=info\n');

    const result = await runCli(['run', 'status'], {}, { cwd: folder });

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${join(folder, '.env')} line 3 is not NAME=value (a name of letters, digits and _, then =): fix it, e.g. LOG_LEVEL=info, or remove it\n`);
    expect(result.stdout).toBe('');
  });

  it('is refused in one line when it cannot be read, exit 2', async () => {
    mkdirSync(join(folder, '.env'));

    const result = await runCli(['run', 'status'], {}, { cwd: folder });

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${join(folder, '.env')} could not be read (EISDIR): make it a readable file of NAME=value lines, or remove it\n`);
  });
});
