import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy } from '../support/workflow-harness.ts';
import { ALICE, APPROVAL_CHANNEL, AUDIT_CHANNEL, BOB, CAROL, MALLORY, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';

const { harness, fake, start } = useSlackAppHarness();

/** Every action id on a message's buttons. */
function actionIds(blocks: ReadonlyArray<unknown> | undefined): string[] {
  return JSON.stringify(blocks ?? []).match(/"action_id":"([^"]+)"/g)?.map((match) => match.slice(13, -1)) ?? [];
}

/** Alice asks for a change through the preview; returns the pending request's approval message. */
async function requestThroughPreview(app: RunningSlackApp, text: string) {
  const typed = await app.driver.slashCommand({ user: ALICE, text });
  expect(typed.status).toBe(200);
  const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
  expect(preview.text + JSON.stringify(preview.blocks)).toContain('Main Voicemail');
  expect(actionIds(preview.blocks)).toContain('request_approval');
  const clicked = await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
  expect(clicked.status).toBe(200);
  expect(fake().responseMessages(clicked.responseUrlId!).at(-1)?.text).toMatch(/request \d+ pending/i);
  await app.slackApp.delivery.deliverDue();
  const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
  expect(actionIds(approval.blocks)).toEqual(expect.arrayContaining(['approve_request', 'reject_request']));
  return approval;
}

describeEachDatabase(
  'the /ivr story',
  (database) => {
    it('answers a typed "/ivr approve <id>" with the change and its buttons, and approves nothing until one is clicked', async () => {
      const app = await start(database());
      try {
        const approval = await requestThroughPreview(app, 'route to voicemail on Dec 25');
        const id = /request (\d+)/.exec(approval.text)?.[1];
        expect(id).toBeDefined();

        const typed = await app.driver.slashCommand({ user: BOB, text: `approve ${id}` });
        expect(typed.status).toBe(200);
        const shown = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        expect(JSON.stringify(shown.blocks)).toContain('Main Voicemail');
        expect(actionIds(shown.blocks)).toEqual(['approve_request', 'reject_request']);
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(false);

        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', container: { kind: 'ephemeral', blocks: shown.blocks } });
        await app.slackApp.delivery.deliverDue();
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);

        const again = await app.driver.slashCommand({ user: CAROL, text: `approve ${id}` });
        expect(fake().responseMessages(again.responseUrlId!).at(-1)?.text).toMatch(/approved|applied/i);
      } finally {
        await app.close();
      }
    });

    it('previews, requests, is approved by a teammate, changes RingCentral, posts the audit, and undoes', async () => {
      const app = await start(database());
      try {
        const stateBefore = await harness.emulatorState();
        const approval = await requestThroughPreview(app, 'route to voicemail on Dec 25');
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(false);

        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        await app.slackApp.delivery.deliverDue();

        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);
        const decided = fake().messages(APPROVAL_CHANNEL).find((message) => message.ts === approval.ts)!;
        expect(actionIds(decided.blocks)).toEqual([]);
        expect(decided.text + JSON.stringify(decided.blocks)).toMatch(/approved by/i);
        const audit = fake().messages(AUDIT_CHANNEL).at(-1)!;
        expect(JSON.stringify(audit.blocks)).toContain('Dec 25, 2026');
        // The requester is told too, in a direct message.
        const told = fake().calls('chat.postMessage').filter((call) => call.args.channel === ALICE);
        expect(told.map((call) => String(call.args.text))).toEqual([expect.stringMatching(/^Your request \d+ \(route to voicemail on Dec 25\): Applied 1 operation\.$/)]);
        expect(actionIds(audit.blocks)).toContain('undo_request');

        await app.driver.clickButton({ user: ALICE, actionId: 'undo_request', message: { channel: AUDIT_CHANNEL, ts: audit.ts } });
        await app.slackApp.delivery.deliverDue();
        const undoApproval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
        expect(undoApproval.ts).not.toBe(approval.ts);
        await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: undoApproval.ts } });
        await app.slackApp.delivery.deliverDue();
        expect(await harness.emulatorState()).toEqual(stateBefore);
        expect(fake().messages(AUDIT_CHANNEL)).toHaveLength(2);
        // The undo's audit post names the change it undid.
        const undone = /request (\d+)/.exec(JSON.stringify(approval.blocks))?.[1];
        expect(JSON.stringify(fake().messages(AUDIT_CHANNEL).at(-1)?.blocks)).toContain(`undid request ${undone}`);
      } finally {
        await app.close();
      }
    });

    it('refuses self-approval and tells the second approver who already approved', async () => {
      const app = await start(database());
      try {
        const typed = await app.driver.slashCommand({ user: BOB, text: 'route to voicemail on Dec 25' });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        await app.driver.clickButton({ user: BOB, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
        await app.slackApp.delivery.deliverDue();
        const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;

        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        expect(fake().ephemerals(APPROVAL_CHANNEL).at(-1)).toMatchObject({ user: BOB });
        expect(fake().ephemerals(APPROVAL_CHANNEL).at(-1)?.text).toContain('someone else has to approve');
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(false);

        // Both clicks on the message as rendered before the first one updated it (a double click).
        const requestId = String((await database().stores.requests.list({ statuses: ['pending'], limit: 1 }))[0]!.id);
        await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', value: requestId, message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', value: requestId, message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        const second = fake().ephemerals(APPROVAL_CHANNEL).at(-1)!;
        expect(second.user).toBe(CAROL);
        expect(second.text).toMatch(/already approved|approved by .*and applied/i);
        expect((await harness.readHandling()).customRules.filter((rule) => rule.name === 'Dec 25, 2026')).toHaveLength(1);
      } finally {
        await app.close();
      }
    });

    it('answers a stale approval with what changed, and leaves RingCentral alone', async () => {
      const app = await start(database());
      try {
        const approval = await requestThroughPreview(app, 'route to voicemail on Dec 25');
        await harness.putEmulatorState(await harness.emulatorState().then((state) => {
          const copy = structuredClone(state) as { answeringRules: Array<{ name?: string; type?: string }> };
          // Another admin adds a rule in the portal: the new rule would now come after theirs.
          const { uri: _uri, ...vip } = copy.answeringRules.find((rule) => rule.name === 'VIP callers') as { uri?: string; name?: string };
          copy.answeringRules.push({ ...vip, id: '33000000099', name: 'Added in the portal' } as never);
          return copy;
        }));
        const stateBefore = await harness.emulatorState();
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        expect(fake().ephemerals(APPROVAL_CHANNEL).at(-1)?.text).toMatch(/stale/);
        expect(await harness.emulatorState()).toEqual(stateBefore);
        const decided = fake().messages(APPROVAL_CHANNEL).find((message) => message.ts === approval.ts)!;
        expect(actionIds(decided.blocks)).toEqual([]);
      } finally {
        await app.close();
      }
    });

    it('keeps an audit post through a Slack 429 and a Slack failure, and delivers it later', async () => {
      const app = await start(database());
      try {
        const approval = await requestThroughPreview(app, 'route to voicemail on Dec 25');
        fake().injectFault({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1, times: 1 });
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        await app.slackApp.delivery.deliverDue();
        expect(fake().messages(AUDIT_CHANNEL)).toHaveLength(1);

        const second = await requestThroughPreview(app, 'route to voicemail on Dec 26');
        fake().injectFault({ method: 'chat.postMessage', error: 'fatal_error', times: 1 });
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: second.ts } });
        await app.slackApp.delivery.deliverDue();
        expect(fake().messages(AUDIT_CHANNEL)).toHaveLength(1);
        app.advance(60_000);
        await app.slackApp.delivery.deliverDue();
        expect(fake().messages(AUDIT_CHANNEL)).toHaveLength(2);
      } finally {
        await app.close();
      }
    }, 20_000);

    it('gives up an approval post Slack refuses for its channel, and tells the requester how approvers can still find the request', async () => {
      const app = await start(database());
      try {
        fake().injectFault({ method: 'chat.postMessage', channel: APPROVAL_CHANNEL, error: 'not_in_channel', times: 5 });
        const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
        await app.slackApp.delivery.deliverDue();
        await app.slackApp.delivery.deliverDue();

        const told = fake().calls('chat.postMessage').filter((call) => call.args.channel === ALICE).map((call) => String(call.args.text));
        expect(told).toEqual([
          expect.stringMatching(/^Your request (\d+) \(route to voicemail on Dec 25\): it could not be posted for approval \(not_in_channel\): the bot is not a member of the approval channel; invite it there \(\/invite @Switchboard\)\. It still waits; approvers can find it with \/ivr requests and approve it with \/ivr approve \1\.$/),
        ]);
        const givenUp = await database().stores.outbox.undeliverable(10);
        expect(givenUp.map((message) => [message.recipient, message.lastError])).toEqual([['approvals', 'not_in_channel']]);
        // Not retried: an hour later nothing more is posted to the channel.
        app.advance(3_600_000);
        await app.slackApp.delivery.deliverDue();
        expect(fake().calls('chat.postMessage').filter((call) => call.args.channel === APPROVAL_CHANNEL)).toHaveLength(1);
        expect((await database().stores.requests.list({ statuses: ['pending'], limit: 10 })).map((request) => request.commandText)).toEqual(['route to voicemail on Dec 25']);
      } finally {
        await app.close();
      }
    });

    it('does nothing for unsigned, badly signed or stale requests', async () => {
      const app = await start(database());
      try {
        for (const signing of ['bad', 'stale', 'missing'] as const) {
          const result = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25', signing });
          expect(result.status).toBe(401);
          expect(fake().responses(result.responseUrlId!)).toEqual([]);
        }
      } finally {
        await app.close();
      }
    });

    it('requests the day the preview showed when clicked after midnight, and answers a changed RingCentral with the new preview', async () => {
      const app = await start(database());
      try {
        // The harness starts at 12:00 in New York; the preview is read at 23:58 and clicked at 00:02.
        app.advance((11 * 60 + 58) * 60_000);
        const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail tomorrow' });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        expect(JSON.stringify(preview.blocks)).toContain('Nov 26, 2026');
        app.advance(4 * 60_000);
        const clicked = await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
        expect(fake().responseMessages(clicked.responseUrlId!).at(-1)?.text).toMatch(/request \d+ pending/i);
        await app.slackApp.delivery.deliverDue();
        const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
        expect(JSON.stringify(approval.blocks)).toContain('Nov 26, 2026');
        expect(JSON.stringify(approval.blocks)).not.toContain('Nov 27');

        const disable = await app.driver.slashCommand({ user: ALICE, text: 'disable rule VIP callers' });
        const shown = fake().responseMessages(disable.responseUrlId!).at(-1)!;
        await harness.editBehindTheBack((handling) => ({
          ...handling,
          customRules: handling.customRules.map((rule) => (rule.name === 'VIP callers' ? { ...rule, callers: [{ callerId: '+16505550123' }] } : rule)),
        }));
        const refused = await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: shown.blocks } });
        const answer = fake().responseMessages(refused.responseUrlId!).at(-1)!;
        expect(JSON.stringify(answer.blocks)).toContain('Since this preview, someone changed rule \\"VIP callers\\" in RingCentral. Nothing was requested');
        expect(actionIds(answer.blocks)).toContain('request_approval');
        expect(JSON.stringify(answer.blocks)).not.toBe(JSON.stringify(shown.blocks));
        await app.slackApp.delivery.deliverDue();
        expect(fake().messages(APPROVAL_CHANNEL)).toHaveLength(1);
        // The new preview's button requests the change as it is now.
        await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: answer.blocks } });
        await app.slackApp.delivery.deliverDue();
        expect(fake().messages(APPROVAL_CHANNEL)).toHaveLength(2);
      } finally {
        await app.close();
      }
    });

    it('shows the new plan of a stale request the team lets through, and re-plans it only on Apply against what was shown', async () => {
      const vipEnabled = async () => (await harness.readHandling()).customRules.find((rule) => rule.name === 'VIP callers')?.enabled;
      const first = await start(database());
      let id = '';
      try {
        const typed = await first.driver.slashCommand({ user: ALICE, text: 'disable rule VIP callers' });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        const clicked = await first.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
        id = /request (\d+)/.exec(fake().responseMessages(clicked.responseUrlId!).at(-1)?.text ?? '')?.[1] ?? '';
        await harness.editBehindTheBack((handling) => ({
          ...handling,
          customRules: handling.customRules.map((rule) => (rule.name === 'VIP callers' ? { ...rule, callers: [{ callerId: '+16505550123' }] } : rule)),
        }));
        const approved = await first.driver.slashCommand({ user: BOB, text: `approve ${id}` });
        const shown = fake().responseMessages(approved.responseUrlId!).at(-1)!;
        await first.driver.clickButton({ user: BOB, actionId: 'approve_request', container: { kind: 'ephemeral', blocks: shown.blocks } });
        expect((await database().stores.requests.get(Number(id)))?.status).toBe('stale');
      } finally {
        await first.close();
      }
      const exempt = teamPolicy({ requesters: [{ kind: 'user', id: ALICE }], approvers: [{ kind: 'user', id: BOB }, { kind: 'user', id: CAROL }], noApprovalFor: ['change-rule'] });
      const app = await start(database(), exempt);
      try {
        const typed = await app.driver.slashCommand({ user: ALICE, text: `replan ${id}` });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        expect(JSON.stringify(preview.blocks)).toContain(`Re-planning request ${id}`);
        expect(JSON.stringify(preview.blocks)).toContain('This applies at once');
        expect(actionIds(preview.blocks)).toEqual(['replan_request', 'cancel_preview']);
        expect(await vipEnabled()).toBe(true);

        await harness.editBehindTheBack((handling) => ({ ...handling, businessHours: { monday: [{ from: 600, to: 960 }] } }));
        const refused = await app.driver.clickButton({ user: ALICE, actionId: 'replan_request', container: { kind: 'ephemeral', blocks: preview.blocks } });
        const again = fake().responseMessages(refused.responseUrlId!).at(-1)!;
        expect(JSON.stringify(again.blocks)).toContain('RingCentral changed since this preview. Nothing was applied');
        expect(await vipEnabled()).toBe(true);

        const applied = await app.driver.clickButton({ user: ALICE, actionId: 'replan_request', container: { kind: 'ephemeral', blocks: again.blocks } });
        expect(fake().responseMessages(applied.responseUrlId!).at(-1)?.text).toMatch(/applied/i);
        expect(await vipEnabled()).toBe(false);
      } finally {
        await app.close();
      }
    });

    it('offers Apply for a kind the team lets through, says it applies at once, and applies it on the click', async () => {
      const exempt = teamPolicy({ requesters: [{ kind: 'user', id: ALICE }], approvers: [{ kind: 'user', id: BOB }], noApprovalFor: ['add-rule'] });
      const app = await start(database(), exempt);
      try {
        const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        expect(JSON.stringify(preview.blocks)).toContain('This applies at once');
        expect(JSON.stringify(preview.blocks)).toContain('"text":"Apply"');
        expect(JSON.stringify(preview.blocks)).not.toContain('Request approval');
        const clicked = await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
        expect(clicked.status).toBe(200);
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);
      } finally {
        await app.close();
      }
    });

    it('answers questions, and refuses politely what a user may not do', async () => {
      const app = await start(database());
      try {
        const status = await app.driver.slashCommand({ user: ALICE, text: 'test Dec 24 10am from +1 415 555 0100' });
        expect(fake().responseMessages(status.responseUrlId!).at(-1)?.text).toContain('VIP callers');
        const denied = await app.driver.slashCommand({ user: MALLORY, text: 'status' });
        expect(fake().responseMessages(denied.responseUrlId!).at(-1)?.text).toMatch(/may not read/);
        const help = await app.driver.slashCommand({ user: CAROL, text: '' });
        const helpText = JSON.stringify(fake().responseMessages(help.responseUrlId!).at(-1));
        expect(helpText).toContain('approve');
        expect(helpText).not.toContain('route to');
      } finally {
        await app.close();
      }
    });
  },
  { freshForEachTest: true },
);
