import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { RULE_NAME_MAX_LENGTH } from '../../src/language/index.ts';
import { proposeRuleName } from '../../src/language/propose-rule-name.ts';
import { companyContext, NOW, TIME_ZONE } from './fixtures/company-context.ts';
import { intentIn } from './fixtures/read-french.ts';

// The names a French command proposes are French; the fixtures read commands on Wed Nov 25, 2026
// at 22:00 in New York.
const proposedName = (text: string, context = companyContext()): string => {
  const intent = intentIn('fr', text, context);
  if (!('proposedName' in intent)) throw new Error(`"${text}" proposes no name`);
  return intent.proposedName;
};

describe('proposed rule names in French', () => {
  it.each([
    ['le 25 déc.', '25 déc. 2026'],
    ['le 1er mai', '1er mai 2027'],
    ['du 24 au 26 déc.', '24–26 déc. 2026'],
    ['du 28 févr. au 3 mars', '28 févr.–3 mars 2027'],
    ['du 31 déc. au 2 janv.', '31 déc. 2026–2 janv. 2027'],
    ['le 31 déc. de 12 h à 17 h', '31 déc. 2026 12 h–17 h'],
    ['le 31 déc. de 22 h à minuit', '31 déc. 2026 22 h–24 h'],
    ['du 24 déc. 17 h au 26 déc. 9 h 30', '24 déc. 17 h–26 déc. 9 h 30'],
    ["jusqu'à demain 15 h", "Jusqu'au 26 nov. 15 h"],
    ['le 24 déc., le 31 déc. et le 1er janv.', '24 déc. 2026 +2 autres'],
    ['les jours de semaine de 12 h à 13 h', 'Jours de semaine 12 h–13 h'],
    ['le week-end', 'Week-ends'],
    ['tous les jours', 'Tous les jours'],
    ['tous les samedis', 'Samedis'],
    ['lun. et mer. de 8 h à 10 h', 'Lun., mer. 8 h–10 h'],
    ['lun.-ven. 9 h-17 h, sam. 10 h-14 h', 'Règle personnalisée'],
    ['les lundis 9 h-12 h, les mercredis 9 h-17 h', 'Lun., mer. (horaires variés)'],
    ['quand le +1 415 appelle', 'Appels de +1415'],
    ['le week-end pour les appels au +1 650 555 0100', 'Week-ends vers +16505550100'],
  ])('names "envoyer vers la messagerie %s" "%s"', (when, name) => {
    expect(proposedName(`envoyer vers la messagerie ${when}`)).toBe(name);
  });

  it('gives no name longer than RingCentral takes', () => {
    for (const text of ['envoyer vers la messagerie du 30 sept. 23 h 45 au 1er oct. 10 h 30 quand le +1 415 555 0100 appelle', "fermer jusqu'au 30 sept. 23 h 45"]) {
      expect(proposedName(text).length).toBeLessThanOrEqual(RULE_NAME_MAX_LENGTH);
    }
  });

  it('writes minutes tight when a span would not fit in 30 characters otherwise', () => {
    expect(proposedName('envoyer vers la messagerie du 30 juill. 23 h 45 au 31 juill. 10 h')).toBe('30 juill. 23h45–31 juill. 10h');
  });

  it('names a closure in French, with the time tight only when it must be', () => {
    expect(proposedName('fermer')).toBe("Fermé jusqu'au 26 nov. 2026");
    expect(proposedName("fermer jusqu'à 9 h")).toBe("Fermé jusqu'au 26 nov. 9 h");
    const july = companyContext(DateTime.fromISO('2027-07-30T22:00', { zone: TIME_ZONE }));
    expect(proposedName("fermer jusqu'à 23 h 45", july)).toBe("Fermé jusqu'au 30 juill. 23h45");
  });

  it('names the holidays and each holiday in French', () => {
    const intent = intentIn('fr', 'fériés CA-QC 2027 vers la messagerie');
    if (intent.kind !== 'holidays') throw new Error('not holidays');
    expect(intent.proposedName).toBe('Fériés CA-QC 2027');
    expect(intent.holidays.find((holiday) => holiday.date === '2027-06-24')?.name).toBe('Fête nationale du Québec');
    expect(intent.holidays.find((holiday) => holiday.date === '2027-12-25')?.name).toBe('Noël');
  });

  it('keeps English names for English commands', () => {
    const when = { kind: 'dates', ranges: [{ from: '2026-12-24T00:00:00.000-05:00', to: '2026-12-27T00:00:00.000-05:00' }] } as const;
    const parts = { when, callers: [], calledNumbers: [] };
    expect(proposeRuleName(parts, { now: NOW, timeZone: TIME_ZONE })).toBe('Dec 24-26, 2026');
    expect(proposeRuleName(parts, { now: NOW, timeZone: TIME_ZONE }, 'fr')).toBe('24–26 déc. 2026');
  });
});
