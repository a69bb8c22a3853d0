import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoggedRequest, RunningEmulator } from '../../src/emulator/index.ts';
import { RingCentralApiError } from '../../src/ringcentral/index.ts';
import { CREDENTIALS, createCapturingLogger, createTestGateway, emulatorRequests, setFaults, startTestEmulator } from './emulator-harness.ts';

/** Small limits so a full read crosses them: 3 Light requests per 1 s window, a 1 s penalty. */
const TIGHT_LIMITS = { windowSeconds: 1, penaltySeconds: 1, limits: { Light: 3, Medium: 40, Heavy: 10, Auth: 5 } };

/** Logs in as the same user as the gateway, so both draw on one rate-limit budget. */
async function rawAccessToken(emulator: RunningEmulator): Promise<string> {
  const response = await fetch(`${emulator.url}/restapi/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: CREDENTIALS.jwt }).toString(),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

function lightRequests(requests: ReadonlyArray<LoggedRequest>): LoggedRequest[] {
  return requests.filter((request) => request.group === 'light');
}

describe('rate limits', () => {
  let emulator: RunningEmulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  it('waits out a window when X-Rate-Limit-Remaining reaches 0, and never gets a 429', async () => {
    emulator = await startTestEmulator({ rateLimits: TIGHT_LIMITS });
    const gateway = createTestGateway(emulator);
    try {
      const handling = await gateway.readCallHandling();
      expect(handling.customRules).toHaveLength(1);
    } finally {
      await gateway.close();
    }
    const requests = await emulatorRequests(emulator);
    expect(requests.map((request) => request.status).filter((status) => status !== 200)).toEqual([]);
    // Never more than 3 Light requests in any 1 s window.
    const light = lightRequests(requests).map((request) => request.at);
    light.forEach((at, index) => {
      expect(light.filter((other) => other > at - 1000 && other <= at).length, `Light request #${index}`).toBeLessThanOrEqual(3);
    });
  });

  it('honours Retry-After on a 429 and sends nothing of that group during the penalty', async () => {
    emulator = await startTestEmulator({ rateLimits: TIGHT_LIMITS });
    // Someone else (another process of the same user) has used up the Light budget.
    const token = await rawAccessToken(emulator);
    for (let n = 0; n < 3; n += 1) {
      const response = await fetch(`${emulator.url}/restapi/v1.0/account/~`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
    }
    const { logger, text } = createCapturingLogger();
    const gateway = createTestGateway(emulator, { logger });
    try {
      const handling = await gateway.readCallHandling();
      expect(handling.timeZone).toBe('US/Eastern');
      expect(handling.customRules).toHaveLength(1);
    } finally {
      await gateway.close();
    }
    const requests = await emulatorRequests(emulator);
    expect(requests.filter((request) => request.duringPenalty)).toEqual([]);
    const light = lightRequests(requests);
    const refused = light.filter((request) => request.status === 429);
    expect(refused).toHaveLength(1);
    const next = light.find((request) => request.at > refused[0]!.at);
    expect(next).toBeDefined();
    expect(next!.at - refused[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(text()).toContain('RingCentral rate limit hit; waiting out the penalty');
  });

  it('stops waiting out a penalty as soon as the gateway is closed', async () => {
    const running = await startTestEmulator();
    emulator = running;
    await setFaults(running, [{ method: 'GET', path: '/account/~/business-hours', status: 429, retryAfterSeconds: 60 }]);
    const gateway = createTestGateway(running);
    const reading = gateway.readCallHandling().then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.waitFor(async () => expect((await emulatorRequests(running)).some((request) => request.status === 429)).toBe(true));
    const closedAt = Date.now();
    await gateway.close();
    expect(await reading).toBeInstanceOf(RingCentralApiError);
    expect(Date.now() - closedAt).toBeLessThan(1000);
  });
});
