import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { createPostgresScratch, runAsAdmin } from './postgres-scratch.ts';
import { TEST_AUDIT_KEY } from './test-audit-key.ts';
import { createStores, openDatabase, type OpenedDatabase, type Stores } from '../../src/store/index.ts';

/** The server the PostgreSQL runs use; each suite creates its own database there and drops it afterwards. */
const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** An opened, migrated, empty database for one suite (or one test), with the stores over it. */
export interface TestDatabase extends OpenedDatabase {
  readonly stores: Stores;
  /** The DATABASE_URL that opens this database. */
  readonly url: string;
  /**
   * Opens another independent connection to the same database (its own pool, or its own SQLite
   * connection), as a second replica or a person with a SQL prompt would have; closed with the suite.
   */
  openAnother(): Promise<OpenedDatabase>;
}

/** An empty database somewhere, and how to get rid of it. */
interface ScratchDatabase {
  readonly url: string;
  remove(): Promise<void>;
}

const postgresReachable = await isPostgresReachable();

/**
 * Runs the same suite on SQLite and on PostgreSQL, the way Kysely loops its tests over dialects.
 * `database()` gives the suite's database inside hooks and tests. With `freshForEachTest` every
 * test gets its own empty database (for tests that tamper with rows or count them).
 */
export function describeEachDatabase(
  name: string,
  body: (database: () => TestDatabase) => void,
  options: { readonly freshForEachTest?: boolean } = {},
): void {
  describe(`${name} on SQLite`, () => {
    useScratchDatabase(createSqliteScratch, body, options.freshForEachTest ?? false);
  });
  describe.runIf(postgresReachable)(`${name} on PostgreSQL`, () => {
    useScratchDatabase(createTestPostgres, body, options.freshForEachTest ?? false);
  });
}

/**
 * Runs a suite on PostgreSQL only: several replicas (processes) on one database, which SQLite,
 * single-process by design, does not serve. Skipped, or failing under CI=true, as the PostgreSQL
 * runs of describeEachDatabase are.
 */
export function describeOnPostgres(name: string, body: (database: () => TestDatabase) => void): void {
  describe.runIf(postgresReachable)(`${name} on PostgreSQL`, () => {
    useScratchDatabase(createTestPostgres, body, false);
  });
}

function useScratchDatabase(
  createScratch: () => Promise<ScratchDatabase>,
  body: (database: () => TestDatabase) => void,
  freshForEachTest: boolean,
): void {
  let current: TestDatabase | undefined;
  let cleanUp: (() => Promise<void>) | undefined;

  async function setUp(): Promise<void> {
    const scratch = await createScratch();
    const others: OpenedDatabase[] = [];
    const opened = await openDatabase({ url: scratch.url, dataDir: tmpdir() });
    const openAnother = async (): Promise<OpenedDatabase> => {
      const other = await openDatabase({ url: scratch.url, dataDir: tmpdir() });
      others.push(other);
      return other;
    };
    current = { ...opened, stores: createStores(opened, { auditKey: TEST_AUDIT_KEY }), url: scratch.url, openAnother };
    cleanUp = async () => {
      await Promise.all([opened, ...others].map((database) => database.close()));
      await scratch.remove();
    };
  }

  async function tearDown(): Promise<void> {
    await cleanUp?.();
    current = undefined;
    cleanUp = undefined;
  }

  if (freshForEachTest) {
    beforeEach(setUp);
    afterEach(tearDown);
  } else {
    beforeAll(setUp);
    afterAll(tearDown);
  }
  body(() => {
    if (current === undefined) throw new Error('database() is only available inside hooks and tests of describeEachDatabase');
    return current;
  });
}

/** A SQLite file in a fresh temporary folder, removed with the folder. */
async function createSqliteScratch(): Promise<ScratchDatabase> {
  const folder = await mkdtemp(join(tmpdir(), 'switchboard-store-'));
  return { url: `sqlite:${join(folder, 'switchboard.sqlite')}`, remove: () => rm(folder, { recursive: true, force: true }) };
}

function createTestPostgres(): Promise<ScratchDatabase> {
  return createPostgresScratch(POSTGRES_ADMIN_URL, 'switchboard_test');
}

/**
 * Whether the PostgreSQL runs can happen. Where the server is absent they skip with a one-line
 * notice, except under CI=true, where PostgreSQL must be there.
 */
async function isPostgresReachable(): Promise<boolean> {
  try {
    await runAsAdmin(POSTGRES_ADMIN_URL, 'SELECT 1');
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message || String((error as { code?: unknown }).code) : String(error);
    const where = new URL(POSTGRES_ADMIN_URL).host;
    if (process.env.CI === 'true') throw new Error(`PostgreSQL at ${where} is not reachable (${reason}); CI needs it for the store tests.`);
    console.warn(`skipping the PostgreSQL store tests: PostgreSQL at ${where} is not reachable (${reason}); set TEST_DATABASE_URL to run them`);
    return false;
  }
}
