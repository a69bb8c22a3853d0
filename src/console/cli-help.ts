// Only help text here, importing only the console's message entries (no dependency): `switchboard
// --help` loads this module and those two small files alone.
import { say } from '../i18n/catalogue.ts';
import { CONSOLE_MESSAGES } from '../i18n/messages/console.ts';

/** The subcommands of `switchboard`, each with its own `--help`. */
export const SUBCOMMANDS = ['start', 'console', 'run', 'doctor', 'audit', 'calendar', 'emulator'] as const;

/** A subcommand of `switchboard`. */
export type Subcommand = (typeof SUBCOMMANDS)[number];

const EXIT_CODES = `Exit codes: 0 done, 1 refused or invalid input (nothing changed), 2 usage error,
3 RingCentral, database or network failure.`;

/** `switchboard --help`: every subcommand in a line or two (the README says the same). */
export const MAIN_HELP = `Usage: switchboard <subcommand> [options]

Subcommands:
  start          The Slack bot when SLACK_BOT_TOKEN is set, else the console (what npm start runs).
  console        An interactive console: type commands, confirm changes, try approvals with :as.
  run [--now TIME] [--as NAME] [--yes] [--json] [--png FILE] "<command>"
                 Run one command, e.g. "status", "route to voicemail on Dec 25" or "approve 12".
  doctor [--json]
                 Check the setup: RingCentral, Slack, the database and the approval policy.
  audit verify [--against-slack]
                 Check that no audit entry was edited or removed (needs only the database), and
                 with --against-slack that the trail matches the chain heads posted in Slack.
  calendar [--now TIME]
                 Write the calendar feed (iCalendar) of the custom rules with dates and weekly times.
  emulator [--port N] [--state FILE] [--client-id ID] [--client-secret SECRET] [--jwt JWT] [--scope PERMISSIONS] [--no-rate-limits]
                 Serve the RingCentral emulator on 127.0.0.1.

Uses RINGCENTRAL_SERVER_URL when set, else the built-in emulator with a demo company.
"switchboard <subcommand> --help" tells more about one subcommand.

${EXIT_CODES}`;

/** `switchboard <subcommand> --help`. */
export const SUBCOMMAND_HELP: Readonly<Record<Subcommand, string>> = {
  start: `Usage: switchboard start   (this is what npm start runs)

Starts the Slack bot when SLACK_BOT_TOKEN is set (Socket Mode when SLACK_APP_TOKEN is set, else
HTTP on PORT), otherwise the console. Without RINGCENTRAL_SERVER_URL it uses the built-in
RingCentral emulator with a demo company and says so first (the bot only with SWITCHBOARD_DEMO=1).
With a RingCentral account it first checks the login, the app's permissions and Slack as "switchboard
doctor" does, and says in a line each what fails.`,
  console: `Usage: switchboard console

An interactive console with the same commands as "switchboard run" and /ivr in Slack. A change,
approve, undo or replan is shown first and done only when you answer y.
Tab completes command words and names; the arrow keys go through earlier commands.

${consoleCommandsHelp()}

It reads commands from a pipe too, and ends with exit code 0 at :quit or the end of input.`,
  run: `Usage: switchboard run [--now TIME] [--as NAME] [--yes] [--json] [--png FILE] "<command>"

Runs one command, e.g. "status", "route to voicemail on Dec 25" or "approve 12".
  --now TIME  Pretend it is this time (ISO; without an offset it is read in the company time zone).
  --as NAME   Act as this user (a Slack user id or name) under the approval policy.
  --yes       Do what the command shows: apply a change that needs no approval, approve, undo or
              replan. Without it these are only shown and nothing changes.
  --json      Print the result as JSON.
  --png FILE  With "week": write the week's picture to FILE as PNG.

${EXIT_CODES}`,
  doctor: `Usage: switchboard doctor [--json]

Checks the whole setup, one line per check, "✓ …" or "✗ … — what to do":
  RingCentral  the server answers, the JWT logs in, the app has the permissions Switchboard needs
               (ReadAccounts, EditAccounts, EditExtensions), the company time zone and main
               number, the sites, and this computer's clock against RingCentral's.
  Slack        (when SLACK_BOT_TOKEN is set) the token works, it has the manifest's scopes, the bot
               is in each configured channel, and the user groups named exist.
  Database     it opens, its schema is current, and the audit trail is intact.
  Policy       who may read, request and approve, and whether requests can get their approvals.
  --json       Print {"ok", "checks": [{"name", "ok", "detail", "fix"}]} instead, for monitoring.
Exit 0 when every check passes, 1 when one fails, 2 on a usage error or a variable that cannot be read.`,
  audit: `Usage: switchboard audit verify [--against-slack]

Checks that no entry of the audit trail was edited or removed: each entry's HMAC under
SWITCHBOARD_AUDIT_KEY, and each link. Needs only the database, so it works while RingCentral is down.
  --against-slack  Also read the audit channel (SLACK_BOT_TOKEN, SWITCHBOARD_AUDIT_CHANNEL) and compare
                   the trail with the chain head each post shows: this finds the newest entries cut
                   from the database too.
Exit 0 when intact, 1 naming the first broken entry, 2 on a usage error (--against-slack without the
Slack settings), 3 on a database or Slack failure.`,
  calendar: `Usage: switchboard calendar [--now TIME]

Writes the calendar feed to stdout, e.g. "switchboard calendar > calendar.ics": holidays, closures
and other custom rules with dates for the next 12 months, and weekly rules as repeating events, in
the company time zone, each saying where calls go. Disabled rules are left out. It is the feed the
bot serves at /calendar/<SWITCHBOARD_CALENDAR_SECRET>.ics in HTTP mode.
  --now TIME  Start the 12 months at this time (ISO; without an offset, in the company time zone).
Exit 0 done, 2 usage error, 3 RingCentral or network failure.`,
  emulator: `Usage: switchboard emulator [--port N] [--state FILE] [--client-id ID] [--client-secret SECRET] [--jwt JWT] [--scope PERMISSIONS] [--no-rate-limits]

Serves the RingCentral emulator on 127.0.0.1 and prints "listening on http://127.0.0.1:N" first.
  --port N            The port (default: any free one).
  --state FILE        Load the company from this JSON file and save every change back to it.
  --client-id ID, --client-secret SECRET, --jwt JWT
                      Accept only these credentials (default: any).
  --scope PERMISSIONS The app permissions tokens get, e.g. "ReadAccounts EditExtensions" (default:
                      ReadAccounts EditAccounts EditExtensions); a request needing another is refused
                      with RingCentral's 403 (CMN-401). PUT /_emulator/scope changes it for new logins.
  --no-rate-limits    Turn off RingCentral's rate limits.`,
};

/** The console's own commands, for :help and "switchboard console --help". */
export function consoleCommandsHelp(): string {
  return say('en', CONSOLE_MESSAGES['console-commands']);
}
