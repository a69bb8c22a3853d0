import { describe, expect, it } from 'vitest';
import { diffCallHandling, type CallHandling } from '../../src/callflow/index.ts';
import {
  MAIN_MENU,
  SUPPORT_QUEUE,
  SALES_NUMBER,
  allDayOn,
  between,
  company,
  customRule,
  dateRange,
  greeting,
  greetingThenHangUp,
  onDates,
  openAllHours,
  toExt,
  weekdays,
  weekly,
} from '../fixtures/call-handling.ts';
import { frenchTypographyFaults } from '../i18n/typography-faults.ts';

const christmas = customRule({ id: 'r-christmas', name: 'Noël', schedule: onDates(allDayOn('2026-12-25')), destination: greeting });
const lunch = customRule({ id: 'r-lunch', name: 'Déjeuner', schedule: weekly(weekdays(between('12:00', '13:00'))), destination: toExt('200') });
const vip = customRule({ id: 'r-vip', name: 'VIP', callers: [{ callerId: '1415555', name: 'Acme' }], destination: toExt('101') });
const before = company({ customRules: [christmas, lunch, vip] });

// The wording with French's no-break spaces read as plain ones; their places are checked apart.
const plain = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

/** Each change as `kind: French text`. */
function frenchTexts(after: CallHandling, from: CallHandling = before): ReadonlyArray<string> {
  return diffCallHandling(from, after).map((change) => `${change.kind}: ${plain(change.text.fr)}`);
}

describe('diffCallHandling in French', () => {
  it('describes a new time zone and the dates it moves', () => {
    expect(frenchTexts(company({ customRules: before.customRules, timeZone: 'US/Pacific' }))).toEqual([
      'time-zone: Fuseau horaire : US/Eastern → US/Pacific',
      'rule-schedule: Règle « Noël » : s\'applique maintenant le 24 déc. 2026, 21 h 00 – 25 déc. 2026, 21 h 00 (avant : le 25 déc. 2026 (toute la journée))',
    ]);
  });

  it('describes business hours going 24/7 and the after-hours rule going away', () => {
    expect(frenchTexts(openAllHours({ customRules: before.customRules }))).toEqual([
      'business-hours: Heures d\'ouverture : lun.–ven. 9 h 00–17 h 00 → 24 h/24, 7 j/7',
      'after-hours-destination: En dehors des heures : plus utilisé, l\'entreprise est ouverte 24 h/24, 7 j/7 ; les appels allaient vers Main Voicemail (poste 300)',
    ]);
  });

  it('describes business hours leaving 24/7 and where after-hours calls now go', () => {
    expect(frenchTexts(company(), openAllHours())).toEqual([
      'business-hours: Heures d\'ouverture : 24 h/24, 7 j/7 → lun.–ven. 9 h 00–17 h 00',
      'after-hours-destination: En dehors des heures : les appels vont vers Main Voicemail (poste 300)',
    ]);
  });

  it('describes new business-hours and after-hours destinations', () => {
    const after = company({ customRules: before.customRules, businessHoursDestination: toExt('500'), afterHoursDestination: greetingThenHangUp });
    expect(frenchTexts(after)).toEqual([
      'business-hours-destination: Heures d\'ouverture : les appels vont maintenant vers Main Menu (poste 500) au lieu de l\'accueil de l\'entreprise',
      'after-hours-destination: En dehors des heures : les appels vont maintenant vers l\'accueil de l\'entreprise, puis la fin de l\'appel au lieu de Main Voicemail (poste 300)',
    ]);
  });

  it('elides "de" before a destination that starts with a vowel', () => {
    const after = company({ customRules: before.customRules, businessHoursDestination: toExt('101') });
    const from = company({ customRules: before.customRules, businessHoursDestination: toExt('102') });
    expect(frenchTexts(from, after)).toEqual([
      'business-hours-destination: Heures d\'ouverture : les appels vont maintenant vers Bob Jones (poste 102) au lieu d\'Alice Smith (poste 101)',
    ]);
  });

  it('describes a new rule with its conditions and destination', () => {
    const newYear = customRule({ id: 'placeholder', name: 'Nouvel An', schedule: onDates(dateRange('2026-12-31T17:00', '2027-01-02T00:00')), destination: toExt('110') });
    expect(frenchTexts(company({ customRules: [christmas, lunch, vip, newYear] }))).toEqual([
      'rule-added: Nouvelle règle « Nouvel An » le 31 déc. 2026, 17 h 00 – 2 janv. 2027, 0 h 00 : les appels vont vers Holiday Message (poste 110)',
    ]);
  });

  it('says when a new rule starts disabled', () => {
    const off = customRule({ id: 'placeholder', name: 'Tempête', enabled: false, schedule: onDates(allDayOn('2027-01-15')), destination: toExt('110') });
    expect(frenchTexts(company({ customRules: [christmas, lunch, vip, off] }))).toEqual([
      'rule-added: Nouvelle règle « Tempête » le 15 janv. 2027 (toute la journée) : les appels vont vers Holiday Message (poste 110) ; la règle est désactivée',
    ]);
  });

  it('describes a removed rule with what it did', () => {
    expect(frenchTexts(company({ customRules: [christmas, vip] }))).toEqual([
      'rule-removed: Règle « Déjeuner » lun.–ven. 12 h 00–13 h 00 supprimée ; ses appels allaient vers Support Queue (poste 200)',
    ]);
  });

  it('describes a rule renamed', () => {
    expect(frenchTexts(company({ customRules: [{ ...christmas, name: 'Fêtes' }, lunch, vip] }))).toEqual(['rule-renamed: Règle « Noël » renommée « Fêtes »']);
  });

  it('describes a rule disabled and enabled', () => {
    const disabled = company({ customRules: [{ ...christmas, enabled: false }, lunch, vip] });
    expect(frenchTexts(disabled)).toEqual(['rule-disabled: Règle « Noël » le 25 déc. 2026 (toute la journée) est maintenant désactivée']);
    expect(frenchTexts(before, disabled)).toEqual(['rule-enabled: Règle « Noël » le 25 déc. 2026 (toute la journée) est maintenant activée']);
  });

  it('describes a new schedule, saying the old one in brackets', () => {
    expect(frenchTexts(company({ customRules: [christmas, { ...lunch, schedule: { kind: 'after-hours' } }, vip] }))).toEqual([
      'rule-schedule: Règle « Déjeuner » : s\'applique maintenant en dehors des heures (avant : lun.–ven. 12 h 00–13 h 00)',
    ]);
  });

  it('describes new callers', () => {
    expect(frenchTexts(company({ customRules: [christmas, lunch, { ...vip, callers: [] }] }))).toEqual([
      'rule-callers: Règle « VIP » : appelants 1415555 (Acme) → n\'importe quel appelant',
    ]);
    const more = [{ callerId: '1415555', name: 'Acme' }, { callerId: '1313' }, { callerId: '1212' }];
    expect(frenchTexts(company({ customRules: [christmas, lunch, { ...vip, callers: more }] }))).toEqual([
      'rule-callers: Règle « VIP » : appelants 1415555 (Acme) → 1415555 (Acme), 1313 ou 1212',
    ]);
  });

  it('describes new called numbers', () => {
    expect(frenchTexts(company({ customRules: [christmas, lunch, { ...vip, calledNumbers: [SALES_NUMBER] }] }))).toEqual([
      'rule-called-numbers: Règle « VIP » : numéros appelés n\'importe quel numéro de l\'entreprise → +16505550111',
    ]);
  });

  it('describes a new destination of a rule', () => {
    expect(frenchTexts(company({ customRules: [{ ...christmas, destination: toExt('300') }, lunch, vip] }))).toEqual([
      'rule-destination: Règle « Noël » le 25 déc. 2026 (toute la journée) : les appels vont maintenant vers Main Voicemail (poste 300) au lieu de l\'accueil de l\'entreprise',
    ]);
  });

  it('describes a rule for some callers with its conditions', () => {
    expect(frenchTexts(company({ customRules: [christmas, lunch, { ...vip, destination: toExt('300') }] }))).toEqual([
      'rule-destination: Règle « VIP » à tout moment pour les appelants 1415555 (Acme) : les appels vont maintenant vers Main Voicemail (poste 300) au lieu d\'Alice Smith (poste 101)',
    ]);
  });

  it('describes a new rule order with the names in guillemets', () => {
    expect(frenchTexts(company({ customRules: [lunch, christmas, vip] }))).toEqual([
      'rule-order: Ordre des règles : « Noël », « Déjeuner », « VIP » → « Déjeuner », « Noël », « VIP »',
    ]);
  });

  it('describes each IVR key that changed, was added or was removed', () => {
    const after = company({
      customRules: before.customRules,
      ivrMenus: [
        {
          ...MAIN_MENU,
          actions: [
            { input: '1', action: 'Voicemail', extensionId: '1001' },
            { input: '2', action: 'Connect', extensionId: '1001' },
            { input: '0', action: 'DoNothing' },
            { input: 'Hash', action: 'Transfer', phoneNumber: '+14155550100' },
            { input: 'NoInput', action: 'Disconnect' },
          ],
        },
      ],
    });
    expect(frenchTexts(after)).toEqual([
      'ivr-key: Menu SVI « Main Menu » (poste 500), touche 1 : connecter à Support Queue (poste 200) → aller à la messagerie d\'Alice Smith (poste 101)',
      'ivr-key: Menu SVI « Main Menu » (poste 500), touche 0 : connecter au standardiste → ne rien faire',
      'ivr-key: Menu SVI « Main Menu » (poste 500), touche * : répéter le menu → non défini',
      'ivr-key: Menu SVI « Main Menu » (poste 500), touche # : non défini → transférer vers +14155550100',
      'ivr-key: Menu SVI « Main Menu » (poste 500), aucune touche : non défini → raccrocher',
    ]);
  });

  it('names a key action it does not know by RingCentral\'s name', () => {
    const after = company({ customRules: before.customRules, ivrMenus: [{ ...MAIN_MENU, actions: [...MAIN_MENU.actions.slice(0, 3), { input: 'Star', action: 'PlayPrompt' }] }] });
    expect(frenchTexts(after)).toEqual(['ivr-key: Menu SVI « Main Menu » (poste 500), touche * : répéter le menu → action RingCentral « PlayPrompt »']);
  });

  it('describes a new queue ring mode in the words of the French ring command', () => {
    const after = company({ customRules: before.customRules, callQueues: [{ ...SUPPORT_QUEUE, ringMode: 'FixedOrder' }] });
    expect(frenchTexts(after)).toEqual([
      'call-queue: File d\'attente « Support Queue » (poste 200) : fait sonner Alice Smith, Bob Jones dans l\'ordre (avant : en même temps)',
    ]);
    const rotating = company({ customRules: before.customRules, callQueues: [{ ...SUPPORT_QUEUE, ringMode: 'Rotating' }] });
    expect(frenchTexts(rotating)).toEqual([
      'call-queue: File d\'attente « Support Queue » (poste 200) : fait sonner Alice Smith, Bob Jones le plus longtemps inactif (avant : en même temps)',
    ]);
  });

  it('names the old members when the members change, and no one for an empty queue', () => {
    const after = company({ customRules: before.customRules, callQueues: [{ ...SUPPORT_QUEUE, memberIds: [] }] });
    expect(frenchTexts(after)).toEqual([
      'call-queue: File d\'attente « Support Queue » (poste 200) : fait sonner personne en même temps (avant : Alice Smith, Bob Jones en même temps)',
    ]);
  });

  it('keeps the English wording in English', () => {
    const after = company({ customRules: [{ ...christmas, destination: toExt('300') }, lunch, vip] });
    expect(diffCallHandling(before, after).map((change) => change.text.en)).toEqual([
      'Rule "Noël" on Dec 25, 2026 (all day): calls now go to Main Voicemail (ext 300) instead of the company greeting',
    ]);
  });

  it('writes every change in French typography', () => {
    const everything = company({
      timeZone: 'US/Pacific',
      businessHours: weekdays(between('08:00', '18:00')),
      businessHoursDestination: toExt('500'),
      afterHoursDestination: greetingThenHangUp,
      customRules: [
        { ...vip, name: 'Clients VIP', callers: [], calledNumbers: [SALES_NUMBER], destination: toExt('300') },
        { ...lunch, enabled: false, schedule: { kind: 'always' } },
        customRule({ id: 'new', name: 'Fermeture', schedule: onDates(allDayOn('2027-01-15')), enabled: false }),
      ],
      ivrMenus: [{ ...MAIN_MENU, actions: [{ input: '0', action: 'DoNothing' }] }],
      callQueues: [{ ...SUPPORT_QUEUE, memberIds: ['1002', '1001'], ringMode: 'FixedOrder' }],
    });
    const changes = diffCallHandling(before, everything);
    expect(new Set(changes.map((change) => change.kind)).size).toBeGreaterThanOrEqual(12);
    expect(changes.flatMap((change) => frenchTypographyFaults(change.text.fr).map((fault) => `${change.text.fr}: ${fault}`))).toEqual([]);
  });
});
