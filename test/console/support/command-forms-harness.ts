import { beforeEach, expect } from 'vitest';
import type { Language } from '../../../src/i18n/index.ts';
import { runCli, type CliOutcome } from '../../support/run-cli.ts';
import { useCliEmulator, type CliEmulator } from '../../support/use-cli-emulator.ts';

/**
 * What the command-form tests share: one emulator per file, reset to the demo company before each
 * test, and `switchboard run` at a fixed time in the language a test speaks. The English and
 * French files use the same steps, so a French twin differs from its English case only in words.
 */

/** Wed Nov 25, 2026 12:00 US/Eastern: the company time every command-form test runs at. */
export const NOW = '2026-11-25T12:00';

/** What `test` says when the business-hours rule takes the call and nothing else was changed. */
export const GREETING = 'The business-hours rule sends the call to the company greeting';

/** The parts of the emulator's state the command-form tests look at. */
export interface EmulatorStateView {
  answeringRules: Array<{ id: string; name?: string; type?: string; enabled?: boolean; extension?: { id: string } }>;
  ivrMenus: Array<{ name: string; actions: Array<{ input: string; action: string }> }>;
  extensions: Array<{ id: number | string; name: string }>;
  callQueues: Array<{ id: string; queue: { transferMode: string; fixedOrderAgents?: Array<{ extension: { id: string }; index: number }> } }>;
}

/** One language's way of running commands against the file's emulator. */
export interface Speaker {
  /** `switchboard run --now NOW <args>`, with `env` added to the emulator's environment. */
  run(args: ReadonlyArray<string>, env?: Record<string, string>): Promise<CliOutcome>;
  /** Applies a command with --yes, checks it was read in this language and applied; returns stdout. */
  apply(command: string): Promise<string>;
  /** Where a call at `time` (optionally from `caller`) goes, as `test`/`tester` prints it. */
  probe(time: string, caller?: string): Promise<string>;
}

/** A file's emulator, its state, and a speaker per language. */
export interface CommandForms {
  readonly emulator: CliEmulator;
  readonly emulatorState: () => Promise<EmulatorStateView>;
  readonly speaking: (language: Language) => Speaker;
}

// The probe's words in each language: "test Dec 1 10am from +1…", "tester 1 déc. 10 h de +1…".
const PROBE_WORDS: Readonly<Record<Language, { readonly test: string; readonly from: string }>> = {
  en: { test: 'test', from: 'from' },
  fr: { test: 'tester', from: 'de' },
};

// Said first when a command was read in the other language: a twin that only works through the
// fallback would not prove the French grammar reads it.
const READ_IN_OTHER_LANGUAGE = /^\((?:Read as|Lu en) /m;

/** The emulator's id of the demo extension named `name`. */
export function idOf(state: EmulatorStateView, name: string): string {
  return String(state.extensions.find((extension) => extension.name === name)?.id);
}

/** Registers one emulator for the file (named `prefix`) and a reset to the demo company before each test. */
export function useCommandForms(prefix: string): CommandForms {
  const emulator = useCliEmulator(prefix);
  beforeEach(async () => {
    await emulator.resetState();
  });
  const speaking = (language: Language): Speaker => {
    // English runs as the English file always has, on the demo account's own language (en-US);
    // French is chosen as a person would, with SWITCHBOARD_LANGUAGE.
    const languageEnv: Record<string, string> = language === 'en' ? {} : { SWITCHBOARD_LANGUAGE: language };
    const run: Speaker['run'] = async (args, env = {}) => runCli(['run', '--now', NOW, ...args], { ...emulator.env(), ...languageEnv, ...env });
    const words = PROBE_WORDS[language];
    return {
      run,
      async apply(command) {
        const result = await run(['--yes', command]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).not.toMatch(READ_IN_OTHER_LANGUAGE);
        expect(result.stdout).toMatch(/Request \d+ applied\./);
        return result.stdout;
      },
      async probe(time, caller) {
        const result = await run([caller === undefined ? `${words.test} ${time}` : `${words.test} ${time} ${words.from} ${caller}`]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).not.toMatch(READ_IN_OTHER_LANGUAGE);
        return result.stdout;
      },
    };
  };
  return { emulator, emulatorState: async () => emulator.state<EmulatorStateView>(), speaking };
}
