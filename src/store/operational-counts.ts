import type { Kysely } from 'kysely';
import type { Database } from './database-schema.ts';

/** What a metrics scrape reads from the database: small aggregates, each one indexed or bounded by its grouping. */
export interface OperationalCounts {
  /** Change requests per status (one row per status, however many requests there are). */
  readonly requestsByStatus: Readonly<Record<string, number>>;
  /** Slack messages neither sent nor given up on. */
  readonly outboxBacklog: number;
  /** When the oldest of those was queued (ISO), undefined when none waits. */
  readonly outboxOldestCreatedAt: string | undefined;
  /** When the oldest job a claim could take now was due (ISO), undefined when none is due. */
  readonly oldestDueJobRunAt: string | undefined;
  /** Audit entries recording a change made in RingCentral outside Switchboard. */
  readonly driftEntries: number;
}

/** Reads the counts at `now` (ISO): four aggregate queries, no rows carried back. */
export async function readOperationalCounts(db: Kysely<Database>, now: string): Promise<OperationalCounts> {
  const at = new Date(Date.parse(now)).toISOString();
  const [statuses, outbox, jobs, drift] = await Promise.all([
    db.selectFrom('change_requests').select(['status', (eb) => eb.fn.countAll().as('count')]).groupBy('status').execute(),
    db
      .selectFrom('outbox_messages')
      .select((eb) => [eb.fn.countAll().as('count'), eb.fn.min('created_at').as('oldest')])
      .where('sent_at', 'is', null)
      .where('undeliverable_at', 'is', null)
      .executeTakeFirstOrThrow(),
    // The same condition as the job queue's claim: scheduled and due, or running with an ended lease.
    db
      .selectFrom('jobs')
      .select((eb) => eb.fn.min('run_at').as('oldest'))
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'scheduled'), eb('run_at', '<=', at)]),
          eb.and([eb('status', '=', 'running'), eb('lease_until', '<', at)]),
        ]),
      )
      .executeTakeFirstOrThrow(),
    db.selectFrom('audit_entries').select((eb) => eb.fn.countAll().as('count')).where('event', '=', 'drift').executeTakeFirstOrThrow(),
  ]);
  return {
    requestsByStatus: Object.fromEntries(statuses.map((row) => [row.status, Number(row.count)])),
    outboxBacklog: Number(outbox.count),
    outboxOldestCreatedAt: outbox.oldest ?? undefined,
    oldestDueJobRunAt: jobs.oldest ?? undefined,
    driftEntries: Number(drift.count),
  };
}

