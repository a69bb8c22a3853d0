import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createStores, openDatabase, type OpenedDatabase } from '../../../src/store/index.ts';
import { TEST_AUDIT_KEY } from '../../support/test-audit-key.ts';
import type { TestDatabase } from '../../support/use-test-databases.ts';

/**
 * One SQLite database for a whole file, for suites that stress an adapter rather than the store
 * (describeEachDatabase runs a suite on PostgreSQL too, which would double its time and test no
 * more of the store). `database()` is available inside hooks and tests.
 */
export function useSqliteDatabase(): () => TestDatabase {
  let current: TestDatabase | undefined;
  let folder: string | undefined;
  const others: OpenedDatabase[] = [];
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'switchboard-reliability-'));
    const url = `sqlite:${join(folder, 'switchboard.sqlite')}`;
    const opened = await openDatabase({ url, dataDir: folder });
    const openAnother = async (): Promise<OpenedDatabase> => {
      const other = await openDatabase({ url, dataDir: tmpdir() });
      others.push(other);
      return other;
    };
    current = { ...opened, stores: createStores(opened, { auditKey: TEST_AUDIT_KEY }), url, openAnother };
  });
  afterAll(async () => {
    await Promise.all([...(current ? [current] : []), ...others].map((database) => database.close()));
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });
  return () => {
    if (current === undefined) throw new Error('database() is only available inside hooks and tests');
    return current;
  };
}
