/**
 * A wrong or revoked SLACK_APP_TOKEN: apps.connections.open answers invalid_auth, and `npm start`
 * says so in one line and exits 2 (a usage error, as for a refused bot token), with no stack trace
 * and without the token.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXIT } from '../../src/console/index.ts';
import { freePort, startBotProcess } from '../reliability/process-support/start-bot-process.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const BOT_TOKEN = 'xoxb-socket-mode-refused';
const REVOKED_APP_TOKEN = 'xapp-1-A0FAKE0001-1-revokedrevokedrevoked';

const emulator = useCliEmulator('socket-mode-refused', { highRateLimits: true });
let fake: FakeSlack | undefined;
beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN, appToken: 'xapp-1-A0FAKE0001-1-thevalidone' });
  fake.addChannel({ id: 'C0APPROVALS', name: 'phone-approvals', isMember: true });
  fake.addChannel({ id: 'C0AUDITLOG', name: 'phone-audit', isMember: true });
});
afterAll(async () => {
  await fake?.close();
});

it('refuses a revoked app-level token in one line naming SLACK_APP_TOKEN, and exits 2', async () => {
  const env = emulator.env();
  const bot = await startBotProcess({
    ...env,
    DATABASE_URL: `sqlite:${env.SWITCHBOARD_DATA_DIR}/refused.sqlite`,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: REVOKED_APP_TOKEN,
    SLACK_API_URL: fake!.url,
    PORT: String(await freePort()),
    SWITCHBOARD_REQUESTERS: 'U0ALICE',
    SWITCHBOARD_APPROVERS: 'U0BOB',
    SWITCHBOARD_APPROVAL_CHANNEL: 'C0APPROVALS',
    SWITCHBOARD_AUDIT_CHANNEL: 'C0AUDITLOG',
  });
  const exited = await bot.exited;
  expect(exited.code, bot.output()).toBe(EXIT.usage);
  const refusal = bot.output().split('\n').filter((line) => line.includes('SLACK_APP_TOKEN'));
  expect(refusal).toHaveLength(1);
  expect(refusal[0]).toMatch(/^Slack refused the app-level token \(.*invalid_auth.*\): check SLACK_APP_TOKEN/);
  expect(bot.output()).not.toContain(REVOKED_APP_TOKEN);
  expect(bot.output()).not.toMatch(/\n\s+at /);
});
