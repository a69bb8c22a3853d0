import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { connect, send, type ApiClient } from './emulator-client.ts';

let emulator: RunningEmulator;
let api: ApiClient;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  api = await connect(emulator.url);
});

beforeEach(async () => {
  await send(`${emulator.url}/_emulator/state`, { method: 'PUT', body: JSON.stringify(createDemoState()) });
});

afterAll(() => emulator.close());

const ruleIds = async () => (await api.get('/answering-rule')).body.records.map((rule: { id: string }) => rule.id);

describe('business hours', () => {
  it('shows the weekly schedule with an absolute uri', async () => {
    const reply = await api.get('/business-hours');
    expect(reply.body.uri).toBe(`${emulator.url}/restapi/v1.0/account/1000000001/business-hours`);
    expect(reply.body.schedule.weeklyRanges.monday).toEqual([{ from: '09:00', to: '17:00' }]);
  });

  it('replaces the schedule on PUT', async () => {
    const schedule = { weeklyRanges: { monday: [{ from: '08:30', to: '12:00' }, { from: '13:00', to: '17:30' }], saturday: [{ from: '10:00', to: '14:00' }] } };
    const reply = await api.put('/business-hours', { schedule });
    expect(reply.status).toBe(200);
    expect((await api.get('/business-hours')).body.schedule).toEqual(schedule);
  });

  it('removes the after-hours rule when hours become 24/7', async () => {
    const reply = await api.put('/business-hours', { schedule: {} });
    expect(reply.body.schedule).toEqual({});
    expect(await ruleIds()).toEqual(['33000000001', 'business-hours-rule']);
    expect((await api.get('/answering-rule/after-hours-rule')).status).toBe(404);
  });

  it('treats an empty weeklyRanges as 24/7 too', async () => {
    await api.put('/business-hours', { schedule: { weeklyRanges: {} } });
    expect(await ruleIds()).not.toContain('after-hours-rule');
  });

  it('re-creates the after-hours rule with Operator when hours stop being 24/7', async () => {
    await api.put('/business-hours', { schedule: {} });
    await api.put('/business-hours', { schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '17:00' }] } } });
    const rule = await api.get('/answering-rule/after-hours-rule');
    expect(rule.status).toBe(200);
    expect(rule.body).toMatchObject({ type: 'AfterHours', callHandlingAction: 'Operator' });
    expect(rule.body.extension).toBeUndefined();
    expect(await ruleIds()).toEqual(['33000000001', 'business-hours-rule', 'after-hours-rule']);
  });

  it('keeps the after-hours rule when hours change but stay limited', async () => {
    await api.put('/business-hours', { schedule: { weeklyRanges: { tuesday: [{ from: '10:00', to: '16:00' }] } } });
    expect((await api.get('/answering-rule/after-hours-rule')).body.callHandlingAction).toBe('Bypass');
  });

  it('accepts "00:00" as the end of the day', async () => {
    const reply = await api.put('/business-hours', { schedule: { weeklyRanges: { friday: [{ from: '09:00', to: '00:00' }] } } });
    expect(reply.status).toBe(200);
  });

  it('accepts "23:59" and "23:59:59" as the end of the day and keeps them as written', async () => {
    const schedule = { weeklyRanges: { monday: [{ from: '09:00', to: '23:59' }], tuesday: [{ from: '09:00', to: '23:59:59' }] } };
    expect((await api.put('/business-hours', { schedule })).status).toBe(200);
    expect((await api.get('/business-hours')).body.schedule).toEqual(schedule);
  });

  it('refuses "23:59:59" as the start of a range', async () => {
    const reply = await api.put('/business-hours', { schedule: { weeklyRanges: { monday: [{ from: '23:59:59', to: '00:00' }] } } });
    expect(reply.body.errors[0].parameterName).toBe('schedule.weeklyRanges.monday.from');
  });

  it('accepts a range written across midnight inside one day and keeps it as written', async () => {
    const schedule = { weeklyRanges: { wednesday: [{ from: '20:30', to: '08:00' }], sunday: [{ from: '22:00', to: '06:00' }] } };
    expect((await api.put('/business-hours', { schedule })).status).toBe(200);
    expect((await api.get('/business-hours')).body.schedule).toEqual(schedule);
  });

  it("refuses a range across midnight that runs into the next day's first range", async () => {
    const reply = await api.put('/business-hours', {
      schedule: { weeklyRanges: { wednesday: [{ from: '20:30', to: '08:00' }], thursday: [{ from: '07:00', to: '17:00' }] } },
    });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-101', parameterName: 'schedule.weeklyRanges.thursday' });
  });

  it("refuses a Sunday range across midnight that runs into Monday's hours", async () => {
    const reply = await api.put('/business-hours', {
      schedule: { weeklyRanges: { monday: [{ from: '05:00', to: '09:00' }], sunday: [{ from: '22:00', to: '06:00' }] } },
    });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-101', parameterName: 'schedule.weeklyRanges.monday' });
  });

  it('refuses a day listed with no ranges (AWR-176)', async () => {
    const reply = await api.put('/business-hours', { schedule: { weeklyRanges: { monday: [] } } });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'AWR-176', message: 'At least one time range for [monday] required' });
  });

  it('refuses overlapping ranges on one day', async () => {
    const reply = await api.put('/business-hours', { schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '13:00' }, { from: '12:00', to: '17:00' }] } } });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-101', parameterName: 'schedule.weeklyRanges.monday' });
  });

  it('refuses "24:00"', async () => {
    const reply = await api.put('/business-hours', { schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '24:00' }] } } });
    expect(reply.body.errors[0].parameterName).toBe('schedule.weeklyRanges.monday.to');
  });

  it('leaves hours and rules unchanged when the PUT is refused', async () => {
    await api.put('/business-hours', { schedule: { weeklyRanges: { monday: [] } } });
    expect((await api.get('/business-hours')).body.schedule.weeklyRanges.friday).toEqual([{ from: '09:00', to: '17:00' }]);
    expect(await ruleIds()).toContain('after-hours-rule');
  });
});
