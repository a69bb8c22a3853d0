import { join } from 'node:path';
import { createFileLogger, type Logger } from '../logger.ts';
import type { Settings } from './load-settings.ts';

/** The log of the console and `switchboard run`, in the data folder (README, "Configuration"). */
export const TERMINAL_LOG_FILE = 'switchboard.log';

/**
 * The logger of a command a person runs: to `<dataDir>/switchboard.log` at LOG_LEVEL, or errors
 * only to `stderr` when that file can't be opened. The Slack bot keeps its JSON log on stderr, for
 * operators and their log collectors.
 */
export function createTerminalLogger(settings: Pick<Settings, 'dataDir' | 'logLevel'>, stderr: NodeJS.WritableStream): Logger {
  return createFileLogger({ level: settings.logLevel, file: join(settings.dataDir, TERMINAL_LOG_FILE), fallback: stderr });
}
