/**
 * Issue 8, load: 200 slash commands arriving at once at the real Bolt HTTP app, signed as Slack
 * signs them, with production's `processBeforeResponse: false` (the ack goes out before
 * RingCentral is read). Slack gives up on a command that is not acknowledged within 3 seconds, so
 * the 3 s bound on every single ack is a contract, not a benchmark: it is the one timing this
 * suite asserts. bench/slack-bench.ts measures the same path (20 at once) without asserting.
 *
 * The app is built as run-slack-bot.ts builds it (processBeforeResponse false, the Web API
 * client's own retries), not through test/support/slack-app-harness.ts, whose app holds each
 * response until the listener is done and whose emulator runs in this process: routing the 2,800
 * RingCentral requests below took about 60% of this process's CPU there, which would be measured
 * as the bot's ack time. Here the emulator is a process of its own, as RingCentral is.
 *
 * Every command reads the whole call handling (about 14 RingCentral requests). The emulator's
 * rate limits are off and the gateway skips its pacing waits, which keeps the run bounded: at
 * RingCentral's Light limit (50 a minute) the gateway would pace these reads over about an hour,
 * longer than a response_url lives (30 minutes). That is a real limit of the bot, reported with
 * issue 8 (concurrent commands should share one read), not something a loopback test can show.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { createRingCentralGateway, type RingCentralGateway } from '../../src/ringcentral/index.ts';
import { createSlackApp } from '../../src/slack/create-slack-app.ts';
import { createChangeWorkflow, noGroups } from '../../src/workflow/index.ts';
import { startFakeSlack, type FakeSlack, type ResponsePost } from '../support/fake-slack/index.ts';
import { ALICE, APPROVAL_CHANNEL, AUDIT_CHANNEL, BOB, BOT_TOKEN, SIGNING_SECRET, SLACK_POLICY } from '../support/slack-app-harness.ts';
import { createSlackDriver, type SlackDriver } from '../support/slack-driver.ts';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';
import { startEmulatorProcess, type EmulatorProcess } from './process-support/start-emulator-process.ts';

let emulator: EmulatorProcess | undefined;
let slack: FakeSlack | undefined;
beforeAll(async () => {
  emulator = await startEmulatorProcess();
  slack = await startFakeSlack({ botToken: BOT_TOKEN });
  for (const [id, name] of [[ALICE, 'alice'], [BOB, 'bob']] as const) slack.addUser({ id, name, real_name: name, tz: 'America/New_York' });
});
afterAll(async () => {
  await slack?.close();
  await emulator?.close();
});
beforeEach(() => slack?.reset());
const fake = (): FakeSlack => {
  if (slack === undefined) throw new Error('the fake Slack starts in beforeAll');
  return slack;
};

/** The emulator's request log: how many requests changed something (sign-ins aside). */
async function writesSoFar(): Promise<number> {
  const { requests } = (await (await fetch(`${emulator!.url}/_emulator/requests`)).json()) as { requests: Array<{ method: string; path: string }> };
  return requests.filter((entry) => entry.method !== 'GET' && !entry.path.includes('/oauth/')).length;
}

/** The Switchboard Bolt app over the database and the emulator process, with production's settings; a driver for it. */
async function startApp(database: TestDatabase): Promise<{ driver: SlackDriver; close(): Promise<void> }> {
  // No pacing waits: without rate limits the emulator sends no counters to pace by (see above).
  const gateway: RingCentralGateway = createRingCentralGateway({ serverUrl: emulator!.url, clientId: 'test', clientSecret: 'test', jwt: 'test', sleep: async () => {} });
  const workflow = createChangeWorkflow({
    ...database.stores,
    gateway,
    policy: SLACK_POLICY,
    groups: noGroups,
    now: () => new Date(),
    owner: `load-test:${process.pid}`,
    applyLeaseMs: 60_000,
    logger: silentLogger,
  });
  const { app, delivery } = createSlackApp({
    slack: {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: undefined,
      apiUrl: fake().url,
      port: 0,
      approvalChannel: APPROVAL_CHANNEL,
      auditChannel: AUDIT_CHANNEL,
      managersChannel: undefined,
      managersGroup: undefined,
    },
    policy: SLACK_POLICY,
    workflow,
    groups: noGroups,
    gateway,
    database,
    stores: database.stores,
    logger: silentLogger,
  });
  await app.init();
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as unknown as { address(): AddressInfo };
  return {
    driver: createSlackDriver({ appUrl: `http://127.0.0.1:${server.address().port}`, signingSecret: SIGNING_SECRET, fake: fake() }),
    async close() {
      await delivery.stop();
      await app.stop();
      await gateway.close();
    },
  };
}

const COMMANDS = 200;
/** Slack's limit for acknowledging a slash command. */
const SLACK_ACK_LIMIT_MS = 3000;
/** How long the follow-ups may take in all: generous on a loaded 2-core machine, well under the test's timeout. */
const FOLLOW_UP_DEADLINE_MS = 45_000;

/** One kind of command in the mix and how its answer is recognised (the answer names what was asked). */
interface CommandKind {
  readonly text: string;
  readonly isItsAnswer: (body: Readonly<Record<string, unknown>>) => boolean;
}

const actionIds = (body: Readonly<Record<string, unknown>>): string[] =>
  JSON.stringify(body.blocks ?? []).match(/"action_id":"([^"]+)"/g)?.map((match) => match.slice(13, -1)) ?? [];
const textOf = (body: Readonly<Record<string, unknown>>): string => String(body.text ?? '');

/** Questions (status, two call tests), a change preview and a store read (pending requests). */
const KINDS: ReadonlyArray<CommandKind> = [
  { text: 'status', isItsAnswer: (body) => /^Calls to \+16505550100, time zone US\/Eastern/.test(textOf(body)) && actionIds(body).length === 0 },
  {
    text: 'test 10:00 on Dec 24',
    isItsAnswer: (body) => /^A call at Thu Dec 24, 2026 10:00 .*: The business-hours rule sends the call to the company greeting\.$/.test(textOf(body)),
  },
  {
    text: 'test Dec 24 6pm from +1 415 555 0100',
    isItsAnswer: (body) => /^A call at Thu Dec 24, 2026 18:00 .* from \+14155550100: The after-hours rule sends the call to Main Voicemail/.test(textOf(body)),
  },
  {
    text: 'route to voicemail on Dec 25',
    isItsAnswer: (body) => textOf(body) === 'Preview (1 change): route to voicemail on Dec 25' && actionIds(body).includes('request_approval'),
  },
  { text: 'requests', isItsAnswer: (body) => textOf(body) === 'No requests are waiting for approval.' },
];

/** The note a command gets first when RingCentral's rate limit makes it wait; the answer follows. */
const isWaitingNote = (post: ResponsePost): boolean => textOf(post.body).startsWith("Waiting for RingCentral's rate limit");

/** The answers (waiting notes left out) to each response_url once every one has at least one, or as they are at the deadline. */
async function followUps(ids: ReadonlyArray<string>): Promise<ReadonlyArray<ReadonlyArray<ResponsePost>>> {
  const answers = (id: string) => fake().responses(id).filter((post) => !isWaitingNote(post));
  const deadline = Date.now() + FOLLOW_UP_DEADLINE_MS;
  while (Date.now() < deadline && ids.some((id) => answers(id).length === 0)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return ids.map(answers);
}

describeEachDatabase('200 concurrent /ivr commands', (database) => {
  it('acknowledges each within 3 s and answers each one once, with the answer to its own command', async () => {
    const app = await startApp(database());
    try {
      const writesBefore = await writesSoFar();
      const sent = await Promise.all(
        Array.from({ length: COMMANDS }, async (_, index) => {
          const kind = KINDS[index % KINDS.length]!;
          const sentAt = performance.now();
          const answer = await app.driver.slashCommand({ user: index % 2 === 0 ? ALICE : BOB, text: kind.text });
          return { kind, answer, ackMs: performance.now() - sentAt };
        }),
      );

      expect(sent.map(({ answer }) => answer.status)).toEqual(sent.map(() => 200));
      // An empty 200 is the ack; the answer itself must come through response_url.
      expect(sent.filter(({ answer }) => answer.body !== '')).toEqual([]);
      const slowest = Math.max(...sent.map(({ ackMs }) => ackMs));
      expect(slowest, `slowest ack ${slowest.toFixed(0)} ms`).toBeLessThan(SLACK_ACK_LIMIT_MS);

      const posts = await followUps(sent.map(({ answer }) => answer.responseUrlId!));
      // None lost, none answered twice...
      expect(posts.filter((list) => list.length !== 1).length, 'response_urls without exactly one answer').toBe(0);
      // ...and each the answer to the command sent with that response_url (no answers crossed over).
      const wrong = sent.flatMap(({ kind }, index) => (kind.isItsAnswer(posts[index]![0]!.body) ? [] : [`${kind.text} -> ${textOf(posts[index]![0]!.body).slice(0, 80)}`]));
      expect(wrong).toEqual([]);
      // A waiting note, when the rate limit made a command wait, came before its answer, never after.
      const noteAfterAnswer = sent.filter(({ answer }) => {
        const all = fake().responses(answer.responseUrlId!);
        return all.slice(all.findIndex((post) => !isWaitingNote(post))).some(isWaitingNote);
      });
      expect(noteAfterAnswer).toEqual([]);
      // Answers and previews read RingCentral and never write to it.
      expect(await writesSoFar()).toBe(writesBefore);
    } finally {
      await app.close();
    }
  }, 60_000);
});
