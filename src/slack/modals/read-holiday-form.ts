import type { Language } from '../../i18n/index.ts';
import type { CommandRefusalCode } from '../../language/index.ts';
import { HOLIDAY_BLOCKS, HOLIDAY_COUNTRY_ACTION } from './modal-ids.ts';
import { modalWords } from './modal-parts.ts';
import type { FormResult, ViewState } from './view-state.ts';

/**
 * A submitted holiday editor read into the command `holidays <country>[-<region>] <year>`, which
 * the language then parses, so its holiday resolution stays the one source of truth. The errors
 * are in `language`.
 */
export function readHolidayForm(state: ViewState, language: Language): FormResult<string> {
  const words = modalWords(language);
  const errors: Record<string, string> = {};
  const country = state.choice(HOLIDAY_BLOCKS.country, HOLIDAY_COUNTRY_ACTION);
  const region = state.text(HOLIDAY_BLOCKS.region).toUpperCase();
  const year = state.choice(HOLIDAY_BLOCKS.year);
  if (country === undefined || !/^[A-Z]{2}$/.test(country)) errors[HOLIDAY_BLOCKS.country] = words('choose-country');
  if (region !== '' && !/^[A-Z0-9]{1,3}$/.test(region)) errors[HOLIDAY_BLOCKS.region] = words('error-region-code');
  if (year === undefined || !/^\d{4}$/.test(year)) errors[HOLIDAY_BLOCKS.year] = words('error-choose-year');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: `holidays ${country}${region === '' ? '' : `-${region}`} ${year}` };
}

/** The holiday editor's field a refusal of the composed command is about. */
export function holidayBlockOf(code: CommandRefusalCode): string {
  if (code === 'holidays-region-unknown') return HOLIDAY_BLOCKS.region;
  if (code === 'holidays-country-unknown') return HOLIDAY_BLOCKS.country;
  return HOLIDAY_BLOCKS.year;
}
