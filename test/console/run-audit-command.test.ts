import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { webApi } from '@slack/bolt';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_KEY_FILE } from '../../src/app/audit-key.ts';
import { auditMessage } from '../../src/slack/blocks/index.ts';
import { canonicalJson, createStores, openDatabase } from '../../src/store/index.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { runCli } from '../support/run-cli.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const emulator = useCliEmulator('audit');
const scratch = mkdtempSync(join(tmpdir(), 'switchboard-audit-db-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BOT_TOKEN = 'xoxb-test-switchboard';
const AUDIT_CHANNEL = 'C0AUDITLOG';
/** A channel the bot was never invited to. */
const CLOSED_CHANNEL = 'C0CLOSED01';
let fakeSlack: FakeSlack | undefined;
beforeAll(async () => {
  fakeSlack = await startFakeSlack({ botToken: BOT_TOKEN });
  fakeSlack.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
  fakeSlack.addChannel({ id: CLOSED_CHANNEL, name: 'closed', isMember: false });
});
afterAll(async () => {
  await fakeSlack?.close();
});
const slack = (): FakeSlack => {
  if (fakeSlack === undefined) throw new Error('the fake Slack starts in beforeAll');
  return fakeSlack;
};

/** The bot's Slack settings, in Socket Mode so no signing secret is needed, reading `channel` as the audit channel. */
function slackEnv(channel = AUDIT_CHANNEL): Record<string, string> {
  return { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: slack().url, SWITCHBOARD_AUDIT_CHANNEL: channel };
}

/**
 * Posts the queued audit messages to the audit channel as the bot's outbox delivery does: the
 * entry as stored, and the chain head as the payload recorded it when the entry was appended.
 */
async function postAuditMessagesAsTheBot(env: Record<string, string>): Promise<void> {
  const opened = await openDatabase({ url: env.DATABASE_URL, dataDir: scratch });
  const client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: slack().url, retryConfig: { retries: 0 } });
  try {
    const { audit, outbox } = createStores(opened, { auditKey: TEST_AUDIT_KEY });
    const queued = (await outbox.due('9999-12-31T00:00:00.000Z', 100)).filter((message) => message.recipient === 'audit');
    expect(queued.length).toBeGreaterThan(0);
    for (const message of queued) {
      const payload = message.payload as { requestId: number; auditSeq: number; auditHash: string };
      const entry = await audit.entry(payload.auditSeq);
      expect(payload.auditHash).toBe(entry!.hash);
      await client.chat.postMessage({ channel: AUDIT_CHANNEL, ...auditMessage(entry!, { undoable: false, requestId: payload.requestId, chainHash: payload.auditHash, language: 'en' }) });
    }
  } finally {
    await opened.close();
  }
}

/**
 * Rewrites every entry with a recomputed plain SHA-256 hash, as a Switchboard before the audit key
 * would have written it, relinking the chain and the requests that record the entries.
 */
function rewriteTrailUnkeyed(env: Record<string, string>): void {
  const connection = new BetterSqlite3(env.DATABASE_URL!);
  try {
    const rows = connection.prepare('SELECT * FROM audit_entries ORDER BY seq').all() as Array<Record<string, string | number | null>>;
    let prevHash = '0'.repeat(64);
    for (const row of rows) {
      const content = {
        seq: row.seq,
        prevHash,
        event: row.event,
        recordedAt: row.recorded_at,
        requestId: row.request_id ?? undefined,
        requestedBy: row.requested_by,
        approvedBy: JSON.parse(String(row.approved_by)),
        commandText: row.command_text,
        changes: JSON.parse(String(row.changes)),
        operations: JSON.parse(String(row.operations)),
        summary: row.summary,
        ...(row.said_summary === null ? {} : { saidSummary: JSON.parse(String(row.said_summary)) }),
      };
      const hash = createHash('sha256').update(prevHash + canonicalJson(content)).digest('hex');
      connection.prepare("UPDATE audit_entries SET prev_hash = ?, hash = ?, hash_scheme = 'sha256' WHERE seq = ?").run(prevHash, hash, row.seq);
      connection.prepare('UPDATE change_requests SET audit_hash = ? WHERE audit_seq = ?').run(hash, row.seq);
      prevHash = hash;
    }
  } finally {
    connection.close();
  }
}

/** A database of its own for each test, so tampering in one does not leak into another. */
function envWithDatabase(name: string): Record<string, string> {
  return { ...emulator.env(), DATABASE_URL: join(scratch, `${name}.sqlite`) };
}

async function applyTwoChanges(env: Record<string, string>): Promise<void> {
  for (const command of ['route to voicemail on Dec 25', 'route to voicemail on Dec 26']) {
    const result = await runCli(['run', '--now', '2026-11-25T12:00', '--yes', command], env);
    expect(result.code, result.stderr).toBe(0);
  }
}

async function runChild(args: ReadonlyArray<string>, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(process.execPath, ['bin/switchboard.js', ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, timeout: 30_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? '' };
  }
}

function tamper(env: Record<string, string>, sql: string): void {
  const connection = new BetterSqlite3(env.DATABASE_URL!);
  try {
    connection.prepare(sql).run();
  } finally {
    connection.close();
  }
}

describe('switchboard audit verify', () => {
  it('says the trail is intact after changes, and names the entry someone edited', async () => {
    await emulator.resetState();
    const env = envWithDatabase('edited');
    await applyTwoChanges(env);
    const intact = await runCli(['audit', 'verify'], env);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/is intact: 2 entries, head [0-9a-f]{16}\.$/m);

    tamper(env, "UPDATE audit_entries SET summary = 'Nothing happened' WHERE seq = 2");
    const edited = await runCli(['audit', 'verify'], env);
    expect(edited.code).toBe(1);
    expect(edited.stderr.trim()).toBe('Audit entry 2 was edited: its hash does not match its content.');
  });

  it('says the key may be wrong when verified under another SWITCHBOARD_AUDIT_KEY', async () => {
    await emulator.resetState();
    const env = envWithDatabase('other-key');
    await applyTwoChanges(env);

    const result = await runCli(['audit', 'verify'], { ...env, SWITCHBOARD_AUDIT_KEY: 'another-key-0123456789abcdef0123456789' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Audit entry 1 was edited, or SWITCHBOARD_AUDIT_KEY is not the key the trail was written with: its hash does not match its content.');
  });

  it('keys a trail without SWITCHBOARD_AUDIT_KEY by the key file in the data folder, which later runs read', async () => {
    await emulator.resetState();
    const { SWITCHBOARD_AUDIT_KEY: _configured, ...withoutKey } = envWithDatabase('key-file');
    await applyTwoChanges(withoutKey);

    expect((await runCli(['audit', 'verify'], withoutKey)).code).toBe(0);
    const fileKey = readFileSync(join(withoutKey.SWITCHBOARD_DATA_DIR!, AUDIT_KEY_FILE), 'utf8').trim();
    expect((await runCli(['audit', 'verify'], { ...withoutKey, SWITCHBOARD_AUDIT_KEY: fileKey })).code).toBe(0);
    expect((await runCli(['audit', 'verify'], { ...withoutKey, SWITCHBOARD_AUDIT_KEY: TEST_AUDIT_KEY })).code).toBe(1);
  });

  it('detects a deleted entry, in the middle or at the end', async () => {
    await emulator.resetState();
    const env = envWithDatabase('deleted');
    await applyTwoChanges(env);
    tamper(env, 'DELETE FROM audit_entries WHERE seq = 2');
    const tail = await runCli(['audit', 'verify'], env);
    expect(tail.code).toBe(1);
    expect(tail.stderr).toMatch(/entry 2/i);
    tamper(env, 'DELETE FROM audit_entries WHERE seq = 1');
    const all = await runCli(['run', 'audit verify'], env);
    expect(all.code).toBe(1);
    expect(all.stderr.trim().split('\n').filter((line) => !line.startsWith('Using the built-in'))).toHaveLength(1);
  });

  it('exits 2 on an unknown audit command or option', async () => {
    for (const args of [['rewrite'], ['verify', '--against-slak'], ['verify', 'now']]) {
      const result = await runCli(['audit', ...args], envWithDatabase('usage'));
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(`Unknown audit command "${args.join(' ')}". Usage: switchboard audit verify [--against-slack]`);
    }
  });
});

describe('switchboard audit verify --against-slack', () => {
  it('says the trail matches the chain heads the bot posted in the audit channel', async () => {
    await emulator.resetState();
    slack().reset();
    const env = { ...envWithDatabase('slack-intact'), ...slackEnv() };
    await applyTwoChanges(env);
    await postAuditMessagesAsTheBot(env);

    const result = await runCli(['audit', 'verify', '--against-slack'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([expect.stringMatching(/is intact: 2 entries, head [0-9a-f]{16}\. The 2 entries posted in the audit channel match the database\.$/)]);
    expect(slack().calls('conversations.history').map((call) => call.args.channel)).toEqual([AUDIT_CHANNEL]);
  });

  it('finds the newest entry cut from the database, which the database alone no longer shows', async () => {
    await emulator.resetState();
    slack().reset();
    const env = { ...envWithDatabase('slack-cut'), ...slackEnv() };
    await applyTwoChanges(env);
    await postAuditMessagesAsTheBot(env);
    // A thorough intruder removes the entry and the request's record of it.
    tamper(env, 'DELETE FROM audit_entries WHERE seq = 2');
    tamper(env, 'UPDATE change_requests SET audit_seq = NULL, audit_hash = NULL WHERE audit_seq = 2');

    const local = await runCli(['audit', 'verify'], env);
    expect(local.code).toBe(0);
    expect(local.stdout).toMatch(/is intact: 1 entry,/);
    const result = await runCli(['audit', 'verify', '--against-slack'], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Audit entry 2 is in the audit channel but not in the database: the trail was cut after entry 1.');
  });

  it('finds a trail rewritten from its first entry with unkeyed hashes, which passes for one written before the key', async () => {
    await emulator.resetState();
    slack().reset();
    const env = { ...envWithDatabase('slack-rewritten'), ...slackEnv() };
    await applyTwoChanges(env);
    await postAuditMessagesAsTheBot(env);
    rewriteTrailUnkeyed(env);

    const local = await runCli(['audit', 'verify'], env);
    expect(local.code).toBe(0);
    expect(local.stdout).toMatch(/is intact: 2 entries, head [0-9a-f]{16} \(all of them were written before SWITCHBOARD_AUDIT_KEY and carry unkeyed hashes\)\.$/m);
    const result = await runCli(['audit', 'verify', '--against-slack'], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Audit entry 1 was rewritten: the audit channel shows hash [0-9a-f]{12}, the database [0-9a-f]{12}\.$/);
  });

  it('still reports what the database alone shows first', async () => {
    await emulator.resetState();
    slack().reset();
    const env = { ...envWithDatabase('slack-edited'), ...slackEnv() };
    await applyTwoChanges(env);
    await postAuditMessagesAsTheBot(env);
    tamper(env, "UPDATE audit_entries SET summary = 'Nothing happened' WHERE seq = 2");

    const result = await runCli(['audit', 'verify', '--against-slack'], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Audit entry 2 was edited: its hash does not match its content.');
  });

  it('exits 2 without the Slack settings to read the channel with', async () => {
    const env = envWithDatabase('slack-usage');
    const { SWITCHBOARD_AUDIT_CHANNEL: _channel, ...withoutChannel } = slackEnv();
    for (const missing of [env, { ...env, ...withoutChannel }]) {
      const result = await runCli(['audit', 'verify', '--against-slack'], missing);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe('--against-slack reads the audit channel: set SLACK_BOT_TOKEN and SWITCHBOARD_AUDIT_CHANNEL as the bot has them. Usage: switchboard audit verify [--against-slack]');
    }
  });

  it('exits 3 in one line when Slack will not show the channel to the bot', async () => {
    await emulator.resetState();
    const env = { ...envWithDatabase('slack-closed'), ...slackEnv(CLOSED_CHANNEL) };
    await applyTwoChanges(env);

    const result = await runCli(['audit', 'verify', '--against-slack'], env);
    expect(result.code).toBe(3);
    expect(result.stderr.trim()).toBe(`Slack did not let the bot read the audit channel ${CLOSED_CHANNEL} (not_in_channel): invite the bot to the channel.`);
  });
});

describe('a database that is gone or locked', () => {
  it('exits 3 with one line naming the database when it cannot be opened', async () => {
    const result = await runCli(['run', 'status'], { ...emulator.env(), DATABASE_URL: join(scratch, 'no-such-folder', 'x.sqlite') });
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^SQLite .*x\.sqlite cannot be opened/);
  });

  it('exits 3 saying another process holds the lock, after waiting the busy timeout', async () => {
    await emulator.resetState();
    const env = envWithDatabase('locked');
    await applyTwoChanges(env);
    const holder = new BetterSqlite3(env.DATABASE_URL!);
    holder.exec('BEGIN IMMEDIATE');
    try {
      // In a child process, as another Switchboard would be: the busy wait blocks its whole thread.
      const result = await runChild(['run', '--now', '2026-11-25T12:00', '--yes', 'route to voicemail on Dec 27'], env);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/is locked by another process/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await emulator.state<{ answeringRules: Array<{ name?: string }> }>()).answeringRules.some((rule) => rule.name === 'Dec 27, 2026')).toBe(false);
  }, 20_000);
});
