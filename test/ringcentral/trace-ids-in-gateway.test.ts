import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { withTrace } from '../../src/trace-context.ts';
import { createCapturingLogger, createTestGateway, startTestEmulator } from './emulator-harness.ts';

type LogLine = Record<string, unknown> & { readonly msg: string; readonly traceId?: string };

describe('trace ids on the gateway log', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('logs a shared read under the interaction that started it, and says so on the line of the one that joined it', async () => {
    const { logger, text } = createCapturingLogger();
    const gateway = createTestGateway(emulator, { cacheTtlMs: 10_000, sleep: async () => {}, logger });
    try {
      await Promise.all([
        withTrace('aaaaaaaaaaaa', () => gateway.readCallHandling()),
        withTrace('bbbbbbbbbbbb', () => gateway.readCallHandling()),
      ]);
      const lines = text().trim().split('\n').map((line) => JSON.parse(line) as LogLine);
      const requests = lines.filter((line) => line.msg === 'RingCentral request');
      expect(requests.length).toBeGreaterThan(10);
      expect(new Set(requests.map((line) => line.traceId))).toEqual(new Set(['aaaaaaaaaaaa']));
      const shared = lines.filter((line) => line.msg === 'RingCentral read shared with another interaction');
      expect(shared.map((line) => [line.traceId, line.sharedReadOf])).toEqual([['bbbbbbbbbbbb', 'aaaaaaaaaaaa']]);
    } finally {
      await gateway.close();
    }
  });

  it('says nothing of sharing when the same interaction reads twice', async () => {
    const { logger, text } = createCapturingLogger();
    const gateway = createTestGateway(emulator, { cacheTtlMs: 10_000, sleep: async () => {}, logger });
    try {
      await withTrace('aaaaaaaaaaaa', async () => {
        await gateway.readCallHandling();
        await gateway.readCallHandling();
      });
      expect(text()).not.toContain('RingCentral read shared');
    } finally {
      await gateway.close();
    }
  });
});
