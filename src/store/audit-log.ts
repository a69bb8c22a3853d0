import type { Kysely } from 'kysely';
import type { AuditEntry, AuditLog, NewAuditEntry } from './audit-and-outbox-store.ts';
import { chainAuditEntry, GENESIS_HASH, toAuditEntry, toAuditEntryRow } from './audit-entry-row.ts';
import { compareAuditAnchors } from './compare-audit-anchors.ts';
import type { Database } from './database-schema.ts';
import { isUniqueViolation } from './is-unique-violation.ts';
import { StoreError } from './store-error.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

/**
 * How many times an append re-reads the head after another appender took the number it wanted.
 * Each lost race means someone else's entry went in, so this bounds only pathological contention.
 */
const APPEND_ATTEMPTS = 20;

/**
 * The audit trail over the `audit_entries` table, each entry's hash keyed by `key`
 * (SWITCHBOARD_AUDIT_KEY). Nothing here updates or deletes a row: the only write is the insert in
 * `append`.
 */
export function createAuditLog(db: Kysely<Database>, key: string): AuditLog {
  return {
    async append(entry: NewAuditEntry): Promise<AuditEntry> {
      for (let attempt = 1; attempt <= APPEND_ATTEMPTS; attempt += 1) {
        const head = await db.selectFrom('audit_entries').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
        const chained = chainAuditEntry(entry, head === undefined ? 1 : Number(head.seq) + 1, head?.hash ?? GENESIS_HASH, key);
        try {
          await db.insertInto('audit_entries').values(toAuditEntryRow(chained)).execute();
          return chained;
        } catch (error) {
          // Another appender claimed this number first: its entry is the new head, so chain onto it.
          if (!isUniqueViolation(error)) throw error;
        }
      }
      throw new StoreError('locked', `The audit trail is too busy: ${APPEND_ATTEMPTS} appends in a row lost the race for the next entry number; try again.`);
    },

    async latest(limit: number): Promise<ReadonlyArray<AuditEntry>> {
      const rows = await db.selectFrom('audit_entries').selectAll().orderBy('seq', 'desc').limit(limit).execute();
      return rows.map(toAuditEntry);
    },

    async entry(seq: number): Promise<AuditEntry | undefined> {
      const row = await db.selectFrom('audit_entries').selectAll().where('seq', '=', seq).executeTakeFirst();
      return row === undefined ? undefined : toAuditEntry(row);
    },

    verify: () => verifyAuditChain(db, key),

    compareWithAnchors: (anchors) => compareAuditAnchors(db, anchors),
  };
}
