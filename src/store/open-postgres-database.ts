import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database-schema.ts';
import type { DatabaseLocation } from './database-location.ts';
import { migrateToLatest } from './migrations.ts';
import type { OpenedDatabase } from './opened-database.ts';
import { StoreError } from './store-error.ts';

/** A server that does not answer within this time counts as unreachable (instead of hanging the start). */
const CONNECT_TIMEOUT_MS = 5000;

/** PostgreSQL error codes that mean the login was refused (SQLSTATE class 28). */
const LOGIN_REFUSED = new Set(['28000', '28P01']);
/** Node socket errors that mean the server was not reached at all. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Connects a pool to PostgreSQL, checks that it answers, and migrates the schema. */
export async function openPostgresDatabase(location: Extract<DatabaseLocation, { dialect: 'postgres' }>): Promise<OpenedDatabase> {
  const pool = new pg.Pool({ connectionString: location.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle pooled connection that drops emits 'error' on the pool, and an unheard 'error' ends
  // the process; the next query that needs a connection reports the failure instead.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let migrated;
  try {
    migrated = await migrateToLatest(db, 'postgres');
  } catch (error) {
    await db.destroy();
    throw postgresStoreError(error, location);
  }
  return {
    db,
    dialect: 'postgres',
    description: location.description,
    migrated,
    explainFailure: (error) => (isConnectionFailure(error) ? postgresStoreError(error, location) : undefined),
    close: () => db.destroy(),
  };
}

/**
 * A failure of the server or the connection, not of a query: network errors, SQLSTATE classes 08
 * (connection), 57 (operator intervention, e.g. the database was dropped or the server shut
 * down) and 3D (no such database), and pg's own "Connection terminated".
 */
function isConnectionFailure(error: unknown): boolean {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  const message = error instanceof Error ? error.message : '';
  return UNREACHABLE.has(code) || /^(08|57|3D)/.test(code) || /connection terminated|timeout exceeded when trying to connect/i.test(message);
}

function postgresStoreError(error: unknown, location: Extract<DatabaseLocation, { dialect: 'postgres' }>): StoreError {
  const code = String((error as { code?: unknown }).code ?? '');
  const reason = scrubPassword(firstLine(error, code), location.url);
  const { description } = location;
  const message =
    code === '3D000'
      ? `${description} does not exist (${reason}): create the database or fix its name in DATABASE_URL.`
      : LOGIN_REFUSED.has(code)
        ? `${description} refused the login (${reason}): check the user and password in DATABASE_URL.`
        : UNREACHABLE.has(code) || /timeout/i.test(reason)
          ? `${description} is not reachable (${reason}): check that the server runs and DATABASE_URL's host and port.`
          : `${description} cannot be used (${reason}): check DATABASE_URL and the server's log.`;
  return new StoreError('unavailable', message, { cause: error });
}

/** The error's first line; Node reports a refused connection to several addresses as an AggregateError with an empty message. */
function firstLine(error: unknown, code: string): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] || code || 'unknown error';
}

/** Belt and braces: driver messages do not quote the password, but nothing here may print it. */
function scrubPassword(text: string, url: string): string {
  const encoded = URL.canParse(url) ? new URL(url).password : '';
  let decoded = encoded;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    // A malformed %-escape stays as written; the encoded form is scrubbed either way.
  }
  return [encoded, decoded].filter((form) => form !== '').reduce((scrubbed, form) => scrubbed.split(form).join('***'), text);
}
