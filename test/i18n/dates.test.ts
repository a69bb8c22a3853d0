import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { describeDateRange as describeCallflowDateRange, describeTimeZone as describeCallflowTimeZone } from '../../src/callflow/index.ts';
import { describeClockTime, describeDateSpan, describeDay, describeInstant, describeTimeZone } from '../../src/i18n/index.ts';

// New York changes its clocks on 2026-03-08, 2026-11-01, 2027-03-14 and 2027-11-07.
const ZONE = 'America/New_York';
const at = (iso: string, zone = ZONE): DateTime => DateTime.fromISO(iso, { zone });

describe('describeDay', () => {
  it.each([
    ['2026-12-25', 'Fri Dec 25, 2026', 'ven. 25 déc. 2026'],
    ['2027-01-01', 'Fri Jan 1, 2027', 'ven. 1er janv. 2027'],
    ['2027-07-01', 'Thu Jul 1, 2027', 'jeu. 1er juill. 2027'],
    ['2028-02-29', 'Tue Feb 29, 2028', 'mar. 29 févr. 2028'],
    ['2027-03-14', 'Sun Mar 14, 2027', 'dim. 14 mars 2027'],
  ])('writes %s as %j and %j', (day, english, french) => {
    expect(describeDay(at(day), 'en')).toBe(english);
    expect(describeDay(at(day), 'fr')).toBe(french);
  });

  it('leaves the weekday out when asked', () => {
    expect(describeDay(at('2026-12-25'), 'en', { weekday: false })).toBe('Dec 25, 2026');
    expect(describeDay(at('2026-12-25'), 'fr', { weekday: false })).toBe('25 déc. 2026');
  });

  it('writes the day of the zone the instant is in, not of the host', () => {
    const newYearInUtc = DateTime.fromISO('2027-01-01T03:00Z');
    expect(describeDay(newYearInUtc.setZone(ZONE), 'fr')).toBe('jeu. 31 déc. 2026');
    expect(describeDay(newYearInUtc.setZone('UTC'), 'fr')).toBe('ven. 1er janv. 2027');
  });
});

describe('describeClockTime', () => {
  it.each([
    [{ hour: 9, minute: 0 }, '09:00', '9 h 00'],
    [{ hour: 0, minute: 5 }, '00:05', '0 h 05'],
    [{ hour: 17, minute: 30 }, '17:30', '17 h 30'],
    [{ hour: 24, minute: 0 }, '24:00', '24 h 00'],
  ])('writes %j as %j and %j', (time, english, french) => {
    expect(describeClockTime(time, 'en')).toBe(english);
    expect(describeClockTime(time, 'fr')).toBe(french);
  });
});

describe('describeInstant', () => {
  it.each([
    ['2026-12-25T10:00', ZONE, 'Fri Dec 25, 2026, 10:00 (EST)', 'ven. 25 déc. 2026, 10 h 00 (HNE)'],
    ['2026-07-01T09:30', ZONE, 'Wed Jul 1, 2026, 09:30 (EDT)', 'mer. 1er juill. 2026, 9 h 30 (HAE)'],
    ['2026-12-25T10:00', 'America/Chicago', 'Fri Dec 25, 2026, 10:00 (CST)', 'ven. 25 déc. 2026, 10 h 00 (HNC)'],
    ['2026-07-01T10:00', 'America/Chicago', 'Wed Jul 1, 2026, 10:00 (CDT)', 'mer. 1er juill. 2026, 10 h 00 (HAC)'],
    ['2026-12-25T10:00', 'America/Denver', 'Fri Dec 25, 2026, 10:00 (MST)', 'ven. 25 déc. 2026, 10 h 00 (HNR)'],
    ['2026-07-01T10:00', 'America/Denver', 'Wed Jul 1, 2026, 10:00 (MDT)', 'mer. 1er juill. 2026, 10 h 00 (HAR)'],
    ['2026-07-01T10:00', 'America/Phoenix', 'Wed Jul 1, 2026, 10:00 (MST)', 'mer. 1er juill. 2026, 10 h 00 (HNR)'],
    ['2026-12-25T10:00', 'America/Los_Angeles', 'Fri Dec 25, 2026, 10:00 (PST)', 'ven. 25 déc. 2026, 10 h 00 (HNP)'],
    ['2026-07-01T10:00', 'America/Los_Angeles', 'Wed Jul 1, 2026, 10:00 (PDT)', 'mer. 1er juill. 2026, 10 h 00 (HAP)'],
    ['2026-12-25T10:00', 'America/Halifax', 'Fri Dec 25, 2026, 10:00 (AST)', 'ven. 25 déc. 2026, 10 h 00 (HNA)'],
    ['2026-07-01T10:00', 'America/Halifax', 'Wed Jul 1, 2026, 10:00 (ADT)', 'mer. 1er juill. 2026, 10 h 00 (HAA)'],
    ['2026-12-25T10:00', 'America/Toronto', 'Fri Dec 25, 2026, 10:00 (EST)', 'ven. 25 déc. 2026, 10 h 00 (HNE)'],
    ['2026-12-25T10:00', 'Europe/Paris', 'Fri Dec 25, 2026, 10:00 (GMT+1)', 'ven. 25 déc. 2026, 10 h 00 (UTC+1)'],
    ['2026-07-01T10:00', 'Europe/Paris', 'Wed Jul 1, 2026, 10:00 (GMT+2)', 'mer. 1er juill. 2026, 10 h 00 (UTC+2)'],
    ['2026-12-25T10:00', 'Asia/Tokyo', 'Fri Dec 25, 2026, 10:00 (GMT+9)', 'ven. 25 déc. 2026, 10 h 00 (UTC+9)'],
  ])('writes %s in %s as %j and %j', (iso, zone, english, french) => {
    expect(describeInstant(at(iso, zone), zone, 'en')).toBe(english);
    expect(describeInstant(at(iso, zone), zone, 'fr')).toBe(french);
  });

  it('tells apart the two 01:30 of the day New York turns its clocks back', () => {
    const first = DateTime.fromISO('2026-11-01T05:30Z');
    const second = first.plus({ hours: 1 });
    expect(describeInstant(first, ZONE, 'fr')).toBe('dim. 1er nov. 2026, 1 h 30 (HAE)');
    expect(describeInstant(second, ZONE, 'fr')).toBe('dim. 1er nov. 2026, 1 h 30 (HNE)');
    expect(describeInstant(second, ZONE, 'en')).toBe('Sun Nov 1, 2026, 01:30 (EST)');
  });

  it('shows an instant in the zone asked for, across a year end', () => {
    const utc = DateTime.fromISO('2027-01-01T03:00Z');
    expect(describeInstant(utc, ZONE, 'fr')).toBe('jeu. 31 déc. 2026, 22 h 00 (HNE)');
    expect(describeInstant(utc, 'Europe/Paris', 'fr')).toBe('ven. 1er janv. 2027, 4 h 00 (UTC+1)');
  });

  it('names an unknown zone rather than inventing an abbreviation', () => {
    expect(describeInstant(at('2026-12-25T10:00'), 'Mars/Olympus', 'fr')).toBe('ven. 25 déc. 2026, 10 h 00 (Mars/Olympus)');
  });
});

describe('describeTimeZone', () => {
  it.each([
    ['US/Eastern', '2026-12-25T10:00', 'US/Eastern (HNE)'],
    ['US/Eastern', '2026-07-01T10:00', 'US/Eastern (HAE)'],
    ['Europe/Paris', '2026-07-01T10:00', 'Europe/Paris (UTC+2)'],
    ['Mars/Olympus', '2026-07-01T10:00', 'Mars/Olympus'],
  ])('writes %s at %s in French as %j, and in English as callflow does', (zone, iso, french) => {
    expect(describeTimeZone(zone, at(iso), 'fr')).toBe(french);
    expect(describeTimeZone(zone, at(iso), 'en')).toBe(describeCallflowTimeZone(zone, at(iso)));
  });
});

describe('describeDateSpan', () => {
  it.each([
    ['2026-12-25T00:00', '2026-12-26T00:00', 'Dec 25, 2026 (all day)', '25 déc. 2026 (toute la journée)'],
    ['2026-12-24T00:00', '2026-12-27T00:00', 'Dec 24–26, 2026', '24–26 déc. 2026'],
    ['2026-12-24T12:00', '2026-12-24T13:00', 'Dec 24, 2026 12:00–13:00', '24 déc. 2026, 12 h 00–13 h 00'],
    ['2026-12-24T17:00', '2026-12-26T09:00', 'Dec 24, 2026 17:00 – Dec 26, 2026 09:00', '24 déc. 2026, 17 h 00 – 26 déc. 2026, 9 h 00'],
    ['2026-11-30T00:00', '2026-12-03T00:00', 'Nov 30 – Dec 2, 2026', '30 nov. – 2 déc. 2026'],
    ['2026-12-31T00:00', '2027-01-02T00:00', 'Dec 31, 2026 – Jan 1, 2027', '31 déc. 2026 – 1er janv. 2027'],
    ['2027-01-01T00:00', '2027-01-03T00:00', 'Jan 1–2, 2027', '1er–2 janv. 2027'],
    ['2026-12-31T17:00', '2027-01-01T00:00', 'Dec 31, 2026 17:00–24:00', '31 déc. 2026, 17 h 00–24 h 00'],
    ['2026-12-31T22:00', '2027-01-01T02:00', 'Dec 31, 2026 22:00 – Jan 1, 2027 02:00', '31 déc. 2026, 22 h 00 – 1er janv. 2027, 2 h 00'],
    // The day clocks go forward has 23 hours and the day they go back 25: each is still all day.
    ['2027-03-14T00:00', '2027-03-15T00:00', 'Mar 14, 2027 (all day)', '14 mars 2027 (toute la journée)'],
    ['2027-11-07T00:00', '2027-11-08T00:00', 'Nov 7, 2027 (all day)', '7 nov. 2027 (toute la journée)'],
    ['2027-03-14T01:00', '2027-03-14T04:00', 'Mar 14, 2027 01:00–04:00', '14 mars 2027, 1 h 00–4 h 00'],
    ['2028-02-29T00:00', '2028-03-01T00:00', 'Feb 29, 2028 (all day)', '29 févr. 2028 (toute la journée)'],
    ['2028-02-28T00:00', '2028-03-01T00:00', 'Feb 28–29, 2028', '28–29 févr. 2028'],
    ['2027-07-01T00:00', '2027-07-02T00:00', 'Jul 1, 2027 (all day)', '1er juill. 2027 (toute la journée)'],
    ['2026-12-26T00:00', '2026-12-24T00:00', 'Dec 26, 2026 00:00 – Dec 24, 2026 00:00', '26 déc. 2026, 0 h 00 – 24 déc. 2026, 0 h 00'],
  ])('writes %s to %s as %j and %j', (fromIso, toIso, english, french) => {
    const [from, to] = [at(fromIso), at(toIso)];
    expect(describeDateSpan(from, to, 'en')).toBe(english);
    expect(describeDateSpan(from, to, 'fr')).toBe(french);
  });

  it.each([
    ['2026-12-25T00:00', '2026-12-26T00:00'],
    ['2026-11-30T00:00', '2026-12-03T00:00'],
    ['2026-12-31T17:00', '2027-01-01T00:00'],
    ['2027-03-14T00:00', '2027-03-15T00:00'],
    ['2026-12-24T17:00', '2026-12-26T09:00'],
    ['2026-12-26T00:00', '2026-12-24T00:00'],
  ])('writes %s to %s in English exactly as callflow describes the date range', (fromIso, toIso) => {
    const [from, to] = [at(fromIso), at(toIso)];
    const range = { from: from.toISO() ?? '', to: to.toISO() ?? '' };
    expect(describeDateSpan(from, to, 'en')).toBe(describeCallflowDateRange(range, ZONE));
  });
});
