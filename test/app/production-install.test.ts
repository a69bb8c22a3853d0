// What an operator does on a server: a clean clone, `npm ci --omit=dev`, `npm start` with the
// production environment. It proves nothing the bot needs at run time is a dev dependency (vitest,
// pino-pretty, typescript…): the install below has none of them. Slow (npm ci builds better-sqlite3
// from source where no prebuilt binary is reachable), so .ci/run leaves it out of the Tokyo pass.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { createPostgresScratch, runAsAdmin } from '../support/postgres-scratch.ts';
import { createSlackDriver } from '../support/slack-driver.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { freePort } from '../reliability/process-support/start-bot-process.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-production-install-0001',
  SLACK_SIGNING_SECRET: '5b1d0c9e8f7a6b5c4d3e2f1a0b9c8d7e',
  RINGCENTRAL_CLIENT_SECRET: 'rc-client-secret-production-install',
  RINGCENTRAL_JWT: 'rc-jwt-production-install-eyJhbGciOi',
  SWITCHBOARD_AUDIT_KEY: 'audit-key-production-install-0123456789abcdef',
} as const;
const ALICE = 'U0ALICE';
const BOB = 'U0BOB';
const APPROVAL_CHANNEL = 'C0APPROVALS';
const AUDIT_CHANNEL = 'C0AUDITLOG';

/**
 * The files a clean clone has: tracked ones as they are in the working tree (deleted ones left
 * out), plus new files not yet committed and not ignored, so the test checks the code as it is now.
 * node_modules, data/ and .env are ignored, so never copied.
 */
function copyCleanClone(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter((path) => path !== '')) {
    const from = join(ROOT, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(from, join(to, file));
  }
}

/**
 * The operator's shell: this environment without what npm and vitest add for the test run (npm_*
 * would point npm at this checkout; node_modules/.bin on PATH would lend the dev tools), keeping
 * npm's cache setting so --prefer-offline finds the packages CI already fetched.
 */
function operatorShell(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(npm_|vitest|node_options$)/i.test(name)) continue;
    env[name] = value;
  }
  if (process.env.npm_config_cache !== undefined) env.npm_config_cache = process.env.npm_config_cache;
  env.PATH = (process.env.PATH ?? '').split(delimiter).filter((entry) => !entry.includes('node_modules')).join(delimiter);
  return env;
}

/** Runs a command to its end; rejects with its output when it fails. */
function run(command: string, args: ReadonlyArray<string>, cwd: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** PostgreSQL as replicas use it; where no server is reachable (never in CI) SQLite instead, with a notice. */
async function productionDatabase(): Promise<{ url: string; remove(): Promise<void> }> {
  try {
    await runAsAdmin(POSTGRES_ADMIN_URL, 'SELECT 1');
    return await createPostgresScratch(POSTGRES_ADMIN_URL, 'switchboard_install');
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    console.warn(`production install: PostgreSQL at ${new URL(POSTGRES_ADMIN_URL).host} is not reachable, so the bot runs on SQLite; set TEST_DATABASE_URL to use PostgreSQL`);
    return { url: 'sqlite:./data/switchboard.sqlite', remove: async () => {} };
  }
}

const emulator = useCliEmulator('production-install', { highRateLimits: true });
let installDir = '';
let fake: FakeSlack | undefined;
let database: { url: string; remove(): Promise<void> } | undefined;

beforeAll(async () => {
  installDir = mkdtempSync(join(tmpdir(), 'switchboard-install-'));
  copyCleanClone(installDir);
  fake = await startFakeSlack({ botToken: SECRETS.SLACK_BOT_TOKEN });
  for (const [id, name] of [[ALICE, 'alice'], [BOB, 'bob']] as const) fake.addUser({ id, name, real_name: name, tz: 'America/New_York' });
  fake.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
  fake.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
  database = await productionDatabase();
  await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], installDir, operatorShell());
}, 15 * 60_000);

// Removing node_modules (about 180 MB) takes a while on a busy disk.
afterAll(async () => {
  await fake?.close();
  await database?.remove();
  if (installDir !== '') await rm(installDir, { recursive: true, force: true });
}, 5 * 60_000);

/** `npm start` in the install folder with only what a production deployment sets. */
function npmStart(port: number): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const env = {
    PATH: operatorShell().PATH!,
    HOME: process.env.HOME ?? installDir,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: database!.url,
    LOG_LEVEL: 'info',
    RINGCENTRAL_SERVER_URL: emulator.url(),
    RINGCENTRAL_CLIENT_ID: 'production-install-client',
    SLACK_API_URL: fake!.url,
    SWITCHBOARD_REQUESTERS: ALICE,
    SWITCHBOARD_APPROVERS: BOB,
    SWITCHBOARD_APPROVAL_CHANNEL: APPROVAL_CHANNEL,
    SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
    ...SECRETS,
  };
  // A process group of its own, so a failed test can stop npm, its shell and the bot together.
  const child = spawn('npm', ['start'], { cwd: installDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/**
 * The bot's own process under `npm start` (npm, then sh, then node). An operator's SIGTERM has to
 * reach it: npm passes a signal to the shell, which dies without passing it on. systemd signals the
 * whole group and a terminal's Ctrl+C the foreground group; here the bot alone gets it, so npm's
 * exit code is the bot's.
 */
function botProcessUnder(pid: number): number {
  const children = (parent: number): number[] =>
    readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').split(' ').filter((id) => id !== '').map(Number);
  const queue = children(pid);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    // The shell's own command line names switchboard.js too, as one argument after -c.
    const [program, script] = readFileSync(`/proc/${next}/cmdline`, 'utf8').split('\0');
    if (/(^|\/)node$/.test(program ?? '') && script === 'bin/switchboard.js') return next;
    queue.push(...children(next));
  }
  throw new Error(`no switchboard process under npm (${pid})`);
}

/** Polls `url` until it answers 200 (the bot is starting, then logging in to RingCentral). */
async function waitForOk(url: string, output: () => string): Promise<Response> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.status === 200) return response;
    if (Date.now() > deadline) throw new Error(`${url} never answered 200 (last: ${response?.status}); the bot said:\n${output()}`);
    await sleep(250);
  }
}

describe('a production install (npm ci --omit=dev, then npm start)', () => {
  it('has no dev dependency installed, so what runs below runs without them', () => {
    for (const devOnly of ['vitest', 'typescript', 'pino-pretty', 'fast-check', '@rc-ex/core', 'dependency-cruiser', 'node-ical']) {
      expect(existsSync(join(installDir, 'node_modules', devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(join(installDir, 'node_modules', 'tsx'))).toBe(true);
  });

  it('starts the Slack bot, is healthy and ready, answers a signed /ivr status, and exits on SIGTERM', async () => {
    const port = await freePort();
    const bot = npmStart(port);
    const url = `http://127.0.0.1:${port}`;
    try {
      expect(await (await waitForOk(`${url}/healthz`, bot.output)).json()).toEqual({ ok: true });
      expect(await (await waitForOk(`${url}/readyz`, bot.output)).json()).toEqual({ database: { ok: true }, ringCentral: { ok: true }, slack: { ok: true } });

      const driver = createSlackDriver({ appUrl: url, signingSecret: SECRETS.SLACK_SIGNING_SECRET, fake: fake! });
      const typed = await driver.slashCommand({ user: ALICE, text: 'status' });
      expect(typed.status).toBe(200);
      const deadline = Date.now() + 30_000;
      while (fake!.responseMessages(typed.responseUrlId!).length === 0 && Date.now() < deadline) await sleep(200);
      expect(fake!.responseMessages(typed.responseUrlId!).at(-1)?.text, bot.output()).toMatch(/^Calls to \+16505550100, time zone US\/Eastern/);
      // The short doctor pass at start finds nothing missing from the install (manifests included).
      expect(bot.output()).not.toMatch(/^✗/m);
      process.kill(botProcessUnder(bot.child.pid!), 'SIGTERM');
      expect(await bot.exited, bot.output()).toBe(0);
    } finally {
      try {
        process.kill(-bot.child.pid!, 'SIGKILL');
      } catch {
        // Already gone: the bot exited as it should.
      }
    }
    for (const [name, secret] of Object.entries(SECRETS)) expect(bot.output(), `${name} in the output`).not.toContain(secret);
  }, 120_000);
});
