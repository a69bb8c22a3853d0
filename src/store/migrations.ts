import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database, Dialect } from './database-schema.ts';

/**
 * The schema's migrations, in code so nothing is read from disk at run time (the package runs
 * through tsx from any folder). Names sort in the order they apply; never edit one that shipped.
 */
function migrationsFor(dialect: Dialect): Record<string, Migration> {
  /** SQLite needs AUTOINCREMENT so ids are never reused after a delete; PostgreSQL's serial never reuses them. */
  const generatedId = dialect === 'postgres' ? 'serial' : 'integer';
  const withAutoIncrement = dialect === 'sqlite';

  return {
    '001-workflow': {
      async up(db: Kysely<any>): Promise<void> {
        await db.schema
          .createTable('change_requests')
          .addColumn('id', generatedId, (column) => (withAutoIncrement ? column.primaryKey().autoIncrement() : column.primaryKey()))
          .addColumn('status', 'text', (column) => column.notNull())
          .addColumn('version', 'integer', (column) => column.notNull())
          .addColumn('command_text', 'text', (column) => column.notNull())
          .addColumn('requester', 'text', (column) => column.notNull())
          .addColumn('intent', 'text', (column) => column.notNull())
          .addColumn('plan', 'text', (column) => column.notNull())
          .addColumn('changes', 'text', (column) => column.notNull())
          .addColumn('warnings', 'text', (column) => column.notNull())
          .addColumn('before', 'text', (column) => column.notNull())
          .addColumn('fingerprint', 'text', (column) => column.notNull())
          .addColumn('intended', 'text', (column) => column.notNull())
          .addColumn('undo_of', 'integer', (column) => column.references('change_requests.id'))
          .addColumn('replan_of', 'integer', (column) => column.references('change_requests.id'))
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('expires_at', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .addColumn('decided_by', 'text')
          .addColumn('reason', 'text')
          .addColumn('applying_owner', 'text')
          .addColumn('applying_lease_until', 'text')
          .addColumn('pre_apply', 'text')
          .addColumn('applied', 'text')
          .addColumn('outcome', 'text')
          .addColumn('audit_seq', 'integer')
          .addColumn('audit_hash', 'text')
          .execute();
        await db.schema.createIndex('change_requests_status_created_at').on('change_requests').columns(['status', 'created_at']).execute();

        await db.schema
          .createTable('approvals')
          .addColumn('request_id', 'integer', (column) => column.notNull().references('change_requests.id'))
          .addColumn('approver', 'text', (column) => column.notNull())
          .addColumn('approved_at', 'text', (column) => column.notNull())
          .addPrimaryKeyConstraint('approvals_pk', ['request_id', 'approver'])
          .execute();

        // No foreign key to change_requests: the trail stands on its own and is never touched again.
        await db.schema
          .createTable('audit_entries')
          .addColumn('seq', 'integer', (column) => column.primaryKey())
          .addColumn('event', 'text', (column) => column.notNull())
          .addColumn('recorded_at', 'text', (column) => column.notNull())
          .addColumn('request_id', 'integer')
          .addColumn('requested_by', 'text', (column) => column.notNull())
          .addColumn('approved_by', 'text', (column) => column.notNull())
          .addColumn('command_text', 'text', (column) => column.notNull())
          .addColumn('changes', 'text', (column) => column.notNull())
          .addColumn('operations', 'text', (column) => column.notNull())
          .addColumn('summary', 'text', (column) => column.notNull())
          .addColumn('prev_hash', 'text', (column) => column.notNull())
          .addColumn('hash', 'text', (column) => column.notNull())
          .execute();

        await db.schema
          .createTable('outbox_messages')
          .addColumn('id', generatedId, (column) => (withAutoIncrement ? column.primaryKey().autoIncrement() : column.primaryKey()))
          .addColumn('recipient', 'text', (column) => column.notNull())
          .addColumn('kind', 'text', (column) => column.notNull())
          .addColumn('payload', 'text', (column) => column.notNull())
          .addColumn('dedupe_key', 'text', (column) => column.notNull().unique())
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('attempts', 'integer', (column) => column.notNull())
          .addColumn('next_attempt_at', 'text', (column) => column.notNull())
          .addColumn('sent_at', 'text')
          .addColumn('last_error', 'text')
          .execute();
        await db.schema.createIndex('outbox_messages_next_attempt_at').on('outbox_messages').columns(['next_attempt_at']).execute();
      },
    },
    '002-slack-messages': {
      async up(db: Kysely<any>): Promise<void> {
        await db.schema
          .createTable('slack_messages')
          .addColumn('request_id', 'integer', (column) => column.notNull().references('change_requests.id'))
          .addColumn('purpose', 'text', (column) => column.notNull())
          .addColumn('channel', 'text', (column) => column.notNull())
          .addColumn('ts', 'text', (column) => column.notNull())
          .addPrimaryKeyConstraint('slack_messages_pk', ['request_id', 'purpose'])
          .execute();
      },
    },
    '003-jobs': {
      async up(db: Kysely<any>): Promise<void> {
        await db.schema
          .createTable('jobs')
          .addColumn('id', generatedId, (column) => (withAutoIncrement ? column.primaryKey().autoIncrement() : column.primaryKey()))
          .addColumn('key', 'text', (column) => column.notNull().unique())
          .addColumn('kind', 'text', (column) => column.notNull())
          .addColumn('payload', 'text', (column) => column.notNull())
          .addColumn('run_at', 'text', (column) => column.notNull())
          .addColumn('status', 'text', (column) => column.notNull())
          .addColumn('attempts', 'integer', (column) => column.notNull())
          .addColumn('lease_owner', 'text')
          .addColumn('lease_until', 'text')
          .addColumn('last_error', 'text')
          .addColumn('done_at', 'text')
          .execute();
        // The claim looks for scheduled jobs by run_at, and for running jobs by lease_until.
        await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();
        await db.schema.createIndex('jobs_status_lease_until').on('jobs').columns(['status', 'lease_until']).execute();
      },
    },
    '004-watch-state': {
      async up(db: Kysely<any>): Promise<void> {
        await db.schema
          .createTable('watch_state')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('handling', 'text', (column) => column.notNull())
          .addColumn('saved_at', 'text', (column) => column.notNull())
          .execute();
      },
    },
    '005-change-request-schema-version': {
      async up(db: Kysely<any>): Promise<void> {
        // The rows already there hold the language's Intent as it was: schema version 1. New rows
        // are written with the version they hold, so the default only ever serves those rows (and
        // a replica still running the code before this migration while a new one rolls out).
        await db.schema
          .alterTable('change_requests')
          .addColumn('schema_version', 'integer', (column) => column.notNull().defaultTo(1))
          .execute();
      },
    },
    '006-change-drafts': {
      async up(db: Kysely<any>): Promise<void> {
        await db.schema
          .createTable('change_drafts')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('author', 'text', (column) => column.notNull())
          .addColumn('command_text', 'text', (column) => column.notNull())
          .addColumn('intent', 'text', (column) => column.notNull())
          .addColumn('read_at', 'text', (column) => column.notNull())
          .addColumn('plan', 'text', (column) => column.notNull())
          .addColumn('changes', 'text', (column) => column.notNull())
          .addColumn('warnings', 'text', (column) => column.notNull())
          .addColumn('before', 'text', (column) => column.notNull())
          .addColumn('intended', 'text', (column) => column.notNull())
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('expires_at', 'text', (column) => column.notNull())
          .addColumn('requested_at', 'text')
          .execute();
        await db.schema.createIndex('change_drafts_expires_at').on('change_drafts').column('expires_at').execute();
      },
    },
    '007-keyed-audit-chain': {
      async up(db: Kysely<any>): Promise<void> {
        // Entries already there were hashed with plain SHA-256 and keep that scheme: rewriting
        // them under the key would also launder any edit made before. New entries are written
        // 'hmac-sha256', and verify accepts 'sha256' only for the trail's leading run (audit-hash.ts).
        // A replica still on the old code writes rows that take the default, and they fail verify
        // as unkeyed entries after keyed ones: stop old replicas before a new one writes.
        await db.schema
          .alterTable('audit_entries')
          .addColumn('hash_scheme', 'text', (column) => column.notNull().defaultTo('sha256'))
          .execute();
      },
    },
    '008-outbox-undeliverable': {
      async up(db: Kysely<any>): Promise<void> {
        // Null for every message already there: they are retried as before.
        await db.schema.alterTable('outbox_messages').addColumn('undeliverable_at', 'text').execute();
      },
    },
    '009-trace-ids': {
      async up(db: Kysely<any>): Promise<void> {
        // Null for every row already there, and for a row an older replica writes meanwhile: an
        // audit entry without trace ids hashes exactly as before (canonical JSON leaves out absent
        // fields), so old entries still verify and new ones carry their ids under the hash.
        await db.schema.alterTable('change_requests').addColumn('trace_id', 'text').execute();
        await db.schema.alterTable('audit_entries').addColumn('request_trace_id', 'text').execute();
        await db.schema.alterTable('audit_entries').addColumn('trace_id', 'text').execute();
      },
    },
    '010-said-summaries': {
      async up(db: Kysely<any>): Promise<void> {
        // Each new entry's summary in every language, beside the English `summary` it keeps. Null
        // for every entry already there (and one an older replica writes meanwhile): such an
        // entry hashes exactly as before, so the whole trail still verifies.
        await db.schema.alterTable('audit_entries').addColumn('said_summary', 'text').execute();
      },
    },
  };
}

/**
 * Brings the schema up to date; safe to run on every start and from several processes at once
 * (Kysely's migrator holds a lock row while it works). Returns the names of the migrations it
 * applied (none when the schema was current). Throws what the failing migration threw.
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<ReadonlyArray<string>> {
  const migrations = migrationsFor(dialect);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) throw error;
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
