/**
 * Scheduler benchmark, on PostgreSQL: how fast `runDue` works off a backlog of due notice jobs with
 * one replica and with two, beside the bare job queue (claimDue + complete of as many plain jobs,
 * one replica) measured in the same run; then the memory 10,000 scheduled notices cost the process,
 * and how long a re-sync of them takes against the first sync. Not a test: no timing is asserted.
 * Correctness is: after every run each job must have run exactly once (one claim, done, nothing left
 * due) and the outbox must hold the messages the scheduler is specified to send for that backlog,
 * by kind; the script exits non-zero when one did not.
 *
 * `readCallHandling` returns the handling in memory, so RingCentral is not measured: only the
 * scheduler (claim, re-plan, outbox, complete) and the database. Two replicas are two schedulers in
 * this one process, each with its own connection pool and owner; they share one JavaScript thread.
 *
 * The backlog is planned by `syncJobs` from a handling of date-range holiday rules at PLANNED_AT,
 * then the clock moves past the last notice so every job is due (and late) at once. A notice run
 * after what it announces was over is dropped (`mootAt`: a reminder once its span started, an on
 * notice once it ended), so past every span only the off notices are sent: the expected messages
 * are worked out from the plan with that rule (`expectedMessages`), not assumed one per job.
 *
 *   npm run bench -- scheduler      (BENCH_JOBS=5000 BENCH_MEMORY_JOBS=20000 for more; defaults 2,000 and 10,000)
 *   npm run bench -- --quick scheduler   (100 and 300 jobs: the correctness checks, cheaply)
 *   BENCH_DATABASE_URL or TEST_DATABASE_URL=postgres://user@host:5432/db   (server for the scratch databases)
 */
import { DateTime } from 'luxon';
import type { CallHandling, CustomRule, DateRange } from '../src/callflow/index.ts';
import { silentLogger } from '../src/logger.ts';
import { CLAIM_LIMIT, createScheduler, planNotices, type Scheduler } from '../src/scheduler/index.ts';
import { createJobQueue, createStores, openDatabase, type OpenedDatabase } from '../src/store/index.ts';
import { company, customRule, toExt } from '../test/fixtures/call-handling.ts';
import { createPostgresScratch } from '../test/support/postgres-scratch.ts';
import { benchRow, type BenchSection } from './bench-report.ts';
import { BENCH_AUDIT_KEY, POSTGRES_ADMIN_URL, positiveInt, type BenchOptions } from './bench-support.ts';

const JOBS = positiveInt(process.env.BENCH_JOBS, 2_000);
const MEMORY_JOBS = positiveInt(process.env.BENCH_MEMORY_JOBS, 10_000);
const QUICK_JOBS = 100;
const QUICK_MEMORY_JOBS = 300;

const PLANNED_AT = DateTime.fromISO('2026-01-05T09:00', { zone: 'US/Eastern' });
/** Past the 400-day planning horizon: every notice planned at PLANNED_AT is due, and every span is over. */
const RUN_AT = PLANNED_AT.plus({ days: 401 }).toJSDate();
const HOLIDAY_RULES = 20;
const LEASE_MS = 10 * 60_000;

/**
 * Holiday rules whose date ranges yield exactly `notices` notices at PLANNED_AT: three per range
 * (reminder, on, off), or two for a range starting within a day, whose reminder is already past.
 * With `shadowed`, a closure rule over the whole horizon comes first: it yields no notice itself,
 */
function holidayHandling(notices: number): CallHandling {
  if (notices < 2) throw new Error(`cannot plan exactly ${notices} notice(s) from date ranges; ask for 2 or more`);
  const short = [0, 2, 1][notices % 3] ?? 0;
  const full = (notices - 2 * short) / 3;
  // Full ranges start two days out and end within 398 days, under the 400-day horizon.
  const stepMinutes = Math.floor((396 * 24 * 60) / Math.max(full, 1));
  const lengthMinutes = Math.min(60, Math.floor(stepMinutes / 2));
  if (lengthMinutes < 1) throw new Error(`${notices} notices do not fit in the planning horizon`);
  const starts = [
    ...Array.from({ length: short }, (_, index) => PLANNED_AT.plus({ hours: 1 + 2 * index })),
    ...Array.from({ length: full }, (_, index) => PLANNED_AT.plus({ days: 2, minutes: index * stepMinutes })),
  ];
  const ranges: DateRange[][] = Array.from({ length: HOLIDAY_RULES }, () => []);
  starts.forEach((start, index) => ranges[index % HOLIDAY_RULES]?.push(range(start, start.plus({ minutes: lengthMinutes }))));
  const holidays = ranges
    .filter((list) => list.length > 0)
    .map((list, index) => holiday(`h${index + 1}`, `Holiday ${index + 1}`, list));
  return company({ customRules: holidays });
}

/** Outbox messages by kind. */
type MessageTally = ReadonlyMap<string, number>;

/**
 * The outbox messages, by kind (`notice-switch-off`, …), that running the backlog planned at
 * PLANNED_AT sends at RUN_AT: every planned notice is due then, and one is dropped when RUN_AT is
 * at or after its `mootAt`, as the scheduler is specified to do.
 */
function expectedMessages(handling: CallHandling): MessageTally {
  const tally = new Map<string, number>();
  for (const notice of planNotices(handling, { now: PLANNED_AT })) {
    if (notice.mootAt !== undefined && RUN_AT.getTime() >= Date.parse(notice.mootAt)) continue;
    const kind = `notice-${notice.kind}`;
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
  }
  return tally;
}

const messageCount = (tally: MessageTally): number => [...tally.values()].reduce((sum, count) => sum + count, 0);

/** A tally as text, kinds in order, e.g. `notice-switch-off 4`; `none` when empty. */
function describeTally(tally: MessageTally): string {
  const kinds = [...tally.keys()].sort();
  return kinds.length === 0 ? 'none' : kinds.map((kind) => `${kind} ${tally.get(kind)}`).join(', ');
}

function holiday(id: string, name: string, ranges: ReadonlyArray<DateRange>): CustomRule {
  return customRule({ id, name, schedule: { kind: 'dates', ranges }, destination: toExt('300') });
}

function range(from: DateTime, to: DateTime): DateRange {
  return { from: from.toISO() ?? '', to: to.toISO() ?? '' };
}

/** A scratch database, migrated, and how to drop it with its connections. */
interface Scratch {
  readonly url: string;
  open(): Promise<OpenedDatabase>;
  remove(): Promise<void>;
}

async function withScratch<T>(use: (scratch: Scratch) => Promise<T>): Promise<T> {
  const { url, remove } = await createPostgresScratch(POSTGRES_ADMIN_URL, 'switchboard_bench');
  const opened: OpenedDatabase[] = [];
  const open = async (): Promise<OpenedDatabase> => {
    const database = await openDatabase({ url, dataDir: '.' });
    opened.push(database);
    return database;
  };
  try {
    return await use({ url, open, remove });
  } finally {
    await Promise.allSettled(opened.map((database) => database.close()));
    await remove();
  }
}

function schedulerOver(database: OpenedDatabase, handling: CallHandling, owner: string, now: () => Date): Scheduler {
  const stores = createStores(database, { auditKey: BENCH_AUDIT_KEY });
  return createScheduler({
    jobs: createJobQueue(database.db, database.dialect),
    outbox: stores.outbox,
    audit: stores.audit,
    readCallHandling: async () => handling,
    now,
    owner,
    leaseMs: LEASE_MS,
    logger: silentLogger,
  });
}

/** Plans `jobs` notices into a fresh database at PLANNED_AT; the clock then stands at RUN_AT. */
async function planBacklog(scratch: Scratch, handling: CallHandling, jobs: number): Promise<void> {
  const database = await scratch.open();
  await schedulerOver(database, handling, 'planner', () => PLANNED_AT.toJSDate()).syncJobs(handling);
  await expectCounts(database, 'planned', { scheduled: jobs });
  const due = await createJobQueue(database.db, database.dialect).countDue(RUN_AT.toISOString());
  if (due !== jobs) fail(`planned ${jobs} notices but ${due} are due at ${RUN_AT.toISOString()}`);
}

/** Jobs per second for `replicas` schedulers, each on its own pool, working off the backlog at once. */
async function runSchedulers(handling: CallHandling, jobs: number, replicas: number): Promise<number> {
  return withScratch(async (scratch) => {
    await planBacklog(scratch, handling, jobs);
    const schedulers = await Promise.all(
      Array.from({ length: replicas }, async (_, index) => schedulerOver(await scratch.open(), handling, `replica-${index + 1}`, () => RUN_AT)),
    );
    const start = process.hrtime.bigint();
    const ran = await Promise.all(
      schedulers.map(async (scheduler) => {
        let total = 0;
        for (let count = await scheduler.runDue(); count > 0; count = await scheduler.runDue()) total += count;
        return total;
      }),
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const label = `${replicas} replica${replicas === 1 ? '' : 's'}`;
    const total = ran.reduce((sum, count) => sum + count, 0);
    if (total !== jobs) fail(`scheduler, ${label}: runDue reported ${total} jobs run for ${jobs} due (per replica: ${ran.join(', ')})`);
    await expectRanOnce(await scratch.open(), `scheduler, ${label}`, jobs, expectedMessages(handling));
    return jobs / seconds;
  });
}

/** Jobs per second for bare claimDue + complete of `jobs` plain jobs, one replica. */
async function runBareQueue(jobs: number): Promise<number> {
  return withScratch(async (scratch) => {
    const database = await scratch.open();
    const queue = createJobQueue(database.db, database.dialect);
    await queue.upsert(
      Array.from({ length: jobs }, (_, index) => ({
        key: `plain:${index}`,
        kind: 'plain',
        payload: { index },
        runAt: PLANNED_AT.plus({ days: 2, minutes: index }).toISO() ?? '',
      })),
    );
    const owner = 'replica-1';
    const now = RUN_AT.toISOString();
    const start = process.hrtime.bigint();
    let total = 0;
    for (let claimed = await queue.claimDue(now, owner, LEASE_MS, CLAIM_LIMIT); claimed.length > 0; claimed = await queue.claimDue(now, owner, LEASE_MS, CLAIM_LIMIT)) {
      for (const job of claimed) if (await queue.complete(job.id, owner, now)) total += 1;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (total !== jobs) fail(`bare queue: ${total} jobs completed for ${jobs} due`);
    await expectRanOnce(database, 'bare queue', jobs, new Map());
    return jobs / seconds;
  });
}

/** Every job claimed once and done, nothing due, and exactly these outbox messages by kind. */
async function expectRanOnce(database: OpenedDatabase, label: string, jobs: number, messages: MessageTally): Promise<void> {
  await expectCounts(database, label, { due: 0, doneOnce: jobs, messages: messageCount(messages), messageKinds: describeTally(messages) });
}

async function expectCounts(
  database: OpenedDatabase,
  label: string,
  expected: { readonly due?: number; readonly scheduled?: number; readonly doneOnce?: number; readonly messages?: number; readonly messageKinds?: string },
): Promise<void> {
  const { db } = database;
  const count = async (query: { executeTakeFirstOrThrow(): Promise<{ count: string | number | bigint }> }): Promise<number> =>
    Number((await query.executeTakeFirstOrThrow()).count);
  const actual = {
    due: await createJobQueue(db, database.dialect).countDue(RUN_AT.toISOString()),
    scheduled: await count(db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('count')).where('status', '=', 'scheduled')),
    doneOnce: await count(
      db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('count')).where('status', '=', 'done').where('attempts', '=', 1),
    ),
    messages: await count(db.selectFrom('outbox_messages').select((eb) => eb.fn.countAll().as('count'))),
    messageKinds: describeTally(
      new Map(
        (await db.selectFrom('outbox_messages').select((eb) => ['kind', eb.fn.countAll().as('count')]).groupBy('kind').execute())
          .map((row) => [row.kind, Number(row.count)]),
      ),
    ),
  };
  const wrong = Object.entries(expected).filter(([name, value]) => actual[name as keyof typeof actual] !== value);
  if (wrong.length > 0) {
    fail(`${label}: expected ${wrong.map(([name, value]) => `${name} ${value}`).join(', ')}; found ${wrong.map(([name]) => `${name} ${actual[name as keyof typeof actual]}`).join(', ')}`);
  }
}

interface MemoryReport {
  readonly heapBefore: number;
  readonly heapAfterSync: number;
  readonly heapRetained: number;
  readonly rss: number;
  /** `planNotices` alone, warm, after the syncs: the share of a sync that is not the database. */
  readonly planMs: number;
  readonly firstSyncMs: number;
  readonly reSyncMs: number;
}

/** The memory `syncJobs` of `jobs` notices leaves in this process, and a re-sync against the first. */
async function measureMemory(jobs: number): Promise<MemoryReport> {
  const handling = holidayHandling(jobs);
  const planned = planNotices(handling, { now: PLANNED_AT }).length;
  if (planned !== jobs) fail(`the memory handling yields ${planned} notices, not ${jobs}`);
  return withScratch(async (scratch) => {
    const database = await scratch.open();
    const scheduler = schedulerOver(database, handling, 'replica-1', () => PLANNED_AT.toJSDate());
    // The pool connected and the code paths loaded before the baseline, so the delta is the jobs'.
    await expectCounts(database, 'before the sync', { scheduled: 0 });
    const before = settledMemory();
    let start = process.hrtime.bigint();
    await scheduler.syncJobs(handling);
    const firstSyncMs = Number(process.hrtime.bigint() - start) / 1e6;
    const heapAfterSync = process.memoryUsage().heapUsed - before.heapUsed;
    const after = settledMemory();
    await expectCounts(database, 'memory sync', { scheduled: jobs });
    start = process.hrtime.bigint();
    await scheduler.syncJobs(handling);
    const reSyncMs = Number(process.hrtime.bigint() - start) / 1e6;
    await expectCounts(database, 'memory re-sync', { scheduled: jobs });
    start = process.hrtime.bigint();
    planNotices(handling, { now: PLANNED_AT });
    const planMs = Number(process.hrtime.bigint() - start) / 1e6;
    return { heapBefore: before.heapUsed, heapAfterSync, heapRetained: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, planMs, firstSyncMs, reSyncMs };
  });
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

function settledMemory(): NodeJS.MemoryUsage {
  collectGarbage?.();
  collectGarbage?.();
  return process.memoryUsage();
}

function fail(message: string): never {
  throw new Error(`correctness: ${message}`);
}

export async function schedulerBench(options: BenchOptions): Promise<BenchSection> {
  const jobs = options.quick ? QUICK_JOBS : JOBS;
  const memoryJobs = options.quick ? QUICK_MEMORY_JOBS : MEMORY_JOBS;
  try {
    await createPostgresScratch(POSTGRES_ADMIN_URL, 'switchboard_bench').then((scratch) => scratch.remove());
  } catch (error) {
    const reason = error instanceof Error ? error.message || String((error as { code?: unknown }).code) : String(error);
    return {
      name: 'scheduler',
      title: 'skipped',
      rows: [],
      notes: [`PostgreSQL at ${new URL(POSTGRES_ADMIN_URL).host} is not reachable (${reason}); set BENCH_DATABASE_URL to run it`],
    };
  }
  const handling = holidayHandling(jobs);
  const half = Math.max(2, Math.floor(jobs / 2));
  // Warm-up: loads the code paths and the JIT before anything is timed.
  await runSchedulers(holidayHandling(10), 10, 1);
  await runBareQueue(jobs);

  const bare = await runBareQueue(jobs);
  const one = await runSchedulers(handling, jobs, 1);
  const two = await runSchedulers(handling, jobs, 2);
  const smaller = await runSchedulers(holidayHandling(half), half, 1);
  const memory = await measureMemory(memoryJobs);
  const base = 'bare job queue, 1 replica';
  const mib = (bytes: number): number => bytes / 1024 / 1024;
  return {
    name: 'scheduler',
    title: `${jobs} due notice jobs from ${handling.customRules.length} date-range holiday rules on PostgreSQL, claimed and run; readCallHandling in memory (RingCentral not measured)`,
    rows: [
      benchRow('scheduler, 1 replica', one, 'jobs/s', base, bare),
      benchRow('scheduler, 2 replicas (one process)', two, 'jobs/s', base, bare),
      benchRow('scheduler, 2 replicas', two, 'jobs/s', 'scheduler, 1 replica', one),
      benchRow(`scheduler, 1 replica, ${half} jobs`, smaller, 'jobs/s', 'scheduler, 1 replica', one),
      benchRow(`heap with ${memoryJobs} jobs scheduled (after gc)`, mib(memory.heapBefore + memory.heapRetained), 'MiB', 'heap before planning them', mib(memory.heapBefore)),
      benchRow(`heap right after planning ${memoryJobs} jobs`, mib(memory.heapBefore + memory.heapAfterSync), 'MiB', 'heap before planning them', mib(memory.heapBefore)),
      benchRow(`re-sync of ${memoryJobs} jobs`, memory.reSyncMs, 'ms', 'first sync', memory.firstSyncMs),
      benchRow(`planNotices alone, ${memoryJobs} notices`, memory.planMs, 'ms', 'first sync', memory.firstSyncMs),
    ],
    notes: [
      'every job ran exactly once in every run (one claim, done, none left due)',
      `run past every span, the ${jobs}-job backlog sends ${describeTally(expectedMessages(handling))}: reminders and on notices are dropped as moot, as specified`,
      'two replicas share one JavaScript thread here; the jobs live in PostgreSQL, so the heap holds planning garbage only',
      collectGarbage === undefined ? 'no --expose-gc: heap figures include garbage' : 'heap figures after two forced collections',
      "a committed write costs what the server's fsync costs, so the base moves from run to run; compare ratios",
    ],
  };
}
