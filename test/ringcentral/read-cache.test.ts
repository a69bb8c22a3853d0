import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import type { RateLimitWait, RingCentralGateway } from '../../src/ringcentral/index.ts';
import { NINE_TO_FIVE } from '../fixtures/call-handling.ts';
import { clearFaults, clearRequests, createTestGateway, emulatorRequests, setFaults, startTestEmulator } from './emulator-harness.ts';

const TTL_MS = 10_000;

describe('the read cache', () => {
  let emulator: RunningEmulator;
  let clock = 0;
  let gateway: RingCentralGateway;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(async () => {
    await gateway?.close();
    clock = 0;
    gateway = createTestGateway(emulator, { cacheTtlMs: TTL_MS, now: () => clock, sleep: async () => {} });
    await clearFaults(emulator);
    await gateway.readCallHandling();
    await clearRequests(emulator);
  });

  const reads = async (): Promise<number> => (await emulatorRequests(emulator)).filter((request) => request.method === 'GET').length;

  it('answers reads within its time from the last read, and reads again after it', async () => {
    clock = TTL_MS - 1;
    await gateway.readCallHandling();
    expect(await reads()).toBe(0);
    clock = TTL_MS;
    await gateway.readCallHandling();
    expect(await reads()).toBeGreaterThan(10);
  });

  it('shares one read between concurrent callers, and reads afresh when asked', async () => {
    clock = TTL_MS;
    const [first, second] = await Promise.all([gateway.readCallHandling(), gateway.readCallHandling()]);
    expect(second).toBe(first);
    const oneRead = await reads();
    await gateway.readCallHandling({ fresh: true });
    expect(await reads()).toBe(2 * oneRead);
  });

  it('forgets the read after a write through the gateway', async () => {
    const before = await gateway.readCallHandling();
    const result = await gateway.applyPlan([{ kind: 'set-business-hours', businessHours: NINE_TO_FIVE }]);
    expect(result.ok).toBe(true);
    const after = await gateway.readCallHandling();
    expect(after).not.toBe(before);
    expect(after.businessHours).toEqual(NINE_TO_FIVE);
  });

  it('tells everyone sharing a read of the wait it meets, one who joins during the wait too', async () => {
    // Penalties last 200 ms here, though the gateway expects the 20 s RingCentral asked for.
    const waiting = createTestGateway(emulator, { cacheTtlMs: TTL_MS, now: () => clock, sleep: () => delay(200) });
    try {
      await setFaults(emulator, [{ method: 'GET', path: '/business-hours', status: 429, retryAfterSeconds: 20 }]);
      const first: RateLimitWait[] = [];
      const second: RateLimitWait[] = [];
      const started = waiting.withCaller({ onWait: (wait) => first.push(wait) }, () => waiting.readCallHandling());
      await vi.waitFor(() => expect(first).toEqual([expect.objectContaining({ reason: 'retry-after', group: 'Light' })]));
      const joined = waiting.withCaller({ onWait: (wait) => second.push(wait) }, () => waiting.readCallHandling());
      expect(second).toEqual([expect.objectContaining({ reason: 'retry-after', group: 'Light' })]);
      expect(await joined).toBe(await started);
      expect(first).toHaveLength(1);
    } finally {
      await waiting.close();
    }
  });

  it('keeps no failed read', async () => {
    clock = TTL_MS;
    await setFaults(emulator, [{ path: '/business-hours', status: 503, times: 10 }]);
    await expect(gateway.readCallHandling()).rejects.toThrow();
    await clearFaults(emulator);
    await clearRequests(emulator);
    await gateway.readCallHandling();
    expect(await reads()).toBeGreaterThan(10);
  });
});
