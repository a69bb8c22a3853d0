import type { CommandParser } from './command-parser.ts';

/** `requests` (also "pending", "list requests", "show pending requests"): the pending change requests. */
export const parseRequestsCommand: CommandParser = (text) =>
  /^(?:(?:list|show)\s+)?(?:the\s+)?(?:pending(?:\s+requests)?|requests)$/i.test(text) ? { ok: true, intent: { kind: 'list-requests' } } : null;
