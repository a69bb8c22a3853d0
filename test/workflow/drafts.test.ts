import { DateTime } from 'luxon';
import { expect, it } from 'vitest';
import { parseCommand, type ChangeIntent } from '../../src/language/index.ts';
import { DRAFT_TTL_MS, type ChangeWorkflow } from '../../src/workflow/index.ts';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';
import { useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();
const ALICE = { id: 'alice' };

/** A workflow whose clock a test moves, starting at `start` (an instant in US/Eastern, the demo company's zone). */
function clockedWorkflow(database: TestDatabase, start: string) {
  let now = DateTime.fromISO(start, { zone: 'US/Eastern' });
  const { workflow } = harness.workflow(database, { clock: () => now.toJSDate() });
  return { workflow, now: () => now, advance: (minutes: number) => (now = now.plus({ minutes })) };
}

/** Previews a command as `author` at the workflow's now, as every adapter does; returns the draft id. */
async function preview(workflow: ChangeWorkflow, now: DateTime, text: string, author = ALICE): Promise<string> {
  const handling = await harness.readHandling();
  const parsed = parseCommand(text, { ...handling, now });
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.code}`);
  const drafted = await workflow.draftChange({ text, intent: parsed.intent as ChangeIntent, author, handling, at: now });
  if (!drafted.ok || drafted.draftId === undefined) throw new Error(`"${text}" previewed no change`);
  return drafted.draftId;
}

describeEachDatabase(
  'requesting exactly what was previewed',
  (database) => {
    const requestCount = async () => (await database().stores.requests.list({ limit: 1000 })).length;

    it('requests the previewed day: "tomorrow" read at 23:58 and clicked at 00:02 is still the day after the preview', async () => {
      const clock = clockedWorkflow(database(), '2026-12-23T23:58');
      const draftId = await preview(clock.workflow, clock.now(), 'route to voicemail tomorrow');
      clock.advance(4);
      expect(clock.now().toISODate()).toBe('2026-12-24');

      const outcome = await clock.workflow.requestDraft(draftId, ALICE);

      expect(outcome.code).toBe('pending');
      const rule = outcome.request!.intended.customRules.find((candidate) => !outcome.request!.before.customRules.some((old) => old.id === candidate.id));
      expect(rule?.schedule).toEqual({ kind: 'dates', ranges: [{ from: expect.stringMatching(/^2026-12-24T00:00/), to: expect.stringMatching(/^2026-12-25T00:00/) }] });
      expect(outcome.request!.changes.map((change) => change.text.en).join(' ')).toContain('Dec 24');
      expect(outcome.request!.changes.map((change) => change.text.en).join(' ')).not.toContain('Dec 25');
    });

    it('refuses a draft whose rule someone changed in RingCentral, requests nothing, and offers the new preview', async () => {
      const clock = clockedWorkflow(database(), '2026-11-25T12:00');
      const draftId = await preview(clock.workflow, clock.now(), 'disable rule VIP callers');
      await harness.editBehindTheBack((handling) => ({
        ...handling,
        customRules: handling.customRules.map((rule) => (rule.name === 'VIP callers' ? { ...rule, callers: [{ callerId: '+16505550123' }] } : rule)),
      }));
      const stateAfterEdit = await harness.emulatorState();

      const outcome = await clock.workflow.requestDraft(draftId, ALICE);

      expect(outcome.code).toBe('draft-changed');
      expect(outcome.message.en).toMatch(/^Since this preview, someone changed rule "VIP callers" in RingCentral\. Nothing was requested; here is the change as it would be now\.$/);
      expect(await requestCount()).toBe(0);
      expect(await harness.emulatorState()).toEqual(stateAfterEdit);
      const redraft = outcome.redraft!;
      expect(redraft.commandText).toBe('disable rule VIP callers');
      expect(redraft.preview.changes.map((change) => change.text.en).join(' ')).toMatch(/VIP callers/);
      // The new preview is a draft of its own, made against what is live now, and it can be requested.
      const again = await clock.workflow.requestDraft(redraft.preview.draftId!, ALICE);
      expect(again.code).toBe('pending');
      expect(again.request!.before.customRules.find((rule) => rule.name === 'VIP callers')?.callers.map((caller) => caller.callerId)).toEqual(['16505550123']);
    });

    it('requests a draft when what changed meanwhile is something it does not touch', async () => {
      const clock = clockedWorkflow(database(), '2026-11-25T12:00');
      const draftId = await preview(clock.workflow, clock.now(), 'disable rule VIP callers');
      await harness.editBehindTheBack((handling) => ({ ...handling, businessHours: { monday: [{ from: 600, to: 960 }] } }));
      expect((await clock.workflow.requestDraft(draftId, ALICE)).code).toBe('pending');
    });

    it('answers a tampered, foreign, expired or already requested draft in one line, and requests nothing', async () => {
      const clock = clockedWorkflow(database(), '2026-11-25T12:00');
      const draftId = await preview(clock.workflow, clock.now(), 'route to voicemail on Dec 25');
      const outcomes = [
        await clock.workflow.requestDraft(`${draftId.slice(0, -1)}${draftId.endsWith('A') ? 'B' : 'A'}`, ALICE),
        await clock.workflow.requestDraft('', ALICE),
        await clock.workflow.requestDraft(draftId, { id: 'bob' }),
      ];
      expect(outcomes.map((outcome) => outcome.code)).toEqual(['not-found', 'not-found', 'not-allowed']);
      expect(outcomes[0]!.message.en).toBe('This preview is not one Switchboard knows; run the command again to preview the change.');
      expect(outcomes[2]!.message.en).toBe('This preview belongs to alice; run the command yourself to preview and request the change.');
      expect(await requestCount()).toBe(0);

      clock.advance(DRAFT_TTL_MS / 60_000 + 1);
      const expired = await clock.workflow.requestDraft(draftId, ALICE);
      expect(expired).toMatchObject({ code: 'expired', message: { en: 'This preview expired at 12:15 (previews last 15 minutes); run the command again to see the change as it would be now.' } });
      expect(await requestCount()).toBe(0);

      const fresh = await preview(clock.workflow, clock.now(), 'route to voicemail on Dec 25');
      const [first, second] = await Promise.all([clock.workflow.requestDraft(fresh, ALICE), clock.workflow.requestDraft(fresh, ALICE)]);
      expect([first!.code, second!.code].sort()).toEqual(['already-decided', 'pending']);
      expect(await requestCount()).toBe(1);
      for (const outcome of [...outcomes, expired]) expect(outcome.message.en).not.toContain('\n');
    });

    it('refuses someone who may not request changes before looking the draft up', async () => {
      const clock = clockedWorkflow(database(), '2026-11-25T12:00');
      const draftId = await preview(clock.workflow, clock.now(), 'route to voicemail on Dec 25', { id: 'mallory' });
      const outcome = await clock.workflow.requestDraft(draftId, { id: 'mallory' });
      expect(outcome).toMatchObject({ code: 'not-allowed', message: { en: expect.stringMatching(/^mallory may not request changes/) } });
      expect(await requestCount()).toBe(0);
    });
  },
  { freshForEachTest: true },
);
