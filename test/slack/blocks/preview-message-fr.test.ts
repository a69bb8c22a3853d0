import { describe, expect, it } from 'vitest';
import { inEachLanguage } from '../../../src/i18n/index.ts';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { previewMessage, replanPreviewMessage, type PreviewInput } from '../../../src/slack/blocks/index.ts';
import { allText, manyChanges, manyWarnings } from './block-fixtures.ts';

// The change and warning are worded by callflow in each language; the preview picks French.
const base: PreviewInput = {
  commandText: 'envoyer vers la messagerie le 25 déc.',
  zoneLine: 'Heures en US/Eastern (HNE).',
  changes: [{ kind: 'rule-added', text: inEachLanguage((language) => (language === 'fr' ? 'Nouvelle règle « 25 déc. »' : 'New custom rule "Dec 25"')) }],
  warnings: [{ code: 'dst-change-day', text: inEachLanguage((language) => (language === 'fr' ? "Le 8 mars change d'heure." : 'Mar 8 is a daylight-saving change day.')) }],
  actions: ['request-approval', 'show-week', 'edit', 'cancel'],
  draftId: 'k3P9x2QmZ7vB1nR4tY6wUa',
  language: 'fr',
};

/** The label of each button, in order. */
function buttonLabels(blocks: ReadonlyArray<unknown>): string[] {
  return blocks.flatMap((block) => ((block as { type: string }).type === 'actions' ? (block as { elements: Array<{ text: { text: string } }> }).elements.map((button) => button.text.text) : []));
}

describe('previewMessage in French', () => {
  it('titles the preview and the diff in French, with the change and warning in French', () => {
    const message = previewMessage(base);
    const text = allText(message.blocks);
    expect(text).toContain('*Aperçu* de\n>envoyer vers la messagerie le 25 déc.');
    expect(text).toContain('*Ce qui changerait\u00A0:*\n• Nouvelle règle « 25 déc. »');
    expect(text).toContain(":warning: Le 8 mars change d'heure.");
    expect(text).not.toContain('What would change');
    expect(message.text).toBe('Aperçu (1 modification, 1 avertissement)\u00A0: envoyer vers la messagerie le 25 déc.');
  });

  it('labels the buttons in French, and Appliquer for a change that applies at once', () => {
    expect(buttonLabels(previewMessage(base).blocks)).toEqual(["Demander l'approbation", 'Montrer la semaine après cette modification', 'Modifier', 'Annuler']);
    const atOnce = previewMessage({ ...base, appliesAtOnceKind: 'set-business-hours' });
    expect(buttonLabels(atOnce.blocks)[0]).toBe('Appliquer');
    expect(allText(atOnce.blocks)).toContain('Ceci s\'applique immédiatement\u00A0: SWITCHBOARD_NO_APPROVAL_FOR laisse passer les modifications «\u00A0set-business-hours\u00A0» sans approbation.');
  });

  it('says in French that nothing would change, and that a command is too long to edit', () => {
    expect(allText(previewMessage({ ...base, changes: [] }).blocks)).toContain('Rien ne changerait\u00A0: la gestion des appels est déjà comme demandé.');
    const long = previewMessage({ ...base, commandText: 'x'.repeat(2100) });
    expect(allText(long.blocks)).toContain('Cette commande est trop longue pour être modifiée dans un formulaire (2100 caractères, 2000 au plus).');
  });

  it('keeps the limits with hundreds of changes and warnings, and counts the rest in French', () => {
    const message = previewMessage({ ...base, changes: manyChanges(500), warnings: manyWarnings(100) });
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(allText(message.blocks)).toMatch(/…et \d+ de plus/);
    expect(allText(message.blocks)).toMatch(/…et \d+ autres avertissements/);
    expect(message.text).toContain('500 modifications, 100 avertissements');
  });
});

describe('replanPreviewMessage in French', () => {
  it('titles the re-planning and labels Appliquer and Annuler', () => {
    const message = replanPreviewMessage({ requestId: 12, commandText: 'heures lun.-ven. 9 h-17 h', kind: 'set-business-hours', changes: base.changes, confirmValue: `12:${'a'.repeat(16)}`, language: 'fr' });
    expect(allText(message.blocks)).toContain('*Nouvelle planification de la demande 12*\n>heures lun.-ven. 9 h-17 h');
    expect(message.text).toBe('Nouvelle planification de la demande 12\u00A0: heures lun.-ven. 9 h-17 h');
    expect(buttonLabels(message.blocks)).toEqual(['Appliquer', 'Annuler']);
  });
});
