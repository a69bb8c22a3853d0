import { PassThrough } from 'node:stream';
import { main } from '../../src/app/cli.ts';

/** What the console printed between two prompts. */
export interface ConsoleTurn {
  readonly stdout: string;
  readonly stderr: string;
}

/** A console running in this process on PassThrough streams, driven one line at a time. */
export interface ConsoleDriver {
  /** What it printed up to its first prompt. */
  readonly started: Promise<ConsoleTurn>;
  /** Types a line and waits for the next prompt (or the end); returns what was printed meanwhile. */
  send(line: string): Promise<ConsoleTurn>;
  /** Ends the input (like Ctrl+D) and waits for the exit code. */
  end(): Promise<number>;
  /** The exit code, once the console has ended. */
  readonly exited: Promise<number>;
  /** Everything printed so far. */
  transcript(): ConsoleTurn;
}

/** A prompt the console waits at: a command prompt or a y/N question. */
const PROMPT_AT_END = /(?:switchboard(?: \([^)]*\))?> |\[y\/N\] )$/;

/** Starts `switchboard <args>` (console or start) with piped, non-TTY streams. */
export function driveConsole(args: ReadonlyArray<string>, env: Record<string, string>): ConsoleDriver {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  let ended = false;
  let waiter: (() => void) | undefined;
  const check = (): void => {
    if (waiter !== undefined && (ended || PROMPT_AT_END.test(out))) {
      const wake = waiter;
      waiter = undefined;
      // Let a refusal written to stderr just before the prompt arrive too.
      setImmediate(wake);
    }
  };
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    check();
  });
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = main(args, { stdin, stdout, stderr, env: { LOG_LEVEL: 'silent', ...env } }).finally(() => {
    ended = true;
    check();
  });
  const untilPrompt = async (): Promise<ConsoleTurn> => {
    const [outMark, errMark] = [out.length, err.length];
    await new Promise<void>((resolve) => {
      waiter = resolve;
    });
    return { stdout: out.slice(outMark), stderr: err.slice(errMark) };
  };
  const started = (async (): Promise<ConsoleTurn> => {
    await new Promise<void>((resolve) => {
      waiter = resolve;
      check();
    });
    return { stdout: out, stderr: err };
  })();
  return {
    started,
    exited,
    async send(line) {
      await started;
      // Only output after this line wakes the waiter, so the prompt already shown does not count.
      const turn = untilPrompt();
      stdin.write(`${line}\n`);
      return turn;
    },
    async end() {
      stdin.end();
      return exited;
    },
    transcript: () => ({ stdout: out, stderr: err }),
  };
}
