import { DateTime } from 'luxon';
import { beforeAll, expect, it } from 'vitest';
import { renderWeekPng, renderWeekSvg, weekLegendLines } from '../../src/week/index.ts';
import { weekOfChange, weekOfQuestion } from '../../src/workflow/index.ts';
import type { StoredMessage } from '../support/fake-slack/index.ts';
import { ALICE, APPROVAL_CHANNEL, BOB, MALLORY, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { buttonOf } from './blocks/block-fixtures.ts';

const { fake, start } = useSlackAppHarness();

/** A channel the bot was never invited to. */
const NOT_JOINED = 'C0NOTJOINED';
/** A direct message between two people: Slack does not show it to the bot at all. */
const THEIR_DM = 'D0ALICEBOB';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

beforeAll(() => {
  fake().addChannel({ id: NOT_JOINED, name: 'sales-floor', isMember: false });
});

/** What `/ivr <text>` typed by `user` in `channel` answered the typer (the last ephemeral), as one string. */
async function answerTo(app: RunningSlackApp, text: string, channel: string, user = ALICE): Promise<string> {
  const typed = await app.driver.slashCommand({ user, text, channel });
  expect(typed.status).toBe(200);
  return JSON.stringify(fake().responseMessages(typed.responseUrlId!).at(-1));
}

/** The one file shared in `channel`, with its message; fails when there is not exactly one. */
function sharedPicture(channel: string): { readonly message: StoredMessage; readonly bytes: Uint8Array } {
  const shared = fake().messages(channel).filter((message) => message.files !== undefined);
  expect(shared).toHaveLength(1);
  const message = shared[0]!;
  expect(message.files).toHaveLength(1);
  return { message, bytes: message.files![0]!.bytes ?? new Uint8Array() };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The company's current week as the app draws it, at the harness's clock. */
async function currentWeek(app: RunningSlackApp) {
  const handling = await app.slackApp.context.gateway.readCallHandling();
  const now = DateTime.fromJSDate(app.slackApp.context.now()).setZone(handling.timeZone);
  return weekOfQuestion({ kind: 'week' }, handling, now, 'en');
}

/** Alice previews a change in the approval channel; returns the preview's blocks. */
async function previewChange(app: RunningSlackApp, text: string): Promise<ReadonlyArray<unknown>> {
  const typed = await app.driver.slashCommand({ user: ALICE, text, channel: APPROVAL_CHANNEL });
  return fake().responseMessages(typed.responseUrlId!).at(-1)?.blocks ?? [];
}

describeEachDatabase('the week in Slack', (database) => {
  it('/ivr week uploads the PNG into the conversation through files.uploadV2, with the legend as text beside it', async () => {
    const app = await start(database());
    try {
      const answer = await answerTo(app, 'week', APPROVAL_CHANNEL);

      expect(answer).toContain('Posted the picture in this conversation');
      expect(fake().calls('files.getUploadURLExternal')).toHaveLength(1);
      expect(fake().calls('files.completeUploadExternal')[0]?.args).toMatchObject({ channel_id: APPROVAL_CHANNEL });
      const { message, bytes } = sharedPicture(APPROVAL_CHANNEL);
      expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(message.files![0]!.filename).toBe('week-2026-11-23.png');
      const week = await currentWeek(app);
      expect(message.text).toContain(week.title);
      for (const line of weekLegendLines(week)) expect(message.text).toContain(line);
      expect(message.text).toMatch(/company greeting/);
      expect(message.text).toMatch(/Main Voicemail/);
    } finally {
      await app.close();
    }
  });

  it('answers with the text timeline and how to fix it where the bot may not post: not_in_channel, channel_not_found', async () => {
    const app = await start(database());
    try {
      const notJoined = await answerTo(app, 'week', NOT_JOINED);

      expect(fake().calls('files.completeUploadExternal')[0]?.response).toMatchObject({ ok: false, error: 'not_in_channel' });
      expect(fake().messages(NOT_JOINED)).toEqual([]);
      // The timeline, in monospace, as the console prints it without colour.
      expect(notJoined).toContain('```\\nWhere calls to +16505550100 go, week of Mon Nov 23, 2026');
      expect(notJoined).toContain('Wed Nov 25');
      expect(notJoined).toContain('◀ now 12:00');
      expect(notJoined).toContain('The picture could not be posted here: Switchboard is not a member of this conversation. Add it with `/invite`');

      const inTheirDm = await answerTo(app, 'week', THEIR_DM);
      expect(fake().calls('files.completeUploadExternal')[1]?.response).toMatchObject({ ok: false, error: 'channel_not_found' });
      expect(inTheirDm).toContain('Mon Nov 23');
      expect(inTheirDm).toContain('Slack does not let Switchboard into this conversation');
    } finally {
      await app.close();
    }
  });

  it('draws the week asked for and refuses someone who may not read, uploading nothing', async () => {
    const app = await start(database());
    try {
      await answerTo(app, 'week Dec 24', APPROVAL_CHANNEL);
      expect(sharedPicture(APPROVAL_CHANNEL).message.text).toContain('week of Mon Dec 21, 2026');

      const refused = await answerTo(app, 'week', APPROVAL_CHANNEL, MALLORY);
      expect(refused).toContain('mallory may not read call handling');
      expect(fake().calls('files.getUploadURLExternal')).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('shows the current week as a text timeline on App Home', async () => {
    const app = await start(database());
    try {
      await app.driver.openHome(ALICE);

      const home = JSON.stringify(fake().homeView(ALICE)?.body);
      expect(home).toContain('"text":"This week"');
      expect(home).toContain('```\\nWhere calls to +16505550100 go, week of Mon Nov 23, 2026');
      for (const day of ['Mon Nov 23', 'Sun Nov 29']) expect(home).toContain(day);
      expect(home).toContain('◀ now 12:00');
    } finally {
      await app.close();
    }
  });

  it('"Show the week after this change" uploads the week the change shows in, as it is and after it, side by side', async () => {
    const app = await start(database());
    try {
      const preview = await previewChange(app, 'route to voicemail on Dec 25');
      const draftId = buttonOf(preview, 'show_week_after')?.value ?? '';
      expect(draftId).toBe(buttonOf(preview, 'request_approval')?.value);

      const clicked = await app.driver.clickButton({ user: ALICE, actionId: 'show_week_after', container: { kind: 'ephemeral', channel: APPROVAL_CHANNEL, blocks: preview } });

      expect(JSON.stringify(fake().responseMessages(clicked.responseUrlId!))).toContain('Posted the week as it is and after this change');
      const { message, bytes } = sharedPicture(APPROVAL_CHANNEL);
      expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      // Christmas week, not this one: the week in which the rule changes where calls go.
      const [asItIs, afterChange] = message.text.split('\n\n');
      expect(asItIs).toContain('week of Mon Dec 21, 2026 (US/Eastern), as it is');
      expect(asItIs).not.toContain('Dec 25, 2026"');
      expect(afterChange).toContain('week of Mon Dec 21, 2026 (US/Eastern), after this change');
      expect(afterChange).toContain('Custom rule "Dec 25, 2026"');

      // The picture holds both weeks: read back from the SVG's cells, Dec 25 at 10:00 goes to the
      // greeting in the first and by the new rule in the second.
      const states = await app.slackApp.context.workflow.draftStates(draftId, { id: ALICE });
      if (!states.ok) throw new Error(states.message.en);
      const { before, after } = weekOfChange(states.value, DateTime.fromJSDate(app.slackApp.context.now()), 'en');
      const keysAtTen = [...renderWeekSvg([before, after]).matchAll(/data-date="2026-12-25" data-hour="10"[^>]*data-legend-key="(\w+)"/g)].map((match) => match[1]);
      expect(keysAtTen).toHaveLength(2);
      const entries = [before, after].map((week, index) => week.legend.find((entry) => entry.key === keysAtTen[index]));
      expect(entries[0]?.destination).toMatch(/greeting/);
      expect(entries[1]?.rule).toBe('Custom rule "Dec 25, 2026"');
      // And the PNG uploaded is that two-week picture: twice as wide as one week.
      expect(pngSize(bytes)).toEqual(pngSize(await renderWeekPng([before, after])));
      expect(pngSize(bytes).width).toBeGreaterThan(pngSize(await renderWeekPng([before])).width * 1.9);
      // The preview stays, so the change can still be requested.
      expect(fake().responses(clicked.responseUrlId!).map((post) => post.body.replace_original)).toEqual([false]);
    } finally {
      await app.close();
    }
  });

  it('answers the button with both weeks as text where the picture may not go, and refuses another person’s or an expired preview', async () => {
    const app = await start(database());
    try {
      const preview = await previewChange(app, 'route to voicemail on Dec 25');
      const click = async (user: string, channel = APPROVAL_CHANNEL) => {
        const clicked = await app.driver.clickButton({ user, actionId: 'show_week_after', container: { kind: 'ephemeral', channel, blocks: preview } });
        return JSON.stringify(fake().responseMessages(clicked.responseUrlId!));
      };

      const asText = await click(ALICE, NOT_JOINED);
      expect(asText).toContain('week of Mon Dec 21, 2026 (US/Eastern), as it is');
      expect(asText).toContain('week of Mon Dec 21, 2026 (US/Eastern), after this change');
      expect(asText).toContain('Switchboard is not a member of this conversation');

      expect(await click(BOB)).toContain(`This preview belongs to ${ALICE}`);
      expect(await click(MALLORY)).toContain('mallory may not read call handling');
      app.advance(16 * 60_000);
      expect(await click(ALICE)).toContain('This preview expired');
      expect(fake().calls('files.completeUploadExternal').map((call) => call.args.channel_id)).toEqual([NOT_JOINED]);
    } finally {
      await app.close();
    }
  });
});
