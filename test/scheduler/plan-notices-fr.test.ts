import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { describeNoticeDay, describeNoticeTime, planNotices } from '../../src/scheduler/index.ts';
import { frenchTypographyFaults } from '../i18n/typography-faults.ts';
import { COMPANY_ZONE, allDayOn, between, company, customRule, onDates, toExt, weekdays, weekly } from '../fixtures/call-handling.ts';

const christmas = customRule({ id: 'r-christmas', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('300') });

function local(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: COMPANY_ZONE });
}

/** The first notice of that kind for that rule planned from Dec 1, 2026, 09:00 for these rules. */
function planned(kind: string, rules = [christmas], ruleId = 'r-christmas', weeklyRules: ReadonlyArray<string> = []) {
  const notices = planNotices(company({ customRules: rules }), { now: local('2026-12-01T09:00'), weeklyRules });
  const notice = notices.find((candidate) => candidate.kind === kind && candidate.ruleId === ruleId);
  if (notice === undefined) throw new Error(`no ${kind} notice planned for ${ruleId}`);
  return notice;
}

describe('notices in French', () => {
  it('say a reminder, a switch-on and a switch-off in French, with French times and typography', () => {
    expect(planned('reminder').text.fr).toBe(
      `Demain à 0 h 00 HNE, «${NBSP}Christmas${NBSP}» commence${NBSP}: les appels iront vers Main Voicemail (poste 300) jusqu'au 26 déc. à 0 h 00 HNE.`,
    );
    expect(planned('switch-on').text.fr).toBe(
      `L'acheminement des jours fériés «${NBSP}Christmas${NBSP}» est maintenant en vigueur${NBSP}: les appels vont vers Main Voicemail (poste 300) jusqu'au 26 déc. à 0 h 00 HNE.`,
    );
    // Dec 26, 2026 is a Saturday: after hours, which goes to Main Voicemail in the fixture.
    expect(planned('switch-off').text.fr).toBe(
      `«${NBSP}Christmas${NBSP}» n'est plus en vigueur${NBSP}: les appels vont de nouveau vers Main Voicemail (poste 300) (en dehors des heures).`,
    );
  });

  it('keep the English text beside the French one, unchanged', () => {
    expect(planned('switch-on').text.en).toBe('Holiday routing "Christmas" is now on: calls go to Main Voicemail (ext 300) until Dec 26, 00:00 EST.');
  });

  it('name the earlier rule that decides the calls instead, in French', () => {
    const first = customRule({ id: 'r-snow', name: 'Snow day', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('200') });
    expect(planned('switch-on', [first, christmas]).text.fr).toContain(`(la règle «${NBSP}Snow day${NBSP}» passe avant).`);
    expect(planned('switch-off', [christmas, customRule({ ...first, schedule: onDates(allDayOn('2026-12-26')) })]).text.fr).toContain(`(règle «${NBSP}Snow day${NBSP}»).`);
  });

  it('say a weekly rule and a closure with their own French names', () => {
    const huddle = customRule({ id: 'r-huddle', name: 'Huddle', schedule: weekly(weekdays(between('09:00', '10:00'))), destination: toExt('101') });
    // Planning starts just after 09:00 on Dec 1, so the first window is Dec 2's.
    expect(planned('switch-on', [huddle], 'r-huddle', ['Huddle']).text.fr).toMatch(/^La règle «\sHuddle\s» est maintenant en vigueur\s: .* jusqu'au 2 déc\. à 10 h 00 HNE\.$/u);
    const closure = customRule({ id: 'r-closed', name: 'Closed until Dec 26, 09:00', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('300') });
    expect(planned('switch-on', [closure], 'r-closed').text.fr).toMatch(/^La fermeture «\sClosed until Dec 26, 09:00\s» est maintenant en vigueur/u);
  });

  it('follow French typography in every notice of a year, whoever decides the calls', () => {
    const snowDay = customRule({ id: 'r-snow', name: 'Snow day', schedule: onDates(allDayOn('2026-12-25'), allDayOn('2027-01-04')), destination: toExt('200') });
    const notices = planNotices(company({ customRules: [snowDay, christmas] }), { now: local('2026-12-01T09:00'), horizonDays: 60 });
    expect(notices.length).toBeGreaterThan(4);
    for (const notice of notices) expect(frenchTypographyFaults(notice.text.fr), notice.text.fr).toEqual([]);
  });
});

describe('describeNoticeTime and describeNoticeDay in French', () => {
  it('say an instant as 26 déc. à 0 h 00 HNE, and the zone of summer as HAE', () => {
    expect(describeNoticeTime(local('2026-12-26T00:00'), COMPANY_ZONE, 'fr')).toBe('26 déc. à 0 h 00 HNE');
    expect(describeNoticeTime(local('2026-07-01T09:30'), COMPANY_ZONE, 'fr')).toBe('1er juill. à 9 h 30 HAE');
    expect(describeNoticeTime(local('2026-12-26T00:00'), COMPANY_ZONE)).toBe('Dec 26, 00:00 EST');
  });

  it('say today, tomorrow or the day, as seen when the reminder is read', () => {
    const readAt = local('2026-12-24T09:00');
    expect(describeNoticeDay(local('2026-12-24T17:00'), readAt, COMPANY_ZONE, 'fr')).toBe("Aujourd'hui à 17 h 00 HNE");
    expect(describeNoticeDay(local('2026-12-25T00:00'), readAt, COMPANY_ZONE, 'fr')).toBe('Demain à 0 h 00 HNE');
    expect(describeNoticeDay(local('2026-12-31T08:00'), readAt, COMPANY_ZONE, 'fr')).toBe('Le 31 déc. à 8 h 00 HNE');
    expect(describeNoticeDay(local('2026-12-31T08:00'), readAt, COMPANY_ZONE)).toBe('On Dec 31 at 08:00 EST');
  });
});
