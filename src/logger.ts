import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Field paths pino blanks before a line is written: tokens, secrets and credentials must never
 * reach a log, whichever module logged the object.
 */
const REDACTED_PATHS = [
  '*.access_token',
  '*.refresh_token',
  '*.accessToken',
  '*.refreshToken',
  '*.assertion',
  '*.jwt',
  '*.clientSecret',
  '*.client_secret',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.token',
];

/** Creates the process logger: JSON lines to stderr (stdout belongs to command output). */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    { level: options.level ?? process.env.LOG_LEVEL ?? 'warn', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    options.destination ?? pino.destination(2),
  );
}

/**
 * The logger of a person at a terminal (the console, `switchboard run`): JSON lines appended to
 * `file`, so the terminal shows sentences only, and routine events such as logging in again after
 * a refused token refresh are kept for whoever looks into a problem. When the file can't be
 * opened, only errors are logged, to `fallback`.
 */
export function createFileLogger(options: { level: string; file: string; fallback: DestinationStream }): Logger {
  if (options.level === 'silent') return silentLogger;
  let fd: number;
  try {
    mkdirSync(dirname(options.file), { recursive: true });
    // Owner only, like the saved tokens: records may carry account details.
    fd = openSync(options.file, 'a', 0o600);
  } catch {
    return createLogger({ level: options.level === 'fatal' ? 'fatal' : 'error', destination: options.fallback });
  }
  // Written at once: a one-shot `run` may end right after its last line.
  return createLogger({ level: options.level, destination: pino.destination({ fd, sync: true }) });
}

/** A logger that writes nothing, for tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: 'silent' });
