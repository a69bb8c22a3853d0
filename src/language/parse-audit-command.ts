import type { CommandParser } from './command-parser.ts';

/** `audit verify` (also "verify audit", "verify the audit trail"): check the audit trail is unbroken. */
export const parseAuditCommand: CommandParser = (text) =>
  /^(?:audit\s+verify|verify\s+(?:the\s+)?audit(?:\s+trail)?)$/i.test(text) ? { ok: true, intent: { kind: 'audit-verify' } } : null;
