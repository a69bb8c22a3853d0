import { parseDatabaseLocation } from './database-location.ts';
import type { OpenedDatabase } from './opened-database.ts';

/**
 * Opens the database DATABASE_URL names (`url`; unset means `${dataDir}/switchboard.sqlite`) and
 * brings its schema up to date. Throws a StoreError with a one-line message when the URL is
 * malformed or the database cannot be reached, opened or migrated.
 */
export async function openDatabase(options: { readonly url: string | undefined; readonly dataDir: string }): Promise<OpenedDatabase> {
  const location = parseDatabaseLocation(options.url, options.dataDir);
  // Each driver loads only when its database is used: a SQLite install never loads pg, nor a PostgreSQL one better-sqlite3.
  if (location.dialect === 'sqlite') return (await import('./open-sqlite-database.ts')).openSqliteDatabase(location);
  return (await import('./open-postgres-database.ts')).openPostgresDatabase(location);
}
