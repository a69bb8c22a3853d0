import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { findTargetPrefix } from './find-target-prefix.ts';
import { proposeHolidaysName } from './propose-rule-name.ts';
import { resolveHolidays } from './resolve-holidays.ts';

const HOLIDAYS = /^(?:public\s+)?holidays?(?:\s+(.*))?$/i;
const CALENDAR = /^([a-z]{2})(?:-([a-z0-9]{1,3}))?(?:\s+(\d{4}))?(?:\s+(.*))?$/i;

/**
 * `holidays <country>[-<region>] <year> [to <target>]`: the public holidays of a year from
 * date-holidays, as one custom rule named "Holidays US 2027" (for a French command "Fériés US
 * 2027", each holiday named in French). Without a target the rule routes as after hours (the
 * Intent has no `target`).
 *
 * @example parseHolidaysCommand('holidays CA-QC 2027 to voicemail', context)
 */
export const parseHolidaysCommand: CommandParser = (text, context, language) => {
  const command = HOLIDAYS.exec(text);
  if (!command) return null;
  const body = (command[1] ?? '').trim();
  const calendar = CALENDAR.exec(body);
  if (!calendar) return refuse('holidays-country-unknown', body);
  const country = (calendar[1] ?? '').toUpperCase();
  const region = calendar[2]?.toUpperCase();
  const code = region === undefined ? country : `${country}-${region}`;
  if (calendar[3] === undefined) return refuse('holidays-needs-year', code);
  const year = Number(calendar[3]);
  const rest = (calendar[4] ?? '').trim();

  let target;
  if (rest !== '') {
    if (!/^to\s+/i.test(rest)) return refuse('leftover-words', rest);
    const found = findTargetPrefix(rest.replace(/^to\s+/i, ''), context, { allowUsers: true });
    if ('ok' in found) return found;
    if (found.rest !== '') return refuse('leftover-words', found.rest);
    target = found.target;
  }

  const holidays = resolveHolidays({ country, region }, year, context, language);
  if ('ok' in holidays) return holidays;
  if (holidays.length === 0) return refuse('date-in-past', `${code} ${year}`);
  return {
    ok: true,
    intent: {
      kind: 'holidays',
      country,
      ...(region === undefined ? {} : { region }),
      year,
      proposedName: proposeHolidaysName(code, year, language),
      holidays,
      ...(target === undefined ? {} : { target }),
    },
  };
};
