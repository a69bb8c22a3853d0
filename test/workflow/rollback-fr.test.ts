import { expect, it } from 'vitest';
import { planChanges, type CallHandling } from '../../src/callflow/index.ts';
import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { fingerprintCallHandling } from '../../src/workflow/index.ts';
import { openRequest } from '../../src/workflow/open-request.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { useWorkflowHarness, type WorkflowHarness } from '../support/workflow-harness.ts';

/** The French twin of the rollbacks in stale-and-rollback.test.ts: what a failure half-way did, in French. */

const harness = useWorkflowHarness();

/** A change of three writes (business hours, the after-hours destination, a new rule), pending approval. */
async function requestTwoSteps(workflow: ReturnType<WorkflowHarness['workflow']>): Promise<number> {
  const before = await harness.readHandling();
  const holidayMessage = before.extensions.find((extension) => extension.name === 'Holiday Message')!;
  const intended: CallHandling = {
    ...before,
    businessHours: { monday: [{ from: 480, to: 1080 }], tuesday: [{ from: 480, to: 1080 }] },
    afterHoursDestination: { kind: 'extension', extensionId: holidayMessage.id },
  };
  const outcome = await openRequest(workflow.context, {
    commandText: 'two-step change',
    requester: 'alice',
    intent: { kind: 'set-business-hours', businessHours: intended.businessHours },
    plan: planChanges(before, intended),
    changes: [],
    warnings: [],
    before,
    fingerprint: fingerprintCallHandling(before),
    intended,
  });
  return outcome.request!.id;
}

describeEachDatabase(
  'rolling back, in French',
  (database) => {
    it('says in French that the steps already done were rolled back', async () => {
      const harnessed = harness.workflow(database());
      const id = await requestTwoSteps(harnessed);
      await harness.setFaults([{ method: 'PUT', path: '/after-hours-rule', status: 500, errorCode: 'CMN-101', times: 5 }]);
      const outcome = await harnessed.workflow.approve(id, { id: 'bob' });
      expect(outcome.code).toBe('failed');
      expect(outcome.message.fr).toMatch(
        new RegExp(`^La demande ${id} a échoué${NBSP}: RingCentral a refusé l'étape 2 sur 2 \\(.*\\)\\. Les étapes déjà faites ont été défaites \\(1 opération\\)${NBSP}: rien n'a donc changé\\.$`),
      );
      // The audit entry and the requester's message carry the same summary in both languages.
      const entry = (await database().stores.audit.latest(1))[0]!;
      expect(entry.saidSummary?.fr).toMatch(/^RingCentral a refusé l'étape 2 sur 2/);
      expect(entry.summary).toBe(entry.saidSummary?.en);
      const toRequester = (await database().stores.outbox.due('2999-01-01T00:00:00Z', 100)).find((message) => message.kind === 'request-failed' && message.recipient === 'user:alice');
      expect((toRequester?.payload as { summary: unknown }).summary).toEqual(entry.saidSummary);
    });

    it('says in French exactly what is live when the rollback fails too', async () => {
      const harnessed = harness.workflow(database());
      const id = await requestTwoSteps(harnessed);
      await harness.setFaults([
        { method: 'PUT', path: '/after-hours-rule', status: 500, times: 5 },
        { method: 'PUT', path: '/business-hours', skip: 1, status: 503, times: 5 },
      ]);
      const outcome = await harnessed.workflow.approve(id, { id: 'bob' });
      expect(outcome.message.fr).toContain('Le retour en arrière a échoué aussi (');
      expect(outcome.message.fr).toMatch(new RegExp(`En place maintenant, par rapport à avant${NBSP}: [^${NARROW}]*heures d'ouverture`, 'i'));
    });
  },
  { freshForEachTest: true },
);
