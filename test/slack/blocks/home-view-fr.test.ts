import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { homeView, type HomeInput } from '../../../src/slack/blocks/index.ts';
import { allText, sampleEntry, sampleRequest } from './block-fixtures.ts';

// The lines come worded in French by the caller (callflow, week); the view adds its own words.
const base: HomeInput = {
  statusLines: ['Appels vers +16505550100, fuseau US/Eastern (HNE).'],
  businessHoursLine: 'lun.-ven. 9 h-17 h',
  weekTimeline: ['Semaine du lun. 14 déc. 2026'],
  upcomingRules: [{ name: 'Noël', when: 'le 25 déc. 2026 (toute la journée)' }],
  pending: [sampleRequest()],
  recent: [sampleEntry({ event: 'rolled-back' })],
  canRequest: true,
  now: new Date('2026-12-20T14:00:00Z'),
  language: 'fr',
};

describe('homeView in French', () => {
  it('heads each part in French and words the pending and recent lines in French', () => {
    const text = allText(homeView(base));
    for (const heading of ['Où vont les appels', 'Cette semaine', 'Règles personnalisées des 60 prochains jours', 'Demandes en attente', 'Modifications récentes']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("*Heures d'ouverture\u00A0:* lun.-ven. 9 h-17 h");
    expect(text).toContain('• *12* <@U0REQUESTER>\u00A0: route to voicemail on Dec 25 · expire <!date^');
    expect(text).toContain('*12* annulée dans RingCentral\u00A0: route to voicemail on Dec 25 par <@U0REQUESTER>');
    expect(text).toContain('`/ivr help` liste toutes les commandes.');
    expect(text).toContain('Mis à jour <!date^');
    expect(text).not.toMatch(/Pending requests|Recent changes|Updated /);
  });

  it('says empty lists and a reader without rights in French', () => {
    const text = allText(homeView({ ...base, upcomingRules: [], pending: [], recent: [], canRequest: false }));
    expect(text).toContain("_Aucune demande n'attend d'approbation._");
    expect(text).toContain("_Aucune modification n'est encore enregistrée._");
    expect(text).toContain('_Aucune règle personnalisée ne s\'applique dans les 60 prochains jours._');
    expect(text).toContain('Vous pouvez consulter la gestion des appels ici.');
  });

  it('keeps the limits with long lists, and counts the rest in French', () => {
    const view = homeView({
      ...base,
      statusLines: Array.from({ length: 500 }, (_, index) => `ligne ${index} ${'x'.repeat(100)}`),
      pending: Array.from({ length: 300 }, (_, index) => sampleRequest({ id: index + 1, commandText: 'c'.repeat(150) })),
    });
    expect(findBlockKitViolation('home', view)).toBeUndefined();
    expect(allText(view)).toMatch(/_…et \d+ autres lignes\._/);
    expect(allText(view)).toMatch(/_…et \d+ de plus\._/);
  });
});
