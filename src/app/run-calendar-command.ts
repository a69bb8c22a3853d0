import { parseArgs } from 'node:util';
import { renderIcsFeed } from '../calendar/ics-feed.ts';
import { listCalendarEvents } from '../callflow/index.ts';
import { EXIT, explainFailure, sayRateLimitWaits, withProgress, writeLine, type CliIo } from '../console/index.ts';
import { readNow } from '../console/run-command-line.ts';
import { connectRingCentral, type RingCentralConnection } from './connect-ring-central.ts';
import { loadCliSettings } from './load-settings.ts';
import { createTerminalLogger } from './terminal-logger.ts';

const USAGE = 'Usage: switchboard calendar [--now TIME]';

/**
 * `switchboard calendar`: reads the call handling and writes its calendar feed (iCalendar) to
 * stdout, the same feed the bot serves at /calendar/<secret>.ics. It only reads RingCentral, so it
 * opens no database. Exit 0 done, 2 usage error, 3 RingCentral failure.
 */
export async function runCalendarCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { now: { type: 'string' } }, strict: true });
  } catch (error) {
    writeLine(io.stderr, `${(error as Error).message}. ${USAGE}`);
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  const logger = createTerminalLogger(settings, io.stderr);
  let connection: RingCentralConnection | undefined;
  try {
    connection = await withProgress(io.stderr, 'Connecting to RingCentral…', () => connectRingCentral(settings, logger));
    // stdout carries the feed alone, so that `> file.ics` gets nothing else.
    if (connection.announcement !== undefined) writeLine(io.stderr, connection.announcement);
    const { gateway } = connection;
    const handling = await gateway.withCaller({ onWait: sayRateLimitWaits(io.stderr) }, () =>
      withProgress(io.stderr, 'Reading RingCentral…', () => gateway.readCallHandling()),
    );
    // Read as `run` reads it: without an offset, in the company zone, known only now.
    const now = readNow(parsed.values.now, handling.timeZone);
    if (!now.ok) {
      writeLine(io.stderr, now.message);
      return EXIT.usage;
    }
    io.stdout.write(renderIcsFeed(listCalendarEvents(handling, now.at), now.at));
    return EXIT.ok;
  } catch (error) {
    const message = explainFailure(error, undefined);
    if (message === undefined) throw error;
    writeLine(io.stderr, message);
    return EXIT.ringCentralFailure;
  } finally {
    await connection?.close();
  }
}
