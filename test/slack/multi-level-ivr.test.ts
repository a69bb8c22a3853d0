import { expect, it } from 'vitest';
import { proposalRefusalMessage } from '../../src/callflow/index.ts';
import { createMultiLevelState } from '../fixtures/multi-level-company.ts';
import { ALICE, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const { harness, fake, start } = useSlackAppHarness();

/** The last message the bot answered `/ivr <text>` with, typed by Alice. */
async function answerTo(app: RunningSlackApp, text: string) {
  const typed = await app.driver.slashCommand({ user: ALICE, text });
  return fake().responseMessages(typed.responseUrlId!).at(-1);
}

describeEachDatabase('/ivr on a company in multi-level IVR mode', (database) => {
  it('answers a route to the company greeting with the one-line refusal and no buttons, changing nothing', async () => {
    await harness.putEmulatorState(createMultiLevelState());
    const before = await harness.emulatorState();
    const app = await start(database());
    try {
      const answer = await answerTo(app, 'route to the company greeting');
      expect(answer?.text).toBe(proposalRefusalMessage('greeting-in-multi-level-ivr'));
      expect(JSON.stringify(answer)).not.toContain('request_approval');
      expect(await harness.emulatorState()).toEqual(before);
    } finally {
      await app.close();
    }
  });
});
