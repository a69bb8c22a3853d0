import type { CommandContext } from './command-context.ts';
import type { CommandRefusal } from './command-refusal.ts';
import type { Intent } from './intent.ts';

/** A command understood, or refused with a code, the text at fault and, for lookups, candidates. */
export type CommandParseResult = { readonly ok: true; readonly intent: Intent } | CommandRefusal;

/**
 * One command form. It returns null when the text is not this command (so the next parser can
 * try), and a result — an Intent or a refusal — when it is.
 */
export type CommandParser = (text: string, context: CommandContext) => CommandParseResult | null;
