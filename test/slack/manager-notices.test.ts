import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';
import { ALICE, AUDIT_CHANNEL, BOB, CAROL, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { sameInEachLanguage } from '../support/same-in-each-language.ts';

const { harness, fake, start } = useSlackAppHarness();

const MANAGERS_CHANNEL = 'C0MANAGERS';
const MANAGERS_GROUP = 'phone-managers';
/** Where both settings send notices: the channel, and Bob and Carol (the group) by direct message. */
const TO_MANAGERS = { managersChannel: MANAGERS_CHANNEL, managersGroup: MANAGERS_GROUP };
/** The harness clock's start: 2026-11-25 17:00 UTC, a month before the rules these tests name. */
const NOW_ISO = '2026-11-25T17:00:00.000Z';
/** The demo company's Main Voicemail (ext 300). */
const MAIN_VOICEMAIL = '62000000300';
/** Longer than the first delivery retry (30 s). */
const PAST_FIRST_RETRY_MS = 31_000;

beforeAll(() => {
  fake().addChannel({ id: MANAGERS_CHANNEL, name: 'phone-managers', isMember: true });
  fake().addGroup({ id: 'S0MANAGERS', handle: MANAGERS_GROUP, users: [BOB, CAROL] });
});

/** Every action id on a message's buttons. */
function actionIds(blocks: ReadonlyArray<unknown> | undefined): string[] {
  return JSON.stringify(blocks ?? []).match(/"action_id":"([^"]+)"/g)?.map((match) => match.slice(13, -1)) ?? [];
}

/** The direct messages the bot posted to a user. */
const dms = (user: string) => fake().messages(`D${user.slice(1)}`);

/** Queues a notice for the managers, as the scheduler does when it fires. */
async function enqueueNotice(database: TestDatabase, notice: { kind: string; text: string; ruleId: string; at: string }) {
  const { kind, ...payload } = notice;
  return database.stores.outbox.enqueue({
    recipient: 'managers',
    kind,
    payload: { ...payload, plannedFor: 'Nov 25, 12:00 EST' },
    dedupeKey: `notice:${kind.slice('notice-'.length)}:${notice.ruleId}:${notice.at}`,
    createdAt: NOW_ISO,
  });
}

const switchOn = { kind: 'notice-switch-on', text: 'Holiday routing "Christmas" is now on: calls go to Main Voicemail (ext 300).', ruleId: '7', at: '2026-11-25T12:00:00-05:00' };

const CHRISTMAS_REMINDER = '2026-12-24T00:00:00-05:00';

/** Adds the rule "Christmas" (Main Voicemail all day on Dec 25, 2026) through the workflow; returns its id. */
async function addChristmasRule(database: TestDatabase): Promise<string> {
  const { workflow } = harness.workflow(database);
  const requested = await harness.request(workflow, 'alice', 'route to voicemail on Dec 25 named "Christmas"');
  expect((await workflow.approve(requested.request!.id, { id: 'bob' })).code).toBe('applied');
  const rule = (await harness.readHandling()).customRules.find((candidate) => candidate.name === 'Christmas');
  if (rule === undefined) throw new Error('the rule "Christmas" was not added');
  return rule.id;
}

/** Runs the outbox delivery `passes` times, as its timer would; returns how many messages each pass sent. */
async function deliverPasses(app: RunningSlackApp, passes: number): Promise<number[]> {
  const sent: number[] = [];
  for (let pass = 0; pass < passes; pass += 1) sent.push(await app.slackApp.delivery.deliverDue());
  return sent;
}

describeEachDatabase(
  'notices for the managers',
  (database) => {
    it("posts a notice in the managers' channel and sends it to each member of the managers' group", async () => {
      const app = await start(database(), undefined, TO_MANAGERS);
      try {
        await enqueueNotice(database(), switchOn);
        // The channel post in the first pass, the direct messages it queued in the next.
        expect(await deliverPasses(app, 3)).toEqual([1, 2, 0]);
        const posted = fake().messages(MANAGERS_CHANNEL);
        expect(posted).toHaveLength(1);
        expect(posted[0]?.text).toContain('Holiday routing "Christmas" is now on');
        for (const member of [BOB, CAROL]) {
          expect(dms(member)).toHaveLength(1);
          expect(dms(member)[0]?.blocks).toEqual(posted[0]?.blocks);
        }
        expect(dms(ALICE)).toHaveLength(0);
      } finally {
        await app.close();
      }
    });

    it('says "Late:" with the planned time when Slack was down at the notice\'s time', async () => {
      const app = await start(database(), undefined, { managersChannel: MANAGERS_CHANNEL, managersGroup: undefined });
      try {
        fake().injectFault({ method: 'chat.postMessage', channel: MANAGERS_CHANNEL, error: 'fatal_error' });
        await enqueueNotice(database(), switchOn);
        expect(await deliverPasses(app, 1)).toEqual([0]);

        app.advance(10 * 60_000);
        expect(await deliverPasses(app, 1)).toEqual([1]);
        expect(fake().messages(MANAGERS_CHANNEL).map((message) => message.text)).toEqual([
          `Late: ${switchOn.text} (planned for Nov 25, 12:00 EST)`,
        ]);
      } finally {
        await app.close();
      }
    });

    it('retries a direct message that failed for one member, without posting the channel message or the other one again', async () => {
      const app = await start(database(), undefined, TO_MANAGERS);
      try {
        fake().injectFault({ method: 'chat.postMessage', channel: CAROL, error: 'channel_not_found' });
        await enqueueNotice(database(), switchOn);
        expect(await deliverPasses(app, 2)).toEqual([1, 1]);
        expect(fake().calls('chat.postMessage').filter((call) => call.args.channel === CAROL).map((call) => call.response?.error)).toEqual(['channel_not_found']);
        expect(dms(CAROL)).toHaveLength(0);

        app.advance(PAST_FIRST_RETRY_MS);
        expect(await deliverPasses(app, 2)).toEqual([1, 0]);
        expect(dms(CAROL)).toHaveLength(1);
        expect(dms(BOB)).toHaveLength(1);
        expect(fake().messages(MANAGERS_CHANNEL)).toHaveLength(1);
      } finally {
        await app.close();
      }
    });

    it('sends each member one direct message when the channel post fails and is retried', async () => {
      const app = await start(database(), undefined, TO_MANAGERS);
      try {
        fake().injectFault({ method: 'chat.postMessage', channel: MANAGERS_CHANNEL, error: 'fatal_error' });
        await enqueueNotice(database(), switchOn);
        // The direct messages were queued before the failed post, and go out on their own.
        expect(await deliverPasses(app, 2)).toEqual([0, 2]);
        expect(fake().messages(MANAGERS_CHANNEL)).toHaveLength(0);

        app.advance(PAST_FIRST_RETRY_MS);
        expect(await deliverPasses(app, 2)).toEqual([1, 0]);
        expect(fake().messages(MANAGERS_CHANNEL)).toHaveLength(1);
        expect(dms(BOB)).toHaveLength(1);
        expect(dms(CAROL)).toHaveLength(1);
      } finally {
        await app.close();
      }
    });

    it('marks a notice sent and posts nothing when neither the channel nor the group is set', async () => {
      const app = await start(database());
      try {
        await enqueueNotice(database(), switchOn);
        expect(await deliverPasses(app, 1)).toEqual([1]);
        app.advance(PAST_FIRST_RETRY_MS);
        expect(await deliverPasses(app, 1)).toEqual([0]);
        expect(fake().calls('chat.postMessage')).toHaveLength(0);
        expect(fake().calls('usergroups.list')).toHaveLength(0);
      } finally {
        await app.close();
      }
    });

    it("opens the route editor prefilled with the rule from a reminder's Edit button", async () => {
      const christmas = await addChristmasRule(database());
      const app = await start(database(), undefined, { managersChannel: MANAGERS_CHANNEL });
      try {
        const text = 'Tomorrow, "Christmas" starts: calls will go to Main Voicemail (ext 300).';
        await enqueueNotice(database(), { kind: 'notice-reminder', text, ruleId: christmas, at: CHRISTMAS_REMINDER });
        await app.slackApp.delivery.deliverDue();
        const reminder = fake().messages(MANAGERS_CHANNEL).find((message) => message.text.includes('"Christmas" starts'))!;
        expect(actionIds(reminder.blocks)).toEqual(['edit_request']);

        const clicked = await app.driver.clickButton({ user: ALICE, actionId: 'edit_request', message: { channel: MANAGERS_CHANNEL, ts: reminder.ts } });
        expect(clicked.status).toBe(200);
        const opened = await fake().waitForCall('views.open', (call) => call.args.trigger_id === clicked.triggerId);
        const viewId = (opened.response as unknown as { view: { id: string } }).view.id;
        const view = fake().view(viewId)!.body as { callback_id?: string; blocks: ReadonlyArray<Record<string, unknown>> };
        expect(view.callback_id).toBe('route_editor');
        const element = (blockId: string) => view.blocks.find((block) => block.block_id === blockId)?.element as Record<string, unknown> | undefined;
        expect(element('route_target')?.initial_option).toMatchObject({ value: MAIN_VOICEMAIL });
        expect(element('route_when')?.initial_option).toMatchObject({ value: 'dates' });
        expect(element('route_date_from')?.initial_date).toBe('2026-12-25');
        expect(element('route_date_to')?.initial_date).toBe('2026-12-25');
        expect(element('route_name')?.initial_value).toBe('Christmas');
      } finally {
        await app.close();
      }
    });

    it('posts a reminder without an Edit button when its rule is gone or RingCentral cannot be read', async () => {
      const christmas = await addChristmasRule(database());
      const app = await start(database(), undefined, { managersChannel: MANAGERS_CHANNEL });
      try {
        await enqueueNotice(database(), { kind: 'notice-reminder', text: 'Tomorrow, "Gone" starts.', ruleId: 'no-such-rule', at: CHRISTMAS_REMINDER });
        await app.slackApp.delivery.deliverDue();
        await harness.setFaults([{ status: 503, times: 100 }]);
        await enqueueNotice(database(), { kind: 'notice-reminder', text: 'Tomorrow, "Christmas" starts (unread).', ruleId: christmas, at: CHRISTMAS_REMINDER });
        await app.slackApp.delivery.deliverDue();
        await harness.setFaults([]);
        // A second reminder for the rule, so a second dedupe key: one second later.
        await enqueueNotice(database(), { kind: 'notice-reminder', text: 'Tomorrow, "Christmas" starts (read).', ruleId: christmas, at: '2026-12-24T00:00:01-05:00' });
        await app.slackApp.delivery.deliverDue();
        const posted = fake().messages(MANAGERS_CHANNEL);
        expect(posted.map((message) => [message.text, actionIds(message.blocks)])).toEqual([
          [expect.stringContaining('"Gone" starts'), []],
          [expect.stringContaining('(unread)'), []],
          [expect.stringContaining('(read)'), ['edit_request']],
        ]);
      } finally {
        await app.close();
      }
    });

    it('posts a change made in RingCentral to the audit channel, in words and without Undo', async () => {
      const app = await start(database());
      try {
        const summary = 'Changed in RingCentral, not through Switchboard: 1 change.';
        const changes = [{ kind: 'rule-added' as const, text: sameInEachLanguage('New custom rule "Lunch" every weekday 12:00-13:00: Main Voicemail (ext 300).') }];
        const entry = await database().stores.audit.append({
          event: 'drift',
          recordedAt: NOW_ISO,
          requestId: undefined,
          requestedBy: 'RingCentral',
          approvedBy: [],
          commandText: 'changed in RingCentral, not through Switchboard',
          changes,
          operations: [],
          summary,
        });
        await database().stores.outbox.enqueue({
          recipient: 'audit',
          kind: 'drift',
          payload: { summary, auditSeq: entry.seq, changes: changes.map((change) => change.text) },
          dedupeKey: `drift:${entry.seq}`,
          createdAt: NOW_ISO,
        });
        expect(await app.slackApp.delivery.deliverDue()).toBe(1);
        const [posted] = fake().messages(AUDIT_CHANNEL);
        const shown = JSON.stringify(posted?.blocks);
        expect(shown).toContain('Changed in RingCentral, not through Switchboard');
        expect(shown).toContain('New custom rule \\"Lunch\\" every weekday 12:00-13:00');
        expect(shown).not.toMatch(/asked:|Approved by/);
        expect(posted?.text).toBe(summary);
        expect(actionIds(posted?.blocks)).toEqual([]);
      } finally {
        await app.close();
      }
    });
  },
  // Each test counts what one delivery pass sends, so none may inherit another's queued messages.
  { freshForEachTest: true },
);
