import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { HISTORY_LIMIT_MAX } from './intent.ts';

/**
 * `history [n]` (also "show history"): the latest audited changes, newest first; n is 1 to 200.
 *
 * @example parseHistoryCommand('history 20', context) // { kind: 'history', limit: 20 }
 */
export const parseHistoryCommand: CommandParser = (text) => {
  const command = /^(?:show\s+)?(?:the\s+)?history(?:\s+(.*))?$/i.exec(text);
  if (!command) return null;
  const limitText = (command[1] ?? '').trim();
  if (limitText === '') return { ok: true, intent: { kind: 'history' } };
  const limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : 0;
  if (limit < 1 || limit > HISTORY_LIMIT_MAX) return refuse('history-limit-invalid', limitText);
  return { ok: true, intent: { kind: 'history', limit } };
};
