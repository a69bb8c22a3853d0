import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/app/cli.ts';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { createMultiLevelState } from '../fixtures/multi-level-company.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { runCli } from '../support/run-cli.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.doctor-test-jwt.Zk4mN8sV1';
const CLIENT_SECRET = 'doctor-client-secret-Qx7rT2';
const BOT_TOKEN = 'xoxb-doctor-test-token';
const APPROVAL_CHANNEL = 'C0APPROVE1';
const AUDIT_CHANNEL = 'C0AUDITS01';
const MANAGERS_CHANNEL = 'C0MANAGER1';

let emulator: RunningEmulator;
let slack: FakeSlack;
const scratch = mkdtempSync(join(tmpdir(), 'switchboard-doctor-'));

beforeAll(async () => {
  // Only this JWT logs in, so a wrong one is refused as RingCentral refuses it.
  emulator = await startEmulator({ port: 0, rateLimits: false, credentials: { jwt: JWT } });
  slack = await startFakeSlack({ botToken: BOT_TOKEN });
  slack.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
  slack.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true, isPrivate: true });
  slack.addChannel({ id: MANAGERS_CHANNEL, name: 'phone-managers', isMember: true });
  slack.addGroup({ id: 'S0MANAGERS', handle: 'managers', users: ['U0MANAGER1', 'U0MANAGER2'] });
});
afterAll(async () => {
  await emulator.close();
  await slack.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(async () => {
  const response = await fetch(`${emulator.url}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(createDemoState()) });
  expect(response.ok).toBe(true);
});

/** A company's whole setup: a RingCentral account (the emulator), the Slack bot over Socket Mode, a database of its own, a team policy. */
function companyEnv(database: string): Record<string, string> {
  return {
    RINGCENTRAL_SERVER_URL: emulator.url,
    RINGCENTRAL_CLIENT_ID: 'doctor-test-client',
    RINGCENTRAL_CLIENT_SECRET: CLIENT_SECRET,
    RINGCENTRAL_JWT: JWT,
    SWITCHBOARD_DATA_DIR: join(scratch, 'data'),
    DATABASE_URL: join(scratch, `${database}.sqlite`),
    SWITCHBOARD_AUDIT_KEY: TEST_AUDIT_KEY,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: 'xapp-doctor-test',
    SLACK_API_URL: slack.url,
    SWITCHBOARD_APPROVAL_CHANNEL: APPROVAL_CHANNEL,
    SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
    SWITCHBOARD_MANAGERS_CHANNEL: MANAGERS_CHANNEL,
    SWITCHBOARD_MANAGERS_GROUP: '@managers',
    SWITCHBOARD_REQUESTERS: 'alice',
    SWITCHBOARD_APPROVERS: 'bob,carol',
  };
}

const lines = (stdout: string): string[] => stdout.trimEnd().split('\n');
const failures = (stdout: string): string[] => lines(stdout).filter((line) => line.startsWith('✗'));

async function setScope(scope: string): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/scope`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scope }) });
  expect(response.ok).toBe(true);
}

describe('switchboard doctor', () => {
  it('passes against a complete setup, one ✓ line per check, and prints no secret', async () => {
    const result = await runCli(['doctor'], companyEnv('complete'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lines(result.stdout).every((line) => line.startsWith('✓ '))).toBe(true);
    expect(lines(result.stdout)).toEqual([
      `✓ RingCentral answers at ${emulator.url}`,
      expect.stringMatching(/^✓ This computer's clock is within \d+ s of RingCentral's$/),
      '✓ The JWT logs in to RingCentral',
      '✓ The RingCentral app has the permissions to read and change call handling (ReadAccounts, EditAccounts, EditExtensions)',
      '✓ Company time zone: US/Eastern',
      '✓ Company main number: +16505550100',
      '✓ Single-level IVR: calls can go to the company greeting',
      '✓ The account has no other sites',
      '✓ The Slack bot token works: @switchboard in Fake Workspace',
      '✓ The bot has every scope manifests/switchboard-dev.yaml asks for',
      `✓ The bot is in the approval channel #phone-approvals (${APPROVAL_CHANNEL})`,
      `✓ The bot is in the audit channel #phone-audit (${AUDIT_CHANNEL})`,
      `✓ The bot is in the managers channel #phone-managers (${MANAGERS_CHANNEL})`,
      '✓ The user group @managers exists (2 members)',
      `✓ The database opens: SQLite ${join(scratch, 'complete.sqlite')}`,
      expect.stringMatching(/^✓ Its schema was behind and is now current \(applied 001-workflow, .*\)$/),
      '✓ The audit trail is intact (0 entries)',
      '✓ Approval policy: Requests from alice; 1 approval from bob, carol; no self-approval; requests expire after 24 h.',
      '✓ Requests can get their 1 approval: 2 people approve',
    ]);
    for (const secret of [JWT, CLIENT_SECRET, BOT_TOKEN, TEST_AUDIT_KEY]) expect(result.stdout).not.toContain(secret);

    const again = await runCli(['doctor'], companyEnv('complete'));
    expect(lines(again.stdout)).toContain('✓ Its schema is current');
  });

  it('tells a multi-level IVR account, its zone and number, as the read finds them', async () => {
    const response = await fetch(`${emulator.url}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(createMultiLevelState()) });
    expect(response.ok).toBe(true);
    const result = await runCli(['doctor'], companyEnv('multi-level'));
    expect(result.code, result.stdout).toBe(0);
    expect(lines(result.stdout)).toEqual(
      expect.arrayContaining([
        '✓ Company time zone: US/Pacific',
        '✓ Multi-level IVR: business hours go straight to an IVR menu, so rules can only send calls to an extension or a menu, not to the company greeting',
      ]),
    );
  });

  it('gives the same checks as JSON for monitoring', async () => {
    const result = await runCli(['doctor', '--json'], { ...companyEnv('json'), SWITCHBOARD_MANAGERS_GROUP: 'night-managers' });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; checks: Array<{ name: string; ok: boolean; detail: string; fix?: string }> };
    expect(report.ok).toBe(false);
    expect(report.checks.map((check) => check.name)).toEqual([
      'ringcentral.server',
      'ringcentral.clock',
      'ringcentral.login',
      'ringcentral.permissions',
      'ringcentral.timeZone',
      'ringcentral.mainNumber',
      'ringcentral.ivrMode',
      'ringcentral.sites',
      'slack.auth',
      'slack.scopes',
      'slack.channel.approval',
      'slack.channel.audit',
      'slack.channel.managers',
      'slack.group.night-managers',
      'database.open',
      'database.migrations',
      'database.audit',
      'policy',
      'policy.quorum',
    ]);
    expect(report.checks.filter((check) => !check.ok)).toEqual([
      {
        name: 'slack.group.night-managers',
        ok: false,
        detail: 'Slack has no user group @night-managers (SWITCHBOARD_MANAGERS_GROUP)',
        fix: "check the handle: the name after @ in the group's details in Slack",
      },
    ]);
  });

  it('names a JWT RingCentral refuses, and still checks the rest', async () => {
    const result = await runCli(['doctor'], { ...companyEnv('bad-jwt'), RINGCENTRAL_JWT: 'eyJhbGciOiJSUzI1NiJ9.someone-elses.jwt' });
    expect(result.code).toBe(1);
    expect(failures(result.stdout)).toEqual([
      "✗ RingCentral refused the JWT login: Invalid resource owner credentials (OAU-140) — make a new JWT credential for this app (your profile's Credentials page in RingCentral) and set RINGCENTRAL_JWT",
    ]);
    expect(lines(result.stdout)).toContain('✓ The Slack bot token works: @switchboard in Fake Workspace');
    expect(lines(result.stdout)).toContain('✓ The audit trail is intact (0 entries)');
    expect(result.stdout).not.toContain('someone-elses');
  });

  it('names the app permission the token lacks and what it is needed for', async () => {
    await setScope('ReadAccounts EditExtensions');
    try {
      const result = await runCli(['doctor'], companyEnv('no-edit-accounts'));
      expect(result.code).toBe(1);
      expect(failures(result.stdout)).toEqual([
        '✗ The RingCentral app lacks EditAccounts (to create answering rules, change answering rules, delete answering rules) — add it to the app in the RingCentral developer console, then delete ringcentral-tokens.json in SWITCHBOARD_DATA_DIR so the bot logs in again with it',
      ]);
      // Reading needs ReadAccounts only, so the read still tells about the company.
      expect(lines(result.stdout)).toContain('✓ Company time zone: US/Eastern');
    } finally {
      await setScope('ReadAccounts EditAccounts EditExtensions');
    }
  });

  it('says the bot is not in the approval channel, and how to invite it', async () => {
    slack.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: false });
    try {
      const result = await runCli(['doctor'], companyEnv('not-in-channel'));
      expect(result.code).toBe(1);
      expect(failures(result.stdout)).toEqual([
        `✗ The bot is not in the approval channel #phone-approvals (${APPROVAL_CHANNEL}) — invite it: type /invite @switchboard in #phone-approvals`,
      ]);
    } finally {
      slack.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
    }
  });

  it('finds an edited audit entry', async () => {
    const env = companyEnv('broken-chain');
    // Applied by the one local admin, as `run` does with no policy set.
    const { SWITCHBOARD_REQUESTERS: _requesters, SWITCHBOARD_APPROVERS: _approvers, ...localAdmin } = env;
    const applied = await runCli(['run', '--now', '2026-11-25T12:00', '--yes', 'route to voicemail on Dec 25'], localAdmin);
    expect(applied.code, applied.stderr).toBe(0);
    expect(lines((await runCli(['doctor'], env)).stdout)).toContain('✓ The audit trail is intact (1 entry)');

    const connection = new BetterSqlite3(env.DATABASE_URL!);
    try {
      connection.prepare("UPDATE audit_entries SET summary = 'Nothing happened' WHERE seq = 1").run();
    } finally {
      connection.close();
    }
    const result = await runCli(['doctor'], env);
    expect(result.code).toBe(1);
    expect(failures(result.stdout)).toEqual([
      '✗ Audit entry 1 was edited, or SWITCHBOARD_AUDIT_KEY is not the key the trail was written with: its hash does not match its content — restore the database from a backup and find out who changed it; "switchboard audit verify --against-slack" compares the trail with the audit channel',
    ]);
  });

  it('shows a quorum no request could reach as a failed check, and runs the others', async () => {
    const { SWITCHBOARD_REQUESTERS: _requesters, ...env } = companyEnv('no-quorum');
    const result = await runCli(['doctor'], { ...env, SWITCHBOARD_APPROVERS: 'carol' });
    expect(result.code).toBe(1);
    expect(failures(result.stdout)).toEqual([
      expect.stringMatching(/^✗ SWITCHBOARD_APPROVERS leaves carol no other approver, so carol's own requests could never get 1 approval/),
    ]);
    expect(lines(result.stdout)).toContain('✓ The JWT logs in to RingCentral');
    expect(lines(result.stdout)).toContain('✓ The audit trail is intact (0 entries)');
  });

  it('exits 2 on an unknown option, and on a variable it cannot read', async () => {
    const usage = await runCli(['doctor', '--verbose'], companyEnv('usage'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('Unknown option "--verbose". Usage: switchboard doctor [--json]\n');
    const config = await runCli(['doctor', '--json'], { ...companyEnv('usage'), SWITCHBOARD_APPROVALS_REQUIRED: 'two' });
    expect(config.code).toBe(2);
    expect(JSON.parse(config.stdout)).toEqual({ ok: false, checks: [{ name: 'config', ok: false, detail: expect.stringMatching(/^SWITCHBOARD_APPROVALS_REQUIRED must be a whole number/) }] });
  });
});

describe('switchboard start', () => {
  it('says what doctor would find wrong before it serves anyone, and goes on', async () => {
    const { SLACK_BOT_TOKEN: _token, SLACK_APP_TOKEN: _app, SWITCHBOARD_REQUESTERS: _r, SWITCHBOARD_APPROVERS: _a, ...consoleEnv } = companyEnv('start');
    const stdin = new PassThrough();
    stdin.end();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let errors = '';
    stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    stdout.resume();
    await main(['start'], { stdin, stdout, stderr, env: { ...consoleEnv, LOG_LEVEL: 'silent', RINGCENTRAL_JWT: 'eyJ.not-this-one.x' } });
    expect(errors.split('\n').slice(0, 2)).toEqual([
      "✗ RingCentral refused the JWT login: Invalid resource owner credentials (OAU-140) — make a new JWT credential for this app (your profile's Credentials page in RingCentral) and set RINGCENTRAL_JWT",
      'Run "npx switchboard doctor" to see every check.',
    ]);
  });
});
