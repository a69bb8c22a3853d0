import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Fault, type LoggedRequest, type RunningEmulator } from '../../src/emulator/index.ts';
import { connect, login, requestToken, send, type ApiClient } from './emulator-client.ts';

let emulator: RunningEmulator;
let api: ApiClient;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});

beforeEach(async () => {
  await send(`${emulator.url}/_emulator/faults`, { method: 'DELETE' });
  // A fresh session each time: one of the tests expires every access token.
  api = await connect(emulator.url);
  await send(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
});

afterAll(() => emulator.close());

const setFaults = (faults: Fault[]) => send(`${emulator.url}/_emulator/faults`, { method: 'PUT', body: JSON.stringify({ faults }) });
const requests = async (): Promise<LoggedRequest[]> => (await send(`${emulator.url}/_emulator/requests`)).body.requests;
const customRuleCount = async () => (await api.get('/answering-rule?type=Custom')).body.records.length;

const lunch = { name: 'Lunch', schedule: { weeklyRanges: { monday: [{ from: '12:00', to: '13:00' }] } }, callHandlingAction: 'Disconnect' };

describe('fault injection', () => {
  it('answers a status fault in RingCentral error shape and leaves state untouched', async () => {
    const before = await customRuleCount();
    await setFaults([{ method: 'POST', path: '/answering-rule', status: 503 }]);
    const reply = await api.post('/answering-rule', lunch);
    expect(reply.status).toBe(503);
    expect(reply.body).toMatchObject({ errorCode: 'CMN-201', message: expect.any(String), errors: [{ errorCode: 'CMN-201' }] });
    expect(await customRuleCount()).toBe(before);
    const posts = (await requests()).filter((entry) => entry.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ status: 503, faulted: true });
  });

  it('sends Retry-After with an injected 429 and the chosen error code', async () => {
    await setFaults([{ path: '/business-hours', status: 429, retryAfterSeconds: 7, errorCode: 'CMN-302' }]);
    const reply = await api.get('/business-hours');
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect(reply.body.errorCode).toBe('CMN-302');
  });

  it('lets `skip` requests through, then hits `times` requests, then disarms', async () => {
    await setFaults([{ path: '/business-hours', skip: 1, times: 2, status: 500 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await api.get('/business-hours')).status);
    expect(statuses).toEqual([200, 500, 500, 200]);
    expect((await send(`${emulator.url}/_emulator/faults`)).body).toEqual({ faults: [], injected: 2 });
  });

  it('matches the method and a substring of the path only', async () => {
    await setFaults([{ method: 'PUT', path: '/business-hours', status: 500 }]);
    expect((await api.get('/business-hours')).status).toBe(200);
    expect((await api.get('/answering-rule')).status).toBe(200);
    expect((await send(`${emulator.url}/_emulator/faults`)).body.faults).toHaveLength(1);
  });

  it('delays a request by latencyMs and then serves it', async () => {
    await setFaults([{ path: '/business-hours', latencyMs: 300 }]);
    const started = Date.now();
    const reply = await api.get('/business-hours');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(reply.status).toBe(200);
    expect((await requests()).at(-1)).toMatchObject({ faulted: true, status: 200 });
  });

  it('drops the connection without an answer', async () => {
    await setFaults([{ path: '/business-hours', drop: true }]);
    await expect(fetch(`${emulator.url}/restapi/v1.0/account/~/business-hours`)).rejects.toThrow();
    expect((await requests()).at(-1)).toMatchObject({ status: 0, faulted: true });
  });

  it('serves a request and then breaks the connection, so the change sticks unanswered', async () => {
    const before = await customRuleCount();
    await setFaults([{ method: 'POST', path: '/answering-rule', loseAnswer: true }]);
    await expect(api.post('/answering-rule', lunch)).rejects.toThrow();
    expect(await customRuleCount()).toBe(before + 1);
    expect((await requests()).find((request) => request.method === 'POST')).toMatchObject({ status: 200, faulted: true });
  });

  it('expires every access token, so the request gets 401 OAU-128 and a refresh recovers', async () => {
    const tokens = (await login(emulator.url)).body;
    await setFaults([{ path: '/business-hours', expireAccessTokens: true }]);
    const reply = await send(`${emulator.url}/restapi/v1.0/account/~/business-hours`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(reply.status).toBe(401);
    expect(reply.body.errors[0].errorCode).toBe('OAU-128');
    const refreshed = await requestToken(emulator.url, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, access_token_ttl: '-1' });
    expect(refreshed.status).toBe(200);
    const again = await send(`${emulator.url}/restapi/v1.0/account/~/business-hours`, { headers: { authorization: `Bearer ${refreshed.body.access_token}` } });
    expect(again.status).toBe(200);
  });

  it('revokes every refresh token, so refreshing fails with invalid_grant', async () => {
    const tokens = (await login(emulator.url)).body;
    await setFaults([{ path: '/oauth/token', revokeRefreshTokens: true }]);
    const reply = await requestToken(emulator.url, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_grant', errors: [{ errorCode: expect.stringMatching(/^OAU-/) }] });
    expect((await login(emulator.url)).status).toBe(200);
  });

  it('refuses a fault list with an unknown field, naming it', async () => {
    const reply = await send(`${emulator.url}/_emulator/faults`, { method: 'PUT', body: JSON.stringify({ faults: [{ stauts: 500 }] }) });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain('faults[0]');
    expect(reply.body.message).not.toContain('\n');
  });
});

describe('request log', () => {
  it('lists /restapi requests in arrival order with method, path, status, time and group', async () => {
    const before = Date.now();
    await api.get('/business-hours');
    await api.get('/no-such-route');
    const log = await requests();
    expect(log.map((entry) => [entry.method, entry.path, entry.status, entry.group])).toEqual([
      ['GET', '/restapi/v1.0/account/~/business-hours', 200, 'light'],
      ['GET', '/restapi/v1.0/account/~/no-such-route', 404, undefined],
    ]);
    expect(log[0]!.at).toBeGreaterThanOrEqual(before);
  });

  it('does not log its own control requests', async () => {
    await send(`${emulator.url}/_emulator/state`);
    expect(await requests()).toEqual([]);
  });
});
