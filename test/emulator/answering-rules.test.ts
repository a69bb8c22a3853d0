import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { connect, demoId, send, type ApiClient } from './emulator-client.ts';

let emulator: RunningEmulator;
let api: ApiClient;

/** The demo company plus a park location, an extension type rules may not send calls to. */
function testState() {
  const state = createDemoState();
  state.extensions.push({ id: 62_000_000_700, extensionNumber: '700', name: 'Parking', type: 'ParkLocation', status: 'Enabled' });
  return state;
}

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  api = await connect(emulator.url);
});

beforeEach(async () => {
  await send(`${emulator.url}/_emulator/state`, { method: 'PUT', body: JSON.stringify(testState()) });
});

afterAll(() => emulator.close());

const holiday = {
  name: 'Christmas',
  schedule: { ranges: [{ from: '2026-12-25T00:00:00-05:00', to: '2026-12-26T00:00:00-05:00' }] },
  callHandlingAction: 'Bypass',
  extension: { id: demoId(400) },
};

describe('GET /answering-rule', () => {
  it('lists custom rules first, then the business-hours and after-hours rules', async () => {
    const created = await api.post('/answering-rule', holiday);
    const reply = await api.get('/answering-rule');
    expect(reply.status).toBe(200);
    expect(reply.body.records.map((rule: { id: string }) => rule.id)).toEqual([
      '33000000001',
      created.body.id,
      'business-hours-rule',
      'after-hours-rule',
    ]);
  });

  it('leaves schedule, callHandlingAction and callers out of list records', async () => {
    const reply = await api.get('/answering-rule');
    const vip = reply.body.records[0];
    expect(Object.keys(vip).sort()).toEqual(['enabled', 'extension', 'id', 'name', 'type', 'uri']);
    expect(vip.uri).toBe(`${emulator.url}/restapi/v1.0/account/1000000001/answering-rule/33000000001`);
  });

  it('filters by repeated type parameters', async () => {
    const reply = await api.get('/answering-rule?type=BusinessHours&type=AfterHours');
    expect(reply.body.records.map((rule: { type: string }) => rule.type)).toEqual(['BusinessHours', 'AfterHours']);
  });

  it('pages with RingCentral paging and navigation objects', async () => {
    const reply = await api.get('/answering-rule?page=2&perPage=2');
    expect(reply.body.records.map((rule: { id: string }) => rule.id)).toEqual(['after-hours-rule']);
    expect(reply.body.paging).toEqual({ page: 2, totalPages: 2, perPage: 2, totalElements: 3, pageStart: 2, pageEnd: 2 });
    expect(reply.body.navigation.previousPage.uri).toContain('page=1');
    expect(reply.body.navigation.nextPage).toBeUndefined();
    expect(reply.body.navigation.lastPage.uri).toContain('page=2');
  });

  it('leaves pageStart and pageEnd out of a page past the end', async () => {
    const reply = await api.get('/answering-rule?page=5&perPage=2');
    expect(reply.body.records).toEqual([]);
    expect(reply.body.paging.pageStart).toBeUndefined();
  });
});

describe('POST /answering-rule', () => {
  it('creates a custom rule with a numeric string id and an absolute uri', async () => {
    const reply = await api.post('/answering-rule', holiday);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ type: 'Custom', enabled: true, name: 'Christmas', callHandlingAction: 'Bypass' });
    expect(reply.body.id).toMatch(/^\d+$/);
    expect((await api.get(`/answering-rule/${reply.body.id}`)).body.name).toBe('Christmas');
  });

  it('names an unnamed rule "My Rule N"', async () => {
    const { name: _name, ...unnamed } = holiday;
    const reply = await api.post('/answering-rule', unnamed);
    expect(reply.body.name).toBe('My Rule 1');
  });

  it('refuses to create a business-hours rule (AWR-108)', async () => {
    const reply = await api.post('/answering-rule', { ...holiday, type: 'BusinessHours' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ errorCode: 'AWR-108', errors: [{ errorCode: 'AWR-108' }] });
  });

  it('requires an extension for Bypass (AWR-172)', async () => {
    const { extension: _extension, ...withoutTarget } = holiday;
    const reply = await api.post('/answering-rule', withoutTarget);
    expect(reply.body.errors[0].errorCode).toBe('AWR-172');
  });

  it('refuses an extension on a rule that does not bypass (AWR-173)', async () => {
    const reply = await api.post('/answering-rule', { ...holiday, callHandlingAction: 'Operator' });
    expect(reply.body.errors[0].errorCode).toBe('AWR-173');
  });

  it('refuses a target extension that does not exist (CMN-102)', async () => {
    const reply = await api.post('/answering-rule', { ...holiday, extension: { id: '999' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toEqual({
      errorCode: 'CMN-102',
      message: 'Resource for parameter [extension.id] is not found',
      parameterName: 'extension.id',
    });
  });

  it('refuses a target extension of a type calls cannot be sent to (CMN-102)', async () => {
    const reply = await api.post('/answering-rule', { ...holiday, extension: { id: '62000000700' } });
    expect(reply.body.errors[0].errorCode).toBe('CMN-102');
  });

  it('refuses a custom rule without any condition (AWR-111)', async () => {
    const reply = await api.post('/answering-rule', { name: 'Always', callHandlingAction: 'Disconnect' });
    expect(reply.body.errors[0].errorCode).toBe('AWR-111');
  });

  it('refuses a schedule reference as the only condition (AWR-120)', async () => {
    const reply = await api.post('/answering-rule', { name: 'Hours', schedule: { ref: 'BusinessHours' }, callHandlingAction: 'Disconnect' });
    expect(reply.body.errors[0].errorCode).toBe('AWR-120');
  });

  it('accepts a schedule reference together with callers', async () => {
    const reply = await api.post('/answering-rule', {
      callers: [{ callerId: '1650' }],
      schedule: { ref: 'AfterHours' },
      callHandlingAction: 'Disconnect',
    });
    expect(reply.status).toBe(200);
  });

  it('refuses a schedule with both weekly ranges and date ranges', async () => {
    const reply = await api.post('/answering-rule', {
      ...holiday,
      schedule: { ...holiday.schedule, weeklyRanges: { monday: [{ from: '12:00', to: '13:00' }] } },
    });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-101', parameterName: 'schedule' });
  });

  it('refuses more than 1000 date ranges (AWR-126)', async () => {
    const ranges = Array.from({ length: 1001 }, (_, day) => ({
      from: new Date(Date.UTC(2027, 0, 1) + day * 86_400_000).toISOString(),
      to: new Date(Date.UTC(2027, 0, 1) + day * 86_400_000 + 3_600_000).toISOString(),
    }));
    const reply = await api.post('/answering-rule', { ...holiday, schedule: { ranges } });
    expect(reply.body.errors[0].errorCode).toBe('AWR-126');
  });

  it('refuses a name longer than 127 characters (AWR-179)', async () => {
    const reply = await api.post('/answering-rule', { ...holiday, name: 'x'.repeat(128) });
    expect(reply.body.errors[0].errorCode).toBe('AWR-179');
  });

  it('refuses the same called number twice (AWR-113)', async () => {
    const reply = await api.post('/answering-rule', {
      ...holiday,
      calledNumbers: [{ phoneNumber: '+16505550100' }, { phoneNumber: '+16505550100' }],
    });
    expect(reply.body.errors[0].errorCode).toBe('AWR-113');
  });

  it('drops the leading + from caller ids', async () => {
    const reply = await api.post('/answering-rule', { ...holiday, callers: [{ callerId: '+14155550100', name: 'Big Customer' }] });
    expect(reply.body.callers).toEqual([{ callerId: '14155550100', name: 'Big Customer' }]);
  });

  it('stores date ranges with an offset as UTC instants', async () => {
    const reply = await api.post('/answering-rule', holiday);
    expect(reply.body.schedule.ranges).toEqual([{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }]);
  });

  it('reads date ranges without an offset in the company time zone (US/Eastern)', async () => {
    const reply = await api.post('/answering-rule', {
      ...holiday,
      schedule: { ranges: [{ from: '2026-07-04T00:00:00', to: '2026-07-05T00:00:00' }] },
    });
    // July is daylight time in New York: UTC-4.
    expect(reply.body.schedule.ranges).toEqual([{ from: '2026-07-04T04:00:00.000Z', to: '2026-07-05T04:00:00.000Z' }]);
  });

  it('refuses a date range that ends before it starts', async () => {
    const reply = await api.post('/answering-rule', {
      ...holiday,
      schedule: { ranges: [{ from: '2026-12-26T00:00:00Z', to: '2026-12-25T00:00:00Z' }] },
    });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-101', parameterName: 'schedule.ranges' });
  });

  it('accepts a weekly range that runs to "00:00", the end of the day', async () => {
    const reply = await api.post('/answering-rule', {
      ...holiday,
      schedule: { weeklyRanges: { friday: [{ from: '18:00', to: '00:00' }] } },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.schedule.weeklyRanges.friday).toEqual([{ from: '18:00', to: '00:00' }]);
  });

  it('accepts a weekly range written across midnight ("20:30" to "08:00") and stores it as written', async () => {
    const weeklyRanges = { monday: [{ from: '20:30', to: '08:00' }], friday: [{ from: '12:00', to: '23:59:59' }], saturday: [{ from: '09:00', to: '23:59' }] };
    const reply = await api.post('/answering-rule', { ...holiday, schedule: { weeklyRanges } });
    expect(reply.status).toBe(200);
    expect((await api.get(`/answering-rule/${reply.body.id}`)).body.schedule).toEqual({ weeklyRanges });
  });

  it('refuses a weekly range whose end is not after its start', async () => {
    // Equal ends: an end before the start is an overnight range, accepted (see below).
    const reply = await api.post('/answering-rule', { ...holiday, schedule: { weeklyRanges: { monday: [{ from: '12:00', to: '12:00' }] } } });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-101', parameterName: 'schedule.weeklyRanges.monday' });
  });

  it('refuses a weekly time that is not hh:mm', async () => {
    const reply = await api.post('/answering-rule', { ...holiday, schedule: { weeklyRanges: { monday: [{ from: '9:00', to: '12:00' }] } } });
    expect(reply.body.errors[0].parameterName).toBe('schedule.weeklyRanges.monday.from');
  });

  it('refuses too many ranges on one day (AWR-177)', async () => {
    const monday = Array.from({ length: 11 }, (_, hour) => ({ from: `${String(hour).padStart(2, '0')}:00`, to: `${String(hour).padStart(2, '0')}:30` }));
    const reply = await api.post('/answering-rule', { ...holiday, schedule: { weeklyRanges: { monday } } });
    expect(reply.body.errors[0].errorCode).toBe('AWR-177');
  });
});

describe('PUT /answering-rule/{ruleId}', () => {
  it('changes only the fields it is sent', async () => {
    const reply = await api.put('/answering-rule/33000000001', { name: 'Very important callers' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      name: 'Very important callers',
      callers: [{ callerId: '1415555' }],
      schedule: { ref: 'BusinessHours' },
      callHandlingAction: 'Bypass',
      extension: { id: demoId(200) },
    });
  });

  it('drops the target extension when the action stops being Bypass', async () => {
    const reply = await api.put('/answering-rule/after-hours-rule', { callHandlingAction: 'Operator' });
    expect(reply.status).toBe(200);
    expect(reply.body.extension).toBeUndefined();
  });

  it('sends the after-hours rule to a voicemail extension (the Croissant.js body)', async () => {
    await api.put('/answering-rule/after-hours-rule', { callHandlingAction: 'Operator' });
    const reply = await api.put('/answering-rule/after-hours-rule', { callHandlingAction: 'Bypass', extension: { id: demoId(300) } });
    expect(reply.body).toMatchObject({ type: 'AfterHours', callHandlingAction: 'Bypass', extension: { id: demoId(300) }, schedule: { ref: 'AfterHours' } });
  });

  it('refuses to change a rule type (AWR-164)', async () => {
    const reply = await api.put('/answering-rule/business-hours-rule', { type: 'Custom' });
    expect(reply.body.errors[0].errorCode).toBe('AWR-164');
  });

  it('refuses callers on the business-hours rule', async () => {
    const reply = await api.put('/answering-rule/business-hours-rule', { callers: [{ callerId: '1650' }] });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].parameterName).toBe('callers');
  });

  it('answers 404 CMN-102 for an unknown rule id', async () => {
    const reply = await api.put('/answering-rule/12345', { name: 'x' });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ errorCode: 'CMN-102', message: 'Resource for parameter [ruleId] is not found' });
  });

  it('leaves the rule unchanged when the update is refused', async () => {
    await api.put('/answering-rule/33000000001', { name: 'y'.repeat(200) });
    expect((await api.get('/answering-rule/33000000001')).body.name).toBe('VIP callers');
  });
});

describe('DELETE /answering-rule/{ruleId}', () => {
  it('deletes a custom rule with 204', async () => {
    const reply = await api.delete('/answering-rule/33000000001');
    expect(reply.status).toBe(204);
    expect((await api.get('/answering-rule/33000000001')).status).toBe(404);
  });

  it('refuses to delete the business-hours rule (403 AWR-110)', async () => {
    const reply = await api.delete('/answering-rule/business-hours-rule');
    expect(reply.status).toBe(403);
    expect(reply.body.errors[0].errorCode).toBe('AWR-110');
  });

  it('refuses to delete the after-hours rule (403 AWR-110)', async () => {
    const reply = await api.delete('/answering-rule/after-hours-rule');
    expect(reply.status).toBe(403);
  });
});
