import { expect, it } from 'vitest';
import { changedParts } from '../../src/callflow/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { TEST_NOW, useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();

/**
 * The emulator state with two differences RingCentral does not act on removed: an empty list
 * stored after Switchboard cleared it ("calledNumbers": [] versus no key, since a rule update
 * sends every field it owns), and a queue's fixed order kept while it rings another way.
 */
function meaningful(state: unknown): unknown {
  return JSON.parse(JSON.stringify(state), (key, value: unknown) => {
    if (Array.isArray(value) && value.length === 0 && (key === 'calledNumbers' || key === 'callers')) return undefined;
    if (key === 'queue' && typeof value === 'object' && value !== null && (value as { transferMode?: string }).transferMode !== 'FixedOrder') {
      const { fixedOrderAgents: _ignored, ...rest } = value as Record<string, unknown>;
      return rest;
    }
    return value;
  });
}

/** Commands of every kind of write, each undone on its own. */
const COMMANDS = [
  'route to voicemail on Dec 25',
  'hours Mon-Fri 8-6',
  'hours 24/7',
  'route after hours to greeting',
  'route to Bob',
  'disable rule VIP callers',
  'dial 0 to nothing in Main Menu',
  'ring Support Queue in order',
];

describeEachDatabase(
  'undo',
  (database) => {
    it.each(COMMANDS)('puts RingCentral back exactly as it was before "%s"', async (command) => {
      const { workflow } = harness.workflow(database());
      const stateBefore = await harness.emulatorState();
      const requested = await harness.request(workflow, 'alice', command);
      expect(requested.code, requested.message.en).toBe('pending');
      expect((await workflow.approve(requested.request!.id, { id: 'bob' })).code).toBe('applied');
      expect(meaningful(await harness.emulatorState())).not.toEqual(meaningful(stateBefore));
      // The state recorded as applied (worked out, not read back) is what RingCentral holds.
      const recorded = (await database().stores.requests.get(requested.request!.id))?.applied;
      expect(recorded && [...changedParts(recorded, await harness.readHandling())]).toEqual([]);

      const undo = await workflow.undo(requested.request!.id, { id: 'alice' }, await harness.readHandling());
      expect(undo.code).toBe('pending');
      expect(undo.request?.undoOf).toBe(requested.request!.id);
      // An undo is a change like any other: approved, applied and audited.
      expect((await workflow.approve(undo.request!.id, { id: 'carol' })).code).toBe('applied');

      expect(meaningful(await harness.emulatorState())).toEqual(meaningful(stateBefore));
      const events = (await database().stores.audit.latest(2)).map((entry) => `${entry.event} ${entry.commandText}`);
      expect(events).toEqual([`applied undo ${requested.request!.id}`, `applied ${command}`]);
    });

    it('brings a deleted rule back with its content and place (RingCentral gives it a new id)', async () => {
      const { workflow } = harness.workflow(database());
      const before = await harness.readHandling();
      const id = (await harness.request(workflow, 'alice', 'delete rule VIP callers')).request!.id;
      await workflow.approve(id, { id: 'bob' });
      const undo = await workflow.undo(id, { id: 'alice' }, await harness.readHandling());
      await workflow.approve(undo.request!.id, { id: 'bob' });
      const after = await harness.readHandling();
      const withoutIds = (rules: typeof after.customRules) => rules.map(({ id: _id, ...content }) => content);
      expect(withoutIds(after.customRules)).toEqual(withoutIds(before.customRules));
    });

    it('undoes only what the change touched, keeping later changes to other things', async () => {
      const { workflow } = harness.workflow(database());
      const first = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      await workflow.approve(first, { id: 'bob' });
      const second = (await harness.request(workflow, 'alice', 'hours Mon-Fri 8-6')).request!.id;
      await workflow.approve(second, { id: 'bob' });
      const undo = await workflow.undo(first, { id: 'alice' }, await harness.readHandling());
      await workflow.approve(undo.request!.id, { id: 'bob' });
      const handling = await harness.readHandling();
      expect(handling.customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(false);
      expect(handling.businessHours.monday).toEqual([{ from: 480, to: 1080 }]);
    });

    it('plans an undo again each time it goes stale, and it still puts back what the change touched', async () => {
      const { workflow } = harness.workflow(database());
      const applyHours = async (text: string): Promise<void> => {
        const id = (await harness.request(workflow, 'alice', text)).request!.id;
        expect((await workflow.approve(id, { id: 'bob' })).code).toBe('applied');
      };
      const hoursBefore = (await harness.readHandling()).businessHours;
      const changed = (await harness.request(workflow, 'alice', 'hours Mon-Fri 8-6')).request!.id;
      await workflow.approve(changed, { id: 'bob' });

      let undo = (await workflow.undo(changed, { id: 'alice' }, await harness.readHandling())).request!;
      for (const meanwhile of ['hours Mon-Fri 10-4', 'hours Mon-Fri 7-3']) {
        await applyHours(meanwhile);
        expect((await workflow.approve(undo.id, { id: 'bob' })).code).toBe('stale');
        const replanned = await workflow.replan(undo.id, { id: 'alice' }, await harness.readHandling(), TEST_NOW);
        expect(replanned.code, replanned.message.en).toBe('pending');
        undo = replanned.request!;
      }
      expect((await workflow.approve(undo.id, { id: 'bob' })).code).toBe('applied');

      expect((await harness.readHandling()).businessHours).toEqual(hoursBefore);
    });

    it('refuses to undo a request that was not applied', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      const outcome = await workflow.undo(id, { id: 'alice' }, await harness.readHandling());
      expect(outcome.code).toBe('not-undoable');
      expect(outcome.message.en).toContain('only an applied change can be undone');
    });
  },
  { freshForEachTest: true },
);
