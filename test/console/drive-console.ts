import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect } from 'vitest';
import { main } from '../../src/console/cli.ts';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import type { CliEmulator } from '../support/use-cli-emulator.ts';

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

/**
 * An emulator for console tests: like useCliEmulator, but its rate limits are high instead of
 * off. A console keeps one gateway for many commands, and with no X-Rate-Limit headers the
 * gateway would pace itself at RingCentral's default 50 requests a minute; with them it follows
 * the emulator's counters.
 */
export function useConsoleEmulator(prefix: string): CliEmulator {
  let emulator: RunningEmulator | undefined;
  let dataDir = '';
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, rateLimits: { limits: { Light: 100_000, Medium: 100_000, Heavy: 100_000, Auth: 100_000 } } });
    dataDir = mkdtempSync(join(tmpdir(), `switchboard-${prefix}-`));
  });
  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const url = (): string => {
    if (emulator === undefined) throw new Error('the emulator starts in beforeAll');
    return emulator.url;
  };
  return {
    url,
    env: () => ({ RINGCENTRAL_SERVER_URL: url(), SWITCHBOARD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    resetState: async () => {
      const response = await fetch(`${url()}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(createDemoState()) });
      expect(response.ok).toBe(true);
    },
    state: async <T>() => (await (await fetch(`${url()}/_emulator/state`)).json()) as T,
  };
}
