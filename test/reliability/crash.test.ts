/**
 * Issue 8, crashes: a process killed (SIGKILL) at the worst moment loses nothing and doubles
 * nothing it could have avoided doubling.
 *
 * Killed while applying a change: test/workflow/restart-after-kill.test.ts kills the real CLI
 * (`switchboard run approve`) half-way through a change's writes, and before any write reached
 * RingCentral, and checks that the next start rolls back or fails the request, audited once; it
 * is not repeated here.
 *
 * Killed while delivering the outbox (here): the Slack bot is a child process (`switchboard
 * start`), Slack is slow to answer one audit post, and the bot is killed while it waits. Slack may
 * or may not have shown that message; the bot cannot know, so the outbox is at least once: the
 * message in flight stays claimed for its lease (5 minutes, CLAIM_LEASE_MS in
 * src/slack/outbox-delivery.ts) and is posted again after it. That is what a user should expect:
 * nothing is lost, the other messages go out as soon as a bot runs again, and the only possible
 * duplicate is the one message that was in flight.
 */
import { DateTime } from 'luxon';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { createRingCentralGateway } from '../../src/ringcentral/index.ts';
import { createSlackApp } from '../../src/slack/create-slack-app.ts';
import { createChangeWorkflow, noGroups } from '../../src/workflow/index.ts';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack/index.ts';
import { runCli } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';
import { startBotProcess, type BotProcess } from './process-support/start-bot-process.ts';

const BOT_TOKEN = 'xoxb-crash-test';
const SIGNING_SECRET = '8f742231b10e8888abcd990000085a5e';
const AUDIT_CHANNEL = 'C0AUDIT0001';
/** The outbox's claim lease (CLAIM_LEASE_MS); a bot started later than this after the kill posts the message in flight. */
const CLAIM_LEASE_MS = 5 * 60_000;
/** The outbox delivery tick (TICK_MS) and a margin: a post that was coming would have come by then. */
const ONE_TICK_MS = 6_000;
/** Slack holds the answer to the first audit post this long: past the kill, however slow the machine. */
const HELD_ANSWER_MS = 120_000;

const emulator = useCliEmulator('crash', { highRateLimits: true });
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

const botEnv = (database: TestDatabase): Record<string, string> => ({
  ...emulator.env(),
  DATABASE_URL: database.url,
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slack().url,
  SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
});

const auditPosts = (): ReadonlyArray<RecordedCall> => slack().calls('chat.postMessage').filter((call) => call.args.channel === AUDIT_CHANNEL);
/** The audit posts about the rule with this name. */
const postsAbout = (name: string): number => auditPosts().filter((call) => JSON.stringify(call.args).includes(`\\"${name}\\"`)).length;

async function until(what: string, ready: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

async function stop(bot: BotProcess): Promise<void> {
  bot.child.kill('SIGTERM');
  expect(await bot.exited, bot.output()).toEqual({ code: 0, signal: null });
}

/** One outbox pass of a bot started at `at` (in this process, so its clock can be after the lease): how many it posted. */
async function deliverAt(database: TestDatabase, at: Date): Promise<number> {
  const gateway = createRingCentralGateway({ serverUrl: emulator.url(), clientId: 'test', clientSecret: 'test', jwt: 'test', sleep: async () => {} });
  const policy = { kind: 'local-admin' } as const;
  const workflow = createChangeWorkflow({ ...database.stores, gateway, policy, groups: noGroups, now: () => at, owner: 'after-the-lease', applyLeaseMs: 60_000, logger: silentLogger });
  const { delivery } = createSlackApp({
    slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl: slack().url, port: 0, approvalChannel: undefined, auditChannel: AUDIT_CHANNEL, managersChannel: undefined, managersGroup: undefined },
    policy,
    workflow,
    groups: noGroups,
    gateway,
    database,
    stores: database.stores,
    logger: silentLogger,
    now: () => at,
  });
  try {
    return await delivery.deliverDue();
  } finally {
    await gateway.close();
  }
}

describeEachDatabase('a bot killed while posting to Slack', (database) => {
  it('posts every queued message after a restart, the one in flight again once its lease ends, and nothing else twice', async () => {
    await emulator.resetState();
    slack().reset();
    // Four changes made from the command line against the bot's database: four audit posts queued.
    const names = [1, 2, 3, 4].map((index) => `Crash drill ${index}`);
    for (const [index, name] of names.entries()) {
      const day = DateTime.now().plus({ days: 10 + index }).toFormat('yyyy-MM-dd');
      const applied = await runCli(['run', '--yes', `route to voicemail on ${day} named "${name}"`], { ...emulator.env(), DATABASE_URL: database().url });
      expect(applied.code, applied.stderr).toBe(0);
    }
    const queued = await database().stores.outbox.due(DateTime.now().plus({ years: 1 }).toISO()!, 100);
    expect(queued.filter((message) => message.recipient === 'audit')).toHaveLength(names.length);

    // Slack posts the first audit message but is slow to say so; the bot is killed while it waits.
    slack().injectDelay({ method: 'chat.postMessage', channel: AUDIT_CHANNEL, ms: HELD_ANSWER_MS });
    const first = await startBotProcess(botEnv(database()));
    let inFlight: RecordedCall;
    try {
      inFlight = await slack().waitForCall('chat.postMessage', (call) => call.args.channel === AUDIT_CHANNEL, 30_000);
    } finally {
      first.child.kill('SIGKILL');
    }
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const killedAt = Date.now();
    const heldName = names.find((name) => JSON.stringify(inFlight.args).includes(`\\"${name}\\"`));
    expect(heldName, 'the first post names one of the rules').toBeDefined();
    expect(auditPosts()).toHaveLength(1);

    // A new bot posts the other three at once, and not the one in flight: its lease still runs.
    const second = await startBotProcess(botEnv(database()));
    try {
      await until('the other audit posts', () => auditPosts().length === names.length, 30_000);
      await sleep(ONE_TICK_MS);
      expect(names.map(postsAbout)).toEqual(names.map(() => 1));
    } finally {
      await stop(second);
    }
    const unsent = await database().stores.outbox.due(new Date(killedAt + 2 * CLAIM_LEASE_MS).toISOString(), 100);
    expect(unsent.map((message) => message.recipient)).toEqual(['audit']);
    expect(Date.parse(unsent[0]!.nextAttemptAt)).toBeGreaterThan(killedAt + CLAIM_LEASE_MS - 60_000);

    // Once the lease has ended, a bot posts it again: the one duplicate there can be.
    expect(await deliverAt(database(), new Date(killedAt + CLAIM_LEASE_MS + 1_000))).toBe(1);
    expect(names.map(postsAbout)).toEqual(names.map((name) => (name === heldName ? 2 : 1)));
    expect(await database().stores.outbox.due(new Date(killedAt + 2 * CLAIM_LEASE_MS).toISOString(), 100)).toEqual([]);
  }, 60_000);
});
