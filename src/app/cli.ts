// Help and exit codes only: each subcommand's module is imported when it runs, so `--help` and a
// one-shot `run` load no more than they use (the startup bench measures this).
import { MAIN_HELP, SUBCOMMAND_HELP, SUBCOMMANDS, type Subcommand } from '../console/cli-help.ts';
import { EXIT, writeLine, type CliIo } from '../console/cli-io.ts';
import { withEnvFile } from './read-env-file.ts';

const HELP_FLAGS: ReadonlySet<string> = new Set(['--help', '-h']);

/** Runs the `switchboard` command line and returns its exit code; `io.cwd`'s `.env` is read first. */
export async function main(argv: ReadonlyArray<string>, io: CliIo = processIo()): Promise<number> {
  if (io.cwd === undefined) return runSubcommand(argv, io);
  const env = withEnvFile(io.env, io.cwd);
  if (!env.ok) {
    writeLine(io.stderr, env.problem);
    return EXIT.usage;
  }
  return runSubcommand(argv, { ...io, env: env.env });
}

async function runSubcommand(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (isSubcommand(subcommand) && rest.some((arg) => HELP_FLAGS.has(arg))) {
    writeLine(io.stdout, SUBCOMMAND_HELP[subcommand]);
    return EXIT.ok;
  }
  switch (subcommand) {
    case 'start':
      return (await import('./start-switchboard.ts')).startSwitchboard(rest, io);
    case 'console':
      return (await import('./run-console-command.ts')).runConsoleCommand(rest, io);
    case 'run':
      return (await import('./run-one-command.ts')).runOneCommand(rest, io);
    case 'doctor':
      return (await import('./doctor/run-doctor-command.ts')).runDoctorCommand(rest, io);
    case 'audit':
      return (await import('./run-audit-command.ts')).runAuditCommand(rest, io);
    case 'calendar':
      return (await import('./run-calendar-command.ts')).runCalendarCommand(rest, io);
    case 'emulator':
      // The emulator parses RingCentral's 1 MB spec with openapi-backend: only this subcommand and
      // the embedded demo (connect-ring-central.ts) load it.
      return (await import('../emulator/run-emulator-command.ts')).runEmulatorCommand([...rest], io);
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
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
