import type { z } from 'zod';
import { intentV1Schema } from './intent-v1-schema.ts';
import { requestedChangeSchema, type RequestedChange } from './requested-change-schema.ts';
import { StoreError } from './store-error.ts';

/** The schema version new change request rows are written at (their `schema_version` column). */
export const CHANGE_REQUEST_SCHEMA_VERSION = 2;

/**
 * The reader of the `intent` column at each schema version, each giving the current shape. Rows
 * from before versions existed got version 1 from the migration that added the column.
 */
const INTENT_SCHEMAS: ReadonlyMap<number, z.ZodType<RequestedChange, unknown>> = new Map([
  [1, intentV1Schema],
  [CHANGE_REQUEST_SCHEMA_VERSION, requestedChangeSchema],
]);

/**
 * What a stored request asks for, read with the schema of its row's version. Throws a StoreError
 * (`unreadable-row`) that names the request when the version is unknown (a newer Switchboard wrote
 * the row) or the column does not match its version's schema.
 */
export function parseRequestedChange(row: { readonly id: number; readonly schemaVersion: number; readonly intent: string }): RequestedChange {
  const schema = INTENT_SCHEMAS.get(row.schemaVersion);
  if (schema === undefined) {
    const known = [...INTENT_SCHEMAS.keys()].join(', ');
    return unreadable(row.id, `its schema version ${row.schemaVersion} is not one this Switchboard reads (it reads ${known}); a newer Switchboard may have written it`);
  }
  let json: unknown;
  try {
    json = JSON.parse(row.intent);
  } catch (error) {
    return unreadable(row.id, 'its intent is not JSON', error);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // One issue is enough to find the row's fault; the whole zod report goes with the cause.
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'intent' : `intent.${issue.path.map(String).join('.')}`;
  return unreadable(row.id, `its intent does not match schema version ${row.schemaVersion} (${where}: ${issue?.message ?? 'invalid'})`, parsed.error);
}

function unreadable(id: number, reason: string, cause?: unknown): never {
  throw new StoreError('unreadable-row', `Change request ${id} cannot be read: ${reason}.`, cause === undefined ? undefined : { cause });
}
