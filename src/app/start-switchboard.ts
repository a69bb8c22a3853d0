import { EXIT, writeLine, type CliIo } from '../console/index.ts';
import { loadCliSettings } from './load-settings.ts';
import { startConsole } from './run-console-command.ts';

/**
 * `switchboard start` (`npm start`): the Slack bot when SLACK_BOT_TOKEN is set, otherwise the
 * console (DESIGN.md contract 1). Either way RingCentral is the configured account or, when none
 * is set, the built-in emulator, announced first.
 */
export async function startSwitchboard(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  if (args.length > 0) {
    writeLine(io.stderr, `Unexpected "${args.join(' ')}". Usage: switchboard start (settings come from the environment; see .env.example).`);
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  if (settings.slack === undefined) return startConsole(settings, io);
  // Imported only here, so the console never loads Bolt.
  const { runSlackBot } = await import('./run-slack-bot.ts');
  return runSlackBot(settings, io);
}
