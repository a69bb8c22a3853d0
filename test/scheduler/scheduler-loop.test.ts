import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, silentLogger } from '../../src/logger.ts';
import { CLAIM_LIMIT, startSchedulerLoop } from '../../src/scheduler/index.ts';

describe('the scheduler loop', () => {
  it('keeps claiming while batches come back full, then expires requests, every tick until stopped', async () => {
    const batches = [CLAIM_LIMIT, CLAIM_LIMIT, 3];
    const calls: string[] = [];
    const loop = startSchedulerLoop({
      scheduler: { runDue: async () => (calls.push('runDue'), batches.shift() ?? 0) },
      expireRequests: async () => (calls.push('expire'), 0),
      recoverRequests: async () => {
        calls.push('recover');
      },
      logger: silentLogger,
      tickMs: 5,
    });
    await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(11), { timeout: 5_000 });
    await loop.stop();
    expect(calls.slice(0, 5)).toEqual(['runDue', 'runDue', 'runDue', 'expire', 'recover']);
    // Later ticks: one claim (nothing due) and the two sweeps each.
    expect(calls.slice(5, 11)).toEqual(['runDue', 'expire', 'recover', 'runDue', 'expire', 'recover']);
    const afterStop = calls.length;
    await sleep(30);
    expect(calls).toHaveLength(afterStop);
  });

  it('logs a failing pass and tries again at the next tick', async () => {
    const lines: string[] = [];
    let failures = 2;
    let sweeps = 0;
    const loop = startSchedulerLoop({
      scheduler: {
        runDue: async () => {
          if (failures-- > 0) throw new Error('database gone for a moment');
          return 0;
        },
      },
      expireRequests: async () => ++sweeps,
      recoverRequests: async () => {},
      logger: createLogger({
        level: 'error',
        destination: new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString());
            done();
          },
        }),
      }),
      tickMs: 5,
    });
    await vi.waitFor(() => expect(sweeps).toBeGreaterThan(0), { timeout: 5_000 });
    await loop.stop();
    expect(lines.filter((line) => line.includes('scheduler pass failed'))).toHaveLength(2);
    expect(sweeps).toBeGreaterThan(0);
  });
});
