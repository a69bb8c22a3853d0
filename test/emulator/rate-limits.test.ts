import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type LoggedRequest, type RunningEmulator } from '../../src/emulator/index.ts';
import { connect, send, type ApiClient } from './emulator-client.ts';

let emulator: RunningEmulator;
let api: ApiClient;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  // Light is tiny so the tests can hit it; Medium is roomy so setup calls never do.
  emulator = await startEmulator({ rateLimits: { windowSeconds: 60, penaltySeconds: 1, limits: { Light: 3, Medium: 100, Heavy: 10, Auth: 5 } } });
  api = await connect(emulator.url);
});

afterAll(() => emulator.close());

const requests = async (): Promise<LoggedRequest[]> => (await send(`${emulator.url}/_emulator/requests`)).body.requests;

describe('rate limits', () => {
  it('sends the X-Rate-Limit headers with the group in lower case', async () => {
    const reply = await api.get('/answering-rule');
    expect(reply.headers.get('x-rate-limit-group')).toBe('medium');
    expect(reply.headers.get('x-rate-limit-limit')).toBe('100');
    expect(reply.headers.get('x-rate-limit-window')).toBe('60');
    expect(Number(reply.headers.get('x-rate-limit-remaining'))).toBeLessThan(100);
  });

  it('counts Remaining down, answers 429 CMN-301 with Retry-After over the limit, and restarts the penalty on a request during it', async () => {
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 3; i += 1) remaining.push((await api.get('/business-hours')).headers.get('x-rate-limit-remaining'));
    expect(remaining).toEqual(['2', '1', '0']);

    const over = await api.get('/business-hours');
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('1');
    expect(over.body).toMatchObject({ errorCode: 'CMN-301', message: 'Request rate exceeded', errors: [{ errorCode: 'CMN-301' }] });

    // Other groups are not affected.
    expect((await api.get('/answering-rule')).status).toBe(200);

    // 600 ms into the 1 s penalty: refused, and the penalty starts again…
    await sleep(600);
    expect((await api.get('/business-hours')).status).toBe(429);
    // …so 1.2 s after the first 429, when the original penalty would be over, it is still refused.
    await sleep(600);
    const trapped = await api.get('/business-hours');
    expect(trapped.status).toBe(429);

    // Waiting out Retry-After without sending anything frees the group.
    await sleep(1100);
    expect((await api.get('/business-hours')).status).toBe(200);

    const light = (await requests()).filter((entry) => entry.path.endsWith('/business-hours'));
    expect(light.map((entry) => [entry.status, entry.duringPenalty])).toEqual([
      [200, false],
      [200, false],
      [200, false],
      [429, false],
      [429, true],
      [429, true],
      [200, false],
    ]);
    expect(light.every((entry) => entry.group === 'light')).toBe(true);
  });
});

describe('rate limits turned off', () => {
  it('never answers 429 and sends only the group header', async () => {
    const unlimited = await startEmulator({ rateLimits: false });
    try {
      const client = await connect(unlimited.url);
      const replies = await Promise.all(Array.from({ length: 60 }, () => client.get('/business-hours')));
      expect(replies.every((reply) => reply.status === 200)).toBe(true);
      expect(replies[0]?.headers.get('x-rate-limit-group')).toBe('light');
      expect(replies[0]?.headers.get('x-rate-limit-remaining')).toBeNull();
    } finally {
      await unlimited.close();
    }
  });
});
