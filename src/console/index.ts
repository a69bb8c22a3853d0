/**
 * The console adapter: the REPL and the one-shot `switchboard run`, over a session that src/app/
 * opens. A leaf: it never imports the Slack adapter, and it opens no database or connection.
 */
export { runConsole, type ConsoleSetup } from './run-console.ts';
export { runCommandLine, explainFailure, type CommandLine, type CommandLineOutcome } from './run-command-line.ts';
export type { ConsoleSession } from './console-session.ts';
export { createConsoleClock, type ConsoleClock } from './console-clock.ts';
export { EXIT, writeLine, type CliIo } from './cli-io.ts';
export { MAIN_HELP, SUBCOMMAND_HELP, SUBCOMMANDS, type Subcommand } from './cli-help.ts';
export { isActorName, localActor } from './local-actor.ts';
export { withProgress } from './show-progress.ts';
export { sayRateLimitWaits } from './say-rate-limit-waits.ts';
