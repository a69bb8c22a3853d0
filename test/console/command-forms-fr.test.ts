import { describe, expect, it } from 'vitest';
import { customRuleSends, FRENCH_GREETING as GREETING, idOf, useCommandForms } from './support/command-forms-harness.ts';

/**
 * The French twin of every case in command-forms.test.ts: the same change typed in French with
 * SWITCHBOARD_LANGUAGE=fr, applied with --yes on a fresh demo company at Wed Nov 25, 2026 12:00
 * US/Eastern, then probed with `tester <moment>` at the same instants. `tester` answers in French,
 * so each destination is the English file's sentence in French (`Main Voicemail (poste 300)`); a
 * rule the French reading names is named in French, and that name is asserted too. DST days and year ends are in
 * command-forms-fr-calendar-edges.test.ts.
 */

const { emulatorState, speaking } = useCommandForms('forms-fr');
const { apply, probe, run } = speaking('fr');

describe('French command forms, applied and probed', () => {
  it('envoyer vers Bob: business hours go to Bob, after hours unchanged', async () => {
    await apply('envoyer vers Bob');
    expect(await probe('1 déc. 8 h 59')).toContain('Main Voicemail (poste 300)');
    expect(await probe('1 déc. 10 h')).toContain('Bob Smith (poste 102)');
    expect(await probe('1 déc. 16 h 59')).toContain('Bob Smith (poste 102)');
    expect(await probe('1 déc. 17 h')).toContain('Main Voicemail (poste 300)');
  });

  it('envoyer vers Holiday Message en dehors des heures', async () => {
    await apply('envoyer vers Holiday Message en dehors des heures');
    expect(await probe('1 déc. 8 h 59')).toContain('Holiday Message (poste 400)');
    expect(await probe('1 déc. 10 h')).toContain(GREETING);
    expect(await probe('1 déc. 17 h')).toContain('Holiday Message (poste 400)');
    expect(await probe('29 nov. 3 h')).toContain('Holiday Message (poste 400)');
  });

  it('envoyer vers la messagerie du 24 déc. 17 h au 26 déc. 9 h', async () => {
    await apply('envoyer vers la messagerie du 24 déc. 17 h au 26 déc. 9 h');
    const rule = customRuleSends('24 déc. 17 h–26 déc. 9 h', 'Main Voicemail (poste 300)');
    expect(await probe('24 déc. 16 h 59')).toContain(GREETING);
    expect(await probe('24 déc. 17 h')).toContain(rule);
    expect(await probe('25 déc. 10 h')).toContain(rule);
    expect(await probe('26 déc. 8 h 59')).toContain(rule);
    expect(await probe('26 déc. 9 h')).not.toContain('règle personnalisée');
    expect(await probe('28 déc. 10 h')).toContain(GREETING);
  });

  it("envoyer vers l'annonce le 31 déc. de 12 h à 17 h", async () => {
    await apply("envoyer vers l'annonce le 31 déc. de 12 h à 17 h");
    const rule = customRuleSends('31 déc. 2026 12 h–17 h', 'Holiday Message (poste 400)');
    expect(await probe('31 déc. 11 h 59')).toContain(GREETING);
    expect(await probe('31 déc. 12 h')).toContain(rule);
    expect(await probe('31 déc. 16 h 59')).toContain(rule);
    expect(await probe('31 déc. 17 h')).toContain('Main Voicemail (poste 300)');
    expect(await probe('30 déc. 13 h')).toContain(GREETING);
  });

  it('envoyer vers Sales Queue les jours de semaine 12 h-13 h', async () => {
    await apply('envoyer vers Sales Queue les jours de semaine 12 h-13 h');
    const rule = customRuleSends('Jours de semaine 12 h–13 h', 'Sales Queue (poste 201)');
    expect(await probe('1 déc. 11 h 59')).toContain(GREETING);
    expect(await probe('1 déc. 12 h 30')).toContain(rule);
    expect(await probe('4 déc. 12 h')).toContain(rule);
    expect(await probe('1 déc. 13 h')).toContain(GREETING);
    expect(await probe('5 déc. 12 h 30')).toContain('Main Voicemail (poste 300)');
  });

  it('envoyer vers Front Desk tous les samedis', async () => {
    await apply('envoyer vers Front Desk tous les samedis');
    const rule = customRuleSends('Samedis', 'Front Desk (poste 500)');
    expect(await probe('27 nov. 10 h')).toContain(GREETING);
    expect(await probe('28 nov. 0 h')).toContain(rule);
    expect(await probe('28 nov. 10 h')).toContain(rule);
    expect(await probe('28 nov. 23 h 59')).toContain(rule);
    expect(await probe('29 nov. 10 h')).toContain('Main Voicemail (poste 300)');
    expect(await probe('30 nov. 10 h')).toContain(GREETING);
  });

  it("envoyer vers la messagerie maintenant jusqu'à 15 h", async () => {
    await apply("envoyer vers la messagerie maintenant jusqu'à 15 h");
    const rule = customRuleSends("Jusqu'au 25 nov. 15 h", 'Main Voicemail (poste 300)');
    expect(await probe('25 nov. 11 h 59')).toContain(GREETING);
    expect(await probe('25 nov. 12 h')).toContain(rule);
    expect(await probe('25 nov. 14 h 59')).toContain(rule);
    expect(await probe('25 nov. 15 h')).toContain(GREETING);
  });

  it('envoyer vers la messagerie pendant 2 heures', async () => {
    await apply('envoyer vers la messagerie pendant 2 heures');
    const rule = customRuleSends("Jusqu'au 25 nov. 14 h", 'Main Voicemail (poste 300)');
    expect(await probe('25 nov. 11 h 59')).toContain(GREETING);
    expect(await probe('25 nov. 13 h 59')).toContain(rule);
    expect(await probe('25 nov. 14 h')).toContain(GREETING);
  });

  it('envoyer vers Alice quand le +1 212 555 appelle: only that caller prefix, at any time', async () => {
    await apply('envoyer vers Alice quand le +1 212 555 appelle');
    const rule = customRuleSends('Appels de +1212555', 'Alice Jones (poste 101)');
    expect(await probe('1 déc. 10 h', '+12125550199')).toContain(rule);
    expect(await probe('1 déc. 22 h', '+12125550199')).toContain(rule);
    expect(await probe('1 déc. 10 h', '+13125550199')).toContain(GREETING);
    expect(await probe('1 déc. 10 h')).toContain(GREETING);
  });

  it("envoyer vers l'accueil puis raccrocher le 25 déc.", async () => {
    await apply("envoyer vers l'accueil puis raccrocher le 25 déc.");
    expect(await probe('24 déc. 10 h')).toContain(GREETING);
    const inside = await probe('25 déc. 10 h');
    expect(inside).toContain(customRuleSends('25 déc. 2026', "l'accueil de l'entreprise, puis la fin de l'appel"));
    expect(await probe('25 déc. 23 h 59')).toContain(customRuleSends('25 déc. 2026', "l'accueil de l'entreprise, puis la fin de l'appel"));
    expect(await probe('28 déc. 10 h')).toContain(GREETING);
  });

  it('envoyer vers le menu principal le 1er janv.', async () => {
    await apply('envoyer vers le menu principal le 1er janv.');
    const rule = customRuleSends('1er janv. 2027', 'Main Menu (poste 600)');
    expect(await probe('31 déc. 10 h')).toContain(GREETING);
    expect(await probe('1er janv. 0 h')).toContain(rule);
    expect(await probe('1er janv. 10 h')).toContain(rule);
    expect(await probe('4 janv. 10 h')).toContain(GREETING);
  });

  it('heures 24 h/24, 7 j/7: after hours no longer exists', async () => {
    await apply('heures 24 h/24, 7 j/7');
    const open247 = "La règle des heures d'ouverture (ouvert 24 h/24, 7 j/7) envoie l'appel vers l'accueil de l'entreprise";
    expect(await probe('29 nov. 3 h')).toContain(open247);
    expect(await probe('1 déc. 23 h')).toContain(open247);
    expect(await probe('1 déc. 10 h')).toContain(open247);
    expect(await probe('29 nov. 3 h')).not.toContain('Main Voicemail');
  });

  it('fériés US 2027: observed Independence Day goes to voicemail', async () => {
    await apply('fériés US 2027');
    const rule = customRuleSends('Fériés US 2027', 'Main Voicemail (poste 300)');
    expect(await probe('2 juil. 2027 10 h')).toContain(GREETING);
    expect(await probe('5 juil. 2027 10 h')).toContain(rule);
    expect(await probe('6 juil. 2027 10 h')).toContain(GREETING);
  });

  it("fermer maintenant jusqu'à 15 h, then ouvrir", async () => {
    await apply("fermer maintenant jusqu'à 15 h");
    expect(await probe('25 nov. 11 h 59')).toContain(GREETING);
    expect(await probe('25 nov. 13 h')).toContain('Main Voicemail (poste 300)');
    // A closure's name is Switchboard's own marker ("Closed until …", callflow/closure-rule.ts),
    // the same whatever the language, so `ouvrir` finds it as `open` does.
    expect(await probe('25 nov. 13 h')).toContain('Closed until Nov 25, 15:00');
    expect(await probe('25 nov. 15 h')).toContain(GREETING);

    await apply('ouvrir');
    expect(await probe('25 nov. 13 h')).toContain(GREETING);
    expect(await probe('25 nov. 15 h')).toContain(GREETING);
  });

  it('règle "VIP callers" désactivée', async () => {
    expect(await probe('1 déc. 10 h', '+14155550100')).toContain(customRuleSends('VIP callers', 'Support Queue (poste 200)'));
    await apply('règle "VIP callers" désactivée');
    expect(await probe('1 déc. 10 h', '+14155550100')).toContain(GREETING);
    const rule = (await emulatorState()).answeringRules.find((candidate) => candidate.name === 'VIP callers');
    expect(rule?.enabled).toBe(false);
  });

  it('règle "VIP callers" supprimer', async () => {
    await apply('règle "VIP callers" supprimer');
    expect(await probe('1 déc. 10 h', '+14155550100')).toContain(GREETING);
    expect((await emulatorState()).answeringRules.map((rule) => rule.name)).not.toContain('VIP callers');
  });

  it('composer 0 vers rien dans Main Menu', async () => {
    await apply('composer 0 vers rien dans Main Menu');
    const menu = (await emulatorState()).ivrMenus.find((candidate) => candidate.name === 'Main Menu');
    expect(menu?.actions.find((action) => action.input === '0')?.action).toBe('DoNothing');
    expect(menu?.actions.find((action) => action.input === '1')?.action).toBe('Connect');
  });

  it("envoyer vers Alice et Bob dans l'ordre: business hours go to Support Queue, which rings Alice then Bob", async () => {
    await apply("envoyer vers Alice et Bob dans l'ordre");
    expect(await probe('1 déc. 10 h')).toContain('Support Queue (poste 200)');
    const state = await emulatorState();
    const queueId = idOf(state, 'Support Queue');
    expect(state.answeringRules.find((rule) => rule.id === 'business-hours-rule')?.extension?.id).toBe(queueId);
    const queue = state.callQueues.find((candidate) => candidate.id === queueId)?.queue;
    expect(queue?.transferMode).toBe('FixedOrder');
    expect([...(queue?.fixedOrderAgents ?? [])].sort((a, b) => a.index - b.index).map((agent) => agent.extension.id)).toEqual([
      idOf(state, 'Alice Jones'),
      idOf(state, 'Bob Smith'),
    ]);
  });

  it('sonner Sales Queue le plus longtemps inactif', async () => {
    await apply('sonner Sales Queue le plus longtemps inactif');
    const state = await emulatorState();
    expect(state.callQueues.find((candidate) => candidate.id === idOf(state, 'Sales Queue'))?.queue.transferMode).toBe('Rotating');
  });

  it('envoyer vers Alice et Chloé: refused in one line, since no call queue has exactly them, and nothing changes', async () => {
    const before = await emulatorState();
    const result = await run(['--yes', 'envoyer vers Alice et Chloé']);
    expect(result.code).toBe(1);
    // One line naming where to make such a queue. The admin portal's menu path is the same in
    // both languages; the sentence around it is English today (callflow/proposal-refusal-message.ts
    // is not in the catalogues yet), so only the path is asserted.
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('(Phone System > Groups > Call Queues)');
    expect(result.stdout).toBe('');
    expect(await emulatorState()).toEqual(before);
  });
});

describe('French questions through switchboard run', () => {
  it('answers état, règles and tester in French, and the English forms typed by a French-language person too', async () => {
    const status = await run(['état']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Appels vers le +1');
    expect(status.stdout).toContain(`Maintenant (mer. 25 nov. 2026, 12 h 00)\u00A0: ${GREETING}.`);
    expect(status.stdout).toContain("Heures d'ouverture (lun.–ven. 9 h 00–17 h 00)\u00A0:");
    expect(status.stdout).toContain('En dehors des heures\u00A0: Main Voicemail (poste 300).');
    expect(status.stdout).not.toContain('Calls to');

    expect((await run(['règles'])).stdout).toBe(status.stdout);

    const english = await run(['status']);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('(Lu en anglais.)');
    expect(english.stdout).toContain(`Maintenant (mer. 25 nov. 2026, 12 h 00)\u00A0: ${GREETING}.`);

    const test = await run(['test Dec 1 10am']);
    expect(test.stdout).toContain(`Un appel le mar. 1er déc. 2026, 10 h 00 US/Eastern (HNE)\u00A0: ${GREETING}.`);
  });
});
