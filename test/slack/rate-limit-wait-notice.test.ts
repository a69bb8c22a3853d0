import { setTimeout as delay } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { createRingCentralGateway } from '../../src/ringcentral/index.ts';
import { ALICE, useSlackAppHarness } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const { harness, fake, start } = useSlackAppHarness();

const WAITING = "Waiting for RingCentral's rate limit, about 20 s…";
/** The first read of business hours is refused for 20 s, as RingCentral does once a budget is spent. */
const RETRY_AFTER_20 = [{ method: 'GET', path: '/business-hours', status: 429, retryAfterSeconds: 20 }];

describeEachDatabase('waiting for RingCentral in Slack', (database) => {
  it('answers a command and a click that wait for the rate limit at once with the wait, then with the answer', async () => {
    // Penalties last 200 ms here, though the gateway expects the 20 s RingCentral asked for.
    const gateway = createRingCentralGateway({
      serverUrl: harness.emulator().url,
      clientId: 'test',
      clientSecret: 'test',
      jwt: 'test',
      sleep: () => delay(200),
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    const app = await start(database(), undefined, {}, { gateway: () => gateway });
    try {
      await harness.setFaults(RETRY_AFTER_20);
      const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
      const answers = fake().responses(typed.responseUrlId!).map((post) => post.body);
      expect(answers).toEqual([
        { response_type: 'ephemeral', replace_original: false, text: WAITING },
        expect.objectContaining({ response_type: 'ephemeral', blocks: expect.any(Array) }),
      ]);

      // Request approval reads RingCentral again before asking: the click is told of its wait too.
      await harness.setFaults(RETRY_AFTER_20);
      const clicked = await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: answers[1]!.blocks as unknown[] } });
      expect(fake().responses(clicked.responseUrlId!).map((post) => post.body.text)).toEqual([WAITING, expect.stringMatching(/request \d+ pending/i)]);
    } finally {
      await app.close();
      await gateway.close();
    }
  });
});
