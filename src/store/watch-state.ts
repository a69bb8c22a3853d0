import type { Kysely } from 'kysely';
import type { CallHandling } from '../callflow/index.ts';
import type { Database } from './database-schema.ts';

/** The last call handling a watcher saw, and when it saved it. */
export interface WatchedState {
  readonly handling: CallHandling;
  /** ISO instant in UTC. */
  readonly savedAt: string;
}

/** The drift watch's memory: the last known call handling, by id (e.g. `call-handling`). */
export interface WatchStateStore {
  get(id: string): Promise<WatchedState | undefined>;
  /** Inserts or replaces the state with this id. */
  save(id: string, handling: CallHandling, savedAt: string): Promise<void>;
}

export function createWatchStateStore(db: Kysely<Database>): WatchStateStore {
  return {
    async get(id): Promise<WatchedState | undefined> {
      const row = await db.selectFrom('watch_state').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : { handling: JSON.parse(row.handling) as CallHandling, savedAt: row.saved_at };
    },

    async save(id, handling, savedAt): Promise<void> {
      const values = { handling: JSON.stringify(handling), saved_at: new Date(Date.parse(savedAt)).toISOString() };
      await db
        .insertInto('watch_state')
        .values({ id, ...values })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },
  };
}
