import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { RESTARTING_MESSAGE } from '../../src/slack/restarting-gate.ts';
import { ALICE, APPROVAL_CHANNEL, BOB, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';

const { harness, fake, start } = useSlackAppHarness();

/** Alice asks for a change through the preview; returns the pending request's approval message. */
async function requestThroughPreview(app: RunningSlackApp, text: string) {
  const typed = await app.driver.slashCommand({ user: ALICE, text });
  const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
  await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
  await app.slackApp.delivery.deliverDue();
  return fake().messages(APPROVAL_CHANNEL).at(-1)!;
}

async function statusOfOnly(database: TestDatabase): Promise<string | undefined> {
  const requests = await database.stores.requests.list({ limit: 10 });
  expect(requests).toHaveLength(1);
  return requests[0]!.status;
}

describeEachDatabase('the restarting gate of the Slack app', (database) => {
  it('reports the Slack work drained only once an approval in flight has applied its change', async () => {
    const app = await start(database());
    try {
      const approval = await requestThroughPreview(app, 'route to voicemail on Dec 25');
      // RingCentral is slow to answer the write, so the approval is still applying when the gate closes.
      await harness.setFaults([{ method: 'POST', path: '/answering-rule', latencyMs: 1_500 }]);
      const click = app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
      while ((await statusOfOnly(database())) !== 'applying') await sleep(20);

      app.slackApp.gate.close();
      expect(app.slackApp.gate.inFlight()).toEqual(['button approve_request']);
      await app.slackApp.gate.drained();

      expect(await statusOfOnly(database())).toBe('applied');
      expect(app.slackApp.gate.inFlight()).toEqual([]);
      expect((await click).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers a command with the restarting message in place, and drafts nothing', async () => {
    const app = await start(database());
    try {
      const ringCentralRequests = (await harness.requestLog()).length;
      app.slackApp.gate.close();

      const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 26' });

      expect(typed).toMatchObject({ status: 200, body: { response_type: 'ephemeral', text: RESTARTING_MESSAGE } });
      expect(await database().db.selectFrom('change_drafts').select('id').execute()).toEqual([]);
      expect(await harness.requestLog()).toHaveLength(ringCentralRequests);
    } finally {
      await app.close();
    }
  });

  it('answers a form submitted after the gate closed with a view pushed over it, and decides nothing', async () => {
    const app = await start(database());
    try {
      const approval = await requestThroughPreview(app, 'route to voicemail on Dec 27');
      const clicked = await app.driver.clickButton({ user: BOB, actionId: 'reject_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
      const opened = await fake().waitForCall('views.open', (call) => call.args.trigger_id === clicked.triggerId);
      const viewId = (opened.response as unknown as { view: { id: string } }).view.id;
      app.slackApp.gate.close();

      const submitted = await app.driver.submitView({ user: BOB, viewId, values: { reason: { reason_input: { type: 'plain_text_input', value: 'too risky' } } } });

      expect(submitted).toMatchObject({
        status: 200,
        body: { response_action: 'push', view: { type: 'modal', blocks: [{ type: 'section', text: { type: 'plain_text', text: RESTARTING_MESSAGE } }] } },
      });
      expect(await statusOfOnly(database())).toBe('pending');
    } finally {
      await app.close();
    }
  });

  it('answers a button on the App Home, which has no response_url, with a direct message, and approves nothing', async () => {
    const app = await start(database());
    try {
      await requestThroughPreview(app, 'route to voicemail on Dec 28');
      await app.driver.openHome(BOB);
      const published = fake().calls('views.publish').length;
      app.slackApp.gate.close();

      const clicked = await app.driver.clickButton({ user: BOB, actionId: 'approve_request', value: '1', container: { kind: 'home' } });
      await app.driver.openHome(BOB);

      expect(clicked.status).toBe(200);
      const told = await fake().waitForCall('chat.postMessage', (call) => call.args.channel === BOB);
      expect(told.args.text).toBe(RESTARTING_MESSAGE);
      expect(await statusOfOnly(database())).toBe('pending');
      // An App Home opened meanwhile is not drawn: it is drawn again at the next visit.
      expect(fake().calls('views.publish')).toHaveLength(published);
    } finally {
      await app.close();
    }
  });
}, { freshForEachTest: true });
