import type { CommandParser } from './command-parser.ts';

/** `open` (also "open now", "reopen"): end the emergency closure in force. */
export const parseOpenCommand: CommandParser = (text) =>
  /^(?:re)?open(?:\s+now)?$/i.test(text) ? { ok: true, intent: { kind: 'open' } } : null;
