import { join } from 'node:path';
import { StoreError } from './store-error.ts';

/** Where the database lives, read from DATABASE_URL. `description` names it for people and never holds a password. */
export type DatabaseLocation =
  | { readonly dialect: 'sqlite'; readonly file: string; readonly isDefault: boolean; readonly description: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly description: string };

const URL_SHAPES = 'DATABASE_URL must be a file path, sqlite:PATH, or postgres://USER:PASSWORD@HOST:PORT/DATABASE';

/**
 * Reads DATABASE_URL: unset means the SQLite file `switchboard.sqlite` in `dataDir`; a plain path,
 * `sqlite:PATH` or `sqlite://PATH` is a SQLite file; `postgres://` or `postgresql://` is PostgreSQL.
 * Throws a StoreError (`invalid-url`) for anything else.
 */
export function parseDatabaseLocation(url: string | undefined, dataDir: string): DatabaseLocation {
  if (url === undefined) return sqliteAt(join(dataDir, 'switchboard.sqlite'), true);
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(trimmed)?.[1]?.toLowerCase();
  // A one-letter "scheme" is a Windows drive (C:\data\switchboard.sqlite), so it is a plain path.
  if (trimmed !== '' && scheme === undefined) return sqliteAt(trimmed, false);
  if (scheme === 'sqlite') {
    const file = trimmed.replace(/^sqlite:(\/\/)?/i, '');
    if (file !== '') return sqliteAt(file, false);
  }
  if (scheme === 'postgres' || scheme === 'postgresql') return postgresAt(trimmed);
  throw new StoreError('invalid-url', `${URL_SHAPES}; got "${withoutPassword(trimmed)}".`);
}

function sqliteAt(file: string, isDefault: boolean): DatabaseLocation {
  return { dialect: 'sqlite', file, isDefault, description: `SQLite ${file}` };
}

function postgresAt(url: string): DatabaseLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new StoreError('invalid-url', `${URL_SHAPES}; "${withoutPassword(url)}" is not a valid URL.`, { cause: error });
  }
  const database = parsed.pathname.replace(/^\//, '');
  const host = parsed.hostname === '' ? 'localhost' : parsed.hostname;
  const description = `PostgreSQL ${host}:${parsed.port === '' ? '5432' : parsed.port}/${database === '' ? '(default database)' : database}`;
  return { dialect: 'postgres', url, description };
}

/** The URL with any password replaced by `***`, for messages. */
export function withoutPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:***@');
}
