import { describe, expect, it } from 'vitest';
import { customRuleSends, useCommandForms, whereCallGoes, type Speaker } from './support/command-forms-harness.ts';

/**
 * DST days, year ends and Feb 29, typed in French and in English. Each test applies the English
 * command to a fresh demo company and records where calls at the edges go, then applies the
 * French twin to a fresh demo company and probes the same instants with `tester`: both must
 * write the same rule to RingCentral (all but its name) and send every call the same way (`test`
 * and `tester` name the same instant, rule kind and destination, each in its own words), and
 * the calls land inside or outside the new rule as the table says. Company time is US/Eastern;
 * "now" is Wed Nov 25, 2026 12:00, so dates without a year are in Dec 2026 / Jan 2027.
 */

const { emulator, emulatorState, speaking } = useCommandForms('forms-fr-edges');

/** Where a probed call must go: into the new rule, elsewhere, or wherever English sends it. */
type Expected = 'in' | 'out' | 'as-english';

interface EdgeCase {
  readonly title: string;
  readonly english: string;
  readonly french: string;
  /** The name the French reading gives the new rule. */
  readonly frenchName: string;
  /** The same instant in English and in French, and where a call then goes. */
  readonly probes: ReadonlyArray<readonly [english: string, french: string, expected: Expected]>;
}

// Every new rule sends calls to Front Desk, which nothing in the demo company does, so a call
// inside the rule is told apart from after hours (voicemail) and business hours (greeting).
const FRONT_DESK = 'Front Desk (poste 500)';
const INSIDE = `envoie l'appel vers ${FRONT_DESK}`;

// Sun Nov 7, 2027: clocks go back at 02:00 EDT, so 01:00–01:59 happens twice.
const FALL_BACK_HOURS: EdgeCase = {
  title: 'fall-back day Nov 7, 2027, from 1 h to 3 h',
  english: 'route to Front Desk from Nov 7 2027 01:00 to Nov 7 2027 03:00',
  french: 'envoyer vers Front Desk du 7 nov. 2027 1 h au 7 nov. 2027 3 h',
  frenchName: '7 nov. 2027 1 h–3 h',
  probes: [
    ['Nov 7 2027 00:59', '7 nov. 2027 0 h 59', 'out'],
    // Which of the two 01:30s "01:00"/"1 h" starts at is the shared grammar's choice (the
    // preview warns about the day); French must only make the same one.
    ['2027-11-07T01:30-04:00', '2027-11-07T01:30-04:00', 'as-english'],
    ['Nov 7 2027 01:30', '7 nov. 2027 1 h 30', 'as-english'],
    ['2027-11-07T01:30-05:00', '2027-11-07T01:30-05:00', 'in'],
    ['Nov 7 2027 02:59', '7 nov. 2027 2 h 59', 'in'],
    ['Nov 7 2027 03:00', '7 nov. 2027 3 h', 'out'],
  ],
};

// The 25-hour day: both 01:30s are inside it.
const FALL_BACK_DAY: EdgeCase = {
  title: 'fall-back day Nov 7, 2027, all day',
  english: 'route to Front Desk on Nov 7 2027',
  french: 'envoyer vers Front Desk le 7 nov. 2027',
  frenchName: '7 nov. 2027',
  probes: [
    ['Nov 6 2027 23:59', '6 nov. 2027 23 h 59', 'out'],
    ['Nov 7 2027 00:00', '7 nov. 2027 0 h', 'in'],
    ['2027-11-07T01:30-04:00', '2027-11-07T01:30-04:00', 'in'],
    ['2027-11-07T01:30-05:00', '2027-11-07T01:30-05:00', 'in'],
    ['Nov 7 2027 23:59', '7 nov. 2027 23 h 59', 'in'],
    ['Nov 8 2027 00:00', '8 nov. 2027 0 h', 'out'],
  ],
};

// Sun Mar 14, 2027: clocks go forward at 02:00 EST, so the day has 23 hours and no 02:30.
const SPRING_FORWARD_DAY: EdgeCase = {
  title: 'spring-forward day Mar 14, 2027, all day',
  english: 'route to Front Desk on Mar 14 2027',
  french: 'envoyer vers Front Desk le 14 mars 2027',
  frenchName: '14 mars 2027',
  probes: [
    ['Mar 13 2027 23:59', '13 mars 2027 23 h 59', 'out'],
    ['Mar 14 2027 00:00', '14 mars 2027 0 h', 'in'],
    ['Mar 14 2027 01:59', '14 mars 2027 1 h 59', 'in'],
    ['Mar 14 2027 02:30', '14 mars 2027 2 h 30', 'in'],
    ['Mar 14 2027 03:00', '14 mars 2027 3 h', 'in'],
    ['Mar 14 2027 23:59', '14 mars 2027 23 h 59', 'in'],
    ['Mar 15 2027 00:00', '15 mars 2027 0 h', 'out'],
  ],
};

const SPRING_FORWARD_HOURS: EdgeCase = {
  title: 'spring-forward day Mar 14, 2027, from 1 h to 4 h',
  english: 'route to Front Desk on Mar 14 2027 from 01:00 to 04:00',
  french: 'envoyer vers Front Desk le 14 mars 2027 de 1 h à 4 h',
  frenchName: '14 mars 2027 1 h–4 h',
  probes: [
    ['Mar 14 2027 00:59', '14 mars 2027 0 h 59', 'out'],
    ['Mar 14 2027 01:00', '14 mars 2027 1 h', 'in'],
    ['Mar 14 2027 01:59', '14 mars 2027 1 h 59', 'in'],
    ['Mar 14 2027 03:00', '14 mars 2027 3 h', 'in'],
    ['Mar 14 2027 03:59', '14 mars 2027 3 h 59', 'in'],
    ['Mar 14 2027 04:00', '14 mars 2027 4 h', 'out'],
  ],
};

// The last day named is included: "au 2 janv." runs to the end of Jan 2.
const YEAR_END_DAYS: EdgeCase = {
  title: 'year end, whole days Dec 31 to Jan 2',
  english: 'route to Front Desk from Dec 31 to Jan 2',
  french: 'envoyer vers Front Desk du 31 déc. au 2 janv.',
  frenchName: '31 déc. 2026–2 janv. 2027',
  probes: [
    ['Dec 30 23:59', '30 déc. 23 h 59', 'out'],
    ['Dec 31 00:00', '31 déc. 0 h', 'in'],
    ['Jan 1 00:00', '1er janv. 0 h', 'in'],
    ['Jan 2 23:59', '2 janv. 23 h 59', 'in'],
    ['Jan 3 00:00', '3 janv. 0 h', 'out'],
  ],
};

const YEAR_END_SPAN: EdgeCase = {
  title: 'year end, Dec 31 17 h to Jan 2 9 h',
  english: 'route to Front Desk from Dec 31 5pm to Jan 2 9am',
  french: 'envoyer vers Front Desk du 31 déc. 17 h au 2 janv. 9 h',
  frenchName: '31 déc. 17 h–2 janv. 9 h',
  probes: [
    ['Dec 31 16:59', '31 déc. 16 h 59', 'out'],
    ['Dec 31 17:00', '31 déc. 17 h', 'in'],
    ['Dec 31 23:59', '31 déc. 23 h 59', 'in'],
    ['Jan 1 00:00', '1er janv. 0 h', 'in'],
    ['Jan 2 08:59', '2 janv. 8 h 59', 'in'],
    ['Jan 2 09:00', '2 janv. 9 h', 'out'],
  ],
};

// A time of day that ends after midnight on Dec 31 runs into the new year.
const YEAR_END_NIGHT: EdgeCase = {
  title: 'year end, Dec 31 from 22 h to 2 h',
  english: 'route to Front Desk on Dec 31 from 10pm to 2am',
  french: 'envoyer vers Front Desk le 31 déc. de 22 h à 2 h',
  frenchName: '31 déc. 22 h–1er janv. 2 h',
  probes: [
    ['Dec 31 21:59', '31 déc. 21 h 59', 'out'],
    ['Dec 31 22:00', '31 déc. 22 h', 'in'],
    ['Jan 1 01:59', '1er janv. 1 h 59', 'in'],
    ['Jan 1 02:00', '1er janv. 2 h', 'out'],
  ],
};

const LEAP_DAY: EdgeCase = {
  title: 'leap day Feb 29, 2028',
  english: 'route to Front Desk on Feb 29 2028',
  french: 'envoyer vers Front Desk le 29 févr. 2028',
  frenchName: '29 févr. 2028',
  probes: [
    ['Feb 28 2028 23:59', '28 févr. 2028 23 h 59', 'out'],
    ['Feb 29 2028 00:00', '29 févr. 2028 0 h', 'in'],
    ['Feb 29 2028 23:59', '29 févr. 2028 23 h 59', 'in'],
    ['Mar 1 2028 00:00', '1er mars 2028 0 h', 'out'],
  ],
};

/** What one language made of a case: the rules it added, unnamed, and each probe's answer. */
interface Outcome {
  readonly rules: ReadonlyArray<Record<string, unknown>>;
  readonly names: ReadonlyArray<string | undefined>;
  readonly answers: ReadonlyArray<string>;
}

// The rule's name is the one thing the languages write differently; ids and uris are the emulator's.
const UNCOMPARED = new Set(['id', 'uri', 'name']);
const compared = (rule: object): Record<string, unknown> => Object.fromEntries(Object.entries(rule).filter(([key]) => !UNCOMPARED.has(key)));

async function applyAndProbe(speaker: Speaker, command: string, times: ReadonlyArray<string>): Promise<Outcome> {
  await emulator.resetState();
  const before = new Set((await emulatorState()).answeringRules.map((rule) => rule.id));
  await speaker.apply(command);
  const added = (await emulatorState()).answeringRules.filter((rule) => !before.has(rule.id));
  const answers: string[] = [];
  for (const time of times) answers.push(await speaker.probe(time));
  return {
    rules: added.map(compared),
    names: added.map((rule) => rule.name),
    answers,
  };
}

describe('French and English agree on DST days, year ends and Feb 29', () => {
  const cases: ReadonlyArray<EdgeCase> = [
    FALL_BACK_HOURS,
    FALL_BACK_DAY,
    SPRING_FORWARD_DAY,
    SPRING_FORWARD_HOURS,
    YEAR_END_DAYS,
    YEAR_END_SPAN,
    YEAR_END_NIGHT,
    LEAP_DAY,
  ];

  for (const edge of cases) {
    it(`${edge.title}: the French writes the English twin's rule and routes every edge call alike`, async () => {
      const english = await applyAndProbe(speaking('en'), edge.english, edge.probes.map(([time]) => time));
      const french = await applyAndProbe(speaking('fr'), edge.french, edge.probes.map(([, time]) => time));

      expect(french.names).toEqual([edge.frenchName]);
      expect(french.rules).toEqual(english.rules);
      const englishRouting = english.answers.map((answer) => whereCallGoes(answer, 'en'));
      expect(englishRouting).not.toContain(null);
      expect(french.answers.map((answer) => whereCallGoes(answer, 'fr'))).toEqual(englishRouting);
      edge.probes.forEach(([time, , expected], index) => {
        const answer = french.answers[index] ?? '';
        if (expected === 'in') expect(answer, time).toContain(customRuleSends(edge.frenchName, FRONT_DESK));
        if (expected === 'out') expect(answer, time).not.toContain(INSIDE);
      });
    });
  }

  it('refuses Feb 29 in a year without one, in each language, and changes nothing', async () => {
    const before = await emulatorState();
    const english = await speaking('en').run(['--yes', 'route to Front Desk on Feb 29 2027']);
    const french = await speaking('fr').run(['--yes', 'envoyer vers Front Desk le 29 févr. 2027']);
    expect([english.code, french.code]).toEqual([1, 1]);
    expect(english.stderr).toBe('"Feb 29 2027" is not a real date. Check the day and the month, e.g. "Feb 28".\n');
    expect(french.stderr).toBe('«\u00A029 févr. 2027\u00A0» n\'est pas une vraie date. Vérifiez le jour et le mois, par exemple «\u00A0le 28 févr.\u00A0».\n');
    expect(await emulatorState()).toEqual(before);
  });
});
