import type { CallHandling } from '../callflow/index.ts';
import { COMMAND_REFERENCE, WORKFLOW_INTENT_KINDS } from '../language/index.ts';

/** What the console completes with Tab, refreshed from the call handling after each change. */
export interface CompletionWords {
  /** First words: the commands and the console's meta-commands. */
  readonly commands: ReadonlyArray<string>;
  /** Where a call can go: extension names and the keywords "greeting", "voicemail", "operator". */
  readonly targets: ReadonlyArray<string>;
  /** Custom rule names, quoted as `rule "<name>" off` takes them. */
  readonly rules: ReadonlyArray<string>;
  /** Users for `:as`: the people the approval policy names. */
  readonly users: ReadonlyArray<string>;
}

/** The console's own commands, which start with a colon. */
export const META_COMMANDS = [':as', ':now', ':help', ':quit'] as const;

/** Target words the grammar reads besides extension names. */
const TARGET_KEYWORDS = ['greeting', 'voicemail', 'operator'];

/** Workflow words that have no entry of their own in the command reference. */
const WORKFLOW_WORDS = ['pending', ...WORKFLOW_INTENT_KINDS.filter((kind) => !kind.includes('-'))];

/** The words to complete for this call handling: command words from the grammar's own table. */
export function buildCompletionWords(handling: CallHandling | undefined, users: ReadonlyArray<string>): CompletionWords {
  const first = COMMAND_REFERENCE.map((entry) => entry.syntax.split(/\s+/)[0] ?? '').filter((word) => /^[a-z]+$/.test(word));
  const extensions = (handling?.extensions ?? []).filter((extension) => extension.enabled).map((extension) => extension.name);
  return {
    commands: unique([...first, ...WORKFLOW_WORDS, ...META_COMMANDS]),
    targets: unique([...TARGET_KEYWORDS, ...extensions]),
    rules: unique((handling?.customRules ?? []).map((rule) => `"${rule.name}"`)),
    users: unique(users),
  };
}

/**
 * Completes the word being typed, as readline's `completer` wants it: the candidates and the
 * text they replace. The first word completes to a command; after `:as`, a user; after `rule`, a
 * rule name; elsewhere the longest tail of the line that starts a target name ("route to Main V"
 * -> "Main Voicemail"). Case does not matter.
 *
 * @example completeCommandLine('route to main v', words) // [['Main Voicemail'], 'main v']
 */
export function completeCommandLine(line: string, words: CompletionWords): [string[], string] {
  const firstSpace = line.search(/\s/);
  if (firstSpace === -1) {
    const hits = startingWith(words.commands, line);
    return [hits.length > 0 ? hits : [...words.commands], line];
  }
  const command = line.slice(0, firstSpace).toLowerCase();
  const candidates = command === ':as' ? words.users : command === 'rule' ? words.rules : words.targets;
  // Try the tails of the line from the longest down, so a name of several words wins over its last word.
  const starts = [...line.matchAll(/\s+/g)].map((space) => (space.index ?? 0) + space[0].length);
  for (const start of starts) {
    const tail = line.slice(start);
    const hits = startingWith(candidates, tail);
    if (hits.length > 0) return [hits, tail];
  }
  return [[], ''];
}

function startingWith(candidates: ReadonlyArray<string>, typed: string): string[] {
  const folded = typed.toLowerCase();
  return candidates.filter((candidate) => candidate.toLowerCase().startsWith(folded));
}

function unique(words: ReadonlyArray<string>): string[] {
  return [...new Set(words)];
}
