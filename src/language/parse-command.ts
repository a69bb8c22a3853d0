import type { CommandContext } from './command-context.ts';
import type { CommandParseResult } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { COMMAND_PARSERS } from './command-parsers.ts';
import { normalizeCommandText } from './normalize-command-text.ts';

/** The longest command read; longer text is refused before any parsing (Slack allows 4,000 characters). */
export const MAX_COMMAND_LENGTH = 500;

/**
 * Reads a command's text into an Intent, against the company directory and time zone in the
 * context. Never throws on any text; anything not fully understood is refused with a code.
 *
 * @example parseCommand('route to voicemail on Dec 25', { ...callHandling, now })
 *   // { ok: true, intent: { kind: 'add-rule', proposedName: 'Dec 25, 2026', schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T00:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' }] }, … } }
 */
export function parseCommand(text: string, context: CommandContext): CommandParseResult {
  if (text.length > MAX_COMMAND_LENGTH * 4) return refuse('command-too-long', '');
  const words = normalizeCommandText(text);
  if (words === '') return refuse('command-empty', '');
  if (words.length > MAX_COMMAND_LENGTH) return refuse('command-too-long', '');
  for (const parser of COMMAND_PARSERS) {
    const result = parser(words, context);
    if (result !== null) return result;
  }
  return refuse('command-unknown', words.split(' ')[0] ?? words);
}
