import type { types } from '@slack/bolt';
import { countryOption } from './country-options.ts';
import { HOLIDAY_BLOCKS, HOLIDAY_COUNTRY_ACTION, HOLIDAY_EDITOR_CALLBACK } from './modal-ids.ts';
import { input, modal, option, plainText } from './modal-parts.ts';

/** What the holiday editor opens with. */
export interface HolidayDraft {
  readonly country?: string;
  readonly region?: string;
  readonly year?: number;
}

/**
 * The holiday editor: a country (type-ahead over date-holidays' countries), an optional region
 * code and a year among this one and the next two. Submitting previews the dates.
 */
export function holidayEditorView(draft: HolidayDraft, thisYear: number, privateMetadata: string): types.ModalView {
  const country = draft.country === undefined ? undefined : countryOption(draft.country);
  const years = [thisYear, thisYear + 1, thisYear + 2].map((year) => option(String(year), String(year)));
  const year = years.find((candidate) => candidate.value === String(draft.year));
  const blocks: types.KnownBlock[] = [
    input(HOLIDAY_BLOCKS.country, 'Country', {
      type: 'external_select',
      action_id: HOLIDAY_COUNTRY_ACTION,
      min_query_length: 1,
      placeholder: plainText('Type a country name or code'),
      ...(country === undefined ? {} : { initial_option: country }),
    }),
    input(
      HOLIDAY_BLOCKS.region,
      'Region',
      { type: 'plain_text_input', max_length: 3, placeholder: plainText('e.g. CA for California'), ...(draft.region ? { initial_value: draft.region } : {}) },
      { optional: true, hint: "The region's code (ISO 3166-2), for regional holidays." },
    ),
    input(HOLIDAY_BLOCKS.year, 'Year', { type: 'static_select', options: years, ...(year === undefined ? {} : { initial_option: year }) }),
  ];
  return modal(HOLIDAY_EDITOR_CALLBACK, 'Public holidays', blocks, privateMetadata);
}
