import { readFrenchDuration } from './french-duration.ts';
import { phrase, type FrenchRule } from './french-rule.ts';

// Folded French (lower case, no accents): "déc." is "dec.", "août" is "aout".
const DAY_NUMBER = String.raw`(1er|1re|premier|\d{1,2})`;
const MONTH = String.raw`(janvier|janv|jan|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juill|juil|aout|septembre|sept|sep|octobre|oct|novembre|nov|decembre|dec)\.?`;
const WEEKDAY = String.raw`(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?`;
const FULL_WEEKDAY = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const YEAR = String.raw`(?:\s+(\d{4}))?`;

const MONTHS: ReadonlyArray<readonly [string, string]> = [
  ['jan', 'Jan'], ['fev', 'Feb'], ['mar', 'Mar'], ['avr', 'Apr'], ['mai', 'May'], ['juin', 'Jun'],
  ['juil', 'Jul'], ['aou', 'Aug'], ['sep', 'Sep'], ['oct', 'Oct'], ['nov', 'Nov'], ['dec', 'Dec'],
];
const WEEKDAYS: ReadonlyArray<readonly [string, string]> = [
  ['lun', 'Monday'], ['mar', 'Tuesday'], ['mer', 'Wednesday'], ['jeu', 'Thursday'], ['ven', 'Friday'], ['sam', 'Saturday'], ['dim', 'Sunday'],
];

const month = (word: string | undefined): string => MONTHS.find(([stem]) => (word ?? '').startsWith(stem))?.[1] ?? '';
const weekday = (word: string | undefined): string => WEEKDAYS.find(([stem]) => (word ?? '').startsWith(stem))?.[1] ?? '';
const dayNumber = (word: string | undefined): string => (word === undefined || /^(?:1er|1re|premier)$/.test(word) ? '1' : String(Number(word)));
const withYear = (text: string, year: string | undefined): string => (year === undefined ? text : `${text} ${year}`);
const pad = (hour: string | undefined): string => (hour ?? '').padStart(2, '0');

/**
 * French dates, days and times, rewritten into the grammar's English: "le 25 déc." -> "Dec 25",
 * "du 24 au 26 décembre" -> "from Dec 24 to Dec 26", "lun.-ven." -> "Monday-Friday",
 * "le samedi" -> "every Saturday", "17 h 30" -> "17:30", "pendant 2 heures" -> "for 2 hours".
 * French times are 24-hour, so an hour written with "h" or ":" becomes a two-digit 24-hour
 * time ("5 h" -> "05:00", never the 5 that English would ask about); a bare number stays bare
 * and English reads it as it reads its own ("de 9 à 5" is 9 to 5, "de 1 à 5" is refused).
 */
export const FRENCH_DATE_RULES: ReadonlyArray<FrenchRule> = [
  // "24 h/24", "24h/24 7j/7": open all the time.
  phrase(String.raw`24\s?h?\s?(?:\/|sur)\s?24(?:\s?,?\s?(?:et\s)?7\s?j?\s?(?:\/|sur)\s?7)?|7\s?j(?:ours)?\s?(?:\/|sur)\s?7`, '24/7'),
  // Days of one month, the month said once at the end: "du 24 au 26 décembre", "24-26 déc.", "entre le 24 et le 26 déc.".
  phrase(`(?:(du|entre) (?:le )?)?${DAY_NUMBER}\\s?(?:-|au|a|et)\\s?(?:le )?${DAY_NUMBER}\\s?${MONTH}${YEAR}`, (match) => {
    const [, lead, first, last, monthWord, year] = match;
    const end = withYear(`${month(monthWord)} ${dayNumber(last)}`, year);
    const start = `${month(monthWord)} ${dayNumber(first)}`;
    return lead === 'entre' ? `between ${start} and ${end}` : `from ${start} to ${end}`;
  }),
  phrase(`${DAY_NUMBER}\\s?${MONTH}${YEAR}`, (match) => withYear(`${month(match[2])} ${dayNumber(match[1])}`, match[3])),
  // "du lundi au vendredi" is a week's days, as "lun.-ven." is; with a time on each day
  // ("du vendredi 17 h au lundi 9 h") it is one span, read word by word.
  phrase(`du ${WEEKDAY} au ${WEEKDAY}`, (match) => `${weekday(match[1])}-${weekday(match[2])}`),
  phrase(`(?:tous les|toutes les|chaque|les) ${FULL_WEEKDAY}s?`, (match) => `every ${weekday(match[1])}`),
  phrase(`chaque ${WEEKDAY}`, (match) => `every ${weekday(match[1])}`),
  // "le samedi" without a date is every Saturday ("fermé le samedi"); "samedi" alone is the next one.
  phrase(`le ${WEEKDAY}(?!\\s*(?:\\d|1er|premier|prochaine?|derniere?)(?![\\p{L}]))`, (match) => `every ${weekday(match[1])}`),
  phrase(`(?:ce )?${WEEKDAY} prochaine?`, (match) => `next ${weekday(match[1])}`),
  phrase(`${WEEKDAY} derniere?`, (match) => `last ${weekday(match[1])}`),
  phrase(`ce ${WEEKDAY}`, (match) => weekday(match[1])),
  phrase(`${FULL_WEEKDAY}s`, (match) => `${weekday(match[1])}s`),
  phrase(WEEKDAY, (match) => weekday(match[1])),
  phrase(`(?:(?:tous )?les )?jours (?:de (?:la )?semaine|ouvrables|ouvres)|en semaine`, 'weekdays'),
  phrase(`ce week-?\\s?end|cette fin de semaine`, 'this weekend'),
  phrase(`(?:(?:tous )?les |le |chaque )?(?:week-?\\s?ends?|fins? de semaine)`, 'weekends'),
  phrase(`tous les jours|chaque jour|quotidiennement`, 'every day'),
  phrase(`(?:la )?semaine prochaine`, 'next week'),
  phrase(`cette semaine`, 'this week'),
  phrase(`(?:le )?mois prochain`, 'next month'),
  phrase(`ce mois(?:-ci)?`, 'this month'),
  phrase(`aujourd'hui`, 'today'),
  phrase(`apres-?\\s?demain`, 'in 2 days'),
  phrase(`demain`, 'tomorrow'),
  phrase(`hier`, 'yesterday'),
  phrase(`a partir de maintenant|des maintenant`, 'from now'),
  phrase(`maintenant|tout de suite|immediatement`, 'now'),
  phrase(`jusqu'(?:a|au|aux)|jusque`, 'until'),
  // Parts of a day are as vague in French as in English: "demain matin" is refused the same way.
  phrase(`ce soir`, 'tonight'),
  phrase(`(?:l'|cet )?apres-?\\s?midi`, 'afternoon'),
  phrase(`(?:ce |le |du )?matin(?:ee)?`, 'morning'),
  phrase(`(?:le |du )?soir(?:ee)?`, 'evening'),
  phrase(`(?:la |cette )?nuit`, 'night'),
  phrase(`plus tard`, 'later'),
  phrase(`bientot`, 'soon'),
  phrase(`midi`, 'noon'),
  phrase(`minuit`, 'midnight'),
  (folded, index) => {
    const lead = /(?:pendant|pour|durant)\s+/y;
    lead.lastIndex = index;
    if (!lead.test(folded)) return null;
    const duration = readFrenchDuration(folded, lead.lastIndex);
    return duration === null ? null : { length: lead.lastIndex - index + duration.length, english: `for ${duration.english}` };
  },
  phrase(`un moment|un certain temps|quelque temps|un petit moment`, 'a while'),
  phrase(String.raw`(\d{1,2})\s?h(?:\s?(\d{2}))?`, (match) => `${pad(match[1])}:${match[2] ?? '00'}`),
  phrase(String.raw`(\d{1,2}):(\d{2})`, (match) => `${pad(match[1])}:${match[2] ?? '00'}`),
];
