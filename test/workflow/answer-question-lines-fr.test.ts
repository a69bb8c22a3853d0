import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { questionAnswerLines } from '../../src/workflow/index.ts';
import { allDayOn, between, company, customRule, dateRange, onDates, openAllHours, toExt, weekdays, weekly } from '../fixtures/call-handling.ts';

/**
 * The French twin of the question answers: `état`, `tester` and `règles` on the demo company
 * (US/Eastern, Mon–Fri 09:00–17:00 to the greeting, after hours to Main Voicemail), asked at
 * Wed Nov 25, 2026 12:00. Each French answer is checked against its English one, so the two say
 * the same thing.
 */

const NOW = DateTime.fromISO('2026-11-25T12:00', { zone: 'US/Eastern' });

const CHRISTMAS = customRule({ id: '1', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('300') });
const VIP = customRule({
  id: '2',
  name: 'VIP callers',
  enabled: false,
  callers: [{ callerId: '1415555', name: 'Acme' }, { callerId: '1212' }],
  calledNumbers: ['+16505550111'],
  destination: toExt('200'),
});
const LUNCH = customRule({ id: '3', name: 'Lunch', schedule: weekly(weekdays(between('12:00', '13:00'))), destination: { kind: 'greeting-then-hang-up' } });
const YEAR_END = customRule({
  id: '4',
  name: 'Year end',
  schedule: onDates(dateRange('2026-12-24T17:00', '2026-12-26T09:00'), allDayOn('2027-01-01'), allDayOn('2027-07-05'), allDayOn('2027-09-06')),
  destination: toExt('110'),
});
const ACME = company({ customRules: [CHRISTMAS, VIP, LUNCH, YEAR_END] });

describe('questionAnswerLines in French', () => {
  it('answers état with the zone, the moment, the hours and every custom rule in French', () => {
    expect(questionAnswerLines({ kind: 'status' }, ACME, NOW, 'fr')).toEqual([
      'Appels vers le +16505550100, fuseau horaire US/Eastern (HNE).',
      `Maintenant (mer. 25 nov. 2026, 12 h 00)${NBSP}: La règle personnalisée «${NBSP}Lunch${NBSP}» envoie l'appel vers l'accueil de l'entreprise, puis la fin de l'appel.`,
      `Heures d'ouverture (lun.–ven. 9 h 00–17 h 00)${NBSP}: l'accueil de l'entreprise.`,
      `En dehors des heures${NBSP}: Main Voicemail (poste 300).`,
      `Règles personnalisées, vérifiées dans cet ordre avant les heures d'ouverture et en dehors des heures${NBSP}:`,
      `  1. «${NBSP}Christmas${NBSP}» le 25 déc. 2026 (toute la journée)${NBSP}: Main Voicemail (poste 300)`,
      `  2. «${NBSP}VIP callers${NBSP}» (désactivée) à tout moment pour les appelants 1415555 (Acme) ou 1212 quand le +16505550111 est appelé${NBSP}: Support Queue (poste 200)`,
      `  3. «${NBSP}Lunch${NBSP}» lun.–ven. 12 h 00–13 h 00${NBSP}: l'accueil de l'entreprise, puis la fin de l'appel`,
      `  4. «${NBSP}Year end${NBSP}» les 24 déc. 2026, 17 h 00 – 26 déc. 2026, 9 h 00${NARROW}; 1er janv. 2027 (toute la journée)${NARROW}; 5 juill. 2027 (toute la journée) et 1 autre${NBSP}: Holiday Message (poste 110)`,
    ]);
  });

  it('says the same lines as English, line for line', () => {
    const english = questionAnswerLines({ kind: 'status' }, ACME, NOW, 'en');
    expect(english[0]).toBe('Calls to +16505550100, time zone US/Eastern (EST).');
    expect(english.at(-1)).toBe(
      '  4. "Year end" on Dec 24, 2026 17:00 – Dec 26, 2026 09:00; Jan 1, 2027 (all day); Jul 5, 2027 (all day) and 1 more: Holiday Message (ext 110)',
    );
    expect(questionAnswerLines({ kind: 'status' }, ACME, NOW, 'fr')).toHaveLength(english.length);
  });

  it('answers état at a moment inside a dated rule, in summer time, with the Quebec zone name', () => {
    const lines = questionAnswerLines({ kind: 'status', at: '2026-12-25T10:00-05:00' }, ACME, NOW, 'fr');
    expect(lines[1]).toBe(`Maintenant (ven. 25 déc. 2026, 10 h 00)${NBSP}: La règle personnalisée «${NBSP}Christmas${NBSP}» envoie l'appel vers Main Voicemail (poste 300).`);
    const summer = questionAnswerLines({ kind: 'status', at: '2027-07-01T10:00-04:00' }, ACME, NOW, 'fr');
    expect(summer[0]).toBe('Appels vers le +16505550100, fuseau horaire US/Eastern (HAE).');
  });

  it('answers règles, the same list as état, with no custom rules and open 24/7', () => {
    expect(questionAnswerLines({ kind: 'list-rules' }, openAllHours(), NOW, 'fr').slice(2)).toEqual([
      `Heures d'ouverture (24 h/24, 7 j/7)${NBSP}: l'accueil de l'entreprise.`,
      `En dehors des heures${NBSP}: aucune, l'entreprise est ouverte 24 h/24, 7 j/7.`,
      `Règles personnalisées${NBSP}: aucune.`,
    ]);
  });

  it('says at the top of état that a multi-level IVR keeps rules from the greeting', () => {
    expect(questionAnswerLines({ kind: 'status' }, company({ ivrMode: 'multi-level' }), NOW, 'fr')[1]).toBe(
      `Menu vocal à plusieurs niveaux (les heures d'ouverture vont directement à un menu vocal)${NBSP}: les règles ne peuvent pas utiliser l'accueil de l'entreprise.`,
    );
  });

  it('answers tester inside a dated rule, naming the rule in guillemets', () => {
    expect(questionAnswerLines({ kind: 'test', at: '2026-12-25T10:00-05:00' }, ACME, NOW, 'fr')).toEqual([
      `Un appel le ven. 25 déc. 2026, 10 h 00 US/Eastern (HNE)${NBSP}: La règle personnalisée «${NBSP}Christmas${NBSP}» envoie l'appel vers Main Voicemail (poste 300).`,
    ]);
  });

  it('answers tester with the caller, after hours', () => {
    expect(questionAnswerLines({ kind: 'test', at: '2026-12-01T18:00-05:00', from: '+14155550100' }, ACME, NOW, 'fr')).toEqual([
      `Un appel le mar. 1er déc. 2026, 18 h 00 US/Eastern (HNE) de +14155550100${NBSP}: La règle en dehors des heures envoie l'appel vers Main Voicemail (poste 300).`,
    ]);
  });

  it('tells the two 01:30s of the fall-back day apart by their zone names (Sun Nov 7, 2027)', () => {
    const summerTime = questionAnswerLines({ kind: 'test', at: '2027-11-07T01:30-04:00' }, ACME, NOW, 'fr');
    const winterTime = questionAnswerLines({ kind: 'test', at: '2027-11-07T01:30-05:00' }, ACME, NOW, 'fr');
    expect(summerTime).toEqual([`Un appel le dim. 7 nov. 2027, 1 h 30 US/Eastern (HAE)${NBSP}: La règle en dehors des heures envoie l'appel vers Main Voicemail (poste 300).`]);
    expect(winterTime).toEqual([`Un appel le dim. 7 nov. 2027, 1 h 30 US/Eastern (HNE)${NBSP}: La règle en dehors des heures envoie l'appel vers Main Voicemail (poste 300).`]);
  });

  it('names the business-hours rule as open 24/7 when the company never closes', () => {
    expect(questionAnswerLines({ kind: 'test', at: '2026-11-29T03:00-05:00' }, openAllHours(), NOW, 'fr')).toEqual([
      `Un appel le dim. 29 nov. 2026, 3 h 00 US/Eastern (HNE)${NBSP}: La règle des heures d'ouverture (ouvert 24 h/24, 7 j/7) envoie l'appel vers l'accueil de l'entreprise.`,
    ]);
  });

  it('keeps the English answer when no language is given', () => {
    expect(questionAnswerLines({ kind: 'test', at: '2026-12-25T10:00-05:00' }, ACME, NOW)).toEqual([
      'A call at Fri Dec 25, 2026 10:00 US/Eastern (EST): Custom rule "Christmas" sends the call to Main Voicemail (ext 300).',
    ]);
  });
});
