import { parseArgs } from 'node:util';
import { EXIT, explainFailure, isActorName, localActor, runCommandLine, sayRateLimitWaits, withProgress, writeLine, type CliIo } from '../console/index.ts';
import { loadCliSettings } from './load-settings.ts';
import { openWorkflowSession, type WorkflowSession } from './open-workflow-session.ts';
import { createTerminalLogger } from './terminal-logger.ts';

const USAGE = 'Usage: switchboard run [--now TIME] [--as NAME] [--yes] [--json] [--png FILE] "<command>"';

/** `switchboard run`: reads the call handling, runs one command against it, prints the answer. */
export async function runOneCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { now: { type: 'string' }, as: { type: 'string' }, yes: { type: 'boolean' }, json: { type: 'boolean' }, png: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    writeLine(io.stderr, `${(error as Error).message}. ${USAGE}`);
    return EXIT.usage;
  }
  const text = parsed.positionals.join(' ').trim();
  if (text === '') {
    writeLine(io.stderr, `No command given. ${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.values.as !== undefined && !isActorName(parsed.values.as)) {
    writeLine(io.stderr, `--as "${parsed.values.as}" is not a user id or name: use letters, digits, dots and dashes, e.g. --as alice.`);
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  const logger = createTerminalLogger(settings, io.stderr);
  let session: WorkflowSession | undefined;
  try {
    session = await withProgress(io.stderr, 'Connecting to RingCentral…', () => openWorkflowSession(settings, logger));
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
    return (await opened.gateway.withCaller({ onWait: sayRateLimitWaits(io.stderr) }, () => runCommandLine(line, opened, io))).code;
  } catch (error) {
    const message = explainFailure(error, session);
    if (message === undefined) throw error;
    writeLine(io.stderr, message);
    return EXIT.ringCentralFailure;
  } finally {
    await session?.close();
  }
}
