import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeOperation } from '../../src/callflow/index.ts';
import { createDemoState, type RunningEmulator } from '../../src/emulator/index.ts';
import { createMemoryTokenStore, createRingCentralGateway, RingCentralApiError, type RingCentralGateway } from '../../src/ringcentral/index.ts';
import {
  CREDENTIALS,
  clearFaults,
  clearRequests,
  createCapturingLogger,
  createTestGateway,
  describeRequests,
  emulatorRequests,
  isTokenRequest,
  putState,
  setFaults,
  startTestEmulator,
} from './emulator-harness.ts';

const HOLIDAY: ChangeOperation = {
  kind: 'create-rule',
  rule: {
    name: 'Holiday',
    enabled: true,
    schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }] },
    callers: [],
    calledNumbers: [],
    destination: { kind: 'greeting-then-hang-up' },
  },
};

async function rejectionOf(promise: Promise<unknown>): Promise<RingCentralApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RingCentralApiError);
  return error as RingCentralApiError;
}

describe('retries and error mapping', () => {
  let emulator: RunningEmulator;
  let gateway: RingCentralGateway;
  let captured: ReturnType<typeof createCapturingLogger>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    captured = createCapturingLogger();
    gateway = createTestGateway(emulator, { logger: captured.logger, retry: { attempts: 3, baseDelayMs: 5 } });
    await gateway.readCallHandling();
  });
  afterAll(async () => {
    await gateway.close();
    await emulator.close();
  });
  beforeEach(async () => {
    await putState(emulator, createDemoState());
    await clearFaults(emulator);
    await clearRequests(emulator);
  });

  const requestsTo = async (method: string, path: string) =>
    describeRequests(await emulatorRequests(emulator)).filter((line) => line === `${method} ${path}`);

  it('repeats a read that fails with 503 and returns its answer', async () => {
    await setFaults(emulator, [{ method: 'GET', path: '/account/~/business-hours', status: 503, times: 2 }]);
    const handling = await gateway.readCallHandling();
    expect(handling.businessHours.monday).toEqual([{ from: 540, to: 1020 }]);
    const statuses = (await emulatorRequests(emulator))
      .filter((request) => request.path === '/restapi/v1.0/account/~/business-hours')
      .map((request) => request.status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('gives up on a read after the configured attempts and reports a server error', async () => {
    await setFaults(emulator, [{ method: 'GET', path: '/account/~/business-hours', status: 500, times: 10 }]);
    const error = await rejectionOf(gateway.readCallHandling());
    expect(error).toMatchObject({ code: 'server-error', status: 500, method: 'GET', path: '/restapi/v1.0/account/~/business-hours' });
    expect(error.message).toBe('RingCentral failed GET /restapi/v1.0/account/~/business-hours: Injected fault (HTTP 500) (EMU-500)');
    expect(await requestsTo('GET', '/restapi/v1.0/account/~/business-hours')).toHaveLength(3);
  });

  it('repeats a read whose connection was dropped', async () => {
    await setFaults(emulator, [{ method: 'GET', path: '/account/~/extension', drop: true }]);
    const handling = await gateway.readCallHandling();
    expect(handling.extensions).toHaveLength(9);
    const statuses = (await emulatorRequests(emulator))
      .filter((request) => request.path === '/restapi/v1.0/account/~/extension')
      .map((request) => request.status);
    expect(statuses).toEqual([0, 200]);
  });

  it('does not repeat a POST that failed with a 5xx, and reports it', async () => {
    await setFaults(emulator, [{ method: 'POST', path: '/answering-rule', status: 503 }]);
    const result = await gateway.applyPlan([HOLIDAY]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.done).toEqual([]);
    expect(result.failed.error).toMatchObject({ code: 'server-error', status: 503, rcErrorCode: 'CMN-201' });
    expect(await requestsTo('POST', '/restapi/v1.0/account/~/answering-rule')).toHaveLength(1);
  });

  it('does not repeat a POST whose connection was dropped', async () => {
    await setFaults(emulator, [{ method: 'POST', path: '/answering-rule', drop: true }]);
    const result = await gateway.applyPlan([HOLIDAY]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failed.error.code).toBe('network');
    expect(result.failed.error.message).toMatch(/^Could not reach RingCentral for POST \/restapi\/v1\.0\/account\/~\/answering-rule: /);
    expect(await requestsTo('POST', '/restapi/v1.0/account/~/answering-rule')).toHaveLength(1);
  });

  it('does not repeat a PUT that failed with a 5xx', async () => {
    const operation: ChangeOperation = { kind: 'set-default-destination', rule: 'business-hours', destination: { kind: 'greeting-then-hang-up' } };
    await setFaults(emulator, [{ method: 'PUT', status: 502 }]);
    const result = await gateway.applyPlan([operation]);
    expect(result).toMatchObject({ ok: false, failed: { operation, error: { code: 'server-error', status: 502 } } });
    expect(await requestsTo('PUT', '/restapi/v1.0/account/~/answering-rule/business-hours-rule')).toHaveLength(1);
  });

  it('explains an unknown extension id in one line with CMN-102', async () => {
    const result = await gateway.applyPlan([
      { kind: 'set-default-destination', rule: 'after-hours', destination: { kind: 'extension', extensionId: '123456789' } },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failed.error).toMatchObject({
      name: 'RingCentralApiError',
      code: 'invalid-request',
      status: 400,
      rcErrorCode: 'CMN-102',
      method: 'PUT',
      path: '/restapi/v1.0/account/~/answering-rule/after-hours-rule',
    });
    expect(result.failed.error.message).toBe(
      'RingCentral refused PUT /restapi/v1.0/account/~/answering-rule/after-hours-rule: Resource for parameter [extension.id] is not found (CMN-102)',
    );
  });

  it('reports a rule that no longer exists as not-found', async () => {
    const result = await gateway.applyPlan([{ kind: 'delete-rule', ruleId: '33999999999', name: 'Gone' }]);
    expect(result).toMatchObject({ ok: false, failed: { error: { code: 'not-found', status: 404, rcErrorCode: 'CMN-102' } } });
  });

  it('reports a server nobody listens on as a network error', async () => {
    const unreachable = createRingCentralGateway({ serverUrl: 'http://127.0.0.1:9', ...CREDENTIALS, retry: { attempts: 2, baseDelayMs: 1 } });
    try {
      const error = await rejectionOf(unreachable.readCallHandling());
      expect(error).toMatchObject({ code: 'network', method: 'POST', path: '/restapi/oauth/token' });
      expect(error.message).toMatch(/^Could not reach RingCentral for POST \/restapi\/oauth\/token: ECONNREFUSED/);
    } finally {
      await unreachable.close();
    }
  });

  it('keeps tokens, the JWT and the client secret out of error messages and logs', async () => {
    const store = createMemoryTokenStore();
    const { logger, text } = createCapturingLogger();
    const watched = createTestGateway(emulator, { tokenStore: store, logger });
    const messages: string[] = [];
    const tokens: string[] = [];
    const remember = async () => {
      const saved = await store.load();
      if (saved?.access_token) tokens.push(saved.access_token);
      if (saved?.refresh_token) tokens.push(saved.refresh_token);
    };
    try {
      await watched.readCallHandling();
      await remember();
      // A refresh that fails and a JWT login again, then refusals and failures of every kind.
      await setFaults(emulator, [{ path: '/business-hours', expireAccessTokens: true, revokeRefreshTokens: true }]);
      await watched.readCallHandling();
      await remember();
      await setFaults(emulator, [{ method: 'GET', path: '/ivr-menus', status: 500, times: 10 }]);
      messages.push((await rejectionOf(watched.readCallHandling())).message);
      await clearFaults(emulator);
      const refused = await watched.applyPlan([
        { kind: 'set-default-destination', rule: 'after-hours', destination: { kind: 'extension', extensionId: '1' } },
      ]);
      if (!refused.ok) messages.push(refused.failed.error.message, String(refused.failed.error.cause));
      await setFaults(emulator, [{ method: 'POST', drop: true }]);
      const dropped = await watched.applyPlan([HOLIDAY]);
      if (!dropped.ok) messages.push(dropped.failed.error.message, String(dropped.failed.error.cause));
    } finally {
      await watched.close();
    }
    const wrongJwt = createTestGateway(emulator, { jwt: `${CREDENTIALS.jwt}-wrong`, logger });
    try {
      messages.push((await rejectionOf(wrongJwt.readCallHandling())).message);
    } finally {
      await wrongJwt.close();
    }
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    const secrets = [
      CREDENTIALS.clientSecret,
      CREDENTIALS.jwt,
      Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString('base64'),
      ...tokens,
    ];
    const everything = [...messages, text(), captured.text()].join('\n');
    expect(text()).toContain('RingCentral token refresh failed');
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});

describe('a closed gateway', () => {
  it('never sends anything after close', async () => {
    const emulator = await startTestEmulator();
    try {
      const gateway = createTestGateway(emulator);
      await gateway.close();
      await expect(gateway.readCallHandling()).rejects.toThrow('The RingCentral gateway is closed');
      expect((await emulatorRequests(emulator)).filter(isTokenRequest)).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
