import { describe, expect, it } from 'vitest';
import { inEachLanguage } from '../../src/i18n/index.ts';
import { findBlockKitViolation } from '../../src/slack/block-kit-limits.ts';
import { DateTime } from 'luxon';
import {
  confirmationView,
  findTargetOptions,
  holidayDetails,
  holidayEditorView,
  hoursEditorView,
  loadingView,
  parseViewState,
  readHolidayForm,
  readHoursForm,
  readRouteForm,
  routeEditorView,
  ROUTE_EDITOR_CALLBACK,
} from '../../src/slack/modals/index.ts';
import { EXTENSIONS, MAIN_MENU } from '../fixtures/call-handling.ts';
import { allText } from './blocks/block-fixtures.ts';
import { useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();

/** The label of every input block, in order. */
function labels(blocks: ReadonlyArray<unknown>): string[] {
  return blocks.flatMap((block) => ((block as { type: string }).type === 'input' ? [(block as { label: { text: string } }).label.text] : []));
}

describe('the editor views in French', () => {
  it('words the route editor in French, options and days included', async () => {
    const handling = await harness.readHandling();
    const view = routeEditorView({ when: 'weekly', days: ['monday'] }, handling, '{}', 'fr');
    expect(view.title.text).toBe('Acheminer les appels');
    expect(view.submit?.text).toBe('Suivant');
    expect(view.close?.text).toBe('Annuler');
    expect(labels(view.blocks)).toEqual(['Envoyer les appels vers', 'Quand', 'Du', 'À partir de', 'Au (inclus)', "Jusqu'à", 'Jours', 'De', 'À', 'Seulement les appels de', 'Nom de la règle']);
    const text = allText(view.blocks);
    expect(text).toContain(`*À des dates* (heures en ${handling.timeZone}\u202F; sans heures, des journées entières)`);
    expect(text).toContain('Chaque semaine, certains jours et heures');
    expect(text).toContain('Lundi');
    expect(text).toContain('Pour une nouvelle règle\u202F; un nom est proposé si vide.');
    expect(text).not.toMatch(/Send calls to|Monday|Rule name/);
  });

  it('words the hours editor in French, with a note for a crowded day', () => {
    const view = hoursEditorView({ monday: [{ from: 0, to: 60 }, { from: 120, to: 180 }, { from: 240, to: 300 }] }, 'US/Eastern', '{}', 'fr');
    expect(view.title.text).toBe("Heures d'ouverture");
    expect(labels(view.blocks).slice(0, 4)).toEqual(['Lundi ouvre à', 'Lundi ferme à', 'Lundi, puis ouvre à', 'Lundi, puis ferme à']);
    const text = allText(view.blocks);
    expect(text).toContain("Heures en US/Eastern. Laissez un jour vide s'il est fermé\u202F;");
    expect(text).toContain('Plus de 2 plages pour lundi\u202F; seules les 2 premières sont affichées et conservées.');
  });

  it('words the holiday editor in French', () => {
    const view = holidayEditorView({ country: 'FR', year: 2027 }, 2026, '{}', 'fr');
    expect(view.title.text).toBe('Jours fériés');
    expect(labels(view.blocks)).toEqual(['Pays', 'Région', 'Année']);
  });

  it('words the loading view in French', () => {
    const view = loadingView(ROUTE_EDITOR_CALLBACK, 'Acheminer les appels', 'fr');
    expect(view.close?.text).toBe('Fermer');
    expect(allText(view.blocks)).toContain('Lecture de la gestion des appels dans RingCentral…');
  });

  it('words the confirmation in French, the days of a holidays rule included', () => {
    const view = confirmationView({
      commandText: 'jours fériés FR 2027',
      zoneLine: 'Heures en Europe/Paris (HNEC).',
      changes: [{ kind: 'rule-added', text: inEachLanguage((language) => (language === 'fr' ? 'Nouvelle règle « Jours fériés »' : 'New custom rule "Holidays"')) }],
      warnings: [],
      details: holidayDetails([{ name: "Jour de l'an", date: '2027-01-01' }], 'fr'),
      privateMetadata: '{}',
      language: 'fr',
    });
    expect(view.title.text).toBe('Confirmer');
    expect(view.submit?.text).toBe("Demander l'approbation");
    expect(view.close?.text).toBe('Annuler');
    const text = allText(view.blocks);
    expect(text).toContain('• Nouvelle règle « Jours fériés »');
    expect(text).toContain("*Les jours\u00A0:*\n• ven. 1er janv. 2027\u00A0: Jour de l'an");
    expect(text).toContain("Demander l'approbation publie cette modification pour un approbateur\u202F; rien ne change dans RingCentral avant son approbation.");
    expect(confirmationView({ commandText: 'x', zoneLine: 'z', changes: [], warnings: [], privateMetadata: '{}', language: 'fr', appliesAtOnceKind: 'holidays' }).submit?.text).toBe('Appliquer');
  });

  it('keeps every Block Kit limit with French words and long lists', () => {
    const view = confirmationView({
      commandText: 'x'.repeat(5000),
      zoneLine: 'Heures en US/Eastern.',
      changes: [],
      warnings: [],
      details: holidayDetails(Array.from({ length: 1000 }, () => ({ name: 'n'.repeat(500), date: '2027-01-01' })), 'fr'),
      privateMetadata: '{}',
      language: 'fr',
    });
    expect(findBlockKitViolation('modal', view)).toBeUndefined();
    expect(allText(view.blocks)).toMatch(/…et \d+ de plus/);
  });
});

describe('the editors read back in French', () => {
  const at = DateTime.fromISO('2026-11-25T12:00', { zone: 'US/Eastern' });

  it('puts the route form errors in French', async () => {
    const handling = await harness.readHandling();
    const empty = readRouteForm(parseViewState({}), handling, at, 'fr');
    expect(empty).toMatchObject({ ok: false, errors: { route_target: 'Choisissez où vont les appels.', route_when: "Choisissez quand la règle s'applique." } });
    const state = parseViewState({
      route_target: { route_target_select: { type: 'external_select', selected_option: { value: 'greeting' } } },
      route_when: { route_when_input: { type: 'radio_buttons', selected_option: { value: 'always' } } },
      route_callers: { route_callers_input: { type: 'plain_text_input', value: '+1 415, maman' } },
    });
    expect(readRouteForm(state, handling, at, 'fr')).toMatchObject({
      ok: false,
      errors: { route_callers: "«\u00A0maman\u00A0» n'est pas un numéro de téléphone. Utilisez des chiffres, par exemple +1 415 555 0100 ou +1 415." },
    });
  });

  it('puts the hours and holiday form errors in French', () => {
    expect(readHoursForm(parseViewState({}), 'fr')).toMatchObject({ ok: false, errors: { hours_monday_0_from: expect.stringContaining("Donnez des heures d'ouverture") } });
    expect(readHolidayForm(parseViewState({}), 'fr')).toMatchObject({ ok: false, errors: { holiday_country: 'Choisissez un pays.', holiday_year: 'Choisissez une année.' } });
  });

  it('offers the route targets in French, and finds them by their French words', () => {
    const labels = (typed: string) => findTargetOptions({ extensions: EXTENSIONS, ivrMenus: [MAIN_MENU], ivrMode: 'single-level' }, typed, 'fr').map((choice) => choice.text.text);
    expect(labels('accueil')).toEqual(["Accueil de l'entreprise", 'Accueil, puis raccrocher']);
    expect(labels('')).toContain(`${MAIN_MENU.name} (poste ${MAIN_MENU.extensionNumber}, menu SVI)`);
  });
});
