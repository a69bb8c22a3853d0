import { EXIT, writeLine, type CliIo } from '../console/index.ts';
import { loadCliSettings } from './load-settings.ts';
import { startConsole } from './run-console-command.ts';

/**
 * `switchboard start` (`npm start`): the Slack bot when SLACK_BOT_TOKEN is set, otherwise the
 * console (DESIGN.md contract 1). Either way RingCentral is the configured account or, when none
 * is set, the built-in emulator, announced first; the bot serves it only with SWITCHBOARD_DEMO=1.
 */
export async function startSwitchboard(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  if (args.length > 0) {
    writeLine(io.stderr, `Unexpected "${args.join(' ')}". Usage: switchboard start (settings come from the environment; see .env.example).`);
    return EXIT.usage;
  }
  const settings = loadCliSettings(io);
  if (settings === undefined) return EXIT.usage;
  // A setup problem is said now, in a line, rather than at someone's first command.
  await (await import('./doctor/report-startup-checks.ts')).reportStartupChecks(settings, io);
  if (settings.slack === undefined) return startConsole(settings, io);
  // People in Slack can't see the demo announcement, and would change a fake company thinking it real.
  if (settings.ringCentral.kind === 'embedded-emulator' && !settings.demo) {
    writeLine(io.stderr, 'SLACK_BOT_TOKEN is set but RINGCENTRAL_SERVER_URL is not, so the bot would serve the demo company: set RINGCENTRAL_SERVER_URL, RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT for your account, or SWITCHBOARD_DEMO=1 to try the bot on the demo company');
    return EXIT.usage;
  }
  // Imported only here, so the console never loads Bolt.
  const { runSlackBot } = await import('./run-slack-bot.ts');
  return runSlackBot(settings, io);
}
