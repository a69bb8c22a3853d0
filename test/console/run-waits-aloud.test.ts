import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const BIN = fileURLToPath(new URL('../../bin/switchboard.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const emulator = useCliEmulator('waits-aloud');

/** A line the process wrote, with when it came: milliseconds after the process started. */
interface TimedLine {
  readonly text: string;
  readonly at: number;
}

// The first run of bin/ after an install bundles the sources once (node_modules/.cache): done here,
// so the 3 s below measure the command, not that one-off build.
beforeAll(async () => {
  const warm = spawn(process.execPath, [BIN, '--help'], { cwd: ROOT, env: process.env, stdio: 'ignore' });
  await new Promise((resolve) => warm.once('close', resolve));
}, 60_000);

// Waits out RingCentral's real 20 s: the command line has no clock to move, and this is the promise it keeps.
it('says within 3 s that `run "status"` waits for a Retry-After of 20 s, then answers after the wait, exit 0', async () => {
  const faults = await fetch(`${emulator.url()}/_emulator/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults: [{ method: 'GET', status: 429, retryAfterSeconds: 20 }] }),
  });
  expect(faults.ok).toBe(true);

  const child = spawn(process.execPath, [BIN, 'run', 'status'], { cwd: ROOT, env: { ...process.env, ...emulator.env() } });
  // Timed from the process's own start, so a slow spawn on a busy machine does not count against it.
  let startedAt = Date.now();
  child.once('spawn', () => {
    startedAt = Date.now();
  });
  const stderr: TimedLine[] = [];
  createInterface({ input: child.stderr }).on('line', (text) => stderr.push({ text, at: Date.now() - startedAt }));
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));

  // The first read to arrive may be a Light or a Medium one: a read sends both groups at once.
  expect(stderr.map((line) => line.text)).toEqual([expect.stringMatching(/^Waiting for RingCentral's rate limit \(Retry-After after a 429 on the (Light|Medium) group\), about 20 s…$/)]);
  expect(stderr[0]!.at).toBeLessThan(3_000);
  expect(code).toBe(0);
  expect(stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
}, 60_000);
