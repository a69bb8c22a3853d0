import type { types } from '@slack/bolt';
import type { Language } from '../../i18n/index.ts';
import { countryOption } from './country-options.ts';
import { HOLIDAY_BLOCKS, HOLIDAY_COUNTRY_ACTION, HOLIDAY_EDITOR_CALLBACK } from './modal-ids.ts';
import { input, modal, modalWords, option, plainText } from './modal-parts.ts';

/** What the holiday editor opens with. */
export interface HolidayDraft {
  readonly country?: string;
  readonly region?: string;
  readonly year?: number;
}

/**
 * The holiday editor: a country (type-ahead over date-holidays' countries), an optional region
 * code and a year among this one and the next two. Submitting previews the dates. Worded in the
 * user's `language`.
 */
export function holidayEditorView(draft: HolidayDraft, thisYear: number, privateMetadata: string, language: Language): types.ModalView {
  const words = modalWords(language);
  const country = draft.country === undefined ? undefined : countryOption(draft.country);
  const years = [thisYear, thisYear + 1, thisYear + 2].map((year) => option(String(year), String(year)));
  const year = years.find((candidate) => candidate.value === String(draft.year));
  const blocks: types.KnownBlock[] = [
    input(HOLIDAY_BLOCKS.country, words('country'), {
      type: 'external_select',
      action_id: HOLIDAY_COUNTRY_ACTION,
      min_query_length: 1,
      placeholder: plainText(words('country-placeholder')),
      ...(country === undefined ? {} : { initial_option: country }),
    }),
    input(
      HOLIDAY_BLOCKS.region,
      words('region'),
      { type: 'plain_text_input', max_length: 3, placeholder: plainText(words('region-placeholder')), ...(draft.region ? { initial_value: draft.region } : {}) },
      { optional: true, hint: words('region-hint') },
    ),
    input(HOLIDAY_BLOCKS.year, words('year'), { type: 'static_select', options: years, ...(year === undefined ? {} : { initial_option: year }) }),
  ];
  return modal(HOLIDAY_EDITOR_CALLBACK, words('holidays-title'), blocks, privateMetadata, language);
}
