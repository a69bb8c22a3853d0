import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoState, parseEmulatorState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { MULTI_LEVEL_IDS, createMultiLevelState } from '../fixtures/multi-level-company.ts';
import { connect, send, type ApiClient } from './emulator-client.ts';

let emulator: RunningEmulator;
let api: ApiClient;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  api = await connect(emulator.url);
});

beforeEach(async () => {
  const reply = await send(`${emulator.url}/_emulator/state`, { method: 'PUT', body: JSON.stringify(createMultiLevelState()) });
  expect(reply.status).toBe(200);
});

afterAll(() => emulator.close());

const mainMenu = String(MULTI_LEVEL_IDS.mainMenu);

describe('an emulator in multi-level IVR mode', () => {
  it('refuses a default rule that would play the company greeting with AWR-182 and keeps the rule', async () => {
    for (const callHandlingAction of ['Operator', 'Disconnect']) {
      const reply = await api.put('/answering-rule/business-hours-rule', { callHandlingAction });
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0]).toMatchObject({ errorCode: 'AWR-182', parameterName: 'callHandlingAction' });
      expect(reply.body.message).toBe('Only bypass action is available in multi-level IVR mode');
    }
    const rule = await api.get('/answering-rule/business-hours-rule');
    expect(rule.body).toMatchObject({ callHandlingAction: 'Bypass', extension: { id: mainMenu } });
  });

  it('refuses a new custom rule without Bypass, the default action included', async () => {
    const schedule = { ranges: [{ from: '2026-12-31T08:00:00Z', to: '2027-01-01T08:00:00Z' }] };
    expect((await api.post('/answering-rule', { name: 'New Year', schedule, callHandlingAction: 'Disconnect' })).body.errorCode).toBe('AWR-182');
    expect((await api.post('/answering-rule', { name: 'New Year', schedule })).body.errorCode).toBe('AWR-182');
  });

  it('takes a rule that bypasses to an IVR menu', async () => {
    const reply = await api.put('/answering-rule/after-hours-rule', { callHandlingAction: 'Bypass', extension: { id: mainMenu } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ callHandlingAction: 'Bypass', extension: { id: mainMenu } });
  });

  it('lists the CompanyExtension and the NotActivated voicemail as the real account does', async () => {
    const reply = await api.get('/extension');
    const records = reply.body.records as Array<{ type: string; status: string; name: string }>;
    expect(records.find((record) => record.type === 'CompanyExtension')?.name).toBe('Northwind Traders');
    expect(records.find((record) => record.type === 'Voicemail')?.status).toBe('NotActivated');
  });
});

describe('the multiLevelIvr state key', () => {
  it('is kept in the state, and left out it means single-level, where the greeting is taken', async () => {
    expect((await send(`${emulator.url}/_emulator/state`)).body.multiLevelIvr).toBe(true);
    await send(`${emulator.url}/_emulator/state`, { method: 'PUT', body: JSON.stringify(createDemoState()) });
    expect((await send(`${emulator.url}/_emulator/state`)).body.multiLevelIvr).toBeUndefined();
    expect((await api.put('/answering-rule/business-hours-rule', { callHandlingAction: 'Disconnect' })).status).toBe(200);
  });

  it('refuses a state file whose rule plays the greeting in multi-level mode, naming the field', () => {
    const state = createMultiLevelState();
    state.answeringRules = state.answeringRules.map((rule) =>
      rule.id === 'after-hours-rule' ? { id: rule.id, type: rule.type, enabled: true, callHandlingAction: 'Operator' } : rule,
    );
    expect(parseEmulatorState(state)).toEqual({ ok: false, error: 'answeringRules[2].callHandlingAction: Only bypass action is available in multi-level IVR mode' });
  });

  it('refuses a multi-level state file without its business-hours rule, which would default to the greeting', () => {
    const state = createMultiLevelState();
    state.answeringRules = state.answeringRules.filter((rule) => rule.id !== 'business-hours-rule');
    expect(parseEmulatorState(state)).toEqual({
      ok: false,
      error: 'answeringRules: multi-level IVR mode needs business-hours-rule given, with callHandlingAction Bypass (AWR-182)',
    });
  });
});
