import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const emulator = useCliEmulator('audit');
const scratch = mkdtempSync(join(tmpdir(), 'switchboard-audit-db-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
    expect(intact.stdout).toMatch(/is intact: 2 entries/);

    tamper(env, "UPDATE audit_entries SET summary = 'Nothing happened' WHERE seq = 1");
    const edited = await runCli(['audit', 'verify'], env);
    expect(edited.code).toBe(1);
    expect(edited.stderr.trim()).toBe('Audit entry 1 was edited: its hash does not match its content.');
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

  it('exits 2 on an unknown audit command', async () => {
    const result = await runCli(['audit', 'rewrite'], envWithDatabase('usage'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: switchboard audit verify');
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
