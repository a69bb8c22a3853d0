import type { Language } from '../i18n/language.ts';
import type { CommandContext } from './command-context.ts';
import type { CommandReading } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { COMMAND_PARSERS } from './command-parsers.ts';

/**
 * Reads normalized command words with the grammar (every parser of `COMMAND_PARSERS`, in order),
 * naming what the Intent proposes in `language`. Both languages end here: French is first
 * rewritten into the grammar's words (see french/read-french-command.ts).
 */
export function readGrammar(words: string, context: CommandContext, language: Language): CommandReading {
  for (const parser of COMMAND_PARSERS) {
    const result = parser(words, context, language);
    if (result !== null) return result;
  }
  return refuse('command-unknown', words.split(' ')[0] ?? words);
}
