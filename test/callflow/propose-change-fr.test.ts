import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_REFUSAL_CODES,
  describeCallHandlingPart,
  proposalRefusalMessage,
  proposeChange,
  type CallHandling,
  type CallHandlingRequest,
  type ProposedChange,
} from '../../src/callflow/index.ts';
import { COMPANY_ZONE, MAIN_MENU, SUPPORT_QUEUE, allDayOn, company, customRule, dateRange, onDates, toExt } from '../fixtures/call-handling.ts';
import { englishTypographyFaults, frenchTypographyFaults } from '../i18n/typography-faults.ts';

// Thursday Nov 26, 2026, 10:00 in the company zone: "now" for every proposal.
const at = DateTime.fromISO('2026-11-26T10:00', { zone: COMPANY_ZONE });

const plain = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

function propose(handling: CallHandling, request: CallHandlingRequest): ProposedChange {
  const result = proposeChange(handling, request, at);
  if (!result.ok) throw new Error(`Refused: ${result.code}`);
  return result;
}

function frenchWarnings(handling: CallHandling, request: CallHandlingRequest): ReadonlyArray<string> {
  return propose(handling, request).warnings.map((warning) => plain(warning.text.fr));
}

const christmas: CallHandlingRequest = {
  kind: 'add-rule',
  proposedName: 'Dec 25 closed',
  name: 'Noël',
  schedule: { kind: 'dates', ranges: [allDayOn('2026-12-25')] },
  callers: [],
  calledNumbers: [],
  target: toExt('110'),
};

describe('proposeChange warnings in French', () => {
  it('says which earlier rule hides the new one', () => {
    const december = customRule({ id: '7', name: 'Décembre', schedule: onDates(dateRange('2026-12-01T00:00', '2027-01-01T00:00')) });
    expect(frenchWarnings(company({ customRules: [december] }), christmas)).toEqual([
      'La règle « Noël » ne s\'appliquera jamais : la règle « Décembre » passe avant et couvre déjà tous ses horaires',
    ]);
  });

  it('says the day a rule overlaps another, with "le" before one day and "les" before several', () => {
    const eve = customRule({ id: '7', name: 'Veille', schedule: onDates(dateRange('2026-12-24T12:00', '2026-12-25T12:00'), dateRange('2026-12-31T12:00', '2027-01-01T12:00')) });
    expect(frenchWarnings(company({ customRules: [eve] }), christmas)).toEqual([
      'La règle « Noël » chevauche la règle « Veille » le 25 déc. 2026 (toute la journée)',
    ]);
    const holidays: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [allDayOn('2026-12-25'), allDayOn('2027-01-01')] } };
    expect(frenchWarnings(company({ customRules: [eve] }), holidays)).toEqual([
      'La règle « Noël » chevauche la règle « Veille » les 25 déc. 2026 (toute la journée) ; 1er janv. 2027 (toute la journée)',
    ]);
  });

  it('names a daylight-saving day in French', () => {
    const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [dateRange('2027-03-13T00:00', '2027-03-16T00:00')] } };
    expect(frenchWarnings(company(), request)).toEqual([
      'La règle « Noël » comprend le 14 mars 2027, jour du changement d\'heure dans le fuseau US/Eastern ; vérifiez ses heures de début et de fin',
    ]);
    expect(propose(company(), request).warnings.map((warning) => warning.text.en)).toEqual([
      'Rule "Noël" includes Mar 14, 2027, when the clocks change in US/Eastern; check its start and end times',
    ]);
  });

  it('says nothing would change', () => {
    const result = propose(company(), { kind: 'route', rule: 'after-hours', target: toExt('300') });
    expect(result.warnings.map((warning) => plain(warning.text.fr))).toEqual(['Le traitement des appels est déjà ainsi ; rien ne changerait']);
    expect(result.warnings.map((warning) => warning.text.en)).toEqual(['Call handling is already like that; nothing would change']);
  });

  it('writes every warning in French typography', () => {
    const december = customRule({ id: '7', name: 'Décembre', schedule: onDates(dateRange('2026-12-01T00:00', '2027-01-01T00:00')) });
    const eve = customRule({ id: '8', name: 'Veille', schedule: onDates(dateRange('2026-12-24T12:00', '2026-12-25T12:00')) });
    const request: CallHandlingRequest = { ...christmas, schedule: { kind: 'dates', ranges: [allDayOn('2026-12-25'), dateRange('2027-03-13T00:00', '2027-03-16T00:00')] } };
    const warnings = [
      ...propose(company({ customRules: [december] }), christmas).warnings,
      ...propose(company({ customRules: [eve] }), request).warnings,
      ...propose(company(), { kind: 'route', rule: 'after-hours', target: toExt('300') }).warnings,
    ];
    expect(new Set(warnings.map((warning) => warning.code))).toEqual(new Set(['shadowed-by-earlier-rule', 'overlaps-rule', 'dst-change-day', 'no-change']));
    expect(warnings.flatMap((warning) => frenchTypographyFaults(warning.text.fr))).toEqual([]);
  });
});

describe('proposalRefusalMessage in French', () => {
  it.each([
    ['after-hours-missing', undefined, 'L\'entreprise est ouverte 24 h/24, 7 j/7 : il n\'y a donc pas de règle en dehors des heures. Réglez d\'abord les heures d\'ouverture, par exemple « heures lun.-ven. 9 h-17 h ».'],
    [
      'unsupported-request',
      undefined,
      'Switchboard ne peut pas encore faire cette modification : la touche 0 du site principal (pas d\'API RingCentral publique ; utilisez Phone System > Auto-Receptionist > IVR Settings dans le portail d\'administration).',
    ],
    ['rule-not-found', '42', 'Il n\'y a plus de règle avec l\'identifiant 42. Tapez « règles » pour les voir.'],
    ['menu-not-found', '5000', 'Il n\'y a plus de menu SVI avec l\'identifiant 5000. Vérifiez le nom du menu.'],
    [
      'no-matching-queue',
      undefined,
      'Aucune file d\'attente n\'a exactement ces membres. Créez-en une avec eux dans le portail d\'administration RingCentral (Phone System > Groups > Call Queues), puis réessayez.',
    ],
    ['queue-not-found', '2000', 'Il n\'y a plus de file d\'attente avec l\'identifiant 2000. Vérifiez le nom de la file.'],
    ['date-range-invalid', undefined, 'Cette période est vide ou finit avant de commencer. Mettez le début en premier, par exemple « du 24 déc. 17 h au 26 déc. 9 h ».'],
    ['date-range-ended', undefined, 'Toutes les dates de cette modification sont déjà passées. Donnez des dates à venir.'],
    [
      'greeting-in-multi-level-ivr',
      undefined,
      'Ce compte utilise un menu vocal à plusieurs niveaux (les heures d\'ouverture vont directement à un menu SVI), où RingCentral refuse l\'accueil de l\'entreprise dans une règle (AWR-182). Nommez plutôt un menu SVI ou un poste, par exemple « envoyer vers le poste 102 ».',
    ],
  ] as const)('says %s in French', (code, id, french) => {
    expect(plain(proposalRefusalMessage(code, id, 'fr'))).toBe(french);
  });

  it('has French for every refusal code, in one line and in French typography', () => {
    for (const code of PROPOSAL_REFUSAL_CODES) {
      for (const id of ['42', undefined]) {
        const french = proposalRefusalMessage(code, id, 'fr');
        expect(french).not.toBe(proposalRefusalMessage(code, id, 'en'));
        expect(french).not.toContain('\n');
        expect(frenchTypographyFaults(french)).toEqual([]);
        expect(englishTypographyFaults(proposalRefusalMessage(code, id))).toEqual([]);
      }
    }
  });

  it('keeps the English, with the id when there is one', () => {
    expect(proposalRefusalMessage('rule-not-found', '42')).toBe('There is no rule with id 42 any more. Type "rules" to list them.');
    expect(proposalRefusalMessage('rule-not-found')).toBe('There is no rule with that id any more. Type "rules" to list them.');
    expect(plain(proposalRefusalMessage('rule-not-found', undefined, 'fr'))).toBe('Il n\'y a plus de règle avec cet identifiant. Tapez « règles » pour les voir.');
  });
});

describe('describeCallHandlingPart in French', () => {
  const vip = customRule({ id: 'r1', name: 'VIP callers', callers: [{ callerId: '1415555' }] });
  const base = company({ customRules: [vip], ivrMenus: [MAIN_MENU], callQueues: [SUPPORT_QUEUE] });

  it.each([
    ['time-zone', 'le fuseau horaire de l\'entreprise'],
    ['business-hours', 'les heures d\'ouverture'],
    ['business-hours-destination', 'où vont les appels pendant les heures d\'ouverture'],
    ['after-hours-destination', 'où vont les appels en dehors des heures'],
    ['rule-order', 'les règles personnalisées (une a été ajoutée ou leur ordre a changé)'],
    ['rule:r1', 'la règle « VIP callers »'],
    ['ivr-menu:5000', 'le menu SVI « Main Menu »'],
    ['call-queue:2000', 'la file d\'attente « Support Queue »'],
  ] as const)('names %s in French', (part, french) => {
    expect(plain(describeCallHandlingPart(part, base, undefined, 'fr'))).toBe(french);
    expect(frenchTypographyFaults(describeCallHandlingPart(part, base, undefined, 'fr'))).toEqual([]);
  });

  it('names a rule that is gone by its name in the fallback', () => {
    expect(plain(describeCallHandlingPart('rule:r1', { ...base, customRules: [] }, base, 'fr'))).toBe('la règle « VIP callers »');
  });

  it('keeps the English', () => {
    expect(describeCallHandlingPart('call-queue:2000', base)).toBe('call queue "Support Queue"');
    expect(describeCallHandlingPart('ivr-menu:5000', base)).toBe('IVR menu "Main Menu"');
  });
});
