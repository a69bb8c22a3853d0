import { join } from 'node:path';
import { createConsoleClock, EXIT, explainFailure, runConsole, withProgress, writeLine, type CliIo } from '../console/index.ts';
import { CONSOLE_MESSAGES, languageOfLocale, say } from '../i18n/index.ts';
import { noGroups } from '../workflow/index.ts';
import { loadCliSettings, type Settings } from './load-settings.ts';
import { openWorkflowSession, type WorkflowSession } from './open-workflow-session.ts';
import { createTerminalLogger } from './terminal-logger.ts';

/** `switchboard console`: the interactive console (DESIGN.md contract 1). */
export async function runConsoleCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  if (args.length > 0) {
    // The settings are not read yet: SWITCHBOARD_LANGUAGE is taken as set, else English.
    const language = languageOfLocale(io.env['SWITCHBOARD_LANGUAGE'] ?? '') ?? 'en';
    writeLine(io.stderr, say(language, CONSOLE_MESSAGES['console-unexpected-arguments'], { args: args.join(' ') }));
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  return startConsole(settings, io);
}

/**
 * Opens one RingCentral connection and one database session and runs the console over them.
 * Exit 3 when RingCentral or the database cannot be reached at start.
 */
export async function startConsole(settings: Settings, io: CliIo): Promise<number> {
  const logger = createTerminalLogger(settings, io.stderr);
  const clock = createConsoleClock();
  let session: WorkflowSession;
  try {
    session = await withProgress(io.stderr, say(settings.language ?? 'en', CONSOLE_MESSAGES['connecting-to-ringcentral']), () => openWorkflowSession(settings, logger, noGroups, clock.now));
  } catch (error) {
    const message = explainFailure(error, undefined);
    if (message === undefined) throw error;
    writeLine(io.stderr, message);
    return EXIT.ringCentralFailure;
  }
  try {
    // The console says RingCentral's rate-limit waits itself, in the language it speaks at the time.
    return await runConsole({ session, clock, notices: session.notices, historyFile: join(settings.dataDir, 'console-history'), language: settings.language }, io);
  } finally {
    await session.close();
  }
}
