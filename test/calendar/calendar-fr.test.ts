import { DateTime } from 'luxon';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { renderIcsFeed } from '../../src/calendar/ics-feed.ts';
import { listCalendarEvents } from '../../src/callflow/index.ts';
import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { frenchTypographyFaults } from '../i18n/typography-faults.ts';
import { allDayOn, between, company, customRule, dateRange, onDates, toExt, weekdays, weekly } from '../fixtures/call-handling.ts';

const NOW = DateTime.fromISO('2026-12-01T10:00', { zone: 'US/Eastern' });

const HANDLING = company({
  customRules: [
    customRule({ id: '11', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('300') }),
    customRule({ id: '13', name: 'Morning huddle', schedule: weekly(weekdays(between('09:00', '10:00'))), destination: toExt('101') }),
    customRule({ id: '14', name: 'Closed until Dec 3, 17:00', schedule: onDates(dateRange('2026-12-03T11:00', '2026-12-03T17:00')), destination: toExt('300') }),
    customRule({ id: '15', name: 'VIP', schedule: onDates(allDayOn('2026-12-31')), callers: [{ callerId: '+14155550100' }], destination: toExt('200') }),
  ],
});

const FRENCH = listCalendarEvents(HANDLING, NOW, 'fr');
const event = (uid: string) => {
  const found = FRENCH.events.find((candidate) => candidate.uid === uid);
  if (found === undefined) throw new Error(`no event ${uid}`);
  return found;
};

describe('the calendar feed in French', () => {
  it('names and describes the calendar in French', () => {
    expect(FRENCH.language).toBe('fr');
    expect(FRENCH.title).toBe('Où vont les appels au +16505550100');
    expect(FRENCH.description).toBe(
      "Jours fériés, fermetures et autres règles personnalisées de l'acheminement des appels du +16505550100, à partir du 1er déc. 2026, sur 12 mois, selon le fuseau US/Eastern.",
    );
  });

  it('titles each event in French, saying when a rule takes only some calls', () => {
    expect(event('11-0').summary).toBe(`Christmas${NBSP}: les appels vont vers Main Voicemail (poste 300)`);
    expect(event('15-0').summary).toBe(`VIP${NBSP}: certains appels vont vers Support Queue (poste 200)`);
  });

  it('describes each event in French sentences, with the zone as Quebec names it', () => {
    expect(event('11-0').description).toBe(
      `La règle personnalisée «${NBSP}Christmas${NBSP}» envoie les appels vers Main Voicemail (poste 300) le 25 déc. 2026 (toute la journée).\n` +
        `Appels au +16505550100${NARROW}; heures selon le fuseau US/Eastern (HNE). Une règle personnalisée placée avant qui s'applique à un appel passe en premier.`,
    );
    for (const { summary, description } of FRENCH.events) {
      expect(frenchTypographyFaults(summary), summary).toEqual([]);
      expect(frenchTypographyFaults(description), description).toEqual([]);
    }
  });

  it('writes an iCalendar feed in French: its language, its categories and its texts', () => {
    const text = renderIcsFeed(FRENCH, NOW);
    expect(text).toContain('PRODID:-//Switchboard//Call routing//FR\r\n');
    const events = Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');
    const byUid = new Map(events.map((parsed) => [parsed.uid, parsed]));
    expect(byUid.get('11-0@switchboard')?.categories).toEqual(['Règle de dates']);
    expect(byUid.get('13-0@switchboard')?.categories).toEqual(['Règle hebdomadaire']);
    expect(byUid.get('14-0@switchboard')?.categories).toEqual(['Fermeture']);
    expect(String(byUid.get('11-0@switchboard')?.summary)).toBe(event('11-0').summary);
  });

  it('stays in English when no language is given', () => {
    const english = listCalendarEvents(HANDLING, NOW);
    expect(english.language).toBe('en');
    expect(english.title).toBe('Where calls to +16505550100 go');
    expect(english.events.find((candidate) => candidate.uid === '11-0')?.summary).toBe('Christmas: calls go to Main Voicemail (ext 300)');
    const text = renderIcsFeed(english, NOW);
    expect(text).toContain('PRODID:-//Switchboard//Call routing//EN\r\n');
    expect(text).toContain('CATEGORIES:Date rule\r\n');
  });
});
