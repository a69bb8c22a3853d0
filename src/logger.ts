import { pino, type Logger } from 'pino';

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
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    { level: options.level ?? process.env.LOG_LEVEL ?? 'warn', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that writes nothing, for tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: 'silent' });
