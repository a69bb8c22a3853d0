import { DateTime } from 'luxon';
import { expect, it } from 'vitest';
import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { parseCommand, type ChangeIntent } from '../../src/language/index.ts';
import { DRAFT_TTL_MS, type ChangeWorkflow } from '../../src/workflow/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { useWorkflowHarness } from '../support/workflow-harness.ts';

/** The French twin of drafts.test.ts: why a preview could not be requested, in French. */

const harness = useWorkflowHarness();
const ALICE = { id: 'alice' };

/** Previews a command as alice at `now` (US/Eastern, the demo company's zone); returns the draft id. */
async function preview(workflow: ChangeWorkflow, now: DateTime, text: string): Promise<string> {
  const handling = await harness.readHandling();
  const parsed = parseCommand(text, { ...handling, now });
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.code}`);
  const drafted = await workflow.draftChange({ text, intent: parsed.intent as ChangeIntent, author: ALICE, handling, at: now });
  if (!drafted.ok || drafted.draftId === undefined) throw new Error(`"${text}" previewed no change`);
  return drafted.draftId;
}

describeEachDatabase(
  'requesting a preview, in French',
  (database) => {
    it('says a preview is unknown, someone else\'s, expired or already requested', async () => {
      let now = DateTime.fromISO('2026-11-25T12:00', { zone: 'US/Eastern' });
      const { workflow } = harness.workflow(database(), { clock: () => now.toJSDate() });
      const draftId = await preview(workflow, now, 'route to voicemail on Dec 25');
      expect((await workflow.requestDraft('', ALICE)).message.fr).toBe(`Switchboard ne connaît pas cet aperçu${NARROW}; relancez la commande pour prévisualiser la modification.`);
      expect((await workflow.requestDraft(draftId, { id: 'bob' })).message.fr).toBe(
        `Cet aperçu appartient à alice${NARROW}; lancez la commande vous-même pour prévisualiser et demander la modification.`,
      );
      const requested = await preview(workflow, now, 'route to voicemail on Dec 26');
      expect((await workflow.requestDraft(requested, ALICE)).code).toBe('pending');
      expect((await workflow.requestDraft(requested, ALICE)).message.fr).toBe(
        `Cet aperçu a déjà été demandé${NARROW}; «${NBSP}demandes${NBSP}» liste ce qui attend une approbation.`,
      );
      now = now.plus({ minutes: DRAFT_TTL_MS / 60_000 + 1 });
      expect((await workflow.requestDraft(draftId, ALICE)).message.fr).toBe(
        `Cet aperçu a expiré à 12 h 15 (un aperçu dure 15 minutes)${NARROW}; relancez la commande pour voir la modification telle qu'elle serait maintenant.`,
      );
    });

    it('says in French what someone changed in RingCentral since the preview, and offers the new one', async () => {
      const now = DateTime.fromISO('2026-11-25T12:00', { zone: 'US/Eastern' });
      const { workflow } = harness.workflow(database(), { clock: () => now.toJSDate() });
      const draftId = await preview(workflow, now, 'disable rule VIP callers');
      await harness.editBehindTheBack((handling) => ({
        ...handling,
        customRules: handling.customRules.map((rule) => (rule.name === 'VIP callers' ? { ...rule, callers: [{ callerId: '+16505550123' }] } : rule)),
      }));
      const outcome = await workflow.requestDraft(draftId, ALICE);
      expect(outcome.code).toBe('draft-changed');
      expect(outcome.message.fr).toBe(
        `Depuis cet aperçu, quelqu'un a modifié la règle «${NBSP}VIP callers${NBSP}» dans RingCentral. Rien n'a été demandé${NARROW}; voici la modification telle qu'elle serait maintenant.`,
      );
    });
  },
  { freshForEachTest: true },
);
