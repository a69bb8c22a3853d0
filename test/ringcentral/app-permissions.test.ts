import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangePlan } from '../../src/callflow/index.ts';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { findGatewayOperation, GATEWAY_OPERATIONS, missingAppPermissions } from '../../src/ringcentral/index.ts';
import { clearRequests, createTestGateway, emulatorRequests, isTokenRequest, startTestEmulator } from './emulator-harness.ts';

type Spec = { paths: Record<string, Record<string, { 'x-app-permission'?: string }>> };

/** The spec the emulator checks requests against, from the pinned npm package (src/emulator/ringcentral-spec.ts). */
function loadPinnedSpec(): Spec {
  const packageJson = createRequire(import.meta.url).resolve('ringcentral-open-api-parser/package.json');
  return load(readFileSync(join(dirname(packageJson), 'rc-public-openapi.yml'), 'utf8')) as Spec;
}

const VOICEMAIL = '62000000300';
const SUPPORT_QUEUE = '62000000200';
const IVR_MENU = '62000000600';
const CREATE_RULE: ChangePlan = [
  {
    kind: 'create-rule',
    rule: {
      name: 'Christmas',
      enabled: true,
      schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }] },
      callers: [],
      calledNumbers: [],
      destination: { kind: 'extension', extensionId: VOICEMAIL },
    },
  },
];

describe('the table of the app permissions the gateway needs', () => {
  const spec = loadPinnedSpec();

  it.each(GATEWAY_OPERATIONS.map((operation) => [operation.method, operation.path, operation.permission] as const))(
    'gives %s %s the x-app-permission the official spec gives it (%s)',
    (method, path, permission) => {
      const operation = spec.paths[path]?.[method.toLowerCase()];
      expect(operation, `${method} ${path} is missing from the spec`).toBeDefined();
      expect(operation?.['x-app-permission']).toBe(permission);
    },
  );

  it('names what each missing permission is needed for, and nothing when the scope has them all', () => {
    expect(missingAppPermissions('ReadAccounts EditAccounts EditExtensions')).toEqual([]);
    const missing = missingAppPermissions('ReadAccounts EditExtensions ReadCallLog');
    expect(missing.map((entry) => entry.permission)).toEqual(['EditAccounts']);
    expect(missing[0]?.purposes).toEqual(['create answering rules', 'change answering rules', 'delete answering rules']);
  });
});

describe('the gateway against the table', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ scope: 'ReadAccounts EditExtensions' });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('sends nothing the table lacks, reading and changing', async () => {
    const gateway = createTestGateway(emulator);
    try {
      await clearRequests(emulator);
      await gateway.readCallHandling();
      // What the app may do without EditAccounts: hours, a queue's ring order, IVR keys.
      const plan: ChangePlan = [
        { kind: 'set-business-hours', businessHours: { monday: [{ from: 480, to: 1080 }] } },
        { kind: 'set-queue-ring-mode', queueId: SUPPORT_QUEUE, ringMode: 'Simultaneous', memberIds: [] },
        { kind: 'set-ivr-actions', menuId: IVR_MENU, actions: [{ input: '1', action: 'Connect', extensionId: SUPPORT_QUEUE }] },
      ];
      expect(await gateway.applyPlan(plan)).toMatchObject({ ok: true });
      const sent = (await emulatorRequests(emulator)).filter((request) => !isTokenRequest(request));
      expect(sent.length).toBeGreaterThan(10);
      const unknown = sent.filter((request) => findGatewayOperation(request.method, request.path.split('?')[0]!) === undefined);
      expect(unknown.map((request) => `${request.method} ${request.path}`)).toEqual([]);
    } finally {
      await gateway.close();
    }
  });

  it('names the permission a refused change needs, and how to get it, in one line', async () => {
    const gateway = createTestGateway(emulator);
    try {
      const result = await gateway.applyPlan(CREATE_RULE);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.failed.error.code).toBe('forbidden');
      expect(result.failed.error.message).toBe(
        'RingCentral refused POST /restapi/v1.0/account/~/answering-rule: the RingCentral app lacks the EditAccounts permission, needed to create answering rules (CMN-401). ' +
          'Add it to the app in the RingCentral developer console, then delete ringcentral-tokens.json in SWITCHBOARD_DATA_DIR so the next login gets a token with it.',
      );
    } finally {
      await gateway.close();
    }
  });
});
