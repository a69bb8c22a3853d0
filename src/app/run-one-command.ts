import { parseArgs } from 'node:util';
import { EXIT, explainFailure, isActorName, localActor, runCommandLine, sayRateLimitWaits, withProgress, writeLine, type CliIo } from '../console/index.ts';
import { CONSOLE_MESSAGES, languageOfLocale, say, type Language } from '../i18n/index.ts';
import { loadCliSettings } from './load-settings.ts';
import { openWorkflowSession, type WorkflowSession } from './open-workflow-session.ts';
import { createTerminalLogger } from './terminal-logger.ts';

/** `switchboard run`: reads the call handling, runs one command against it, prints the answer. */
export async function runOneCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  // The settings are read after the arguments: until then SWITCHBOARD_LANGUAGE is taken as set, else English.
  const early: Language = languageOfLocale(io.env['SWITCHBOARD_LANGUAGE'] ?? '') ?? 'en';
  const usage = say(early, CONSOLE_MESSAGES['run-usage']);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { now: { type: 'string' }, as: { type: 'string' }, yes: { type: 'boolean' }, json: { type: 'boolean' }, png: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // Node's own words for a bad option stay as it says them.
    writeLine(io.stderr, `${(error as Error).message}. ${usage}`);
    return EXIT.usage;
  }
  const text = parsed.positionals.join(' ').trim();
  if (text === '') {
    writeLine(io.stderr, `${say(early, CONSOLE_MESSAGES['run-no-command'])} ${usage}`);
    return EXIT.usage;
  }
  if (parsed.values.as !== undefined && !isActorName(parsed.values.as)) {
    writeLine(io.stderr, say(early, CONSOLE_MESSAGES['run-as-not-a-name'], { user: parsed.values.as }));
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  const logger = createTerminalLogger(settings, io.stderr);
  // Before RingCentral is read its account's language is unknown: SWITCHBOARD_LANGUAGE, else English.
  const language: Language = settings.language ?? 'en';
  let session: WorkflowSession | undefined;
  try {
    session = await withProgress(io.stderr, say(language, CONSOLE_MESSAGES['connecting-to-ringcentral']), () => openWorkflowSession(settings, logger));
    session.notices.forEach((line) => writeLine(io.stderr, line));
    const line = {
      text,
      actor: localActor(parsed.values.as),
      now: parsed.values.now,
      ...(settings.language ? { language: settings.language } : {}),
      options: { json: parsed.values.json === true, yes: parsed.values.yes === true, ...(parsed.values.png === undefined ? {} : { png: parsed.values.png }) },
    };
    const opened = session;
    // A wait for RingCentral's rate limit can last a minute: say so on stderr rather than hang in silence.
    return (await opened.gateway.withCaller({ onWait: sayRateLimitWaits(io.stderr, () => language) }, () => runCommandLine(line, opened, io))).code;
  } catch (error) {
    const message = explainFailure(error, session);
    if (message === undefined) throw error;
    writeLine(io.stderr, message);
    return EXIT.ringCentralFailure;
  } finally {
    await session?.close();
  }
}
