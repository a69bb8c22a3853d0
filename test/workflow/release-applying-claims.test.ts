import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';
import { useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();

/** Waits until the request is applying with its writes under way (the state read before them kept). */
async function untilWriting(database: TestDatabase, id: number): Promise<void> {
  for (;;) {
    const request = await database.stores.requests.get(id);
    if (request?.status === 'applying' && request.preApply !== undefined) return;
    await sleep(20);
  }
}

describeEachDatabase('releaseApplyingClaims', (database) => {
  it('lets another process settle at once a request this one gave up applying, audited once', async () => {
    // Two processes on other hosts: only the claim's lease tells whether the applier is gone.
    const a = harness.workflow(database(), { owner: 'replica-a:101' });
    const b = harness.workflow(database(), { owner: 'replica-b:202' });
    const asked = await harness.request(a.workflow, 'alice', 'route to voicemail on Dec 25');
    const id = asked.request!.id;
    await harness.setFaults([{ method: 'POST', path: '/answering-rule', latencyMs: 1_000 }]);
    const approving = a.workflow.approve(id, { id: 'bob' });
    await untilWriting(database(), id);

    // While A's claim lasts, B leaves the request alone and cannot end the claim.
    expect(await b.workflow.recoverInterrupted()).toEqual([]);
    expect(await b.workflow.releaseApplyingClaims()).toBe(0);

    expect(await a.workflow.releaseApplyingClaims()).toBe(1);
    // A's write lands, but its own ending of the request is refused: B settles it, once.
    await approving;
    expect(await b.workflow.recoverInterrupted()).toEqual([expect.stringContaining('every change had reached RingCentral, so it is applied')]);

    expect(await database().stores.requests.get(id)).toMatchObject({ status: 'applied' });
    const entries = (await database().stores.audit.latest(20)).filter((entry) => entry.requestId === id);
    expect(entries.map((entry) => entry.event)).toEqual(['recovered']);
  });
}, { freshForEachTest: true });
