import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';

const BIN = fileURLToPath(new URL('../../bin/switchboard.js', import.meta.url));
const RECORDER = fileURLToPath(new URL('./support/record-loaded-modules.mjs', import.meta.url));
/** What only the emulator needs: the spec's package, its YAML parser and the request validator. */
const EMULATOR_PACKAGES = /node_modules\/(openapi-backend|ringcentral-open-api-parser|js-yaml)\//;

/** Runs `switchboard run "status"` in a child process; returns its exit code and every module it resolved. */
async function runStatus(env: Record<string, string>): Promise<{ readonly code: number | null; readonly stderr: string; readonly modules: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-modules-'));
  const modulesFile = join(dataDir, 'modules.txt');
  try {
    const child = spawn(process.execPath, ['--import', RECORDER, BIN, 'run', 'status'], {
      env: { PATH: process.env.PATH ?? '', ...env, SWITCHBOARD_DATA_DIR: dataDir, SWITCHBOARD_LOADED_MODULES_FILE: modulesFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stderr, modules: readFileSync(modulesFile, 'utf8').split('\n').filter(Boolean) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('the emulator, off the production path', () => {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, rateLimits: false });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('is not loaded by "switchboard run status" against a RingCentral server URL', async () => {
    const run = await runStatus({ RINGCENTRAL_SERVER_URL: emulator!.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.modules.length).toBeGreaterThan(20);
    expect(run.modules.filter((module) => EMULATOR_PACKAGES.test(module))).toEqual([]);
  }, 60_000);

  it('is loaded when no server URL is set, so the check above can see it', async () => {
    const run = await runStatus({});
    expect(run.code).toBe(0);
    const loaded = new Set(run.modules.flatMap((module) => EMULATOR_PACKAGES.exec(module)?.[1] ?? []));
    expect([...loaded].sort()).toEqual(['js-yaml', 'openapi-backend', 'ringcentral-open-api-parser']);
  }, 60_000);
});
