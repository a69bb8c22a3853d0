import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planChanges, usesOwnAnsweringRules, type CallHandling } from '../../src/callflow/index.ts';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import type { RingCentralGateway } from '../../src/ringcentral/index.ts';
import { MULTI_LEVEL_IDS, createMultiLevelState } from '../fixtures/multi-level-company.ts';
import { clearRequests, createTestGateway, emulatorRequests, putState, startTestEmulator } from './emulator-harness.ts';

const ids = MULTI_LEVEL_IDS;
let emulator: RunningEmulator;
let gateway: RingCentralGateway;

beforeAll(async () => {
  emulator = await startTestEmulator();
  await putState(emulator, createMultiLevelState());
  gateway = createTestGateway(emulator);
});

afterAll(async () => {
  await gateway.close();
  await emulator.close();
});

describe('reading an account shaped like the recorded real one', () => {
  it('reads it as multi-level IVR, with the NotActivated voicemail taking calls and no CompanyExtension', async () => {
    const handling = await gateway.readCallHandling();
    expect(handling.ivrMode).toBe('multi-level');
    expect(handling.businessHoursDestination).toEqual({ kind: 'extension', extensionId: String(ids.mainMenu) });
    expect(handling.afterHoursDestination).toEqual({ kind: 'extension', extensionId: String(ids.voicemail) });
    expect(handling.extensions.find((extension) => extension.id === String(ids.voicemail))).toMatchObject({ type: 'Voicemail', enabled: true });
    expect(handling.extensions.some((extension) => extension.id === String(ids.company))).toBe(false);
    expect(handling.ivrMenus.map((menu) => menu.name)).toEqual(['Main Menu', 'Support Menu']);
  });

  it('reads the demo company as single-level', async () => {
    const demo = await startTestEmulator();
    const demoGateway = createTestGateway(demo);
    try {
      expect((await demoGateway.readCallHandling()).ivrMode).toBe('single-level');
    } finally {
      await demoGateway.close();
      await demo.close();
    }
  });
});

describe('answering-rule endpoints under NewCallHandlingAndForwarding', () => {
  it('reads and writes the own rules of call queues only, never of a user (behaviour new-call-handling)', async () => {
    await clearRequests(emulator);
    const before = await gateway.readCallHandling({ fresh: true });
    const after: CallHandling = {
      ...before,
      callQueues: before.callQueues.map((queue) => ({ ...queue, ringMode: 'FixedOrder', memberIds: [String(ids.eli), String(ids.dana)] })),
    };
    const applied = await gateway.applyPlan(planChanges(before, after));
    expect(applied.ok).toBe(true);
    const types = new Map(createMultiLevelState().extensions.map((extension) => [String(extension.id), extension.type]));
    const ruleOwners = (await emulatorRequests(emulator)).flatMap((request) => {
      const owner = /\/extension\/([^/]+)\/answering-rule/.exec(request.path)?.[1];
      return owner === undefined ? [] : [owner];
    });
    expect(ruleOwners.length).toBeGreaterThanOrEqual(2);
    expect(ruleOwners.every((owner) => usesOwnAnsweringRules(types.get(owner) ?? 'unknown'))).toBe(true);
  });
});
