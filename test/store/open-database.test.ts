import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isStoreError, openDatabase, type StoreError } from '../../src/store/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

/** The StoreError that `opening` rejects with. */
async function storeErrorOf(opening: Promise<unknown>): Promise<StoreError> {
  const error = await opening.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isStoreError(error)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

describe('openDatabase', () => {
  it('creates the data folder and a SQLite file there when DATABASE_URL is unset', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'switchboard-open-'));
    const dataDir = join(folder, 'data');
    try {
      const opened = await openDatabase({ url: undefined, dataDir });
      await opened.close();

      expect(opened).toMatchObject({ dialect: 'sqlite', description: `SQLite ${join(dataDir, 'switchboard.sqlite')}` });
      expect(existsSync(join(dataDir, 'switchboard.sqlite'))).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a URL that names neither SQLite nor PostgreSQL', async () => {
    const error = await storeErrorOf(openDatabase({ url: 'mysql://x', dataDir: tmpdir() }));

    expect(error.code).toBe('invalid-url');
    expect(error.message).toContain('DATABASE_URL must be');
    expect(error.message).not.toContain('\n');
  });

  it('reports an unreachable PostgreSQL server by name, without the password', async () => {
    const error = await storeErrorOf(openDatabase({ url: 'postgres://switchboard:s3cret-pw@127.0.0.1:1/switchboard', dataDir: tmpdir() }));

    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('PostgreSQL 127.0.0.1:1/switchboard');
    expect(error.message).not.toContain('s3cret-pw');
    expect(error.message).not.toContain('\n');
  });

  it('reports a SQLite file in a folder that does not exist as unavailable', async () => {
    const file = join(tmpdir(), `switchboard-missing-${process.pid}`, 'nested', 'switchboard.sqlite');

    const error = await storeErrorOf(openDatabase({ url: `sqlite://${file}`, dataDir: tmpdir() }));

    expect(error.code).toBe('unavailable');
    expect(error.message).toContain(`SQLite ${file}`);
  });
});

describeEachDatabase('migrations', (database) => {
  it('leave an already migrated database as it is when it is opened again', async () => {
    const again = await database().openAnother();

    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(again.db);
    expect(applied.rows.map((row) => row.name)).toEqual(['001-workflow', '002-slack-messages', '003-jobs', '004-watch-state', '005-change-request-schema-version', '006-change-drafts', '007-keyed-audit-chain', '008-outbox-undeliverable', '009-trace-ids', '010-said-summaries']);
  });

  it('create the workflow and scheduler tables', async () => {
    const tables = await database().db.introspection.getTables();

    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['change_requests', 'approvals', 'audit_entries', 'outbox_messages', 'slack_messages', 'jobs', 'watch_state', 'change_drafts']));
  });
});
