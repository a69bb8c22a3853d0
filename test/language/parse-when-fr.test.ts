import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/language/index.ts';
import { companyContext, TIME_ZONE } from './fixtures/company-context.ts';
import { expectTwinRefusals, expectTwins, intentIn, refusalIn } from './fixtures/read-french.ts';

// French twins of parse-when.test.ts, read as the <when> of a route command: the French and the
// English command give the same Intent, or are refused with the same code.
const at = (iso: string, timeZone = TIME_ZONE): CommandContext => companyContext(DateTime.fromISO(iso, { zone: timeZone }), { timeZone });
const wednesday = at('2026-11-25T22:00'); // the fixtures' NOW

const whenTwins = (french: string, english: string, context: CommandContext = wednesday) =>
  expectTwins(`envoyer vers la messagerie ${french}`, `route to voicemail ${english}`, context);

function rangesOf(french: string, context: CommandContext = wednesday): ReadonlyArray<readonly [string, string]> {
  const intent = intentIn('fr', `envoyer vers la messagerie ${french}`, context);
  if (intent.kind !== 'add-rule' || intent.schedule.kind !== 'dates') throw new Error(`not dated: ${JSON.stringify(intent)}`);
  return intent.schedule.ranges.map((range) => [range.from, range.to] as const);
}

describe('parseCommand in French: a date without a year is the next one to come', () => {
  it.each([
    ['le 25 déc. said on Dec 26 is next year\'s', '2026-12-26T10:00', 'le 25 déc.', 'Dec 25'],
    ['le 25 décembre said on Dec 25 is today', '2026-12-25T15:00', 'le 25 décembre', 'Dec 25'],
    ['25 déc. said on Nov 25 is this year\'s', '2026-11-25T22:00', '25 déc.', 'on Dec 25'],
    ['le 1er janv. said on New Year\'s Eve is tomorrow', '2026-12-31T23:30', 'le 1er janv.', 'Jan 1'],
    ['le 31 déc. said on Jan 1 is at the end of the year', '2027-01-01T00:30', 'le 31 déc.', 'Dec 31'],
    ['le 29 févr. said in 2026 is in 2028', '2026-11-25T22:00', 'le 29 févr.', 'Feb 29'],
    ['a date with a year is that year\'s', '2026-11-25T22:00', 'le 25 déc. 2027', 'Dec 25 2027'],
    ['an ISO date is that date', '2026-11-25T22:00', 'le 2027-01-01', 'on 2027-01-01'],
    ['vendredi said on Wednesday is this Friday', '2026-11-25T22:00', 'vendredi', 'on Friday'],
    ['mercredi said on Wednesday is today', '2026-11-25T22:00', 'mercredi', 'on Wednesday'],
    ['mercredi prochain said on Wednesday is a week later', '2026-11-25T22:00', 'mercredi prochain', 'next Wednesday'],
    ['demain is the company\'s tomorrow, not the host\'s', '2026-11-25T22:00', 'demain', 'tomorrow'],
    ['après-demain is the day after', '2026-11-25T22:00', 'après-demain', 'in 2 days'],
    ['le 1er mai is May 1', '2026-11-25T22:00', 'le 1er mai', 'May 1'],
    ['the months read without their dot', '2026-11-25T22:00', 'le 3 sept', 'Sep 3'],
  ])('%s', (_name, now, french, english) => {
    whenTwins(french, english, at(now));
  });

  it('takes the range still under way for a range without a year', () => {
    whenTwins('du 15 nov. au 15 févr.', 'Nov 15 to Feb 15');
  });

  it('takes next year\'s range when this year\'s is over', () => {
    whenTwins('du 20 au 24 nov.', 'Nov 20-24');
  });

  it('takes next week\'s hours when today\'s are over for a weekday name', () => {
    whenTwins('mercredi de 8 h à 9 h', 'Wednesday 8-9am');
  });

  it('gives a start without a year the year of an end that has one', () => {
    whenTwins('du 25 déc. au 1er janv. 2028', 'Dec 25 - Jan 1 2028');
  });

  it('takes next year\'s hours when today\'s are over', () => {
    whenTwins('le 25 nov. de 8 h à 9 h', 'Nov 25 8-9am');
  });
});

describe('parseCommand in French: a whole day is local midnight to the next local midnight', () => {
  it.each([
    ['an ordinary winter day', 'le 25 déc.', 'on Dec 25'],
    ['the day summer time starts', 'le 14 mars 2027', 'on Mar 14 2027'],
    ['the day summer time ends', 'le 7 nov. 2027', 'on Nov 7 2027'],
    ['Feb 29 of a leap year', 'le 2028-02-29', 'on 2028-02-29'],
    ['Dec 31, ending at the new year\'s midnight', 'le 31 déc.', 'Dec 31'],
  ])('reads %s as in English', (_name, french, english) => {
    whenTwins(french, english);
  });

  it('reads a whole day in the company zone when the company is in Tokyo', () => {
    const tokyo = at('2026-11-25T22:00', 'Asia/Tokyo');
    whenTwins('le 25 déc.', 'Dec 25', tokyo);
    expect(rangesOf('le 25 déc.', tokyo)).toEqual([['2026-12-25T00:00:00.000+09:00', '2026-12-26T00:00:00.000+09:00']]);
  });
});

describe('parseCommand in French: the days clocks change', () => {
  const winterNewYork = at('2026-01-15T10:00', 'US/Eastern');
  const winterParis = at('2026-01-15T10:00', 'Europe/Paris');

  it.each([
    ['US/Eastern, Mar 8 2026, 23 hours', winterNewYork, 'le 8 mars', 'Mar 8', ['2026-03-08T00:00:00.000-05:00', '2026-03-09T00:00:00.000-04:00']],
    ['US/Eastern, Nov 1 2026, 25 hours', winterNewYork, 'le 1er nov.', 'Nov 1', ['2026-11-01T00:00:00.000-04:00', '2026-11-02T00:00:00.000-05:00']],
    ['Europe/Paris, Mar 29 2026, 23 hours', winterParis, 'le 29 mars', 'Mar 29', ['2026-03-29T00:00:00.000+01:00', '2026-03-30T00:00:00.000+02:00']],
    ['Europe/Paris, Oct 25 2026, 25 hours', winterParis, 'le 25 oct.', 'Oct 25', ['2026-10-25T00:00:00.000+02:00', '2026-10-26T00:00:00.000+01:00']],
  ] as const)('reads the whole day of %s', (_name, context, french, english, range) => {
    whenTwins(french, english, context);
    expect(rangesOf(french, context)).toEqual([range]);
  });

  it.each([
    ['US/Eastern, across the skipped hour', winterNewYork, 'le 8 mars de 1 h à 4 h', 'on Mar 8 from 1am to 4am', ['2026-03-08T01:00:00.000-05:00', '2026-03-08T04:00:00.000-04:00']],
    ['US/Eastern, across the repeated hour', winterNewYork, 'le 1er nov. de 0 h à 3 h', 'on Nov 1 from 00:00 to 3am', ['2026-11-01T00:00:00.000-04:00', '2026-11-01T03:00:00.000-05:00']],
    ['Europe/Paris, across the skipped hour', winterParis, 'le 29 mars de 1 h à 4 h', 'on Mar 29 from 1am to 4am', ['2026-03-29T01:00:00.000+01:00', '2026-03-29T04:00:00.000+02:00']],
    ['Europe/Paris, across the repeated hour', winterParis, 'le 25 oct. de 1 h à 4 h', 'Oct 25 from 1am to 4am', ['2026-10-25T01:00:00.000+02:00', '2026-10-25T04:00:00.000+01:00']],
  ] as const)('reads hours on the day %s', (_name, context, french, english, range) => {
    whenTwins(french, english, context);
    expect(rangesOf(french, context)).toEqual([range]);
  });

  it('counts a day as a calendar day across a DST change', () => {
    whenTwins('pendant 1 jour', 'for 1 day', at('2026-03-07T09:00', 'US/Eastern'));
    expect(rangesOf('pendant 1 jour', at('2026-03-28T09:00', 'Europe/Paris'))).toEqual([['2026-03-28T09:00:00.000+01:00', '2026-03-29T09:00:00.000+02:00']]);
  });
});

describe('parseCommand in French: date ranges', () => {
  it.each([
    ['du 24 au 26 déc.', 'Dec 24-26'],
    ['du 24 au 26 décembre', 'Dec 24-26'],
    ['24-26 déc.', 'Dec 24-26'],
    ['du 24 déc. au 26 déc.', 'from Dec 24 to Dec 26'],
    ["du 24 déc. jusqu'au 26 déc.", 'Dec 24 until Dec 26'],
    ['entre le 24 déc. et le 1er janv.', 'between Dec 24 and Jan 1'],
    ['entre le 24 et le 26 déc.', 'between Dec 24 and Dec 26'],
    ['du 30 déc. au 2 janv.', 'Dec 30 - Jan 2'],
    ['du 31 déc. au 2 janv.', 'from Dec 31 to Jan 2'],
    ['du 24 déc. 17 h au 26 déc. 9 h', 'from Dec 24 5pm to Dec 26 9am'],
    ['du 24 déc. à 17 h au 26 déc. à 9 h', 'from Dec 24 5pm to Dec 26 9am'],
    ['le 24 déc. de 17 h à 21 h', 'Dec 24 5pm to 9'],
    ['le 24 déc. de 22 h à 6 h', 'Dec 24 10pm to 6am'],
    ['du 2027-01-01T09:00 au 2027-01-02T17:00', 'from 2027-01-01T09:00 to 2027-01-02T17:00'],
    ['du 2027-01-01 au 2027-01-03', '2027-01-01 - 2027-01-03'],
    ['du 2027-01-01T09:00Z au 2027-01-02T17:00+09:00', 'from 2027-01-01T09:00Z to 2027-01-02T17:00+09:00'],
    ['du vendredi 17 h au lundi 9 h', 'from Friday 5pm to Monday 9am'],
    ['le 24 déc., le 31 déc. et le 1er janv.', 'Dec 24, Dec 31 and Jan 1'],
  ])('reads "%s" as "%s"', (french, english) => {
    whenTwins(french, english);
  });

  it('crosses the year end with both days included', () => {
    expect(rangesOf('du 31 déc. au 2 janv.')).toEqual([['2026-12-31T00:00:00.000-05:00', '2027-01-03T00:00:00.000-05:00']]);
  });
});

describe('parseCommand in French: a time of day on a date', () => {
  it.each([
    ['le 31 déc. de 12 h à 17 h', 'on Dec 31 from 12 to 5'],
    ['le 31 déc. de 9 h à 17 h', 'Dec 31 9 to 5'],
    ['le 31 déc. de 12 h à 13 h', 'Dec 31 from 12 to 1'],
    ['le 31 déc. de 12 à 13', 'Dec 31 from 12 to 1'],
    ['le 31 déc. entre 12 h et 13 h', 'on Dec 31 between 12 and 1'],
    ['de 12 h à 17 h le 31 déc.', '12-5pm on Dec 31'],
    ['12 h-17 h le 31 déc.', '12-5pm on Dec 31'],
    ['le 31 déc. de 22 h à 2 h', 'Dec 31 from 10pm to 2am'],
    ['le 31 déc. de 17 h 30 à 18h45', 'Dec 31 from 5:30pm to 6:45pm'],
    ['le 25 déc. de 0 h à 24 h', 'Dec 25 from 00:00 to 24:00'],
    ['le 25 déc. de minuit à midi', 'Dec 25 from midnight to noon'],
    ['vendredi de 12 h à 13 h', 'Friday 12-1'],
    ['le 2027-03-14 de 1 h à 4 h', 'on 2027-03-14 from 1am to 4am'],
  ])('reads "%s" as "%s"', (french, english) => {
    whenTwins(french, english);
  });
});

describe('parseCommand in French: spans from now', () => {
  it.each([
    ["maintenant jusqu'à 23 h", 'now until 11pm'],
    ["jusqu'à 15 h", 'until 3pm'],
    ["jusqu'a 15h", 'until 3pm'],
    ["jusqu'à demain 9 h", 'until tomorrow 9am'],
    ["jusqu'à lundi", 'until Monday'],
    ["jusqu'à minuit", 'until midnight'],
    ['pendant 2 heures', 'for 2 hours'],
    ['pendant 2 h', 'for 2 hours'],
    ['pendant une demi-heure', 'for half an hour'],
    ['maintenant pendant 1 heure 30 minutes', 'now for 1 hour 30 minutes'],
    ['pendant 1 h 30', 'for 1 hour 30 minutes'],
    ['pendant une heure et demie', 'for 90 minutes'],
    ['pendant 1,5 heure', 'for 1.5 hours'],
    ['pendant 1 jour', 'for 1 day'],
    ['pendant deux semaines', 'for 2 weeks'],
  ])('reads "%s" as "%s"', (french, english) => {
    whenTwins(french, english);
  });
});

describe('parseCommand in French: weekly schedules', () => {
  it.each([
    ['les jours de semaine de 12 h à 13 h', 'weekdays 12:00-13:00'],
    ['le week-end', 'on weekends'],
    ['les fins de semaine', 'on weekends'],
    ['tous les samedis', 'every Saturday'],
    ['chaque samedi', 'every Saturday'],
    ['le samedi', 'every Saturday'],
    ['lun.-ven.', 'Mon-Fri'],
    ['du lundi au vendredi de 9 h à 17 h', 'Mon-Fri 9-5'],
    ['le lundi et le mercredi', 'Mon, Wed'],
    ['tous les jours de 22 h à 6 h', 'every day 22-6'],
  ])('reads "%s" as "%s"', (french, english) => {
    whenTwins(french, english);
  });

  it('reads "le samedi" before a date as that date, not every Saturday', () => {
    whenTwins('le samedi 28 nov.', 'Saturday Nov 28');
  });
});

describe('parseCommand in French: what it refuses', () => {
  it.each([
    ['le 30 févr.', 'Feb 30'],
    ['le 31 avril 2027', 'April 31 2027'],
    ['le 32 déc.', 'Dec 32'],
    ['le 29 févr. 2027', 'Feb 29 2027'],
    ['le 2027-02-30', '2027-02-30'],
    ['du 26 au 24 déc.', 'Dec 26-24'],
    ['du 26 déc. au 24 déc.', 'from Dec 26 to Dec 24'],
    ['du 24 déc. 17 h au 24 déc. 9 h', 'from Dec 24 5pm to Dec 24 9am'],
    ['le 25 déc. 2025', 'Dec 25 2025'],
    ['hier', 'yesterday'],
    ['vendredi dernier', 'last Friday'],
    ["aujourd'hui de 8 h à 9 h", 'today 8-9am'],
    ["le 25 déc. s'il vous plaît", 'on Dec 25 please'],
    ['le 6/10', '6/10'],
    ['le 25/12', '25/12'],
    ['24/7', '24/7'],
    ['demain matin', 'tomorrow morning'],
    ["demain après-midi", 'tomorrow afternoon'],
    ['ce soir', 'tonight'],
    ['la semaine prochaine', 'next week'],
    ['de 12 h à 13 h', 'from 12 to 1'],
    ['le 24 déc. 17 h', 'Dec 24 5pm'],
    ["jusqu'à 5", 'until 5'],
    ['le 31 déc. de 1 à 5', 'on Dec 31 from 1 to 5'],
    ['pendant un moment', 'for a while'],
    ['le 25 déc. 12', 'Dec 25 12'],
    ['ce week-end', 'this weekend'],
    ['lundi prochain-2', 'next Monday-2'],
    ['le 25 déc. UTC', 'Dec 25 UTC'],
    ['Noël', 'Christmas'],
    ['am 25. Dezember', 'am 25. Dezember'],
  ])('refuses "%s" as "%s" is refused', (french, english) => {
    expectTwinRefusals(`envoyer vers la messagerie ${french}`, `route to voicemail ${english}`);
  });

  it.each([
    ['le 31 avril 2027', '31 avril 2027'],
    ['du 26 au 24 déc.', 'du 26 au 24 déc'],
    ['le 25 déc. 2025', '25 déc. 2025'],
    ['vendredi dernier', 'vendredi dernier'],
    ["jusqu'à 5", '5'],
    ['le 31 déc. de 1 à 5', 'de 1 à 5'],
    ['pendant un moment', 'un moment'],
    ['demain matin', 'demain matin'],
  ])('quotes "%s" in French, as typed: "%s"', (french, quoted) => {
    expect(refusalIn('fr', `envoyer vers la messagerie ${french}`).text).toBe(quoted);
  });

  it('never reads "le 25 déc." as anything but December 25', () => {
    expect(rangesOf('le 25 déc.')).toEqual([['2026-12-25T00:00:00.000-05:00', '2026-12-26T00:00:00.000-05:00']]);
  });
});
