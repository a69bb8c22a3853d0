import type { CommandParser } from './command-parser.ts';

/** `rules` (also "list rules", "show rules"): list the custom rules in evaluation order. */
export const parseRulesCommand: CommandParser = (text) =>
  /^(?:(?:list|show)\s+)?(?:the\s+)?rules$/i.test(text) ? { ok: true, intent: { kind: 'list-rules' } } : null;
