import { DateTime } from 'luxon';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveCall, type CallHandling } from '../../src/callflow/index.ts';
import { createDemoState, type RunningEmulator } from '../../src/emulator/index.ts';
import {
  clearRequests,
  createTestGateway,
  describeRequests,
  emulatorRequests,
  isTokenRequest,
  putState,
  sendAsOtherClient,
  startTestEmulator,
} from './emulator-harness.ts';

/** The demo company as the model should read it. */
const DEMO: CallHandling = {
  locale: 'en-US',
  timeZone: 'US/Eastern',
  ivrMode: 'single-level',
  mainNumber: '+16505550100',
  operator: { id: '62000000101', extensionNumber: '101' },
  businessHours: {
    monday: [{ from: 540, to: 1020 }],
    tuesday: [{ from: 540, to: 1020 }],
    wednesday: [{ from: 540, to: 1020 }],
    thursday: [{ from: 540, to: 1020 }],
    friday: [{ from: 540, to: 1020 }],
  },
  businessHoursDestination: { kind: 'greeting' },
  afterHoursDestination: { kind: 'extension', extensionId: '62000000300' },
  customRules: [
    {
      id: '33000000001',
      name: 'VIP callers',
      enabled: true,
      schedule: { kind: 'business-hours' },
      callers: [{ callerId: '1415555', name: 'Bay Area VIPs' }],
      calledNumbers: [],
      destination: { kind: 'extension', extensionId: '62000000200' },
    },
  ],
  extensions: [
    { id: '62000000101', extensionNumber: '101', name: 'Alice Jones', type: 'User', enabled: true },
    { id: '62000000102', extensionNumber: '102', name: 'Bob Smith', type: 'User', enabled: true },
    { id: '62000000103', extensionNumber: '103', name: 'Chloé Martin', type: 'User', enabled: true },
    { id: '62000000200', extensionNumber: '200', name: 'Support Queue', type: 'Department', enabled: true },
    { id: '62000000201', extensionNumber: '201', name: 'Sales Queue', type: 'Department', enabled: true },
    { id: '62000000300', extensionNumber: '300', name: 'Main Voicemail', type: 'Voicemail', enabled: true },
    { id: '62000000400', extensionNumber: '400', name: 'Holiday Message', type: 'Announcement', enabled: true },
    { id: '62000000500', extensionNumber: '500', name: 'Front Desk', type: 'SharedLinesGroup', enabled: true },
    { id: '62000000600', extensionNumber: '600', name: 'Main Menu', type: 'IvrMenu', enabled: true },
  ],
  ivrMenus: [
    {
      id: '62000000600',
      name: 'Main Menu',
      extensionNumber: '600',
      actions: [
        { input: '1', action: 'Connect', extensionId: '62000000200' },
        { input: '2', action: 'Connect', extensionId: '62000000201' },
        { input: '0', action: 'ConnectToOperator' },
        { input: 'Star', action: 'Repeat' },
        { input: 'NoInput', action: 'Disconnect' },
      ],
    },
  ],
  callQueues: [
    { id: '62000000200', name: 'Support Queue', extensionNumber: '200', memberIds: ['62000000101', '62000000102'], ringMode: 'Simultaneous' },
    { id: '62000000201', name: 'Sales Queue', extensionNumber: '201', memberIds: ['62000000103'], ringMode: 'FixedOrder' },
  ],
};

describe('readCallHandling', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(async () => {
    await putState(emulator, createDemoState());
    await clearRequests(emulator);
  });

  it('maps the demo company: time zone, hours, default destinations, the custom rule, extensions and the IVR 0 key', async () => {
    const gateway = createTestGateway(emulator);
    try {
      const handling = await gateway.readCallHandling();
      expect(handling).toEqual(DEMO);
      expect(handling.ivrMenus[0]?.actions.find((action) => action.input === '0')).toEqual({ input: '0', action: 'ConnectToOperator' });
    } finally {
      await gateway.close();
    }
  });

  it('sends the minimum number of requests: one login, then one per resource', async () => {
    const gateway = createTestGateway(emulator);
    try {
      await gateway.readCallHandling();
    } finally {
      await gateway.close();
    }
    const requests = await emulatorRequests(emulator);
    expect(requests.filter(isTokenRequest)).toHaveLength(1);
    expect(describeRequests(requests.filter((request) => !isTokenRequest(request))).sort()).toEqual(
      [
        'GET /restapi/v1.0/account/~',
        'GET /restapi/v1.0/account/~/business-hours',
        'GET /restapi/v1.0/account/~/answering-rule',
        'GET /restapi/v1.0/account/~/answering-rule/33000000001',
        'GET /restapi/v1.0/account/~/answering-rule/business-hours-rule',
        'GET /restapi/v1.0/account/~/answering-rule/after-hours-rule',
        'GET /restapi/v1.0/account/~/extension',
        'GET /restapi/v1.0/account/~/ivr-menus',
        'GET /restapi/v1.0/account/~/ivr-menus/62000000600',
        'GET /restapi/v1.0/account/~/call-queues',
        'GET /restapi/v1.0/account/~/call-queues/62000000200/members',
        'GET /restapi/v1.0/account/~/call-queues/62000000201/members',
        'GET /restapi/v1.0/account/~/extension/62000000200/answering-rule/business-hours-rule',
        'GET /restapi/v1.0/account/~/extension/62000000201/answering-rule/business-hours-rule',
      ].sort(),
    );
    expect(requests.every((request) => request.status === 200)).toBe(true);
  });

  it('skips the after-hours rule when the company is open 24/7', async () => {
    const state = createDemoState();
    state.businessHours = { schedule: {} };
    state.answeringRules = state.answeringRules.filter((rule) => rule.id !== 'after-hours-rule');
    await putState(emulator, state);
    const gateway = createTestGateway(emulator);
    try {
      const handling = await gateway.readCallHandling();
      expect(handling.businessHours).toEqual({});
      expect(handling.afterHoursDestination).toBeUndefined();
    } finally {
      await gateway.close();
    }
    expect(describeRequests(await emulatorRequests(emulator))).not.toContain('GET /restapi/v1.0/account/~/answering-rule/after-hours-rule');
  });

  it('reads every page of the extension list', async () => {
    const state = createDemoState();
    for (let n = 0; n < 1100; n += 1) {
      state.extensions.push({ id: 63_000_000_000 + n, extensionNumber: String(10_000 + n), name: `User ${n}`, type: 'User', status: 'Enabled' });
    }
    await putState(emulator, state);
    const gateway = createTestGateway(emulator);
    try {
      const handling = await gateway.readCallHandling();
      expect(handling.extensions).toHaveLength(DEMO.extensions.length + 1100);
      expect(handling.extensions.at(-1)).toEqual({ id: '63000001099', extensionNumber: '11099', name: 'User 1099', type: 'User', enabled: true });
    } finally {
      await gateway.close();
    }
    expect(describeRequests(await emulatorRequests(emulator)).filter((line) => line === 'GET /restapi/v1.0/account/~/extension')).toHaveLength(2);
  });

  it('reads date ranges as UTC instants and custom rules in list order', async () => {
    const state = createDemoState();
    state.answeringRules.unshift({
      id: '33000000009',
      type: 'Custom',
      enabled: false,
      name: 'Holidays',
      schedule: { ranges: [{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }] },
      callHandlingAction: 'Disconnect',
    });
    await putState(emulator, state);
    const gateway = createTestGateway(emulator);
    try {
      const handling = await gateway.readCallHandling();
      expect(handling.customRules.map((rule) => rule.id)).toEqual(['33000000009', '33000000001']);
      expect(handling.customRules[0]).toEqual({
        id: '33000000009',
        name: 'Holidays',
        enabled: false,
        schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }] },
        callers: [],
        calledNumbers: [],
        destination: { kind: 'greeting-then-hang-up' },
      });
    } finally {
      await gateway.close();
    }
  });

  describe('weekly ranges as other clients write them', () => {
    async function read(): Promise<CallHandling> {
      const gateway = createTestGateway(emulator);
      try {
        return await gateway.readCallHandling();
      } finally {
        await gateway.close();
      }
    }

    it('reads business hours ending "23:59", "23:59:59" and "00:00" as whole days, and one written overnight as two days', async () => {
      const schedule = {
        weeklyRanges: {
          monday: [{ from: '09:00', to: '23:59' }],
          tuesday: [{ from: '09:00', to: '23:59:59' }],
          wednesday: [{ from: '20:30', to: '08:00' }],
          friday: [{ from: '18:00', to: '00:00' }],
        },
      };
      const written = await sendAsOtherClient(emulator, 'PUT', '/restapi/v1.0/account/~/business-hours', { schedule });
      expect(written.status).toBe(200);
      expect(written.body.schedule).toEqual(schedule);
      const handling = await read();
      expect(handling.businessHours).toEqual({
        monday: [{ from: 540, to: 1440 }],
        tuesday: [{ from: 540, to: 1440 }],
        wednesday: [{ from: 1230, to: 1440 }],
        thursday: [{ from: 0, to: 480 }],
        friday: [{ from: 1080, to: 1440 }],
      });
      expect(handling.afterHoursDestination).toEqual(DEMO.afterHoursDestination);
    });

    it('reads a custom rule with the same spellings, and its overnight range routes calls across a daylight-saving night', async () => {
      const weeklyRanges = {
        friday: [{ from: '22:00', to: '23:59' }],
        saturday: [{ from: '20:30', to: '08:00' }],
        sunday: [{ from: '12:00', to: '23:59:59' }],
      };
      const created = await sendAsOtherClient(emulator, 'POST', '/restapi/v1.0/account/~/answering-rule', {
        name: 'Night line',
        schedule: { weeklyRanges },
        callHandlingAction: 'Bypass',
        extension: { id: '62000000300' },
      });
      expect(created.status).toBe(200);
      expect(created.body.schedule).toEqual({ weeklyRanges });
      const handling = await read();
      expect(handling.customRules.find((rule) => rule.name === 'Night line')?.schedule).toEqual({
        kind: 'weekly',
        weekly: {
          friday: [{ from: 1320, to: 1440 }],
          saturday: [{ from: 1230, to: 1440 }],
          sunday: [
            { from: 0, to: 480 },
            { from: 720, to: 1440 },
          ],
        },
      });
      // US/Eastern springs forward at 02:00 on Sunday 2026-03-08.
      const ruleAt = (iso: string) => {
        const { rule } = resolveCall(handling, { at: DateTime.fromISO(iso, { zone: 'US/Eastern' }) });
        return rule.kind === 'custom' ? rule.name : rule.kind;
      };
      expect(ruleAt('2026-03-06T23:59:30')).toBe('Night line');
      expect(ruleAt('2026-03-07T20:29')).toBe('after-hours');
      expect(ruleAt('2026-03-08T03:30')).toBe('Night line');
      expect(ruleAt('2026-03-08T08:00')).toBe('after-hours');
      expect(ruleAt('2026-03-08T23:59:59')).toBe('Night line');
    });
  });
});
