import { sql, type Kysely } from 'kysely';
import type { Database } from './database-schema.ts';

/** A trivial query: resolves when the database answers, throws when it is closed or unreachable. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
