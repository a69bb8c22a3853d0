import { EXIT, writeLine, type CliIo } from '../console/index.ts';
import { createStores, isStoreError, openDatabase } from '../store/index.ts';
import { loadCliSettings } from './load-settings.ts';

const USAGE = 'Usage: switchboard audit verify';

/**
 * `switchboard audit verify`: walks the audit trail's hash chain in the database and says whether
 * any entry was edited or removed. Needs only the database, so it works while RingCentral is down.
 * Exit 0: intact; 1: tampered with (the first broken entry is named); 2: usage; 3: database failure.
 */
export async function runAuditCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0] !== 'verify') {
    writeLine(io.stderr, `Unknown audit command "${args.join(' ')}". ${USAGE}`);
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  let database;
  try {
    database = await openDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir });
  } catch (error) {
    if (!isStoreError(error)) throw error;
    writeLine(io.stderr, error.message);
    return EXIT.ringCentralFailure;
  }
  try {
    const result = await createStores(database).audit.verify();
    if (!result.ok) {
      writeLine(io.stderr, result.message);
      return EXIT.refused;
    }
    writeLine(io.stdout, `The audit trail in ${database.description} is intact: ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}, head ${result.headHash.slice(0, 16)}.`);
    return EXIT.ok;
  } catch (error) {
    const failure = database.explainFailure(error);
    if (failure === undefined) throw error;
    writeLine(io.stderr, failure.message);
    return EXIT.ringCentralFailure;
  } finally {
    await database.close();
  }
}
