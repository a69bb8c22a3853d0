import { mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pino, type DestinationStream, type Logger } from 'pino';
import { currentTraceId } from './trace-context.ts';

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

/** Turns one JSON log line into the text a person reads (pino-pretty's prettifier). */
export type Prettify = (line: string) => string;

/** How lines are written: JSON lines for log collectors, or pretty text for a person at a terminal. */
export type LogFormat = { readonly kind: 'json' } | { readonly kind: 'pretty'; readonly prettify: Prettify };

/**
 * Pretty when the lines go to a terminal and pino-pretty can be loaded; JSON lines otherwise. The
 * loader runs only for a terminal, so a process writing to a pipe or a file never loads pino-pretty.
 */
export function chooseLogFormat(terminal: boolean, loadPrettify: () => Prettify | undefined): LogFormat {
  if (!terminal) return { kind: 'json' };
  const prettify = loadPrettify();
  return prettify === undefined ? { kind: 'json' } : { kind: 'pretty', prettify };
}

/**
 * pino-pretty's prettifier, or undefined where it is not installed: it is a dev dependency, so a
 * production install (`npm ci --omit=dev`) lacks it and logs JSON, silently. Loaded with require on
 * demand, never imported, so nothing in production depends on it.
 */
function loadPinoPretty(colorize: boolean): Prettify | undefined {
  let prettyFactory: (options: Record<string, unknown>) => Prettify;
  try {
    ({ prettyFactory } = createRequire(import.meta.url)('pino-pretty') as { prettyFactory: typeof prettyFactory });
  } catch {
    return undefined;
  }
  // The trace id leads the message, so one interaction's lines can be followed by eye.
  return prettyFactory({ colorize, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,traceId', messageFormat: '{if traceId}[{traceId}] {end}{msg}' });
}

/** Every line written while an interaction is served names its trace id (trace-context.ts). */
function traceFields(): { traceId?: string } {
  const traceId = currentTraceId();
  return traceId === undefined ? {} : { traceId };
}

/**
 * Creates the process logger, to stderr (stdout belongs to command output) or `destination`: JSON
 * lines, or pretty text when they go to a terminal (`terminal`, by default whether stderr is a TTY
 * when no destination is given) and pino-pretty is installed.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream; terminal?: boolean } = {}): Logger {
  const toStderr = options.destination === undefined;
  const terminal = options.terminal ?? (toStderr && process.stderr.isTTY === true);
  const format = chooseLogFormat(terminal, () => loadPinoPretty(toStderr && process.env.NO_COLOR === undefined));
  // Pretty lines are written at once: a person reads them as they happen, and none is lost at exit.
  const target = options.destination ?? (format.kind === 'pretty' ? pino.destination({ dest: 2, sync: true }) : pino.destination(2));
  const stream: DestinationStream = format.kind === 'pretty' ? { write: (line) => target.write(format.prettify(line)) } : target;
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'warn',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: traceFields,
    },
    stream,
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
