import { beforeAll, expect, it } from 'vitest';
import { ALICE, CAROL, MALLORY, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy } from '../support/workflow-harness.ts';

const { fake, start } = useSlackAppHarness();

/** Dave reads (SWITCHBOARD_READERS) but neither asks for nor approves changes. */
const DAVE = 'U0DAVE';
const POLICY = teamPolicy({
  requesters: [{ kind: 'user', id: ALICE }],
  approvers: [{ kind: 'user', id: CAROL }],
  readers: [{ kind: 'user', id: DAVE }],
});

beforeAll(() => {
  fake().addUser({ id: DAVE, name: 'dave', real_name: 'dave', tz: 'America/New_York' });
});

/** What the bot answered to `/ivr <text>` typed by `user`, as one string. */
async function answerTo(app: RunningSlackApp, user: string, text: string): Promise<string> {
  const typed = await app.driver.slashCommand({ user, text });
  return JSON.stringify(fake().responseMessages(typed.responseUrlId!).at(-1));
}

describeEachDatabase('SWITCHBOARD_READERS in Slack', (database) => {
  it('lets a reader ask questions, list requests and history and see App Home, but not ask for changes', async () => {
    const app = await start(database(), POLICY);
    try {
      expect(await answerTo(app, DAVE, 'status')).toMatch(/company greeting|Main Voicemail/);
      expect(await answerTo(app, DAVE, 'requests')).toContain('No requests are waiting for approval.');
      expect(await answerTo(app, DAVE, 'history')).toContain('No changes recorded yet.');
      const help = await answerTo(app, DAVE, 'help');
      expect(help).toContain('To request changes, ask an admin to add you to SWITCHBOARD_REQUESTERS.');
      expect(help).not.toContain('route to');

      const preview = await answerTo(app, DAVE, 'route to voicemail on Dec 25');
      expect(preview).toContain('What would change');
      expect(preview).toContain('cancel_preview');
      expect(preview).not.toContain('request_approval');
      expect(await answerTo(app, DAVE, 'edit')).toContain("You can't request changes");
      expect(fake().calls('views.open')).toEqual([]);

      await app.driver.openHome(DAVE);
      const home = JSON.stringify(fake().homeView(DAVE)?.body);
      expect(home).toMatch(/company greeting|Main Voicemail/);
      expect(home).toContain('No requests are waiting for approval');
    } finally {
      await app.close();
    }
  });

  it('refuses someone who is no reader, requester or approver, naming SWITCHBOARD_READERS', async () => {
    const app = await start(database(), POLICY);
    try {
      const refusal = 'mallory may not read call handling, requests or history; readers are set in SWITCHBOARD_READERS (requesters and approvers read too).';
      for (const text of ['status', 'requests', 'history']) {
        const typed = await app.driver.slashCommand({ user: MALLORY, text });
        expect(fake().responseMessages(typed.responseUrlId!).at(-1)?.text, text).toBe(refusal);
      }
      await app.driver.openHome(MALLORY);
      const home = JSON.stringify(fake().homeView(MALLORY)?.body);
      expect(home).toContain('SWITCHBOARD_READERS');
      expect(home).not.toMatch(/company greeting|Main Voicemail/);
    } finally {
      await app.close();
    }
  });
});
