import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { createFileTokenStore, createMemoryTokenStore, type RingCentralGateway } from '../../src/ringcentral/index.ts';
import {
  CREDENTIALS,
  clearFaults,
  clearRequests,
  createCapturingLogger,
  createTestGateway,
  emulatorRequests,
  isTokenRequest,
  setFaults,
  startTestEmulator,
} from './emulator-harness.ts';

const LOGIN_LINE = 'Logging in to RingCentral with the JWT';

function countLines(text: string, message: string): number {
  return text.split('\n').filter((line) => line.includes(`"msg":"${message}"`)).length;
}

async function withGateway<T>(gateway: RingCentralGateway, run: (gateway: RingCentralGateway) => Promise<T>): Promise<T> {
  try {
    return await run(gateway);
  } finally {
    await gateway.close();
  }
}

describe('RingCentral session', () => {
  let emulator: RunningEmulator;
  let dir: string;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    dir = await mkdtemp(join(tmpdir(), 'switchboard-session-'));
  });
  afterAll(async () => {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await clearFaults(emulator);
    await clearRequests(emulator);
  });

  it('logs in with the JWT on first use and saves the session to the token store', async () => {
    const store = createMemoryTokenStore();
    const { logger, text } = createCapturingLogger();
    await withGateway(createTestGateway(emulator, { tokenStore: store, logger }), (gateway) => gateway.readCallHandling());
    expect((await emulatorRequests(emulator)).filter(isTokenRequest)).toHaveLength(1);
    expect(countLines(text(), LOGIN_LINE)).toBe(1);
    const saved = await store.load();
    expect(saved?.refresh_token).toEqual(expect.any(String));
    expect(saved?.refresh_token_expire_time).toBeGreaterThan(Date.now());
  });

  it('reuses the saved session on the next start instead of logging in again', async () => {
    const store = createFileTokenStore(join(dir, 'tokens.json'));
    await withGateway(createTestGateway(emulator, { tokenStore: store }), (gateway) => gateway.readCallHandling());
    await clearRequests(emulator);
    const { logger, text } = createCapturingLogger();
    const handling = await withGateway(createTestGateway(emulator, { tokenStore: store, logger }), (gateway) => gateway.readCallHandling());
    expect(handling.timeZone).toBe('US/Eastern');
    expect((await emulatorRequests(emulator)).filter(isTokenRequest)).toEqual([]);
    expect(countLines(text(), LOGIN_LINE)).toBe(0);
  });

  it('logs in with the JWT when the saved refresh token has expired', async () => {
    const store = createMemoryTokenStore({
      token_type: 'bearer',
      access_token: 'stale-access-token',
      expire_time: Date.now() - 1000,
      refresh_token: 'stale-refresh-token',
      refresh_token_expire_time: Date.now() - 1000,
    });
    const { logger, text } = createCapturingLogger();
    await withGateway(createTestGateway(emulator, { tokenStore: store, logger }), (gateway) => gateway.readCallHandling());
    expect(countLines(text(), LOGIN_LINE)).toBe(1);
    expect((await emulatorRequests(emulator)).filter(isTokenRequest)).toHaveLength(1);
    expect((await store.load())?.refresh_token).not.toBe('stale-refresh-token');
  });

  it('refreshes an expired access token and repeats the request, without a new JWT login', async () => {
    const store = createMemoryTokenStore();
    const { logger, text } = createCapturingLogger();
    await withGateway(createTestGateway(emulator, { tokenStore: store, logger }), async (gateway) => {
      await gateway.readCallHandling();
      const firstRefreshToken = (await store.load())?.refresh_token;
      await clearRequests(emulator);
      await setFaults(emulator, [{ path: '/business-hours', expireAccessTokens: true }]);
      const handling = await gateway.readCallHandling();
      expect(handling.mainNumber).toBe('+16505550100');
      const requests = await emulatorRequests(emulator);
      // Refreshes only (concurrent 401s may each refresh once), never a refused one.
      const tokenStatuses = requests.filter(isTokenRequest).map((request) => request.status);
      expect(tokenStatuses.length).toBeGreaterThanOrEqual(1);
      expect(tokenStatuses.every((status) => status === 200)).toBe(true);
      expect(requests.some((request) => request.status === 401)).toBe(true);
      expect((await store.load())?.refresh_token).not.toBe(firstRefreshToken);
    });
    expect(countLines(text(), LOGIN_LINE)).toBe(1);
  });

  it('logs in again with the JWT once when the token refresh fails, then repeats the request', async () => {
    const { logger, text } = createCapturingLogger();
    await withGateway(createTestGateway(emulator, { logger }), async (gateway) => {
      await gateway.readCallHandling();
      await clearRequests(emulator);
      await setFaults(emulator, [{ path: '/business-hours', expireAccessTokens: true, revokeRefreshTokens: true }]);
      const handling = await gateway.readCallHandling();
      expect(handling.customRules).toHaveLength(1);
      // The refused refresh comes first; the JWT login after it is shared by every request that hit the 401.
      const tokenStatuses = (await emulatorRequests(emulator)).filter(isTokenRequest).map((request) => request.status);
      expect(tokenStatuses[0]).toBe(400);
      expect(tokenStatuses.slice(1).every((status) => status === 200)).toBe(true);
    });
    expect(countLines(text(), LOGIN_LINE)).toBe(2);
    expect(countLines(text(), 'RingCentral token refresh failed')).toBeGreaterThanOrEqual(1);
  });

  it('reports a refused JWT as unauthorized with the OAuth code, naming the token endpoint', async () => {
    const error = await withGateway(createTestGateway(emulator, { jwt: 'not-the-right-jwt' }), (gateway) =>
      gateway.readCallHandling().then(
        () => undefined,
        (caught: unknown) => caught,
      ),
    );
    expect(error).toMatchObject({ name: 'RingCentralApiError', code: 'unauthorized', status: 400, rcErrorCode: 'OAU-140' });
    expect((error as Error).message).toBe(
      'RingCentral refused POST /restapi/oauth/token: Invalid resource owner credentials (OAU-140)',
    );
    expect((error as Error).message).not.toContain(CREDENTIALS.clientSecret);
  });
});
