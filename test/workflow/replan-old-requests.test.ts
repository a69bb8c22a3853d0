import { expect, it } from 'vitest';
import { isClosureRule, type DateRange } from '../../src/callflow/index.ts';
import { CLOSE_INTENT_V1, HOLIDAYS_INTENT_V1, versionOneRow } from '../store/change-request-fixture.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { TEST_NOW, useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();
const CHRISTMAS = HOLIDAYS_INTENT_V1.holidays[0]!.range;

/** A range as epoch milliseconds: RingCentral gives ranges back in UTC, not in the offset they were sent with. */
function instants(range: DateRange): readonly [number, number] {
  return [Date.parse(range.from), Date.parse(range.to)];
}

/**
 * Requests stored before rows had a schema version hold the command language's Intent of the time,
 * extra fields and all. A stale one must still be planned again after the language has moved on.
 */
describeEachDatabase(
  're-planning a request stored at schema version 1',
  (database) => {
    it.each([
      ['holidays US 2026', HOLIDAYS_INTENT_V1, { kind: 'holidays', proposedName: 'Holidays US 2026', holidays: [{ range: CHRISTMAS }] }, CHRISTMAS],
      ['close until 6pm', CLOSE_INTENT_V1, { kind: 'close', range: CLOSE_INTENT_V1.range }, CLOSE_INTENT_V1.range],
    ])('plans a stale "%s" again, and the new request applies', async (commandText, stored, asked, range) => {
      const { workflow } = harness.workflow(database());
      const row = versionOneRow(stored, { commandText, requester: 'alice', status: 'stale' });
      const id = Number((await database().db.insertInto('change_requests').values(row).returning('id').executeTakeFirstOrThrow()).id);

      const replanned = await workflow.replan(id, { id: 'alice' }, await harness.readHandling(), TEST_NOW);
      expect(replanned.code, replanned.message.en).toBe('pending');
      expect(replanned.request).toMatchObject({ replanOf: id, commandText });
      expect(replanned.request?.intent).toEqual(asked);
      expect((await workflow.approve(replanned.request!.id, { id: 'bob' })).code).toBe('applied');

      const added = (await harness.readHandling()).customRules.filter((rule) => rule.name === 'Holidays US 2026' || isClosureRule(rule));
      expect(added.map((rule) => rule.schedule.kind === 'dates' && rule.schedule.ranges.map(instants))).toEqual([[instants(range)]]);
    });
  },
  { freshForEachTest: true },
);
