import type { types } from '@slack/bolt';
import Holidays from 'date-holidays';
import { OPTIONS_LIMIT } from '../block-kit-limits.ts';
import { option } from './modal-parts.ts';
import { foldForSearch } from './target-options.ts';

// The same country list the language's holiday resolver accepts (date-holidays, English names).
const COUNTRIES: ReadonlyArray<readonly [code: string, name: string]> = Object.entries(new Holidays().getCountries('en')).sort(([, a], [, b]) => a.localeCompare(b));

/** Countries whose name or ISO code holds what the user typed, names starting with it first; at most 100. */
export function findCountryOptions(typed: string): types.PlainTextOption[] {
  const query = foldForSearch(typed);
  const matches = COUNTRIES.filter(([code, name]) => foldForSearch(name).includes(query) || code.toLowerCase() === query);
  const first = matches.filter(([code, name]) => foldForSearch(name).startsWith(query) || code.toLowerCase() === query);
  const rest = matches.filter((entry) => !first.includes(entry));
  return [...first, ...rest].slice(0, OPTIONS_LIMIT).map(([code, name]) => option(`${name} (${code})`, code));
}

/** The option of a country code, to prefill the editor; undefined for a code date-holidays lacks. */
export function countryOption(code: string): types.PlainTextOption | undefined {
  const entry = COUNTRIES.find(([candidate]) => candidate === code);
  return entry === undefined ? undefined : option(`${entry[1]} (${entry[0]})`, entry[0]);
}
