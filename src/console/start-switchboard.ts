import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { loadCliConfig } from './load-cli-config.ts';
import { startConsole } from './run-console.ts';

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
  const config = loadCliConfig(io);
  if (config === undefined) return EXIT.usage;
  if (config.slack === undefined) return startConsole(config, io);
  // Imported only here, so the console never loads Bolt.
  const { runSlackBot } = await import('../slack/run-slack-bot.ts');
  return runSlackBot(config, io);
}
