import { DateTime } from 'luxon';
import type { CallHandling } from '../callflow/index.ts';
import { CONSOLE_MESSAGES, defaultLanguage, READING_MESSAGES, say, type Language } from '../i18n/index.ts';
import { isChangeIntent, parseCommand, refusalMessage, type CommandParseResult, type IntentKind } from '../language/index.ts';
import { isRingCentralApiError } from '../ringcentral/index.ts';
import { isStoreError } from '../store/index.ts';
import type { Actor } from '../workflow/index.ts';
import { carryOutCommand, type CommandOptions } from './carry-out-command.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import type { ConsoleSession } from './console-session.ts';
import { withProgress } from './show-progress.ts';

/** One command as typed at the console or given to `switchboard run`. */
export interface CommandLine {
  readonly text: string;
  readonly actor: Actor;
  /** An ISO time to pretend it is (without an offset: in the company zone); undefined: the clock. */
  readonly now: string | undefined;
  readonly options: CommandOptions;
  /** The person's language (`:lang`, SWITCHBOARD_LANGUAGE); undefined: the RingCentral account's, else English. */
  readonly language?: Language;
  /**
   * The call handling read for the previous command (the console). A command that never looks at
   * call handling (requests, history, approve, ...) then runs without reading RingCentral first:
   * a full read is about a dozen requests, and RingCentral allows 50 a minute.
   */
  readonly known?: CallHandling;
}

/** How a command ended, and what the console needs to know after it. */
export interface CommandLineOutcome {
  /** The exit code (DESIGN.md contract 1). */
  readonly code: number;
  /** The call handling read for the command, when it could be read. */
  readonly handling: CallHandling | undefined;
  /** Whether the command may have changed call handling (a change, undo or approval). */
  readonly mayHaveChanged: boolean;
}

/** The workflow commands that may apply a change. */
const CHANGING_WORKFLOW_KINDS: ReadonlySet<IntentKind> = new Set(['approve', 'undo', 'replan']);

/**
 * Commands that only touch the database: approving reads RingCentral itself before it applies,
 * so none of them needs the call handling read for it.
 */
const DATABASE_ONLY_KINDS: ReadonlySet<IntentKind> = new Set(['list-requests', 'history', 'audit-verify', 'approve', 'reject', 'cancel']);

/**
 * Runs one command the way both the console and `switchboard run` do: reads the call handling
 * fresh (so changes made elsewhere show up), reads the text against it, and carries it out. A
 * RingCentral or database failure is one line on stderr and exit 3; the session stays usable.
 */
export async function runCommandLine(
  line: CommandLine,
  session: ConsoleSession,
  io: CliIo,
  /** Where "Reading RingCentral…" shows while the call handling is read (a terminal only). */
  progress: NodeJS.WritableStream = io.stderr,
): Promise<CommandLineOutcome> {
  let handling = line.known;
  let mayHaveChanged = false;
  try {
    const read = await readCommand(line, session, progress);
    handling = read.handling;
    if (!read.ok) {
      writeLine(io.stderr, read.message);
      return { code: EXIT.usage, handling, mayHaveChanged };
    }
    const { now, result, language } = read;
    if (!result.ok) {
      writeLine(io.stderr, refusalMessage(result.code, result.text, result.candidates, language));
      return { code: EXIT.refused, handling, mayHaveChanged };
    }
    // Read in the other language: say so, so a misreading is noticed (not in --json, which is data).
    if (result.language !== language && !line.options.json) writeLine(io.stdout, say(language, READING_MESSAGES['read-in-other-language'], { read: result.language }));
    mayHaveChanged = isChangeIntent(result.intent) || CHANGING_WORKFLOW_KINDS.has(result.intent.kind);
    const code = await carryOutCommand(
      { text: line.text, intent: result.intent, actor: line.actor, handling, now, workflow: session.workflow, policy: session.policy, options: line.options, language },
      io,
    );
    return { code, handling, mayHaveChanged };
  } catch (error) {
    const message = explainFailure(error, session);
    if (message === undefined) throw error;
    writeLine(io.stderr, message);
    return { code: EXIT.ringCentralFailure, handling, mayHaveChanged };
  }
}

/** A command read against some call handling: its parse, or a bad `--now`. */
type ReadCommand =
  | { readonly ok: true; readonly handling: CallHandling; readonly now: DateTime; readonly result: CommandParseResult; readonly language: Language }
  | { readonly ok: false; readonly handling: CallHandling; readonly message: string };

/**
 * Reads the command against fresh call handling; with `known` (the console), a command that only
 * touches the database is read against that instead, and RingCentral is not asked.
 */
async function readCommand(line: CommandLine, session: ConsoleSession, progress: NodeJS.WritableStream): Promise<ReadCommand> {
  if (line.known !== undefined) {
    const quick = readCommandAgainst(line, line.known);
    if (quick.ok && quick.result.ok && DATABASE_ONLY_KINDS.has(quick.result.intent.kind)) return quick;
  }
  // Before the read, the account's language is known only from the call handling read last (the console).
  const reading = say(defaultLanguage(line.language, line.known?.locale), CONSOLE_MESSAGES['reading-ringcentral']);
  const handling = await withProgress(progress, reading, () => session.gateway.readCallHandling());
  return readCommandAgainst(line, handling);
}

function readCommandAgainst(line: CommandLine, handling: CallHandling): ReadCommand {
  const language = defaultLanguage(line.language, handling.locale);
  const now = readNow(line.now, handling.timeZone, language);
  if (!now.ok) return { ok: false, handling, message: now.message };
  return { ok: true, handling, now: now.at, language, result: parseCommand(line.text, { ...handling, now: now.at }, { language }) };
}


/**
 * The one line to show for a RingCentral or database failure (exit 3), with what to check;
 * undefined for anything else, which is a bug and is thrown on.
 */
export function explainFailure(error: unknown, session: Pick<ConsoleSession, 'explainStoreFailure'> | undefined): string | undefined {
  if (isRingCentralApiError(error)) {
    const hint = error.code === 'unauthorized' ? ' Check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT.' : '';
    return `${error.message}${hint}`;
  }
  const storeFailure = isStoreError(error) ? error : session?.explainStoreFailure(error);
  return storeFailure?.message;
}

/** `--now` (or the console's `:now`) read in the company zone when it has no offset; a bad one is refused in `language`. */
export function readNow(text: string | undefined, timeZone: string, language: Language = 'en'): { ok: true; at: DateTime } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, at: DateTime.now().setZone(timeZone) };
  const at = DateTime.fromISO(text, { zone: timeZone, setZone: false });
  if (!at.isValid) return { ok: false, message: say(language, CONSOLE_MESSAGES['run-now-not-iso'], { text }) };
  return { ok: true, at: at.setZone(timeZone) };
}
