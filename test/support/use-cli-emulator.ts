import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { TEST_AUDIT_KEY } from './test-audit-key.ts';

/** An emulator and a data folder for CLI tests, started before the file's tests and removed after. */
export interface CliEmulator {
  /** The emulator's base URL. */
  readonly url: () => string;
  /** The environment that points `switchboard run` at this emulator, as a real account with its audit key. */
  readonly env: () => Record<string, string>;
  /** Puts the demo company back, so a test starts from a known state. */
  readonly resetState: () => Promise<void>;
  /** The emulator's live state, in RingCentral's shapes. */
  readonly state: <T>() => Promise<T>;
}

/**
 * Registers beforeAll/afterAll hooks that run one emulator for a test file. Rate limits are off,
 * or with `highRateLimits` very high: a console keeps one gateway for many commands, and with no
 * X-Rate-Limit headers the gateway paces itself at RingCentral's default 50 requests a minute,
 * while with them it follows the emulator's counters.
 */
export function useCliEmulator(prefix: string, options: { readonly highRateLimits?: boolean } = {}): CliEmulator {
  let emulator: RunningEmulator | undefined;
  let dataDir = '';
  beforeAll(async () => {
    const high = 100_000;
    emulator = await startEmulator({ port: 0, rateLimits: options.highRateLimits ? { limits: { Light: high, Medium: high, Heavy: high, Auth: high } } : false });
    dataDir = mkdtempSync(join(tmpdir(), `switchboard-${prefix}-`));
  });
  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const url = (): string => {
    if (emulator === undefined) throw new Error('the emulator starts in beforeAll');
    return emulator.url;
  };
  return {
    url,
    env: () => ({ RINGCENTRAL_SERVER_URL: url(), SWITCHBOARD_DATA_DIR: dataDir, SWITCHBOARD_AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: 'silent' }),
    resetState: async () => {
      const response = await fetch(`${url()}/_emulator/state`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(createDemoState()),
      });
      expect(response.ok).toBe(true);
    },
    state: async <T>() => (await (await fetch(`${url()}/_emulator/state`)).json()) as T,
  };
}
