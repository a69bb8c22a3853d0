import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database-schema.ts';
import type { DatabaseLocation } from './database-location.ts';
import { migrateToLatest } from './migrations.ts';
import type { OpenedDatabase } from './opened-database.ts';
import { StoreError } from './store-error.ts';

/** How long a write waits for another process's write to finish before it fails as `locked`. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating when needed) and migrates a SQLite file. WAL lets readers run beside the one
 * writer; the busy timeout makes processes sharing the file queue for the write lock instead of
 * failing at once; foreign keys are off in SQLite unless asked for.
 */
export async function openSqliteDatabase(location: Extract<DatabaseLocation, { dialect: 'sqlite' }>): Promise<OpenedDatabase> {
  let connection: BetterSqlite3.Database | undefined;
  try {
    if (location.isDefault) mkdirSync(dirname(location.file), { recursive: true });
    connection = new BetterSqlite3(location.file);
    connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
  } catch (error) {
    connection?.close();
    throw sqliteStoreError(error, location.description);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  let migrated;
  try {
    migrated = await migrateToLatest(db, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw sqliteStoreError(error, location.description);
  }
  return {
    db,
    dialect: 'sqlite',
    description: location.description,
    migrated,
    explainFailure: (error) => (isSqliteError(error) ? sqliteStoreError(error, location.description) : undefined),
    close: () => db.destroy(),
  };
}

function sqliteStoreError(error: unknown, description: string): StoreError {
  const code = (error as { code?: unknown }).code;
  const reason = firstLine(error);
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return new StoreError(
      'locked',
      `${description} is locked by another process (${reason}): check that no other process keeps a write open on it.`,
      { cause: error },
    );
  }
  return new StoreError(
    'unavailable',
    `${description} cannot be opened (${reason}): check that its folder exists, that the file and folder are writable, and that it is a SQLite database.`,
    { cause: error },
  );
}

/** better-sqlite3 throws SqliteError with an SQLITE_* code for every failure of the database itself. */
function isSqliteError(error: unknown): boolean {
  return String((error as { code?: unknown } | undefined)?.code ?? '').startsWith('SQLITE_');
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
