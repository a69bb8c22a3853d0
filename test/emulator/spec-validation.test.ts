import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { connect, demoId, send, type ApiClient } from './emulator-client.ts';

let emulator: RunningEmulator;
let api: ApiClient & { token: string };

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  api = await connect(emulator.url);
});

afterAll(() => emulator.close());

const rule = { name: 'Lunch', schedule: { weeklyRanges: { monday: [{ from: '12:00', to: '13:00' }] } }, callHandlingAction: 'Disconnect' };

describe('requests checked against the official spec', () => {
  it('refuses an unknown callHandlingAction with CMN-101 naming the parameter', async () => {
    const reply = await api.post('/answering-rule', { ...rule, callHandlingAction: 'TakeMessagesOnly' });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      errorCode: 'CMN-101',
      message: 'Parameter [callHandlingAction] value is invalid',
      parameterName: 'callHandlingAction',
      errors: [{ errorCode: 'CMN-101', message: 'Parameter [callHandlingAction] value is invalid', parameterName: 'callHandlingAction' }],
    });
  });

  it('refuses a value of the wrong type', async () => {
    const reply = await api.put('/answering-rule/33000000001', { enabled: 'yes' });
    expect(reply.status).toBe(400);
    expect(reply.body.parameterName).toBe('enabled');
  });

  it('refuses a date range bound that is not a date-time, naming the nested field', async () => {
    const reply = await api.post('/answering-rule', { ...rule, schedule: { ranges: [{ from: 'Christmas', to: '2026-12-26T00:00:00Z' }] } });
    expect(reply.body.errors[0].parameterName).toBe('schedule.ranges.from');
  });

  it('accepts the spec documented offset forms of a date-time (none, Z, +0100)', async () => {
    const reply = await api.post('/answering-rule', {
      ...rule,
      schedule: {
        ranges: [
          { from: '2026-12-24T10:00:00', to: '2026-12-24T16:00:00Z' },
          { from: '2026-12-25T10:00:00+0100', to: '2026-12-25T12:00:00+0100' },
        ],
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.schedule.ranges[0]).toEqual({ from: '2026-12-24T15:00:00.000Z', to: '2026-12-24T16:00:00.000Z' });
    expect(reply.body.schedule.ranges[1]).toEqual({ from: '2026-12-25T09:00:00.000Z', to: '2026-12-25T11:00:00.000Z' });
  });

  it('refuses an unknown query parameter (the spec lists every query parameter)', async () => {
    const reply = await api.get('/answering-rule?view=Detailed');
    expect(reply.status).toBe(400);
    expect(reply.body.parameterName).toBe('view');
  });

  it('refuses an enum value outside the spec in a repeated query parameter', async () => {
    const reply = await api.get('/extension?type=User&type=Robot');
    expect(reply.body.parameterName).toBe('type');
  });

  it('refuses a page number the spec does not allow', async () => {
    const reply = await api.get('/answering-rule?page=0');
    expect(reply.body).toMatchObject({ errorCode: 'CMN-101', parameterName: 'page' });
  });

  it('accepts and ignores a body field the spec does not declare, as its schemas allow extra fields', async () => {
    const reply = await api.post('/answering-rule', { ...rule, priority: 1 });
    expect(reply.status).toBe(200);
    expect(reply.body.priority).toBeUndefined();
  });

  it('refuses a queue transferMode outside the spec enum', async () => {
    const reply = await api.put(`/extension/${demoId(200)}/answering-rule/business-hours-rule`, { queue: { transferMode: 'LongestIdle' } });
    expect(reply.body.parameterName).toBe('queue.transferMode');
  });

  it('refuses a PUT without a body', async () => {
    const reply = await api.put('/business-hours');
    expect(reply.status).toBe(400);
    expect(reply.body.parameterName).toBe('body');
  });

  it("answers CMN-103 to a body that is not JSON", async () => {
    const reply = await send(`${emulator.url}/restapi/v1.0/account/~/answering-rule`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ errorCode: 'CMN-103', errors: [{ errorCode: 'CMN-103' }] });
  });
});

describe('routing', () => {
  it('answers an unknown route with the API gateway 404 body', async () => {
    const reply = await send(`${emulator.url}/restapi/v1.0/account/~/no-such-thing`, { headers: { authorization: `Bearer ${api.token}` } });
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ errorCode: 'AGW-404', message: 'Resource not found', errors: [] });
  });

  it('accepts the real account id in place of ~ and builds uris from the Host header', async () => {
    const reply = await send(`${emulator.url}/restapi/v1.0/account/1000000001/business-hours`, { headers: { authorization: `Bearer ${api.token}` } });
    expect(reply.status).toBe(200);
    expect(reply.body.uri).toBe(`${emulator.url}/restapi/v1.0/account/1000000001/business-hours`);
  });

  it('answers 404 CMN-102 for another account id', async () => {
    const reply = await send(`${emulator.url}/restapi/v1.0/account/42/business-hours`, { headers: { authorization: `Bearer ${api.token}` } });
    expect(reply.status).toBe(404);
    expect(reply.body.parameterName).toBe('accountId');
  });

  it('answers 501 for a spec operation the emulator does not implement', async () => {
    const reply = await api.get('/service-info');
    expect(reply.status).toBe(501);
    expect(reply.body.message).toContain('readAccountServiceInfo');
  });
});

describe('GET /extension', () => {
  it('filters by type and status and pages the result', async () => {
    const reply = await api.get('/extension?type=User&type=Department&status=Enabled&perPage=2&page=2');
    expect(reply.body.records.map((extension: { extensionNumber: string }) => extension.extensionNumber)).toEqual(['103', '200']);
    expect(reply.body.paging).toMatchObject({ page: 2, perPage: 2, totalElements: 5, totalPages: 3 });
    expect(reply.body.navigation.nextPage.uri).toContain('page=3');
    expect(reply.body.navigation.nextPage.uri).toContain('type=Department');
  });

  it('shows extension ids as integers', async () => {
    const reply = await api.get(`/extension/${demoId(101)}`);
    expect(reply.body).toMatchObject({ id: 62000000101, extensionNumber: '101', name: 'Alice Jones', type: 'User' });
  });

  it('answers 404 CMN-102 for an unknown extension', async () => {
    const reply = await api.get('/extension/1');
    expect(reply.status).toBe(404);
    expect(reply.body.parameterName).toBe('extensionId');
  });
});

describe('GET /account/~', () => {
  it('shows the main number, the operator and the company time zone', async () => {
    const reply = await api.get('');
    expect(reply.body).toMatchObject({
      id: 1000000001,
      mainNumber: '+16505550100',
      operator: { id: 62000000101, extensionNumber: '101' },
      regionalSettings: { timezone: { name: 'US/Eastern' } },
      status: 'Confirmed',
    });
  });
});
