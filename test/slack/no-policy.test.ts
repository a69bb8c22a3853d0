import { expect, it } from 'vitest';
import { NO_POLICY_MESSAGE } from '../../src/slack/no-policy-message.ts';
import { ALICE, APPROVAL_CHANNEL, AUDIT_CHANNEL, BOB, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy } from '../support/workflow-harness.ts';

const { harness, fake, start } = useSlackAppHarness();

/** No SWITCHBOARD_* policy variable set: what `switchboard start` builds the bot with then. */
const NO_POLICY = { kind: 'local-admin' } as const;

/** Runs `act` against a bot with no policy and returns what it sent RingCentral meanwhile (the emulator's request log). */
async function ringCentralRequestsDuring(app: RunningSlackApp, act: () => Promise<void>) {
  const before = (await harness.requestLog()).length;
  await act();
  await app.slackApp.delivery.deliverDue();
  return (await harness.requestLog()).slice(before);
}

describeEachDatabase('the Slack bot with no approval policy', (database) => {
  it('answers every /ivr command, help and questions included, with how to set a policy, reading nothing', async () => {
    const app = await start(database(), NO_POLICY);
    try {
      const commands = ['status', 'where does a call at 10:00 on Dec 25 go', 'help', '', 'requests', 'history', 'audit verify', 'route to voicemail on Dec 25', 'edit hours', 'approve 1'];
      const requests = await ringCentralRequestsDuring(app, async () => {
        for (const text of commands) {
          const answer = await app.driver.slashCommand({ user: ALICE, text });
          expect(answer.body, text).toEqual({ response_type: 'ephemeral', text: NO_POLICY_MESSAGE });
        }
      });
      expect(requests).toEqual([]);
      expect(fake().calls('views.open')).toEqual([]);
      expect(NO_POLICY_MESSAGE).toContain('ask your admin to set SWITCHBOARD_REQUESTERS and SWITCHBOARD_APPROVERS (and optionally SWITCHBOARD_READERS,');
    } finally {
      await app.close();
    }
  });

  it('shows App Home as how to set a policy, without where calls go', async () => {
    const app = await start(database(), NO_POLICY);
    try {
      const requests = await ringCentralRequestsDuring(app, async () => {
        expect((await app.driver.openHome(ALICE)).status).toBe(200);
      });
      expect(requests).toEqual([]);
      const home = JSON.stringify(fake().homeView(ALICE)?.body);
      expect(home).toContain('SWITCHBOARD_REQUESTERS and SWITCHBOARD_APPROVERS');
      expect(home).not.toMatch(/company greeting|Voicemail|Business hours/);
    } finally {
      await app.close();
    }
  });

  it('decides nothing on a button left from when a policy was set, and tells the clicker why', async () => {
    // Alice asked while the team policy was set; the bot now runs with none.
    const { workflow } = harness.workflow(database(), { policy: teamPolicy() });
    const asked = await harness.request(workflow, 'alice', 'route to voicemail on Dec 25');
    const id = asked.request!.id;
    const app = await start(database(), NO_POLICY);
    try {
      const requests = await ringCentralRequestsDuring(app, async () => {
        for (const actionId of ['approve_request', 'reject_request', 'undo_request']) {
          expect((await app.driver.clickButton({ user: BOB, actionId, value: String(id), container: { kind: 'ephemeral', channel: APPROVAL_CHANNEL } })).status).toBe(200);
        }
        await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', value: 'route to voicemail on Dec 26', container: { kind: 'ephemeral', channel: AUDIT_CHANNEL } });
      });
      expect(requests).toEqual([]);
      expect((await database().stores.requests.get(id))?.status).toBe('pending');
      expect(await database().stores.requests.approvals(id)).toEqual([]);
      expect(fake().ephemerals().map((note) => [note.channel, note.user, note.text])).toEqual([
        [APPROVAL_CHANNEL, BOB, NO_POLICY_MESSAGE],
        [APPROVAL_CHANNEL, BOB, NO_POLICY_MESSAGE],
        [APPROVAL_CHANNEL, BOB, NO_POLICY_MESSAGE],
        [AUDIT_CHANNEL, ALICE, NO_POLICY_MESSAGE],
      ]);
      expect(fake().calls('views.open')).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('answers a form submitted or searched from an editor left open with how to set a policy, reading nothing', async () => {
    const app = await start(database(), NO_POLICY);
    try {
      let submitted: unknown;
      let suggested: unknown;
      const requests = await ringCentralRequestsDuring(app, async () => {
        submitted = (await app.driver.submitView({ user: ALICE, callbackId: 'route_editor', values: {} })).body;
        suggested = (await app.driver.blockSuggestion({ user: ALICE, actionId: 'route_target_select', value: 'main' })).body;
      });
      expect(requests).toEqual([]);
      expect(submitted).toMatchObject({ response_action: 'update', view: { type: 'modal' } });
      expect(JSON.stringify(submitted)).toContain('SWITCHBOARD_REQUESTERS and SWITCHBOARD_APPROVERS');
      expect(suggested).toEqual({ options: [] });
    } finally {
      await app.close();
    }
  });
});
