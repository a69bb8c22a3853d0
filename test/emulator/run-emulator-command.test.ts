import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEmulatorCommand } from '../../src/emulator/index.ts';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'switchboard-emulator-cli-'));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

/** Runs the command in this process and collects what it writes. */
async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  const code = await runEmulatorCommand(args, { stdout, stderr });
  return { code, out, err };
}

describe('runEmulatorCommand', () => {
  it('exits 2 with one line on stderr for an unknown flag', async () => {
    const result = await run(['--prot', '8080']);
    expect(result.code).toBe(2);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toContain('--prot');
    expect(result.out).toBe('');
  });

  it('exits 2 for a port that is not a number', async () => {
    const result = await run(['--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--port');
  });

  it('exits 1 naming the file and the fault for a malformed state file', async () => {
    const file = join(folder, 'bad.json');
    await writeFile(file, JSON.stringify({ businessHours: { schedule: { weeklyRanges: { monday: [{ from: '9am', to: '5pm' }] } } } }));
    const result = await run(['--state', file]);
    expect(result.code).toBe(1);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toContain(file);
    expect(result.err).toContain('businessHours.schedule.weeklyRanges.monday.from');
  });

  it('prints "listening on" as its first line, serves, and exits 0 on SIGTERM', async () => {
    const script = fileURLToPath(new URL('./fixtures/run-emulator-cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', '0', '--no-rate-limits'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const firstLine = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk) => {
        text += String(chunk);
        if (text.includes('\n')) resolve(text.split('\n')[0]!);
      });
      child.on('exit', () => reject(new Error(`exited before listening: ${text}`)));
    });
    expect(firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = firstLine.replace('listening on ', '');
    expect((await fetch(`${url}/_emulator/state`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
