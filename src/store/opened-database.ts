import type { Kysely } from 'kysely';
import type { Database, Dialect } from './database-schema.ts';
import type { StoreError } from './store-error.ts';

/** An open, migrated database. */
export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Names the database for people, e.g. "SQLite ./data/switchboard.sqlite" or "PostgreSQL 127.0.0.1:5432/switchboard"; never a password. */
  readonly description: string;
  /** The migrations opening it applied, oldest first; empty when its schema was already current. */
  readonly migrated: ReadonlyArray<string>;
  /**
   * The StoreError for a driver error met while in use (the database went away, or stayed locked
   * past the busy timeout), with the same one-line wording as at open; undefined for any other error.
   */
  explainFailure(error: unknown): StoreError | undefined;
  close(): Promise<void>;
}
