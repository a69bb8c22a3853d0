import { DateTime } from 'luxon';
import { describeTimeZone, type CallHandling } from '../callflow/index.ts';
import { CONSOLE_MESSAGES, defaultLanguage, describeInstant, languageOfLocale, READING_MESSAGES, say, type Language } from '../i18n/index.ts';
import { describePolicy, type Actor, type ApprovalPolicy } from '../workflow/index.ts';
import type { ConfirmChange } from './carry-out-command.ts';
import { consoleHelp } from './console-help.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { buildCompletionWords, completeCommandLine, type CompletionWords } from './complete-command-line.ts';
import type { ConsoleClock } from './console-clock.ts';
import type { ConsoleSession } from './console-session.ts';
import { createConsoleStyle, createStyledStream } from './console-style.ts';
import { createConsoleReader, type ConsoleReader } from './create-console-reader.ts';
import { isActorName, localActor } from './local-actor.ts';
import { parseMetaCommand, type MetaCommand } from './parse-meta-command.ts';
import { explainFailure, runCommandLine } from './run-command-line.ts';
import { sayRateLimitWaits } from './say-rate-limit-waits.ts';
import { withProgress } from './show-progress.ts';

/** What the console runs with; src/app/ opens the session and builds the clock the workflow reads. */
export interface ConsoleSetup {
  readonly session: ConsoleSession;
  readonly clock: ConsoleClock;
  /** Lines to show first: the emulator announcement, requests settled after a crash. */
  readonly notices: ReadonlyArray<string>;
  /** Where typed lines are remembered between runs. */
  readonly historyFile: string;
  /** SWITCHBOARD_LANGUAGE; undefined: the RingCentral account's language, else English. */
  readonly language: Language | undefined;
}

/** What the console remembers between lines: who is typing, the call handling last read, the names to complete. */
interface ConsoleState {
  /** Set by `:as`; undefined: the local user. */
  as: string | undefined;
  /** The call handling read for the last command. */
  handling: CallHandling | undefined;
  words: CompletionWords;
  /** Set after a change: Tab reads RingCentral once before completing, so new rule names show. */
  wordsStale: boolean;
  /** Set by `:lang` or SWITCHBOARD_LANGUAGE; undefined: the RingCentral account's language. */
  language: Language | undefined;
}

/**
 * The interactive console (`switchboard console`, and `npm start` without Slack): shows the
 * status and then reads commands until `:quit` or the end of input (exit 0). Each command reads
 * the call handling fresh, so changes made elsewhere show up. A wait for RingCentral's rate limit
 * is said on stderr, in the language the console speaks at that moment.
 */
export async function runConsole(setup: ConsoleSetup, io: CliIo): Promise<number> {
  const { session } = setup;
  const state: ConsoleState = { as: undefined, handling: undefined, words: buildCompletionWords(undefined, policyUsers(session.policy)), wordsStale: false, language: setup.language };
  const reader = createConsoleReader({
    input: io.stdin ?? process.stdin,
    output: io.stdout,
    completer: (line, answer) => {
      refreshWords(session, state).then(
        () => answer(null, completeCommandLine(line, state.words)),
        (error: unknown) => answer(error instanceof Error ? error : new Error(String(error)), [[], line]),
      );
    },
    historyFile: setup.historyFile,
  });
  try {
    // Every command typed runs inside this call (the REPL awaits each line), so its waits are said.
    await session.gateway.withCaller({ onWait: sayRateLimitWaits(io.stderr, () => languageOf(state)) }, () => converse(setup, io, reader, state));
    return EXIT.ok;
  } finally {
    reader.close();
  }
}

async function converse(setup: ConsoleSetup, io: CliIo, reader: ConsoleReader, state: ConsoleState): Promise<void> {
  const { session, clock } = setup;
  const style = createConsoleStyle(io.stdout, io.env);
  const errorStyle = createConsoleStyle(io.stderr, io.env);
  // Refusals and failures are red on a terminal; the progress line keeps the plain stream.
  const commandIo: CliIo = { ...io, stderr: errorStyle.colours ? createStyledStream(io.stderr, errorStyle.red) : io.stderr };
  const confirm: ConfirmChange = async (preview, question) => {
    preview.forEach((line) => writeLine(io.stdout, style.dim(line)));
    const answer = await reader.readLine(`${question} [y/N] `);
    if (answer === undefined) return false;
    reader.forgetLine(answer);
    // [y/N] in both languages; "o" and "oui" say yes too, as a French reader answers.
    return /^\s*(?:y(?:es)?|o(?:ui)?)\s*$/i.test(answer);
  };
  const run = async (text: string): Promise<void> => {
    const known = state.handling;
    const outcome = await runCommandLine(
      {
        text,
        actor: actorOf(state),
        now: clock.pretend?.toISO() ?? undefined,
        options: { json: false, yes: false, confirm },
        ...(known ? { known } : {}),
        ...(state.language ? { language: state.language } : {}),
      },
      session,
      commandIo,
      io.stderr,
    );
    state.handling = outcome.handling ?? state.handling;
    state.words = buildCompletionWords(state.handling, policyUsers(session.policy));
    // A command that did not read RingCentral afresh leaves names from before a change stale.
    const readAfresh = outcome.handling !== undefined && outcome.handling !== known;
    state.wordsStale = outcome.mayHaveChanged || (state.wordsStale && !readAfresh);
  };

  setup.notices.forEach((line) => writeLine(io.stdout, line));
  await run('status');
  writeLine(io.stdout, describePolicy(session.policy, languageOf(state)));
  writeLine(io.stdout, say(languageOf(state), CONSOLE_MESSAGES['console-welcome']));
  for (;;) {
    const line = await reader.readLine(promptFor(state));
    if (line === undefined) return;
    const text = line.trim();
    if (text === '') continue;
    const meta = parseMetaCommand(text);
    if (meta === null) {
      await run(text);
      continue;
    }
    if (meta.kind === 'quit') return;
    await runMetaCommand(meta, state, setup, io, commandIo);
  }
}

async function runMetaCommand(meta: Exclude<MetaCommand, { kind: 'quit' }>, state: ConsoleState, setup: ConsoleSetup, io: CliIo, commandIo: CliIo): Promise<void> {
  const { session, clock } = setup;
  switch (meta.kind) {
    case 'help':
      writeLine(io.stdout, consoleHelp(languageOf(state)));
      return;
    case 'lang': {
      if (meta.language !== undefined) {
        const language = languageOfLocale(meta.language);
        if (language === null) {
          writeLine(commandIo.stderr, say(languageOf(state), READING_MESSAGES['language-unknown'], { text: meta.language }));
          return;
        }
        state.language = language;
      }
      const language = languageOf(state);
      writeLine(io.stdout, say(language, READING_MESSAGES['language-chosen'], { language }));
      return;
    }
    case 'as':
      if (meta.user !== undefined && !isActorName(meta.user)) {
        writeLine(commandIo.stderr, say(languageOf(state), CONSOLE_MESSAGES['console-as-not-a-name'], { user: meta.user }));
        return;
      }
      state.as = meta.user;
      writeLine(
        io.stdout,
        meta.user === undefined
          ? say(languageOf(state), CONSOLE_MESSAGES['console-acting-as-yourself'], { id: actorOf(state).id })
          : say(languageOf(state), CONSOLE_MESSAGES['console-acting-as'], { user: meta.user }),
      );
      return;
    case 'now': {
      if (meta.time === undefined) {
        clock.pretend = undefined;
        writeLine(io.stdout, say(languageOf(state), CONSOLE_MESSAGES['console-real-clock']));
        return;
      }
      const timeZone = (state.handling ?? (await readQuietly(session, io, languageOf(state))))?.timeZone;
      if (timeZone === undefined) {
        writeLine(commandIo.stderr, say(languageOf(state), CONSOLE_MESSAGES['console-zone-unknown']));
        return;
      }
      const at = DateTime.fromISO(meta.time, { zone: timeZone, setZone: false });
      if (!at.isValid) {
        writeLine(commandIo.stderr, say(languageOf(state), CONSOLE_MESSAGES['console-now-not-iso'], { time: meta.time }));
        return;
      }
      clock.pretend = at.setZone(timeZone);
      writeLine(io.stdout, describePretending(clock.pretend, timeZone, languageOf(state)));
      return;
    }
    case 'unknown':
      writeLine(commandIo.stderr, say(languageOf(state), CONSOLE_MESSAGES['console-unknown-command'], { word: meta.word }));
      return;
  }
}

/**
 * The `:now` answer. English keeps its "Wed Nov 25, 2026 12:00 US/Eastern (EST)"; French says the
 * instant as French answers do elsewhere (`mer. 25 nov. 2026, 12 h 00 (HNE)`), then the zone.
 */
function describePretending(at: DateTime, timeZone: string, language: Language): string {
  const values =
    language === 'en'
      ? { at: at.toFormat('ccc LLL d, yyyy HH:mm', { locale: 'en-US' }), zone: describeTimeZone(timeZone, at) }
      : { at: describeInstant(at, timeZone, language), zone: timeZone };
  return say(language, CONSOLE_MESSAGES['console-pretending'], values);
}

/** The language the person at the console reads and writes in now. */
function languageOf(state: ConsoleState): Language {
  return defaultLanguage(state.language, state.handling?.locale);
}

function actorOf(state: ConsoleState): Actor {
  return localActor(state.as);
}

/** `switchboard> `, or `switchboard (alice)> ` after `:as alice`. */
function promptFor(state: ConsoleState): string {
  return state.as === undefined ? 'switchboard> ' : `switchboard (${state.as})> `;
}

/** The call handling for `:now`; undefined when RingCentral cannot be read just now. */
async function readQuietly(session: ConsoleSession, io: CliIo, language: Language): Promise<CallHandling | undefined> {
  try {
    return await withProgress(io.stderr, say(language, CONSOLE_MESSAGES['reading-ringcentral']), () => session.gateway.readCallHandling());
  } catch (error) {
    if (explainFailure(error, session) === undefined) throw error;
    return undefined;
  }
}

/**
 * Reads RingCentral again for Tab after a change, so the names it made complete; only then, as a
 * full read costs a dozen of the 50 requests a minute RingCentral allows. No progress line: it
 * would wipe the line being typed. A failed read keeps the names there were.
 */
async function refreshWords(session: ConsoleSession, state: ConsoleState): Promise<void> {
  if (!state.wordsStale) return;
  state.wordsStale = false;
  try {
    state.handling = await session.gateway.readCallHandling();
    state.words = buildCompletionWords(state.handling, policyUsers(session.policy));
  } catch (error) {
    if (explainFailure(error, session) === undefined) throw error;
  }
}

/** The users the approval policy names, for Tab after `:as`. */
function policyUsers(policy: ApprovalPolicy): string[] {
  if (policy.kind === 'local-admin') return [];
  return [...policy.requesters, ...policy.approvers].flatMap((principal) => (principal.kind === 'user' ? [principal.id] : []));
}
