import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface, type AsyncCompleter, type Completer } from 'node:readline';
import { isTerminal } from './console-style.ts';

/** How many earlier commands the arrow keys reach, and the history file keeps. */
const HISTORY_SIZE = 500;

/** The console's input: one line at a time after a prompt, with history and Tab on a terminal. */
export interface ConsoleReader {
  /** Shows `prompt` and waits for the next line; undefined at the end of input. */
  readLine(prompt: string): Promise<string | undefined>;
  /** Drops `line`, just read, from the arrow-key history (a y/N answer is not worth recalling). */
  forgetLine(line: string): void;
  /** Stops reading and saves the history. */
  close(): void;
}

/** Where the console reads from and writes its prompts to. */
export interface ConsoleReaderOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly completer: Completer | AsyncCompleter;
  /** A file that keeps the history between sessions (on a terminal only). */
  readonly historyFile: string | undefined;
}

/**
 * Reads lines with node:readline. On a terminal (input and output both TTYs) it edits lines,
 * keeps a history for the arrow keys and completes with Tab. Otherwise (piped input, tests) it
 * reads plain lines and writes each one after its prompt, so the output reads as a transcript.
 */
export function createConsoleReader(options: ConsoleReaderOptions): ConsoleReader {
  const terminal = isTerminal(options.input) && isTerminal(options.output);
  const readline = createInterface({
    input: options.input,
    output: options.output,
    terminal,
    completer: options.completer,
    historySize: HISTORY_SIZE,
    history: terminal ? loadHistory(options.historyFile) : [],
    removeHistoryDuplicates: true,
  });
  // The iterator is made at once: lines that arrive before the first readLine are queued, not lost.
  const lines = readline[Symbol.asyncIterator]();
  let history: string[] = [];
  readline.on('history', (latest) => (history = latest));
  readline.on('SIGINT', () => {
    // Ctrl+C clears a half-typed line; on an empty line it leaves, like Ctrl+D.
    if (readline.line.length > 0) {
      readline.write(null, { ctrl: true, name: 'u' });
    } else {
      options.output.write('\n');
      readline.close();
    }
  });
  return {
    async readLine(prompt) {
      readline.setPrompt(prompt);
      try {
        readline.prompt();
      } catch {
        // Closed at the end of input while lines are still queued: the prompt is written all the same.
        options.output.write(prompt);
      }
      const next = await lines.next();
      if (next.done === true) {
        options.output.write('\n');
        return undefined;
      }
      const line = String(next.value);
      if (!terminal) options.output.write(`${line}\n`);
      return line;
    },
    forgetLine(line) {
      // readline hands out its own history array, newest first; an empty line never got there.
      if (history[0] === line) history.splice(0, 1);
    },
    close() {
      readline.close();
      if (terminal) saveHistory(options.historyFile, history);
    },
  };
}

function loadHistory(file: string | undefined): string[] {
  if (file === undefined) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function saveHistory(file: string | undefined, history: ReadonlyArray<string>): void {
  if (file === undefined || history.length === 0) return;
  try {
    writeFileSync(file, `${[...history].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`, { mode: 0o600 });
  } catch {
    // A history that cannot be saved is no reason to fail on the way out.
  }
}
