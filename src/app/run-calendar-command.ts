import { parseArgs } from 'node:util';
import { renderIcsFeed } from '../calendar/ics-feed.ts';
import { listCalendarEvents } from '../callflow/index.ts';
import { EXIT, explainFailure, sayRateLimitWaits, withProgress, writeLine, type CliIo } from '../console/index.ts';
import { readNow } from '../console/run-command-line.ts';
import { CALENDAR_MESSAGES, CONSOLE_MESSAGES, defaultLanguage, languageOfLocale, say, type Language } from '../i18n/index.ts';
import { connectRingCentral, type RingCentralConnection } from './connect-ring-central.ts';
import { loadCliSettings } from './load-settings.ts';
import { createTerminalLogger } from './terminal-logger.ts';

/**
 * `switchboard calendar`: reads the call handling and writes its calendar feed (iCalendar) to
 * stdout, the same feed the bot serves at /calendar/<secret>.ics. It only reads RingCentral, so it
 * opens no database. Exit 0 done, 2 usage error, 3 RingCentral failure. The feed is worded in
 * SWITCHBOARD_LANGUAGE, else the RingCentral account's language, as the bot's feed is.
 */
export async function runCalendarCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  // The settings are read after the arguments: until then SWITCHBOARD_LANGUAGE is taken as set, else English.
  const early: Language = languageOfLocale(io.env['SWITCHBOARD_LANGUAGE'] ?? '') ?? 'en';
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { now: { type: 'string' } }, strict: true });
  } catch (error) {
    // Node's own words for a bad option stay as it says them.
    writeLine(io.stderr, `${(error as Error).message}. ${say(early, CALENDAR_MESSAGES['calendar-usage'])}`);
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  const logger = createTerminalLogger(settings, io.stderr);
  // Before RingCentral is read its account's language is unknown: SWITCHBOARD_LANGUAGE, else English.
  let language: Language = settings.language ?? 'en';
  let connection: RingCentralConnection | undefined;
  try {
    connection = await withProgress(io.stderr, say(language, CONSOLE_MESSAGES['connecting-to-ringcentral']), () => connectRingCentral(settings, logger));
    // stdout carries the feed alone, so that `> file.ics` gets nothing else.
    if (connection.announcement !== undefined) writeLine(io.stderr, connection.announcement);
    const { gateway } = connection;
    const handling = await gateway.withCaller({ onWait: sayRateLimitWaits(io.stderr, () => language) }, () =>
      withProgress(io.stderr, say(language, CONSOLE_MESSAGES['reading-ringcentral']), () => gateway.readCallHandling()),
    );
    language = defaultLanguage(settings.language, handling.locale);
    // Read as `run` reads it: without an offset, in the company zone, known only now.
    const now = readNow(parsed.values.now, handling.timeZone, language);
    if (!now.ok) {
      writeLine(io.stderr, now.message);
      return EXIT.usage;
    }
    io.stdout.write(renderIcsFeed(listCalendarEvents(handling, now.at, language), now.at));
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
