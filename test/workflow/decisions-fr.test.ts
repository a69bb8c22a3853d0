import { expect, it } from 'vitest';
import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy, TEST_NOW, useWorkflowHarness } from '../support/workflow-harness.ts';

/**
 * The French twin of the decisions: every outcome a person reads after approving, rejecting,
 * cancelling, undoing or re-planning a request is said in French too, with French typography
 * and the French command words (« demandes », « refuser 12 », « replanifier 12 »).
 */

const harness = useWorkflowHarness();
const DAY = 24 * 3_600_000;

describeEachDatabase(
  'deciding on a request, in French',
  (database) => {
    it('says an approval counted, a second approval by the same person, a self-approval and an approver the policy refuses', async () => {
      const { workflow } = harness.workflow(database(), { policy: teamPolicy({ approvalsRequired: 2 }) });
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      expect((await workflow.approve(id, { id: 'bob' })).message.fr).toBe(`Approbation 1 sur 2 enregistrée pour la demande ${id}.`);
      expect((await workflow.approve(id, { id: 'bob' })).message.fr).toBe(`Vous avez déjà approuvé la demande ${id}${NARROW}; il lui faut 2 approbations en tout.`);
      expect((await workflow.approve(id, { id: 'mallory' })).message.fr).toBe(
        `mallory ne peut pas approuver de modifications${NARROW}; les approbateurs sont définis dans SWITCHBOARD_APPROVERS.`,
      );
      const own = (await harness.request(workflow, 'bob', 'route to voicemail on Dec 26')).request!.id;
      expect((await workflow.approve(own, { id: 'bob' })).message.fr).toBe(
        `Vous avez fait la demande ${own}${NBSP}: quelqu'un d'autre doit donc l'approuver (SWITCHBOARD_ALLOW_SELF_APPROVAL est désactivé).`,
      );
    });

    it('says a rejection with its reason as typed, and tells a late approver who rejected it', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      const rejected = await workflow.reject(id, { id: 'carol' }, 'too risky before the holidays');
      expect(rejected.message.fr).toBe(`La demande ${id} a été refusée par carol${NBSP}: too risky before the holidays`);
      const late = await workflow.approve(id, { id: 'bob' });
      expect(late.code).toBe('already-decided');
      expect(late.message.fr).toMatch(new RegExp(`^La demande ${id} a été refusée par carol le .+ 2026, \\d+ h \\d\\d \\(UTC\\)${NBSP}: too risky before the holidays$`));
      expect((await workflow.reject(id, { id: 'mallory' })).message.fr).toContain('mallory ne peut pas refuser de modifications');
    });

    it('says a cancellation, and refuses to cancel someone else\'s request naming « refuser »', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      expect((await workflow.cancel(id, { id: 'bob' })).message.fr).toBe(
        `Seule la personne qui a fait la demande ${id}, alice, peut l'annuler${NARROW}; les approbateurs peuvent «${NBSP}refuser ${id}${NBSP}».`,
      );
      expect((await workflow.cancel(id, { id: 'alice' })).message.fr).toBe(`La demande ${id} a été annulée par alice.`);
      // The audit entry keeps its English summary, and says it in French beside it.
      const entry = (await database().stores.audit.latest(1))[0]!;
      expect(entry.summary).toBe(`Request ${id} was cancelled by alice.`);
      expect(entry.saidSummary).toEqual({ en: `Request ${id} was cancelled by alice.`, fr: `La demande ${id} a été annulée par alice.` });
    });

    it('says an expiry with the instant in French', async () => {
      let now = new Date('2026-11-25T17:00:00Z');
      const { workflow } = harness.workflow(database(), { clock: () => now });
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      now = new Date(now.getTime() + DAY + 1);
      const outcome = await workflow.approve(id, { id: 'bob' });
      expect(outcome.code).toBe('expired');
      expect(outcome.message.fr).toBe(`La demande ${id} a expiré le jeu. 26 nov. 2026, 17 h 00 (UTC) sans assez d'approbations${NARROW}; rien n'a changé.`);
    });

    it('answers an unknown id with the French command words, and a reader the policy refuses', async () => {
      const { workflow } = harness.workflow(database());
      expect((await workflow.approve(424242, { id: 'bob' })).message.fr).toBe(
        `Il n'y a pas de demande 424242${NARROW}; «${NBSP}demandes${NBSP}» liste celles en attente et «${NBSP}historique${NBSP}» les modifications récentes.`,
      );
      const refused = await workflow.pending({ id: 'mallory' });
      expect(refused.ok ? undefined : refused.message.fr).toMatch(/^mallory ne peut pas consulter la gestion des appels/);
      expect((await harness.request(workflow, 'mallory', 'route to voicemail on Dec 25')).message.fr).toContain('mallory ne peut pas demander de modifications');
    });

    it('says an applied change, its undo, and why a request that was not applied cannot be undone', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      expect((await workflow.approve(id, { id: 'bob' })).message.fr).toBe(`La demande ${id} est appliquée. 1 opération appliquée.`);
      const undo = await workflow.undo(id, { id: 'alice' }, await harness.readHandling());
      expect(undo.message.fr).toBe(`demande ${undo.request!.id} en attente d'approbation`);
      const notUndoable = await workflow.undo(undo.request!.id, { id: 'alice' }, await harness.readHandling());
      expect(notUndoable.message.fr).toBe(`La demande ${undo.request!.id} est en attente d'approbation${NARROW}; seule une modification appliquée peut être défaite.`);
      const notReplannable = await workflow.replan(id, { id: 'alice' }, await harness.readHandling(), TEST_NOW);
      expect(notReplannable.message.fr).toBe(`La demande ${id} est appliquée${NARROW}; seule une demande périmée ou en échec peut être planifiée de nouveau.`);
    });

    it('says a stale request in French, pointing to « replanifier »', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'disable rule VIP callers')).request!.id;
      await harness.editBehindTheBack((handling) => ({
        ...handling,
        customRules: handling.customRules.map((rule) => (rule.name === 'VIP callers' ? { ...rule, name: 'VIP customers' } : rule)),
      }));
      const outcome = await workflow.approve(id, { id: 'bob' });
      expect(outcome.code).toBe('stale');
      expect(outcome.message.fr).toMatch(new RegExp(`^La demande ${id} est périmée${NBSP}: depuis qu'elle a été faite, quelqu'un a modifié .*VIP customers.*\\. Rien n'a été appliqué`));
      expect(outcome.message.fr).toContain(`«${NBSP}replanifier ${id}${NBSP}»`);
      const again = await workflow.approve(id, { id: 'carol' });
      expect(again.message.fr).toContain(`La demande ${id} est périmée`);
    });

    it('says a failed apply in French: the step RingCentral refused, and that nothing changed', async () => {
      const { workflow } = harness.workflow(database());
      const requested = await harness.request(workflow, 'alice', 'hours Mon-Fri 8-6');
      await harness.setFaults([{ method: 'PUT', path: '/business-hours', drop: true }]);
      const outcome = await workflow.approve(requested.request!.id, { id: 'bob' });
      expect(outcome.code).toBe('failed');
      expect(outcome.message.fr).toMatch(new RegExp(`^La demande ${requested.request!.id} a échoué${NBSP}: RingCentral a refusé l'étape 1 sur 1 \\(.*\\)${NARROW}; rien n'a changé\\.$`));
    });

    it('says in French that RingCentral could not be read before applying', async () => {
      const { workflow } = harness.workflow(database());
      const id = (await harness.request(workflow, 'alice', 'route to voicemail on Dec 25')).request!.id;
      await harness.setFaults([{ method: 'GET', path: '/answering-rule', status: 503, times: 10 }]);
      const outcome = await workflow.approve(id, { id: 'bob' });
      expect(outcome.message.fr).toMatch(new RegExp(`^Impossible de lire RingCentral avant d'appliquer${NBSP}: .* Rien n'a changé\\.$`));
    });
  },
  { freshForEachTest: true },
);
