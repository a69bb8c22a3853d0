import type { CommandParser } from './command-parser.ts';
import { parseRequestId, REQUEST_ID_THEN_REST } from './parse-request-id.ts';

/**
 * `reject <id> [reason…]` (also "decline"): turn a pending request down. The reason is kept as
 * typed, for the requester to read; a leading "because" or dash is dropped, and so are quotes
 * around it.
 *
 * @example parseRejectCommand('reject #12 because Dec 25 is covered by the holidays rule', context)
 *   // { kind: 'reject', requestId: 12, reason: 'Dec 25 is covered by the holidays rule' }
 */
export const parseRejectCommand: CommandParser = (text) => {
  const command = /^(reject|decline)\b\s*(.*)$/i.exec(text);
  if (!command) return null;
  const [, idText = '', rest = ''] = REQUEST_ID_THEN_REST.exec(command[2] ?? '') ?? [];
  const id = parseRequestId(idText, (command[1] ?? '').toLowerCase());
  if (!id.ok) return id;
  const reason = rest
    .replace(/^(?:-\s*)?(?:because\s+)?/i, '')
    .replace(/^"(.*)"$/, '$1')
    .trim();
  return { ok: true, intent: reason === '' ? { kind: 'reject', requestId: id.requestId } : { kind: 'reject', requestId: id.requestId, reason } };
};
