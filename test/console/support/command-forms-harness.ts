import { beforeEach, expect } from 'vitest';
import { NO_BREAK_SPACE as NBSP, type Language } from '../../../src/i18n/index.ts';
import { runCli, type CliOutcome } from '../../support/run-cli.ts';
import { useCliEmulator, type CliEmulator } from '../../support/use-cli-emulator.ts';

/** What `run --yes` says once a change is applied, in each language. */
const APPLIED = { en: /Request \d+ applied\./, fr: /La demande \d+ est appliquée\./ } as const;

/**
 * What the command-form tests share: one emulator per file, reset to the demo company before each
 * test, and `switchboard run` at a fixed time in the language a test speaks. The English and
 * French files use the same steps, so a French twin differs from its English case only in words.
 */

/** Wed Nov 25, 2026 12:00 US/Eastern: the company time every command-form test runs at. */
export const NOW = '2026-11-25T12:00';

/** What `test` says when the business-hours rule takes the call and nothing else was changed. */
export const GREETING = 'The business-hours rule sends the call to the company greeting';

/** What `tester` says then, in French. */
export const FRENCH_GREETING = "La règle des heures d'ouverture envoie l'appel vers l'accueil de l'entreprise";

/** What `tester` says when the custom rule `name` takes the call: `La règle personnalisée « Noël » envoie l'appel vers …`. */
export function customRuleSends(name: string, destination: string): string {
  return `La règle personnalisée «${NBSP}${name}${NBSP}» envoie l'appel vers ${destination}`;
}

const MONTHS: Readonly<Record<Language, ReadonlyArray<string>>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

// The zone names `test` and `tester` give New York's two offsets.
const OFFSETS: Readonly<Record<string, string>> = { EST: '-05:00', HNE: '-05:00', EDT: '-04:00', HAE: '-04:00' };

// `A call at Sun Nov 7, 2027 01:30 US/Eastern (EDT): Custom rule "…" sends the call to Front Desk (ext 500).`
const ENGLISH_ANSWER = /^A call at \S+ (\S+) (\d+), (\d{4}) (\d+):(\d\d) \S+ \((\w+)\)(?: from \S+)?: (Custom rule ".*"|The after-hours rule|The business-hours rule(?: \(open 24\/7\))?) sends the call to (.*)\.$/;
// `Un appel le dim. 7 nov. 2027, 1 h 30 US/Eastern (HAE) : La règle personnalisée « … » envoie l'appel vers Front Desk (poste 500).`
const FRENCH_ANSWER = new RegExp(
  String.raw`^Un appel le \S+ (\d+)(?:er)? (\S+) (\d{4}), (\d+) h (\d\d) \S+ \((\w+)\)(?: de \S+)?${NBSP}: (La règle personnalisée «.*»|La règle en dehors des heures|La règle des heures d'ouverture(?: \(ouvert 24 h/24, 7 j/7\))?) envoie l'appel vers (.*)\.$`,
);

/**
 * Where a probed call goes, whatever the language of `test`'s answer: the instant with its UTC
 * offset, the kind of rule (custom rules unnamed, since each language names its own) and the
 * destination, e.g. `2027-11-07 01:30 -04:00 custom -> Front Desk #500`. Null for an answer that
 * is not `test`'s.
 */
export function whereCallGoes(answer: string, language: Language): string | null {
  const english = language === 'en' ? ENGLISH_ANSWER.exec(answer.trim()) : null;
  const french = language === 'fr' ? FRENCH_ANSWER.exec(answer.trim()) : null;
  const parts = english === null ? (french === null ? null : { day: french[1], month: french[2], year: french[3], hour: french[4], minute: french[5], zone: french[6], rule: french[7], to: french[8] }) : { day: english[2], month: english[1], year: english[3], hour: english[4], minute: english[5], zone: english[6], rule: english[7], to: english[8] };
  if (parts === null) return null;
  const month = String(MONTHS[language].indexOf(parts.month ?? '') + 1).padStart(2, '0');
  const rule = /^(?:Custom rule|La règle personnalisée)/.test(parts.rule ?? '') ? 'custom' : /after-hours|en dehors/.test(parts.rule ?? '') ? 'after-hours' : /24/.test(parts.rule ?? '') ? 'business-hours (24/7)' : 'business-hours';
  const destination = (parts.to ?? '')
    .replace(/\((?:ext|poste) (\d+)\)$/, '#$1')
    .replace("l'accueil de l'entreprise, puis la fin de l'appel", 'the company greeting, then a hang-up')
    .replace("l'accueil de l'entreprise", 'the company greeting');
  return `${parts.year}-${month}-${String(parts.day).padStart(2, '0')} ${String(parts.hour).padStart(2, '0')}:${parts.minute} ${OFFSETS[parts.zone ?? ''] ?? parts.zone} ${rule} -> ${destination}`;
}

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
        expect(result.stdout).toMatch(APPLIED[language]);
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
