import type { Kysely } from 'kysely';
import type { Database, Dialect } from './database-schema.ts';
import { parseDatabaseLocation } from './database-location.ts';
import { openPostgresDatabase } from './open-postgres-database.ts';
import { openSqliteDatabase } from './open-sqlite-database.ts';
import type { StoreError } from './store-error.ts';

/** An open, migrated database. */
export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Names the database for people, e.g. "SQLite ./data/switchboard.sqlite" or "PostgreSQL 127.0.0.1:5432/switchboard"; never a password. */
  readonly description: string;
  /**
   * The StoreError for a driver error met while in use (the database went away, or stayed locked
   * past the busy timeout), with the same one-line wording as at open; undefined for any other error.
   */
  explainFailure(error: unknown): StoreError | undefined;
  close(): Promise<void>;
}

/**
 * Opens the database DATABASE_URL names (`url`; unset means `${dataDir}/switchboard.sqlite`) and
 * brings its schema up to date. Throws a StoreError with a one-line message when the URL is
 * malformed or the database cannot be reached, opened or migrated.
 */
export async function openDatabase(options: { readonly url: string | undefined; readonly dataDir: string }): Promise<OpenedDatabase> {
  const location = parseDatabaseLocation(options.url, options.dataDir);
  return location.dialect === 'sqlite' ? openSqliteDatabase(location) : openPostgresDatabase(location);
}
