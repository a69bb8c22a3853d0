/**
 * Startup benchmark: the wall time of `node bin/switchboard.js run "status"`, a fresh process each
 * time, against a RingCentral emulator running as a process of its own, beside a plain Node script
 * that logs in with @ringcentral/sdk and makes the same GETs (bench/startup-baseline.mjs), measured
 * in the same run; and `node bin/switchboard.js --help` beside `node -e 0`. The runs of the two
 * sides alternate, so drift in the machine's load touches both alike. Not a test: no timing is
 * asserted.
 *
 * Each `run "status"` gets a fresh data folder and SQLite file (RINGCENTRAL_SERVER_URL set to the
 * emulator), so every run logs in with the JWT and creates its database, as the baseline logs in
 * every time. The emulator runs `--no-rate-limits`: with RingCentral's real limits the runs would
 * soon wait out penalties (the session belongs to one operator, 50 light requests a minute).
 *
 * Correctness: every `run "status"` exits 0 and prints the company status (`Calls to <main
 * number>`), and every run of either side makes the same GETs as the first `run "status"`
 * (paths from the emulator's request log); the script exits non-zero when one did not.
 *
 *   npm run bench -- startup              (medians of 10 runs)
 *   npm run bench -- --quick startup      (medians of 3)
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmulatorState, LoggedRequest } from '../src/emulator/index.ts';
import { startEmulatorProcess, type EmulatorProcess } from '../test/reliability/process-support/start-emulator-process.ts';
import { benchRow, type BenchSection } from './bench-report.ts';
import { median, type BenchOptions } from './bench-support.ts';

const RUNS = 10;
const QUICK_RUNS = 3;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'switchboard.js');
const BASELINE = join(ROOT, 'bench', 'startup-baseline.mjs');
/** A run that takes this long is stuck: it is killed and the bench fails. */
const RUN_TIMEOUT_MS = 60_000;
/** Settings a shell may carry that would point a run elsewhere (DESIGN.md, contract 2). */
const CONTRACT_VARIABLE = /^(RINGCENTRAL_|SLACK_|SWITCHBOARD_|DATABASE_URL$|PORT$|LOG_LEVEL$)/;

/** What one child process printed and returned, and how long it took from spawn to exit. */
interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `node <args>` from the repository folder and times it, spawn to exit. */
function timeProcess(args: ReadonlyArray<string>, env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Number(process.hrtime.bigint() - start) / 1e6 });
    });
  });
}

/** This process's environment without the settings that would point a run elsewhere, plus `extra`. */
function cleanEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !CONTRACT_VARIABLE.test(name)));
  return { ...env, ...extra };
}

/** The emulator's request log, through its control endpoint. */
async function requestLog(emulator: EmulatorProcess): Promise<ReadonlyArray<LoggedRequest>> {
  const response = await fetch(`${emulator.url}/_emulator/requests`);
  if (!response.ok) throw new Error(`GET /_emulator/requests answered ${response.status}`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

async function clearRequestLog(emulator: EmulatorProcess): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`DELETE /_emulator/requests answered ${response.status}`);
}

/** The GET paths of the log, sorted: concurrent reads arrive in no fixed order. */
const getPaths = (log: ReadonlyArray<LoggedRequest>): string[] =>
  log.filter((request) => request.method === 'GET').map((request) => request.path).sort();

/** What two sorted path lists differ by, in words; undefined when they are the same. */
function pathDifference(expected: ReadonlyArray<string>, actual: ReadonlyArray<string>): string | undefined {
  const missing = [...expected];
  const extra: string[] = [];
  for (const path of actual) {
    const index = missing.indexOf(path);
    if (index === -1) extra.push(path);
    else missing.splice(index, 1);
  }
  if (missing.length === 0 && extra.length === 0) return undefined;
  return [missing.length > 0 ? `missing ${missing.join(', ')}` : '', extra.length > 0 ? `extra ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
}

function fail(message: string): never {
  throw new Error(`correctness: ${message}`);
}

/** A run's output for a failure message: its exit code and the start of what it printed. */
function describeRun(run: ProcessRun): string {
  const output = `${run.stdout}${run.stderr}`.trim().replace(/\s+/g, ' ');
  return `exit ${run.code}${output === '' ? '' : `: ${output.slice(0, 200)}`}`;
}

/** A process run against the emulator, its wall time and the GET paths it made. */
interface StatusRun {
  readonly run: ProcessRun;
  readonly gets: ReadonlyArray<string>;
}

export async function startupBench(options: BenchOptions): Promise<BenchSection> {
  const runs = options.quick ? QUICK_RUNS : RUNS;
  const emulator = await startEmulatorProcess();
  const scratch = await mkdtemp(join(tmpdir(), 'switchboard-startup-bench-'));
  try {
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as EmulatorState;
    const status = `Calls to ${state.account.mainNumber}`;
    const server = { RINGCENTRAL_SERVER_URL: emulator.url, RINGCENTRAL_CLIENT_ID: 'bench', RINGCENTRAL_CLIENT_SECRET: 'bench', RINGCENTRAL_JWT: 'bench' };
    let folders = 0;

    const logged = async (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv): Promise<StatusRun> => {
      await clearRequestLog(emulator);
      const run = await timeProcess(args, env);
      return { run, gets: getPaths(await requestLog(emulator)) };
    };
    const switchboardStatus = async (): Promise<StatusRun> => {
      // A fresh data folder and database per run: each run logs in and creates its database.
      const dataDir = join(scratch, `run-${(folders += 1)}`);
      await mkdir(dataDir);
      const outcome = await logged([BIN, 'run', 'status'], cleanEnv({ ...server, SWITCHBOARD_DATA_DIR: dataDir, DATABASE_URL: join(dataDir, 'switchboard.sqlite') }));
      if (outcome.run.code !== 0 || !outcome.run.stdout.includes(status)) fail(`switchboard run "status" should exit 0 and print "${status}…"; got ${describeRun(outcome.run)}`);
      return outcome;
    };
    const baseline = async (): Promise<StatusRun> => {
      const outcome = await logged([BASELINE], cleanEnv(server));
      if (outcome.run.code !== 0) fail(`the startup baseline failed: ${describeRun(outcome.run)}`);
      return outcome;
    };

    // Warm-up, untimed: tsx's transform cache and the file cache. Its GETs are the ones every run must make.
    const reference = (await switchboardStatus()).gets;
    if (reference.length === 0) fail('switchboard run "status" made no GET to the emulator');
    const sameGets = (who: string, outcome: StatusRun): void => {
      const difference = pathDifference(reference, outcome.gets);
      if (difference !== undefined) fail(`${who} did not make the GETs of the first switchboard run "status" (${reference.length}): ${difference}`);
    };
    sameGets('the startup baseline', await baseline());

    const statusMs: number[] = [];
    const baselineMs: number[] = [];
    for (let index = 0; index < runs; index += 1) {
      const ran = await switchboardStatus();
      sameGets('switchboard run "status"', ran);
      statusMs.push(ran.run.ms);
      const based = await baseline();
      sameGets('the startup baseline', based);
      baselineMs.push(based.run.ms);
    }

    const helpEnv = cleanEnv({});
    const helpMs: number[] = [];
    const nodeMs: number[] = [];
    // No warm-up of its own: the runs above loaded the same entry point.
    for (let index = 0; index < runs; index += 1) {
      const help = await timeProcess([BIN, '--help'], helpEnv);
      if (help.code !== 0 || !help.stdout.includes('Usage: switchboard')) fail(`switchboard --help should exit 0 and print its usage; got ${describeRun(help)}`);
      const bare = await timeProcess(['-e', '0'], helpEnv);
      if (bare.code !== 0) fail(`node -e 0: ${describeRun(bare)}`);
      helpMs.push(help.ms);
      nodeMs.push(bare.ms);
    }

    return {
      name: 'startup',
      title: `wall time of a fresh process, spawn to exit, median of ${runs} runs per side (run "status" after one warm-up of each side), sides alternating`,
      rows: [
        benchRow('switchboard run "status"', median(statusMs), 'ms median', 'plain SDK script, same login + GETs', median(baselineMs)),
        benchRow('switchboard --help', median(helpMs), 'ms median', 'node -e 0', median(nodeMs)),
      ],
      notes: [
        `both sides logged in and made the same ${reference.length} GETs on every run; the emulator is \`switchboard emulator --no-rate-limits\`, a process of its own`,
        'each run "status" had a fresh data folder and SQLite file (a JWT login and a new database each time, as the baseline logs in each time)',
        'without rate-limit counters from the server the gateway sends one request per throttling group at a time; the baseline sends its GETs one after the other',
        'target (issue): run "status" at most 1.5x the baseline',
      ],
    };
  } finally {
    await emulator.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
