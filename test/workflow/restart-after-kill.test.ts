import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { diffCallHandling, planChanges, proposeChange, type CallHandling } from '../../src/callflow/index.ts';
import { parseCommand, type ChangeIntent } from '../../src/language/index.ts';
import type { ChangeRequest } from '../../src/store/index.ts';
import { fingerprintCallHandling, processOwner, type WorkflowContext } from '../../src/workflow/index.ts';
import { openRequest } from '../../src/workflow/open-request.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';
import { TEST_NOW, teamPolicy, useWorkflowHarness } from '../support/workflow-harness.ts';

/**
 * A process killed (SIGKILL) while applying a change leaves its request in `applying`; the next
 * start (`recoverInterrupted`) reconciles it with RingCentral. The killed process is the real CLI
 * (`bin/switchboard.js run --yes --as bob "approve <id>"`) in a child process, against the emulator of
 * this test file, which runs in this process's event loop: so the child is always spawned
 * asynchronously, never with spawnSync/execFileSync.
 */
const harness = useWorkflowHarness();
const BIN = fileURLToPath(new URL('../../bin/switchboard.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A request whose plan is three writes: business hours (Mon–Fri 9–5 -> 8–6), the after-hours
 * destination (Main Voicemail -> the company greeting) and a new custom rule, in that order. No
 * single command changes this much, so it is stored through `openRequest` like `requestChange`
 * stores a parsed one. (A two-step command exists, "route to Alice and Bob in order", but it
 * changes a call queue's ring mode, and RingCentral, like the emulator, keeps a queue's stored
 * fixed order when it goes back to Simultaneous: the state after a rollback is the same through
 * the API but not byte for byte, which is what these tests compare.)
 */
const BUSINESS_HOURS_PATH = '/account/~/business-hours';
const AFTER_HOURS_RULE_PATH = '/account/~/answering-rule/after-hours-rule';
const THREE_STEPS = ['set-business-hours', 'set-default-destination', 'create-rule'];

async function requestThreeSteps(context: WorkflowContext): Promise<ChangeRequest> {
  const before = await harness.readHandling();
  const parsed = parseCommand('route to voicemail on Dec 25', { ...before, now: TEST_NOW });
  if (!parsed.ok) throw new Error('the command did not parse');
  const proposal = proposeChange(before, parsed.intent as ChangeIntent, TEST_NOW);
  if (!proposal.ok) throw new Error('the change cannot be made');
  const weekday = [{ from: 8 * 60, to: 18 * 60 }];
  const intended: CallHandling = {
    ...before,
    businessHours: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday },
    afterHoursDestination: { kind: 'greeting' },
    customRules: proposal.after.customRules,
  };
  const outcome = await openRequest(context, {
    commandText: 'hours Mon-Fri 8-6, after hours to greeting, voicemail on Dec 25',
    requester: 'alice',
    intent: parsed.intent as ChangeIntent,
    plan: planChanges(before, intended),
    changes: diffCallHandling(before, intended),
    warnings: [],
    before,
    fingerprint: fingerprintCallHandling(before),
    intended,
  });
  expect(outcome.code).toBe('pending');
  expect(outcome.request!.plan.map((operation) => operation.kind)).toEqual(THREE_STEPS);
  return outcome.request!;
}

/**
 * Holds a write long enough to kill the applier while it waits, then answers 503 without touching
 * the state. A plain `latencyMs` fault would, once the wait is over, serve the held write normally
 * even though its client is dead: the emulator would then apply it behind the recovery's back (as
 * a real server may too, but not reproducibly). With `status` the held write never applies, so
 * what the recovery sees is exactly what reached RingCentral before the kill.
 */
function holdThenRefuse(path: string): Record<string, unknown> {
  return { method: 'PUT', path, latencyMs: 15_000, status: 503 };
}

/** A dead owner on this host: no process has this pid (Linux pids stay below 2^22). */
const DEAD_OWNER = `${hostname()}:2147483646`;

type LoggedRequest = Awaited<ReturnType<typeof harness.requestLog>>[number];

interface RunningCli {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly output: () => string;
}

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'switchboard-kill-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts `switchboard run --yes --as bob "approve <id>"` against this file's emulator and the test database. */
function approveInChild(database: TestDatabase, id: number): RunningCli {
  const child = spawn(process.execPath, [BIN, 'run', '--yes', '--as', 'bob', `approve ${id}`], {
    cwd: ROOT,
    env: {
      RINGCENTRAL_SERVER_URL: harness.emulator().url,
      DATABASE_URL: database.url,
      SWITCHBOARD_DATA_DIR: dataDir,
      SWITCHBOARD_REQUESTERS: 'alice',
      SWITCHBOARD_APPROVERS: 'bob',
      // The test database's key: the child appends to the trail the test verifies.
      SWITCHBOARD_AUDIT_KEY: TEST_AUDIT_KEY,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

/** Polls the emulator's request log (from `from` on) until `ready` holds; fails if the child exits first. */
async function waitForRequests(cli: RunningCli, from: number, ready: (entries: ReadonlyArray<LoggedRequest>) => boolean): Promise<void> {
  let exited = false;
  void cli.exited.then(() => (exited = true));
  const deadline = Date.now() + 12_000;
  for (;;) {
    const entries = (await harness.requestLog()).slice(from);
    if (ready(entries)) return;
    if (exited || Date.now() > deadline) {
      cli.child.kill('SIGKILL');
      throw new Error(`the writes never got that far; child ${exited ? 'exited' : 'still running'}; output: ${cli.output()}; requests: ${JSON.stringify(entries)}`);
    }
    await sleep(10);
  }
}

const isWrite = (entry: LoggedRequest, path: string) => entry.method === 'PUT' && entry.path.endsWith(path);

/** Kills the child with SIGKILL and waits until it is gone (reaped, so its pid no longer answers). */
async function kill(cli: RunningCli): Promise<void> {
  cli.child.kill('SIGKILL');
  expect(await cli.exited).toEqual({ code: null, signal: 'SIGKILL' });
}

/** A workflow as a freshly started process would build it: a new context, this process's owner string. */
function restarted(database: TestDatabase) {
  return harness.workflow(database, { policy: teamPolicy(), owner: processOwner() });
}

describeEachDatabase(
  'restart after a kill',
  (database) => {
    it('rolls back a change killed half-way, and the request fails with the rollback audited', async () => {
      const { context } = harness.workflow(database(), { policy: teamPolicy() });
      const id = (await requestThreeSteps(context)).id;
      const before = await harness.emulatorState();
      // The second write is held: the first is done, the third never sent.
      await harness.setFaults([holdThenRefuse(AFTER_HOURS_RULE_PATH)]);
      const from = (await harness.requestLog()).length;

      const cli = approveInChild(database(), id);
      await waitForRequests(
        cli,
        from,
        (entries) =>
          entries.some((entry) => isWrite(entry, BUSINESS_HOURS_PATH) && entry.status === 200) &&
          entries.some((entry) => isWrite(entry, AFTER_HOURS_RULE_PATH)),
      );
      await kill(cli);
      const left = await database().stores.requests.get(id);
      expect(left).toMatchObject({ status: 'applying', applyingOwner: `${hostname()}:${cli.child.pid}` });
      expect(left?.preApply).toBeDefined();
      // The first write did reach RingCentral: the state is half-changed.
      expect(await harness.emulatorState()).not.toEqual(before);

      const lines = await restarted(database()).workflow.recoverInterrupted();

      expect(lines).toEqual([
        `Switchboard stopped while applying request ${id}, half-way. The steps already done were rolled back (1 operation), so nothing changed.`,
      ]);
      const settled = await database().stores.requests.get(id);
      expect(settled).toMatchObject({ status: 'failed', reason: lines[0] });
      expect(settled?.applyingOwner).toBeUndefined();
      expect(await harness.emulatorState()).toEqual(before);
      expect(await database().stores.audit.verify()).toMatchObject({ ok: true });
      const [latest] = await database().stores.audit.latest(1);
      expect(latest).toMatchObject({ event: 'failed', requestId: id, summary: lines[0], requestedBy: 'alice', approvedBy: ['bob'] });
      expect(latest!.operations).toHaveLength(1);
      expect(latest!.operations[0]).toMatchObject({ operation: { kind: 'set-business-hours' }, result: 'done' });
      expect(settled?.outcome?.rollback).toEqual(latest!.operations);
      expect(settled?.auditSeq).toBe(latest!.seq);
      // A second start finds nothing left to settle.
      expect(await restarted(database()).workflow.recoverInterrupted()).toEqual([]);
    });

    it('fails a change killed before any write reached RingCentral, with nothing changed', async () => {
      const { context } = harness.workflow(database(), { policy: teamPolicy() });
      const id = (await requestThreeSteps(context)).id;
      const before = await harness.emulatorState();
      await harness.setFaults([holdThenRefuse(BUSINESS_HOURS_PATH)]);
      const from = (await harness.requestLog()).length;

      const cli = approveInChild(database(), id);
      await waitForRequests(cli, from, (entries) => entries.some((entry) => isWrite(entry, BUSINESS_HOURS_PATH)));
      await kill(cli);
      expect((await database().stores.requests.get(id))?.status).toBe('applying');

      const lines = await restarted(database()).workflow.recoverInterrupted();

      expect(lines).toEqual([`Switchboard stopped while applying request ${id}; nothing had reached RingCentral, so nothing changed.`]);
      expect(await database().stores.requests.get(id)).toMatchObject({ status: 'failed', reason: lines[0] });
      expect(await harness.emulatorState()).toEqual(before);
      const [latest] = await database().stores.audit.latest(1);
      expect(latest).toMatchObject({ event: 'failed', requestId: id, operations: [] });
      expect(await database().stores.audit.verify()).toMatchObject({ ok: true });
      // Only the held write was sent; nothing else was written.
      expect((await harness.requestLog()).slice(from).filter((entry) => entry.method !== 'GET' && !entry.path.includes('/oauth/'))).toHaveLength(1);
    });

    it('marks a change applied when every write was done before the process died, and it can be undone', async () => {
      const { workflow, context } = harness.workflow(database(), { policy: teamPolicy() });
      const original = await harness.emulatorState();
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      // What a killed applier leaves behind: approved by bob, claimed by a process that is gone,
      // the state read before the writes kept, and every write done.
      const stores = database().stores;
      const approval = await stores.requests.addApproval(id, (await stores.requests.get(id))!.version, 'bob', new Date().toISOString(), 1);
      expect(approval).toMatchObject({ ok: true, status: 'approved' });
      const approved = (await stores.requests.get(id))!;
      const preApply = await harness.readHandling();
      const applying = await stores.requests.transition(id, 'approved', approved.version, 'applying', {
        applyingOwner: DEAD_OWNER,
        applyingLeaseUntil: new Date(Date.now() + 600_000).toISOString(),
        preApply,
        updatedAt: new Date().toISOString(),
      });
      expect(applying).toBeDefined();
      expect(await context.gateway.applyPlan(applying!.plan)).toMatchObject({ ok: true });
      const changed = await harness.emulatorState();

      const lines = await restarted(database()).workflow.recoverInterrupted();

      expect(lines).toEqual([`Switchboard stopped while applying request ${id}; every change had reached RingCentral, so it is applied.`]);
      const recovered = await stores.requests.get(id);
      expect(recovered).toMatchObject({ status: 'applied', reason: lines[0] });
      expect(recovered?.applied?.customRules.map((rule) => rule.name)).toContain('Dec 25, 2026');
      expect(await harness.emulatorState()).toEqual(changed);
      const [latest] = await stores.audit.latest(1);
      expect(latest).toMatchObject({ event: 'recovered', requestId: id, summary: lines[0], approvedBy: ['bob'] });

      const handling = await harness.readHandling();
      const undo = await workflow.undo(id, { id: 'alice' }, handling);
      expect(undo.code).toBe('pending');
      const undone = await workflow.approve(undo.request!.id, { id: 'bob' });
      expect(undone.code).toBe('applied');
      expect(await harness.emulatorState()).toEqual(original);
      expect(await stores.audit.verify()).toMatchObject({ ok: true });
    });

    it('deletes a rule the dead process had already created when it rolls a half-applied change back', async () => {
      // As the kill above, but with the created rule among the writes that were done: the business
      // hours and the new rule reached RingCentral, the after-hours destination did not.
      const { context } = harness.workflow(database(), { policy: teamPolicy() });
      const stores = database().stores;
      const request = await requestThreeSteps(context);
      const before = await harness.emulatorState();
      await stores.requests.addApproval(request.id, request.version, 'bob', new Date().toISOString(), 1);
      const approved = (await stores.requests.get(request.id))!;
      const applying = await stores.requests.transition(request.id, 'approved', approved.version, 'applying', {
        applyingOwner: DEAD_OWNER,
        applyingLeaseUntil: new Date(Date.now() + 600_000).toISOString(),
        preApply: await harness.readHandling(),
        updatedAt: new Date().toISOString(),
      });
      const [hours, , rule] = applying!.plan;
      expect(await context.gateway.applyPlan([hours!, rule!])).toMatchObject({ ok: true, createdRuleIds: [expect.any(String)] });

      const lines = await restarted(database()).workflow.recoverInterrupted();

      expect(lines).toEqual([
        `Switchboard stopped while applying request ${request.id}, half-way. The steps already done were rolled back (2 operations), so nothing changed.`,
      ]);
      expect((await stores.requests.get(request.id))?.status).toBe('failed');
      expect(await harness.emulatorState()).toEqual(before);
      const [latest] = await stores.audit.latest(1);
      expect(latest!.operations.map((operation) => [operation.operation.kind, operation.result])).toEqual([
        ['set-business-hours', 'done'],
        ['delete-rule', 'done'],
      ]);
      expect(await stores.audit.verify()).toMatchObject({ ok: true });
    });

    it('leaves alone a request that a live process is applying under an unexpired claim', async () => {
      const { workflow } = harness.workflow(database(), { policy: teamPolicy() });
      const stores = database().stores;
      const ids: number[] = [];
      // This very process, and another live process on this host (the one that started this one).
      for (const owner of [processOwner(), `${hostname()}:${process.ppid}`]) {
        const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 26')).request!.id;
        await stores.requests.addApproval(id, (await stores.requests.get(id))!.version, 'bob', new Date().toISOString(), 1);
        const approved = (await stores.requests.get(id))!;
        const claimed = await stores.requests.transition(id, 'approved', approved.version, 'applying', {
          applyingOwner: owner,
          applyingLeaseUntil: new Date(Date.now() + 600_000).toISOString(),
          preApply: await harness.readHandling(),
          updatedAt: new Date().toISOString(),
        });
        expect(claimed).toBeDefined();
        ids.push(id);
      }
      const untouched = await Promise.all(ids.map((id) => stores.requests.get(id)));

      expect(await restarted(database()).workflow.recoverInterrupted()).toEqual([]);

      expect(await Promise.all(ids.map((id) => stores.requests.get(id)))).toEqual(untouched);
    });
  },
  { freshForEachTest: true },
);
