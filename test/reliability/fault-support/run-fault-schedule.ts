import { diffCallHandling, planChanges, type CallHandling, type ChangeOperation } from '../../../src/callflow/index.ts';
import { createDemoState } from '../../../src/emulator/index.ts';
import { parseCommand, type ChangeIntent } from '../../../src/language/index.ts';
import { createRingCentralGateway } from '../../../src/ringcentral/index.ts';
import { fingerprintCallHandling, type ChangeWorkflow, type WorkflowContext } from '../../../src/workflow/index.ts';
import { openRequest } from '../../../src/workflow/open-request.ts';
import type { TestDatabase } from '../../support/use-test-databases.ts';
import { TEST_NOW, type WorkflowHarness } from '../../support/workflow-harness.ts';
import { CHANGE_STEPS, type ChangeStep } from './change-steps.ts';
import { createFaultSchedule, FAULT_KINDS, type EmulatorFault, type FaultKind } from './fault-schedule.ts';
import { createSeededRandom } from './seeded-random.ts';

/** One /restapi request as the emulator logged it. */
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  /** 0 when the connection was dropped. */
  readonly status: number;
}

/** What one change went through: its faults, how it ended, and RingCentral right before and after. */
export interface StepRecord {
  readonly kind: ChangeStep['kind'];
  readonly label: string;
  readonly faultKind: FaultKind;
  readonly faults: ReadonlyArray<EmulatorFault>;
  /** How many requests the faults hit, as the emulator counted them. */
  readonly injected: number;
  /** Why no request was made (a refused command, nothing to undo); absent when one was. */
  readonly notRequested?: string;
  readonly requestId?: number;
  /** The approval's (or the recovery's) answer, or what it threw. */
  readonly outcome?: { readonly code: string; readonly message: string };
  readonly threw?: string;
  readonly before: CallHandling;
  readonly after: CallHandling;
  /** The emulator's log while the faults were armed: the approval (or recovery) and nothing else. */
  readonly requests: ReadonlyArray<LoggedRequest>;
}

/** A whole run of CHANGE_STEPS under one seed's faults. */
export interface ScheduleRun {
  readonly seed: number;
  readonly steps: ReadonlyArray<StepRecord>;
  readonly injected: number;
  readonly injectedByKind: Readonly<Record<FaultKind, number>>;
}

/** The workflow's clock in these runs; a step moves it on by a minute, a restart past the apply lease. */
const START = Date.parse('2026-11-25T17:00:00.000Z');
const REQUESTER = { id: 'alice' };
const APPROVER = { id: 'bob' };

/**
 * Makes every change of CHANGE_STEPS against the demo company, with each approval (or recovery)
 * under faults drawn from the seed, and records what happened. Requests are made and RingCentral
 * is read with no fault armed, so every fault lands on the workflow's own calls. The gateway sends
 * one request per rate-limit group at a time until RingCentral tells it the limits (the emulator
 * here never does), so the same seed hits the same requests on every run.
 */
export async function runFaultSchedule(harness: WorkflowHarness, database: TestDatabase, seed: number): Promise<ScheduleRun> {
  await harness.setFaults([]);
  await harness.putEmulatorState(createDemoState());
  const schedule = createFaultSchedule(createSeededRandom(seed));
  let nowMs = START;
  const clock = () => new Date(nowMs);
  const { workflow, context } = harness.workflow(database, { clock });
  const observer = createRingCentralGateway({
    serverUrl: harness.emulator().url,
    clientId: 'observer',
    clientSecret: 'observer',
    jwt: 'observer',
    sleep: async () => {},
    retry: { attempts: 4, baseDelayMs: 1 },
  });
  const undoable: number[] = [];
  const steps: StepRecord[] = [];
  const injectedByKind = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  let restarts = 0;
  try {
    // Nothing writes between one step's last read and the next step's start, so that read serves both.
    let before = await observer.readCallHandling();
    for (const step of CHANGE_STEPS) {
      nowMs += 60_000;
      const opened = await openStep({ step, workflow, context, before, undoable, clock });
      const plan = opened.ok ? ((await database.stores.requests.get(opened.id))?.plan ?? []) : [];
      const drawn = schedule.draw(plan.map(methodOf));
      if (!opened.ok) {
        steps.push({ kind: step.kind, label: labelOf(step), faultKind: drawn.kind, faults: drawn.faults, injected: 0, notRequested: opened.why, before, after: before, requests: [] });
        continue;
      }
      const from = (await harness.requestLog()).length;
      await harness.setFaults(drawn.faults);
      let outcome: StepRecord['outcome'];
      let threw: string | undefined;
      try {
        if (step.kind === 'interrupted') {
          outcome = await recoverAfterRestart();
        } else {
          const approved = await workflow.approve(opened.id, APPROVER);
          outcome = { code: approved.code, message: approved.message.en };
        }
      } catch (error) {
        threw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const injected = await disarm(harness);
      injectedByKind[drawn.kind] += injected;
      const requests = (await harness.requestLog()).slice(from);
      const after = await observer.readCallHandling();
      const ended = await database.stores.requests.get(opened.id);
      if (ended?.status === 'applied') undoable.push(opened.id);
      steps.push({
        kind: step.kind,
        label: labelOf(step),
        faultKind: drawn.kind,
        faults: drawn.faults,
        injected,
        requestId: opened.id,
        ...(outcome ? { outcome } : {}),
        ...(threw ? { threw } : {}),
        before,
        after,
        requests,
      });
      before = after;
    }
  } finally {
    await harness.setFaults([]);
    await observer.close();
  }
  return { seed, steps, injected: steps.reduce((sum, step) => sum + step.injected, 0), injectedByKind };

  /**
   * Starts a new process's workflow and lets it settle what the dead one left. When the recovery
   * itself is cut short by a fault, the request stays claimed by that process until its lease runs
   * out; the next start after that (with no fault) settles it.
   */
  async function recoverAfterRestart(): Promise<{ code: string; message: string }> {
    restarts += 1;
    const first = await harness.workflow(database, { clock, owner: `restarted-host:${restarts}` }).workflow.recoverInterrupted();
    const stillApplying = await database.stores.requests.list({ statuses: ['applying'], limit: 10 });
    if (stillApplying.length === 0) return { code: 'recovered', message: first.join(' ') };
    await harness.setFaults([]);
    nowMs += context.applyLeaseMs + 1_000;
    restarts += 1;
    const second = await harness.workflow(database, { clock, owner: `restarted-host:${restarts}` }).workflow.recoverInterrupted();
    return { code: 'recovered-on-second-start', message: [...first, ...second].join(' ') };
  }
}

/** The HTTP method RingCentral is sent for an operation (see buildOperationRequest). */
function methodOf(operation: ChangeOperation): string {
  if (operation.kind === 'create-rule' || operation.kind === 'set-queue-members') return 'POST';
  return operation.kind === 'delete-rule' ? 'DELETE' : 'PUT';
}

/** Reads how many requests the armed faults hit, then disarms them (which resets the count). */
async function disarm(harness: WorkflowHarness): Promise<number> {
  const response = await fetch(`${harness.emulator().url}/_emulator/faults`);
  const { injected } = (await response.json()) as { injected: number };
  await harness.setFaults([]);
  return injected;
}

function labelOf(step: ChangeStep): string {
  return step.kind === 'undo' ? 'undo the latest applied change' : step.text;
}

/** Asks for the step's change; for an `interrupted` step, also plays the process that died half-way through it. */
async function openStep(input: {
  readonly step: ChangeStep;
  readonly workflow: ChangeWorkflow;
  readonly context: WorkflowContext;
  readonly before: CallHandling;
  readonly undoable: number[];
  readonly clock: () => Date;
}): Promise<{ ok: true; id: number } | { ok: false; why: string }> {
  const { step, workflow, context, before } = input;
  switch (step.kind) {
    case 'command': {
      // As harness.request, but against the state just read, and a command that no longer reads
      // (its rule was deleted by an earlier step) is a step skipped, not an error.
      const parsed = parseCommand(step.text, { ...before, now: TEST_NOW });
      if (!parsed.ok) return { ok: false, why: `${parsed.code}: "${step.text}" no longer reads` };
      const preview = await workflow.draftChange({ text: step.text, intent: parsed.intent as ChangeIntent, author: REQUESTER, handling: before, at: TEST_NOW });
      if (!preview.ok || preview.draftId === undefined) return { ok: false, why: `"${step.text}" previewed ${preview.ok ? 'no change' : preview.code}` };
      const outcome = await workflow.requestDraft(preview.draftId, REQUESTER);
      return outcome.code === 'pending' ? { ok: true, id: outcome.request!.id } : { ok: false, why: `${outcome.code}: ${outcome.message}` };
    }
    case 'undo': {
      const id = input.undoable.pop();
      if (id === undefined) return { ok: false, why: 'no applied change left to undo' };
      const outcome = await workflow.undo(id, REQUESTER, before);
      return outcome.code === 'pending' ? { ok: true, id: outcome.request!.id } : { ok: false, why: `${outcome.code}: ${outcome.message}` };
    }
    case 'compound':
      return { ok: true, id: await openCompound(context, step.text, before, step.build(before)) };
    case 'interrupted': {
      const id = await openCompound(context, step.text, before, step.build(before));
      await leaveHalfApplied(context, id, before, step.writesDone, input.clock);
      return { ok: true, id };
    }
  }
}

/** Stores a change of several writes the way `requestDraft` stores a previewed command. */
async function openCompound(context: WorkflowContext, text: string, before: CallHandling, intended: CallHandling): Promise<number> {
  const outcome = await openRequest(context, {
    commandText: text,
    requester: REQUESTER.id,
    intent: { kind: 'set-business-hours', businessHours: intended.businessHours },
    plan: planChanges(before, intended),
    changes: diffCallHandling(before, intended),
    warnings: [],
    before,
    fingerprint: fingerprintCallHandling(before),
    intended,
  });
  if (outcome.code !== 'pending') throw new Error(`${text}: ${outcome.message}`);
  return outcome.request!.id;
}

/**
 * What a process killed while applying leaves behind (see test/workflow/restart-after-kill.test.ts):
 * the request approved, claimed by a process that is gone with its claim run out, the state read
 * before the writes kept, and the first write or all of them done.
 */
async function leaveHalfApplied(context: WorkflowContext, id: number, preApply: CallHandling, writesDone: 'some' | 'all', clock: () => Date): Promise<void> {
  const { requests } = context;
  const pending = (await requests.get(id))!;
  const approval = await requests.addApproval(id, pending.version, APPROVER.id, clock().toISOString(), 1);
  if (!approval.ok || approval.status !== 'approved') throw new Error(`request ${id} was not approved: ${JSON.stringify(approval)}`);
  const approved = (await requests.get(id))!;
  const applying = await requests.transition(id, 'approved', approved.version, 'applying', {
    applyingOwner: 'crashed-host:1',
    applyingLeaseUntil: new Date(clock().getTime() - 1_000).toISOString(),
    preApply,
    updatedAt: clock().toISOString(),
  });
  if (applying === undefined) throw new Error(`request ${id} could not be claimed`);
  const done = writesDone === 'all' ? applying.plan.length : 1;
  const result = await context.gateway.applyPlan(applying.plan.slice(0, done));
  if (!result.ok) throw new Error(`the dead process's writes failed: ${result.failed.error.message}`);
}
