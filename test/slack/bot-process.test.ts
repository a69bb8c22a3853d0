import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { createRingCentralGateway } from '../../src/ringcentral/index.ts';
import { createScheduler } from '../../src/scheduler/index.ts';
import { createStores, openDatabase } from '../../src/store/index.ts';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack/index.ts';
import { runCli } from '../support/run-cli.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const BIN = fileURLToPath(new URL('../../bin/switchboard.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOT_TOKEN = 'xoxb-bot-process';
const MANAGERS_CHANNEL = 'C0MANAGERS1';
const AUDIT_CHANNEL = 'C0AUDIT0001';

const emulator = useCliEmulator('bot-process', { highRateLimits: true });
let fake: FakeSlack | undefined;
beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  fake.addChannel({ id: MANAGERS_CHANNEL, name: 'phone-managers', isMember: true });
  fake.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
});
afterAll(async () => {
  await fake?.close();
});
const slack = (): FakeSlack => {
  if (fake === undefined) throw new Error('the fake Slack starts in beforeAll');
  return fake;
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** `npm start` with the Slack variables set: the bot, its outbox delivery and its scheduler, in a process of its own. */
async function startBot(databaseUrl: string): Promise<{ child: ChildProcess; exited: Promise<number | null>; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'start'], {
    cwd: ROOT,
    env: {
      ...emulator.env(),
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd990000085a5e',
      SLACK_API_URL: slack().url,
      PORT: String(await freePort()),
      SWITCHBOARD_MANAGERS_CHANNEL: MANAGERS_CHANNEL,
      SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const isSnowDayNotice = (call: RecordedCall): boolean =>
  call.args.channel === MANAGERS_CHANNEL && String(call.args.text).includes('"Snow day" is now on');

describeEachDatabase('the running bot', (database) => {
  it('posts a switch notice missed while no bot ran, late and once, however many replicas run', async () => {
    await emulator.resetState();
    slack().reset();
    const gateway = createRingCentralGateway({ serverUrl: emulator.url(), clientId: 'test', clientSecret: 'test', jwt: 'test', sleep: async () => {} });
    const zone = (await gateway.readCallHandling()).timeZone;
    // A day of closure that began two to three hours ago, whatever the time of day the test runs.
    const start = DateTime.now().setZone(zone).minus({ hours: 2 }).startOf('hour');
    const end = start.plus({ days: 1 });
    const at = (instant: DateTime): string => instant.toFormat('yyyy-MM-dd HH:mm');

    // An admin adds it from the command line, against the shared database...
    const added = await runCli(['run', '--yes', `route to voicemail from ${at(start)} to ${at(end)} named "Snow day"`], {
      ...emulator.env(),
      DATABASE_URL: database().url,
    });
    expect(added.code, added.stderr).toBe(0);
    // ...and a bot that ran half a day earlier had planned its notices, then went down before it began.
    const { stores } = database();
    const yesterday = createScheduler({
      jobs: stores.jobs,
      outbox: stores.outbox,
      audit: stores.audit,
      readCallHandling: () => gateway.readCallHandling(),
      now: () => start.minus({ hours: 12 }).toJSDate(),
      owner: 'yesterday',
      leaseMs: 60_000,
      logger: silentLogger,
    });
    await yesterday.syncJobs(await gateway.readCallHandling());
    await gateway.close();

    // SQLite is one process; PostgreSQL may have several replicas, and managers still hear it once.
    const replicas = await Promise.all((database().dialect === 'postgres' ? [1, 2] : [1]).map(() => startBot(database().url)));
    try {
      const posted = await slack().waitForCall('chat.postMessage', isSnowDayNotice, 30_000);
      expect(String(posted.args.text)).toMatch(/^Late: Holiday routing "Snow day" is now on: calls go to .*Voicemail.* until .*\(planned for .*\)$/);
      // One more delivery tick of every replica: a second post would show now.
      await sleep(6_000);
      expect(slack().calls('chat.postMessage').filter(isSnowDayNotice)).toHaveLength(1);
      // The drift watch had its first look, from one replica.
      const checked = await openDatabase({ url: database().url, dataDir: ROOT });
      try {
        expect(await createStores(checked, { auditKey: TEST_AUDIT_KEY }).watchState.get('call-handling')).toBeDefined();
      } finally {
        await checked.close();
      }
    } finally {
      for (const replica of replicas) replica.child.kill('SIGTERM');
      const codes = await Promise.all(replicas.map((replica) => replica.exited));
      expect(codes, replicas.map((replica) => replica.output()).join('\n')).toEqual(replicas.map(() => 0));
    }
  }, 60_000);
});
