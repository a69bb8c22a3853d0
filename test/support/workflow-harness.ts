import { DateTime } from 'luxon';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { planChanges, type CallHandling } from '../../src/callflow/index.ts';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { parseCommand, type ChangeIntent } from '../../src/language/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { createRingCentralGateway, type RingCentralGateway } from '../../src/ringcentral/index.ts';
import { createStores, type OpenedDatabase } from '../../src/store/index.ts';
import {
  createChangeWorkflow,
  noGroups,
  type ApprovalPolicy,
  type ChangeWorkflow,
  type WorkflowContext,
} from '../../src/workflow/index.ts';
import { TEST_AUDIT_KEY } from './test-audit-key.ts';
import type { TestDatabase } from './use-test-databases.ts';
import { sameInEachLanguage } from './same-in-each-language.ts';

/** A team policy for tests: alice and bob request, bob, carol and dave approve, one approval. */
export function teamPolicy(overrides: Partial<Extract<ApprovalPolicy, { kind: 'team' }>> = {}): ApprovalPolicy {
  return {
    kind: 'team',
    requesters: ['alice', 'bob'].map((id) => ({ kind: 'user', id })),
    approvers: ['bob', 'carol', 'dave'].map((id) => ({ kind: 'user', id })),
    readers: [],
    approvalsRequired: 1,
    allowSelfApproval: false,
    requestTtlMs: 24 * 3_600_000,
    noApprovalFor: [],
    ...overrides,
  };
}

/** The emulator (rate limits off) for one test file, with the demo company put back before each test. */
export interface WorkflowHarness {
  readonly emulator: () => RunningEmulator;
  /** A workflow over the database, with its own gateway; `clock` lets a test move time. */
  readonly workflow: (
    database: OpenedDatabase | TestDatabase,
    options?: { policy?: ApprovalPolicy; clock?: () => Date; owner?: string; onApplied?: WorkflowContext['onApplied'] },
  ) => { workflow: ChangeWorkflow; context: WorkflowContext };
  /** The emulator's live state, in RingCentral's shapes. */
  readonly emulatorState: () => Promise<unknown>;
  readonly putEmulatorState: (state: unknown) => Promise<void>;
  readonly setFaults: (faults: ReadonlyArray<Record<string, unknown>>) => Promise<void>;
  /** The emulator's request log (method, path, status). */
  readonly requestLog: () => Promise<ReadonlyArray<{ method: string; path: string; status: number }>>;
  /** Reads the call handling through a fresh gateway. */
  readonly readHandling: () => Promise<CallHandling>;
  /** Another admin edits RingCentral directly (the admin portal), behind Switchboard's back. */
  readonly editBehindTheBack: (edit: (handling: CallHandling) => CallHandling) => Promise<void>;
  /** Asks for a change in words, as `who`, against the call handling as it is now. */
  readonly request: (workflow: ChangeWorkflow, who: string, text: string) => ReturnType<ChangeWorkflow['requestDraft']>;
}

/** "Now" for parsing commands in these tests: before the December dates they name. */
export const TEST_NOW = DateTime.fromISO('2026-11-25T12:00', { zone: 'US/Eastern' });

export function useWorkflowHarness(): WorkflowHarness {
  let emulator: RunningEmulator | undefined;
  const gateways: RingCentralGateway[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, rateLimits: false });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await emulator?.close();
  });
  const running = (): RunningEmulator => {
    if (emulator === undefined) throw new Error('the emulator starts in beforeAll');
    return emulator;
  };
  const control = async (path: string, method: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${running().url}/_emulator/${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} /_emulator/${path}: ${response.status}`);
    return response;
  };
  const newGateway = (): RingCentralGateway => {
    const gateway = createRingCentralGateway({
      serverUrl: running().url,
      clientId: 'test',
      clientSecret: 'test',
      jwt: 'test',
      sleep: async () => {},
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    gateways.push(gateway);
    return gateway;
  };
  beforeEach(async () => {
    await control('faults', 'DELETE');
    await control('state', 'PUT', createDemoState());
  });
  return {
    emulator: running,
    workflow: (database, options = {}) => {
      const context: WorkflowContext = {
        ...createStores(database, { auditKey: TEST_AUDIT_KEY }),
        gateway: newGateway(),
        policy: options.policy ?? teamPolicy(),
        groups: noGroups,
        now: options.clock ?? (() => new Date()),
        owner: options.owner ?? `test-host:${process.pid}`,
        applyLeaseMs: 60_000,
        logger: silentLogger,
        ...(options.onApplied === undefined ? {} : { onApplied: options.onApplied }),
      };
      return { workflow: createChangeWorkflow(context), context };
    },
    emulatorState: async () => (await control('state', 'GET')).json(),
    putEmulatorState: async (state) => {
      await control('state', 'PUT', state);
    },
    setFaults: async (faults) => {
      await control('faults', 'PUT', { faults });
    },
    requestLog: async () => {
      const body = (await (await control('requests', 'GET')).json()) as { requests: Array<{ method: string; path: string; status: number }> };
      return body.requests;
    },
    readHandling: () => newGateway().readCallHandling(),
    editBehindTheBack: async (edit) => {
      const gateway = newGateway();
      const handling = await gateway.readCallHandling();
      const result = await gateway.applyPlan(planChanges(handling, edit(handling)));
      if (!result.ok) throw new Error(result.failed.error.message);
    },
    request: async (workflow, who, text) => {
      const handling = await newGateway().readCallHandling();
      const parsed = parseCommand(text, { ...handling, now: TEST_NOW });
      if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.code}`);
      const preview = await workflow.draftChange({ text, intent: parsed.intent as ChangeIntent, author: { id: who }, handling, at: TEST_NOW });
      if (!preview.ok) return { code: 'refused', message: sameInEachLanguage(preview.code) };
      if (preview.draftId === undefined) return { code: 'no-change', message: sameInEachLanguage('Call handling is already like that; nothing would change.') };
      return workflow.requestDraft(preview.draftId, { id: who });
    },
  };
}
