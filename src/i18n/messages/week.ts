import { message } from '../catalogue.ts';
import { french, NARROW_NO_BREAK_SPACE } from '../french-typography.ts';

/** Why a day differs from an ordinary week, joined as each language lists them. */
const joinReasons = {
  en: (reasons: ReadonlyArray<string>): string => reasons.join('; '),
  fr: (reasons: ReadonlyArray<string>): string => reasons.join(`${NARROW_NO_BREAK_SPACE}; `),
};

/** The words of the week: its picture, its terminal timeline and its legend. */
export const WEEK_MESSAGES = {
  /** `from`: the caller the week is drawn for, if any; `week`: its Monday in words. */
  title: message<{ from?: string; to: string; week: string; zone: string }>({
    en: ({ from, to, week, zone }) => `Where calls${from === undefined ? '' : ` from ${from}`} to ${to} go, week of ${week} (${zone})`,
    fr: ({ from, to, week, zone }) => `Où vont les appels${from === undefined ? '' : ` de ${from}`} au ${to}, semaine du ${week} (${zone})`,
    examples: [
      { to: '+16505550100', week: 'Mon Dec 21, 2026', zone: 'US/Eastern' },
      { from: '+14155550100', to: '+16505550100', week: 'Mon Dec 21, 2026', zone: 'US/Eastern' },
    ],
  }),
  /** Why a day is unusual: a closure or another rule with dates decides some of its calls. */
  'unusual-closure': message<{ name: string }>({
    en: ({ name }) => `Closure "${name}"`,
    fr: ({ name }) => french`Fermeture « ${name} »`,
    examples: [{ name: 'Closed until Dec 26, 09:00' }],
  }),
  'unusual-date-rule': message<{ name: string }>({
    en: ({ name }) => `Date rule "${name}"`,
    fr: ({ name }) => french`Règle de dates « ${name} »`,
    examples: [{ name: 'Christmas' }],
  }),
  /** A legend line read beside the picture; `rule` as `test` names it (`The after-hours rule`). */
  'legend-line': message<{ key: string; destination: string; rule: string }>({
    en: ({ key, destination, rule }) => `${key}: ${destination}, by ${rule.replace(/^The /, 'the ')}`,
    fr: ({ key, destination, rule }) => french`${key} : ${destination}, par ${rule.replace(/^La /, 'la ')}`,
    examples: [{ key: 'A', destination: 'Main Voicemail (ext 300)', rule: 'The after-hours rule' }],
  }),
  /** An unusual day as a sentence of the legend read beside the picture. */
  'unusual-day-line': message<{ day: string; reasons: ReadonlyArray<string> }>({
    en: ({ day, reasons }) => `${day} is unusual: ${joinReasons.en(reasons)}.`,
    fr: ({ day, reasons }) => french`${day} sort de l'ordinaire : ${joinReasons.fr(reasons)}.`,
    examples: [{ day: 'Fri Dec 25', reasons: ['Date rule Christmas'] }, { day: 'Fri Dec 25', reasons: ['Date rule Christmas', 'Closure Snow day'] }],
  }),
  /** An unusual day under the picture and the timeline, after the day's mark. */
  'unusual-day': message<{ day: string; reasons: ReadonlyArray<string> }>({
    en: ({ day, reasons }) => `${day}: ${joinReasons.en(reasons)}`,
    fr: ({ day, reasons }) => french`${day} : ${joinReasons.fr(reasons)}`,
    examples: [{ day: 'Fri Dec 25', reasons: ['Date rule Christmas', 'Closure Snow day'] }],
  }),
  /** What an empty cell means: the wall-clock hour a change to daylight saving time skips. */
  'no-such-hour': message({
    en: () => 'No such hour: the clocks go forward',
    fr: () => french`Heure inexistante : on avance l'heure`,
  }),
  /** Under the picture: today and the time, where the "now" line is drawn. */
  now: message<{ day: string; time: string }>({
    en: ({ day, time }) => `Now: ${day}, ${time}`,
    fr: ({ day, time }) => french`Maintenant : ${day}, ${time}`,
    examples: [{ day: 'Thu Dec 24', time: '10:30' }],
  }),
  /** At the end of today's line of the timeline. */
  'now-mark': message<{ time: string }>({
    en: ({ time }) => `◀ now ${time}`,
    fr: ({ time }) => `◀ maintenant ${time}`,
    examples: [{ time: '10:30' }],
  }),
};
