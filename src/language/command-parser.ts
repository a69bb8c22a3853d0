import type { Language } from '../i18n/language.ts';
import type { CommandContext } from './command-context.ts';
import type { CommandRefusal } from './command-refusal.ts';
import type { Intent } from './intent.ts';

/** What one reading of a command gives: an Intent, or a refusal with the text at fault. */
export type CommandReading = { readonly ok: true; readonly intent: Intent } | CommandRefusal;

/**
 * A command understood, or refused with a code, the text at fault and, for lookups, candidates;
 * either way with the language it was read in, which is the language to answer in.
 */
export type CommandParseResult = CommandReading & { readonly language: Language };

/**
 * One command form. It returns null when the text is not this command (so the next parser can
 * try), and a reading — an Intent or a refusal — when it is. `language` is the language the
 * person wrote in (the French layer hands this grammar English words): it only chooses the
 * language of the names the Intent proposes.
 */
export type CommandParser = (text: string, context: CommandContext, language: Language) => CommandReading | null;
