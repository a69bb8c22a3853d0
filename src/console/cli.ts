import { runEmulatorCommand } from '../emulator/index.ts';
import { MAIN_HELP, SUBCOMMAND_HELP, SUBCOMMANDS, type Subcommand } from './cli-help.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { runAuditCommand } from './run-audit-command.ts';
import { runConsole } from './run-console.ts';
import { runOneCommand } from './run-one-command.ts';
import { startSwitchboard } from './start-switchboard.ts';

const HELP_FLAGS: ReadonlySet<string> = new Set(['--help', '-h']);

/** Runs the `switchboard` command line and returns its exit code. */
export async function main(argv: ReadonlyArray<string>, io: CliIo = processIo()): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (isSubcommand(subcommand) && rest.some((arg) => HELP_FLAGS.has(arg))) {
    writeLine(io.stdout, SUBCOMMAND_HELP[subcommand]);
    return EXIT.ok;
  }
  switch (subcommand) {
    case 'start':
      return startSwitchboard(rest, io);
    case 'console':
      return runConsole(rest, io);
    case 'run':
      return runOneCommand(rest, io);
    case 'audit':
      return runAuditCommand(rest, io);
    case 'emulator':
      return runEmulatorCommand([...rest], io);
    case 'help':
      writeLine(io.stdout, isSubcommand(rest[0]) ? SUBCOMMAND_HELP[rest[0]] : MAIN_HELP);
      return EXIT.ok;
    case undefined:
    case '--help':
    case '-h':
      writeLine(io.stdout, MAIN_HELP);
      return subcommand === undefined ? EXIT.usage : EXIT.ok;
    default:
      writeLine(io.stderr, `Unknown subcommand "${subcommand}". Run "switchboard --help" to see the subcommands.`);
      return EXIT.usage;
  }
}

function isSubcommand(word: string | undefined): word is Subcommand {
  return SUBCOMMANDS.some((subcommand) => subcommand === word);
}

function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
