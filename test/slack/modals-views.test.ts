import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../src/slack/block-kit-limits.ts';
import {
  confirmationView,
  confirmMetadata,
  findCountryOptions,
  findTargetOptions,
  holidayDetails,
  holidayEditorView,
  hoursEditorView,
  parseConfirmMetadata,
  parseViewState,
  readRouteForm,
  routeDraftOf,
  routeEditorView,
} from '../../src/slack/modals/index.ts';
import { EXTENSIONS, MAIN_MENU } from '../fixtures/call-handling.ts';
import { sameInEachLanguage } from '../support/same-in-each-language.ts';
import { useWorkflowHarness } from '../support/workflow-harness.ts';

const harness = useWorkflowHarness();
const at = DateTime.fromISO('2026-11-25T12:00', { zone: 'US/Eastern' });

describe('the editor views', () => {
  it.each(['en', 'fr'] as const)('keep every Block Kit limit in %s, even with long notes, names and lists', async (language) => {
    const handling = await harness.readHandling();
    const long = 'x'.repeat(5000);
    const views = [
      routeEditorView({ note: long, name: 'n'.repeat(30), callers: Array.from({ length: 40 }, () => '+14155550100') }, handling, '{}', language),
      hoursEditorView({ monday: [{ from: 0, to: 60 }, { from: 120, to: 180 }, { from: 240, to: 300 }] }, 'US/Eastern', '{}', language),
      holidayEditorView({ country: 'US', year: 2027 }, 2026, '{}', language),
      confirmationView({
        commandText: long,
        zoneLine: 'Times in US/Eastern.',
        changes: Array.from({ length: 500 }, () => ({ kind: 'rule-added' as const, text: sameInEachLanguage(long) })),
        warnings: Array.from({ length: 100 }, () => ({ code: 'overlaps-rule' as const, text: sameInEachLanguage(long) })),
        details: holidayDetails(Array.from({ length: 1000 }, () => ({ name: long, date: '2027-01-01' })), language),
        privateMetadata: '{}',
        language,
      }),
    ];
    for (const view of views) expect(findBlockKitViolation('modal', view)).toBeUndefined();
  });

  it('carries only the draft id and the channel, and reads back nothing else', () => {
    const fits = confirmMetadata({ draftId: 'k3P9x2QmZ7vB1nR4tY6wUa', channel: 'C1' });
    expect(parseConfirmMetadata(fits)).toEqual({ draftId: 'k3P9x2QmZ7vB1nR4tY6wUa', channel: 'C1' });
    expect(parseConfirmMetadata(JSON.stringify({ text: 'status', intent: { kind: 'status' } }))).toBeUndefined();
    expect(parseConfirmMetadata(JSON.stringify({ draftId: 'x'.repeat(101) }))).toBeUndefined();
    expect(parseConfirmMetadata('not json')).toBeUndefined();
  });

  it('prefills a dates rule and reads it back as the same Intent', async () => {
    const handling = await harness.readHandling();
    const range = { from: '2026-12-24T15:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' };
    const intent = { kind: 'add-rule' as const, proposedName: 'x', schedule: { kind: 'dates' as const, ranges: [range] }, callers: ['+1415'], calledNumbers: [], target: { kind: 'greeting' as const } };
    const draft = routeDraftOf(intent, handling.timeZone);
    expect(draft).toMatchObject({ when: 'dates', dateFrom: '2026-12-24', timeFrom: '15:00', dateTo: '2026-12-25', target: 'greeting' });
    const state = parseViewState({
      route_target: { route_target_select: { type: 'external_select', selected_option: { value: 'greeting' } } },
      route_when: { route_when_input: { type: 'radio_buttons', selected_option: { value: 'dates' } } },
      route_date_from: { route_date_from_input: { type: 'datepicker', selected_date: draft.dateFrom } },
      route_time_from: { route_time_from_input: { type: 'timepicker', selected_time: draft.timeFrom } },
      route_date_to: { route_date_to_input: { type: 'datepicker', selected_date: draft.dateTo } },
      route_callers: { route_callers_input: { type: 'plain_text_input', value: '+1 415' } },
    });
    const read = readRouteForm(state, handling, at, 'en');
    expect(read).toMatchObject({ ok: true, value: { kind: 'add-rule', schedule: { kind: 'dates', ranges: [range] }, callers: ['+1415'], target: { kind: 'greeting' } } });
  });

  it('puts a caller that is not a number on the callers field', async () => {
    const handling = await harness.readHandling();
    const state = parseViewState({
      route_target: { route_target_select: { type: 'external_select', selected_option: { value: 'greeting' } } },
      route_when: { route_when_input: { type: 'radio_buttons', selected_option: { value: 'always' } } },
      route_callers: { route_callers_input: { type: 'plain_text_input', value: '+1 415, mom' } },
    });
    expect(readRouteForm(state, handling, at, 'en')).toMatchObject({ ok: false, errors: { route_callers: expect.stringContaining('"mom" is not a phone number') } });
  });

  it('finds countries by name or code, accents aside', () => {
    expect(findCountryOptions('us').map((option) => option.value)).toContain('US');
    expect(findCountryOptions('reunion').map((option) => option.value)).toContain('RE');
    expect(findCountryOptions('a').length).toBeLessThanOrEqual(100);
  });
});

describe('findTargetOptions', () => {
  const labels = (ivrMode: 'single-level' | 'multi-level', typed: string) =>
    findTargetOptions({ extensions: EXTENSIONS, ivrMenus: [MAIN_MENU], ivrMode }, typed, 'en').map((choice) => choice.text.text);

  it('offers the company greeting on a single-level account, and never on a multi-level one (AWR-182)', () => {
    expect(labels('single-level', 'greet')).toEqual(['Company greeting', 'Greeting, then hang up']);
    expect(labels('multi-level', 'greet')).toEqual([]);
    expect(labels('multi-level', '')).toContain(labels('single-level', '').at(-1));
  });
});
