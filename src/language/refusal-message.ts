import { REFUSAL_MESSAGES, say, type Language, type Message, type RefusalValues } from '../i18n/index.ts';
import type { CommandRefusalCode } from './command-refusal.ts';

// Typed by the refusal codes, so a code added without its message fails to compile.
const MESSAGES: Readonly<Record<CommandRefusalCode, Message<RefusalValues>>> = REFUSAL_MESSAGES;

/**
 * The one-line message for a refused command: what was wrong and what to type instead, in the
 * reader's language. Every adapter (console, CLI, Slack) shows this same wording. `text` is the
 * part of the command at fault; `candidates` are the names a lookup found close to it.
 */
export function refusalMessage(code: CommandRefusalCode, text: string, candidates: ReadonlyArray<string> = [], language: Language = 'en'): string {
  return say(language, MESSAGES[code], { text, candidates });
}
