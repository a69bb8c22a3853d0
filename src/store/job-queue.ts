import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Database, Dialect, JobTable } from './database-schema.ts';

/**
 * Durable scheduled jobs over the `jobs` table, claimed with row leases.
 *
 * Why a table of our own rather than an established PostgreSQL job library (pg-boss, graphile-worker):
 * the jobs live in one table beside the workflow's, in the same database and through the same Kysely
 * connection, so they work unchanged on SQLite (the default, single process) and PostgreSQL; there is
 * no extra dependency, schema or migration runner; and the claim below is the standard PostgreSQL
 * pattern for many workers on one queue: `SELECT … FOR UPDATE SKIP LOCKED` in a transaction, so
 * concurrent replicas each lock different rows instead of waiting on (or double-taking) the same ones.
 * A lease (`lease_owner`, `lease_until`) lets another replica take over the job of one that died.
 */

export type JobStatus = 'scheduled' | 'running' | 'done' | 'dropped';

/** A job as planned: the planner computes these from the current call handling. */
export interface PlannedJob {
  /** Unique, e.g. `switch-on:<rule>:<start>`; planning the same key again updates the job. */
  readonly key: string;
  readonly kind: string;
  /** Stored as JSON. */
  readonly payload: unknown;
  /** ISO instant. */
  readonly runAt: string;
}

/** A job as stored. */
export interface Job {
  readonly id: number;
  readonly key: string;
  readonly kind: string;
  readonly payload: unknown;
  /** ISO instant in UTC (normalized with toISOString). */
  readonly runAt: string;
  readonly status: JobStatus;
  /** How many times it was claimed. */
  readonly attempts: number;
  readonly leaseOwner?: string;
  readonly leaseUntil?: string;
  readonly lastError?: string;
  readonly doneAt?: string;
}

export interface JobQueue {
  /**
   * Inserts new keys; for keys already scheduled (or dropped, which schedules them again) updates
   * kind, payload and run_at. Running and done jobs are left as they are: a done job is not re-run.
   */
  upsert(jobs: ReadonlyArray<PlannedJob>): Promise<void>;
  /**
   * Marks as dropped the scheduled jobs of these kinds whose key is not in `keepKeys` (e.g. the
   * notice of a rule deleted before it fired). `kinds` is a kind prefix (a string) or exact kinds
   * (an array). With `dueAfter`, only jobs due after that instant are dropped: one already due
   * (missed while no replica ran) is left to run, late. Returns how many were dropped.
   */
  dropMissing(kinds: string | ReadonlyArray<string>, keepKeys: Iterable<string>, dueAfter?: string): Promise<number>;
  /**
   * Atomically claims, oldest run_at first, at most `limit` jobs: scheduled ones due by `now`, and
   * running ones whose lease ended before `now` (their replica died). Each becomes running, leased
   * by `owner` until now + leaseMs, with one more attempt. Two callers never get the same job
   * while its lease lasts.
   */
  claimDue(now: string, owner: string, leaseMs: number, limit: number): Promise<ReadonlyArray<Job>>;
  /** Marks the job done; false when `owner` no longer holds it (another replica took it over). */
  complete(id: number, owner: string, doneAt: string): Promise<boolean>;
  /** Puts the job back to scheduled at `retryAt` with the error; false when `owner` no longer holds it. */
  fail(id: number, owner: string, error: string, retryAt: string): Promise<boolean>;
  /**
   * Puts a recurring job back to scheduled at `runAt` with a new payload (the drift watch's next
   * look); false when `owner` no longer holds it.
   */
  reschedule(id: number, owner: string, runAt: string, payload: unknown): Promise<boolean>;
  /**
   * Hands back every job `owner` still holds (claimed and not finished): each is scheduled again at
   * its run_at, so another replica claims it at its next look instead of after the lease. A replica
   * shutting down calls it for the jobs it claimed but will not run. Returns how many.
   */
  releaseHeld(owner: string): Promise<number>;
  /** The job with this key, if any. */
  find(key: string): Promise<Job | undefined>;
  /** Jobs by run_at then id, optionally only those with these statuses. */
  list(statuses?: ReadonlyArray<JobStatus>): Promise<ReadonlyArray<Job>>;
  /** How many jobs a claim at `now` could take (scheduled and due, or running with an ended lease). */
  countDue(now: string): Promise<number>;
}

/** Rows per INSERT, and ids per UPDATE … IN: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

export function createJobQueue(db: Kysely<Database>, dialect: Dialect): JobQueue {
  /** Puts a running job back to scheduled with these changes, if `owner` still holds it. */
  const releaseLease = async (id: number, owner: string, changes: { run_at: string; last_error: string | null; payload?: string }): Promise<boolean> => {
    const result = await db
      .updateTable('jobs')
      .set({ status: 'scheduled' satisfies JobStatus, lease_owner: null, lease_until: null, ...changes })
      .where('id', '=', id)
      .where('status', '=', 'running' satisfies JobStatus)
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  };
  return {
    async upsert(jobs): Promise<void> {
      for (const chunk of chunks(jobs, CHUNK)) {
        await db
          .insertInto('jobs')
          .values(
            chunk.map((job) => ({
              key: job.key,
              kind: job.kind,
              payload: JSON.stringify(job.payload),
              run_at: toInstant(job.runAt),
              status: 'scheduled' satisfies JobStatus,
              attempts: 0,
            })),
          )
          .onConflict((conflict) =>
            conflict
              .column('key')
              .doUpdateSet((eb) => ({
                kind: eb.ref('excluded.kind'),
                payload: eb.ref('excluded.payload'),
                run_at: eb.ref('excluded.run_at'),
                status: 'scheduled' satisfies JobStatus,
              }))
              .where('jobs.status', 'in', ['scheduled', 'dropped'] satisfies JobStatus[]),
          )
          .execute();
      }
    },

    async dropMissing(kinds, keepKeys, dueAfter): Promise<number> {
      const keep = new Set(keepKeys);
      let query = db.selectFrom('jobs').select(['id', 'key']).where('status', '=', 'scheduled' satisfies JobStatus);
      if (dueAfter !== undefined) query = query.where('run_at', '>', toInstant(dueAfter));
      if (typeof kinds === 'string') {
        // substr rather than LIKE: no escaping of % and _ in the prefix, and the same on both dialects.
        query = query.where((eb) => eb(eb.fn('substr', ['kind', eb.val(1), eb.val(kinds.length)]), '=', kinds));
      } else {
        if (kinds.length === 0) return 0;
        query = query.where('kind', 'in', [...kinds]);
      }
      const rows = await query.execute();
      const ids = rows.filter((row) => !keep.has(row.key)).map((row) => Number(row.id));
      let dropped = 0;
      for (const chunk of chunks(ids, CHUNK)) {
        // Still scheduled: a job claimed since the select above is running and is left alone.
        const result = await db
          .updateTable('jobs')
          .set({ status: 'dropped' satisfies JobStatus })
          .where('id', 'in', chunk)
          .where('status', '=', 'scheduled' satisfies JobStatus)
          .executeTakeFirst();
        dropped += Number(result.numUpdatedRows);
      }
      return dropped;
    },

    async claimDue(now, owner, leaseMs, limit): Promise<ReadonlyArray<Job>> {
      if (limit <= 0) return [];
      const at = toInstant(now);
      const leaseUntil = new Date(Date.parse(at) + leaseMs).toISOString();
      const claim = { status: 'running' satisfies JobStatus, lease_owner: owner, lease_until: leaseUntil };

      if (dialect === 'postgres') {
        const rows = await db.transaction().execute(async (trx) => {
          // SKIP LOCKED: rows another replica is claiming right now are passed over, not waited for;
          // FOR UPDATE rechecks the condition on the newest row version, so a job claimed and
          // committed meanwhile (now running with a live lease) is not taken again.
          const due = await trx
            .selectFrom('jobs')
            .select('id')
            .where((eb) => isClaimable(eb, at))
            .orderBy('run_at')
            .orderBy('id')
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .execute();
          if (due.length === 0) return [];
          return trx
            .updateTable('jobs')
            .set((eb) => ({ ...claim, attempts: eb('attempts', '+', 1) }))
            .where(
              'id',
              'in',
              due.map((row) => row.id),
            )
            .returningAll()
            .execute();
        });
        return rows.map(toJob).sort(byRunAt);
      }

      // SQLite is single-process (DESIGN): one statement is atomic, and its write lock keeps even
      // another process on the same file from claiming the same rows in between.
      const rows = await db
        .updateTable('jobs')
        .set((eb) => ({ ...claim, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('jobs')
            .select('id')
            .where((inner) => isClaimable(inner, at))
            .orderBy('run_at')
            .orderBy('id')
            .limit(limit),
        )
        .returningAll()
        .execute();
      return rows.map(toJob).sort(byRunAt);
    },

    async complete(id, owner, doneAt): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'done' satisfies JobStatus, done_at: toInstant(doneAt), lease_until: null, last_error: null })
        .where('id', '=', id)
        .where('status', '=', 'running' satisfies JobStatus)
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    fail: (id, owner, error, retryAt) => releaseLease(id, owner, { run_at: toInstant(retryAt), last_error: error }),

    reschedule: (id, owner, runAt, payload) => releaseLease(id, owner, { run_at: toInstant(runAt), payload: JSON.stringify(payload), last_error: null }),

    async releaseHeld(owner): Promise<number> {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'scheduled' satisfies JobStatus, lease_owner: null, lease_until: null })
        .where('status', '=', 'running' satisfies JobStatus)
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async find(key): Promise<Job | undefined> {
      const row = await db.selectFrom('jobs').selectAll().where('key', '=', key).executeTakeFirst();
      return row === undefined ? undefined : toJob(row);
    },

    async list(statuses = []): Promise<ReadonlyArray<Job>> {
      let query = db.selectFrom('jobs').selectAll();
      if (statuses.length > 0) query = query.where('status', 'in', [...statuses]);
      const rows = await query.orderBy('run_at').orderBy('id').execute();
      return rows.map(toJob);
    },

    async countDue(now): Promise<number> {
      const at = toInstant(now);
      const row = await db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll().as('count'))
        .where((eb) => isClaimable(eb, at))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

/** Scheduled and due, or running with a lease that ended before `at`. */
function isClaimable(eb: ExpressionBuilder<Database, 'jobs'>, at: string) {
  return eb.or([
    eb.and([eb('status', '=', 'scheduled' satisfies JobStatus), eb('run_at', '<=', at)]),
    eb.and([eb('status', '=', 'running' satisfies JobStatus), eb('lease_until', '<', at)]),
  ]);
}

/**
 * The same ISO form everywhere (`2025-12-25T05:00:00.000Z`), so comparing the text compares the
 * instants; "2025-12-25T05:00:00Z" would otherwise sort after "2025-12-25T05:00:00.000Z".
 */
function toInstant(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`not an ISO instant: ${iso}`);
  return new Date(time).toISOString();
}

function byRunAt(a: Job, b: Job): number {
  return a.runAt < b.runAt ? -1 : a.runAt > b.runAt ? 1 : a.id - b.id;
}

function* chunks<T>(items: ReadonlyArray<T>, size: number): Generator<ReadonlyArray<T>> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

function toJob(row: Selectable<JobTable>): Job {
  return {
    id: Number(row.id),
    key: row.key,
    kind: row.kind,
    payload: JSON.parse(row.payload),
    runAt: row.run_at,
    status: row.status as JobStatus,
    attempts: Number(row.attempts),
    ...(row.lease_owner === null ? {} : { leaseOwner: row.lease_owner }),
    ...(row.lease_until === null ? {} : { leaseUntil: row.lease_until }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.done_at === null ? {} : { doneAt: row.done_at }),
  };
}
