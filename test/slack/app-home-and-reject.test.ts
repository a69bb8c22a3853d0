import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import type { RecordedCall } from '../support/fake-slack/index.ts';
import { ALICE, APPROVAL_CHANNEL, BOB, CAROL, MALLORY, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';

const { harness, fake, start } = useSlackAppHarness();

/** Every action id on a message's or view's blocks. */
function actionIds(blocks: ReadonlyArray<unknown> | undefined): string[] {
  return JSON.stringify(blocks ?? []).match(/"action_id":"([^"]+)"/g)?.map((match) => match.slice(13, -1)) ?? [];
}

/** All the text a published view or a message shows, as one string (mrkdwn as sent). */
function shown(value: unknown): string {
  return JSON.stringify(value);
}

/** The views.publish calls for one user, oldest first. */
function homePublishes(user: string): ReadonlyArray<RecordedCall> {
  return fake().calls('views.publish').filter((call) => call.args.user_id === user && call.response?.ok === true);
}

/** Alice asks for a change through the preview; returns the pending request's approval message. */
async function requestThroughPreview(app: RunningSlackApp, text: string) {
  const typed = await app.driver.slashCommand({ user: ALICE, text });
  expect(typed.status).toBe(200);
  const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
  const clicked = await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
  expect(clicked.status).toBe(200);
  expect(fake().responseMessages(clicked.responseUrlId!).at(-1)?.text).toMatch(/request \d+ pending/i);
  await app.slackApp.delivery.deliverDue();
  const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
  expect(actionIds(approval.blocks)).toEqual(expect.arrayContaining(['approve_request', 'reject_request']));
  return approval;
}

/** Bob (or `user`) clicks Reject on an approval message; returns the reason modal the app opened. */
async function openRejectModal(app: RunningSlackApp, approval: { ts: string }, user = BOB) {
  const clicked = await app.driver.clickButton({ user, actionId: 'reject_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
  expect(clicked.status).toBe(200);
  const opened = await fake().waitForCall('views.open', (call) => call.args.trigger_id === clicked.triggerId);
  expect(opened.response?.ok).toBe(true);
  expect((opened.args.view as { callback_id?: string }).callback_id).toBe('reject_reason');
  return (opened.response as unknown as { view: { id: string } }).view.id;
}

const reasonValues = (reason: string) => ({ reason: { reason_input: { type: 'plain_text_input', value: reason } } });

describeEachDatabase(
  'App Home and rejecting with a reason',
  (database) => {
    it('publishes App Home with where calls go, the pending request, and the change once approved', async () => {
      const app = await start(database());
      try {
        const opened = await app.driver.openHome(ALICE);
        expect(opened.status).toBe(200);
        const first = homePublishes(ALICE);
        expect(first).toHaveLength(1);
        const firstView = first[0]!.args.view as { type: string; blocks: unknown[] };
        expect(firstView.type).toBe('home');
        expect(shown(firstView)).toMatch(/company greeting|Main Voicemail/);
        expect(shown(firstView)).toContain('No requests are waiting for approval');
        expect(shown(firstView)).toContain('No changes recorded yet');
        expect(shown(firstView)).toContain('*Business hours:* Mon–Fri 09:00–17:00');

        await requestThroughPreview(app, 'route to voicemail on Dec 25');
        await app.driver.openHome(ALICE);
        const withPending = shown(fake().homeView(ALICE)?.body);
        expect(withPending).toContain('route to voicemail on Dec 25');
        expect(withPending).not.toContain('No requests are waiting for approval');
        expect(withPending).toContain(`<@${ALICE}>`);

        const before = homePublishes(ALICE).length;
        const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        await app.slackApp.delivery.deliverDue();
        // The audit post's delivery republished Alice's home without her opening it again.
        expect(homePublishes(ALICE).length).toBeGreaterThan(before);
        const refreshed = shown(homePublishes(ALICE).at(-1)!.args.view);
        expect(refreshed).toContain('No requests are waiting for approval');
        expect(refreshed).not.toContain('No changes recorded yet');
        expect(refreshed).toMatch(/applied: route to voicemail on Dec 25/);
        // Dec 25 is within 60 days of the harness clock (Nov 25): it shows among upcoming rules.
        expect(refreshed).toContain('Dec 25, 2026');
      } finally {
        await app.close();
      }
    });

    it('tells someone outside the policy that they may not read call handling', async () => {
      const app = await start(database());
      try {
        await app.driver.openHome(MALLORY);
        const home = shown(fake().homeView(MALLORY)?.body);
        expect(home).toMatch(/may not read/);
        expect(home).not.toMatch(/company greeting|Main Voicemail/);
        // Nothing that looks like the company's state (empty lists) or says they can read it.
        expect(home).not.toMatch(/No custom rules|No requests are waiting|No changes recorded|You can read/);
      } finally {
        await app.close();
      }
    });

    it('rejects with a reason from the modal: message updated in place, requester told', async () => {
      const app = await start(database());
      try {
        const stateBefore = await harness.emulatorState();
        const approval = await requestThroughPreview(app, 'route to voicemail on Dec 25');
        const viewId = await openRejectModal(app, approval);

        const submitted = await app.driver.submitView({ user: BOB, viewId, values: reasonValues('too risky') });
        expect(submitted.status).toBe(200);
        expect(submitted.body).toBe('');
        const [request] = await database().stores.requests.list({ statuses: ['rejected'], limit: 5 });
        expect(request?.decidedBy).toBe(BOB);
        expect(request?.reason).toContain('too risky');

        const decided = fake().messages(APPROVAL_CHANNEL).find((message) => message.ts === approval.ts)!;
        expect(fake().messages(APPROVAL_CHANNEL)).toHaveLength(1);
        expect(actionIds(decided.blocks)).toEqual([]);
        expect(decided.text + shown(decided.blocks)).toMatch(/rejected/i);
        expect(decided.text + shown(decided.blocks)).toContain('too risky');

        await app.slackApp.delivery.deliverDue();
        const dm = fake().calls('chat.postMessage').find((call) => call.args.channel === ALICE);
        expect(dm?.response?.ok).toBe(true);
        expect(String(dm?.args.text)).toMatch(/rejected/i);
        expect(String(dm?.args.text)).toContain('too risky');
        expect(await harness.emulatorState()).toEqual(stateBefore);
      } finally {
        await app.close();
      }
    });

    it('answers a reject submitted after the request was applied with an error on the reason field', async () => {
      const app = await start(database());
      try {
        const approval = await requestThroughPreview(app, 'route to voicemail on Dec 25');
        // Bob opens the reason modal; meanwhile Carol approves and the change is applied.
        const viewId = await openRejectModal(app, approval);
        await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);

        const submitted = await app.driver.submitView({ user: BOB, viewId, values: reasonValues('too risky') });
        expect(submitted.status).toBe(200);
        const body = submitted.body as { response_action?: string; errors?: Record<string, string> };
        expect(body.response_action).toBe('errors');
        expect(Object.keys(body.errors ?? {})).toEqual(['reason']);
        expect(body.errors?.reason).toMatch(/approved|applied/i);
        expect(body.errors?.reason?.length).toBeLessThanOrEqual(150);
        // Shown as plain text under the input: no mrkdwn mentions or emoji codes.
        expect(body.errors?.reason).not.toMatch(/<@|:warning:/);
        expect((await database().stores.requests.list({ statuses: ['applied'], limit: 5 }))).toHaveLength(1);
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);
      } finally {
        await app.close();
      }
    });

    it('escapes a rule named <!channel> in /ivr status', async () => {
      const app = await start(database());
      try {
        const state = structuredClone(await harness.emulatorState()) as { answeringRules: Array<{ name?: string }> };
        const vip = state.answeringRules.find((rule) => rule.name === 'VIP callers')!;
        vip.name = '<!channel>';
        await harness.putEmulatorState(state);

        const typed = await app.driver.slashCommand({ user: ALICE, text: 'status' });
        expect(typed.status).toBe(200);
        const posts = fake().responses(typed.responseUrlId!);
        expect(posts).toHaveLength(1);
        const sent = shown(posts[0]!.body);
        expect(sent).toContain('&lt;!channel&gt;');
        expect(sent).not.toContain('<!channel>');
      } finally {
        await app.close();
      }
    });
  },
  { freshForEachTest: true },
);
