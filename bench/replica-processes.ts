/**
 * Bot replicas for the replicas benchmark: each one `switchboard start` in a process of its own
 * (HTTP mode, as production runs it), its JSON log lines kept, its /metrics scraped, stopped with
 * SIGTERM as a platform stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/switchboard.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Starting takes a few seconds (tsx compiles on the fly); a replica not ready by then is broken. */
const READY_TIMEOUT_MS = 60_000;

/** One JSON log line of a replica. */
export type ReplicaLogLine = Readonly<Record<string, unknown>> & { readonly msg?: string; readonly time?: number };

/** A running replica. */
export interface BotReplica {
  readonly name: string;
  /** `http://127.0.0.1:PORT`: Slack's /slack/events and /metrics. */
  readonly url: string;
  /** Prometheus text from /metrics. */
  metrics(): Promise<string>;
  /** The body of /readyz: each check's verdict. */
  readiness(): Promise<Readonly<Record<string, { readonly ok: boolean; readonly detail?: string }>>>;
  /** SIGTERM, then the exit code once it has stopped. */
  stop(): Promise<number | null>;
  /** The JSON lines it wrote to stderr so far. */
  logLines(): ReadonlyArray<ReplicaLogLine>;
  /** Everything it wrote, for a failure message. */
  output(): string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Starts `count` replicas with `env` (the shared database, RingCentral, Slack and policy) and one
 * data folder each, as on hosts of their own; resolves once every one serves Slack over its
 * database (/readyz's `database` and `slack` checks). Its RingCentral check is left to the caller:
 * a replica logs in with its first RingCentral request, which may wait for the first command.
 */
export async function startReplicas(count: number, env: Readonly<Record<string, string>>): Promise<BotReplica[]> {
  const replicas = await Promise.all(Array.from({ length: count }, (_, index) => startReplica(`replica ${index + 1}`, env)));
  try {
    await Promise.all(replicas.map((replica) => waitUntilReady(replica)));
  } catch (error) {
    await Promise.all(replicas.map((replica) => replica.stop()));
    throw error;
  }
  return replicas;
}

async function startReplica(name: string, env: Readonly<Record<string, string>>): Promise<BotReplica & { readonly exited: () => boolean }> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'switchboard-replica-'));
  const child: ChildProcess = spawn(process.execPath, [BIN, 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), SWITCHBOARD_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  const lines: ReplicaLogLine[] = [];
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    pending += text;
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete) {
      // Start-up notices are sentences; the log is JSON lines.
      if (line.startsWith('{')) lines.push(JSON.parse(line) as ReplicaLogLine);
    }
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  return {
    name,
    url,
    exited: () => exitCode !== undefined,
    metrics: async () => (await fetch(`${url}/metrics`)).text(),
    readiness: async () => (await fetch(`${url}/readyz`)).json() as Promise<Record<string, { ok: boolean; detail?: string }>>,
    async stop() {
      if (exitCode === undefined) child.kill('SIGTERM');
      const code = await exited;
      await rm(dataDir, { recursive: true, force: true });
      return code;
    },
    logLines: () => lines,
    output: () => output,
  };
}

async function waitUntilReady(replica: BotReplica & { readonly exited: () => boolean }): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (replica.exited()) throw new Error(`${replica.name} exited while starting: ${replica.output().slice(-2_000)}`);
    const serving = await replica.readiness().then((checks) => checks.database?.ok === true && checks.slack?.ok === true, () => false);
    if (serving) return;
    await sleep(100);
  }
  throw new Error(`${replica.name} was not ready within ${READY_TIMEOUT_MS / 1000} s: ${replica.output().slice(-2_000)}`);
}

/** The sum of a Prometheus counter over its label sets, optionally only those whose labels contain `labels`. */
export function counterTotal(metricsText: string, name: string, labels = ''): number {
  let total = 0;
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (labels !== '' && !line.includes(labels)) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return total;
}
