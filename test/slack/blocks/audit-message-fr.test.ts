import { describe, expect, it } from 'vitest';
import { inEachLanguage } from '../../../src/i18n/index.ts';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { auditMessage } from '../../../src/slack/blocks/index.ts';
import { actionIds, allText, manyChanges, sampleEntry } from './block-fixtures.ts';

const applied = { undoable: true, requestId: 12, language: 'fr' } as const;

describe('auditMessage in French', () => {
  it('titles the post and names its fields in French', () => {
    const message = auditMessage(sampleEntry(), applied);
    const text = allText(message.blocks);
    expect(text).toContain('Demande 12\u00A0: appliquée');
    expect(text).toContain('<@U0REQUESTER> a demandé\u00A0:\n>route to voicemail on Dec 25');
    expect(text).toContain('*Quand*\n<!date^');
    expect(text).toContain('{date_short_pretty} à {time}');
    expect(text).toContain('*Approuvée par*\n<@U0APPROVER>');
    expect(text).toContain('*RingCentral*\n1 opération\u00A0: 1 réussie');
    expect(text).toContain('*Ce qui a changé\u00A0:*');
    expect(message.text).toBe('Demande 12\u00A0: appliquée — route to voicemail on Dec 25, par <@U0REQUESTER>');
  });

  it('labels Undo in French', () => {
    const { blocks } = auditMessage(sampleEntry(), applied);
    expect(actionIds(blocks)).toEqual(['undo_request']);
    expect(allText(blocks)).toContain('Défaire');
  });

  it('shows the outcome in French when the entry has it in each language, and the stored English otherwise', () => {
    const saidSummary = inEachLanguage((language) => (language === 'fr' ? '1 opération appliquée.' : 'Applied 1 operation.'));
    expect(allText(auditMessage(sampleEntry({ saidSummary }), applied).blocks)).toContain('1 opération appliquée.');
    expect(allText(auditMessage(sampleEntry(), applied).blocks)).toContain('Applied 1 operation.');
  });

  it('counts failed and skipped operations and says nobody approved, in French', () => {
    const entry = sampleEntry({
      event: 'failed',
      approvedBy: [],
      operations: [
        { operation: { kind: 'create-rule' } as never, result: 'done' },
        { operation: { kind: 'create-rule' } as never, result: 'failed' },
        { operation: { kind: 'create-rule' } as never, result: 'skipped' },
      ],
    });
    const text = allText(auditMessage(entry, { undoable: false, requestId: 12, language: 'fr' }).blocks);
    expect(text).toContain('Demande 12\u00A0: en échec');
    expect(text).toContain('3 opérations\u00A0: 1 réussie, 1 en échec, 1 ignorée');
    expect(text).toContain('aucune approbation nécessaire');
    expect(text).toContain('*Ce qui était demandé\u00A0:*');
  });

  it('titles an undo in French', () => {
    expect(auditMessage(sampleEntry({ commandText: 'undo 9' }), { ...applied, undoOf: 9 }).text).toContain('Demande 12\u00A0: demande 9 défaite');
  });

  it('words a drift in French and keeps the limits with 500 changes', () => {
    const drift = sampleEntry({ event: 'drift', requestId: undefined, approvedBy: [], changes: manyChanges(500), summary: 'Changed in RingCentral.' });
    const message = auditMessage(drift, { undoable: false, requestId: undefined, language: 'fr' });
    const text = allText(message.blocks);
    expect(text).toContain('Modifié dans RingCentral, pas par Switchboard');
    expect(text).toContain("Quelqu'un a modifié la gestion des appels directement dans RingCentral");
    expect(text).toContain('*Constatée*\n<!date^');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
  });
});
