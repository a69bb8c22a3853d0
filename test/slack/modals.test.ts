import { expect, it } from 'vitest';
import { findBlockKitViolation } from '../../src/slack/block-kit-limits.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { ALICE, APPROVAL_CHANNEL, BOB, MALLORY, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import type { ViewValues } from '../support/slack-driver.ts';
import { initialValues } from '../support/view-values.ts';

const { harness, fake, start } = useSlackAppHarness();

/** The demo company's Main Voicemail (ext 300). */
const MAIN_VOICEMAIL = '62000000300';

type Json = Record<string, unknown>;
type View = { callback_id?: string; private_metadata?: string; blocks: Json[] };

/** The id of the view the last views.open opened. */
function openedViewId(): string {
  return (fake().calls('views.open').at(-1)!.response as unknown as { view: { id: string } }).view.id;
}

/** The editor a `/ivr <text>` opened: the loading view's id, and the view that replaced it. */
async function openByCommand(app: RunningSlackApp, text: string, user = ALICE): Promise<{ id: string; view: View }> {
  await app.driver.slashCommand({ user, text });
  const id = openedViewId();
  const view = fake().view(id)!.body as unknown as View;
  expect(findBlockKitViolation('modal', view)).toBeUndefined();
  return { id, view };
}


/** `values` with one input's state replaced (the element's action id is looked up in `values`). */
function withInput(values: Record<string, Record<string, Record<string, unknown>>>, block: string, state: Record<string, unknown>) {
  const [action, old] = Object.entries(values[block]!)[0]!;
  return { ...values, [block]: { [action]: { ...old, ...state } } };
}

const pick = (value: string) => ({ selected_option: { text: { type: 'plain_text', text: value }, value } });

/** Submits an editor and returns the confirmation view it was replaced by. */
async function submitForConfirmation(app: RunningSlackApp, viewId: string, values: ViewValues): Promise<View> {
  const answer = await app.driver.submitView({ user: ALICE, viewId, values });
  expect(answer.body).toMatchObject({ response_action: 'update', view: { callback_id: 'confirm_change' } });
  const view = (answer.body as { view: View }).view;
  expect(findBlockKitViolation('modal', view)).toBeUndefined();
  return view;
}

/** Alice submits the confirmation; returns the approval message posted for it. */
async function requestApproval(app: RunningSlackApp, confirmation: View) {
  await app.driver.submitView({ user: ALICE, callbackId: 'confirm_change', privateMetadata: confirmation.private_metadata!, values: {} });
  expect(fake().messages(`D${ALICE.slice(1)}`).at(-1)?.text).toMatch(/pending/i);
  await app.slackApp.delivery.deliverDue();
  return fake().messages(APPROVAL_CHANNEL).at(-1)!;
}

describeEachDatabase(
  'the editor modals',
  (database) => {
    it('opens the route editor for /ivr edit', async () => {
      const app = await start(database());
      try {
        const { view } = await openByCommand(app, 'edit');
        expect(fake().calls('views.open').at(-1)?.args.view).toMatchObject({ callback_id: 'route_editor' });
        expect(view.callback_id).toBe('route_editor');
        expect(view.blocks.find((block) => block.block_id === 'route_target')?.element).toMatchObject({ type: 'external_select', min_query_length: 1 });
      } finally {
        await app.close();
      }
    });

    it('refuses the editors to someone who may not request changes', async () => {
      const app = await start(database());
      try {
        const typed = await app.driver.slashCommand({ user: MALLORY, text: 'edit' });
        expect(fake().responseMessages(typed.responseUrlId!).at(-1)?.text).toMatch(/can't request changes/);
        expect(fake().calls('views.open')).toEqual([]);
      } finally {
        await app.close();
      }
    });

    it('offers the extensions matching what is typed, accents and case aside', async () => {
      const app = await start(database());
      try {
        const answer = await app.driver.blockSuggestion({ user: ALICE, actionId: 'route_target_select', value: 'CHLOE' });
        const texts = (answer.body as { options: Array<{ text: { text: string } }> }).options.map((option) => option.text.text);
        expect(texts).toEqual(['Chloé Martin (ext 103, user)']);
        const greetings = await app.driver.blockSuggestion({ user: ALICE, actionId: 'route_target_select', value: 'greet' });
        expect((greetings.body as { options: Array<{ value: string }> }).options.map((option) => option.value)).toEqual(['greeting', 'greeting-then-hang-up']);
        const byNumber = await app.driver.blockSuggestion({ user: ALICE, actionId: 'route_target_select', value: '300' });
        expect((byNumber.body as { options: Array<{ value: string }> }).options.map((option) => option.value)).toEqual([MAIN_VOICEMAIL]);
      } finally {
        await app.close();
      }
    });

    it('caps the type-ahead at 100 options of at most 75 characters', async () => {
      const state = structuredClone(await harness.emulatorState()) as { extensions: Array<Record<string, unknown>> };
      for (let index = 0; index < 150; index += 1) {
        state.extensions.push({ id: 63_000_000_000 + index, extensionNumber: String(7000 + index), name: `Agent ${index} ${'with a very long name '.repeat(4)}`, type: 'User', status: 'Enabled' });
      }
      await harness.putEmulatorState(state);
      const app = await start(database());
      try {
        const answer = await app.driver.blockSuggestion({ user: ALICE, actionId: 'route_target_select', value: 'agent' });
        const options = (answer.body as { options: Array<{ text: { text: string }; value: string }> }).options;
        expect(options).toHaveLength(100);
        expect(Math.max(...options.map((option) => option.text.text.length))).toBeLessThanOrEqual(75);
        expect(findBlockKitViolation('modal', { title: { text: 'x' }, blocks: [{ type: 'input', label: { text: 'x' }, element: { type: 'static_select', options } }] })).toBeUndefined();
      } finally {
        await app.close();
      }
    });

    it('puts "end date before start date" on the end date', async () => {
      const app = await start(database());
      try {
        const { id, view } = await openByCommand(app, 'edit');
        let values = initialValues(view);
        values = withInput(values, 'route_target', pick(MAIN_VOICEMAIL));
        values = withInput(values, 'route_when', pick('dates'));
        values = withInput(values, 'route_date_from', { selected_date: '2026-12-26' });
        values = withInput(values, 'route_date_to', { selected_date: '2026-12-24' });
        const answer = await app.driver.submitView({ user: ALICE, viewId: id, values });
        expect(answer.body).toEqual({ response_action: 'errors', errors: { route_date_to: 'The end date is before the start date.' } });

        const empty = await app.driver.submitView({ user: ALICE, viewId: id, values: initialValues(view) });
        expect(empty.body).toMatchObject({ response_action: 'errors', errors: { route_target: 'Choose where calls go.' } });
      } finally {
        await app.close();
      }
    });

    it('turns a valid route form into a request that, once approved, adds the rule', async () => {
      const app = await start(database());
      try {
        const { id, view } = await openByCommand(app, 'edit');
        let values = initialValues(view);
        values = withInput(values, 'route_target', pick(MAIN_VOICEMAIL));
        values = withInput(values, 'route_when', pick('dates'));
        values = withInput(values, 'route_date_from', { selected_date: '2026-12-25' });
        const confirmation = await submitForConfirmation(app, id, values);
        expect(JSON.stringify(confirmation.blocks)).toContain('Main Voicemail');

        const approval = await requestApproval(app, confirmation);
        const [pending] = await database().stores.requests.list({ statuses: ['pending'], limit: 5 });
        expect(pending?.commandText).toBe('route to Main Voicemail (ext 300) on Dec 25, 2026 (all day) (form)');
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        const rule = (await harness.readHandling()).customRules.find((candidate) => candidate.name === 'Dec 25, 2026');
        expect(rule).toMatchObject({ destination: { kind: 'extension', extensionId: MAIN_VOICEMAIL }, schedule: { kind: 'dates' } });
      } finally {
        await app.close();
      }
    });

    it("prefills the route editor from the preview's Edit button", async () => {
      const app = await start(database());
      try {
        const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        await app.driver.clickButton({ user: ALICE, actionId: 'edit_request', container: { kind: 'ephemeral', blocks: preview.blocks } });
        const id = openedViewId();
        const view = fake().view(id)!.body as unknown as View;
        expect(view.callback_id).toBe('route_editor');
        const values = initialValues(view);
        expect(values.route_target?.route_target_select).toMatchObject({ selected_option: { value: MAIN_VOICEMAIL } });
        expect(values.route_when?.route_when_input).toMatchObject({ selected_option: { value: 'dates' } });
        expect(values.route_date_from?.route_date_from_input).toMatchObject({ selected_date: '2026-12-25' });
        expect(values.route_date_to?.route_date_to_input).toMatchObject({ selected_date: '2026-12-25' });
      } finally {
        await app.close();
      }
    });

    it('edits business hours: prefilled Mon-Fri 9-17, Monday changed to 8-18, approved', async () => {
      const app = await start(database());
      try {
        const { id, view } = await openByCommand(app, 'edit hours');
        expect(view.callback_id).toBe('hours_editor');
        const values = initialValues(view);
        for (const day of ['monday', 'friday']) {
          expect(Object.values(values[`hours_${day}_0_from`]!)[0]).toMatchObject({ selected_time: '09:00' });
          expect(Object.values(values[`hours_${day}_0_to`]!)[0]).toMatchObject({ selected_time: '17:00' });
        }
        expect(Object.values(values.hours_saturday_0_from!)[0]).toMatchObject({ selected_time: null });

        const changed = withInput(withInput(values, 'hours_monday_0_from', { selected_time: '08:00' }), 'hours_monday_0_to', { selected_time: '18:00' });
        const confirmation = await submitForConfirmation(app, id, changed);
        const approval = await requestApproval(app, confirmation);
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        const hours = (await harness.readHandling()).businessHours;
        expect(hours.monday).toEqual([{ from: 480, to: 1080 }]);
        expect(hours.tuesday).toEqual([{ from: 540, to: 1020 }]);
      } finally {
        await app.close();
      }
    });

    it('puts a range that ends before it starts on its end time', async () => {
      const app = await start(database());
      try {
        const { id, view } = await openByCommand(app, 'edit hours');
        const values = withInput(initialValues(view), 'hours_tuesday_0_to', { selected_time: '08:00' });
        const answer = await app.driver.submitView({ user: ALICE, viewId: id, values });
        expect(answer.body).toEqual({ response_action: 'errors', errors: { hours_tuesday_0_to: 'The end time is before the start time.' } });
      } finally {
        await app.close();
      }
    });

    it("edits holidays: finds the country as typed and lists the year's dates", async () => {
      const app = await start(database());
      try {
        const countries = await app.driver.blockSuggestion({ user: ALICE, actionId: 'holiday_country_select', value: 'unit' });
        const options = (countries.body as { options: Array<{ text: { text: string }; value: string }> }).options;
        expect(options).toContainEqual(expect.objectContaining({ value: 'US', text: expect.objectContaining({ text: 'United States of America (US)' }) }));

        const { id, view } = await openByCommand(app, 'edit holidays');
        expect(view.callback_id).toBe('holiday_editor');
        const values = withInput(withInput(initialValues(view), 'holiday_country', pick('US')), 'holiday_year', pick('2027'));
        const confirmation = await submitForConfirmation(app, id, values);
        expect(JSON.stringify(confirmation.blocks)).toContain("New Year's Day");
        await requestApproval(app, confirmation);
        const [pending] = await database().stores.requests.list({ statuses: ['pending'], limit: 5 });
        expect(pending?.commandText).toBe('holidays US 2027');
      } finally {
        await app.close();
      }
    });
  },
  { freshForEachTest: true },
);
