import { runEmulatorCommand } from '../emulator/index.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { runAuditCommand } from './run-audit-command.ts';
import { runOneCommand } from './run-one-command.ts';

const HELP = `Usage: switchboard <subcommand> [options]

Subcommands:
  run [--now TIME] [--as NAME] [--yes] [--json] "<command>"
                 Run one command, e.g. "status", "route to voicemail on Dec 25" or "approve 12".
                 Uses RINGCENTRAL_SERVER_URL when set, else the embedded emulator.
                 --as NAME acts as that user under the approval policy (SWITCHBOARD_* variables).
  audit verify   Check that no audit entry was edited or removed (needs only the database).
  emulator [--port N] [--state FILE] [--client-id ID] [--client-secret SECRET] [--jwt JWT] [--no-rate-limits]
                 Serve the RingCentral emulator on 127.0.0.1.

Exit codes: 0 done, 1 refused or invalid input (nothing changed), 2 usage error,
3 RingCentral, database or network failure.`;

/** Runs the `switchboard` command line and returns its exit code. */
export async function main(argv: ReadonlyArray<string>, io: CliIo = processIo()): Promise<number> {
  const [subcommand, ...rest] = argv;
  switch (subcommand) {
    case 'run':
      return runOneCommand(rest, io);
    case 'audit':
      return runAuditCommand(rest, io);
    case 'emulator':
      return runEmulatorCommand([...rest], io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      writeLine(io.stdout, HELP);
      return subcommand === undefined ? EXIT.usage : EXIT.ok;
    default:
      writeLine(io.stderr, `Unknown subcommand "${subcommand}". Run "switchboard --help" to see the subcommands.`);
      return EXIT.usage;
  }
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
