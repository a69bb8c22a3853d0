/**
 * Issue 18, graceful shutdown: two replicas of the Slack bot (`switchboard start`, child processes)
 * on one PostgreSQL database, and replica A gets SIGTERM while it applies a change.
 *
 * The change is the end of an emergency closure (approved when the closure was, so the scheduler
 * applies it as a request of its own), run by A's scheduler with RingCentral slow to answer the
 * write; A claimed, in the same batch, a switch notice it has not started. What must hold:
 * - the change A was applying is finished (the closure rule is gone from RingCentral) and audited
 *   exactly once, in the audit trail and in the audit channel;
 * - from the signal on, /readyz on A says not ready while /healthz still answers, and a command or
 *   a click reaching A is answered "Switchboard is restarting; try again in a moment." and does
 *   nothing else. A's HTTP server keeps listening until its work is done: a Slack user whose
 *   request still reaches A (a load balancer that has not yet seen /readyz) reads that sentence,
 *   rather than Slack's "dispatch_failed" for a refused connection;
 * - A exits 0 within 30 s of the signal;
 * - the notice A claimed and never started is handed back, and B runs it at its next scheduler
 *   pass, minutes before the 10-minute job lease (JOB_LEASE_MS) would have let it.
 */
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { createRingCentralGateway } from '../../src/ringcentral/index.ts';
import { createScheduler } from '../../src/scheduler/index.ts';
import { REQUEST_APPROVAL_ACTION } from '../../src/slack/blocks/action-ids.ts';
import { RESTARTING_MESSAGE } from '../../src/slack/restarting-gate.ts';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack/index.ts';
import { runCli } from '../support/run-cli.ts';
import { createSlackDriver } from '../support/slack-driver.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { describeOnPostgres, type TestDatabase } from '../support/use-test-databases.ts';
import { freePort, startBotProcess, type BotProcess } from './process-support/start-bot-process.ts';

const BOT_TOKEN = 'xoxb-graceful-shutdown';
const SIGNING_SECRET = '8f742231b10e8888abcd990000085a5e';
const APPROVAL_CHANNEL = 'C0APPROVALS';
const AUDIT_CHANNEL = 'C0AUDIT0001';
const MANAGERS_CHANNEL = 'C0MANAGERS1';
const GENERAL = 'C0GENERAL01';
const ALICE = 'U0ALICE';
const BOB = 'U0BOB';
/** How long RingCentral holds its answer to the write that ends the closure: past B's start, and the checks made on A meanwhile. */
const SLOW_WRITE_MS = 14_000;
/** The shutdown deadline of the contract. */
const SHUTDOWN_DEADLINE_MS = 30_000;
/** A job lease (JOB_LEASE_MS in src/app/open-workflow-session.ts): without the hand-back, B could not run A's notice before it ends. */
const JOB_LEASE_MS = 10 * 60_000;

const emulator = useCliEmulator('graceful-shutdown', { highRateLimits: true });
let fake: FakeSlack | undefined;
beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  fake.addUser({ id: ALICE, name: 'alice', real_name: 'alice', tz: 'America/New_York' });
  fake.addUser({ id: BOB, name: 'bob', real_name: 'bob', tz: 'America/New_York' });
  for (const [id, name] of [[APPROVAL_CHANNEL, 'phone-approvals'], [AUDIT_CHANNEL, 'phone-audit'], [MANAGERS_CHANNEL, 'phone-managers'], [GENERAL, 'general']] as const) {
    fake.addChannel({ id, name, isMember: true });
  }
});
afterAll(async () => {
  await fake?.close();
});
const slack = (): FakeSlack => {
  if (fake === undefined) throw new Error('the fake Slack starts in beforeAll');
  return fake;
};

/** A replica: `npm start` with a team policy and the three channels, on its own port. */
async function startReplica(database: TestDatabase, port: number): Promise<BotProcess> {
  return startBotProcess({
    ...emulator.env(),
    DATABASE_URL: database.url,
    PORT: String(port),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack().url,
    SWITCHBOARD_REQUESTERS: ALICE,
    SWITCHBOARD_APPROVERS: BOB,
    SWITCHBOARD_APPROVAL_CHANNEL: APPROVAL_CHANNEL,
    SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
    SWITCHBOARD_MANAGERS_CHANNEL: MANAGERS_CHANNEL,
    // Errors (JSON lines on stderr) show in a failure's message.
    LOG_LEVEL: 'error',
  });
}

/** The lease owner a replica claims with (processOwner: `host:pid`). */
const ownerOf = (replica: BotProcess): string => `${hostname()}:${replica.child.pid}`;

async function until<T>(what: string, look: () => Promise<T | undefined> | T | undefined, timeoutMs: number, replicas: ReadonlyArray<BotProcess> = []): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await look();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms; the replicas said:\n${replicas.map((replica) => replica.output()).join('\n---\n')}`);
    await sleep(100);
  }
}

const isListening = (replica: BotProcess): true | undefined => (replica.output().includes('Switchboard is listening for Slack') ? true : undefined);

async function setSlowWrite(): Promise<void> {
  const response = await fetch(`${emulator.url()}/_emulator/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults: [{ method: 'DELETE', path: '/answering-rule/', latencyMs: SLOW_WRITE_MS, times: 1 }] }),
  });
  expect(response.ok).toBe(true);
}

describeOnPostgres('a replica shut down while it applies a change', (database) => {
  it('finishes the change, turns new work away, exits 0 in time, and its untouched job goes to the other replica at once', async () => {
    await emulator.resetState();
    slack().reset();
    const env = { ...emulator.env(), DATABASE_URL: database().url };
    const gateway = createRingCentralGateway({ serverUrl: emulator.url(), clientId: 'test', clientSecret: 'test', jwt: 'test', sleep: async () => {} });
    const zone = (await gateway.readCallHandling()).timeZone;
    const now = DateTime.now().setZone(zone).startOf('minute');
    const at = (instant: DateTime): string => instant.toFormat('yyyy-MM-dd HH:mm');

    // A holiday that began two hours ago, planned by a bot that ran the day before and went down:
    // its switch-on notice is due, late.
    const snowDay = now.minus({ hours: 2 });
    const holiday = await runCli(['run', '--yes', `route to voicemail from ${at(snowDay)} to ${at(snowDay.plus({ days: 1 }))} named "Snow day"`], env);
    expect(holiday.code, holiday.stderr).toBe(0);
    const yesterday = createScheduler({
      ...database().stores,
      readCallHandling: () => gateway.readCallHandling(),
      now: () => snowDay.minus({ hours: 12 }).toJSDate(),
      owner: 'yesterday',
      leaseMs: 60_000,
      logger: silentLogger,
    });
    await yesterday.syncJobs(await gateway.readCallHandling());
    await gateway.close();
    // An emergency closure that ended three hours ago: the end of it (removing its rule) is due too, and comes first.
    const closure = await runCli(['run', '--now', now.minus({ hours: 4 }).toISO()!, '--yes', 'close for 1 hour'], env);
    expect(closure.code, closure.stderr).toBe(0);
    const closureRule = (await database().stores.requests.list({ statuses: ['applied'], limit: 10 })).find((request) => request.intent.kind === 'close')?.applied?.customRules.find((rule) => rule.name.startsWith('Closed until'));
    expect(closureRule, 'the closure rule Switchboard made').toBeDefined();
    const noticeKey = (await database().stores.jobs.list(['scheduled'])).find((job) => job.kind === 'notice' && job.runAt === snowDay.toUTC().toISO())?.key;
    expect(noticeKey, "the holiday's switch-on notice, due").toBeDefined();

    // Two replicas start together; the first to look claims every due job (A), and applies the
    // closure's end first, with RingCentral slow to answer the write. The other (B) is kept off the
    // notice by A's lease.
    await setSlowWrite();
    const ports = [await freePort(), await freePort()];
    const replicas = await Promise.all(ports.map((port) => startReplica(database(), port)));
    try {
      const applying = await until(
        "a replica applying the closure's end",
        async () => (await database().stores.requests.list({ statuses: ['applying'], limit: 10 })).find((request) => request.preApply !== undefined),
        30_000,
        replicas,
      );
      const index = replicas.findIndex((replica) => ownerOf(replica) === applying.applyingOwner);
      expect(index, 'the replica applying').toBeGreaterThanOrEqual(0);
      const [a, b] = [replicas[index]!, replicas[1 - index]!];
      await until('both replicas listening', () => (isListening(a) && isListening(b) ? true : undefined), 30_000, replicas);
      const held = await database().stores.jobs.find(noticeKey!);
      expect(held).toMatchObject({ status: 'running', leaseOwner: ownerOf(a) });
      expect(await database().stores.requests.get(applying.id), 'the write still in flight at the signal').toMatchObject({ status: 'applying' });

      a.child.kill('SIGTERM');
      const signalledAt = Date.now();
      const urlA = `http://127.0.0.1:${ports[index]!}`;
      const notReady = await until('A not ready', async () => {
        const response = await fetch(`${urlA}/readyz`).catch(() => undefined);
        return response?.status === 503 ? ((await response.json()) as Record<string, unknown>) : undefined;
      }, 10_000, replicas);
      expect(notReady).toMatchObject({ shutdown: { ok: false } });
      expect((await fetch(`${urlA}/healthz`)).status).toBe(200);

      // A command and a click reaching A now are answered, and do nothing else.
      const driver = createSlackDriver({ appUrl: urlA, signingSecret: SIGNING_SECRET, fake: slack(), defaultChannel: GENERAL });
      const drafts = async (): Promise<number> => (await database().db.selectFrom('change_drafts').select('id').execute()).length;
      const draftsBefore = await drafts();
      const command = await driver.slashCommand({ user: ALICE, text: `route to voicemail from ${at(now.plus({ days: 30 }))} to ${at(now.plus({ days: 31 }))}` });
      expect(command).toMatchObject({ status: 200, body: { response_type: 'ephemeral', text: RESTARTING_MESSAGE } });
      const click = await driver.clickButton({ user: ALICE, actionId: REQUEST_APPROVAL_ACTION, value: 'a-draft-id', container: { kind: 'ephemeral', channel: GENERAL } });
      expect(click.status).toBe(200);
      await until('the answer to the click', () => (slack().responses(click.responseUrlId!).length > 0 ? true : undefined), 5_000, [a]);
      expect(slack().responses(click.responseUrlId!).map((post) => post.body)).toEqual([{ response_type: 'ephemeral', replace_original: false, text: RESTARTING_MESSAGE }]);
      expect(await drafts()).toBe(draftsBefore);

      // A finishes the change it was applying, and exits 0 within the deadline.
      expect(await a.exited, a.output()).toEqual({ code: 0, signal: null });
      const exitedAt = Date.now();
      expect(exitedAt - signalledAt).toBeLessThan(SHUTDOWN_DEADLINE_MS);
      const ended = await database().stores.requests.get(applying.id);
      expect(ended).toMatchObject({ status: 'applied' });
      const rules = (await emulator.state<{ answeringRules: ReadonlyArray<{ id: string }> }>()).answeringRules;
      expect(rules.map((rule) => rule.id)).not.toContain(closureRule!.id);

      // B runs the notice A handed back at its next pass, long before A's lease would have ended.
      const notice = await until('the notice run by B', async () => {
        const job = await database().stores.jobs.find(noticeKey!);
        return job?.status === 'done' ? job : undefined;
      }, 30_000, [a, b]);
      expect(notice.leaseOwner).toBe(ownerOf(b));
      expect(Date.parse(notice.doneAt!)).toBeLessThan(Date.parse(held!.leaseUntil!) - JOB_LEASE_MS / 2);
      await slack().waitForCall('chat.postMessage', (call) => call.args.channel === MANAGERS_CHANNEL && String(call.args.text).includes('"Snow day" is now on'), 10_000);

      // The change is audited once: one trail entry, and one post in the audit channel though two replicas deliver.
      const entries = (await database().stores.audit.latest(50)).filter((entry) => entry.requestId === applying.id);
      expect(entries.map((entry) => entry.event)).toEqual(['applied']);
      const isAuditPost = (call: RecordedCall): boolean => call.args.channel === AUDIT_CHANNEL && JSON.stringify(call.args).includes(`"Request ${applying.id} applied"`);
      await slack().waitForCall('chat.postMessage', isAuditPost, 10_000);
      expect(slack().calls('chat.postMessage').filter(isAuditPost)).toHaveLength(1);

      b.child.kill('SIGTERM');
      expect(await b.exited, b.output()).toEqual({ code: 0, signal: null });
    } finally {
      for (const replica of replicas) if (replica.child.exitCode === null && replica.child.signalCode === null) replica.child.kill('SIGKILL');
      await Promise.all(replicas.map((replica) => replica.exited));
    }
  }, 60_000);
});
