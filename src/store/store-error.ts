/**
 * Why the database could not be used: a malformed DATABASE_URL, a database that does not answer,
 * one held by another writer, or a row this version of Switchboard cannot read.
 */
export type StoreErrorCode = 'invalid-url' | 'unavailable' | 'locked' | 'unreadable-row';

/**
 * The database is misconfigured, out of reach, or holds a row that cannot be read. The message is
 * one line that names the database (never its password) or the row, and what to check, e.g.
 * `PostgreSQL 127.0.0.1:5432/switchboard is not reachable (connect ECONNREFUSED): check that the
 * server runs and DATABASE_URL's host and port.`
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True when the value is a StoreError. */
export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError;
}
