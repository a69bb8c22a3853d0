/**
 * Replicas benchmark: two bots (`switchboard start`, each a process of its own, HTTP mode) on one
 * PostgreSQL database, behind one driver that sends each signed Slack request to the next replica
 * in turn, against the emulator with RingCentral's rate limits on (50 Light, 40 Medium, 10 Heavy,
 * 5 Auth requests per window, shared by every replica as RingCentral shares them between the
 * sessions of one user). People ask questions and preview changes while changes go through the
 * approval flow (preview, Request approval, another person's Approve in the approval channel).
 * The baseline is one replica doing the same work, in the same run, on its own database and
 * emulator. Not a test: timings are printed, never asserted. The run fails when a command is not
 * answered exactly once, when an approved change is not applied exactly once (or, when RingCentral
 * failed it, applied at all: the audit trail, the emulator's request log), or when a replica does
 * not stop cleanly on SIGTERM. A command RingCentral's rate limit failed is counted, not a failure.
 *
 *   npm run bench -- replicas                (500 commands, RingCentral's 60 s window: tens of minutes)
 *   npm run bench -- --quick replicas        (40 commands, a 3 s window: seconds, besides starting the bots)
 *   BENCH_COMMANDS=200 BENCH_CHANGES=4 BENCH_RC_WINDOW_SECONDS=10 npm run bench -- replicas
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDemoState, startEmulator, type LoggedRequest, type RunningEmulator } from '../src/emulator/index.ts';
import { createStores, openDatabase } from '../src/store/index.ts';
import { deriveTraceId } from '../src/trace-context.ts';
import { startFakeSlack, type FakeSlack } from '../test/support/fake-slack/index.ts';
import { createPostgresScratch } from '../test/support/postgres-scratch.ts';
import { createSlackDriver } from '../test/support/slack-driver.ts';
import { benchRow, type BenchRow, type BenchSection } from './bench-report.ts';
import { BENCH_AUDIT_KEY, positiveInt, POSTGRES_ADMIN_URL, type BenchOptions } from './bench-support.ts';
import { counterTotal, startReplicas, type BotReplica, type ReplicaLogLine } from './replica-processes.ts';
import { APPROVAL_CHANNEL, APPROVERS, AUDIT_CHANNEL, CHANGE_LANES, clock, REQUESTER, runWorkload, spreadAcross, type WorkloadRun } from './replicas-workload.ts';

const COMMANDS = positiveInt(process.env.BENCH_COMMANDS, 500);
const CHANGES_PER_LANE = positiveInt(process.env.BENCH_CHANGES, 3);
/** RingCentral's window and penalty; quick mode runs the same counts 20 times faster. */
const WINDOW_SECONDS = positiveInt(process.env.BENCH_RC_WINDOW_SECONDS, 60);
const QUICK = { commands: 40, changesPerLane: 1, windowSeconds: 3 } as const;
/** People typing at once, besides the lanes of changes. */
const CONCURRENCY = 12;
/**
 * A command unanswered after this many rate-limit windows is lost, not slow: replicas that restart
 * each other's 429 penalties can keep a group closed for several windows in a row.
 */
const ANSWER_TIMEOUT_WINDOWS = 30;
const MIN_ANSWER_TIMEOUT_MS = 60_000;
/** How long the replicas may take to log in to RingCentral after they serve Slack. */
const SETTLE_MS = 10_000;
/** Each change is a preview, a Request click and an Approve click (a re-planned preview adds one). */
const COMMANDS_PER_CHANGE = 3;

const BOT_TOKEN = 'xoxb-bench-replicas';
const SIGNING_SECRET = '0be4c0000000000000000000000ab5ec0';

/** What one phase (one or two replicas) measured. */
interface PhaseResult {
  readonly replicas: number;
  readonly commands: number;
  readonly changes: number;
  readonly perSecond: number;
  readonly ackP99Ms: number;
  readonly answerP50Ms: number;
  readonly answerP99Ms: number;
  /** Share of the run during which some replica kept a Light, Medium or Heavy rate-limit group closed. */
  readonly gateClosedShare: number;
  /** Seconds RingCentral requests waited at closed gates, summed over requests and replicas (/metrics). */
  readonly waitSeconds: number;
  readonly ringCentralRequests: number;
  readonly tooManyRequests: number;
  readonly toldToWait: number;
  /** Commands answered that RingCentral could not be read (its rate limit outlasted the gateway's retries). */
  readonly failed: number;
  readonly applied: number;
  /** The replicas whose /readyz still said "no RingCentral token" a while after they started. */
  readonly notReady: ReadonlyArray<string>;
}

export async function replicasBench(options: BenchOptions): Promise<BenchSection> {
  const sizes = options.quick ? QUICK : { commands: COMMANDS, changesPerLane: CHANGES_PER_LANE, windowSeconds: WINDOW_SECONDS };
  try {
    await createPostgresScratch(POSTGRES_ADMIN_URL, 'switchboard_bench').then((scratch) => scratch.remove());
  } catch (error) {
    const reason = error instanceof Error ? error.message || String((error as { code?: unknown }).code) : String(error);
    return { name: 'replicas', title: 'skipped', rows: [], notes: [`PostgreSQL at ${new URL(POSTGRES_ADMIN_URL).host} is not reachable (${reason}); set BENCH_DATABASE_URL to run it`] };
  }
  const fake = await startFakeSlack({ botToken: BOT_TOKEN, now: clock });
  try {
    for (const [id, name] of [[REQUESTER, 'alice'], [APPROVERS[0], 'bob'], [APPROVERS[1], 'carol']] as const) fake.addUser({ id, name, real_name: name, tz: 'America/New_York' });
    fake.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
    fake.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
    // One replica first, as the baseline; each phase on a fresh emulator, so both start with a full budget.
    const one = await runPhase(1, sizes, fake);
    const two = await runPhase(2, sizes, fake);
    const rows: BenchRow[] = [
      benchRow('2 replicas', two.perSecond, 'commands/s', '1 replica', one.perSecond),
      benchRow('2 replicas', two.ackP99Ms, 'ms ack p99', '1 replica', one.ackP99Ms),
      benchRow('2 replicas', two.answerP50Ms / 1000, 's answer p50', '1 replica', one.answerP50Ms / 1000),
      benchRow('2 replicas', two.answerP99Ms / 1000, 's answer p99', '1 replica', one.answerP99Ms / 1000),
      benchRow('2 replicas', 100 * two.gateClosedShare, '% of run rate-limited', '1 replica', 100 * one.gateClosedShare),
      benchRow('2 replicas', two.waitSeconds, 's waited (all requests)', '1 replica', one.waitSeconds),
      benchRow('2 replicas', two.ringCentralRequests, 'RingCentral requests', '1 replica', one.ringCentralRequests),
      benchRow('2 replicas', two.tooManyRequests, '429 answers', '1 replica', one.tooManyRequests),
      benchRow('2 replicas', two.toldToWait, 'commands told to wait', '1 replica', one.toldToWait),
      benchRow('2 replicas', two.failed, 'commands failed (RingCentral)', '1 replica', one.failed),
      benchRow('2 replicas', two.applied, 'changes applied', '1 replica', one.applied),
    ];
    return {
      name: 'replicas',
      title:
        `${two.commands} signed Slack requests (${CHANGE_LANES.length} lanes x ${sizes.changesPerLane} changes through approval, the rest questions and previews from ` +
        `${CONCURRENCY} people at once), spread over 2 bot processes on one PostgreSQL, against the emulator's rate limits (RingCentral's counts per ${sizes.windowSeconds} s window)`,
      rows,
      notes: [
        ...[one, two].flatMap((phase) =>
          phase.notReady.length === 0
            ? []
            : [`with ${phase.replicas} replica(s): ${phase.notReady.join(', ')} still failed /readyz (no RingCentral token) ${SETTLE_MS / 1000} s after start: only the replica holding the drift watch logs in at start`],
        ),
        `every command answered exactly once; every approved change applied exactly once, or failed by RingCentral and applied never (${one.changes} and ${two.changes} approved; audit trail, emulator request log, trace ids)`,
        'commands failed: answered that RingCentral could not be read (its rate limit outlasted the gateway\'s retries); a lane tries a failed change again',
        'ack: signed request sent to HTTP answer; answer: sent to the answer posted (response_url, or the ephemeral note of an approval)',
        '% of run rate-limited: wall time during which some replica kept a Light, Medium or Heavy group closed (its log); s waited: summed over the requests that waited (/metrics)',
      ],
    };
  } finally {
    await fake.close();
  }
}

async function runPhase(replicaCount: number, sizes: { readonly commands: number; readonly changesPerLane: number; readonly windowSeconds: number }, fake: FakeSlack): Promise<PhaseResult> {
  const cleanUps: Array<() => Promise<unknown>> = [];
  try {
    fake.reset();
    const emulator: RunningEmulator = await startEmulator({
      port: 0,
      state: createDemoState(),
      rateLimits: { windowSeconds: sizes.windowSeconds, penaltySeconds: sizes.windowSeconds },
    });
    cleanUps.push(() => emulator.close());
    const scratch = await createPostgresScratch(POSTGRES_ADMIN_URL, 'switchboard_bench');
    cleanUps.push(() => scratch.remove());
    const replicas = await startReplicas(replicaCount, replicaEnv(emulator.url, scratch.url, fake.url));
    let stopped = false;
    cleanUps.push(async () => {
      if (!stopped) await Promise.all(replicas.map((replica) => replica.stop()));
    });
    const notReady = await replicasWithoutToken(replicas);

    const driver = spreadAcross(replicas.map((replica) => createSlackDriver({ appUrl: replica.url, signingSecret: SIGNING_SECRET, fake })));
    const questions = Math.max(1, sizes.commands - CHANGE_LANES.length * sizes.changesPerLane * COMMANDS_PER_CHANGE);
    const answerTimeoutMs = Math.max(MIN_ANSWER_TIMEOUT_MS, ANSWER_TIMEOUT_WINDOWS * sizes.windowSeconds * 1000);
    const run = await runWorkload(driver, fake, { questions, changesPerLane: sizes.changesPerLane, concurrency: CONCURRENCY, answerTimeoutMs }).catch((error: unknown) => {
      throw new Error(`${replicaCount} replica(s): ${(error as Error).message}${describeLoggedErrors(replicas)}`);
    });

    const metrics = await Promise.all(replicas.map((replica) => replica.metrics()));
    const codes = await Promise.all(replicas.map((replica) => replica.stop()));
    stopped = true;
    codes.forEach((code, index) => {
      if (code !== 0) fail(`${replicas[index]!.name} exited ${code} on SIGTERM: ${replicas[index]!.output().slice(-1_000)}`);
    });
    const requests = await emulatorRequests(emulator);
    await checkAnsweredOnce(run);
    await checkAppliedOnce(run, scratch.url, requests);

    const sum = (name: string, labels?: string): number => metrics.reduce((total, text) => total + counterTotal(text, name, labels), 0);
    const answers = run.commands.map((command) => command.answeredAt - command.sentAt);
    return {
      replicas: replicaCount,
      commands: run.commands.length,
      changes: run.changes.length,
      perSecond: run.commands.length / ((run.endedAt - run.startedAt) / 1000),
      ackP99Ms: percentile(run.commands.map((command) => command.ackMs), 0.99),
      answerP50Ms: percentile(answers, 0.5),
      answerP99Ms: percentile(answers, 0.99),
      gateClosedShare: gateClosedShare(replicas, run),
      waitSeconds: sum('switchboard_ringcentral_rate_limit_wait_seconds_total'),
      ringCentralRequests: sum('switchboard_ringcentral_requests_total'),
      tooManyRequests: requests.filter((request) => request.status === 429).length,
      toldToWait: run.commands.filter((command) => command.toldToWait()).length,
      failed: run.commands.filter((command) => command.failed).length,
      applied: run.changes.filter((change) => change.applied).length,
      notReady,
    };
  } finally {
    for (const cleanUp of cleanUps.reverse()) await cleanUp().catch(() => undefined);
  }
}

/** What each replica is started with: the production variables, pointed at the emulator, the fake Slack and the shared database. */
function replicaEnv(ringCentralUrl: string, databaseUrl: string, slackApiUrl: string): Record<string, string> {
  return {
    RINGCENTRAL_SERVER_URL: ringCentralUrl,
    RINGCENTRAL_CLIENT_ID: 'bench',
    RINGCENTRAL_CLIENT_SECRET: 'bench',
    RINGCENTRAL_JWT: 'bench',
    DATABASE_URL: databaseUrl,
    SWITCHBOARD_AUDIT_KEY: BENCH_AUDIT_KEY,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApiUrl,
    SWITCHBOARD_REQUESTERS: REQUESTER,
    SWITCHBOARD_APPROVERS: APPROVERS.join(','),
    SWITCHBOARD_APPROVAL_CHANNEL: APPROVAL_CHANNEL,
    SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
    // Info: the receipts of interactions and the rate-limit pauses, for the share of the run spent waiting.
    LOG_LEVEL: 'info',
  };
}

/**
 * The replicas whose /readyz still fails its RingCentral check (no token) once the start-up has
 * settled. Only the replica that claims the drift watch reads RingCentral at start; another one
 * logs in with its first command, so a load balancer that waits for /readyz never sends it one.
 */
async function replicasWithoutToken(replicas: ReadonlyArray<BotReplica>): Promise<ReadonlyArray<string>> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const checks = await Promise.all(replicas.map((replica) => replica.readiness()));
    const without = replicas.filter((_, index) => checks[index]?.ringCentral?.ok !== true).map((replica) => replica.name);
    if (without.length === 0 || Date.now() > deadline) return without;
    await sleep(200);
  }
}

async function emulatorRequests(emulator: RunningEmulator): Promise<ReadonlyArray<LoggedRequest>> {
  const body = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as { requests: LoggedRequest[] };
  return body.requests;
}

/** Every command got one answer: not none, not two (another replica answering too, a retried delivery). */
async function checkAnsweredOnce(run: WorkloadRun): Promise<void> {
  const wrong = run.commands.filter((command) => command.answers() !== 1);
  if (wrong.length > 0) fail(`${wrong.length} commands were not answered exactly once, e.g. ${wrong[0]!.kind} "${wrong[0]!.text}" ${wrong[0]!.answers()} times`);
}

/**
 * Every approved change the approver was told applied is applied once: its request ended
 * `applied` and the trail has exactly one `applied` entry for it, naming the trace of the Approve
 * click. One told that RingCentral failed it ended `failed`, applied never. The trail verifies,
 * holds nothing else, and RingCentral received exactly the writes its entries list.
 */
async function checkAppliedOnce(run: WorkloadRun, databaseUrl: string, requests: ReadonlyArray<LoggedRequest>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'switchboard-bench-check-'));
  const database = await openDatabase({ url: databaseUrl, dataDir });
  try {
    const stores = createStores(database, { auditKey: BENCH_AUDIT_KEY });
    const entries = await stores.audit.latest(10_000);
    for (const change of run.changes) {
      const request = await stores.requests.get(change.requestId);
      const told = change.applied ? 'applied' : 'failed';
      if (request?.status !== told) fail(`request ${change.requestId} ("${change.text}") is ${request?.status ?? 'missing'}; the approver was told it ${told}`);
      const ended = entries.filter((entry) => entry.requestId === change.requestId);
      if (ended.length !== 1 || ended[0]!.event !== told) fail(`request ${change.requestId} has audit entries ${JSON.stringify(ended.map((entry) => entry.event))}, not one "${told}"`);
      if (ended[0]!.traceId !== deriveTraceId(change.approveTriggerId)) fail(`the audit entry of request ${change.requestId} does not name the trace of the click that approved it`);
    }
    const unexpected = entries.filter((entry) => entry.event !== 'applied' && entry.event !== 'failed');
    if (unexpected.length > 0) fail(`the audit trail holds ${unexpected.length} entries other than "applied" and "failed", e.g. ${unexpected[0]!.event}: ${unexpected[0]!.summary}`);
    if (entries.length !== run.changes.length) fail(`the audit trail holds ${entries.length} entries for ${run.changes.length} approved changes`);
    const verified = await stores.audit.verify();
    if (!verified.ok) fail(`the audit trail does not verify: ${verified.message}`);
    const done = entries.flatMap((entry) => entry.operations).filter((operation) => operation.result === 'done').length;
    const writes = requests.filter((request) => request.method !== 'GET' && request.path.startsWith('/restapi/v1.0/') && request.status < 300).length;
    const applied = run.changes.filter((change) => change.applied).length;
    if (writes !== done || done < applied) fail(`RingCentral received ${writes} writes; the audit trail records ${done} for ${applied} applied changes`);
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The share of the run's wall time during which a Light, Medium or Heavy group was closed on some
 * replica, from the limiter's "pausing this group" lines (their time and wait), clipped to the
 * run. Auth is left out: it closes once its few logins are spent, with nobody waiting behind it.
 */
function gateClosedShare(replicas: ReadonlyArray<BotReplica>, run: WorkloadRun): number {
  const pauses = replicas
    .flatMap((replica) => replica.logLines())
    .filter((line): line is ReplicaLogLine & { time: number; waitMs: number } => line.msg === 'RingCentral rate limit: pausing this group' && line.group !== 'Auth' && typeof line.time === 'number' && typeof line.waitMs === 'number')
    .map((line) => [Math.max(line.time, run.startedAt), Math.min(line.time + line.waitMs, run.endedAt)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let closed = 0;
  let reached = run.startedAt;
  for (const [from, to] of pauses) {
    if (to <= reached) continue;
    closed += to - Math.max(from, reached);
    reached = to;
  }
  return closed / (run.endedAt - run.startedAt);
}

/** The replicas' last error lines, to go with a failure. */
function describeLoggedErrors(replicas: ReadonlyArray<BotReplica>): string {
  const errors = replicas.flatMap((replica) => replica.logLines().filter((line) => Number(line.level) >= 50).map((line) => `${replica.name}: ${JSON.stringify(line).slice(0, 600)}`));
  return errors.length === 0 ? '' : `; the replicas logged:\n${errors.slice(-5).join('\n')}`;
}

function percentile(values: ReadonlyArray<number>, share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function fail(message: string): never {
  throw new Error(`correctness: ${message}`);
}
