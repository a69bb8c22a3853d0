import type { Config } from '../../config.ts';
import { DOCTOR_MESSAGES as M, sayEach, inEnglishOnly } from '../../i18n/index.ts';
import { createStores, isStoreError, openDatabase, type OpenedDatabase, type OutboxMessage } from '../../store/index.ts';
import { resolveAuditKey } from '../audit-key.ts';
import { fail, pass, type Check } from './check.ts';

/** The database checks, and the channel messages the outbox gave up on (the Slack checks mention them). */
export interface DatabaseChecks {
  readonly checks: ReadonlyArray<Check>;
  readonly givenUp: ReadonlyArray<OutboxMessage>;
}

/** As many given-up messages as a person can take in from one line. */
const GIVEN_UP_LIMIT = 100;

/**
 * Opens the database as every process does, which brings its schema up to date (and says which
 * migrations that applied), then with `verifyAudit` walks the audit chain.
 */
export async function checkDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'auditKey'>, options: { readonly verifyAudit: boolean }): Promise<DatabaseChecks> {
  let database: OpenedDatabase;
  let auditKey: string;
  try {
    auditKey = await resolveAuditKey(config);
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (!isStoreError(error)) throw error;
    // The store words its errors in English only.
    return { checks: [fail('database.open', inEnglishOnly(error.message))], givenUp: [] };
  }
  const checks: Check[] = [
    pass('database.open', sayEach(M['database-opens'], { description: database.description })),
    pass('database.migrations', sayEach(M['database-schema'], { applied: database.migrated })),
  ];
  try {
    const { audit, outbox } = createStores(database, { auditKey });
    if (options.verifyAudit) {
      const verified = await audit.verify();
      checks.push(
        verified.ok
          ? pass('database.audit', sayEach(M['database-audit-intact'], { entries: verified.entries }))
          : fail('database.audit', inEnglishOnly(verified.message), sayEach(M['database-audit-fix'])),
      );
    }
    return { checks, givenUp: await outbox.undeliverable(GIVEN_UP_LIMIT) };
  } catch (error) {
    const failure = database.explainFailure(error);
    if (failure === undefined) throw error;
    return { checks: [...checks, fail('database.read', inEnglishOnly(failure.message))], givenUp: [] };
  } finally {
    await database.close();
  }
}
