/**
 * Workflow benchmark: change requests created, approved and applied per second against the
 * emulator (in-process, rate limits off), on SQLite and on PostgreSQL, beside an emulator-only
 * baseline measured in the same run: the same changes read, planned and applied straight through
 * the gateway, with no database and no workflow. Not a test: nothing is asserted.
 *
 * One change, in every scenario: read the call handling fresh (as an adapter does), parse the
 * command against it, then either `requestChange` as alice + `approve` as bob (which applies), or,
 * for the baseline, `proposeChange` + `gateway.applyPlan`.
 *
 * - Sequential: business hours toggle between "hours Mon-Fri 8-6" and "hours Mon-Fri 9-5".
 * - 8 workers: each worker toggles its own custom rule ("rule "Bench 3" off" / "on"), because
 *   concurrent requests touching the same part (business hours) would rightly end as `stale`.
 *
 * Each scenario has its own gateway, shared by its workers, as one process has.
 *
 *   npm run bench -- workflow      (BENCH_ITERATIONS=500 for more; default 200)
 *   npm run bench -- --quick workflow   (8 changes per scenario after 2 warm-up)
 *   BENCH_DATABASE_URL or TEST_DATABASE_URL=postgres://user@host:5432/db   (server for the scratch database)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { createPostgresScratch } from '../test/support/postgres-scratch.ts';
import { benchRow, type BenchSection } from './bench-report.ts';
import { proposeChange, type CallHandling } from '../src/callflow/index.ts';
import { createDemoState, startEmulator, type EmulatorState, type RunningEmulator } from '../src/emulator/index.ts';
import { parseCommand, type ChangeIntent } from '../src/language/index.ts';
import { createRingCentralGateway, type RingCentralGateway } from '../src/ringcentral/index.ts';
import { openDatabase, type OpenedDatabase } from '../src/store/index.ts';
import type { ChangeWorkflow } from '../src/workflow/index.ts';
import { benchPolicy, benchWorkflow, positiveInt, POSTGRES_ADMIN_URL, type BenchOptions } from './bench-support.ts';

const ITERATIONS = positiveInt(process.env.BENCH_ITERATIONS, 200);
const WARM_UP = 20;
const WORKERS = 8;
// One change per worker, so each worker's rule is toggled once.
const QUICK_ITERATIONS = WORKERS;
const QUICK_WARM_UP = 2;

const policy = benchPolicy('alice', 'bob');

/** The demo company plus one custom rule per worker, each matched by its own caller ID. */
function benchState(): EmulatorState {
  const state = createDemoState();
  const voicemail = state.extensions.find((extension) => extension.type === 'Voicemail');
  if (voicemail === undefined) throw new Error('the demo company has no voicemail extension');
  const rules = Array.from({ length: WORKERS }, (_, index) => ({
    id: String(33_000_000_100 + index),
    type: 'Custom' as const,
    enabled: true,
    name: benchRuleName(index),
    callers: [{ callerId: `1212555010${index}`, name: `Bench caller ${index + 1}` }],
    callHandlingAction: 'Bypass' as const,
    extension: { id: String(voicemail.id) },
  }));
  return { ...state, answeringRules: [...rules, ...state.answeringRules] };
}

const benchRuleName = (worker: number): string => `Bench ${worker + 1}`;

/** What one change looks like: the command that changes something against the handling just read. */
type ChangeShape = (handling: CallHandling, worker: number) => string;

const toggleHours: ChangeShape = (handling) => (handling.businessHours.monday?.[0]?.from === 9 * 60 ? 'hours Mon-Fri 8-6' : 'hours Mon-Fri 9-5');
const toggleRule: ChangeShape = (handling, worker) => {
  const name = benchRuleName(worker);
  const rule = handling.customRules.find((candidate) => candidate.name === name);
  if (rule === undefined) throw new Error(`custom rule "${name}" is missing from the emulator`);
  return `rule "${name}" ${rule.enabled ? 'off' : 'on'}`;
};

/** Reads the call handling and turns the next command into an intent against it. */
async function nextChange(gateway: RingCentralGateway, shape: ChangeShape, worker: number) {
  const handling = await gateway.readCallHandling();
  const at = DateTime.now().setZone(handling.timeZone);
  const text = shape(handling, worker);
  const parsed = parseCommand(text, { ...handling, now: at });
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.code}`);
  return { handling, at, text, intent: parsed.intent as ChangeIntent };
}

/** One change, whatever carries it; throws when it did not apply. */
type Step = (worker: number) => Promise<void>;

function baselineStep(gateway: RingCentralGateway, shape: ChangeShape): Step {
  return async (worker) => {
    const { handling, at, text, intent } = await nextChange(gateway, shape, worker);
    const proposal = proposeChange(handling, intent, at);
    if (!proposal.ok || proposal.plan.length === 0) throw new Error(`"${text}" planned nothing (${proposal.ok ? 'no change' : proposal.code})`);
    const result = await gateway.applyPlan(proposal.plan);
    if (!result.ok) throw new Error(`"${text}" failed to apply: ${result.failed.error.message}`);
  };
}

function workflowStep(gateway: RingCentralGateway, workflow: ChangeWorkflow, shape: ChangeShape): Step {
  return async (worker) => {
    const { handling, at, text, intent } = await nextChange(gateway, shape, worker);
    const preview = await workflow.draftChange({ text, intent, author: { id: 'alice' }, handling, at });
    if (!preview.ok || preview.draftId === undefined) throw new Error(`"${text}" previewed ${preview.ok ? 'no change' : preview.code}`);
    const requested = await workflow.requestDraft(preview.draftId, { id: 'alice' });
    if (requested.code !== 'pending' || requested.request === undefined) {
      throw new Error(`"${text}" as alice: expected a pending request, got ${requested.code}: ${requested.message}`);
    }
    const approved = await workflow.approve(requested.request.id, { id: 'bob' });
    if (approved.code !== 'applied') throw new Error(`approving request ${requested.request.id} ("${text}"): expected applied, got ${approved.code}: ${approved.message}`);
  };
}

interface Measurement {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

/** Runs `count` steps over `workers` workers pulling from one counter; times each step and the whole. */
async function run(step: Step, count: number, workers: number): Promise<Measurement> {
  const millis: number[] = [];
  let next = 0;
  const worker = async (index: number): Promise<void> => {
    while (next < count) {
      next += 1;
      const start = process.hrtime.bigint();
      await step(index);
      millis.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  millis.sort((a, b) => a - b);
  const at = (share: number): number => millis[Math.min(millis.length - 1, Math.floor(share * millis.length))] ?? 0;
  return { perSecond: count / seconds, p50: at(0.5), p99: at(0.99) };
}

/** How many changes a scenario makes after how many warm-up ones. */
interface Sizes {
  readonly iterations: number;
  readonly warmUp: number;
}

/** An empty database and how to get rid of it; `undefined` when the server cannot be reached. */
interface Scratch {
  readonly name: string;
  readonly url: string;
  remove(): Promise<void>;
}

async function sqliteScratch(): Promise<Scratch> {
  const folder = await mkdtemp(join(tmpdir(), 'switchboard-bench-'));
  return { name: 'SQLite', url: `sqlite:${join(folder, 'bench.sqlite')}`, remove: () => rm(folder, { recursive: true, force: true }) };
}

async function postgresScratch(): Promise<Scratch | string> {
  try {
    return { name: 'PostgreSQL', ...(await createPostgresScratch(POSTGRES_ADMIN_URL, 'switchboard_bench')) };
  } catch (error) {
    const reason = error instanceof Error ? error.message || String((error as { code?: unknown }).code) : String(error);
    return `PostgreSQL skipped: ${new URL(POSTGRES_ADMIN_URL).host} is not reachable (${reason}); set BENCH_DATABASE_URL to run it`;
  }
}

export async function workflowBench(options: BenchOptions): Promise<BenchSection> {
  const sizes: Sizes = options.quick ? { iterations: QUICK_ITERATIONS, warmUp: QUICK_WARM_UP } : { iterations: ITERATIONS, warmUp: WARM_UP };
  const measure = async (step: Step, workers: number): Promise<Measurement> => {
    await run(step, sizes.warmUp, workers);
    return run(step, sizes.iterations, workers);
  };
  const emulator: RunningEmulator = await startEmulator({ port: 0, rateLimits: false, state: benchState() });
  const gateways: RingCentralGateway[] = [];
  const databases: OpenedDatabase[] = [];
  const scratches: Scratch[] = [];
  const newGateway = (): RingCentralGateway => {
    // The emulator without rate limits sends no X-Rate-Limit counters, so the gateway's own pacing
    // (50 light requests a minute) would stall the run; as in the tests, its waits are skipped.
    const gateway = createRingCentralGateway({ serverUrl: emulator.url, clientId: 'bench', clientSecret: 'bench', jwt: 'bench', sleep: async () => {} });
    gateways.push(gateway);
    return gateway;
  };
  const rows: Array<{ scenario: string; value: Measurement; baseline: Measurement }> = [];
  const notes: string[] = [];
  try {
    const sequentialBaseline = await measure(baselineStep(newGateway(), toggleHours), 1);
    const concurrentBaseline = await measure(baselineStep(newGateway(), toggleRule), WORKERS);
    rows.push({ scenario: 'emulator only', value: sequentialBaseline, baseline: sequentialBaseline });
    rows.push({ scenario: `emulator only, ${WORKERS} workers`, value: concurrentBaseline, baseline: concurrentBaseline });

    const sqlite = await sqliteScratch();
    scratches.push(sqlite);
    const postgres = await postgresScratch();
    if (typeof postgres === 'string') notes.push(postgres);
    else scratches.push(postgres);

    for (const scratch of typeof postgres === 'string' ? [sqlite] : [sqlite, postgres]) {
      const database = await openDatabase({ url: scratch.url, dataDir: tmpdir() });
      databases.push(database);
      const workflowOver = (gateway: RingCentralGateway): ChangeWorkflow => benchWorkflow(database, gateway, policy);
      const sequentialGateway = newGateway();
      rows.push({
        scenario: `workflow on ${scratch.name}`,
        value: await measure(workflowStep(sequentialGateway, workflowOver(sequentialGateway), toggleHours), 1),
        baseline: sequentialBaseline,
      });
      const concurrentGateway = newGateway();
      rows.push({
        scenario: `workflow on ${scratch.name}, ${WORKERS} workers`,
        value: await measure(workflowStep(concurrentGateway, workflowOver(concurrentGateway), toggleRule), WORKERS),
        baseline: concurrentBaseline,
      });
    }
  } finally {
    await Promise.allSettled(gateways.map((gateway) => gateway.close()));
    await Promise.allSettled(databases.map((database) => database.close()));
    await Promise.allSettled(scratches.map((scratch) => scratch.remove()));
    await emulator.close();
  }

  return {
    name: 'workflow',
    title: `${sizes.iterations} changes per scenario after ${sizes.warmUp} warm-up, each read + parse + (request + approve + apply | plan + apply), against the in-process emulator`,
    rows: rows.flatMap(({ scenario, value, baseline }) => [
      benchRow(scenario, value.perSecond, 'changes/s', baseline === value ? 'itself (baseline)' : 'emulator only', baseline.perSecond),
      benchRow(scenario, value.p99, 'ms p99', baseline === value ? 'itself (baseline)' : 'emulator only', baseline.p99),
    ]),
    notes,
  };
}
