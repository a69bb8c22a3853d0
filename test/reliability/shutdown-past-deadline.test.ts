/**
 * Issue 18, a shutdown that cannot wait: replica A is posting an audit message and Slack holds its
 * answer; A gets SIGTERM, then SIGTERM again (an operator who will not wait, or what the 30 s
 * deadline does by itself). A gives up the post, logs at error what was still running, hands the
 * message back and exits 3; replica B posts it at its next delivery pass, minutes before the
 * 5-minute claim (CLAIM_LEASE_MS in src/slack/outbox-delivery.ts) would have let it. Slack may
 * then show that one message twice, as after a crash (test/reliability/crash.test.ts): the outbox
 * is at least once, and sooner rather than five minutes later.
 */
import { DateTime } from 'luxon';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXIT } from '../../src/console/index.ts';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack/index.ts';
import { runCli } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { describeOnPostgres, type TestDatabase } from '../support/use-test-databases.ts';
import { startBotProcess, type BotProcess } from './process-support/start-bot-process.ts';

const BOT_TOKEN = 'xoxb-shutdown-deadline';
const SIGNING_SECRET = '8f742231b10e8888abcd990000085a5e';
const AUDIT_CHANNEL = 'C0AUDIT0001';
/** Slack holds the answer to A's audit post this long: well past the shutdown. */
const HELD_ANSWER_MS = 120_000;
/** The outbox's claim lease: without the hand-back, B could not post the message before it ends. */
const CLAIM_LEASE_MS = 5 * 60_000;

const emulator = useCliEmulator('shutdown-deadline', { highRateLimits: true });
let fake: FakeSlack | undefined;
beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  fake.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
});
afterAll(async () => {
  await fake?.close();
});
const slack = (): FakeSlack => {
  if (fake === undefined) throw new Error('the fake Slack starts in beforeAll');
  return fake;
};

/** A replica, logging errors (as JSON lines on stderr) so the test reads what A says it abandoned. */
const startReplica = (database: TestDatabase): Promise<BotProcess> =>
  startBotProcess({
    ...emulator.env(),
    DATABASE_URL: database.url,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack().url,
    SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
    LOG_LEVEL: 'error',
  });

async function until(what: string, ready: () => boolean, timeoutMs: number, replicas: ReadonlyArray<BotProcess>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms; the replicas said:\n${replicas.map((replica) => replica.output()).join('\n---\n')}`);
    await sleep(50);
  }
}

const isAuditPost = (call: RecordedCall): boolean => call.args.channel === AUDIT_CHANNEL && JSON.stringify(call.args).includes('\\"Deadline drill\\"');

describeOnPostgres('a replica told twice to stop while Slack holds its post', (database) => {
  it('gives the post up, says at error what it abandoned, exits 3, and the other replica posts the message at once', async () => {
    await emulator.resetState();
    slack().reset();
    const day = DateTime.now().plus({ days: 12 }).toFormat('yyyy-MM-dd');
    const changed = await runCli(['run', '--yes', `route to voicemail on ${day} named "Deadline drill"`], { ...emulator.env(), DATABASE_URL: database().url });
    expect(changed.code, changed.stderr).toBe(0);

    // A posts the audit message; Slack shows it but holds the answer.
    slack().injectDelay({ method: 'chat.postMessage', channel: AUDIT_CHANNEL, ms: HELD_ANSWER_MS });
    const a = await startReplica(database());
    let b: BotProcess | undefined;
    try {
      await slack().waitForCall('chat.postMessage', isAuditPost, 30_000);
      b = await startReplica(database());
      await until('B listening', () => b!.output().includes('Switchboard is listening for Slack'), 30_000, [a, b]);

      a.child.kill('SIGTERM');
      await until('A shutting down', () => a.output().includes('SIGTERM: Switchboard takes no new work'), 10_000, [a, b]);
      a.child.kill('SIGTERM');
      expect(await a.exited, a.output()).toEqual({ code: EXIT.ringCentralFailure, signal: null });
      const abandoned = a
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; msg: string; stillRunning?: ReadonlyArray<string> })
        .find((line) => line.stillRunning !== undefined);
      expect(abandoned).toMatchObject({ level: 50, stillRunning: ['outbox delivery (a post to Slack)'] });

      // B posts it again at its next delivery pass (every 5 s), minutes before A's claim would have ended.
      await until('B posting the message A gave up', () => slack().calls('chat.postMessage').filter(isAuditPost).length === 2, CLAIM_LEASE_MS / 15, [a, b]);
      const audit = await database().db.selectFrom('outbox_messages').select(['sent_at', 'attempts']).where('recipient', '=', 'audit').execute();
      expect(audit).toEqual([{ sent_at: expect.any(String), attempts: 1 }]);

      b.child.kill('SIGTERM');
      expect(await b.exited, b.output()).toEqual({ code: 0, signal: null });
    } finally {
      for (const replica of [a, ...(b === undefined ? [] : [b])]) {
        if (replica.child.exitCode === null && replica.child.signalCode === null) replica.child.kill('SIGKILL');
        await replica.exited;
      }
    }
  }, 60_000);
});
