import { describe, expect, it } from 'vitest';
import { expectTwinRefusals, expectTwins, intentIn } from './fixtures/read-french.ts';

// French twins of parse-weekly-schedule.test.ts, read as business hours ("heures" / "hours") and
// as the weekly <when> of a route command.
const lunch = [{ from: 720, to: 780 }];

describe('parseCommand in French: weekly schedules', () => {
  it.each([
    ['les jours de semaine 12 h-13 h', 'weekdays 12:00-13:00'],
    ['tous les jours de semaine de 12 h à 13 h', 'every weekday 12-1pm'],
    ['de 12 h à 13 h les jours de semaine', 'from 12 to 1 on weekdays'],
    ['tous les samedis', 'every Saturday'],
    ['le week-end', 'on weekends'],
    ['les lundis', 'Mondays'],
    ['lun., mer. 8 h-10 h', 'Mon, Wed 8-10am'],
    ['mar. et jeu. 12 h-13 h', 'Tue and Thu 12-1'],
    ['ven.-lun. 12 h-13 h', 'Fri-Mon 12-1'],
    ['du vendredi au lundi de 12 h à 13 h', 'Fri-Mon 12-1'],
    ['les lundis 9 h-12 h, 13 h-17 h', 'Mondays 9-12, 13-17'],
    ['lun.-ven. 9 h-17 h, lun. 10 h-18 h', 'Mon-Fri 9-5, Mon 10-18'],
    ['ven. 22 h-6 h', 'Fri 22-6'],
    ['tous les dimanches 23 h-1 h', 'every Sunday 23:00-01:00'],
    ['les jours de semaine 22 h-6 h', 'weekdays 22-6'],
    ['vendredi 12 h-13 h', 'Friday 12-1'],
    ['lun-ven 9h-17h', 'Mon-Fri 9-5'],
  ])('reads "heures %s" as "hours %s"', (french, english) => {
    expectTwins(`heures ${french}`, `hours ${english}`);
  });

  it('splits a range that crosses midnight: the rest goes to the next day', () => {
    expect(intentIn('fr', 'heures ven. 22 h-6 h')).toEqual({
      kind: 'set-business-hours',
      businessHours: { friday: [{ from: 1320, to: 1440 }], saturday: [{ from: 0, to: 360 }] },
    });
  });

  it('reads a plain day as the next one in a rule, and "le <day>" as every week', () => {
    expectTwins('envoyer vers la messagerie vendredi de 12 h à 13 h', 'route to voicemail Friday 12-1');
    expect(intentIn('fr', 'envoyer vers la messagerie le vendredi de 12 h à 13 h')).toMatchObject({
      schedule: { kind: 'weekly', weekly: { friday: lunch } },
    });
  });

  it.each([
    ['25 déc.', 'Dec 25', 'weekly-unreadable'],
    ['de 12 h à 13 h', 'from 12 to 1', 'weekly-unreadable'],
    ["les jours de semaine s'il vous plaît", 'weekdays please', 'weekly-unreadable'],
    ['les jours de semaine de 1 à 5', 'weekdays 1 to 5', 'time-ambiguous'],
  ])('refuses "heures %s" as "hours %s" is refused', (french, english, code) => {
    expect(expectTwinRefusals(`heures ${french}`, `hours ${english}`).code).toBe(code);
  });
});
