/**
 * Slack benchmark: how fast `/ivr status` is acknowledged when 20 signed slash commands arrive at
 * once, on the real Switchboard Bolt HTTP app (processBeforeResponse false, as in production, so
 * the ack goes out before RingCentral is read), beside a bare Bolt app of the same version whose
 * `/ivr` listener only acks, measured in the same run. Not a test: nothing is asserted.
 *
 * Both apps listen on loopback and talk to the same fake Slack Web API; requests are form bodies
 * signed exactly as Slack signs them (the test driver: v0 HMAC over `v0:<ts>:<raw body>`).
 * Switchboard reads the emulator (in-process, rate limits off) and a temporary SQLite database,
 * and answers each command through its response_url on the fake; that follow-up (request sent to
 * the answer posted) is reported as a row of its own. Each round waits until every follow-up of
 * the round has arrived, so queued work never piles up across rounds. Rounds alternate between
 * the two apps so that drift in the machine's load affects both alike.
 *
 *   npm run bench -- slack      (BENCH_ROUNDS=100 for more; default 50)
 *   npm run bench -- --quick slack   (3 rounds after 1 warm-up round)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { App, LogLevel } from '@slack/bolt';
import { createDemoState, startEmulator, type RunningEmulator } from '../src/emulator/index.ts';
import { silentLogger } from '../src/logger.ts';
import { createRingCentralGateway, type RingCentralGateway } from '../src/ringcentral/index.ts';
import { createSlackApp, type SlackApp } from '../src/slack/create-slack-app.ts';
import { createStores, openDatabase, type OpenedDatabase } from '../src/store/index.ts';
import { noGroups } from '../src/workflow/index.ts';
import { startFakeSlack, type FakeSlack } from '../test/support/fake-slack/index.ts';
import { createSlackDriver, type SlackDriver } from '../test/support/slack-driver.ts';
import { READ_CACHE_TTL_MS } from '../src/app/connect-ring-central.ts';
import { benchRow, type BenchSection } from './bench-report.ts';
import { BENCH_AUDIT_KEY, benchPolicy, benchWorkflow, positiveInt, type BenchOptions } from './bench-support.ts';

const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, 50);
const WARM_UP_ROUNDS = 5;
const QUICK_ROUNDS = 3;
const QUICK_WARM_UP_ROUNDS = 1;
const CONCURRENCY = 20;
const FOLLOW_UP_TIMEOUT_MS = 30_000;
const COMMAND_TEXT = 'status';

const BOT_TOKEN = 'xoxb-bench-switchboard';
const SIGNING_SECRET = 'bench0signing0secret0000000000000';
const ALICE = 'U0ALICE';
const BOB = 'U0BOB';
const APPROVAL_CHANNEL = 'C0APPROVALS';
const AUDIT_CHANNEL = 'C0AUDITLOG';

const policy = benchPolicy(ALICE, BOB);

/** Epoch milliseconds with sub-millisecond precision, shared by this script and the fake Slack. */
const clock = (): number => performance.timeOrigin + performance.now();

/** One app under test: where its driver posts, and whether it answers through response_url. */
interface Target {
  readonly name: string;
  readonly driver: SlackDriver;
  readonly followsUp: boolean;
}

/** What all measured rounds of one app gave: per-request milliseconds and the rounds' wall time. */
interface Samples {
  readonly ackMs: number[];
  readonly followUpMs: number[];
  /** Sum over rounds of start → last ack, and start → last follow-up. */
  ackSeconds: number;
  followUpSeconds: number;
  failures: string[];
}

const newSamples = (): Samples => ({ ackMs: [], followUpMs: [], ackSeconds: 0, followUpSeconds: 0, failures: [] });

/** Sends CONCURRENCY signed `/ivr status` at once; waits for every ack and, for Switchboard, every follow-up. */
async function round(target: Target, fake: FakeSlack, samples: Samples | undefined): Promise<void> {
  const start = clock();
  const sent = await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const sentAt = clock();
      const answer = await target.driver.slashCommand({ user: ALICE, text: COMMAND_TEXT });
      return { sentAt, ackedAt: clock(), answer };
    }),
  );
  const lastAck = Math.max(...sent.map((request) => request.ackedAt));
  for (const { answer } of sent) {
    if (answer.status !== 200) samples?.failures.push(`${target.name}: HTTP ${answer.status} to the slash command`);
  }
  let lastFollowUp = lastAck;
  if (target.followsUp) {
    const posts = await Promise.all(sent.map((request) => firstResponse(fake, request.answer.responseUrlId ?? '')));
    posts.forEach((post, index) => {
      const request = sent[index]!;
      if (post === undefined) {
        samples?.failures.push(`${target.name}: no response_url post within ${FOLLOW_UP_TIMEOUT_MS} ms`);
        return;
      }
      if (!String(post.body.text ?? '').startsWith('Calls to')) samples?.failures.push(`${target.name}: unexpected answer "${String(post.body.text).slice(0, 80)}"`);
      samples?.followUpMs.push(post.at - request.sentAt);
      lastFollowUp = Math.max(lastFollowUp, post.at);
    });
  }
  if (samples !== undefined) {
    for (const request of sent) samples.ackMs.push(request.ackedAt - request.sentAt);
    samples.ackSeconds += (lastAck - start) / 1000;
    samples.followUpSeconds += (lastFollowUp - start) / 1000;
  }
  // The round's response_urls are done with; the fake forgets them (its seeded users stay).
  fake.reset();
}

/** The first post to a response_url, polled until it arrives or the timeout passes. */
async function firstResponse(fake: FakeSlack, id: string): Promise<{ body: Record<string, unknown>; at: number } | undefined> {
  const deadline = Date.now() + FOLLOW_UP_TIMEOUT_MS;
  for (;;) {
    const post = fake.responses(id)[0];
    if (post !== undefined) return { body: { ...post.body }, at: post.at };
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

interface Row {
  readonly app: string;
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
}

function summarize(app: string, millis: ReadonlyArray<number>, seconds: number): Row {
  const sorted = [...millis].sort((a, b) => a - b);
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { app, p50: at(0.5), p99: at(0.99), perSecond: sorted.length / seconds };
}

/** The port an app's HTTPReceiver listens on, from what `app.start` returned. */
function portOf(server: unknown): number {
  return ((server as { address(): AddressInfo }).address()).port;
}

export async function slackBench(options: BenchOptions): Promise<BenchSection> {
  const rounds = options.quick ? QUICK_ROUNDS : ROUNDS;
  const warmUpRounds = options.quick ? QUICK_WARM_UP_ROUNDS : WARM_UP_ROUNDS;
  const cleanUps: Array<() => Promise<unknown>> = [];
  try {
    const emulator: RunningEmulator = await startEmulator({ port: 0, rateLimits: false, state: createDemoState() });
    cleanUps.push(() => emulator.close());
    const fake = await startFakeSlack({ botToken: BOT_TOKEN, now: clock });
    cleanUps.push(() => fake.close());
    for (const [id, name] of [[ALICE, 'alice'], [BOB, 'bob']] as const) fake.addUser({ id, name, real_name: name, tz: 'America/New_York' });
    fake.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
    fake.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });

    const folder = await mkdtemp(join(tmpdir(), 'switchboard-slack-bench-'));
    cleanUps.push(() => rm(folder, { recursive: true, force: true }));
    const database: OpenedDatabase = await openDatabase({ url: `sqlite:${join(folder, 'bench.sqlite')}`, dataDir: tmpdir() });
    cleanUps.push(() => database.close());
    // Without rate limits the emulator sends no X-Rate-Limit counters; as in the tests, the gateway's own pacing waits are skipped.
    // The read cache as `npm start` sets it: a burst of status commands shares one read.
    const gateway: RingCentralGateway = createRingCentralGateway({
      serverUrl: emulator.url,
      clientId: 'bench',
      clientSecret: 'bench',
      jwt: 'bench',
      sleep: async () => {},
      cacheTtlMs: READ_CACHE_TTL_MS,
    });
    cleanUps.push(() => gateway.close());
    const stores = createStores(database, { auditKey: BENCH_AUDIT_KEY });
    const workflow = benchWorkflow(database, gateway, policy);

    const switchboard: SlackApp = createSlackApp({
      slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl: fake.url, port: 0, approvalChannel: APPROVAL_CHANNEL, auditChannel: AUDIT_CHANNEL, managersChannel: undefined, managersGroup: undefined },
      policy,
      workflow,
      groups: noGroups,
      gateway,
      database,
      stores,
      logger: silentLogger,
      processBeforeResponse: false,
    });
    await switchboard.app.init();
    const switchboardServer = await switchboard.app.start({ port: 0, host: '127.0.0.1' });
    cleanUps.push(async () => {
      await switchboard.delivery.stop();
      await switchboard.app.stop();
    });

    const bare = new App({
      token: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      clientOptions: { slackApiUrl: fake.url },
      processBeforeResponse: false,
      deferInitialization: true,
      logLevel: LogLevel.ERROR,
    });
    bare.command('/ivr', async ({ ack }) => {
      await ack();
    });
    await bare.init();
    const bareServer = await bare.start({ port: 0, host: '127.0.0.1' });
    cleanUps.push(() => bare.stop());

    const targets: Target[] = [
      { name: 'bare Bolt (ack only)', driver: createSlackDriver({ appUrl: `http://127.0.0.1:${portOf(bareServer)}`, signingSecret: SIGNING_SECRET, fake }), followsUp: false },
      { name: 'Switchboard', driver: createSlackDriver({ appUrl: `http://127.0.0.1:${portOf(switchboardServer)}`, signingSecret: SIGNING_SECRET, fake }), followsUp: true },
    ];
    const samples = new Map(targets.map((target) => [target.name, newSamples()]));

    for (let index = 0; index < warmUpRounds; index += 1) {
      for (const target of targets) await round(target, fake, undefined);
    }
    for (let index = 0; index < rounds; index += 1) {
      for (const target of targets) await round(target, fake, samples.get(target.name));
    }

    const bareSamples = samples.get(targets[0]!.name)!;
    const switchboardSamples = samples.get(targets[1]!.name)!;
    const baseline = summarize(targets[0]!.name, bareSamples.ackMs, bareSamples.ackSeconds);
    const rows: Row[] = [
      baseline,
      summarize('Switchboard', switchboardSamples.ackMs, switchboardSamples.ackSeconds),
      summarize('Switchboard follow-up', switchboardSamples.followUpMs, switchboardSamples.followUpSeconds),
    ];

    const failures = [...bareSamples.failures, ...switchboardSamples.failures];
    if (failures.length > 0) throw new Error(`${failures.length} requests went wrong, e.g.: ${[...new Set(failures)].slice(0, 3).join('; ')}`);
    return {
      name: 'slack',
      title:
        `${rounds} rounds x ${CONCURRENCY} concurrent signed "/ivr ${COMMAND_TEXT}" per app after ${warmUpRounds} warm-up rounds; ` +
        'ack: request sent to HTTP answer read; follow-up: request sent to the response_url post received',
      rows: rows.slice(1).flatMap((row) => [
        benchRow(row.app, row.p50, 'ms p50', baseline.app, baseline.p50),
        benchRow(row.app, row.p99, 'ms p99', baseline.app, baseline.p99),
        benchRow(row.app, row.perSecond, 'requests/s', baseline.app, baseline.perSecond),
      ]),
      notes: [],
    };
  } finally {
    for (const cleanUp of cleanUps.reverse()) await cleanUp().catch(() => undefined);
  }
}

