import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createRingCentralGateway, type RingCentralGateway } from '../../src/ringcentral/index.ts';
import { ALICE, APPROVAL_CHANNEL, BOB, SLACK_POLICY, useSlackAppHarness } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const { harness, fake, start } = useSlackAppHarness();

type LogLine = Record<string, unknown> & { readonly msg: string; readonly traceId?: string };

/** A debug-level logger for the app, the workflow and the gateway, and the JSON lines it wrote. */
function capturedLog(): { readonly logger: ReturnType<typeof createLogger>; readonly lines: () => LogLine[] } {
  let text = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  return { logger, lines: () => text.trim().split('\n').map((line) => JSON.parse(line) as LogLine) };
}

describeEachDatabase('trace ids through the /ivr story', (database) => {
  it('names the approval click on its Slack receipt, on the RingCentral requests of the apply and in the audit entry', async () => {
    const log = capturedLog();
    let gateway: RingCentralGateway | undefined;
    const app = await start(database(), SLACK_POLICY, {}, {
      logger: log.logger,
      // The gateway logs under the same logger, as `npm start` wires it.
      gateway: () => (gateway = createRingCentralGateway({ serverUrl: harness.emulator().url, clientId: 'test', clientSecret: 'test', jwt: 'test', sleep: async () => {}, logger: log.logger })),
    });
    try {
      const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
      const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
      await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
      await app.slackApp.delivery.deliverDue();
      const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
      await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
      expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);

      const lines = log.lines();
      const receipts = lines.filter((line) => line.msg === 'Slack interaction received');
      const receipt = (match: Record<string, unknown>): LogLine => {
        const found = receipts.filter((line) => Object.entries(match).every(([key, value]) => line[key] === value));
        expect(found, JSON.stringify(receipts)).toHaveLength(1);
        return found[0]!;
      };
      const command = receipt({ interaction: 'slash_command', command: '/ivr', user: ALICE });
      const requested = receipt({ interaction: 'block_actions', action: 'request_approval', user: ALICE });
      const approved = receipt({ interaction: 'block_actions', action: 'approve_request', user: BOB });
      // Each interaction has its own id; the receipt names the command, never the text typed.
      const ids = [command.traceId, requested.traceId, approved.traceId];
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
      expect(new Set(ids).size).toBe(3);
      expect(JSON.stringify(command)).not.toContain('voicemail');

      const ringCentral = lines.filter((line) => line.msg === 'RingCentral request');
      // Logging in (POST /restapi/oauth/token) happened with the first request, the command's.
      const writes = ringCentral.filter((line) => line.method !== 'GET' && !String(line.path).includes('/oauth/'));
      expect(writes.map((line) => [line.method, line.traceId])).toEqual([['POST', approved.traceId]]);
      // The fresh read before the write belongs to the approval too; the preview's read to the command.
      expect(ringCentral.filter((line) => line.traceId === approved.traceId && line.method === 'GET').length).toBeGreaterThan(0);
      expect(ringCentral.filter((line) => line.traceId === command.traceId && line.method === 'GET').length).toBeGreaterThan(0);

      const [entry] = await database().stores.audit.latest(1);
      expect(entry).toMatchObject({ event: 'applied', requestTraceId: requested.traceId, traceId: approved.traceId });
      expect(await database().stores.audit.verify()).toMatchObject({ ok: true });
    } finally {
      await app.close();
      await gateway?.close();
    }
  });
});
