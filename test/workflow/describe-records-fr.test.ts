import { describe, expect, it } from 'vitest';
import { inEachLanguage, NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import type { AuditEntry, ChangeRequest, RequestStatus } from '../../src/store/index.ts';
import { describeAuditEntry, describePendingRequest, describeStanding } from '../../src/workflow/index.ts';
import { newAuditEntry, newChangeRequest } from '../store/change-request-fixture.ts';

/** Where a request stands, and the lines of `demandes` and `historique`, in French. */

// Created 2025-03-14 17:30 UTC, expiring a day later, last updated at 18:05.
function request(status: RequestStatus, fields: Partial<ChangeRequest> = {}): ChangeRequest {
  return {
    ...newChangeRequest({
      changes: [{ kind: 'after-hours-destination', text: inEachLanguage((language) => (language === 'fr' ? "En dehors des heures : l'accueil" : 'After hours: the greeting')) }],
    }),
    id: 12,
    status,
    version: 3,
    updatedAt: '2025-03-14T18:05:00.000Z',
    ...fields,
  };
}

const UPDATED = 'ven. 14 mars 2025, 18 h 05 (UTC)';
const EXPIRES = 'sam. 15 mars 2025, 17 h 30 (UTC)';

describe('describeStanding in French', () => {
  it.each<[RequestStatus, Partial<ChangeRequest>, ReadonlyArray<string>, string]>([
    ['pending', {}, ['U-bob'], `La demande 12 attend une approbation (1 approbation jusqu'ici)${NARROW}; elle expire le ${EXPIRES}.`],
    ['approved', { decidedBy: 'policy' }, [], "La demande 12 a été approuvée par la politique d'approbation et est en cours d'application."],
    ['applying', {}, ['U-bob', 'U-carol'], "La demande 12 a été approuvée par U-bob et U-carol et est en cours d'application."],
    ['applied', { decidedBy: 'the closure' }, [], `La demande 12 a été approuvée par la fermeture et appliquée le ${UPDATED}.`],
    ['failed', { reason: 'RingCentral refused step 1 of 1 (boom); nothing changed.' }, ['U-bob'], `La demande 12 a été approuvée par U-bob mais a échoué le ${UPDATED}${NBSP}: RingCentral refused step 1 of 1 (boom); nothing changed.`],
    ['rejected', { decidedBy: 'U-carol', reason: 'pas avant l’audit' }, [], `La demande 12 a été refusée par U-carol le ${UPDATED}${NBSP}: pas avant l’audit`],
    ['rejected', { reason: '' }, [], `La demande 12 a été refusée par un approbateur le ${UPDATED}.`],
    ['cancelled', { decidedBy: 'U-alice' }, [], `La demande 12 a été annulée par U-alice le ${UPDATED}.`],
    ['expired', {}, [], `La demande 12 a expiré le ${EXPIRES} sans assez d'approbations.`],
    [
      'stale',
      { reason: 'Request 12 is stale: since it was made, someone changed business hours.' },
      [],
      `La demande 12 est périmée${NBSP}: depuis qu'elle a été faite, quelqu'un a modifié ce qu'elle touche. Rien n'a été appliqué${NARROW}; «${NBSP}replanifier 12${NBSP}» la planifie de nouveau sur la gestion des appels telle qu'elle est maintenant.`,
    ],
  ])('says a %s request where it stands', (status, fields, approvers, french) => {
    expect(describeStanding(request(status, fields), approvers).fr).toBe(french);
  });

  it('keeps the English standing as it was', () => {
    expect(describeStanding(request('applied'), ['U-bob']).en).toBe('Request 12 was approved by U-bob and applied at 2025-03-14 18:05 UTC.');
    expect(describeStanding(request('stale', { reason: 'Request 12 is stale: since it was made, someone changed business hours.' }), []).en).toBe(
      'Request 12 is stale: since it was made, someone changed business hours.',
    );
  });
});

describe('describePendingRequest in French', () => {
  it('lists who asked, when, until when, and the changes and warnings in French', () => {
    expect(describePendingRequest(request('pending'), 'fr')).toEqual([
      `n° 12, de U-alice le ven. 14 mars 2025, 17 h 30 (UTC), expire le ${EXPIRES}${NBSP}: route after hours to the greeting`,
      "    - En dehors des heures : l'accueil",
      `    Avertissement${NBSP}: Clocks change on Sunday.`,
    ]);
  });
});

describe('describeAuditEntry in French', () => {
  const entry = (fields: Partial<AuditEntry>): AuditEntry => ({ ...newAuditEntry(), seq: 1, prevHash: '0'.repeat(64), hash: 'f'.repeat(64), ...fields });

  it('says the event, the request, who asked and approved, and the French summary', () => {
    const said = { en: 'Applied 1 operation.', fr: '1 opération appliquée.' };
    expect(describeAuditEntry(entry({ summary: said.en, saidSummary: said }), 'fr')).toEqual([
      `ven. 14 mars 2025, 17 h 45 (UTC) application de la demande 1 «${NBSP}route after hours to the greeting${NBSP}» faite par U-alice, approuvée par U-bob${NBSP}: 1 opération appliquée.`,
      '    - After hours: Main Voicemail (ext 300) → company greeting',
    ]);
  });

  it('shows the English summary of an entry written before summaries were said in French', () => {
    expect(describeAuditEntry(entry({ event: 'rejected', requestId: undefined, approvedBy: [], summary: 'Request 1 was rejected by U-bob.' }), 'fr')).toEqual([
      `ven. 14 mars 2025, 17 h 45 (UTC) refus «${NBSP}route after hours to the greeting${NBSP}» faite par U-alice${NBSP}: Request 1 was rejected by U-bob.`,
    ]);
  });

  it('keeps the English line as it was', () => {
    expect(describeAuditEntry(entry({ summary: 'Applied 1 operation', saidSummary: { en: 'Applied 1 operation', fr: '1 opération appliquée.' } }), 'en')[0]).toBe(
      '2025-03-14 17:45 UTC applied request 1 "route after hours to the greeting" by U-alice, approved by U-bob: Applied 1 operation',
    );
  });
});
