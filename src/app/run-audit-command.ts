import type { SlackConfig } from '../config.ts';
import { EXIT, writeLine, type CliIo } from '../console/index.ts';
import { createStores, isStoreError, openDatabase, type AuditVerification } from '../store/index.ts';
import { resolveAuditKey } from './audit-key.ts';
import { loadCliSettings, type Settings } from './load-settings.ts';
import { createTerminalLogger } from './terminal-logger.ts';

const USAGE = 'Usage: switchboard audit verify [--against-slack]';
const AGAINST_SLACK = '--against-slack';

/**
 * `switchboard audit verify [--against-slack]`: walks the audit trail's keyed hash chain in the
 * database and says whether any entry was edited or removed. Needs only the database, so it works
 * while RingCentral is down; `--against-slack` also compares the trail with the chain heads the
 * bot posted in the audit channel, the only way to see the newest entries cut off.
 * Exit 0: intact; 1: tampered with (the first broken entry is named); 2: usage; 3: database or
 * Slack failure.
 */
export async function runAuditCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const [command, ...options] = args;
  if (command !== 'verify' || options.some((option) => option !== AGAINST_SLACK)) {
    writeLine(io.stderr, `Unknown audit command "${args.join(' ')}". ${USAGE}`);
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  const againstSlack = options.length > 0;
  const slack = againstSlack ? auditChannelOf(settings) : undefined;
  if (againstSlack && slack === undefined) {
    writeLine(io.stderr, `${AGAINST_SLACK} reads the audit channel: set SLACK_BOT_TOKEN and SWITCHBOARD_AUDIT_CHANNEL as the bot has them. ${USAGE}`);
    return EXIT.usage;
  }
  let database;
  let auditKey;
  try {
    auditKey = await resolveAuditKey(settings);
    database = await openDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir });
  } catch (error) {
    if (!isStoreError(error)) throw error;
    writeLine(io.stderr, error.message);
    return EXIT.ringCentralFailure;
  }
  try {
    const { audit } = createStores(database, { auditKey });
    const result = await audit.verify();
    if (!result.ok) {
      writeLine(io.stderr, result.message);
      return EXIT.refused;
    }
    const intact = `The audit trail in ${database.description} is intact: ${describeIntact(result)}.`;
    if (slack === undefined) {
      writeLine(io.stdout, intact);
      return EXIT.ok;
    }
    const { compareWithSlack } = await import('./compare-with-slack.ts');
    const compared = await compareWithSlack(slack.config, slack.channel, audit, createTerminalLogger(settings, io.stderr));
    if (compared.kind === 'matches') {
      writeLine(io.stdout, `${intact} ${compared.message}`);
      return EXIT.ok;
    }
    writeLine(io.stderr, compared.message);
    return compared.kind === 'differs' ? EXIT.refused : EXIT.ringCentralFailure;
  } catch (error) {
    const failure = database.explainFailure(error);
    if (failure === undefined) throw error;
    writeLine(io.stderr, failure.message);
    return EXIT.ringCentralFailure;
  } finally {
    await database.close();
  }
}

/** The Slack settings and the audit channel, when both are set. */
function auditChannelOf(settings: Settings): { readonly config: SlackConfig; readonly channel: string } | undefined {
  const channel = settings.slack?.auditChannel;
  return settings.slack === undefined || channel === undefined ? undefined : { config: settings.slack, channel };
}

/** "3 entries, head 3f9a0c2b71de4a5b", saying how many lead entries predate the key. */
function describeIntact(result: Extract<AuditVerification, { ok: true }>): string {
  const { entries, unkeyed } = result;
  const count = `${entries} ${entries === 1 ? 'entry' : 'entries'}, head ${result.headHash.slice(0, 16)}`;
  if (unkeyed === 0) return count;
  const which = unkeyed === entries ? 'all of them were' : `the first ${unkeyed} were`;
  return `${count} (${which} written before SWITCHBOARD_AUDIT_KEY and carry unkeyed hashes)`;
}
