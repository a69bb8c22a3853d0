import { otherLanguage, type Language } from '../i18n/language.ts';
import type { CommandContext } from './command-context.ts';
import type { CommandParseResult, CommandReading } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { readFrenchCommand } from './french/read-french-command.ts';
import { normalizeCommandText } from './normalize-command-text.ts';
import { readGrammar } from './read-grammar.ts';

/** The longest command read; longer text is refused before any parsing (Slack allows 4,000 characters). */
export const MAX_COMMAND_LENGTH = 500;

/** How to read a command: in the person's language first (English unless told). */
export interface ParseCommandOptions {
  readonly language?: Language;
}

/**
 * Reads a command's text into an Intent, against the company directory and time zone in the
 * context. Never throws on any text; anything not fully understood is refused with a code.
 *
 * The text is read in the person's language and, when that refuses it, in the other one, so a
 * French speaker's English command (or the reverse) still works; the result says which language
 * read it. When both refuse, the person's own refusal is given, unless theirs did not even know
 * the command and the other language's names a specific problem: that one got further.
 *
 * @example parseCommand('route to voicemail on Dec 25', { ...callHandling, now })
 *   // { ok: true, language: 'en', intent: { kind: 'add-rule', proposedName: 'Dec 25, 2026', schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T00:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' }] }, … } }
 * @example parseCommand('envoyer vers la messagerie le 25 déc.', context, { language: 'fr' })
 *   // { ok: true, language: 'fr', intent: { kind: 'add-rule', proposedName: '25 déc. 2026', … } }
 */
export function parseCommand(text: string, context: CommandContext, options: ParseCommandOptions = {}): CommandParseResult {
  const language = options.language ?? 'en';
  if (text.length > MAX_COMMAND_LENGTH * 4) return { ...refuse('command-too-long', ''), language };
  const words = normalizeCommandText(text);
  if (words === '') return { ...refuse('command-empty', ''), language };
  if (words.length > MAX_COMMAND_LENGTH) return { ...refuse('command-too-long', ''), language };
  const own = readIn(language, words, context);
  if (own.ok) return { ...own, language };
  const other = otherLanguage(language);
  const fallback = readIn(other, words, context);
  if (fallback.ok || (own.code === 'command-unknown' && fallback.code !== 'command-unknown')) return { ...fallback, language: other };
  return { ...own, language };
}

function readIn(language: Language, words: string, context: CommandContext): CommandReading {
  return language === 'fr' ? readFrenchCommand(words, context) : readGrammar(words, context, 'en');
}
